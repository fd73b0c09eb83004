"""Plain text and code: decoded with care, split into paragraphs that keep their line numbers."""

from __future__ import annotations

import pytest

from assistant.errors import UnsupportedDocument
from ingest.documents import Limits, read_document
from ingest.documents.text import decode, paragraphs


def test_paragraphs_keep_their_first_line_number() -> None:
    assert paragraphs("one\ntwo\n\n\nthree") == [(1, "one\ntwo"), (5, "three")]


def test_long_paragraphs_are_split_so_locations_stay_precise() -> None:
    parts = paragraphs("\n".join(f"line {n}" for n in range(30)))
    assert [line for line, _ in parts] == [1, 13, 25]


def test_utf8_with_a_byte_order_mark_is_plain_utf8() -> None:
    assert decode("a.txt", "\ufeffGate ± 5 nm".encode()) == ("Gate ± 5 nm", [])


def test_utf16_with_its_mark_is_read_with_a_note() -> None:
    text, notes = decode("a.txt", "Gate ± 5 nm".encode("utf-16"))
    assert text == "Gate ± 5 nm" and "UTF-16" in notes[0]


def test_windows_1252_is_read_with_a_note_that_says_so() -> None:
    document = read_document("recipe.txt", "Spray distance 110 mm ± 5 mm at 150 °C".encode("cp1252"), Limits())
    assert document.segments[0].text == "Spray distance 110 mm ± 5 mm at 150 °C"
    assert any("Windows-1252" in note for note in document.notes)


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", bytes(range(256)) * 4])
def test_binary_data_is_refused_not_screened(data: bytes) -> None:
    with pytest.raises(UnsupportedDocument, match="binary"):
        read_document("blob.txt", data, Limits())


def test_empty_and_blank_files_are_refused() -> None:
    with pytest.raises(UnsupportedDocument, match="empty"):
        read_document("empty.txt", b"", Limits())
    with pytest.raises(UnsupportedDocument, match="no text"):
        read_document("blank.txt", b"  \n\n ", Limits())


def test_source_code_is_text_with_line_locations() -> None:
    code = b"#include <stdint.h>\n\nint main(void)\n{\n  return 0;\n}\n"
    document = read_document("main.c", code, Limits())
    assert document.kind == "text"
    assert [s.location.label for s in document.segments] == ["main.c › line 1", "main.c › line 3"]
