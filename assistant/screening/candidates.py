"""Control-list candidates for a whole document, and its parameters set against their thresholds.

Passages (`assistant.screening.passages`) are matched against the control-list entries; an entry's evidence across passages is pooled under one
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
from assistant.screening.passages import Passage, build_passages
from assistant.screening.types import Candidate, Finding, Segment

MIN_SIMILARITY = 0.30  # weaker matches are not candidates at all
STRONG_SIMILARITY = 0.50  # without a threshold met or a marking, only a close match is strong
TOP_CANDIDATES = 5
MARKED_BONUS = 0.5  # an entry the document is marked with scores higher (and is ranked first)
SOFTWARE_PENALTY = 0.08  # a software (D) entry, for a document with no code in it


def group_key(citation: str) -> str:
    record = crosswalk_lookup(citation)
    return record.eccn if record else citation


def is_software_entry(citation: str) -> bool:
    """ECCN 4D001, EU 2021/821 Annex I 4D001, WA 4.D.1: entries that control software."""
    return bool(re.search(r"(?:\b\dD\d{3}|\b\d\.D\.\d{1,2})$", citation))


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
    marked: bool = False
    penalty: float = 0.0

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
            self.similarity + 0.1 * lexical_weight(self.lexical) + 0.15 * min(2, len(distinct))
            + 0.02 * min(5, self.support) + (MARKED_BONUS if self.marked else 0.0) - self.penalty,
            4,
        )  # fmt: skip


def _rank(group: _Group) -> tuple[bool, float]:
    """Entries marked on the document first, then by score."""
    return (not group.marked, -group.score)


def _primary(group: _Group, has: Lookup) -> str:
    if group.key.startswith("ECCN") and has(group.key):
        return group.key
    return max(group.members, key=lambda c: group.members[c]) if group.members else group.key


def evaluate(
    segments: Sequence[Segment],
    texts: Sequence[str],
    controls: ControlList,
    has: Lookup,
    technical: bool,
    software: bool = False,
    marked: Sequence[str] = (),
) -> tuple[list[Candidate], list[Finding]]:
    """Candidates (best first) and the control-candidate and parameter findings. `software`: the
    document contains code (so software entries fit it); `marked`: classifications marked on it."""
    passages = build_passages(segments, texts)
    matchable = [p for p in passages if p.matchable]
    found_by = dict(zip((id(p) for p in matchable), controls.match([p.text for p in matchable]), strict=True))
    matches = [found_by.get(id(p), []) for p in passages]
    groups: dict[str, _Group] = {}
    for n, (passage, found) in enumerate(zip(passages, matches, strict=True)):
        for m in found:
            if m.similarity >= MIN_SIMILARITY:
                groups.setdefault(group_key(m.citation), _Group(group_key(m.citation))).add(m, n, passage.segments)
    for citation in marked:
        if group_key(citation) in groups or citation in controls.entries:
            groups.setdefault(group_key(citation), _Group(group_key(citation))).marked = True
    for group in groups.values():
        if not software and is_software_entry(group.key):
            group.penalty = SOFTWARE_PENALTY
    leading = sorted(groups.values(), key=_rank)[:TOP_CANDIDATES]
    compared = {c for g in leading for c in (g.members or {g.key: 0.0})}
    findings = _parameters(passages, matches, groups, compared, controls, segments)
    ranked = sorted(groups.values(), key=_rank)[:TOP_CANDIDATES]
    candidates = [_candidate(g, controls, has) for g in ranked]
    for cand, group in zip(candidates[:3], ranked[:3], strict=False):
        if group.best is not None:
            findings.append(_candidate_finding(cand, passages[group.best_passage], segments, texts, has, technical))
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
        strong=bool(met) or group.marked or group.similarity >= STRONG_SIMILARITY,
        marked=group.marked,
        chunk_id=group.best.chunk_id if group.best else "",
    )


def _candidate_finding(
    cand: Candidate,
    passage: Passage,
    segments: Sequence[Segment],
    texts: Sequence[str],
    has: Lookup,
    technical: bool,
) -> Finding:
    """Located at the sentence of the best passage that shares the most terms with the entry."""
    best_seg, best_span, best_hits = passage.pieces[0][0], (0, 0), -1
    for seg, _, base in passage.pieces:
        window = passage.text if len(passage.pieces) == 1 and base else texts[seg]
        for m in SENTENCE.finditer(window):
            hits = sum(1 for t in cand.matched_terms if t in m.group(0).lower())
            if hits > best_hits and m.group(0).strip():
                shift = base if window is passage.text else 0
                best_seg, best_span, best_hits = seg, (m.start() + shift, m.end() + shift), hits
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
