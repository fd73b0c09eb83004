"""Build corpus/data/countries.yaml: every ISO 3166-1 country, common aliases, and the memberships
an ITT review keys on (EAR country groups, EU, Wassenaar, ITAR § 126.1, US embargoes).

Why a generator: the country base (names, alpha-2/alpha-3 codes) comes from `pycountry`, and the
EAR country groups come from a machine-readable copy of 15 CFR 740 Supp. 1, so neither is typed by
hand. Everything that is *not* machine-readable (EU member states, Wassenaar participants, ITAR
§ 126.1 tables, US embargo sections, aliases) is hand-maintained data in this file, next to the
citation it rests on. Re-run after editing:

    .venv/bin/python corpus/data/build_countries.py [--groups PATH] [--out PATH]

`--groups` defaults to the derived JSON of Supp. No. 1 to part 740 in the sibling `shared/regs`
folder (eCFR issue date 2026-07-23). The generated YAML is committed; the assistant never runs this
script at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_GROUPS = (
    HERE.parents[2]
    / "shared"
    / "regs"
    / "more-sections"
    / "ear-supplements-derived"
    / "supp1-part740-country-groups.json"
)
DEFAULT_OUT = HERE / "countries.yaml"

EAR_AS_OF = "2026-07-23"  # eCFR issue date of the country-group table we read
US_TEXT_AS_OF = "2025-01-17"  # eCFR text of 15 CFR 746.x and 22 CFR 126.1 that was checked
EU_AS_OF = "2024-11-15"  # consolidated text of Regulation (EU) 2021/821 that was checked
WA_AS_OF = "2026-01-15"  # WA-LIST (25) 1 Corr.

SOURCES: dict[str, dict[str, str | None]] = {
    "ear_country_groups": {
        "citation": "15 CFR 740 Supp. 1",
        "as_of": EAR_AS_OF,
        "url": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740",
        "note": "Country Groups A:1-A:6, B, D:1-D:5, E:1, E:2 as tabulated in Supplement No. 1 to part 740.",
    },
    "eu_member_states": {
        "citation": "EU 2021/821 Art. 11",
        "as_of": EU_AS_OF,
        "url": "https://eur-lex.europa.eu/eli/reg/2021/821/oj",
        "note": (
            "Regulation (EU) 2021/821 does not list the Member States. Membership matters to it because a "
            "movement between Member States is an intra-Union transfer (Art. 11: licence only for Annex IV "
            "items) and not an export, so the intra-EU rule is the citation the membership changes."
        ),
    },
    "wassenaar_participants": {
        "citation": None,
        "as_of": WA_AS_OF,
        "url": "https://www.wassenaar.org/participating-states/",
        "note": (
            "The 42 Participating States. No control-list provision names them (the Dual-Use List only refers "
            "to 'Participating States'), so these memberships carry citation null and point here."
        ),
    },
    "itar_126_1": {
        "citation": "22 CFR 126.1",
        "as_of": US_TEXT_AS_OF,
        "url": "https://www.ecfr.gov/current/title-22/chapter-I/subchapter-M/part-126/section-126.1",
        "note": "Table 1 to paragraph (d)(1) (policy of denial) and the table in paragraph (d)(2).",
    },
    "itar_126_18_d": {
        "citation": "22 CFR 126.18(d)",
        "as_of": US_TEXT_AS_OF,
        "url": "https://www.ecfr.gov/current/title-22/chapter-I/subchapter-M/part-126/section-126.18",
        "note": "Paragraph (d)(2) names NATO and EU members, Australia, Japan, New Zealand and Switzerland; the NATO "
        "and EU memberships are those of 2024.",
    },
    "jp_group_a": {
        "citation": "JP FEO Art. 17",
        "as_of": "2023-07-21",
        "url": "https://elaws.e-gov.go.jp/document?lawid=324CO0000000378",
        "note": (
            "Group A: the regions of Appended Table 3 of the Export Trade Control Order, to which Japan's catch-all "
            "for technology (row 16 of the Foreign Exchange Order's Appended Table, JP FEO Art. 17) does not apply."
        ),
    },
    "us_embargoes": {
        "citation": "15 CFR 746.1",
        "as_of": US_TEXT_AS_OF,
        "url": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746",
        "note": "Country sections of EAR part 746 (embargoes and other special controls).",
    },
}

# Names used in the EAR table that pycountry does not know (typos in the source kept as keys).
EAR_NAME_TO_ISO2: dict[str, str] = {
    "Bosnia & Herzegovina": "BA",
    "Brunei": "BN",
    "Burma": "MM",
    "Cape Verde": "CV",
    "China (PRC)": "CN",
    "Congo (Democratic Republic of the)": "CD",
    "Congo (Democratic Republic of)": "CD",
    "Congo (Republic of the)": "CG",
    "Cote d'lvoire": "CI",
    "Gambia, The": "GM",
    "Korea, North": "KP",
    "Korea, South": "KR",
    "Kosovo": "XK",
    "Macau": "MO",
    "Russia": "RU",
    "Saint Kitts & Nevis": "KN",
    "Sao Tome & Principe": "ST",
    "Sint Maarten (the Dutch two-fifths of the island of Saint Martin)": "SX",
    "South Sudan, Republic of": "SS",
    "The Bahamas": "BS",
    "Trinidad & Tobago": "TT",
    "Vatican City": "VA",
}

# Kosovo has no ISO 3166-1 entry; XK/XKX are the user-assigned codes in common use.
EXTRA_COUNTRIES: list[dict[str, Any]] = [
    {"name": "Kosovo", "official_name": "Republic of Kosovo", "iso2": "XK", "iso3": "XKX"},
]

# Hand-maintained aliases. Short all-caps forms are matched case-sensitively by
# assistant.countries, so "US" never matches the word "us".
ALIASES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "USA", "U.S.", "U.S.A.", "US"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Northern Ireland"],
    "KR": ["South Korea", "Korea, Republic of", "Republic of Korea", "Korea, South", "ROK"],
    "KP": ["North Korea", "Korea, North", "DPRK", "Democratic People's Republic of Korea"],
    "CN": ["China", "PRC", "People's Republic of China", "China (PRC)", "Mainland China"],
    "TW": ["Taiwan", "Republic of China", "Chinese Taipei"],
    "HK": ["Hong Kong", "Hong Kong SAR", "HKSAR"],
    "MO": ["Macau", "Macao", "Macau SAR"],
    "RU": ["Russia", "Russian Federation"],
    "BY": ["Belarus"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "MM": ["Burma", "Myanmar", "Myanmar/Burma"],
    "CZ": ["Czechia", "Czech Republic"],
    "TR": ["Türkiye", "Turkiye", "Turkey", "Republic of Türkiye"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "MD": ["Moldova"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "TZ": ["Tanzania"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo (Democratic Republic of)", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"],
    "AE": ["United Arab Emirates", "UAE"],
    "SA": ["Saudi Arabia", "KSA"],
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "VA": ["Vatican City", "Holy See", "Vatican"],
    "BS": ["Bahamas", "The Bahamas"],
    "GM": ["Gambia", "The Gambia"],
    "BN": ["Brunei"],
    "PS": ["Palestine", "State of Palestine"],
    "FM": ["Micronesia"],
    "SS": ["South Sudan"],
    "TL": ["Timor-Leste", "East Timor"],
}


def _codes(text: str) -> list[str]:
    """ISO alpha-2 codes written as one space-separated string (easier to proofread than a list)."""
    return text.split()


# 27 EU Member States (EU 2021/821 Art. 11 is the rule their membership engages).
EU_MEMBERS = _codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")

# 42 Wassenaar Arrangement Participating States (wassenaar.org).
WA_PARTICIPANTS = _codes(
    "AR AU AT BE BG CA HR CZ DK EE FI FR DE GR HU IN IE IT JP LV LT LU MT MX NL NZ NO PL PT KR RO RU SK SI ZA ES SE CH TR UA GB US"
)

# 22 CFR 126.1(d)(1): policy of denial; (d)(2): denial as specified in the country paragraph.
ITAR_D1 = ["BY", "MM", "CN", "CU", "IR", "KP", "SY", "VE"]
ITAR_D2 = ["AF", "CF", "CY", "CD", "ET", "ER", "HT", "IQ", "LB", "LY", "NI", "RU", "SO", "SS", "SD", "ZW"]

# 22 CFR 126.18(d)(2)-(3): nationals exclusively of NATO or EU members, Australia, Japan, New Zealand or
# Switzerland, working in one of them (or the United States), may receive a foreign licensee's ITAR data without
# DDTC approval. NATO's 32 members as of 2024.
NATO_MEMBERS = _codes("AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US")
ITAR_126_18_D = sorted({*EU_MEMBERS, *NATO_MEMBERS, *_codes("AU JP NZ CH")})

# Japan's Group A (Appended Table 3 of the Export Trade Control Order, with the Republic of Korea restored in
# July 2023): destinations to which the row-16 catch-all of the Foreign Exchange Order does not apply.
JP_GROUP_A = _codes("AR AU AT BE BG CA CZ DK FI FR DE GR HU IE IT LU NL NZ NO PL PT KR ES SE CH GB US")
JP_AS_OF = "2023-07-21"

# EAR part 746 country sections.
US_EMBARGOES: dict[str, tuple[str, str]] = {
    "CU": ("15 CFR 746.2", "Cuba: licence needed for virtually all items subject to the EAR."),
    "KP": ("15 CFR 746.4", "North Korea."),
    "IR": ("15 CFR 746.7", "Iran; OFAC administers the comprehensive embargo."),
    "RU": ("15 CFR 746.8", "Sanctions against Russia and Belarus."),
    "BY": ("15 CFR 746.8", "Sanctions against Russia and Belarus."),
    "SY": ("15 CFR 746.9", "Syria (text as of January 2025)."),
}

# Sub-national regions that carry their own EAR section; not ISO countries.
REGIONS: list[dict[str, Any]] = [
    {
        "name": "Crimea region of Ukraine",
        "iso2": None,
        "iso3": None,
        "parent": "UA",
        "aliases": ["Crimea", "temporarily occupied Crimea region of Ukraine"],
        "memberships": [
            {
                "group": "EMBARGO",
                "citation": "15 CFR 746.6",
                "as_of": US_TEXT_AS_OF,
                "note": "Licence for nearly all items subject to the EAR; the rest of Ukraine is not covered.",
            }
        ],
    },
    {
        "name": "Covered regions of Ukraine (so-called DNR and LNR)",
        "iso2": None,
        "iso3": None,
        "parent": "UA",
        "aliases": ["Donetsk People's Republic", "Luhansk People's Republic", "DNR", "LNR"],
        "memberships": [
            {
                "group": "EMBARGO",
                "citation": "15 CFR 746.6",
                "as_of": US_TEXT_AS_OF,
                "note": "Licence for nearly all items subject to the EAR; the rest of Ukraine is not covered.",
            }
        ],
    },
]

# Display names where the ISO short name is not the one people (or the EAR) use.
NAME_OVERRIDES: dict[str, str] = {
    "RU": "Russia",
    "MO": "Macau",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "PS": "Palestine",
    "FM": "Micronesia",
}

# Places the EAR does not list in Supp. No. 1 to part 740 but treats as part of another country: they take that
# country's groups (Hong Kong since the December 2020 rule that removed it as a separate destination).
EAR_PART_OF: dict[str, str] = {"HK": "CN"}

NOTES: dict[str, str] = {
    "HK": (
        "Not listed separately in 15 CFR 740 Supp. 1: since December 2020 the EAR treats Hong Kong as part "
        "of China, so China's EAR country groups apply."
    ),
    "MO": "EAR rules often say 'Macau or a destination in Country Group D:5'; Macau itself is not in D:5.",
    "TW": "ISO 3166-1 lists Taiwan as 'Taiwan, Province of China'; the EAR lists it as Taiwan.",
}


def _base_countries() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for c in pycountry.countries:
        name = NAME_OVERRIDES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        rows.append(
            {
                "name": name,
                "official_name": getattr(c, "official_name", None) or c.name,
                "iso2": c.alpha_2,
                "iso3": c.alpha_3,
                "iso_name": c.name,
            }
        )
    for extra in EXTRA_COUNTRIES:
        rows.append({**extra, "iso_name": extra["name"]})
    return rows


def _ear_groups(path: Path) -> dict[str, list[str]]:
    """Map ISO alpha-2 -> EAR country groups, from the derived JSON of Supp. No. 1 to part 740."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lookup: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                lookup[n.casefold()] = c.alpha_2
    by_iso: dict[str, list[str]] = {}
    unknown: list[str] = []
    for group, names in data["groups"].items():
        for name in names:
            iso = EAR_NAME_TO_ISO2.get(name) or lookup.get(name.casefold())
            if iso is None:
                unknown.append(name)
                continue
            by_iso.setdefault(iso, [])
            if group not in by_iso[iso]:
                by_iso[iso].append(group)
    if unknown:
        raise SystemExit(f"EAR country names without an ISO mapping: {sorted(set(unknown))}")
    for iso, whole in EAR_PART_OF.items():
        by_iso[iso] = list(by_iso.get(whole, []))
    return by_iso


def build(groups_path: Path) -> dict[str, Any]:
    ear = _ear_groups(groups_path)
    countries: list[dict[str, Any]] = []
    for row in sorted(_base_countries(), key=lambda r: r["name"]):
        iso = row["iso2"]
        aliases = [row["iso_name"], row["official_name"], *ALIASES.get(iso, [])]
        seen = {row["name"].casefold()}
        unique_aliases = []
        for alias in aliases:
            if alias and alias.casefold() not in seen:
                seen.add(alias.casefold())
                unique_aliases.append(alias)
        memberships: list[dict[str, Any]] = []
        for group in sorted(ear.get(iso, []), key=lambda g: (g[0], g)):
            memberships.append({"group": group, "citation": "15 CFR 740 Supp. 1", "as_of": EAR_AS_OF})
        if iso in EU_MEMBERS:
            memberships.append({"group": "EU", "citation": "EU 2021/821 Art. 11", "as_of": EU_AS_OF})
        if iso in WA_PARTICIPANTS:
            memberships.append(
                {"group": "WA", "citation": None, "as_of": WA_AS_OF, "source": SOURCES["wassenaar_participants"]["url"]}
            )
        if iso in ITAR_D1:
            memberships.append({"group": "ITAR:D1", "citation": "22 CFR 126.1(d)(1)", "as_of": US_TEXT_AS_OF})
        if iso in ITAR_D2:
            memberships.append({"group": "ITAR:D2", "citation": "22 CFR 126.1(d)(2)", "as_of": US_TEXT_AS_OF})
        if iso in ITAR_126_18_D:
            memberships.append({"group": "ITAR:126.18(d)", "citation": "22 CFR 126.18(d)", "as_of": US_TEXT_AS_OF})
        if iso in JP_GROUP_A:
            memberships.append({"group": "JP:A", "citation": "JP FEO Art. 17", "as_of": JP_AS_OF})
        if iso in US_EMBARGOES:
            citation, note = US_EMBARGOES[iso]
            memberships.append({"group": "EMBARGO", "citation": citation, "as_of": US_TEXT_AS_OF, "note": note})
        entry: dict[str, Any] = {
            "name": row["name"],
            "iso2": iso,
            "iso3": row["iso3"],
            "aliases": unique_aliases,
            "memberships": memberships,
        }
        if iso in EAR_PART_OF:
            entry["ear_part_of"] = next(r["name"] for r in _base_countries() if r["iso2"] == EAR_PART_OF[iso])
        if iso in NOTES:
            entry["note"] = NOTES[iso]
        countries.append(entry)
    return {"sources": SOURCES, "countries": countries, "regions": REGIONS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=Path, default=DEFAULT_GROUPS, help="derived JSON of 15 CFR 740 Supp. 1")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.groups.exists():
        print(f"country-group source not found: {args.groups}", file=sys.stderr)
        return 1
    data = build(args.groups)
    header = (
        "# Generated by corpus/data/build_countries.py -- do not edit by hand.\n"
        "# Memberships carry the citation they rest on and the date of the text checked (as_of).\n"
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    args.out.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(data['countries'])} countries and {len(data['regions'])} regions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
