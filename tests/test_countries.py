"""Countries and their groups: memberships written down from the regulations, alias resolution, and
matching that does not mistake ordinary words for countries."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.citations import is_canonical
from assistant.countries import CITIES_DATA, country_by_code, find_countries, load_cities, load_countries
from tests.table_builders import REGS, load

GROUPS_JSON = REGS / "more-sections" / "ear-supplements-derived" / "supp1-part740-country-groups.json"


def code(iso: str):
    country = country_by_code(iso)
    assert country is not None, iso
    return country


def only(text: str):
    found = find_countries(text)
    assert len(found) == 1, [c.name for c in found]
    return found[0]


# --- the data file -------------------------------------------------------------------------------


def test_every_iso_country_is_present_once() -> None:
    countries = [c for c in load_countries() if c.iso2]
    assert len(countries) >= 249
    assert len({c.iso2 for c in countries}) == len(countries)
    assert len({c.iso3 for c in countries}) == len(countries)


def test_every_membership_cites_a_canonical_provision_or_is_a_wassenaar_participation() -> None:
    for country in load_countries():
        for m in country.memberships:
            if m.citation is None:
                assert m.group == "WA" and m.source.startswith("https://"), (country.name, m)
            else:
                assert is_canonical(m.citation), (country.name, m.citation)
            assert m.as_of <= date(2026, 12, 31)


def test_group_sizes_match_the_sources() -> None:
    countries = load_countries()

    def members(group: str) -> set[str]:
        return {c.iso2 for c in countries if c.in_group(group)}

    assert len(members("EU")) == 27
    assert len(members("WA")) == 42
    assert members("E:1") == {"IR", "KP", "SY"}
    assert members("E:2") == {"CU"}
    assert members("ITAR:D1") == {"BY", "MM", "CN", "CU", "IR", "KP", "SY", "VE"}


# --- memberships written from the regulations ----------------------------------------------------


def test_china_is_in_d1_and_d5_and_denied_under_itar() -> None:
    china = code("CN")
    assert china.in_group("D:1") and china.in_group("D:5")
    assert china.membership("D:5").citation == "15 CFR 740 Supp. 1"
    assert china.membership("D:5").as_of == date(2026, 7, 23)
    assert china.membership("ITAR:D1").citation == "22 CFR 126.1(d)(1)"
    assert not china.in_group("A:1")


def test_iran_and_north_korea_are_e1_and_cuba_is_e2() -> None:
    assert code("IR").in_group("E:1") and not code("IR").in_group("E:2")
    assert code("KP").in_group("E:1")
    assert code("CU").in_group("E:2") and not code("CU").in_group("E:1")


def test_russia_is_d5_itar_d2_a_wassenaar_participant_and_under_part_746() -> None:
    russia = code("RU")
    assert {"D:1", "D:5", "ITAR:D2", "WA"} <= russia.groups
    assert russia.membership("EMBARGO").citation == "15 CFR 746.8"
    assert not russia.in_group("A:1")


def test_france_and_germany_are_a1_eu_and_wassenaar() -> None:
    for iso in ("FR", "DE"):
        assert {"A:1", "EU", "WA"} <= code(iso).groups
    assert code("DE").membership("EU").citation == "EU 2021/821 Art. 11"
    assert code("DE").membership("WA").citation is None


def test_a1_is_not_the_wassenaar_membership() -> None:
    # Iceland is in Country Group A:1 but does not participate in Wassenaar; Malta does, without A:1.
    assert code("IS").in_group("A:1") and not code("IS").in_group("WA")
    assert code("MT").in_group("WA") and not code("MT").in_group("A:1")


def test_malaysia_and_singapore_are_country_group_b() -> None:
    assert code("MY").in_group("B")
    assert code("SG").in_group("B") and code("SG").in_group("A:6")


def test_embargo_sections() -> None:
    expected = {
        "CU": "15 CFR 746.2",
        "KP": "15 CFR 746.4",
        "IR": "15 CFR 746.7",
        "SY": "15 CFR 746.9",
        "RU": "15 CFR 746.8",
        "BY": "15 CFR 746.8",
    }
    for iso, citation in expected.items():
        assert code(iso).membership("EMBARGO").citation == citation
    assert not code("UA").in_group("EMBARGO")
    crimea = only("a contractor in Crimea")
    assert crimea.parent == "UA" and crimea.membership("EMBARGO").citation == "15 CFR 746.6"


def test_macau_is_not_in_d5() -> None:
    assert not code("MO").in_group("D:5")
    assert code("MO").in_group("D:1")


# --- finding countries in text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Can we email the layout to an engineer in the PRC?", "CN"),
        ("a visiting researcher from South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("a subsidiary in Türkiye", "TR"),
        ("a subsidiary in Turkey", "TR"),
        ("the DPRK", "KP"),
        ("North Korea", "KP"),
        ("an office in Burma", "MM"),
        ("an office in Myanmar", "MM"),
        ("Czechia", "CZ"),
        ("transfer to the USA", "US"),
        ("exported from the U.S.", "US"),
        ("our UK team", "GB"),
        ("Great Britain", "GB"),
        ("Russian Federation", "RU"),
        ("Hong Kong", "HK"),
        ("Macao", "MO"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Taiwan", "TW"),
        ("Iran", "IR"),
        ("Syria", "SY"),
        ("export to china", "CN"),
    ],
)
def test_aliases_resolve(text: str, iso: str) -> None:
    assert only(text).iso2 == iso


@pytest.mark.parametrize(
    "text",
    [
        "Please let us know how we use the software.",
        "It is up to us.",
        "a roast turkey",
        "our New Jersey lab",
        "a guinea pig study",
        "uk",
    ],
)
def test_ordinary_words_are_not_countries(text: str) -> None:
    assert find_countries(text) == []


def test_longest_name_wins_and_order_follows_the_text() -> None:
    found = find_countries("Send it to South Sudan, then Sudan, then Papua New Guinea, then South Sudan again.")
    assert [c.iso2 for c in found] == ["SS", "SD", "PG"]


def test_several_countries_in_one_question() -> None:
    found = find_countries("Can our German engineers in Germany share 3E001 data with staff from India and Iran?")
    assert [c.iso2 for c in found] == ["DE", "IN", "IR"]


# --- agreement with the source table (needs ../shared/regs) --------------------------------------


@pytest.mark.regs
def test_ear_groups_match_the_supplement_table() -> None:
    if not GROUPS_JSON.exists():
        pytest.skip("shared/regs not available")
    expected = load("build_countries")._ear_groups(GROUPS_JSON)
    table = json.loads(GROUPS_JSON.read_text(encoding="utf-8"))
    for group in table["groups"]:
        want = {iso for iso, groups in expected.items() if group in groups}
        have = {c.iso2 for c in load_countries() if c.in_group(group)}
        assert have == want, group


def test_every_city_in_the_data_file_names_a_known_country_once() -> None:
    """corpus/data/cities.yaml: each place maps to a country the country data knows, and no name repeats."""
    cities, common = load_cities()
    assert len(cities) > 1000
    assert {name.lower() for name in cities} >= common
    unknown = {name: country for name, country in cities.items() if not find_countries(country)}
    assert not unknown
    names = [e["name"] for e in yaml.safe_load(CITIES_DATA.read_text(encoding="utf-8"))["cities"]]
    assert len(names) == len(set(names))


def test_a_city_stands_for_its_country() -> None:
    cities, _ = load_cities()
    assert cities["Yeovil"] == "United Kingdom" and cities["Freiburg"] == "Germany" and cities["Seletar"] == "Singapore"


def test_a_missing_cities_file_means_no_extra_cities(tmp_path: Path) -> None:
    assert load_cities(tmp_path / "absent.yaml") == ({}, frozenset())


def test_hong_kong_takes_chinas_ear_country_groups() -> None:
    """Since December 2020 the EAR treats Hong Kong as part of China (it is no longer listed in 740 Supp. 1)."""
    hong_kong = next(c for c in load_countries() if c.iso2 == "HK")
    assert hong_kong.in_group("D:5") and hong_kong.in_group("D:1")
    assert hong_kong.ear_part_of == "China"  # and the Country Chart row is China's


@pytest.mark.parametrize(
    ("iso2", "listed"),
    [("PL", True), ("NO", True), ("TR", True), ("JP", True), ("CH", True), ("NZ", True), ("PK", False), ("IN", False), ("SG", False)],
)
def test_22_cfr_126_18_d_2_lists_nato_and_eu_members_australia_japan_new_zealand_and_switzerland(
    iso2: str, listed: bool
) -> None:
    assert country_by_code(iso2).in_group("ITAR:126.18(d)") is listed
