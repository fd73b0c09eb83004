"""Which technology entry controls technology for a goods ECCN: the table the item names resolve through."""

from __future__ import annotations

import json

import pytest
import yaml

from assistant.item_names import GOODS_TECHNOLOGY, technology_of
from assistant.regimes.conditions import at_only
from assistant.technology_scope import DATA as SCOPE_FILE
from tests.table_builders import CCL, load

builder = load("build_goods_technology")


def test_a_range_in_a_heading_names_every_goods_entry_in_it() -> None:
    known = {"1C001", "1C007", "1C011", "1C012"}
    assert builder.named_goods(["technology for items controlled by 1C001 to 1C011"], known) == {
        "1C001",
        "1C007",
        "1C011",
    }


def test_the_ends_of_a_range_count_even_when_the_data_lacks_their_entries() -> None:
    """2E001: CB applies to technology for equipment controlled by 2B350 to 2B352 (the CCL copy lacks 2B352)."""
    known = {"2B350", "2B351"}
    assert builder.named_goods(["equipment controlled by 2B350 to 2B352"], known) == {"2B350", "2B351", "2B352"}


def test_a_product_group_in_a_heading_names_its_multilateral_entries_but_not_those_excepted() -> None:
    """8E001: technology for equipment or materials controlled by 8A (except 8A992), 8B or 8C."""
    known = {"8A001", "8A002", "8A992", "8A609", "8B001", "9A001"}
    texts = ["Equipment or Materials, Controlled by 8A (Except 8A992), 8B or 8C."]
    assert builder.grouped_goods(texts, known) == {"8A001", "8A002", "8B001"}


def test_an_entry_named_by_number_wins_over_a_group_reference() -> None:
    ccl = {
        "entries": [
            {"eccn": "8A001", "heading": "submersibles"},
            {"eccn": "8E001", "heading": "technology for items controlled by 8A", "countryChart": []},
            {"eccn": "8E002", "heading": "technology for items controlled by 8A001", "countryChart": []},
        ]
    }
    scope = {"8E001": ["development"], "8E002": ["development"]}
    assert builder.build(ccl, scope)["technology"] == {"8A001": "8E002"}


@pytest.mark.parametrize(
    ("goods", "technology"),
    [
        ("ECCN 0A982", "ECCN 0E982"),  # restraint devices: a crime-control technology entry of their own
        ("ECCN 1C351", "ECCN 1E001"),  # 1E351 covers only disposal, not development or production
        ("ECCN 5A001", "ECCN 5E001"),  # the x9xx entries answer only for x9xx goods
        ("ECCN 3E001", "ECCN 3E001"),  # a technology entry is already what moves
        ("ECCN 8A001", "ECCN 8E001"),  # named only as "8A (except 8A992)" in 8E001's heading
    ],
)
def test_goods_give_way_to_the_technology_entry_that_makes_them(goods: str, technology: str) -> None:
    assert technology_of(goods) == technology


def test_a_crime_control_entry_numbered_like_an_anti_terrorism_one_is_not_at_only() -> None:
    """15 CFR 774 Supp. 1, 0E982: a license is required for all destinations except Canada."""
    assert at_only("ECCN 0E982") is False
    assert at_only("ECCN 9E991") is True


def test_the_committed_table_matches_the_commerce_control_list_data() -> None:
    if not CCL.exists():
        pytest.skip(f"{CCL} is not here; the table cannot be checked against its source")
    scope = (yaml.safe_load(SCOPE_FILE.read_text(encoding="utf-8")) or {})["scope"]
    committed = yaml.safe_load(GOODS_TECHNOLOGY.read_text(encoding="utf-8"))
    assert committed["technology"] == builder.build(json.loads(CCL.read_text(encoding="utf-8")), scope)["technology"]
