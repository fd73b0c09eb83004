"""eCFR full XML becomes provisions cited by section, paragraph, supplement and ECCN, dated by the
document, pointing at where each element starts in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.chunking import chunk_all
from assistant.citations import is_canonical
from assistant.errors import UnsupportedDocument
from ingest.formats import parse_source
from ingest.formats.ecfr_xml import parse_ecfr_xml
from tests.official_builders import ECFR_PART_120_XML, ECFR_TITLE_15_XML


@pytest.fixture
def title15(tmp_path: Path) -> Path:
    path = tmp_path / "title-15.xml"
    path.write_text(ECFR_TITLE_15_XML, encoding="utf-8")
    return path


def _by_citation(path: Path) -> dict:
    return {p.citation: p for p in parse_ecfr_xml(path)}


def test_sections_are_cited_in_canonical_form_and_marked_official(title15: Path) -> None:
    provisions = parse_ecfr_xml(title15)
    assert all(is_canonical(p.citation) and p.source_kind == "official" for p in provisions)
    assert all(p.source == str(title15) and len(p.source_hash) == 16 for p in provisions)
    cited = {p.citation for p in provisions}
    assert {"15 CFR 734.7", "15 CFR 734.20"} <= cited


def test_a_long_section_is_cited_paragraph_by_paragraph_with_its_subparagraphs_inside(title15: Path) -> None:
    by = _by_citation(title15)
    assert {"15 CFR 734.18(a)", "15 CFR 734.18(b)", "15 CFR 734.18(c)"} <= set(by)
    a = by["15 CFR 734.18(a)"].body
    assert "(5) Sending, taking or storing" in a and "(ii) Protected by end-to-end encryption" in a
    assert "Note 1 to paragraph (a)(5)(iv):" in a  # notes stay with their paragraph
    assert "(b)" not in a.split("\n")[-1]


def test_as_of_is_the_newest_federal_register_date_of_the_section_else_the_amendment_date(title15: Path) -> None:
    by = _by_citation(title15)
    assert by["15 CFR 734.18(a)"].as_of == date(2024, 5, 10)
    assert by["15 CFR 734.7"].as_of == date(2020, 1, 23)
    assert by["15 CFR 734.20"].as_of == date(2025, 1, 17)  # no CITA: the document's AMDDATE


def test_offsets_point_at_the_section_element_in_the_file(title15: Path) -> None:
    text = title15.read_text(encoding="utf-8")
    for provision in parse_ecfr_xml(title15):
        if provision.citation.startswith("15 CFR 734.18"):
            assert text[provision.offset :].startswith('<DIV8 N="734.18"')
    section_start = text.index('<DIV8 N="734.18"')
    chunks = chunk_all(parse_ecfr_xml(title15), 120, lambda t: len(t.split()))
    ours = [c for c in chunks if c.citation.startswith("15 CFR 734.18")]
    assert ours and all(c.start >= section_start and c.end > c.start for c in ours)
    assert all(c.heading_path.startswith("15 CFR › PART 734") for c in ours)


def test_the_commerce_control_list_is_split_per_eccn_with_the_licence_table_whole(title15: Path) -> None:
    by = _by_citation(title15)
    entry = by["ECCN 3E001"]
    assert entry.kind == "control-entry" and entry.jurisdiction == "US-EAR"
    table = entry.body[entry.body.index("Control(s) | Country chart") :]
    rows = table.split("\n\n")[0].split("\n")
    assert rows[0].startswith("Control(s) | Country chart")
    assert [r.split(" | ")[1] for r in rows[1:]] == ["NS Column 1", "MT Column 1", "AT Column 1"]
    assert "3E002" not in entry.body and "vector units" in by["ECCN 3E002"].body
    assert "end-use rules" in by["15 CFR 774 Supp. 1"].body  # category notes cite the supplement


def test_title_22_parts_are_cited_under_22_cfr(tmp_path: Path) -> None:
    path = tmp_path / "part-120.xml"
    path.write_text(ECFR_PART_120_XML, encoding="utf-8")
    (provision,) = parse_source(path)
    assert provision.citation == "22 CFR 120.54" and provision.jurisdiction == "US-ITAR"
    assert provision.as_of == date(2024, 8, 15)
    assert "Subpart C—Definitions" in provision.heading_path


def test_parts_outside_the_export_control_ranges_are_not_indexed(tmp_path: Path) -> None:
    path = tmp_path / "part-171.xml"
    path.write_text(ECFR_PART_120_XML.replace('N="120"', 'N="171"').replace("120.54", "171.54"), encoding="utf-8")
    with pytest.raises(UnsupportedDocument, match=r"part-171\.xml"):
        parse_source(path)


def test_malformed_or_foreign_xml_is_refused_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<DIV5 N='734'><DIV8>", encoding="utf-8")
    with pytest.raises(UnsupportedDocument, match=r"broken\.xml: not well-formed"):
        parse_source(broken)
    other = tmp_path / "feed.xml"
    other.write_text("<rss><channel><title>news</title></channel></rss>", encoding="utf-8")
    with pytest.raises(UnsupportedDocument, match=r"feed\.xml: XML that is not eCFR"):
        parse_source(other)
