"""The reader picks the format by content first, then by name, and refuses what it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import BadInput, TooLarge, UnsupportedDocument
from ingest.documents import Limits, detect, read_document, read_path
from tests.documents.conftest import docx, eml, pdf


def test_content_decides_the_format_before_the_name() -> None:
    assert detect("report.bin", pdf([["text"]])) == "pdf"
    assert detect("letter", docx(["Hello"])) == "docx"
    assert detect("message", eml("a@x.com", ["b@y.com"], "s", "body")) == "eml"
    assert detect("notes", b"plain words") == "text"
    assert detect("notes.md", b"# Heading") == "text"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.zip", b"PK\x03\x04" + b"\x00" * 40, "zip archive"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "old binary Office"),
        ("mail.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "Outlook .msg"),
        ("pic.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unsupported_formats_get_a_clear_message(name: str, data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedDocument, match=message):
        read_document(name, data, Limits())


def test_the_document_remembers_its_name_size_and_kind() -> None:
    data = b"Gate recess recipe at 5 mTorr."
    document = read_document("/some/where/recipe.txt", data, Limits())
    assert (document.name, document.kind, document.size) == ("recipe.txt", "text", len(data))


def test_read_path_checks_size_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(TooLarge, match=r"big\.txt: 5,000 bytes"):
        read_path(big, Limits(max_file_bytes=4096))
    with pytest.raises(BadInput, match="no such file"):
        read_path(tmp_path / "missing.pdf", Limits())
    with pytest.raises(BadInput, match="not a file"):
        read_path(tmp_path, Limits())

