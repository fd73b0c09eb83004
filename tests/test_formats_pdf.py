"""PDF control lists: running headers gone, pages exact, tables kept under their header, words re-joined."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistant.chunking import chunk_all
from assistant.errors import UnsupportedDocument
from ingest.formats import parse_source
from tests.official_builders import (
    HEADER_DATE,
    RUNNING_HEADER,
    encrypted_pdf,
    image_only_pdf,
    wassenaar_like_pdf,
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wassenaar_like_pdf(tmp_path_factory.mktemp("pdf") / "control-list.pdf")


@pytest.fixture(scope="module")
def provisions(pdf: Path) -> list:
    return parse_source(pdf)


def words(text: str) -> int:
    return len(text.split())


def test_headings_become_wassenaar_citations_on_the_page_that_prints_them(provisions: list) -> None:
    where = [(p.citation, p.page) for p in provisions]
    assert where[:4] == [("WA GTN", 1), ("WA GSN", 1), ("WA 9.E.1", 2), ("WA 9.E.3", 2)]
    assert ("WA 9.E.3.b", 4) in where
    assert all(p.source_kind == "official" and p.jurisdiction == "WA" for p in provisions)


def test_an_entry_running_over_a_page_break_continues_on_the_next_page(provisions: list) -> None:
    parts = [p for p in provisions if p.citation == "WA 9.E.3"]
    assert [p.page for p in parts] == [2, 3]
    assert parts[1].title == "Other technology as follows (continued)"
    assert "55. Paraphrased subparagraph 55" in parts[1].body


def test_running_headers_footers_and_page_numbers_are_removed(provisions: list) -> None:
    for provision in provisions:
        assert RUNNING_HEADER not in provision.body and HEADER_DATE not in provision.body
        assert "illustrative fixture" not in provision.body
        assert not re.search(r"(?m)^\s*-\s*\d+\s*-\s*$", provision.body)


def test_the_version_date_is_the_one_printed_in_the_running_header(provisions: list) -> None:
    assert {p.as_of for p in provisions} == {date(2026, 1, 15)}


def test_words_broken_at_a_line_end_are_rejoined_but_compounds_keep_their_hyphen(provisions: list) -> None:
    body = next(p.body for p in provisions if p.citation == "WA 9.E.3")
    assert "gas turbine components" in body and "com-" not in body
    assert "single-crystal" in body


def test_every_chunk_holding_table_rows_starts_them_with_the_header_row(provisions: list) -> None:
    header = "Coating process | Substrate | Resultant coating"
    chunks = chunk_all(provisions, 120, words)
    with_rows = [c for c in chunks if re.search(r"P\d+\. Process", c.text)]
    assert len(with_rows) >= 4 and {c.page for c in with_rows} == {4, 5}
    seen = set()
    for chunk in with_rows:
        assert header in chunk.text
        for row in re.findall(r"(?m)^P(\d+)\. Process \d+ \| Substrate \d+ \| Coating \d+$", chunk.text):
            seen.add(int(row))
    assert seen == set(range(1, 41))  # every row kept whole, none lost at the page break


def test_offsets_point_at_the_heading_in_the_page_text(pdf: Path, provisions: list) -> None:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    entry = next(p for p in provisions if p.citation == "WA 9.E.1")
    page_text = reader.pages[entry.page - 1].extract_text(extraction_mode="layout")
    assert re.sub(r"\s+", " ", page_text[entry.offset : entry.offset + 40]).startswith("9. E. 1.")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (encrypted_pdf, "encrypted"),
        (image_only_pdf, "no text layer"),
        (lambda path: path.write_bytes(b"%PDF-1.4\n1 0 obj garbage\n%%EOF") and path, "not a readable PDF"),
    ],
    ids=["encrypted", "image-only", "broken"],
)
def test_unreadable_pdfs_are_refused_naming_the_file(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "bad-list.pdf"
    make(path)
    with pytest.raises(UnsupportedDocument, match=rf"bad-list\.pdf: .*{message}"):
        parse_source(path)
