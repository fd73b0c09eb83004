"""PDFs: text per page with page numbers; encrypted, image-only, truncated and oversized files are
refused with a message that names the file."""

from __future__ import annotations

import pytest

from assistant.errors import TooLarge, UnsupportedDocument
from ingest.documents import Limits, read_document
from tests.documents.conftest import encrypted_pdf, image_only_pdf, pdf


def test_pages_are_kept_in_the_locations() -> None:
    data = pdf([["Page one text about gate etching."], ["Page two: the amplifier operates at 95 GHz."]])
    document = read_document("spec.pdf", data, Limits())
    assert document.kind == "pdf" and document.pages == 2
    hit = next(s for s in document.segments if "95 GHz" in s.text)
    assert hit.location.page == 2 and hit.location.label.startswith("spec.pdf › page 2")


def test_an_encrypted_pdf_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedDocument, match=r"^locked\.pdf: the PDF is encrypted"):
        read_document("locked.pdf", encrypted_pdf(), Limits())


def test_a_pdf_encrypted_with_an_empty_password_is_read() -> None:
    document = read_document("open.pdf", encrypted_pdf(password=""), Limits())
    assert "process recipe" in document.segments[0].text


def test_an_image_only_pdf_is_refused_with_the_ocr_hint() -> None:
    with pytest.raises(UnsupportedDocument, match=r"scan\.pdf: no text layer.*OCR"):
        read_document("scan.pdf", image_only_pdf(), Limits())


def test_a_truncated_pdf_is_refused() -> None:
    data = pdf([["Some text that is long enough to be read."]] * 3)
    with pytest.raises(UnsupportedDocument, match=r"cut\.pdf: the PDF is truncated"):
        read_document("cut.pdf", data[: len(data) // 2], Limits())


def test_garbage_after_a_pdf_header_is_refused() -> None:
    with pytest.raises(UnsupportedDocument, match=r"junk\.pdf"):
        read_document("junk.pdf", b"%PDF-1.7\n" + b"\x13\x37" * 500 + b"\n%%EOF\n", Limits())


def test_too_many_pages_are_refused_before_reading() -> None:
    data = pdf([[f"page {n} text"] for n in range(6)])
    with pytest.raises(TooLarge, match=r"big\.pdf: 6 pages; the limit is 5 pages"):
        read_document("big.pdf", data, Limits(max_pages=5))


def test_a_file_named_pdf_that_is_not_one_is_refused() -> None:
    with pytest.raises(UnsupportedDocument, match="not a PDF"):
        read_document("fake.pdf", b"just some text", Limits())
