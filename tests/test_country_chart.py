"""The Commerce Country Chart applied to an entry and a destination (15 CFR 738.4, 738 Supp. 1)."""

import json

import pytest
import yaml

from assistant.country_chart import DATA, everywhere_but_section, license_reasons
from tests.table_builders import CCL, REGS, load

CHART = REGS / "more-sections" / "ear-supplements-derived" / "supp1-part738-country-chart.json"
builder = load("build_country_chart")


def test_15_cfr_742_14_significant_items_need_a_license_everywhere_but_canada() -> None:
    assert license_reasons("ECCN 9E003", "Canada") == []
    assert "every destination except Canada" in (license_reasons("ECCN 9E003", "France") or [])


def test_the_section_behind_an_everywhere_but_canada_line_is_named_by_its_category() -> None:
    """SI (15 CFR 742.14) reaches 9E003.a, .h, .i and .l; EI (742.15) the encryption technology of 5E002."""
    assert everywhere_but_section("ECCN 9E003", ["ECCN 9E003.a.1"]) == "15 CFR 742.14"
    assert everywhere_but_section("ECCN 9E003", ["ECCN 9E003.c"]) is None  # a paragraph outside the SI line
    assert everywhere_but_section("ECCN 5E002", ["ECCN 5E002"]) == "15 CFR 742.15"
    assert everywhere_but_section("ECCN 3E001", []) is None


def test_an_ns1_entry_needs_a_license_where_the_chart_marks_ns1() -> None:
    assert license_reasons("ECCN 3E001", "China") == ["NS 1"]


def test_a_worldwide_control_is_never_lifted_by_the_chart() -> None:
    assert "worldwide control" in (license_reasons("ECCN 3E901", "Canada") or [])


def test_a_line_limited_to_some_items_applies_when_the_question_names_one_of_them() -> None:
    """15 CFR 774 Supp. 1, 1E001: NS 1 and NP 1 reach technology for 1C010, CB only that for 1C350-1C354."""
    assert license_reasons("ECCN 1E001", "Canada", ["ECCN 1E001", "ECCN 1C010"]) == []
    assert license_reasons("ECCN 1E001", "Canada", ["ECCN 1E001", "ECCN 1C351"]) == ["CB 1"]
    assert license_reasons("ECCN 1E001", "Canada", ["ECCN 1E001"]) == ["CB 1"]  # nothing named: every line counts


def test_a_goods_entry_named_beside_its_own_paragraph_counts_as_that_paragraph() -> None:
    """1E001: CB 1 reaches technology for the toxins of 1C351.d.15-16 only; 1C351.a viruses are CB 2 (not Japan)."""
    assert license_reasons("ECCN 1E001", "Japan", ["ECCN 1C351", "ECCN 1E001", "1C351.a"]) == []
    assert license_reasons("ECCN 1E001", "Japan", ["ECCN 1C351", "ECCN 1E001", "1C351.d.15"]) == ["CB 1"]


def test_the_z_paragraphs_count_only_when_named() -> None:
    """5E002: the worldwide RS control reaches technology for the 5A002.z items only; EI spares Canada (742.15)."""
    assert license_reasons("ECCN 5E002", "Canada", ["ECCN 5E002"]) == []
    assert "worldwide control" in (license_reasons("ECCN 5E002", "Canada", ["5A002.z.1.a"]) or [])


def test_a_y_paragraph_left_out_of_the_whole_entry_lines_needs_a_license_only_to_the_named_destinations() -> None:
    """9E610: NS, RS 1 and UN apply to the entire entry except 9E610.y, which RS reaches for China, Russia and
    Venezuela only; MT reaches the technology for MT-controlled 9A610 items, which no .y item is."""
    assert license_reasons("ECCN 9E610", "Mexico", ["ECCN 9E610", "9E610.y"]) == []
    assert license_reasons("ECCN 9E610", "China", ["ECCN 9E610", "9A610.y", "9E610.y"]) == ["named destination (China)"]
    assert "NS 1" in (license_reasons("ECCN 9E610", "Mexico", ["ECCN 9E610"]) or [])  # no paragraph named


def test_the_paragraphs_a_whole_entry_line_leaves_out_are_read_from_its_wording() -> None:
    assert builder.exceptions("NS applies to entire entry except 9E515.x and .y", "9E515") == ["9E515.x", "9E515.y"]
    # technology for other entries' goods is not a paragraph of this entry
    assert builder.exceptions("NS applies to entire entry, except “technology” for 1C607.a.10, .a.11", "1E607") == []
    assert builder.exceptions("NS applies to entire entry", "3E001") == []


@pytest.mark.parametrize(
    ("control", "items"),
    [
        ("NS applies to entire entry", []),
        (
            "NS applies to “technology” for items controlled by 1A002, 1A006.b, 1B001 to 1B003, or 1C018",
            ["1B001-1B003", "1A002", "1A006.b", "1C018"],
        ),
        ("RS applies to items controlled by 6A002.a.1, .a.2, .c, or 6A003.b.3", ["6A002.a.1", "6A002.a.2", "6A002.c", "6A003.b.3"]),
        ("SI applies to 9E003.a.1 through a.8, .h, and .l", ["9E003.a", "9E003.h", "9E003.l"]),
        ("RS applies to commodities in 5A002.z.1.a, z.2.a or 5D002 (for 5A002.z.1.a)", ["5A002.z.1.a", "5A002.z.2.a"]),
    ],
)
def test_the_items_a_line_is_limited_to_are_read_from_its_wording(control: str, items: list[str]) -> None:
    assert builder.scope(control) == items


def test_unknown_entries_and_destinations_conclude_nothing() -> None:
    assert license_reasons("ECCN 1A001", "China") is None
    assert license_reasons("ECCN 3E001", "Atlantis") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NS Column 1.", {"column": "NS 1"}),
        ("See § 742.14 of the EAR for additional information.", {"everywhere_but": "Canada"}),
        ("China, Russia, or Venezuela (see § 742.6(a)(7)).", {"named": ["China", "Russia", "Venezuela"]}),
        ("Worldwide control. See § 742.6(a)(10) and (b)(11) of the EAR", {"worldwide": True}),
        ("See § 746.1(b) for UN controls.", None),
    ],
)
def test_each_chart_line_of_an_entry_is_read_as_one_kind_of_requirement(text: str, expected: dict | None) -> None:
    assert builder.requirement(text) == expected


def test_the_committed_chart_matches_its_sources() -> None:
    if not (CHART.exists() and CCL.exists()):
        pytest.skip("../shared/regs is not here; the chart table cannot be checked against its sources")
    built = builder.build(json.loads(CHART.read_text(encoding="utf-8")), json.loads(CCL.read_text(encoding="utf-8")))
    committed = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert committed["marks"] == built["marks"] and committed["eccns"] == built["eccns"]


def test_hong_kong_is_read_on_chinas_row_since_the_ear_treats_it_as_part_of_china() -> None:
    assert license_reasons("ECCN 3E001", "Hong Kong") == license_reasons("ECCN 3E001", "China") == ["NS 1"]
