"""TSR availability per ECCN, as the entries of 15 CFR 774 Supp. 1 state it."""

import json

import pytest
import yaml

from assistant.license_exceptions import DATA, tsr
from tests.table_builders import CCL, load

builder = load("build_exceptions")


@pytest.mark.parametrize(
    ("flag", "expected"),
    [("N/A", "no"), ("Yes", "yes"), ("Yes, except N/A for MT", "partly"), ("Yes, except 2E003.b", "partly"), (None, None)],
)
def test_the_tsr_line_of_an_entry_is_read_as_yes_partly_or_no(flag: str | None, expected: str | None) -> None:
    assert builder.tsr_availability(flag) == expected


def test_an_entry_whose_text_limits_tsr_is_partly_open_even_when_its_flag_says_yes() -> None:
    """3E001's flag reads 'Yes' while its License Exceptions text reads 'TSR: Yes, except N/A for MT, and ...'."""
    entry = {"eccn": "3E001", "licenceExceptionFlags": {"TSR": "Yes"}, "text": "TSR: Yes, except N/A for MT"}
    assert builder.build({"entries": [entry]})["tsr"] == {"3E001": "partly"}


def test_lookups_accept_any_form_of_the_eccn() -> None:
    assert tsr("ECCN 9E003") == tsr("9E003.a.3") == tsr("9e003") == "no"
    assert tsr("ECCN 1A001") is None  # commodities are not in the table


def test_the_committed_table_matches_the_commerce_control_list_data() -> None:
    if not CCL.exists():
        pytest.skip(f"{CCL} is not here; the table cannot be checked against its source")
    committed = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert committed["tsr"] == builder.build(json.loads(CCL.read_text(encoding="utf-8")))["tsr"]
