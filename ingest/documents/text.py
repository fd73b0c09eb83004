"""Plain text, Markdown and source code: decoded carefully, split into paragraphs with line numbers.

Decoding: UTF-8 (a byte-order mark is dropped); a UTF-16 file with its byte-order mark; otherwise,
if the bytes are text at all, Windows-1252 with a note saying so (the usual encoding of older
office exports). Bytes with NULs or many control characters are binary: a clear error, never
garbage screened as text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from assistant.errors import UnsupportedDocument
from assistant.screening.types import Location, Segment

MAX_LINES = 12  # a paragraph longer than this (or than MAX_CHARS) is split so a location stays precise
MAX_CHARS = 1200


def decode(name: str, data: bytes) -> tuple[str, list[str]]:
    """The text and any notes about how it was decoded."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), [f"{name}: decoded as UTF-16."]
        except UnicodeDecodeError as e:
            raise UnsupportedDocument(f"{name}: marked as UTF-16 but not valid UTF-16 ({e.reason}).") from e
    if b"\x00" in data[:65536]:
        raise UnsupportedDocument(f"{name}: binary data, not text. Supported: PDF, DOCX, e-mail (.eml), plain text.")
    try:
        text, notes = data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notes = [f"{name}: not valid UTF-8; decoded as Windows-1252 (cp1252). Check accented characters."]
    controls = sum(1 for ch in text[:65536] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise UnsupportedDocument(f"{name}: binary data, not text. Supported: PDF, DOCX, e-mail (.eml), plain text.")
    return text.replace("\r\n", "\n").replace("\r", "\n"), notes


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(first line number, paragraph text) for blank-line separated paragraphs, long ones split."""
    out: list[tuple[int, str]] = []
    lines = text.split("\n")
    start, buf, size = 1, [], 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if buf:
                out.append((start, "\n".join(buf)))
            buf, start, size = [], number + 1, 0
            continue
        if not buf:
            start = number
        buf.append(line)
        size += len(line) + 1
        if len(buf) >= MAX_LINES or size >= MAX_CHARS:
            out.append((start, "\n".join(buf)))
            buf, start, size = [], number + 1, 0
    if buf:
        out.append((start, "\n".join(buf)))
    return out


def text_segments(text: str, file: str, parts: Sequence[str] = (), page: int | None = None) -> list[Segment]:
    """Segments of already decoded text; `line` is the paragraph's first line (on the page, for PDFs)."""
    return [
        Segment(text=body, location=Location(file=file, parts=tuple(parts), page=page, line=line))
        for line, body in paragraphs(text)
        if body.strip()
    ]


def read_text(name: str, data: bytes, file: str, parts: Sequence[str] = ()) -> tuple[list[Segment], list[str]]:
    text, notes = decode(name, data)
    if not text.strip():
        raise UnsupportedDocument(f"{name}: the file holds no text.")
    return text_segments(text, file, parts), notes


def looks_like_text(data: bytes) -> bool:
    """A cheap sniff used to route files without a known extension."""
    head = data[:4096]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            return bool(re.fullmatch(rb"[\x09\x0a\x0d\x20-\x7e\x80-\xff]*", head))
    return True
