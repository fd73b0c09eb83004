"""Plain text and Markdown excerpts of acts: EU 2021/821, the UK Export Control Order, Malaysia's
Strategic Trade Act, Singapore Customs guidance, and eCFR-derived text.

The instrument is recognised first (`regimes.detect`), then its headings (`Article 2`, `###### 2`,
`**12.**`) cut the text into provisions. Numbers must run in order: a table of contents or a list
that restarts the numbering is a separate run, and only the run holding the most text is cited. A
long article is cited by its numbered points (`EU 2021/821 Art. 2(2)`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assistant.errors import UnsupportedDocument
from assistant.types import Provision
from ingest.formats.common import Builder, file_date, latest_date, read_text
from ingest.formats.ecfr_markdown import looks_like_ecfr, parse_ecfr_markdown
from ingest.formats.headings import Context, Heading, classify
from ingest.formats.regimes import Regime, detect, is_amending_act

SPLIT_CHARS = 1800
_CONTEXT_LINE = re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?(?:CHAPTER|PART|TITLE|DIVISION)\s+[IVXLC\d]+\b", re.I)
_TITLE_LINE = re.compile(r"^(?:#{1,6}\s+(?P<md>.+)|\*\*(?P<bold>[^*]{3,120})\*\*(?:\s*\*\*[^*]{1,60}\*\*)*)\s*$")
_SUPPLEMENT = re.compile(
    r"\b(?P<title>15|22) CFR part (?P<part>\d{3}),? Supplement No\.? (?P<n>\d{1,2})"
    r"|\bSupplement No\.? (?P<n2>\d{1,2}) to Part (?P<part2>\d{3})",
    re.I,
)


@dataclass
class _Cut:
    line: int
    offset: int
    heading: Heading
    title: str = ""
    path: tuple[str, ...] = ()
    lead: int = -1  # where the heading's title lines begin, when they stand above it

    @property
    def begins(self) -> int:
        return self.lead if self.lead >= 0 else self.offset


def _lines(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\n?", text) if m.group(0)]


def _preamble_end(lines: list[tuple[int, str]]) -> int:
    """Index of the first line after leading front-matter blocks and HTML comments."""
    n = 0
    while n < len(lines):
        stripped = lines[n][1].strip()
        if not stripped:
            n += 1
        elif stripped == "---":
            close = next((k for k in range(n + 1, len(lines)) if lines[k][1].strip() == "---"), None)
            if close is None:
                return n
            n = close + 1
        elif stripped.startswith("<!--"):
            close = next((k for k in range(n, len(lines)) if "-->" in lines[k][1]), len(lines) - 1)
            n = close + 1
        else:
            return n
    return n


def running_headers(lines: list[str]) -> set[str]:
    """Short lines that repeat with only their page number changing ("_Strategic Trade_ 7")."""
    keys = Counter(_header_key(ln) for ln in lines if _maybe_header(ln))
    return {k for k, n in keys.items() if n >= 3}


def _maybe_header(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 40 and (bool(re.search(r"\d|_", s)) or bool(re.fullmatch(r"-{3,}", s)))


def _header_key(line: str) -> str:
    return re.sub(r"[\d\s]+", "", line)


def _clean(body: str, headers: set[str]) -> str:
    kept = [ln for ln in body.split("\n") if not (_maybe_header(ln) and _header_key(ln) in headers)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _doc_date(text: str, start: int) -> date | None:
    """The version date printed in the front matter or the opening lines (the latest one there)."""
    return latest_date(text[: max(start, 0) + 3000])


def _best_run(cuts: list[_Cut], sizes: list[int]) -> set[int]:
    """Indexes of the numbered headings to keep: the in-order run with the most text under it."""
    runs: list[list[int]] = []
    last = 0
    for i, cut in enumerate(cuts):
        number = cut.heading.number
        if number is None:
            continue
        if not runs or number <= last:
            runs.append([])
        runs[-1].append(i)
        last = number
    if not runs:
        return set()
    best = max(runs, key=lambda run: sum(sizes[i] for i in run))
    return set(best)


def numbered_points(body: str) -> list[tuple[str, int, int]]:
    """Top-level numbered points of a long article: (number, start, end); [] when none run in order."""
    cuts: list[tuple[str, int]] = []
    expected = 1
    for m in re.finditer(r"(?m)^[ \t]*(?:[-*][ \t]+)?(?:\((\d{1,2})\)|(\d{1,2})\.)[ \t]", body):
        number = int(m.group(1) or m.group(2))
        if number == expected:
            cuts.append((str(number), m.start()))
            expected += 1
    if len(cuts) < 2:
        return []
    out = [(n, start, cuts[k + 1][1] if k + 1 < len(cuts) else len(body)) for k, (n, start) in enumerate(cuts)]
    if body[: cuts[0][1]].strip():
        out.insert(0, ("", 0, cuts[0][1]))
    return out


def _cuts(lines: list[tuple[int, str]], first: int, ctx: Context) -> list[_Cut]:
    cuts: list[_Cut] = []
    pending, path, lead = "", (), -1
    for n in range(first, len(lines)):
        offset, raw = lines[n]
        line = raw.strip()
        heading = classify(line, ctx)
        if heading is not None:
            title = heading.title or pending
            if heading.context:
                path = (heading.context,)
            cuts.append(_Cut(n, offset, heading, title, path, lead if pending else -1))
            pending = ""
            continue
        if _CONTEXT_LINE.match(line):
            path = (re.sub(r"[*#]+", "", line).strip(),)
            cuts.append(_Cut(n, offset, Heading(None, line), "", path))
            pending = ""
            continue
        titled = _TITLE_LINE.match(line)
        if titled:
            words = (titled.group("md") or re.sub(r"\*+", " ", line)).strip(" *")
            joined = pending and n > first and _TITLE_LINE.match(lines[n - 1][1].strip())
            pending = f"{pending} {words}" if joined else words
            lead = lead if joined else offset
        elif line:
            pending = ""
    return cuts


def _us_document(path: Path, text: str, data: bytes) -> list[Provision]:
    """eCFR-derived text: sections if it has them, else the supplement its title line names."""
    if looks_like_ecfr(text):
        return parse_ecfr_markdown(path)
    m = _SUPPLEMENT.search(text[:2000])
    if not m:
        raise UnsupportedDocument(f"{path}: US text without § sections or a 'Supplement No. N to Part NNN' title.")
    part = int(m["part"] or m["part2"])
    title = int(m["title"]) if m["title"] else (15 if part >= 700 else 22)
    citation = f"{title} CFR {part} Supp. {m['n'] or m['n2']}"
    first_line = text.strip().split("\n", 1)[0]
    builder = Builder(path, data, f"https://www.ecfr.gov/current/title-{title}/part-{part}")
    as_of = latest_date(text[:3000]) or file_date(path)
    builder.add(citation, first_line, text, as_of, kind="rule", offset=len(text) - len(text.lstrip()))
    return builder.result("provisions")


def parse_text(path: Path) -> list[Provision]:
    """A .txt file or a Markdown file without corpus front matter."""
    data = path.read_bytes()
    text = read_text(path)
    regime = detect(path, text)
    if regime is None:
        raise UnsupportedDocument(
            f"{path}: cannot tell which regulation this is (no title naming EU 2021/821, the UK Export Control "
            "Order, a CFR part, the Malaysian Strategic Trade Act or the Singapore SGCA)."
        )
    if regime.key == "US":
        return _us_document(path, text, data)
    lines = _lines(text)
    first = _preamble_end(lines)
    ctx = Context(
        regime,
        amending=is_amending_act(text),
        bold_sections=bool(re.search(r"(?m)^\*\*\d{1,3}\.", text)),
    )
    builder = Builder(path, data, _source_url(text, regime))
    as_of = _doc_date(text, lines[first][0] if first < len(lines) else 0) or file_date(path)
    headers = running_headers([ln for _, ln in lines])
    cuts = _cuts(lines, first, ctx)
    ends = [cuts[k + 1].begins if k + 1 < len(cuts) else len(text) for k in range(len(cuts))]
    sizes = [end - cut.offset for cut, end in zip(cuts, ends, strict=True)]
    keep = _best_run(cuts, sizes)
    kept = [k for k, cut in enumerate(cuts) if cut.heading.citation and (cut.heading.number is None or k in keep)]
    if not kept and regime.guidance_anchor:
        return _guidance(path, text, lines, first, builder, regime, as_of)
    for k in kept:
        cut = cuts[k]
        nxt = next((j for j in range(k + 1, len(cuts)) if cuts[j].heading.citation is None or j in kept), None)
        start = lines[cut.line][0] + len(lines[cut.line][1])
        end = cuts[nxt].begins if nxt is not None else len(text)
        _add(builder, cut, text, start, end, headers, regime, as_of)
    return builder.result(f"{regime.name} articles or sections")


def _add(
    builder: Builder, cut: _Cut, text: str, start: int, end: int, headers: set[str], regime: Regime, as_of: date
) -> None:
    citation = cut.heading.citation
    assert citation is not None
    head_line = text[cut.offset : start].strip()
    title = cut.title or (f"{regime.name}, {head_line.strip('#* ')}" if head_line else citation)
    body = text[start:end]
    if _carries_text(head_line):
        body = text[cut.offset : start] + body
        start = cut.offset
    points = numbered_points(body) if len(body) > SPLIT_CHARS and "(" not in citation else []
    pieces = [(f"{citation}({n})" if n else citation, s, e) for n, s, e in points] or [(citation, 0, len(body))]
    for cite, s, e in pieces:
        piece = body[s:e]
        builder.add(
            cite,
            title,
            _clean(piece, headers),
            as_of,
            kind=cut.heading.kind,
            offset=start + s + len(piece) - len(piece.lstrip()),
            heading_path=(regime.name, *cut.path),
        )


def _carries_text(head_line: str) -> bool:
    """Whether a section heading line also starts the section's text ("**2.** In this Act ...")."""
    return bool(re.match(r"^\*{0,2}\d{1,3}\.\*{0,2}\s*\S", head_line))


def _guidance(
    path: Path, text: str, lines: list[tuple[int, str]], first: int, builder: Builder, regime: Regime, as_of: date
) -> list[Provision]:
    """An official guidance page without numbered provisions: one provision per heading, cited to the
    provision of the act the page explains, marked kind="guidance"."""
    page_title = ""
    cuts: list[tuple[int, str]] = []
    for n in range(first, len(lines)):
        m = re.match(r"^(#{1,3})\s+(.+?)\s*$", lines[n][1])
        if m:
            if len(m.group(1)) == 1 and not page_title:
                page_title = m.group(2)
            cuts.append((n, m.group(2)))
    if not cuts:
        cuts = [(first, path.stem.replace("-", " "))]
    for k, (n, heading) in enumerate(cuts):
        start = lines[n][0]
        end = lines[cuts[k + 1][0]][0] if k + 1 < len(cuts) else len(text)
        title = heading if heading == page_title or not page_title else f"{page_title}: {heading}"
        builder.add(
            regime.guidance_anchor,
            title,
            text[start:end],
            as_of,
            kind="guidance",
            offset=start,
            heading_path=(regime.name, page_title),
        )
    return builder.result("guidance sections")


def _source_url(text: str, regime: Regime) -> str:
    """The official address the document names for itself (front matter `URL:` / `permalink:`), else the regime's."""
    m = re.search(r"(?im)^(?:URL|source_url|source):\s*(https://\S+)\s*$", text[:3000])
    if m:
        return m.group(1)
    m = re.search(r"(?im)^permalink:\s*(/\S+)\s*$", text[:3000])
    if m and regime.key == "SG":
        return "https://www.customs.gov.sg" + m.group(1)
    return regime.source_url
