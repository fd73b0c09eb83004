"""Retrieval over the bundled corpus: the provision that answers a question comes back near the top."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.citations import same_section

QUESTIONS = yaml.safe_load((Path(__file__).parent / "data" / "retrieval_questions.yaml").read_text(encoding="utf-8"))


def _rank(retrieved: list[str], expected: list[str]) -> int | None:
    for rank, citation in enumerate(retrieved, 1):
        if any(same_section(citation, e) for e in expected):
            return rank
    return None


def test_expected_provisions_are_retrieved_for_the_written_questions(bundled) -> None:
    ranks = [_rank(bundled.retrieve(q["question"], k=10).citations, q["expected"]) for q in QUESTIONS]
    top3 = sum(1 for r in ranks if r is not None and r <= 3)
    top5 = sum(1 for r in ranks if r is not None and r <= 5)
    misses = [q["question"] for q, r in zip(QUESTIONS, ranks, strict=True) if r is None or r > 5]
    print(f"\nretrieval: {len(QUESTIONS)} questions, top-3 {top3 / len(QUESTIONS):.3f}, top-5 {top5 / len(QUESTIONS):.3f}")
    print("misses:", *misses[:15], sep="\n  ")
    assert len(QUESTIONS) >= 60
    assert top3 >= 20
    assert top5 / len(QUESTIONS) >= 0.9


def test_a_question_naming_a_provision_gets_it_first(bundled) -> None:
    result = bundled.retrieve("What does § 734.7 say?")
    assert same_section(result.citations[0], "15 CFR 734.7")


@pytest.mark.parametrize(
    "question",
    [
        "Wie backe ich einen Apfelkuchen mit Zimt?",
        "Quelle est la meilleure saison pour visiter Kyoto ?",
        "What is the capital of Australia and its population?",
    ],
)
def test_questions_about_nothing_in_the_corpus_are_not_answered_from_weak_matches(bundled, question: str) -> None:
    answer = bundled.ask(question)
    assert answer.determination == "out_of_scope"
    assert answer.citations == []


def test_citations_in_answers_are_always_in_the_evidence(bundled) -> None:
    for q in QUESTIONS[:25]:
        answer = bundled.ask(q["question"])
        evidence = {e.citation for e in answer.evidence}
        assert set(answer.citations) <= evidence, q["question"]
