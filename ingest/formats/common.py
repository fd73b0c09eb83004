"""What every official-format parser shares: reading dates out of the text, hashing the file, and
building `Provision`s that are valid by construction.

Parsers never invent a version date: `as_of` comes from the document itself (a Federal Register
citation line, an amendment date, a dated running header). Only when a document carries no date at
all does the file's modification time stand in, because `Provision.as_of` is required.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import ValidationError

from assistant.citations import parse
from assistant.errors import UnsupportedDocument
from assistant.types import Kind, Provision

MIN_BODY = 40  # Provision.body's minimum length

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "May 10, 2024", "Jan. 17, 2025", "Sept. 2, 2025"
_US_DATE = re.compile(rf"\b{_MONTH}\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>(?:19|20)\d\d)\b")
# "20 May 2021", "15th December 2008"
_UK_DATE = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
# "15-01-2026", "15.11.2025", "04/04/2017" (day first, as in the non-US sources that use them)
_DMY_DATE = re.compile(r"\b(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>(?:19|20)\d\d)\b")
# A Federal Register citation: "89 FR 40371, May 10, 2024"
FR_CITATION = re.compile(r"\b\d{1,3} FR \d{1,6},\s*" + _US_DATE.pattern)


def _make(year: str, month: int | str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def dates_in(text: str) -> list[date]:
    """Every date written in `text`, in any of the forms official sources use."""
    found: list[date | None] = []
    found += [_make(m["year"], _month(m["mon"]), m["day"]) for m in _US_DATE.finditer(text)]
    found += [_make(m["year"], _month(m["mon"]), m["day"]) for m in _UK_DATE.finditer(text)]
    found += [_make(m["year"], m["month"], m["day"]) for m in _ISO_DATE.finditer(text)]
    found += [_make(m["year"], m["month"], m["day"]) for m in _DMY_DATE.finditer(text)]
    today = date.today()
    return [d for d in found if d is not None and d <= today]


def latest_date(text: str) -> date | None:
    dates = dates_in(text)
    return max(dates) if dates else None


def fr_date(text: str) -> date | None:
    """The newest Federal Register date cited in `text` ("[..., as amended at 89 FR 40371, May 10, 2024]")."""
    dates = [_make(m["year"], _month(m["mon"]), m["day"]) for m in FR_CITATION.finditer(text)]
    dates += [
        _make(m["year"], _month(m["mon"]), m["day"])
        for m in re.finditer(r"published at \d{1,3} FR \d{1,6},\s*" + _US_DATE.pattern, text)
    ]
    valid = [d for d in dates if d is not None]
    return max(valid) if valid else None


def file_date(path: Path) -> date:
    """Last resort for a document that prints no date: the file's modification day."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def read_text(path: Path) -> str:
    """A text source as str (offsets are counted in characters of this string)."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UnsupportedDocument(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}).") from e


def guess_kind(title: str, body: str, default: Kind = "rule") -> Kind:
    """A coarse kind from the heading: enough to filter and to weigh, never used to decide control."""
    lowered = title.lower()
    if re.search(r"\bnot (?:an? )?(?:exports?|subject)|\bexclu|\bpublished\b|public domain", lowered):
        return "exclusion"
    if re.search(r"\bexception|\bexemption", lowered):
        return "exception"
    if re.search(r"\bdefinition|\binterpretation\b|\bmeaning\b", lowered) or re.match(
        r"^\s*(?:\(\w+\)\s*)?(?:[*_“\"'‘])?[A-Z][\w\s,()-]{0,60}(?:[*_”\"'’])?\s+means\b", body
    ):
        return "definition"
    return default


def tidy_title(text: str, fallback: str) -> str:
    """A heading fit for `Provision.title`: markup and trailing dots dropped, never empty."""
    text = re.sub(r"[*_#]+", "", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip(".").strip()
    if len(text) > 160:
        text = text[:157].rsplit(" ", 1)[0] + " …"
    return text if len(text) >= 3 else fallback


def table_text(header: str, rows: list[str], max_chars: int = 400) -> str:
    """A table as text that chunking cannot tear apart: rows grouped into blocks of at most
    `max_chars`, each block starting with the header row, blocks separated by blank lines (the
    chunker splits only there)."""
    blocks: list[list[str]] = []
    size = 0
    for row in rows:
        if not blocks or (size + len(row) > max_chars and len(blocks[-1]) > 1):
            blocks.append([header])
            size = len(header)
        blocks[-1].append(row)
        size += len(row) + 1
    return "\n\n".join("\n".join(block) for block in blocks) if blocks else header


class Builder:
    """Makes the provisions of one source file: shared fields set once, short fragments dropped."""

    def __init__(self, path: Path, data: bytes, source_url: str) -> None:
        self.path = path
        self.source = str(path)
        self.source_hash = file_hash(data)
        self.source_url = source_url
        self.provisions: list[Provision] = []
        self.dropped = 0

    def add(
        self,
        citation: str,
        title: str,
        body: str,
        as_of: date,
        *,
        kind: Kind | None = None,
        page: int | None = None,
        offset: int = 0,
        heading_path: Iterable[str] = (),
        source_url: str | None = None,
    ) -> Provision | None:
        """Add one provision; a body too short to stand alone (a bare "[Reserved]") is dropped."""
        body = body.strip()
        if len(body) < MIN_BODY:
            self.dropped += 1
            return None
        title = tidy_title(title, citation)
        try:
            provision = Provision(
                citation=citation,
                title=title,
                jurisdiction=parse(citation).jurisdiction,  # type: ignore[arg-type]
                kind=kind or guess_kind(title, body),
                source_url=source_url or self.source_url,
                as_of=as_of,
                body=body,
                source=self.source,
                source_kind="official",
                page=page,
                heading_path=tuple(h for h in heading_path if h),
                offset=max(0, offset),
                source_hash=self.source_hash,
            )
        except ValidationError as e:
            problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
            raise UnsupportedDocument(f"{self.path}: cannot build provision {citation!r}: {problems}") from e
        self.provisions.append(provision)
        return provision

    def result(self, what: str) -> list[Provision]:
        """The provisions, or `UnsupportedDocument` naming the file when nothing citable was found."""
        if not self.provisions:
            raise UnsupportedDocument(f"{self.path}: no {what} found in this file.")
        return self.provisions
