"""Every corpus citation names a provision that exists, under its official heading.

The corpus is written in our own words, so nothing but these checks ties a file to the
regulation it claims to describe. They read the real texts in `../shared/regs` (eCFR-derived
Markdown for the EAR and ITAR, excerpts of EU 2021/821 and the UK Export Control Order 2008):

- a section whose heading is found must carry a title made of that heading's words
  (definition titles, "Definition: <term>" or "<term> (definition)", instead need the term to occur
  in the section's text);
- a paragraph citation such as `15 CFR 734.18(a)(5)` must name a paragraph that exists, and its title
  must be drawn from the words of that paragraph or of the section heading;
- a section with no text there fails when its whole part is present (the eCFR chapter dumps
  hold entire parts, so absence means it does not exist), and also when no regulation text
  even refers to it; otherwise it is skipped with the reason, never passed silently.

Sections verified against official sources outside `../shared/regs` are listed in
`VERIFIED_ELSEWHERE` with where they were checked; they are skipped, not passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from assistant.citations import CitationError, parse
from assistant.errors import CorpusError
from assistant.provisions import corpus_files, parse_provision

pytestmark = pytest.mark.regs

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"

# Sections that exist but have no text (and no cross-reference) in ../shared/regs.
_ECFR_MIRROR = "eCFR-derived text (MichalOpoka/ecfr) read through the search tool"
VERIFIED_ELSEWHERE: dict[str, str] = {
    "15 CFR 732.2": _ECFR_MIRROR,
    "15 CFR 742.14": _ECFR_MIRROR,
    "15 CFR 738.3": _ECFR_MIRROR,
    "15 CFR 738.4": _ECFR_MIRROR,
    "15 CFR 740.5": "90 FR 42315 (Sept. 2, 2025), which added License Exception SPP",
    "15 CFR 744.1": _ECFR_MIRROR,
    "15 CFR 744.3": _ECFR_MIRROR,
    "15 CFR 744.4": _ECFR_MIRROR,
}

# Words too common to show that a title was taken from a heading.
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an and are as at be by certain for from in into is its of on or other that the their this to under which with",
    )
)
# `##### § 734.13 Export. #####`, `###### § 734.13 Export.`, `      § 120.54   Activities ...`
_CFR_HEADING = re.compile(r"^(?:#+ *|\s{2,})§ (\d{3}\.\d{1,3}[a-z]?)\s+(\S.*?)\s*#*\s*$")
_WHOLE_PART = re.compile(r"^### Part (\d{3})\s*$")
_MENTION = re.compile(r"(?<![\d.])(\d{3}\.\d{1,3})(?![\d])")
_SUPP_MENTION = re.compile(r"(?i)supplement\s+no\.?\s*(\d{1,2})\s+to\s+part\s+(\d{3})")
_EU_ARTICLE = re.compile(r"^#+ Article (\d{1,3})\s*$")
_EU_NOTE = re.compile(r"^#+ .*\((GTN|GSN|NTN|NSN|GISN)\)\s*$")
_EU_OMITTED = re.compile(r"Articles (\d{1,3})-(\d{1,3}) omitted")
_UK_ARTICLE = re.compile(r"^#{6} (\d{1,3})\s*$")
_UK_HEADING = re.compile(r"^#{4} (\S.*?)\s*$")


@dataclass
class Section:
    """The official heading of a provision and the text found under it (all copies merged)."""

    heading: str
    text: list[str] = field(default_factory=list)

    def paragraphs(self, flat: bool = False) -> dict[tuple[str, ...], list[str]]:
        """Text under each paragraph path, e.g. ("a", "5") -> lines of (a)(5) and its subparagraphs.

        `flat` numbering (EU and UK articles) has only numbered paragraphs, `(2)` or `2.`; lettered
        points inside them stay part of the numbered paragraph.
        """
        found: dict[tuple[str, ...], list[str]] = {}
        path: list[str] = []
        for line in self.text:
            labels = _leading_labels(line)
            if flat:
                numbered = re.match(r"^\s*(?:- )?(\d+)\.\s", line)
                first = numbered.group(1) if numbered else (labels[0] if labels else "")
                labels = [first] if first.isdigit() else []
            for label in labels:
                path = [label] if flat else _descend(path, label)
                found.setdefault(tuple(path), [])
            for depth in range(1, len(path) + 1):
                found.setdefault(tuple(path[:depth]), []).append(line)
        return found


_LABELS = r"(?:\([A-Za-z0-9]{1,5}\)\s*[—-]*\s*)+"
_LINE_LABELS = re.compile(rf"^\s*(?:- )?({_LABELS})(?:\*[^*]{{1,200}}\*\.?\s*[—-]*\s*({_LABELS}))?")
_ROMAN = re.compile(r"^[ivxl]+$")


def _leading_labels(line: str) -> list[str]:
    """Paragraph labels that open a line: `(a)(1)`, `(a) —(1) —(i)`, `(d) *Definitions*. (1) ...`."""
    m = _LINE_LABELS.match(line)
    if not m:
        return []
    return re.findall(r"\(([A-Za-z0-9]{1,5})\)", " ".join(g for g in m.groups() if g))


def _descend(path: list[str], label: str) -> list[str]:
    """CFR nesting: (a) letters, (1) digits, (i) roman numerals, (A) capitals."""
    if label.isdigit():
        level = 2
    elif label.isupper():
        level = 4
    elif _ROMAN.match(label) and len(path) >= 2 and not (label == "i" and path[0] == "h" and len(path) == 1):
        level = 3
    else:
        level = 1
    return [*path[: level - 1], label]


@dataclass
class UsTexts:
    sections: dict[str, Section]  # "15 CFR 734.13" -> Section
    whole_parts: set[str]  # "15 CFR 746": parts present in full
    mentioned: set[str]  # every "15 CFR 734.6" the regulation texts refer to
    supplements_mentioned: set[str]  # "15 CFR 740 Supp. 1"


def _title_number(part: str) -> str:
    """Title of a bare section or part number: 12x and 130 are the ITAR (22 CFR), the rest the EAR."""
    return "22" if part.startswith(("12", "130")) else "15"


_FRONT_TITLE = re.compile(r"^title_number: (\d+)\s*$", re.MULTILINE)


@cache
def _us_texts() -> UsTexts:
    sections: dict[str, Section] = {}
    whole: set[str] = set()
    mentioned: set[str] = set()
    supps: set[str] = set()
    for path in sorted(REGS.rglob("*.md")):
        content = path.read_text(encoding="utf-8", errors="replace")
        # eCFR chapter dumps say which title they are; other files hold EAR or ITAR sections only.
        declared = _FRONT_TITLE.search(content[:500])
        current: Section | None = None
        for line in content.splitlines():
            if m := _WHOLE_PART.match(line):
                whole.add(f"{declared.group(1) if declared else _title_number(m.group(1))} CFR {m.group(1)}")
            for number in _MENTION.findall(line):
                mentioned.add(f"{_title_number(number)} CFR {number}")
            for supp, part in _SUPP_MENTION.findall(line):
                supps.add(f"{_title_number(part)} CFR {part} Supp. {supp}")
            if m := _CFR_HEADING.match(line):
                key = f"{declared.group(1) if declared else _title_number(m.group(1))} CFR {m.group(1)}"
                current = sections.setdefault(key, Section(m.group(2).rstrip(". ")))
                continue
            if current is not None:
                current.text.append(line)
    return UsTexts(sections, whole, mentioned, supps)


@cache
def _eu_texts() -> tuple[dict[str, Section], set[int]]:
    """Articles and Annex I notes of the EU excerpt, plus the articles it says it omitted."""
    found: dict[str, Section] = {}
    omitted: set[int] = set()
    for path in sorted((REGS / "eu-2021-821-excerpt").glob("*.md")):
        current: Section | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            for lo, hi in _EU_OMITTED.findall(line):
                omitted.update(range(int(lo), int(hi) + 1))
            if m := _EU_ARTICLE.match(line):
                current = found.setdefault(f"EU 2021/821 Art. {m.group(1)}", Section(""))
            elif m := _EU_NOTE.match(line):
                current = found.setdefault(f"EU 2021/821 Annex I {m.group(1)}", Section(line.strip("# ")))
            elif line.startswith("#"):
                current = None
            elif current is not None:
                current.text.append(line)
    return found, omitted


@cache
def _uk_texts() -> dict[str, Section]:
    """Articles of the UK excerpt: `#### <heading>` then `###### <number>`."""
    found: dict[str, Section] = {}
    for path in sorted((REGS / "uk-export-control-order-2008-excerpt").glob("*.md")):
        heading = ""
        current: Section | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := _UK_ARTICLE.match(line):
                current = found.setdefault(f"UK ECO 2008 Art. {m.group(1)}", Section(heading))
            elif m := _UK_HEADING.match(line):
                heading, current = m.group(1), None
            elif line.startswith("#"):
                current = None
            elif current is not None:
                current.text.append(line)
    return found


def _words(text: str) -> list[str]:
    text = text.casefold().replace("u.s.", "us").replace("’", "'")
    return [w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    """Crude stemming: 'prohibitions' ~ 'prohibition', 'activities' ~ 'activity', 'using' ~ 'use'."""
    a, b = _stem(a), _stem(b)
    if len(a) >= 5 and len(b) >= 5:
        return a[:5] == b[:5]
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


_DEFINED_TERM = re.compile(r"(?i)^definition:\s*(.+)$|^(.+?)\s*\((?:[\w.-]+ )?definition\)$")


def _title_problem(title: str, section: Section, paragraph: tuple[str, ...] = (), flat: bool = False) -> str | None:
    """Why `title` does not fit the official text, or None when it does."""
    if m := _DEFINED_TERM.match(title.strip()):
        # Every word of the term on one line: definitions are one per line in all the source formats.
        term = _words(m.group(1) or m.group(2))
        lines = [_words(line) for line in [section.heading, *section.text]]
        if term and any(all(any(_same_word(t, w) for w in line) for t in term) for line in lines):
            return None
        return f"defined term {' '.join(term)!r} does not occur in the official text"
    if paragraph:
        paragraphs = section.paragraphs(flat)
        label = "".join(f"({p})" for p in paragraph)
        if paragraph not in paragraphs:
            return f"paragraph {label} does not exist in the official text"
        source = _words(" ".join([section.heading, *paragraphs[paragraph]]))
        have = _words(title)
        hits = [h for h in have if any(_same_word(h, w) for w in source)]
        if len(hits) >= 0.5 * len(have):
            return None
        return f"title {title!r} is not drawn from paragraph {label} (unmatched {sorted(set(have) - set(hits))})"
    if not section.heading:  # EU articles carry no heading: existence is all there is to check
        return None
    wanted = _words(section.heading)
    have = _words(title)
    hits = [w for w in wanted if any(_same_word(w, h) for h in have)]
    if len(hits) >= 0.6 * len(wanted):
        return None
    missing = sorted(set(wanted) - set(hits))
    return f"title {title!r} does not match official heading {section.heading!r} (missing {missing})"


@dataclass(frozen=True)
class Case:
    path: Path
    citation: str  # section level, e.g. "15 CFR 734.18"
    title: str
    paragraph: tuple[str, ...] = ()  # ("a", "5") for 15 CFR 734.18(a)(5)


def _cases() -> list[Case]:
    cases = []
    for path in corpus_files(CORPUS):
        try:  # malformed files are test_corpus.py's to report; they must not hide the others here
            provision = parse_provision(path.read_text(encoding="utf-8"), path.name)
            parsed = parse(provision.citation)
        except (CorpusError, CitationError):
            continue
        if parsed.family in ("cfr", "cfr-supp", "eu-art", "eu-annex", "uk"):
            labels = tuple(re.findall(r"\(([A-Za-z0-9]+)\)", parsed.paragraph))
            cases.append(Case(path, parsed.section, provision.title, labels))
    return cases


CASES = _cases()


def _check_us(case: Case) -> None:
    texts = _us_texts()
    if case.citation in VERIFIED_ELSEWHERE:
        pytest.skip(f"{case.citation}: no text in shared regs; verified in {VERIFIED_ELSEWHERE[case.citation]}")
    if " Supp. " in case.citation:
        if case.citation in texts.supplements_mentioned:
            pytest.skip(f"{case.citation}: supplements have no section text in shared regs (referenced there)")
        pytest.fail(f"{case.citation}: no regulation text in shared regs refers to this supplement")
    section = texts.sections.get(case.citation)
    if section is None:
        part = case.citation.rsplit(".", 1)[0]
        if part in texts.whole_parts:
            pytest.fail(f"{case.citation}: part {part} is present in full and has no such section")
        if case.citation not in texts.mentioned:
            pytest.fail(f"{case.citation}: no heading and not referenced anywhere in shared regs")
        pytest.skip(f"{case.citation}: shared regs have no text for this section (it is referenced there)")
    problem = _title_problem(case.title, section, case.paragraph)
    assert problem is None, f"{case.path.name}: {problem}"


def _check_eu(case: Case) -> None:
    found, omitted = _eu_texts()
    section = found.get(case.citation)
    if section is None:
        article = re.fullmatch(r"EU 2021/821 Art\. (\d+)", case.citation)
        present = {int(key.rsplit(" ", 1)[1]) for key in found if " Art. " in key}
        if article and int(article.group(1)) > max(omitted | present):
            pytest.fail(f"{case.citation}: beyond the last article of the regulation")
        pytest.skip(f"{case.citation}: not in the EU excerpt in shared regs")
    problem = _title_problem(case.title, section, case.paragraph[:1], flat=True)
    assert problem is None, f"{case.path.name}: {problem}"


def _check_uk(case: Case) -> None:
    section = _uk_texts().get(case.citation)
    if section is None:
        pytest.skip(f"{case.citation}: not in the UK excerpt in shared regs")
    problem = _title_problem(case.title, section, case.paragraph[:1], flat=True)
    assert problem is None, f"{case.path.name}: {problem}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.path.parent.name}/{c.path.name}")
def test_cited_provision_exists_under_its_official_heading(case: Case) -> None:
    if not REGS.is_dir():
        pytest.skip("../shared/regs is absent")
    if case.citation.startswith(("15 CFR", "22 CFR")):
        _check_us(case)
    elif case.citation.startswith("EU "):
        _check_eu(case)
    else:
        _check_uk(case)


# The checker itself: it must reject what does not exist and accept what does.


@pytest.fixture
def regs() -> Path:
    if not REGS.is_dir():
        pytest.skip("../shared/regs is absent")
    return REGS


def test_a_section_missing_from_a_whole_part_fails(regs: Path) -> None:
    with pytest.raises(pytest.fail.Exception, match="present in full"):
        _check_us(Case(Path("bogus.md"), "15 CFR 762.99", "Bogus"))


def test_a_section_nobody_refers_to_fails(regs: Path) -> None:
    with pytest.raises(pytest.fail.Exception, match="not referenced"):
        _check_us(Case(Path("bogus.md"), "15 CFR 734.97", "Bogus"))


def test_a_wrong_title_fails_and_the_official_one_passes(regs: Path) -> None:
    section = _us_texts().sections["15 CFR 734.13"]
    assert section.heading == "Export"
    assert _title_problem("Export (EAR definition)", section) is None
    assert _title_problem("Reexport of technology", section) is not None


def test_definition_titles_need_the_term_in_the_section(regs: Path) -> None:
    section = _us_texts().sections["15 CFR 772.1"]
    assert _title_problem("Definition: access information", section) is None
    assert _title_problem("Definition: quantum widget", section) is not None


def test_headings_are_read_from_every_source_format(regs: Path) -> None:
    sections = _us_texts().sections
    assert sections["15 CFR 734.18"].heading.startswith("Activities that are not exports")  # MichalOpoka
    assert sections["15 CFR 762.6"].heading == "Period of retention"  # eCFR chapter dump
    assert sections["22 CFR 120.54"].heading.startswith("Activities that are not exports")
    assert "UK ECO 2008 Art. 2" in _uk_texts()
    assert "EU 2021/821 Annex I GTN" in _eu_texts()[0]


def test_a_paragraph_that_does_not_exist_fails(regs: Path) -> None:
    section = _us_texts().sections["15 CFR 734.13"]  # (a)(1)-(3), (b) and (c) only
    assert _title_problem("Export: actual shipment or transmission", section, ("a", "1")) is None
    assert "does not exist" in (_title_problem("Export: decryption keys", section, ("a", "6")) or "")


def test_a_paragraph_title_must_come_from_that_paragraph(regs: Path) -> None:
    section = _us_texts().sections["15 CFR 734.18"]
    encrypted = "End-to-end encrypted sending, taking or storing"
    assert _title_problem(encrypted, section, ("a", "5")) is None
    assert _title_problem(encrypted, section, ("a", "1")) is not None  # (a)(1) is about launching into space


def test_paragraphs_are_read_when_inlined_after_a_heading(regs: Path) -> None:
    paragraphs = _us_texts().sections["15 CFR 734.20"].paragraphs()  # "(d) *Definitions*. (1) *Substantive..."
    assert {("d", "1"), ("d", "2", "ii", "D"), ("c", "5", "vi")} <= set(paragraphs)
