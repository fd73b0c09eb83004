"""From findings to the outcome: the document's facts go through the regime procedures, and the
label follows the decision path."""

from __future__ import annotations

from typing import Any

from assistant.screening.overall import build_facts, conclude
from assistant.screening.recipients import Recipients
from assistant.screening.types import Candidate, Finding, Location


def everything(citation: str) -> bool:
    return True


def f(kind: str, severity: str = "medium", **data: Any) -> Finding:
    return Finding(kind=kind, severity=severity, message="m", segment=0, location=Location(file="d"), data=data)  # type: ignore[arg-type]


TECH = f("technical-data", info_kind="production", label="process recipe")
MARKETING = f("non-technical", "info", info_kind="marketing", label="marketing material")


def cand(citation: str, strong: bool = True) -> Candidate:
    return Candidate(citation=citation, title="t", jurisdiction="US-EAR", score=1.0, similarity=0.6, strong=strong)


def outcome(findings: list[Finding], candidates: list[Candidate] | None = None, kind: str = "pdf", **recipients: Any) -> str:
    return conclude(kind, findings, candidates or [], Recipients(**recipients), everything).overall


def test_a_marked_listed_entry_to_a_foreign_destination_is_likely_controlled() -> None:
    marked = f("marking", "high", classification="ECCN 3E001", label="ECCN")
    assert outcome([marked, TECH], kind="eml", origin="United States", destinations=["Germany"]) == "likely controlled"


def test_listed_technology_with_no_destination_is_still_likely_controlled() -> None:
    conclusion = conclude("pdf", [TECH], [cand("ECCN 9E003")], Recipients(), everything)
    assert conclusion.overall == "likely controlled" and "9E003" in conclusion.summary
    assert any("mark the document" in step for step in conclusion.next_steps)


def test_a_strong_candidate_classifies_only_a_technical_document_and_only_the_leading_one() -> None:
    assert build_facts("pdf", [TECH], [cand("ECCN 9E003")], Recipients()).classifications[0] == "ECCN 9E003"
    assert build_facts("pdf", [MARKETING], [cand("ECCN 9E003")], Recipients()).classifications == []
    weak_first = [cand("ECCN 2E001", strong=False), cand("ECCN 2D001")]
    assert build_facts("pdf", [TECH], weak_first, Recipients()).classifications == []


def test_crosswalk_equivalents_are_added_for_the_listed_regimes() -> None:
    facts = build_facts("pdf", [TECH], [cand("ECCN 3E001")], Recipients())
    assert {"EU 2021/821 Annex I 3E001", "WA 3.E.1"} <= set(facts.classifications)


def test_marketing_alone_is_likely_not_controlled() -> None:
    assert outcome([MARKETING], [cand("ECCN 5E001", strong=False)]) == "likely not controlled"


def test_published_information_is_likely_not_controlled_even_to_an_embargoed_country() -> None:
    published = f("publication", "info", status="published", label="DOI")
    assert outcome([published, TECH], [cand("ECCN 3E003")], destinations=["Iran"], embargoed=["Iran"]) == "likely not controlled"


def test_an_embargoed_recipient_makes_technical_data_likely_controlled() -> None:
    assert outcome([TECH], kind="eml", destinations=["Iran"], embargoed=["Iran"], restrictive=["Iran"]) == "likely controlled"


def test_ear99_with_no_destination_is_likely_not_controlled() -> None:
    ear99 = f("marking", "info", classification="EAR99", label="EAR99")
    conclusion = conclude("pdf", [ear99], [], Recipients(), everything)
    assert conclusion.overall == "likely not controlled" and "EAR99" in conclusion.summary


def test_an_ear99_marking_contradicted_by_a_met_threshold_needs_review() -> None:
    ear99 = f("marking", "info", classification="EAR99", label="EAR99")
    met = f("parameter", "high", label="frequency:met")
    assert outcome([ear99, met, TECH], [cand("ECCN 3E001")]) == "needs review"


def test_technical_data_without_a_classification_needs_review() -> None:
    conclusion = conclude("pdf", [TECH], [cand("ECCN 2E001", strong=False)], Recipients(), everything)
    assert conclusion.overall == "needs review"
    assert any("ECCN 2E001" in step for step in conclusion.next_steps)


def test_nothing_of_interest_is_likely_not_controlled() -> None:
    assert outcome([]) == "likely not controlled"


def test_evasion_wording_needs_review_and_says_stop() -> None:
    conclusion = conclude("eml", [f("red-flag", "high", flag="evasion")], [], Recipients(), everything)
    assert conclusion.overall == "needs review" and conclusion.next_steps[0].startswith("Do not send")


def test_an_itar_marking_brings_in_the_itar_procedure() -> None:
    itar = f("marking", "high", classification="USML Cat. XII", label="ITAR")
    conclusion = conclude("pdf", [itar, TECH], [], Recipients(), everything)
    assert conclusion.facts.regimes == ["US-ITAR"] and conclusion.overall == "likely controlled"


def test_confidential_hints_remove_the_published_status() -> None:
    facts = build_facts(
        "pdf", [f("publication", status="published"), f("publication", status="proprietary")], [], Recipients()
    )
    assert facts.info_status == ["proprietary"] and facts.not_status == ["published"]
