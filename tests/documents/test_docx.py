"""Word documents: paragraphs and table cells with their index, headers and footers; zip bombs are
refused before python-docx opens them."""

from __future__ import annotations

import pytest

from assistant.errors import TooLarge, UnsupportedDocument
from ingest.documents import Limits, read_document
from tests.documents.conftest import docx, zip_bomb_docx


def test_paragraphs_and_table_cells_keep_their_index() -> None:
    data = docx(
        ["# Work instruction", "", "Pour at 1,560 °C."],
        tables=[[["Parameter", "Value"], ["Withdrawal rate", "3.5 mm/min"]]],
        header="EXPORT CONTROLLED - ECCN 9E003",
        footer="Page footer",
    )
    document = read_document("wi.docx", data, Limits())
    labels = {s.text: s.location.label for s in document.segments}
    assert labels["Pour at 1,560 °C."] == "wi.docx › paragraph 3"
    assert labels["3.5 mm/min"] == "wi.docx › table 1, row 2, cell 2"
    assert labels["EXPORT CONTROLLED - ECCN 9E003"] == "wi.docx › header › paragraph 1"
    assert labels["Page footer"] == "wi.docx › footer › paragraph 1"
    assert document.kind == "docx"


def test_a_zip_bomb_is_refused_by_its_compression_ratio() -> None:
    with pytest.raises(UnsupportedDocument, match=r"bomb\.docx: the DOCX compresses .*zip bomb"):
        read_document("bomb.docx", zip_bomb_docx(), Limits())


def test_a_docx_that_would_expand_too_far_is_refused() -> None:
    with pytest.raises(TooLarge, match=r"big\.docx: the DOCX would expand to"):
        read_document("big.docx", zip_bomb_docx(), Limits(max_uncompressed_bytes=5_000_000, max_compression_ratio=1e9))


def test_a_zip_that_is_not_a_word_document_is_refused() -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    with pytest.raises(UnsupportedDocument, match="not a Word document"):
        read_document("odd.docx", out.getvalue(), Limits())


def test_a_damaged_docx_is_refused() -> None:
    data = docx(["Hello"])
    with pytest.raises(UnsupportedDocument, match=r"broken\.docx"):
        read_document("broken.docx", data[:200], Limits())


def test_a_merged_cell_is_read_once() -> None:
    import io

    import docx as python_docx

    document = python_docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged heading"
    table.cell(1, 0).text, table.cell(1, 1).text = "a", "b"
    out = io.BytesIO()
    document.save(out)
    segments = read_document("m.docx", out.getvalue(), Limits()).segments
    assert [s.text for s in segments] == ["Merged heading", "a", "b"]
