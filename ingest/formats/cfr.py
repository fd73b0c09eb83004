"""Code of Federal Regulations structure shared by the eCFR XML and eCFR Markdown parsers.

Only the export-control parts are indexed: EAR (15 CFR 730-774) and ITAR (22 CFR 120-130). The eCFR
chapter dumps hold much more (22 CFR chapter I has parts 1-199 of State Department rules), and those
sections would answer questions they have nothing to do with.

A long section becomes one provision per top-level paragraph (`22 CFR 120.54(a)`, `(b)`, ...), so an
answer can point at the paragraph; a short one stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EAR_PARTS = range(730, 775)
ITAR_PARTS = range(120, 131)
SPLIT_CHARS = 1800  # sections longer than this are cited paragraph by paragraph
MAX_INTRO = 2500  # a longer run before "(a)" means the letters belong to a list inside the text (772.1)

_TOP_MARK = re.compile(r"\(([a-z]{1,2})\)")


def title_for_part(part: int) -> int | None:
    """The CFR title of an export-control part (730-774 → 15, 120-130 → 22), else None."""
    if part in EAR_PARTS:
        return 15
    if part in ITAR_PARTS:
        return 22
    return None


def in_scope(title: int | None, part: int) -> bool:
    expected = title_for_part(part)
    return expected is not None and (title is None or title == expected)


def section_url(title: int, section: str) -> str:
    return f"https://www.ecfr.gov/current/title-{title}/section-{section}"


def part_url(title: int, part: int) -> str:
    return f"https://www.ecfr.gov/current/title-{title}/part-{part}"


def part_of(section: str) -> int:
    return int(section.split(".", 1)[0])


def _next_letter(letter: str) -> str:
    return chr(ord(letter) + 1) if letter < "z" else "aa"


@dataclass(frozen=True)
class Group:
    """One top-level paragraph of a section (or its unmarked introduction), as a slice of the body."""

    marker: str  # "a", "b", ... or "" for the introduction
    start: int
    end: int


def top_level_groups(body: str) -> list[Group]:
    """Split a section body at its top-level paragraph markers (a), (b), ... in order.

    A marker counts only when it is the next letter expected, so "(1)" or "(ii)" never split. The one
    ambiguity of CFR numbering, "(i)" after "(h)" (the letter, or a roman numeral under "(h)(1)"), is
    settled by looking ahead: it is the letter when "(j)" comes before any "(ii)".
    """
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\n?", body) if m.group(0)]
    cuts: list[tuple[int, str]] = []
    expected = "a"
    for n, (offset, line) in enumerate(lines):
        stripped = line.lstrip(" \t>")
        m = _TOP_MARK.match(stripped)
        if not m or m.group(1) != expected:
            continue
        if expected == "i" and not _letter_i(lines[n + 1 :]):
            continue
        cuts.append((offset + len(line) - len(stripped), expected))
        expected = _next_letter(expected)
    if not cuts:
        return [Group("", 0, len(body))]
    groups: list[Group] = []
    if body[: cuts[0][0]].strip():
        groups.append(Group("", 0, cuts[0][0]))
    for k, (start, marker) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else len(body)
        groups.append(Group(marker, start, end))
    return groups


def _letter_i(rest: list[tuple[int, str]]) -> bool:
    for _, line in rest:
        stripped = line.lstrip(" \t>")
        if stripped.startswith("(ii)"):
            return False
        if stripped.startswith("(j)"):
            return True
    return True


def paragraph_groups(body: str, split_chars: int = SPLIT_CHARS) -> list[Group]:
    """The groups a section is cited by: the whole body when short, else its top-level paragraphs.

    An introduction too short to stand alone is folded into the first paragraph.
    """
    if len(body) <= split_chars:
        return [Group("", 0, len(body))]
    groups = top_level_groups(body)
    if len(groups) < 2 or (groups[0].marker == "" and groups[0].end > MAX_INTRO):
        return [Group("", 0, len(body))]
    if groups[0].marker == "" and len(body[groups[0].start : groups[0].end].strip()) < 200:
        groups = [Group(groups[1].marker, groups[0].start, groups[1].end), *groups[2:]]
    return groups


def citation(title: int, section: str, marker: str = "") -> str:
    return f"{title} CFR {section}" + (f"({marker})" if marker else "")
