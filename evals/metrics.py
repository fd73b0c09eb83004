"""Scoring: pure functions from (expected, got) to numbers, and the aggregate written to metrics.json.

Conventions (the report repeats them):

- Citations are compared at section level with `assistant.citations.section_key`
  ("15 CFR 734.18(a)(5)" counts as "15 CFR 734.18"). Expected and retrieved lists are de-duplicated
  at that level first, so rank k means the k-th distinct provision.
- Retrieval: binary relevance; Recall@k, reciprocal rank within the top 10, nDCG@10 with
  DCG = sum(rel_i / log2(i + 1)) and the ideal ranking placing every expected provision first.
- Answer citations: precision, recall and F2 per question, then averaged over questions (macro,
  as COLIEE does). An answer that cites nothing has precision 0.
- Questions with no expected citation are left out of every citation and retrieval metric.
- Averages over no scored item are None (null in JSON), never 0.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from assistant.citations import section_key
from assistant.lexical import tokenize
from evals.questions import Question

CURVE_K = 10


def sections(citations: Iterable[str]) -> list[str]:
    """Section keys of `citations` in order, each kept once (first occurrence)."""
    return list(dict.fromkeys(section_key(c) for c in citations))


def recall_at_k(retrieved: Sequence[str], expected: Sequence[str], k: int) -> float:
    relevant = set(sections(expected))
    if not relevant:
        raise ValueError("recall needs at least one expected citation")
    return len(relevant & set(sections(retrieved)[:k])) / len(relevant)


def reciprocal_rank(retrieved: Sequence[str], expected: Sequence[str], k: int = 10) -> float:
    """1/rank of the first expected provision among the top `k` distinct provisions, else 0."""
    relevant = set(sections(expected))
    for rank, key in enumerate(sections(retrieved)[:k], 1):
        if key in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(retrieved: Sequence[str], expected: Sequence[str], k: int = 10) -> float:
    relevant = set(sections(expected))
    if not relevant:
        raise ValueError("nDCG needs at least one expected citation")
    dcg = sum(1.0 / math.log2(rank + 1) for rank, key in enumerate(sections(retrieved)[:k], 1) if key in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def precision_recall_f(cited: Sequence[str], expected: Sequence[str], beta: float = 2.0) -> tuple[float, float, float]:
    """Precision, recall and F-beta of an answer's citations against the expected ones."""
    got, want = set(sections(cited)), set(sections(expected))
    if not want:
        raise ValueError("citation scores need at least one expected citation")
    hits = len(got & want)
    precision = hits / len(got) if got else 0.0
    recall = hits / len(want)
    if precision == 0.0 and recall == 0.0:
        return precision, recall, 0.0
    b2 = beta * beta
    return precision, recall, (1 + b2) * precision * recall / (b2 * precision + recall)


def missing_terms(text: str, terms: Sequence[str]) -> list[str]:
    """The `terms` that do not occur in `text` (case-insensitive substring)."""
    lowered = text.casefold()
    return [t for t in terms if t.casefold() not in lowered]


def fact_asked(fact: str, asked: Sequence[str]) -> bool:
    """Whether an expected missing fact ("recipient_nationality") is among what the answer asks.

    Matches the fact's name exactly (ignoring case and `_`/`-`/space), or every content word of it
    appearing (plurals folded) in what the answer asks for: "recipient_nationality" is asked by
    "nationality of the recipient".
    """
    norm = fact.casefold().replace("_", " ").replace("-", " ").strip()
    if any(a.casefold().replace("_", " ").replace("-", " ").strip() == norm for a in asked):
        return True
    words = set(tokenize(norm))
    said = set(tokenize(" ".join(a.replace("_", " ") for a in asked)))
    return bool(words) and words <= said


def unsupported(cited: Sequence[str], retrieved: Sequence[str]) -> list[str]:
    """Answer citations whose provision is not among the retrieved evidence."""
    allowed = set(sections(retrieved))
    return [c for c in cited if section_key(c) not in allowed]


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation percentile (numpy's default); None for no values."""
    return round(float(np.percentile(values, q)), 2) if values else None


def mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def shown_text(record: Mapping[str, Any]) -> str:
    """Everything the answer shows the user: text, follow-up, missing facts, next steps, reasons."""
    parts = [record.get("answer") or "", record.get("follow_up") or ""]
    parts += list(record.get("missing_facts") or []) + list(record.get("next_steps") or [])
    parts += [step.get("finding", "") for step in record.get("steps") or []]
    return "\n".join(parts)


def asked_facts(record: Mapping[str, Any]) -> list[str]:
    return [*(record.get("missing_facts") or []), *([record["follow_up"]] if record.get("follow_up") else [])]


def verdict(question: Question, record: Mapping[str, Any], k: int = CURVE_K) -> list[str]:
    """Why an answer fails, one reason per check; an empty list is a pass."""
    exp = question.expected
    reasons: list[str] = []
    if record.get("error"):
        reasons.append(f"error: {record['error']}")
    got = record.get("determination")
    if got != exp.determination:
        reasons.append(f"determination: expected {exp.determination}, got {got or 'none'}")
    if exp.citations:
        if recall_at_k(record["retrieved"], exp.citations, k) == 0:
            reasons.append(f"retrieval: no expected provision in the top {k}")
        if precision_recall_f(record["citations"], exp.citations)[1] == 0:
            reasons.append("citations: the answer cites none of the expected provisions")
    absent = missing_terms(shown_text(record), exp.must_mention)
    if absent:
        reasons.append(f"must mention: {', '.join(absent)}")
    if exp.determination == "depends":
        not_asked = [f for f in exp.missing_facts if not fact_asked(f, asked_facts(record))]
        if not_asked:
            reasons.append(f"missing facts not asked: {', '.join(not_asked)}")
    bad = unsupported(record["citations"], record["retrieved"])
    if bad:
        reasons.append(f"unsupported citations: {', '.join(bad)}")
    return reasons


def retrieval_metrics(runs: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, Any]:
    """Recall@5/10, MRR@10, nDCG@10 and the Recall@k curve over (retrieved, expected) pairs.

    Pairs with no expected citation are skipped (and counted in `excluded`).
    """
    scored = [(r, e) for r, e in runs if e]
    curve = [mean([recall_at_k(r, e, k) for r, e in scored]) for k in range(1, CURVE_K + 1)]
    return {
        "scored": len(scored),
        "excluded": len(runs) - len(scored),
        "retrieval_recall_at_5": curve[4],
        "retrieval_recall_at_10": curve[9],
        "mrr_at_10": mean([reciprocal_rank(r, e, 10) for r, e in scored]),
        "ndcg_at_10": mean([ndcg_at_k(r, e, 10) for r, e in scored]),
        "recall_curve": curve,
    }


def _accuracy_by(pairs: Iterable[tuple[str, bool]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[bool]] = defaultdict(list)
    for key, ok in pairs:
        groups[key].append(ok)
    return {
        key: {"n": len(oks), "correct": sum(oks), "accuracy": mean([float(o) for o in oks])}
        for key, oks in sorted(groups.items())
    }


def compute_metrics(questions: Sequence[Question], records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The metrics.json figures for the product's answers (`records` in the order of `questions`)."""
    if [q.id for q in questions] != [r["id"] for r in records]:
        raise ValueError("records must follow the questions one to one")
    pairs = list(zip(questions, records, strict=True))
    correct = [(q, r.get("determination") == q.expected.determination) for q, r in pairs]
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for q, r in pairs:
        confusion[q.expected.determination][r.get("determination") or "none"] += 1

    cited = [precision_recall_f(r["citations"], q.expected.citations) for q, r in pairs if q.expected.citations]
    mention = [
        1 - len(missing_terms(shown_text(r), q.expected.must_mention)) / len(q.expected.must_mention)
        for q, r in pairs
        if q.expected.must_mention
    ]
    facts = [
        sum(fact_asked(f, asked_facts(r)) for f in q.expected.missing_facts) / len(q.expected.missing_facts)
        for q, r in pairs
        if q.expected.determination == "depends" and q.expected.missing_facts
    ]
    refusals = [
        r.get("determination") == "out_of_scope" for q, r in pairs if q.expected.determination == "out_of_scope"
    ]
    answer_citations = sum(len(r["citations"]) for r in records)
    bad = sum(len(unsupported(r["citations"], r["retrieved"])) for r in records)
    latencies = [float(r["latency_ms"]) for r in records]
    retrieval = retrieval_metrics([(r["retrieved"], q.expected.citations) for q, r in pairs])

    return {
        "n": len(pairs),
        "passed": sum(1 for r in records if not r.get("reasons")),
        "errors": sum(1 for r in records if r.get("error")),
        "determination_accuracy": mean([float(ok) for _, ok in correct]),
        "determination_by_expected": _accuracy_by((q.expected.determination, ok) for q, ok in correct),
        "determination_by_grade": _accuracy_by((str(q.grade), ok) for q, ok in correct),
        "determination_by_jurisdiction": _accuracy_by((q.jurisdiction, ok) for q, ok in correct),
        "determination_confusion": {e: dict(sorted(c.items())) for e, c in sorted(confusion.items())},
        "citation_scored": len(cited),
        "citation_excluded": len(pairs) - len(cited),
        "citation_averaging": "macro",
        "citation_precision": mean([p for p, _, _ in cited]),
        "citation_recall": mean([r for _, r, _ in cited]),
        "citation_f2": mean([f for _, _, f in cited]),
        "retrieval_recall_at_5": retrieval["retrieval_recall_at_5"],
        "retrieval_recall_at_10": retrieval["retrieval_recall_at_10"],
        "mrr_at_10": retrieval["mrr_at_10"],
        "ndcg_at_10": retrieval["ndcg_at_10"],
        "retrieval_recall_curve": retrieval["recall_curve"],
        "must_mention": mean(mention),
        "must_mention_scored": len(mention),
        "missing_facts_recall": mean(facts),
        "missing_facts_scored": len(facts),
        "refusal_accuracy": mean([float(ok) for ok in refusals]),
        "refusal_scored": len(refusals),
        "answer_citations": answer_citations,
        "unsupported_citations": bad,
        "unsupported_citation_rate": round(bad / answer_citations, 4) if answer_citations else 0.0,
        "latency_ms_p50": percentile(latencies, 50),
        "latency_ms_p95": percentile(latencies, 95),
    }
