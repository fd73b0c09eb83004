"""Candidates pooled over a document, and parameters set against the candidates' thresholds."""

from __future__ import annotations

from assistant.screening.candidates import evaluate, group_key, is_software_entry
from assistant.screening.indicators import screening_texts
from tests.screening.conftest import make_document

AMPLIFIER = (
    "Process traveller for the GaN-on-SiC MMIC power amplifier: gate recess etch with Cl2/BCl3, gate length "
    "tolerance 5 nm. The power amplifier operates at 95 GHz with 1.2 W saturated output."
)
WIFI = "Wi-Fi module brochure. Key features: dual-band Wi-Fi at 2.4 GHz and Bluetooth LE, ideal for smart plugs and lamps."


def run(controls, has, *texts: str, **kwargs):
    document = make_document(*texts)
    texts_, _ = screening_texts(document.segments)
    return evaluate(document.segments, texts_, controls, has, technical=True, **kwargs)


def test_equivalent_numbers_pool_under_the_eccn() -> None:
    assert group_key("EU 2021/821 Annex I 3E001") == group_key("WA 3.E.1") == "ECCN 3E001"
    assert group_key("USML Cat. XI") == "USML Cat. XI"
    assert is_software_entry("ECCN 4D001") and is_software_entry("WA 4.D.1") and not is_software_entry("ECCN 4E001")


def test_95_ghz_on_an_amplifier_is_raised_and_named_with_the_entry(controls, has) -> None:
    candidates, findings = run(controls, has, AMPLIFIER)
    raised = [f for f in findings if f.kind == "parameter" and f.severity == "high"]
    assert any(f.quote == "95 GHz" for f in raised)
    ninety_five = next(f for f in raised if f.quote == "95 GHz")
    assert ninety_five.citations and all(has(c) for c in ninety_five.citations)
    leaders = [c.citation for c in candidates[:3]]
    assert "ECCN 3E001" in leaders
    strong = next(c for c in candidates if c.matched_parameters)
    assert strong.strong and "parameters:" in strong.reason


def test_2_4_ghz_wifi_is_not_raised(controls, has) -> None:
    _, findings = run(controls, has, WIFI)
    params = [f for f in findings if f.kind == "parameter"]
    assert params and all(f.severity == "info" for f in params)


def test_candidate_findings_quote_the_sentence_and_cite_the_entry_and_its_equivalents(controls, has) -> None:
    _, findings = run(controls, has, AMPLIFIER)
    top = next(f for f in findings if f.kind == "control-candidate")
    assert top.quote and top.quote in AMPLIFIER
    assert AMPLIFIER[top.start : top.end] == top.quote
    assert all(has(c) for c in top.citations) and len(top.citations) >= 2


def test_an_entry_marked_on_the_document_leads(controls, has) -> None:
    candidates, _ = run(controls, has, AMPLIFIER, marked=["USML Cat. XI"])
    assert candidates[0].citation == "USML Cat. XI" and candidates[0].marked and candidates[0].strong


def test_nothing_technical_gives_no_candidates(controls, has) -> None:
    candidates, findings = run(controls, has, "Lunch on Friday at noon in the canteen; there will be cake for everyone.")
    assert all(not c.strong for c in candidates)
    assert not [f for f in findings if f.severity == "high"]
