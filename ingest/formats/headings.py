"""Recognising the headings that start a citable provision in running text (PDF pages, plain text).

Structured formats carry their structure in markup; a PDF or a text excerpt only has lines. A line
is a heading when it has the shape the instrument uses for its units (`§ 734.7 Published.`,
`3E001 "Technology" ...`, `9. E. 3. Other "technology"`, `ML22.`, `Article 2`, `**12.**`), and the
regime decides what citation that shape becomes. Headings that only structure the document
(`Category 5 - Part 2`, `ANNEX I`, `MUNITIONS LIST`) close the provision before them and start none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.citations import is_canonical
from assistant.types import Kind
from ingest.formats import cfr
from ingest.formats.regimes import Regime

_CFR = re.compile(r"^§\s*(?P<num>\d{3}\.\d{1,3}[a-z]?)\.?\s+(?P<title>[A-Z\[“\"'].{2,200})$")
_ECCN = re.compile(r"^(?P<code>\d[A-E]\d{3})\b\.?\s*(?P<title>.*)$")
_WA_ENTRY = re.compile(
    r"^(?P<cat>\d)\.\s?(?P<grp>[A-E])\.\s?(?P<num>\d{1,2})\.(?P<sub>(?:\s?[a-z0-9]{1,2}\.)*)\s*(?P<title>.*)$"
)
_WA_GROUP = re.compile(r"^(?P<cat>\d)\.\s?(?P<grp>[A-E])\.\s+(?P<title>[A-Z][A-Z ,\"“”'-]{3,})$")
_WA_ML = re.compile(r"^ML(?P<num>\d{1,2})\.(?P<sub>(?:\s?[a-z0-9]{1,2}\.)*)\s*(?P<title>.*)$")
_CATEGORY = re.compile(r"^(?:DUAL-USE LIST\s*-\s*)?CATEGORY\s+(?P<num>\d)(?:\s*[-–—]\s*PART\s+(?P<part>\d))?\b", re.I)
_ARTICLE = re.compile(r"^(?:#{1,6}\s*)?Article\s+(?P<num>\d{1,3})(?P<suffix>[a-z]?)\s*[.:—–-]?\s*(?P<title>.*)$")
_SCHEDULE = re.compile(r"^(?:#{1,6}\s*)?SCHEDULE\s+(?P<num>\d{1,2})\b\s*[.:—–-]?\s*(?P<title>.*)$")
_ANNEX = re.compile(r"^(?:#{1,6}\s*)?ANNEX\s+(?P<num>[IVX]{1,4})\b\s*(?P<title>.*)$")
_SECTION = re.compile(r"^(?:\*\*)?(?P<num>\d{1,3})\.(?:\*\*)?\s*(?:—\s*)?(?P<title>(?:\(1\)\s*)?.*)$")
_MD_NUMBER = re.compile(r"^#{1,6}\s*(?P<num>\d{1,3})\s*$")
_BREAK = re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?(?:SCHEDULES?|EXPLANATORY STATEMENT|FIRST SCHEDULE|SECOND SCHEDULE)\b")
_AMENDS = re.compile(r"^(?:\*\*)?\s*Amendment of section\s+(?P<num>\d{1,3})\b", re.I)

_NOTES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?GENERAL TECHNOLOGY NOTE\b", re.I), "GTN", "General Technology Note"),
    (re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?GENERAL SOFTWARE NOTE\b", re.I), "GSN", "General Software Note"),
    (
        re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?GENERAL [\"“]?INFORMATION SECURITY[\"”]? NOTE\b", re.I),
        "GISN",
        'General "Information Security" Note',
    ),
    (re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?NUCLEAR TECHNOLOGY NOTE\b", re.I), "NTN", "Nuclear Technology Note"),
    (re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?NUCLEAR SOFTWARE NOTE\b", re.I), "", "Nuclear Software Note"),
    (
        re.compile(r"^(?:#{1,6}\s*)?(?:\*\*)?DEFINITIONS OF TERMS USED IN THESE LISTS\b", re.I),
        "Definitions",
        "Definitions",
    ),
]
# Structural headings of the Wassenaar list that end a provision and start no citable one.
_WA_BREAKS = re.compile(
    r"^(?:DUAL-USE LIST|SENSITIVE LIST|VERY SENSITIVE LIST|MUNITIONS\s+LIST\*?|ACRONYMS AND ABBREVIATIONS.*"
    r"|STATEMENTS OF UNDERSTANDING.*|GENERAL NOTES?|NUCLEAR SOFTWARE NOTE.*|TABLE OF CONTENTS)\s*$",
    re.I,
)


@dataclass(frozen=True)
class Heading:
    """A recognised heading. `citation` None means: close the current provision, start no new one."""

    citation: str | None
    title: str
    kind: Kind | None = None
    number: int | None = None  # article or section number, for the order check
    context: str = ""  # a structural heading to keep in the heading path (category, annex)


@dataclass
class Context:
    """What a heading means depends on where it is (inside an annex, an amending act)."""

    regime: Regime
    annex: str = ""
    amending: bool = False
    bold_sections: bool = False  # the document bolds its section numbers ("**12.**"): only those count


def _wa_sub(sub: str) -> str:
    parts = [p for p in re.split(r"[.\s]+", sub) if p]
    return "".join(f".{p}" for p in parts)


def _cite(text: str) -> str | None:
    return text if is_canonical(text) else None


def classify(line: str, ctx: Context) -> Heading | None:
    """The heading `line` is in this document, or None for ordinary text."""
    line = line.strip()
    if not line or len(line) > 260 or "....." in line or "……" in line:  # table-of-contents entries
        return None
    key = ctx.regime.key
    for pattern, note, title in _NOTES:
        if pattern.match(line):
            if key == "WA":
                return Heading(_cite(f"WA {note}"), title, "definition" if note == "Definitions" else "guidance")
            if key == "EU" and note != "Definitions":
                return Heading(_cite(f"EU 2021/821 Annex I {note}".strip()), title, "guidance")
    if key == "WA":
        return _wassenaar(line)
    if key == "US":
        return _us(line)
    annex = _ANNEX.match(line)
    if annex and key == "EU":
        ctx.annex = annex.group("num")
        title = f"Annex {ctx.annex} {annex.group('title')}".strip()
        return Heading(_cite(f"EU 2021/821 Annex {ctx.annex}"), title, context=f"Annex {ctx.annex}")
    if key == "EU" and ctx.annex:
        return _eu_annex(line, ctx)
    return _numbered(line, ctx)


def _wassenaar(line: str) -> Heading | None:
    if _WA_BREAKS.match(line):
        return Heading(None, line)
    m = _WA_ENTRY.match(line)
    if m and _starts_text(m["title"]):
        citation = f"WA {m['cat']}.{m['grp']}.{int(m['num'])}{_wa_sub(m['sub'])}"
        return Heading(_cite(citation), m["title"] or citation, "control-entry")
    m = _WA_ML.match(line)
    if m and _starts_text(m["title"]):
        citation = f"WA ML{int(m['num'])}{_wa_sub(m['sub'])}"
        return Heading(_cite(citation), m["title"] or citation, "control-entry")
    m = _WA_GROUP.match(line)
    if m:
        return Heading(None, line, context=line)
    m = _CATEGORY.match(line)
    if m and len(line) < 120:
        part = f" - Part {m['part']}" if m["part"] else ""
        return Heading(None, line, context=f"Category {m['num']}{part}")
    return None


def _us(line: str) -> Heading | None:
    m = _CFR.match(line)
    if m:
        title = cfr.title_for_part(cfr.part_of(m["num"]))
        if title is None:
            return Heading(None, line)
        return Heading(cfr.citation(title, m["num"]), m["title"])
    m = _ECCN.match(line)
    if m and (not m["title"] or m["title"][:1] in "“\"'" or m["title"][:1].isupper()):
        return Heading(f"ECCN {m['code']}", m["title"] or m["code"], "control-entry")
    return None


def _eu_annex(line: str, ctx: Context) -> Heading | None:
    m = _ECCN.match(line.lstrip("#* "))
    if m and ctx.annex == "I":
        return Heading(_cite(f"EU 2021/821 Annex I {m['code']}"), m["title"] or m["code"], "control-entry")
    m = _CATEGORY.match(line.lstrip("#* "))
    if m and ctx.annex == "I" and len(line) < 120:
        return Heading(_cite(f"EU 2021/821 Annex I Cat. {m['num']}"), line.strip("#* "), context=f"Category {m['num']}")
    return None


def _numbered(line: str, ctx: Context) -> Heading | None:
    """Articles, schedules and numbered sections of acts (EU, UK, MY, SG, JP)."""
    regime = ctx.regime
    if ctx.amending:
        m = _AMENDS.match(line)
        if m:
            return Heading(_cite(regime.cite(m["num"])), line.strip("*# "), number=None)
        if re.match(r"^(?:\*\*)?\s*(?:New section|Short title|Deletion of|Substitution of)\b", line, re.I):
            return Heading(None, line.strip("*# "))
        return None
    m = _ARTICLE.match(line)
    if m and regime.key in ("EU", "UK-ECO", "JP-FEFTA") and not m["suffix"] and _title_like(m["title"]):
        return Heading(_cite(regime.cite(m["num"])), m["title"], number=int(m["num"]))
    m = _SCHEDULE.match(line)
    if m and regime.schedule:
        return Heading(_cite(f"{regime.schedule}{m['num']}"), m["title"] or f"Schedule {m['num']}")
    if _BREAK.match(line):
        return Heading(None, line.strip("*# "))
    m = _MD_NUMBER.match(line)
    if m:
        return Heading(_cite(regime.cite(m["num"])), "", number=int(m["num"]))
    if regime.key in ("MY", "SG", "UK-ECA"):
        m = _SECTION.match(line)
        if ctx.bold_sections and not line.startswith("**"):
            return None
        if m and (line.startswith("**") or m["title"][:1].isupper() or m["title"].startswith("(1)")):
            return Heading(_cite(regime.cite(m["num"])), "", number=int(m["num"]))
    return None


def _starts_text(title: str) -> bool:
    """A list entry's number is followed by its text, not by punctuation of a cross-reference."""
    return bool(title) and (title[0].isupper() or title[0] in "\"“'‘(")


def _title_like(rest: str) -> bool:
    """ "Article 2" alone or with a short heading; not a sentence that mentions an article."""
    rest = rest.strip()
    return not rest or (len(rest) < 100 and not rest.endswith((".", ";", ",")) and not rest[:1].islower())
