"""Read an uploaded document into `Segment`s for the pre-check (`assistant.screening`).

    document = read_document("spec.pdf", data, Limits.from_settings(settings))

The type is decided by content first (a PDF starts with `%PDF`, a DOCX is a zip holding
`word/document.xml`, an e-mail starts with headers), then by the file name; anything else is a
clear `UnsupportedDocument`. Nothing is written to disk and nothing goes over the network: the
bytes are read in memory and dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import BadInput, UnsupportedDocument
from assistant.screening.types import Document, Segment
from ingest.documents.docx import read_docx
from ingest.documents.eml import read_eml
from ingest.documents.limits import Budget, Limits, check_size
from ingest.documents.pdf import read_pdf
from ingest.documents.text import looks_like_text, read_text

__all__ = ["Limits", "detect", "read_document", "read_path"]

TEXT_SUFFIXES = frozenset((
    ".txt", ".md", ".markdown", ".rst", ".csv", ".log", ".text", ".py", ".c", ".h", ".cc", ".cpp", ".hpp", ".java",
    ".js", ".ts", ".go", ".rs", ".m", ".v", ".sv", ".vhd", ".vhdl", ".f90", ".json", ".yaml", ".yml", ".xml", ".ini",
    ".cfg", ".tex", ".sh",
))  # fmt: skip
_MAIL_HEAD = re.compile(
    rb"^(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|X-[\w-]+|Reply-To|Cc):)",
    re.IGNORECASE,
)


def detect(name: str, data: bytes) -> str:
    """pdf, docx, eml or text; `UnsupportedDocument` for anything else."""
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm") or b"word/" in data[:4096]:
            return "docx"
        raise UnsupportedDocument(f"{name}: a zip archive, not a Word document. Unpack it and check the files inside.")
    if suffix in (".eml", ".msg") or _MAIL_HEAD.match(data.lstrip()[:200]):
        if suffix == ".msg" and data.startswith(b"\xd0\xcf\x11\xe0"):
            raise UnsupportedDocument(f"{name}: an Outlook .msg file; save the message as .eml and check that.")
        return "eml"
    if suffix == ".pdf":
        raise UnsupportedDocument(f"{name}: named .pdf but not a PDF (no %PDF header); the file may be damaged.")
    if suffix == ".docx":
        raise UnsupportedDocument(f"{name}: named .docx but not a Word document (not a zip container).")
    if suffix in (".doc", ".xls", ".ppt") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedDocument(f"{name}: an old binary Office file; save it as DOCX or PDF and check that.")
    if suffix in TEXT_SUFFIXES or looks_like_text(data):
        return "text"
    raise UnsupportedDocument(
        f"{name}: unsupported file type (binary data). Supported: PDF, DOCX, e-mail (.eml), plain text and source code."
    )


def _read_part(
    name: str, data: bytes, file: str, parts: tuple[str, ...], budget: Budget, depth: int
) -> tuple[list[Segment], int, list[str], str]:
    """(segments, pages, notes, kind) of one file or attachment."""
    check_size(name, len(data), budget.limits)
    kind = detect(name, data)
    if kind == "pdf":
        segments, pages, notes = read_pdf(name, data, file, parts, budget)
        return segments, pages, notes, kind
    if kind == "docx":
        return read_docx(name, data, file, parts, budget), 0, [], kind
    if kind == "eml":

        def nested(sub_name: str, sub_data: bytes, sub_parts: tuple[str, ...], sub_depth: int):
            got, pages, notes, _ = _read_part(sub_name, sub_data, file, sub_parts, budget, sub_depth)
            return got, pages, notes

        segments, pages, notes = read_eml(name, data, file, parts, budget, depth, nested)
        return segments, pages, notes, kind
    segments, notes = read_text(name, data, file, parts)
    budget.text(name, sum(len(s.text) for s in segments))
    return segments, 0, notes, kind


def read_document(name: str, data: bytes, limits: Limits) -> Document:
    """One uploaded file (with everything attached to it) as a `Document`."""
    if not isinstance(data, bytes | bytearray):
        raise BadInput(f"{name}: expected the file's bytes.")
    display = Path(name).name or "upload"
    budget = Budget(limits)
    segments, pages, notes, kind = _read_part(display, bytes(data), display, (), budget, 0)
    if not any(s.text.strip() for s in segments):
        raise UnsupportedDocument(f"{display}: no text to screen.")
    return Document(name=display, kind=kind, segments=segments, pages=pages, size=len(data), notes=notes)


def read_path(path: Path, limits: Limits) -> Document:
    """A file on disk; its size is checked before it is read."""
    if not path.exists():
        raise BadInput(f"{path}: no such file.")
    if not path.is_file():
        raise BadInput(f"{path}: not a file (a folder or device); name the files to check.")
    check_size(path.name, path.stat().st_size, limits)
    return read_document(path.name, path.read_bytes(), limits)
