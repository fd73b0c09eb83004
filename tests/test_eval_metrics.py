"""Evaluation metrics on inputs small enough to score by hand; every expected value is worked out
in the test. Citations are compared at section level: "15 CFR 734.18(a)(5)" is "15 CFR 734.18"."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from evals.gate import check
from evals.metrics import (
    compute_metrics,
    fact_asked,
    missing_terms,
    ndcg_at_k,
    percentile,
    precision_recall_f,
    recall_at_k,
    reciprocal_rank,
    retrieval_metrics,
    sections,
    unsupported,
    verdict,
)
from evals.questions import Question, QuestionFileError, load_questions

A, B, C, D, E = "15 CFR 734.13", "15 CFR 734.7", "ECCN 3E001", "22 CFR 120.54(a)(5)", "EU 2021/821 Art. 2(2)"
X = "UK ECO 2008 Art. 2"  # never retrieved in these examples


def test_a_paragraph_citation_matches_its_section_and_duplicates_collapse() -> None:
    assert recall_at_k(["15 CFR 734.18(a)(5)"], ["15 CFR 734.18"], 1) == 1.0
    assert recall_at_k(["15 CFR 734.18"], ["15 CFR 734.18(a)(5)"], 1) == 1.0
    assert sections(["15 CFR 734.18(a)(5)", "15 CFR 734.18(a)(4)", "ECCN 3E001"]) == ["15 cfr 734.18", "eccn 3e001"]
    # Two paragraphs of one section count once, so 3E001 is the 2nd distinct provision.
    assert reciprocal_rank(["15 CFR 734.18(a)(4)", "15 CFR 734.18(a)(5)", C], [C]) == 0.5


def test_recall_at_k_counts_expected_provisions_in_the_top_k() -> None:
    retrieved = [A, B, C, D, E]
    expected = [B, E, X]  # 3 relevant: B at rank 2, E at rank 5, X never
    assert recall_at_k(retrieved, expected, 1) == 0.0
    assert recall_at_k(retrieved, expected, 2) == pytest.approx(1 / 3)
    assert recall_at_k(retrieved, expected, 4) == pytest.approx(1 / 3)
    assert recall_at_k(retrieved, expected, 5) == pytest.approx(2 / 3)
    assert recall_at_k(retrieved, expected, 10) == pytest.approx(2 / 3)


def test_reciprocal_rank_is_one_over_the_first_hit_within_k() -> None:
    assert reciprocal_rank([A, B, C], [C, A]) == 1.0
    assert reciprocal_rank([A, B, C], [B]) == 0.5
    assert reciprocal_rank([A, B, C], [X]) == 0.0
    assert reciprocal_rank([A, B, C], [C], k=2) == 0.0


def test_ndcg_worked_example() -> None:
    # Ranks: 1 A (miss), 2 B (hit), 3 C (miss), 4 D (hit); expected B, D and X (3 relevant).
    # DCG  = 1/log2(3) + 1/log2(5)               = 0.630930 + 0.430677 = 1.061606
    # IDCG = 1/log2(2) + 1/log2(3) + 1/log2(4)   = 1 + 0.630930 + 0.5   = 2.130930
    # nDCG = 1.061606 / 2.130930                  = 0.498189
    assert ndcg_at_k([A, B, C, D], [B, D, X]) == pytest.approx(0.498189, abs=1e-6)
    assert ndcg_at_k([B, D, A], [B, D]) == 1.0
    assert ndcg_at_k([A, B], [B]) == pytest.approx(1 / math.log2(3))
    assert ndcg_at_k([A, B], [X]) == 0.0


def test_precision_recall_and_f2_of_answer_citations() -> None:
    # cited A, B, C; expected A and X: P = 1/3, R = 1/2, F2 = 5PR / (4P + R) = (5/6) / (11/6) = 5/11.
    p, r, f2 = precision_recall_f([A, B, C], [A, X])
    assert (p, r) == (pytest.approx(1 / 3), 0.5)
    assert f2 == pytest.approx(5 / 11)
    # F2 weighs recall: all expected cited among 4 citations beats one precise citation of two expected.
    assert precision_recall_f([A, B, C, D], [A, B])[2] == pytest.approx(5 * 0.5 / (4 * 0.5 + 1))
    assert precision_recall_f([], [A]) == (0.0, 0.0, 0.0)
    assert precision_recall_f(["15 CFR 734.13(b)"], [A]) == (1.0, 1.0, 1.0)


def test_must_mention_is_case_insensitive_and_facts_match_by_name_or_words() -> None:
    assert missing_terms("A License is required for the Deemed Export.", ["license", "deemed export", "tsr"]) == ["tsr"]
    assert fact_asked("recipient_nationality", ["recipient nationality"])
    assert fact_asked("recipient_nationality", ["What is the nationality of the recipient?"])
    assert fact_asked("classification", ["classifications of the items"])
    assert not fact_asked("recipient_nationality", ["nationality"])
    assert not fact_asked("destination", [])


def test_unsupported_citations_are_those_not_retrieved_at_section_level() -> None:
    assert unsupported(["15 CFR 734.18(a)(5)", C], ["15 CFR 734.18(a)(4)", C]) == []
    assert unsupported(["ECCN 9E003", A], [A]) == ["ECCN 9E003"]


def test_percentiles_interpolate_linearly() -> None:
    # p50 of 10, 20, 30, 40 sits half-way between 20 and 30; p95 at position 0.95 × 3 = 2.85.
    assert percentile([40, 10, 30, 20], 50) == 25.0
    assert percentile([40, 10, 30, 20], 95) == pytest.approx(30 + 0.85 * 10)
    assert percentile([], 50) is None


def test_questions_without_expected_citations_are_left_out_of_retrieval_scores() -> None:
    scores = retrieval_metrics([([A, B], [B]), ([A, B], [])])
    assert (scores["scored"], scores["excluded"]) == (1, 1)
    assert scores["mrr_at_10"] == 0.5
    assert scores["recall_curve"] == [0.0, 1.0, *[1.0] * 8]
    assert retrieval_metrics([([A], [])])["mrr_at_10"] is None


def _q(qid: str, determination: str, grade: int = 1, jurisdiction: str = "US-EAR", **expected: object) -> Question:
    return Question.model_validate(
        {
            "id": qid,
            "question": f"question {qid}",
            "persona": "officer",
            "jurisdiction": jurisdiction,
            "grade": grade,
            "expected": {"determination": determination, **expected},
        }
    )


def _record(qid: str, determination: str | None, citations: list[str], retrieved: list[str], **extra: object) -> dict:
    return {
        "id": qid,
        "determination": determination,
        "answer": extra.pop("answer", ""),
        "citations": citations,
        "retrieved": retrieved,
        "missing_facts": extra.pop("missing_facts", []),
        "latency_ms": extra.pop("latency_ms", 10.0),
        **extra,
    }


def test_aggregate_metrics_over_a_hand_scored_set() -> None:
    questions = [
        _q("q1", "controlled", 1, citations=[A, C], must_mention=["license", "deemed export"]),
        _q("q2", "not_controlled", 2, citations=["15 CFR 734.18(a)(5)"]),
        _q("q3", "depends", 2, missing_facts=["classification", "destination"]),
        _q("q4", "out_of_scope", 3, jurisdiction="none"),
    ]
    records = [
        _record("q1", "controlled", [A, B], [A, C, B], answer="A license is needed.", latency_ms=10.0),
        _record("q2", None, ["15 CFR 734.18(a)(4)", "ECCN 9E003"], [D, "15 CFR 734.18(a)(4)"], latency_ms=20.0),
        _record("q3", "depends", [], [A], missing_facts=["classification"], latency_ms=30.0),
        _record("q4", "controlled", [], [], latency_ms=40.0),
    ]
    m = compute_metrics(questions, records)
    assert m["n"] == 4
    assert m["determination_accuracy"] == 0.5  # q1 and q3 right; a missing determination is wrong
    assert m["determination_by_expected"]["controlled"] == {"n": 1, "correct": 1, "accuracy": 1.0}
    assert m["determination_by_grade"]["2"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert m["determination_by_jurisdiction"]["none"]["accuracy"] == 0.0
    assert m["determination_confusion"]["not_controlled"] == {"none": 1}
    # Citations, macro over q1 and q2 (q3, q4 expect none):
    #   q1 cites A, B of expected A, C: P 1/2, R 1/2, F2 1/2.  q2 cites 734.18 (section match) and 9E003: P 1/2, R 1,
    #   F2 = 5 × 0.5 × 1 / (2 + 1) = 5/6.
    assert (m["citation_scored"], m["citation_excluded"]) == (2, 2)
    assert m["citation_precision"] == 0.5
    assert m["citation_recall"] == 0.75
    assert m["citation_f2"] == pytest.approx((0.5 + 5 / 6) / 2, abs=1e-4)
    # Retrieval: q1 finds A at 1 and C at 2 (R@5 1, RR 1, nDCG 1); q2 finds 734.18 at 2 (R@5 1, RR 1/2,
    # nDCG 1/log2(3)).
    assert m["retrieval_recall_at_5"] == 1.0
    assert m["mrr_at_10"] == 0.75
    assert m["ndcg_at_10"] == pytest.approx((1 + 1 / math.log2(3)) / 2, abs=1e-4)
    assert m["retrieval_recall_curve"][:3] == [0.25, 1.0, 1.0]  # rank 1: q1 1/2, q2 0; rank 2: both 1
    assert (m["must_mention"], m["must_mention_scored"]) == (0.5, 1)  # "license" yes, "deemed export" no
    assert (m["missing_facts_recall"], m["missing_facts_scored"]) == (0.5, 1)
    assert (m["refusal_accuracy"], m["refusal_scored"]) == (0.0, 1)
    assert (m["unsupported_citations"], m["answer_citations"]) == (1, 4)  # 9E003 was never retrieved
    assert m["unsupported_citation_rate"] == 0.25
    assert (m["latency_ms_p50"], m["latency_ms_p95"]) == (25.0, 38.5)


def test_a_verdict_names_every_failed_check() -> None:
    question = _q("q", "depends", citations=[A], must_mention=["license"], missing_facts=["destination"])
    record = _record("q", "controlled", ["ECCN 9E003"], [B], answer="No licence talk here.")
    assert verdict(question, record) == [
        "determination: expected depends, got controlled",
        "retrieval: no expected provision in the top 10",
        "citations: the answer cites none of the expected provisions",
        "must mention: license",
        "missing facts not asked: destination",
        "unsupported citations: ECCN 9E003",
    ]
    good = _record("q", "depends", [A], [A], answer="A license may be needed.", missing_facts=["destination"])
    assert verdict(question, good) == []


def test_the_gate_reports_each_breach_and_treats_unmeasured_as_a_breach() -> None:
    floors, ceilings = (
        {"determination_accuracy": 0.6, "mrr_at_10": 0.5, "refusal_accuracy": 0.5},
        {"latency_ms_p95": 100},
    )
    metrics = {"determination_accuracy": 0.55, "mrr_at_10": 0.5, "refusal_accuracy": None, "latency_ms_p95": 120.0}
    assert check(metrics, floors, ceilings) == [
        "determination_accuracy: 0.55 is below the floor 0.6",
        "refusal_accuracy: not measured (floor 0.5)",
        "latency_ms_p95: 120.0 is above the ceiling 100",
    ]
    assert (
        check(
            {"determination_accuracy": 0.9, "mrr_at_10": 0.6, "refusal_accuracy": 1.0, "latency_ms_p95": 5},
            floors,
            ceilings,
        )
        == []
    )


ITEM = """
- id: {id}
  question: "Can I e-mail 3E001 data to Penang?"
  persona: exporter
  jurisdiction: US-EAR
  grade: 2
  expected:
    determination: controlled
    citations: [{citation}]
    must_mention: ["license"]
    missing_facts: []
  rationale: "why"
"""


def test_question_files_are_validated_against_the_schema(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(ITEM.format(id="a-1", citation='"ECCN 3E001"'), encoding="utf-8")
    assert [q.id for q in load_questions([good])] == ["a-1"]

    bad_citation = tmp_path / "bad.yaml"
    bad_citation.write_text(ITEM.format(id="b-1", citation='"ECCN 3e001"'), encoding="utf-8")
    with pytest.raises(QuestionFileError, match=r"bad.yaml: item b-1: .*not canonical"):
        load_questions([bad_citation])

    typo = tmp_path / "typo.yaml"
    typo.write_text(ITEM.format(id="c-1", citation='"ECCN 3E001"').replace("grade:", "grde:"), encoding="utf-8")
    with pytest.raises(QuestionFileError, match="c-1"):
        load_questions([typo])

    with pytest.raises(QuestionFileError, match="used twice"):
        load_questions([good, good])
