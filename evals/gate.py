"""The CI gate: the dev-set figures the product must not fall below (or, for ceilings, rise above).

The floors are provisional, set about 0.1 under the first measured dev-set figures (100 questions,
bundled corpus, hybrid retriever, determination engine as of the first evaluation run):
determination accuracy 0.57, refusal accuracy 0.44, missing-facts recall 0.38, citation recall 0.32,
citation F2 0.32, must-mention 0.37, Recall@10 0.65, MRR@10 0.51, nDCG@10 0.50, p95 latency under
1 s. Tighten them from newer measurements, leaving a margin for small-set granularity (one question
of 100 is 0.01; one of the 16 out-of-scope items is 0.06 of refusal accuracy).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FLOORS: dict[str, float] = {
    "determination_accuracy": 0.45,
    "refusal_accuracy": 0.30,
    "missing_facts_recall": 0.25,
    "citation_recall": 0.20,
    "citation_f2": 0.20,
    "must_mention": 0.25,
    "retrieval_recall_at_10": 0.55,
    "mrr_at_10": 0.40,
    "ndcg_at_10": 0.40,
}

CEILINGS: dict[str, float] = {
    "unsupported_citation_rate": 0.0,  # the answer may cite only what it retrieved
    "latency_ms_p95": 5000.0,
}


def check(
    metrics: Mapping[str, Any],
    floors: Mapping[str, float] = FLOORS,
    ceilings: Mapping[str, float] = CEILINGS,
) -> list[str]:
    """One message per breached limit; a metric that was not measured (absent or null) is a breach."""
    problems: list[str] = []
    for key, floor in floors.items():
        value = metrics.get(key)
        if value is None:
            problems.append(f"{key}: not measured (floor {floor})")
        elif value < floor:
            problems.append(f"{key}: {value} is below the floor {floor}")
    for key, ceiling in ceilings.items():
        value = metrics.get(key)
        if value is None:
            problems.append(f"{key}: not measured (ceiling {ceiling})")
        elif value > ceiling:
            problems.append(f"{key}: {value} is above the ceiling {ceiling}")
    return problems
