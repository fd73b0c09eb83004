"""The CI gate: the dev-set figures the product must not fall below (or, for ceilings, rise above).

Measured on the dev set (2309 questions: the first 100 plus later batches written in deliberately
varied wording; bundled corpus, hybrid retriever) with
`python -m evals --questions evals/questions/dev.yaml --out /tmp/evdev`: determination accuracy 0.904,
refusal accuracy 1.0, missing-facts recall 0.780, citation recall 0.752, citation F2 0.641,
must-mention 0.679, Recall@10 0.837, MRR@10 0.723, nDCG@10 0.707, unsupported citations 0.
The floors sit a few questions under those figures (one question of 2309 is 0.00043; one of the 347
out-of-scope items is 0.0029 of refusal accuracy). Raise them as the product improves; never lower
them without saying why in the commit. They were lowered when 340 harder dev questions were added
(determination accuracy fell from 0.97 on the first 100 to 0.80-0.84), when batches 6-10 (400
questions, each held out once: 0.59, 0.49, 0.68, 0.68, 0.79) were added, when batches 11-12 (160
questions, held out once: 0.43, 0.43, 0.63, 0.60) were added, when batch 13 (80 questions, held
out: 0.63 and 0.50) was added, when batch 14 (80 questions, held out: 0.53 and 0.48; missing-facts
recall only) was added, and when batch 15 (80 questions, held out: 0.50 and 0.43; refusal accuracy
only, its out-of-scope items being refused less often) was added; citation recall and F2 were raised
each time. Batch 16 (80 questions, held out: 0.475 and 0.50 at the start and at the end of the session
that added it) lowered none: refusal accuracy, missing-facts recall, citation recall and F2 were raised.
Batch 17 (80 questions, held out: 0.65 and 0.50 at the session's first commit, 0.675 and 0.50 before
merging) lowered none: determination accuracy, missing-facts recall, must-mention and the retrieval
floors were raised. Batch 18 (80 questions, held out: 0.575 and 0.625 at the session's first commit, 0.625
and 0.625 at its last commit before the merge, never read before merging) lowered none: every floor was
raised, after the rules were then tuned on it with the rest of dev. Batch 19 (80 questions, held out: 0.70
and 0.475 at the session's first commit and again at its last commit before the merge, never read before
merging) lowered none: determination accuracy, citation recall and F2, must-mention, Recall@10, MRR and nDCG
were raised. Batch 20 (80 questions, held out: 0.50 and 0.625 at the session's first commit, 0.525 and 0.625 in
the middle, 0.50 and 0.625 at its last commit before the merge, never read before merging) lowered MRR@10 from
0.725 to 0.72: its questions rank the expected provision lower (dev MRR 0.733 -> 0.724). Batch 21 (80
questions, held out: 0.55 and 0.725 at the session's first commit, 0.55 and 0.75 in the middle and at its last
commit before the merge, never read before merging) lowered none: determination accuracy, missing-facts recall,
citation recall and F2, must-mention and MRR were raised. Batch 22 (80 questions, held out: 0.525 and 0.575 at the
session's first commit and in the middle, 0.525 and 0.60 at its last commit before the merge, never read before
merging; 0.675 once merged and read) lowered MRR@10 from 0.725 to 0.715 (dev MRR 0.727 -> 0.719: its questions rank
the expected provision lower); refusal accuracy, citation recall and F2 and Recall@10 were raised. Batch 23 (80
questions, held out: 0.65 and 0.475 at the session's first commit, 0.675 and 0.45 in the middle, 0.65 and 0.45 at its
last commit before the merge, never read before merging; 0.6125 once merged and read), merged with six out-of-scope
items, lowered none: citation recall, must-mention, Recall@10 (pinned provisions now bring one passage, not two),
MRR@10 and nDCG@10 were raised. Batch 24 (80 questions, held out: 0.65 and 0.60 at the session's first commit,
0.675 and 0.60 in the middle, 0.70 and 0.60 at its last commit before the merge, never read before merging; 0.726 once
merged and read, with four out-of-scope items) lowered citation recall 0.725 -> 0.72, F2 0.62 -> 0.615, Recall@10
0.825 -> 0.82, MRR@10 0.72 -> 0.715 and nDCG@10 0.70 -> 0.695: on the 1886 questions before it they stay at or above
their old figures (MRR 0.726, nDCG 0.706, Recall@10 0.834), while its own questions score 0.51 citation recall, 0.65
Recall@10, 0.57 MRR and 0.54 nDCG. Determination accuracy (0.85 -> 0.86) and missing-facts recall (0.73 -> 0.735)
were raised. Batch 25 (80 questions, held out: 0.60 and 0.55 at the session's first commit, 0.60 and 0.525 in the
middle, then read; 0.875 and 0.675 once merged and read, with five out-of-scope items) lowered none: determination
accuracy (0.86 -> 0.865), refusal accuracy (0.985 -> 0.99), missing-facts recall (0.735 -> 0.74), citation recall
(0.72 -> 0.725), F2 (0.615 -> 0.62), must-mention (0.64 -> 0.645) and Recall@10 (0.82 -> 0.825) were raised.
Batch 26 (80 questions, held out: 0.725 and 0.65 at the session's first commit and in the middle, then read; 0.975 and
0.90 once merged and read, with four out-of-scope items) lowered none: determination accuracy (0.865 -> 0.875),
missing-facts recall (0.74 -> 0.745), citation recall (0.725 -> 0.73), F2 (0.62 -> 0.625) and must-mention (0.645 ->
0.65) were raised.
Batch 27 (80 questions, held out: 0.725 and 0.75 at the session's first commit, 0.725 and 0.775 in the middle, then
read; 0.975 and 0.975 once merged and read, with five out-of-scope items) lowered none: determination accuracy (0.875
-> 0.885), missing-facts recall (0.745 -> 0.755), citation recall (0.73 -> 0.735), F2 (0.625 -> 0.63) and
must-mention (0.65 -> 0.66) were raised.
Batch 28 (80 questions, held out: 0.675 and 0.60 at the session's first commit and again in the middle, then read;
1.0 and 0.975 once merged and read, with five out-of-scope items) lowered none: determination accuracy (0.885 ->
0.895), missing-facts recall (0.755 -> 0.77), citation recall (0.735 -> 0.74), must-mention (0.66 -> 0.665),
Recall@10 (0.825 -> 0.83) and nDCG@10 (0.695 -> 0.70) were raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FLOORS: dict[str, float] = {
    "determination_accuracy": 0.895,
    "refusal_accuracy": 0.99,
    "missing_facts_recall": 0.77,
    "citation_recall": 0.74,
    "citation_f2": 0.63,
    "must_mention": 0.665,
    "retrieval_recall_at_10": 0.83,
    "mrr_at_10": 0.715,
    "ndcg_at_10": 0.70,
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
