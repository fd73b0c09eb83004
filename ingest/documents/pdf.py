"""PDF documents (pypdf): text per page, page numbers kept, hostile or unreadable files refused.

Refused with `UnsupportedDocument` naming the file: an encrypted PDF that needs a password, a PDF
whose end-of-file marker is missing (truncated in transfer), one pypdf cannot parse, and one with
no text layer (scanned or image-only: there is nothing to screen until it is OCR'd). A PDF with
more pages than the limit is refused before any page is read.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from assistant.errors import ITTError, UnsupportedDocument
from assistant.screening.types import Segment
from ingest.documents.limits import Budget
from ingest.documents.text import text_segments

MIN_CHARS_PER_PAGE = 20


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs every recoverable defect; the reader reports what matters itself."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open(name: str, data: bytes) -> Any:
    from pypdf import PdfReader

    if b"%%EOF" not in data[-4096:]:
        raise UnsupportedDocument(f"{name}: the PDF is truncated or damaged (no end-of-file marker); send the complete file.")
    return unlocked(PdfReader(io.BytesIO(data)), name, "send")


def unlocked(reader: Any, name: object, verb: str) -> Any:
    """`reader` opened with the empty password PDFs often carry; `UnsupportedDocument` when it needs a real
    one (or a crypto library pypdf lacks). Shared by the pre-check and the official-source ingest."""
    from pypdf.errors import DependencyError

    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as e:
            raise UnsupportedDocument(f"{name}: the PDF is encrypted ({e}); {verb} an unencrypted copy.") from e
        if not opened:
            raise UnsupportedDocument(f"{name}: the PDF is encrypted with a password; {verb} an unencrypted copy.")
    return reader


def read_pdf(
    name: str, data: bytes, file: str, parts: Sequence[str], budget: Budget
) -> tuple[list[Segment], int, list[str]]:
    """(segments, page count, notes). Segment locations carry the 1-based page and line."""
    from pypdf.errors import PdfReadError, PdfStreamError

    notes: list[str] = []
    try:
        with _quiet():
            reader = _open(name, data)
            pages = len(reader.pages)
            if pages == 0:
                raise UnsupportedDocument(f"{name}: the PDF has no pages.")
            budget.page_count(name, pages)
            texts = [page.extract_text() or "" for page in reader.pages]
    except ITTError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, AssertionError, ZeroDivisionError) as e:  # fmt: skip
        raise UnsupportedDocument(f"{name}: not a readable PDF ({type(e).__name__}: {e}).") from e
    if sum(len(t.strip()) for t in texts) < MIN_CHARS_PER_PAGE * pages:
        raise UnsupportedDocument(
            f"{name}: no text layer (a scanned or image-only PDF); run OCR on it first, then check the result."
        )
    empty = [str(n) for n, t in enumerate(texts, start=1) if not t.strip()]
    if empty:
        notes.append(f"{name}: pages without text (images only, not screened): {', '.join(empty[:20])}.")
    segments: list[Segment] = []
    for number, text in enumerate(texts, start=1):
        budget.text(name, len(text))
        segments += text_segments(text, file, parts, page=number)
    return segments, pages, notes
