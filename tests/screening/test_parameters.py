"""Thresholds are read from an entry's own words; a document quantity meets one only when it is
of the same kind and described in related words."""

from __future__ import annotations

from assistant.screening.parameters import compare, parse_thresholds

ENTRY = (
    "Technology for amplifiers operating above 19 GHz. Telecom MMIC amplifiers by band: over 90 GHz above "
    "0.1 nW. It does not reach integrated circuits made at or above 0.130 µm with three or fewer metal layers. "
    "Cooled blades at gas path temperatures of 1,693 K (1,420 °C) or more. Ceramic powders where zirconia "
    "has particles of 1 µm or less with no more than 10% above 5 µm. WDM below 100 GHz spacing. "
    "TSR is available except for travelling wave tube amplifiers above 18 GHz."
)


def phrases() -> dict[str, tuple[str, bool]]:
    return {t.text: (t.op, t.exclusion) for t in parse_thresholds(ENTRY)}


def test_comparison_words_before_or_after_the_number_give_the_operator() -> None:
    found = {t.text.split()[-2] + " " + t.text.split()[-1]: t.op for t in parse_thresholds(ENTRY)}
    assert found["19 GHz"] == "gt"
    assert found["90 GHz"] == "gt"
    assert found["1,693 K"] == "ge"  # "(1,420 °C) or more" after the number
    assert found["100 GHz"] == "lt"
    assert found["0.130 µm"] == "ge"  # "at or above" is inclusive


def test_a_restatement_in_parentheses_is_not_a_second_threshold() -> None:
    assert not any("°C" in t.text for t in parse_thresholds(ENTRY))


def test_a_bound_on_a_share_is_not_a_bound_on_the_value() -> None:
    assert not any(t.text.endswith("5 µm") and t.op == "gt" for t in parse_thresholds(ENTRY))


def test_thresholds_in_decontrol_clauses_are_exclusions_but_licence_exception_caveats_are_not() -> None:
    by_value = {round(t.value, 12): t for t in parse_thresholds(ENTRY)}
    assert by_value[round(0.130e-6, 12)].exclusion is True
    assert by_value[18e9].exclusion is False  # "TSR is available except for …" narrows the exception
    assert by_value[19e9].exclusion is False


def thresholds() -> dict[str, list]:
    return {"ECCN 3E001": parse_thresholds(ENTRY)}


def test_95_ghz_on_an_amplifier_meets_the_threshold_and_2_4_ghz_wifi_does_not() -> None:
    (high,) = compare("The power amplifier operates at 95 GHz.", thresholds(), ["ECCN 3E001"])
    assert high.raised and high.raised[0].threshold.text.endswith("above 19 GHz")
    (wifi,) = compare("Dual-band Wi-Fi at 2.4 GHz for smart plugs.", thresholds(), ["ECCN 3E001"])
    assert wifi.raised == []


def test_a_maximum_needs_two_shared_words_so_small_numbers_do_not_meet_it_by_accident() -> None:
    (one_word,) = compare("WDM link at 50 GHz", thresholds(), ["ECCN 3E001"])
    assert one_word.raised == []
    (two_words,) = compare("WDM channel spacing of 50 GHz", thresholds(), ["ECCN 3E001"])
    assert [c.threshold.op for c in two_words.raised] == ["lt"]


def test_lengths_compare_only_on_the_same_scale() -> None:
    entry = {"ECCN 5E001": parse_thresholds("Equipment using lasers above 1,750 nm.")}
    (footprint,) = compare("laser module footprint 15 mm", entry, ["ECCN 5E001"])
    assert footprint.comparisons == ()
    (wavelength,) = compare("laser emitting at 2,000 nm", entry, ["ECCN 5E001"])
    assert wavelength.raised


def test_meeting_an_exclusion_is_reported_apart_from_raising() -> None:
    (p,) = compare("integrated circuits made at 0.18 µm with metal layers", thresholds(), ["ECCN 3E001"])
    assert p.raised == [] and p.excluded


def test_only_the_named_entries_are_compared() -> None:
    (p,) = compare("The power amplifier operates at 95 GHz.", thresholds(), ["ECCN 9E003"])
    assert p.comparisons == ()
