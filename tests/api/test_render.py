"""The terminal rendering lists only the sources an answer cites."""

from __future__ import annotations

from api.render import render_answer
from assistant.answer import Answer, EvidenceOut


def evidence(citation: str) -> EvidenceOut:
    return EvidenceOut(
        citation=citation, title=citation, snippet="", score=1.0, source_url="https://example.org", chunk_id=citation
    )


def test_only_cited_passages_are_listed_with_their_retrieval_numbers() -> None:
    answer = Answer(
        question="q", answer="a", citations=["ECCN 3E001"], evidence=[evidence("15 CFR 734.13"), evidence("ECCN 3E001")]
    )
    text = render_answer(answer)
    assert "  [2] ECCN 3E001" in text
    assert "734.13" not in text


def test_an_answer_that_cites_nothing_prints_no_empty_sources_heading() -> None:
    """A declined evasion request under the Wassenaar fallback cites no law; retrieved passages alone are no sources."""
    answer = Answer(question="q", answer="a", citations=[], evidence=[evidence("15 CFR 734.13")])
    assert "Sources:" not in render_answer(answer)
