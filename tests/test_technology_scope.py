"""The purposes each technology entry reaches, as the headings of 15 CFR 774 Supp. 1 name them."""

import json

import pytest
import yaml

from assistant.technology_scope import DATA, purposes, reaches_use
from tests.table_builders import CCL, load

builder = load("build_technology_scope")


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ('"Technology" according to the GTN for the "development" or "production" of items in 3A (except 3A991).',
         ["development", "production"]),
        ('"Technology" for the "use" of equipment controlled by 2B001 for NP reasons.', ["use"]),
        ("Technology for the development, production, operation, installation, maintenance, repair, overhaul, or "
         "refurbushing of vehicles in 0A606.", ["development", "production", "operation", "installation",
                                                 "maintenance", "repair", "overhaul", "refurbishing"]),
        ('Other "technology" as follows (see List of Items Controlled).', []),
    ],
)  # fmt: skip
def test_a_heading_names_its_purposes_in_its_for_the_of_phrase(heading: str, expected: list[str]) -> None:
    assert builder.purposes(heading) == expected


def test_the_three_numberings_of_one_entry_share_its_purposes() -> None:
    assert purposes("ECCN 3E001") == purposes("EU 2021/821 Annex I 3E001") == purposes("WA 3.E.1")
    assert reaches_use("ECCN 3E001") is False  # development or production only
    assert reaches_use("ECCN 0E606") is True  # the 600 series names every element of "use"


def test_entries_without_a_stated_purpose_are_unknown_not_guessed() -> None:
    assert reaches_use("WA 9.E.3") is None  # "Other technology as follows"
    assert reaches_use("ECCN 3A001") is None  # a commodity, not a technology entry


def test_the_committed_table_matches_the_commerce_control_list_data() -> None:
    if not CCL.exists():
        pytest.skip(f"{CCL} is not here; the table cannot be checked against its source")
    committed = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert committed["scope"] == builder.build(json.loads(CCL.read_text(encoding="utf-8")))["scope"]
