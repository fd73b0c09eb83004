"""Control-list candidates for a whole document, and its parameters set against their thresholds.

Passages (neighbouring segments of the same page or part, a few hundred characters) are matched
against the control-list entries; an entry's evidence across passages is pooled under one
crosswalk group (ECCN 3E001, EU 2021/821 Annex I 3E001 and WA 3.E.1 are one technology). A number
with a unit in a passage is compared with the thresholds of the document's leading candidates and
of that passage's own best matches: meeting a stated threshold raises the parameter and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.screening.controls import ControlList, Match, lexical_weight
from assistant.screening.indicators import SENTENCE, Lookup, capped, cited, finding
from assistant.screening.parameters import Comparison, compare
from assistant.screening.types import Candidate, Finding, Segment

PASSAGE_CHARS = (400, 1500)  # a passage grows to the first size and never beyond the second
MIN_SIMILARITY = 0.30  # weaker matches are not candidates at all
STRONG_SIMILARITY = 0.50
TOP_CANDIDATES = 5
_ADDRESS_FIELDS = {"From", "To", "Cc", "Bcc", "Date", "Reply-To", "Sender"}


@dataclass
class Passage:
    text: str
    pieces: list[tuple[int, int]]  # (segment index, offset of the segment in `text`)

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(segment, start, end) of a span of the passage text."""
        segment, offset = self.pieces[0]
        for seg, off in self.pieces:
            if off <= start:
                segment, offset = seg, off
        return segment, start - offset, end - offset


def build_passages(segments: Sequence[Segment], texts: Sequence[str]) -> list[Passage]:
    passages: list[Passage] = []
    current: list[tuple[int, str]] = []
    container = None

    def close() -> None:
        if current:
            pieces, offset, parts = [], 0, []
            for i, text in current:
                pieces.append((i, offset))
                parts.append(text)
                offset += len(text) + 1
            passages.append(Passage("\n".join(parts), pieces))
            current.clear()

    for i, segment in enumerate(segments):
        if segment.location.field in _ADDRESS_FIELDS or len(re.findall(r"[A-Za-z]", texts[i])) < 3:
            continue
        size = sum(len(t) + 1 for _, t in current)
        if current and (segment.location.container() != container or size >= PASSAGE_CHARS[0]
                        or size + len(texts[i]) > PASSAGE_CHARS[1]):  # fmt: skip
            close()
        container = segment.location.container()
        current.append((i, texts[i][: PASSAGE_CHARS[1]]))
    close()
    return passages


def group_key(citation: str) -> str:
    record = crosswalk_lookup(citation)
    return record.eccn if record else citation


@dataclass
class _Group:
    key: str
    best: Match | None = None
    best_passage: int = 0
    members: dict[str, float] = field(default_factory=dict)
    support: int = 0
    lexical: float = 0.0
    terms: dict[str, int] = field(default_factory=dict)
    met: dict[str, Comparison] = field(default_factory=dict)
    segments: list[int] = field(default_factory=list)

    def add(self, m: Match, passage: int, segments: Sequence[int]) -> None:
        self.support += 1
        self.members[m.citation] = max(self.members.get(m.citation, 0.0), m.similarity)
        self.lexical = max(self.lexical, m.lexical)
        for t in m.terms:
            self.terms[t] = self.terms.get(t, 0) + 1
        if self.best is None or m.similarity > self.best.similarity:
            self.best, self.best_passage = m, passage
        self.segments.extend(s for s in segments if s not in self.segments)

    @property
    def similarity(self) -> float:
        return self.best.similarity if self.best else 0.0

    @property
    def score(self) -> float:
        distinct = {(c.threshold.dimension, c.threshold.op) for c in self.met.values()}
        return round(
            self.similarity + 0.1 * lexical_weight(self.lexical) + 0.15 * min(2, len(distinct)) + 0.02 * min(5, self.support),
            4,
        )


def _primary(group: _Group, has: Lookup) -> str:
    if group.key.startswith("ECCN") and has(group.key):
        return group.key
    return max(group.members, key=lambda c: group.members[c]) if group.members else group.key


def evaluate(
    segments: Sequence[Segment], texts: Sequence[str], controls: ControlList, has: Lookup, technical: bool
) -> tuple[list[Candidate], list[Finding]]:
    """Candidates (best first) and the control-candidate and parameter findings."""
    passages = build_passages(segments, texts)
    matches = controls.match([p.text for p in passages])
    groups: dict[str, _Group] = {}
    for n, (passage, found) in enumerate(zip(passages, matches, strict=True)):
        for m in found:
            if m.similarity >= MIN_SIMILARITY:
                groups.setdefault(group_key(m.citation), _Group(group_key(m.citation))).add(
                    m, n, [s for s, _ in passage.pieces]
                )
    leading = sorted(groups.values(), key=lambda g: -g.score)[:TOP_CANDIDATES]
    compared = {c for g in leading for c in g.members}
    findings = _parameters(passages, matches, groups, compared, controls, segments)
    ranked = sorted(groups.values(), key=lambda g: -g.score)[:TOP_CANDIDATES]
    candidates = [_candidate(g, controls, has) for g in ranked]
    for cand, group in zip(candidates[:3], ranked[:3], strict=False):
        findings.append(_candidate_finding(cand, group, passages[group.best_passage], segments, texts, has, technical))
    return candidates, findings


def _parameters(
    passages: Sequence[Passage],
    matches: Sequence[Sequence[Match]],
    groups: dict[str, _Group],
    compared: set[str],
    controls: ControlList,
    segments: Sequence[Segment],
) -> list[Finding]:
    raised: list[Finding] = []
    other: list[Finding] = []
    thresholds = controls.thresholds
    for passage, found in zip(passages, matches, strict=True):
        own = [m.citation for m in found[:3] if m.similarity >= MIN_SIMILARITY]
        for parameter in compare(passage.text, thresholds, [*compared, *own], controls.generic):
            q = parameter.quantity
            seg, start, end = passage.locate(q.start, q.end)
            met = list({c.citation: c for c in reversed(parameter.raised)}.values())[::-1]  # one per entry
            for c in met:
                group = groups.setdefault(group_key(c.citation), _Group(group_key(c.citation)))
                group.met.setdefault(f"{c.citation}|{c.threshold.text}", c)
            if met:
                message = "Parameter meets a control threshold: " + "; ".join(c.describe(q) for c in met[:3]) + "."
                raised.append(finding(
                    "parameter", "high", message, seg, segments[seg], start, end, [c.citation for c in met[:3]],
                    label=f"{q.dimension}:met", value=q.value, dimension=q.dimension,
                    thresholds=[c.threshold.text for c in met[:3]],
                ))  # fmt: skip
                continue
            if parameter.excluded:
                message = "Parameter falls within an exclusion: " + parameter.excluded[0].describe(q) + "."
            elif parameter.comparisons:
                c = parameter.comparisons[0]
                message = f"Parameter below the stated thresholds ({c.describe(q)})."
            else:
                message = f"Technical parameter {q.text}; no threshold of the candidate entries applies to it."
            status = "excluded" if parameter.excluded else "compared" if parameter.comparisons else "uncompared"
            other.append(finding(
                "parameter", "info", message, seg, segments[seg], start, end, [],
                label=f"{q.dimension}:{status}", value=q.value, dimension=q.dimension,
            ))  # fmt: skip
    return raised[:50] + capped(other)


def _candidate(group: _Group, controls: ControlList, has: Lookup) -> Candidate:
    primary = _primary(group, has)
    entry = controls.entries.get(primary) or (controls.entries.get(group.best.citation) if group.best else None)
    record = crosswalk_lookup(primary)
    equivalents = [c for c in (record.citations if record else ()) if c != primary and has(c)]
    terms = sorted(group.terms, key=lambda t: -group.terms[t])[:8]
    met = list(group.met.values())
    return Candidate(
        citation=primary,
        title=entry.title if entry else primary,
        jurisdiction=entry.jurisdiction if entry else "",
        score=group.score,
        similarity=round(group.similarity, 4),
        equivalents=equivalents,
        matched_terms=terms,
        matched_parameters=[f"{c.threshold.text} ({c.citation})" for c in met[:5]],
        segments=group.segments[:20],
        strong=bool(met) or group.similarity >= STRONG_SIMILARITY,
        chunk_id=group.best.chunk_id if group.best else "",
    )


def _candidate_finding(
    cand: Candidate,
    group: _Group,
    passage: Passage,
    segments: Sequence[Segment],
    texts: Sequence[str],
    has: Lookup,
    technical: bool,
) -> Finding:
    """Located at the sentence of the best passage that shares the most terms with the entry."""
    best_seg, best_span, best_hits = passage.pieces[0][0], (0, 0), -1
    for seg, _ in passage.pieces:
        for m in SENTENCE.finditer(texts[seg]):
            hits = sum(1 for t in cand.matched_terms if t in m.group(0).lower())
            if hits > best_hits and m.group(0).strip():
                best_seg, best_span, best_hits = seg, (m.start(), m.end()), hits
    start, end = best_span
    while start < end and texts[best_seg][start].isspace():
        start += 1
    severity = "high" if cand.strong and technical else "medium" if cand.strong or cand.similarity >= 0.45 else "low"
    return finding(
        "control-candidate", severity,
        f"Resembles {cand.citation} ({cand.title}); {cand.reason}.",
        best_seg, segments[best_seg], start, end, cited(has, cand.citation, *cand.equivalents),
        label="candidate", score=cand.score, strong=cand.strong,
    )  # fmt: skip
