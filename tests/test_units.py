"""Numbers with units are found as people write them and normalised to one base unit per dimension."""

from __future__ import annotations

import pytest

from assistant.units import find_quantities, format_value, parse_number, scale_of


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "dimension", "value"),
    [
        ("operating at 95 GHz", "frequency", 95e9),
        ("a 2.4GHz radio", "frequency", 2.4e9),
        ("wavelength 1,550 nm", "length", 1.55e-6),
        ("a 12 µm pitch", "length", 12e-6),
        ("a 12 um pitch", "length", 12e-6),
        ("output 1.5 kW", "power", 1500.0),
        ("output 30 dBm", "power", 1.0),
        ("AES with 256-bit keys", "bits", 256.0),
        ("spindle at 24,000 rpm", "rotation", 24000.0),
        ("held at 1,000 °C", "temperature", 1273.15),
        ("cooled to 77 K", "temperature", 77.0),
        ("burst pressure 200 MPa", "pressure", 200e6),
        ("our new 50-litre fermenter", "volume", 50.0),
        ("two reactors of 5 m3", "volume", 5000.0),
        ("rated for 3,000 psi", "pressure", 3000 * 6894.757),
        ("pointing error 2 arcsec", "angle", 2 * 4.8481368e-6),
        ("stability 5 µrad", "angle", 5e-6),
        ("scale factor 20 ppm", "ratio", 20e-6),
        ("delivers 800 TOPS", "ops", 800e12),
        ("5 GFLOPS or more", "ops", 5e9),
        ("35 Weighted TeraFLOPS", "wt", 35.0),
        ("cooling holes of 0.45 mm²", "area", 0.45e-6),
        ("a loss of 5 × 10^-3 W", "power", 5e-3),
    ],
)
def test_quantities_are_normalised_to_base_units(text: str, dimension: str, value: float) -> None:
    q = one(text)
    assert q.dimension == dimension
    assert q.value == pytest.approx(value, rel=1e-6)


def test_mach_numbers_put_the_unit_first() -> None:
    q = one("cruise at Mach 5")
    assert (q.dimension, q.value, q.text) == ("mach", 5.0, "Mach 5")


def test_a_range_gives_both_ends_and_spans_point_into_the_text() -> None:
    text = "the band 2.7 to 6.8 GHz"
    low, high = find_quantities(text)
    assert (low.value, high.value) == (2.7e9, 6.8e9)
    assert text[high.start : high.end] == "6.8 GHz"


def test_units_inside_identifiers_and_words_are_not_quantities() -> None:
    assert find_quantities("ECCN 3A001.b.2 and USML Cat. V apply; contact us") == []
    assert find_quantities("the mW and GHz units") == []


def test_decimal_commas_and_thousands_separators() -> None:
    assert parse_number("2,4") == 2.4
    assert parse_number("1,273") == 1273.0
    assert parse_number("12,345,678") == 12345678.0
    assert one("a repeatability of 0,8 µm").value == pytest.approx(0.8e-6)  # European decimal comma in a text
    assert one("1,500 Hz").value == 1500.0


def test_wavelengths_and_mechanical_sizes_are_different_scales() -> None:
    assert scale_of(one("1,750 nm")) == "micro"
    assert scale_of(one("15 mm")) == "macro"
    assert scale_of(one("95 GHz")) == ""


def test_values_are_written_back_in_a_readable_unit() -> None:
    assert format_value(95e9, "frequency") == "95 GHz"
    assert format_value(1e-10, "power") == "0.1 nW"


def test_a_minus_standing_before_a_temperature_or_a_level_makes_it_negative() -> None:
    assert [q.value for q in find_quantities("ambient operating range -40 C to +125 C")] == pytest.approx([233.15, 398.15])
    assert one("sensitivity (-70 dBm)").value == pytest.approx(1e-10)
    assert [q.number for q in find_quantities("2.7-6.8 GHz")] == [2.7, 6.8]  # a range, not a negative figure
    assert [q.number for q in find_quantities("from 10-20 °C")] == [10.0, 20.0]


def test_absorbed_dose_in_gray_and_rad() -> None:
    assert one("rated to 1 Mrad(Si) total dose").value == pytest.approx(1e4)
    assert one("a TID of 300 krad").value == pytest.approx(3e3)
    assert one("10 kGy(Si)").value == pytest.approx(1e4)


def test_hours_written_as_h_are_a_time() -> None:
    (q,) = find_quantities("a stress-rupture life of 450 h at the test load")
    assert q.dimension == "time" and q.value == 450 * 3600
