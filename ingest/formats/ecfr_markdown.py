"""eCFR text converted to Markdown, without corpus front matter.

Three layouts occur in the wild and all are read:

- whole chapters (`      § 120.54   Heading.` then `#### § § 120.54`, parts as `    PART 120—…`),
- one file per section (`##### § 734.18 Heading. #####`),
- heading-path chunks (`###### § 734.13 Export.` under `# Title 15 …` / `##### PART 734 - …`).

A provision's body is an exact slice of the file, so `Provision.offset` plus a chunk's offsets point
at the very characters in the source. The bracketed Federal Register line that ends a section
(`[87 FR 16411, Mar. 23, 2022, as amended at 89 FR 66214, Aug. 15, 2024]`) gives its `as_of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.types import Provision
from ingest.formats import cfr
from ingest.formats.common import Builder, file_date, fr_date, read_text

_NUM = r"(?P<num>\d{1,3}[a-z]?\.\d{1,4}[a-z]?)"
_HASH_HEAD = re.compile(rf"^#{{1,7}}\s*§\s*{_NUM}\.?\s+(?P<title>.*?)\s*#*\s*$")
_PLAIN_HEAD = re.compile(rf"^\s*§\s*{_NUM}\.?(?P<gap>\s+)(?P<title>\S.*?)\s*$")
_DUP_HEAD = re.compile(r"^#{1,7}\s*§\s*§")
_RANGE_HEAD = re.compile(r"^\s*(?:#{1,7}\s*)?§§\s*\d")
_PART = re.compile(
    r"^\s*(?P<hash>#{1,7}\s*)?PARTS?\s+(?P<num>\d{1,3})(?:\s*[-–—]\s*\d{1,3})?\s*[-–—]?\s*(?P<title>.*)$", re.I
)
_SUBPART = re.compile(r"^\s*(?:#{1,7}\s*)?Subpart\s+(?P<id>[A-Z]{1,2})\b\s*[-–—]?\s*(?P<title>.*)$")
_OTHER_BOUNDARY = re.compile(
    r"^\s*(?:#{1,7}\s*)?(?:SUB)?CHAPTER\b|^#{1,4}\s+(?:Sub)?[Cc]hapter\b|^\*\*(?:Authority|Source):\*\*"
)
_TITLE_HEAD = re.compile(r"^#\s*Title\s+(?P<num>\d{1,2})\b")
_FRONT_TITLE = re.compile(r"^title_number:\s*(?P<num>\d{1,2})\s*$", re.M)
_META = re.compile(r"^\s*>?\s*(?:\[\s*\d{1,3} FR .*\]|Link to an amendment published at .*|#{1,7}\s*§\s*§.*)\s*$")


@dataclass
class _Section:
    num: str
    title: str
    body_start: int
    heading_path: tuple[str, ...]
    body_end: int = -1
    meta: list[str] = field(default_factory=list)


def looks_like_ecfr(text: str) -> bool:
    """Whether a Markdown file is laid out as eCFR sections (rather than an act or guidance page)."""
    head = text[:200_000]
    return bool(re.search(rf"(?m)^#{{1,7}}\s*§\s*{_NUM}", head) or re.search(rf"(?m)^\s*§\s*{_NUM}\.?\s{{2,}}\S", head))


def _doc_title(text: str) -> int | None:
    m = _FRONT_TITLE.search(text[:1000])
    if m:
        return int(m.group("num"))
    for line in text[:5000].splitlines():
        t = _TITLE_HEAD.match(line)
        if t:
            return int(t.group("num"))
    return None


def _is_plain_heading(m: re.Match[str], next_line: str) -> bool:
    """A `§ 120.54   Heading.` line, not a body sentence that happens to start with a section sign."""
    if _DUP_HEAD.match(next_line):
        return True
    title = m.group("title")
    if len(m.group("gap")) >= 2:
        return True
    return len(title) < 200 and title[:1].isupper() and title.rstrip().endswith((".", "]"))


def _scan(text: str) -> list[_Section]:
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\n?", text) if m.group(0)]
    sections: list[_Section] = []
    part_heading, subpart_heading = "", ""
    current: _Section | None = None

    def close(at: int) -> None:
        nonlocal current
        if current is not None:
            current.body_end = at
            sections.append(current)
            current = None

    for n, (offset, raw) in enumerate(lines):
        line = raw.rstrip("\n")
        nxt = next((ln.strip() for _, ln in lines[n + 1 : n + 4] if ln.strip()), "")
        head = _HASH_HEAD.match(line)
        plain = None if head else _PLAIN_HEAD.match(line)
        if head or (plain and _is_plain_heading(plain, nxt)):
            m = head or plain
            assert m is not None
            close(offset)
            path = (part_heading, subpart_heading, f"§ {m.group('num')} {m.group('title').strip(' #')}")
            current = _Section(m.group("num"), m.group("title"), offset + len(raw), path)
            continue
        part = _PART.match(line)
        if part and (part.group("hash") or part.group("title") == part.group("title").upper()):
            close(offset)
            if part.group("title") or not part_heading.startswith(f"Part {part.group('num')} "):
                part_heading = f"Part {part.group('num')} — {(part.group('title') or '').strip()}".rstrip(" —")
                subpart_heading = ""
            continue
        sub = _SUBPART.match(line)
        if sub and len(line) < 200 and not line.rstrip().endswith("."):
            close(offset)
            subpart_heading = f"Subpart {sub.group('id')} — {sub.group('title').strip()}".rstrip(" —")
            continue
        if _RANGE_HEAD.match(line) or _OTHER_BOUNDARY.match(line):
            close(offset)
    close(len(text))
    return sections


def _trim(text: str, section: _Section) -> tuple[int, int, list[str]]:
    """The section's body without the heading echo and the Federal Register lines around it."""
    region = text[section.body_start : section.body_end]
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\n?", region) if m.group(0)]
    meta = [ln for _, ln in lines if _META.match(ln.rstrip("\n"))]
    start, end = 0, len(lines)
    while start < end and (not lines[start][1].strip() or _META.match(lines[start][1].rstrip("\n"))):
        start += 1
    while end > start and (not lines[end - 1][1].strip() or _META.match(lines[end - 1][1].rstrip("\n"))):
        end -= 1
    if start >= end:
        return section.body_start, section.body_start, meta
    first = lines[start][0]
    last = lines[end - 1][0] + len(lines[end - 1][1].rstrip())
    indent = len(lines[start][1]) - len(lines[start][1].lstrip())
    return section.body_start + first + indent, section.body_start + last, meta


def parse_ecfr_markdown(path: Path) -> list[Provision]:
    data = path.read_bytes()
    text = read_text(path)
    doc_title = _doc_title(text)
    builder = Builder(path, data, "https://www.ecfr.gov/current")
    fallback: date | None = None
    for section in _scan(text):
        if not re.fullmatch(r"\d{3}\.\d{1,3}[a-z]?", section.num):
            continue
        part = cfr.part_of(section.num)
        if not cfr.in_scope(doc_title, part):
            continue
        title = cfr.title_for_part(part)
        assert title is not None
        start, end, meta = _trim(text, section)
        notes = "".join(meta)
        bracketed = "".join(m for m in meta if "Link to an amendment" not in m)
        if fallback is None:
            fallback = fr_date(text) or file_date(path)
        as_of = fr_date(bracketed) or fr_date(notes) or fallback
        body = text[start:end]
        for group in cfr.paragraph_groups(body):
            piece = body[group.start : group.end]
            lead = len(piece) - len(piece.lstrip())
            builder.add(
                cfr.citation(title, section.num, group.marker),
                section.title,
                piece,
                as_of,
                offset=start + group.start + lead,
                heading_path=(f"{title} CFR", *section.heading_path),
                source_url=cfr.section_url(title, section.num),
            )
    return builder.result("EAR (15 CFR 730-774) or ITAR (22 CFR 120-130) sections")
