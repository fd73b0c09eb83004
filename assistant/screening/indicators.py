"""Findings read straight from the text: technical-data indicators and their opposites, markings
already on the document, publication-status hints, red flags, and instructions addressed to the
reviewer (which are ignored: a document is data, never a command).

Every function takes the document's segments and the screening text of each segment (the same
length as the segment text, with ignored instructions blanked out, so spans stay valid).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from assistant.citations import CitationError, parse
from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.facts import strip_instructions
from assistant.lexicon import EVASION, RED_FLAGS
from assistant.regimes.us_ear import FLAG_SECTIONS
from assistant.screening.patterns import (
    DISTRIBUTION_MARK,
    EAR99_MARK,
    ECCN_MARK,
    EU_MARK,
    EXPORT_MARK,
    ITAR_MARK,
    NON_TECHNICAL,
    PUBLICATION,
    PUBLISHED_STATUSES,
    TECHNICAL,
    Pattern,
)
from assistant.screening.types import Finding, FindingKind, Segment, Severity

Lookup = Callable[[str], bool]
PER_LABEL = 3  # located findings kept per label; the rest are counted on the first
_ADDRESS_FIELDS = {"From", "To", "Cc", "Bcc", "Date", "Reply-To", "Sender"}
_NEGATED = re.compile(r"(?i)\b(?:not|non|no|never|without)\b[- ](?:\w+[- ]){0,2}$")
# A sentence ends at . ! ? followed by a space (not inside "2.4") or at a line end.
SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|$)\n?", re.MULTILINE)

TECHNOLOGY_CITES = ("15 CFR 772.1", "22 CFR 120.33(a)")
NOT_TECHNOLOGY_CITES = ("15 CFR 772.1", "22 CFR 120.33(b)")
PUBLISHED_CITES = ("15 CFR 734.7(a)", "22 CFR 120.34(a)")
PATENT_CITES = ("15 CFR 734.10(a)", "22 CFR 120.34(a)")
# The first part 744 (or 736) section behind each red flag, from the EAR rules' own table, so the two cannot drift.
RED_FLAG_CITES = {flag: sections[0] for flag, sections in FLAG_SECTIONS}


def cited(has: Lookup, *citations: str) -> list[str]:
    """The citations the index holds, in order, without duplicates."""
    return [c for c in dict.fromkeys(citations) if c and has(c)]


def finding(
    kind: FindingKind,
    severity: Severity,
    message: str,
    index: int,
    segment: Segment,
    start: int,
    end: int,
    citations: Sequence[str] = (),
    **data: object,
) -> Finding:
    location = segment.location
    if location.line is not None:  # the line of the span, not of the segment's first line
        location = location.model_copy(update={"line": location.line + segment.text.count("\n", 0, start)})
    return Finding(
        kind=kind, severity=severity, message=message, segment=index, location=location,
        start=start, end=end, quote=segment.text[start:end], citations=list(citations), data=dict(data),
    )  # fmt: skip


def screening_texts(segments: Sequence[Segment]) -> tuple[list[str], list[Finding]]:
    """Each segment's text with sentences addressed to the assistant blanked out (same length),
    and one finding per blanked sentence."""
    texts: list[str] = []
    found: list[Finding] = []
    for i, segment in enumerate(segments):
        text = segment.text
        for m in SENTENCE.finditer(segment.text):
            sentence = m.group(0)
            if sentence.strip() and strip_instructions(sentence)[1]:
                text = text[: m.start()] + re.sub(r"\S", " ", sentence) + text[m.end() :]
                start = m.start() + len(sentence) - len(sentence.lstrip())
                end = m.end() - (len(sentence) - len(sentence.rstrip()))
                found.append(finding(
                    "instructions", "low",
                    "Text addressed to the reviewer was ignored: instructions inside a document change nothing.",
                    i, segment, start, end,
                ))  # fmt: skip
        texts.append(text)
    return texts, found


def _content(segments: Sequence[Segment]) -> list[int]:
    return [i for i, s in enumerate(segments) if s.location.field not in _ADDRESS_FIELDS]


def capped(found: list[Finding]) -> list[Finding]:
    """At most PER_LABEL located findings per label; the first carries the total count."""
    totals = Counter(f.data.get("label") for f in found)
    kept: list[Finding] = []
    seen: Counter[object] = Counter()
    for f in found:
        label = f.data.get("label")
        seen[label] += 1
        if seen[label] == 1:
            f.data["count"] = totals[label]
        if seen[label] <= PER_LABEL:
            kept.append(f)
    return kept


def _scan(
    patterns: Sequence[tuple[str, str, Pattern]], segments: Sequence[Segment], texts: Sequence[str]
) -> list[tuple[str, str, int, re.Match[str]]]:
    hits = []
    for i in _content(segments):
        for label, value, pattern in patterns:
            for m in pattern.finditer(texts[i]):
                hits.append((label, value, i, m))
    return hits


def technical_indicators(segments: Sequence[Segment], texts: Sequence[str], has: Lookup) -> list[Finding]:
    """Drawings, tolerances, recipes, source code, test procedures (raise) and marketing, general
    descriptions, basic principles (lower)."""
    found: list[Finding] = []
    for label, value, i, m in _scan(TECHNICAL, segments, texts):
        found.append(finding(
            "technical-data", "medium",
            f"Technical-data indicator ({label}): information of this kind is what 'technology' and "
            "'technical data' consist of, so the passage is likely more than a general description.",
            i, segments[i], m.start(), m.end(), cited(has, *TECHNOLOGY_CITES), label=label, info_kind=value,
        ))  # fmt: skip
    for label, value, i, m in _scan(NON_TECHNICAL, segments, texts):
        found.append(finding(
            "non-technical", "info",
            f"Sign of non-technical material ({label}): marketing information, general system descriptions "
            "and basic principles are not technology or technical data.",
            i, segments[i], m.start(), m.end(), cited(has, *NOT_TECHNOLOGY_CITES), label=label, info_kind=value,
        ))  # fmt: skip
    return capped(found)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(text[max(0, start - 20) : start]))


def _canonical(candidate: str) -> str | None:
    try:
        parsed = parse(candidate)
    except CitationError:
        return None
    return str(parsed)


def markings(segments: Sequence[Segment], texts: Sequence[str], has: Lookup) -> list[Finding]:
    """Classification and handling markings already on the document."""
    found: list[Finding] = []
    for i in _content(segments):
        text, segment = texts[i], segments[i]
        for m in ECCN_MARK.finditer(text):
            eccn = _canonical(f"ECCN {m.group('code').upper()}")
            if not eccn or _negated(text, m.start()):
                continue
            at_only = eccn.split()[-1][2] == "9"
            record = crosswalk_lookup(eccn)
            found.append(finding(
                "marking", "medium" if at_only else "high",
                f"Marked {eccn}: " + ("an anti-terrorism-only entry." if at_only else "a controlled entry of the Commerce Control List."),
                i, segment, m.start(), m.end(), cited(has, eccn, *(record.citations if record else ())),
                label="ECCN", classification=eccn,
            ))  # fmt: skip
        for m in EAR99_MARK.finditer(text):
            if not _negated(text, m.start()):
                found.append(finding(
                    "marking", "info", "Marked EAR99: subject to the EAR but on no CCL entry.", i, segment,
                    m.start(), m.end(), cited(has, "EAR99"), label="EAR99", classification="EAR99",
                ))  # fmt: skip
        for m in ITAR_MARK.finditer(text):
            if _negated(text, m.start()) or re.match(r"[- ]free\b", text[m.end() : m.end() + 5]):
                continue
            category = m.groupdict().get("cat") or m.groupdict().get("cat2")
            usml = f"USML Cat. {category}" if category else "USML"
            found.append(finding(
                "marking", "high", f"ITAR marking ({m.group(0).strip()}): the document says it holds defense technical data.",
                i, segment, m.start(), m.end(), cited(has, f"USML Cat. {category}" if category else "", "22 CFR 120.33(a)"),
                label="ITAR", classification=usml,
            ))  # fmt: skip
        for m in DISTRIBUTION_MARK.finditer(text):
            letter = (m.groupdict().get("letter") or "A").upper()
            public = letter == "A"
            found.append(finding(
                "marking", "info" if public else "medium",
                f"Distribution statement {letter}: "
                + ("approved for public release." if public else "distribution is limited; the release must follow it."),
                i, segment, m.start(), m.end(), cited(has, *PUBLISHED_CITES) if public else [],
                label="distribution", letter=letter,
            ))  # fmt: skip
        for m in EXPORT_MARK.finditer(text):
            if not _negated(text, m.start()):
                found.append(finding(
                    "marking", "medium", "Marked as export-controlled by its author.", i, segment, m.start(), m.end(),
                    label="export-controlled",
                ))  # fmt: skip
        for m in EU_MARK.finditer(text):
            entry = m.groupdict().get("eu")
            citation = f"EU 2021/821 Annex I {entry}" if entry else "EU 2021/821 Art. 2(1)"
            found.append(finding(
                "marking", "high" if entry else "medium", f"EU dual-use marking ({m.group(0).strip()}).", i, segment,
                m.start(), m.end(), cited(has, citation), label="EU dual-use",
                classification=citation if entry else None,
            ))  # fmt: skip
    return capped(found)


def publication_hints(segments: Sequence[Segment], texts: Sequence[str], has: Lookup) -> list[Finding]:
    """Signs that the information is, or is not, published."""
    found: list[Finding] = []
    for label, status, i, m in _scan(PUBLICATION, segments, texts):
        public = status in PUBLISHED_STATUSES
        cites = PATENT_CITES if status == "patent" else PUBLISHED_CITES
        message = (
            f"Publication hint ({label}): if the information is published without restriction it is not subject to "
            "the EAR and is public domain under the ITAR; keep the evidence."
            if public
            else f"Not-public hint ({label}): the published and public-domain exclusions cannot be relied on."
        )
        found.append(finding(
            "publication", "info" if public else "low", message, i, segments[i], m.start(), m.end(),
            cited(has, *cites), label=label, status=status,
        ))  # fmt: skip
    return capped(found)


def red_flags(segments: Sequence[Segment], texts: Sequence[str], has: Lookup) -> list[Finding]:
    """End-use and end-user red flags and evasion wording (the fact extractor's lexicon)."""
    found: list[Finding] = []
    for i in _content(segments):
        for pattern, flag in RED_FLAGS:
            for m in pattern.finditer(texts[i]):
                found.append(finding(
                    "red-flag", "high", f"Red flag ({flag.replace('_', ' ')}): end-use and end-user rules can require a licence.",
                    i, segments[i], m.start(), m.end(), cited(has, RED_FLAG_CITES[flag]), label=flag, flag=flag,
                ))  # fmt: skip
        for pattern in EVASION:
            for m in pattern.finditer(texts[i]):
                found.append(finding(
                    "red-flag", "high", "Wording about evading export controls: stop and escalate.", i, segments[i],
                    m.start(), m.end(), cited(has, "15 CFR 764.2"), label="evasion", flag="evasion",
                ))  # fmt: skip
    return capped(found)
