"""The CI gate: the dev-set figures the product must not fall below (or, for ceilings, rise above).

Measured on the dev set (440 questions: the first 100 plus four later batches written in deliberately
varied wording; bundled corpus, hybrid retriever) with
`python -m evals --questions evals/questions/dev.yaml --out /tmp/evdev`: determination accuracy 0.827,
refusal accuracy 0.923, missing-facts recall 0.592, citation recall 0.612,
citation F2 0.579, must-mention 0.551, Recall@10 0.773, MRR@10 0.745,
nDCG@10 0.676, unsupported citations 0.
The floors sit a few questions under those figures (one question of 440 is 0.0023; one of the 91
out-of-scope items is 0.011 of refusal accuracy). Raise them as the product improves; never lower
them without saying why in the commit (they were last lowered when 340 harder dev questions were
added, which took determination accuracy from 0.97 on the first 100 down to between 0.80 and 0.84
before the rules were widened for each batch).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FLOORS: dict[str, float] = {
    "determination_accuracy": 0.8,
    "refusal_accuracy": 0.9,
    "missing_facts_recall": 0.56,
    "citation_recall": 0.58,
    "citation_f2": 0.55,
    "must_mention": 0.52,
    "retrieval_recall_at_10": 0.75,
    "mrr_at_10": 0.72,
    "ndcg_at_10": 0.65,
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
