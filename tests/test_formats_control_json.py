"""Control lists as JSON: one provision per ECCN, licence rows kept together, supplements cited."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.errors import UnsupportedDocument
from ingest.formats import parse_source
from tests.official_builders import ccl_json


def test_each_eccn_record_becomes_one_control_entry_with_its_licence_rows_together(tmp_path: Path) -> None:
    path = tmp_path / "ccl.json"
    path.write_text(ccl_json(), encoding="utf-8")
    by = {p.citation: p for p in parse_source(path)}
    assert set(by) == {"ECCN 5E002", "ECCN 3E001"}  # the malformed record is skipped
    entry = by["ECCN 5E002"]
    assert entry.kind == "control-entry" and entry.as_of == date(2026, 7, 23)
    block = next(b for b in entry.body.split("\n\n") if b.startswith("License Requirements"))
    assert block.split("\n")[1:] == [
        "NS applies to entire entry | NS Column 1.",
        "AT applies to entire entry | AT Column 1.",
        "EI applies to encryption technology | Refer to § 742.15 of the EAR.",
    ]
    assert "a. Technology for encryption items" in entry.body


def test_heading_lists_and_country_groups_are_read(tmp_path: Path) -> None:
    headings = tmp_path / "supp1.json"
    headings.write_text(json.dumps([{"code": "ECCN-9E003", "text": "Other technology for gas turbine engines, paraphrased."}]))
    (entry,) = parse_source(headings)
    assert entry.citation == "ECCN 9E003" and entry.body.startswith("ECCN 9E003: Other technology")
    groups = tmp_path / "groups.json"
    groups.write_text(
        json.dumps({"ecfrIssueDate": "2026-07-23", "labels": {"D:5": "U.S. arms-embargoed countries"}, "groups": {"D:5": ["Alpha", "Beta"]}})
    )
    (group,) = parse_source(groups)
    assert group.citation == "15 CFR 740 Supp. 1" and "Country Group D:5" in group.body and "Alpha; Beta" in group.body


def test_json_that_is_not_a_control_list_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}')
    with pytest.raises(UnsupportedDocument, match=r"settings\.json: JSON that is not a recognised control list"):
        parse_source(path)
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(UnsupportedDocument, match=r"broken\.json: not valid JSON"):
        parse_source(broken)
