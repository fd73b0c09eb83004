"""Clean text out of a PDF: running headers and footers removed, tables kept whole, words re-joined.

pypdf's layout mode keeps each line's horizontal positions, which is what makes the rest possible:

- a header or footer is a line near the top or bottom of a page that recurs, digits aside, on at
  least three pages ("WA-LIST (25) 1 Corr.", "- 164 - 15-01-2026"); page-number lines always are;
- a table starts at a line with two or more wide gaps (three columns or more) whose columns the next
  lines line up with; that first line is the header, each row is a line starting at the left edge plus the deeper-indented lines under it, and
  cells are assigned to the header's columns by position;
- a word broken at a line end ("direc-" / "tional") is re-joined without the hyphen only when the
  joined word occurs elsewhere in the document; otherwise the hyphen is part of a compound and stays.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.errors import UnsupportedDocument
from ingest.documents.pdf import unlocked
from ingest.formats.common import dates_in

HEADER_ZONE = (6, 4)  # non-blank lines at the top and bottom of a page where running headers live
MIN_REPEATS = 3
_GAP = re.compile(r" {8,}")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*\d{1,4}\s*[-–—]?|(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?)$", re.I)
_RULE = re.compile(r"^[_=\-–—.\s]{5,}$")


@dataclass
class Line:
    text: str
    offset: int  # in the page's extracted text
    table: bool = False


@dataclass
class Page:
    number: int  # 1-based page of the PDF
    lines: list[Line] = field(default_factory=list)


@dataclass
class PdfText:
    pages: list[Page]
    removed: list[str]  # the header and footer lines taken out (for the version date)
    metadata_date: date | None
    opening: str = ""  # the first pages as extracted, running headers included (they often name the list)


def read_pdf(path: Path) -> tuple[list[str], date | None]:
    """Each page's text in layout mode; `UnsupportedDocument` for encrypted, broken or image-only files."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = unlocked(PdfReader(path), path, "supply")
        texts = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        meta = reader.metadata
        stamp = (meta.modification_date or meta.creation_date) if meta else None
    except UnsupportedDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise UnsupportedDocument(f"{path}: not a readable PDF ({type(e).__name__}: {e}).") from e
    if not texts:
        raise UnsupportedDocument(f"{path}: the PDF has no pages.")
    if sum(len(t.strip()) for t in texts) < 20 * len(texts):
        raise UnsupportedDocument(
            f"{path}: no text layer (a scanned or image-only PDF); run OCR on it first, then ingest the result."
        )
    return texts, (stamp.date() if stamp else None)


def _lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append(Line(raw.rstrip(), offset))
        offset += len(raw) + 1
    return lines


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip())).casefold()


def _zone(lines: list[Line]) -> list[Line]:
    filled = [ln for ln in lines if ln.text.strip()]
    top, bottom = HEADER_ZONE
    return filled[:top] + filled[-bottom:]


def strip_running_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], list[str]]:
    """Drop headers, footers, page numbers and rules; return the kept lines and the dropped texts."""
    seen = Counter(k for lines in pages for k in {_key(ln.text) for ln in _zone(lines)})
    repeated = {k for k, n in seen.items() if n >= MIN_REPEATS and len(k) < 100}
    kept_pages: list[list[Line]] = []
    removed: list[str] = []
    for lines in pages:
        zone = {id(ln) for ln in _zone(lines)}
        kept: list[Line] = []
        for ln in lines:
            stripped = ln.text.strip()
            tabular = len(_GAP.findall(stripped)) >= 2  # a table header repeated on each page stays
            running = id(ln) in zone and not tabular and (_key(ln.text) in repeated or _PAGE_NUMBER.match(stripped))
            if running or (stripped and _RULE.match(stripped)):
                removed.append(stripped)
                continue
            kept.append(ln)
        kept_pages.append(kept)
    return kept_pages, removed


def _cells(text: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a layout line, cells being separated by wide gaps."""
    return [(m.start(), m.group(0).strip()) for m in re.finditer(r"\S(?:.*?\S)?(?= {8,}|$)", text)]


def _is_table_start(lines: list[Line], n: int) -> bool:
    """Three or more columns, and a following line with a cell under one of the later columns."""
    if len(_GAP.findall(lines[n].text.strip())) < 2:
        return False
    columns = [col for col, _ in _cells(lines[n].text)][1:]
    below = [col for ln in lines[n + 1 : n + 9] for col, _ in _cells(ln.text)[1:]]
    return any(abs(col - c) <= 8 for col in below for c in columns)


def _table_rows(block: list[Line]) -> tuple[str, list[str]]:
    """Header text and row texts of a table block, cells placed under the header's columns.

    A row starts at the left edge; blank-line separated groups under it are sub-rows, which repeat
    the row's first cell so that each stands alone ("A. CVD | Ceramics | Silicides").
    """
    header_cells = _cells(block[0].text)
    columns = [col for col, _ in header_cells]
    left = min(columns)
    rows: list[dict[int, list[str]]] = []
    lead: list[str] = []
    first_sub = fresh = True
    for ln in block[1:]:
        if not ln.text.strip():
            fresh = True
            continue
        cells = _cells(ln.text)
        if cells[0][0] <= left + 2:
            rows.append({})
            lead, first_sub = [], True
        elif fresh and rows:
            rows.append({})
            first_sub = False
        elif not rows:
            rows.append({})
        fresh = False
        for col, cell in cells:
            nearest = min(range(len(columns)), key=lambda i: abs(columns[i] - col))
            rows[-1].setdefault(nearest, []).append(cell)
            if nearest == 0 and first_sub:
                lead.append(cell)
        if not first_sub and lead:
            rows[-1].setdefault(0, list(lead))
    header = re.sub(r"\s+", " ", " | ".join(cell for _, cell in header_cells))
    texts = [" | ".join(_join_cell(row[i]) for i in sorted(row)) for row in rows]
    return header, [re.sub(r"\s+", " ", t) for t in texts if t.strip()]


def _join_cell(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out = out + part if out.endswith("-") else f"{out} {part}"
    return out


def mark_tables(lines: list[Line]) -> list[Line]:
    """Replace each table run by one line per row-group (header repeated), marked `table`."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        if not _is_table_start(lines, n):
            out.append(lines[n])
            n += 1
            continue
        indent = len(lines[n].text) - len(lines[n].text.lstrip())
        second = _cells(lines[n].text)[1][0]
        end = n + 1
        while end < len(lines):
            text = lines[end].text
            deeper = len(text) - len(text.lstrip()) > indent + 3
            first_column_only = len(text) < second - 1  # a row label alone on its line
            if text.strip() and not (_GAP.search(text.strip()) or deeper or first_column_only):
                break
            end += 1
        header, rows = _table_rows(lines[n:end])
        if rows:
            out.append(Line(header, lines[n].offset, table=True))
            out.extend(Line(row, lines[n].offset, table=True) for row in rows)
            out.append(Line("", lines[end - 1].offset))
        else:
            out.extend(lines[n:end])
        n = end
    return out


def _vocabulary(pages: list[list[Line]]) -> set[str]:
    return {w.casefold() for lines in pages for ln in lines for w in re.findall(r"[A-Za-z]{3,}", ln.text)}


def join_hyphens(lines: list[Line], vocabulary: set[str]) -> list[Line]:
    """Collapse runs of spaces and re-join words split across prose lines."""
    out: list[Line] = []
    for ln in lines:
        text = ln.text if ln.table else re.sub(r"\s+", " ", ln.text).strip()
        prev = out[-1] if out else None
        m = re.search(r"([A-Za-z]+)-$", prev.text) if prev and not prev.table and not ln.table else None
        if prev and m and text[:1].islower():
            first, _, rest = text.partition(" ")
            joined = m.group(1) + first
            prev.text = prev.text[:-1] + first if joined.casefold() in vocabulary else prev.text + first
            text = rest
            if not text:
                continue
        out.append(Line(text, ln.offset, ln.table))
    return out


def extract(path: Path) -> PdfText:
    texts, metadata_date = read_pdf(path)
    raw = [_lines(t) for t in texts]
    kept, removed = strip_running_lines(raw)
    tabled = [mark_tables(lines) for lines in kept]
    vocabulary = _vocabulary(tabled)
    pages = [Page(n + 1, join_hyphens(lines, vocabulary)) for n, lines in enumerate(tabled)]
    return PdfText(pages, removed, metadata_date, "\n".join(texts[:3]))


def version_date(text: PdfText) -> date | None:
    """The date printed in the running headers (the most frequent one), else the file's metadata date."""
    dates = Counter(d for line in text.removed for d in dates_in(line))
    if dates:
        return dates.most_common(1)[0][0]
    return text.metadata_date
