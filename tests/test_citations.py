"""Canonical citations: one written form, compared at section level (DEVELOPERS.md)."""

from __future__ import annotations

import pytest

from assistant.citations import (
    CitationError,
    find_mentions,
    is_canonical,
    names_technology,
    parse,
    product_group,
    same_section,
    section_key,
)

CANONICAL = [
    "15 CFR 734.18(a)(5)",
    "22 CFR 120.54(a)(5)",
    "ECCN 3E001",
    "15 CFR 774 Supp. 2",
    "USML Cat. XI",
    "EU 2021/821 Art. 2(2)",
    "EU 2021/821 Annex I 3E001",
    "WA GTN",
    "WA GSN",
    "WA 3.E.1",
    "UK ECO 2008 Art. 2",
    "JP FEFTA Art. 25",
    "SG SGCA s. 5",
    "MY STA 2010 s. 12",
    "EAR99",
]


@pytest.mark.parametrize("citation", CANONICAL)
def test_the_families_of_developers_md_are_canonical(citation: str) -> None:
    assert is_canonical(citation)
    assert str(parse(citation)) == citation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("15 CFR 734.18(a)(5)", "15 CFR 734.18"),
        ("15 CFR § 734.18(a)", "15 cfr 734.18(b)"),
        ("ECCN 3E001", "eccn 3e001"),
        ("22 CFR 120.54(a)(5)(iv)", "22 CFR 120.54"),
        ("WA 3.E.1", "wa 3.e.1"),
        ("EU 2021/821 Art. 2(2)", "EU 2021/821 Article 2"),
    ],
)
def test_paragraph_suffixes_case_and_section_sign_are_ignored(a: str, b: str) -> None:
    assert same_section(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("15 CFR 734.18", "15 CFR 734.19"),
        ("15 CFR 734.1", "15 CFR 734.13"),
        ("ECCN 3E001", "ECCN 3E002"),
        ("ECCN 3E001", "EU 2021/821 Annex I 3E001"),
        ("15 CFR 120.54", "22 CFR 120.54"),
    ],
)
def test_different_provisions_do_not_match(a: str, b: str) -> None:
    assert not same_section(a, b)


@pytest.mark.parametrize("text", ["", "734.18", "CFR 734.18", "ECCN 3X001", "Article 2", "WA 3E1"])
def test_non_canonical_strings_are_rejected(text: str) -> None:
    with pytest.raises(CitationError):
        parse(text)


def test_comparison_never_raises_on_model_output() -> None:
    assert section_key("see the regs (somewhere)") == "see the regs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can I email ECCN 3E001 process specs?", ["ECCN 3E001"]),
        ("Does § 734.7 cover it?", ["15 CFR 734.7"]),
        ("see 22 CFR 120.54(a)(5)", ["22 CFR 120.54(a)(5)"]),
        ("Is 9e003 data covered", ["ECCN 9E003"]),
        ("What is the Wassenaar equivalent of 9E003?", ["ECCN 9E003"]),
        ("Is it EAR99?", ["EAR99"]),
        ("USML Category XI technical data", ["USML Cat. XI"]),
        ("a US radar company (Cat XI)", ["USML Cat. XI"]),
        ("MTCR Cat II items", []),
        ("our ITAR Cat II drawings", ["USML Cat. II"]),
        ("what does 3.E.1 cover", ["WA 3.E.1"]),
        ("a 125.4 mm flange at 120.5 GHz", []),
    ],
)
def test_mentions_in_questions_become_canonical_citations(text: str, expected: list[str]) -> None:
    assert find_mentions(text) == expected


@pytest.mark.parametrize(
    ("citation", "group", "technology"),
    [
        ("ECCN 3E001", "E", True),
        ("EU 2021/821 Annex I 4D001", "D", True),
        ("ECCN 1C010", "C", False),
        ("WA 3.E.1", None, True),
        ("WA ML22", None, True),
        ("WA ML10", None, False),
        ("EAR99", None, True),
        ("USML Cat. XI", None, False),
    ],
)
def test_the_product_group_says_whether_an_entry_is_for_technology(citation: str, group: str | None, technology: bool) -> None:
    assert product_group(citation) == group and names_technology(citation) is technology
