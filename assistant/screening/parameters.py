"""Thresholds stated in control-list entries, and the document's parameters compared with them.

A threshold is read from the entry's own text as a comparison phrase around a number with a unit:
"over 90 GHz", "more than 15 dB", "1,693 K (1,420 °C) or more", "better than 10 nm". Nothing is
written per entry: the same reading applies to every entry in the index (bundled digest or
official text), so what the corpus states is what is compared. A threshold in a sentence that
takes items out of control ("does not reach … at or above 0.130 µm") is marked as an exclusion:
meeting it lowers, never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.screening.units import Quantity, find_quantities, format_value

Op = Literal["gt", "ge", "lt", "le"]

_ABOVE = {
    "gt": r"exceed(?:s|ing|ed)?|in excess of|more than|greater than|higher than|larger than|longer than|above|over|beyond|upwards of|>",
    "ge": r"at least|not less than|at or above|no less than|≥|>=",
}
_BELOW = {
    "lt": r"below|under|less than|lower than|fewer than|smaller than|shorter than|better than|finer than|<",
    "le": r"not exceeding|not more than|no more than|at most|at or below|up to|≤|<=",
}
_BEFORE = [
    (op, re.compile(rf"(?i)(?:^|[\s(])(?:{words})\s*(?:(?:about|approximately|roughly|some|a|an)\s+)?$"))
    for op, words in {**_ABOVE, **_BELOW}.items()
]
_AFTER = [
    ("ge", re.compile(r"(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:or|and) (?:more|greater|higher|above|larger|longer|over)\b")),
    ("le", re.compile(r"(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:or|and) (?:less|lower|below|smaller|better|fewer|finer|shorter)\b")),
]
_EXCLUSION = re.compile(
    r"(?i)\b(?:does not (?:reach|apply|cover|control|include|extend)|do not (?:reach|apply|cover|extend)|"
    r"not controlled|excludes?|excluded|exclusions?|released from|decontrol\w*|not caught|carved out|"
    r"is not covered|are not covered|left out|outside the entry)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])")


@dataclass(frozen=True)
class Threshold:
    """One comparison an entry states: controlled when a value is `op` `value` (base unit)."""

    op: Op
    value: float
    dimension: str
    text: str
    exclusion: bool = False

    def met_by(self, value: float) -> bool:
        if self.op == "gt":
            return value > self.value
        if self.op == "ge":
            return value >= self.value
        if self.op == "lt":
            return value < self.value
        return value <= self.value

    @property
    def phrase(self) -> str:
        words = {"gt": "above", "ge": "at least", "lt": "below", "le": "at most"}[self.op]
        return f"{words} {format_value(self.value, self.dimension)}"


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _comparison(text: str, q: Quantity) -> Op | None:
    before = text[max(0, q.start - 40) : q.start]
    for op, pattern in _BEFORE:
        if pattern.search(before):
            return op  # type: ignore[return-value]
    after = text[q.end : q.end + 60]
    for op, pattern in _AFTER:
        if pattern.match(after):
            return op  # type: ignore[return-value]
    return None


def parse_thresholds(text: str) -> list[Threshold]:
    """Every comparison-with-a-quantity in `text`. A quantity in parentheses right after another
    ("1,273 K (1,000 °C)") restates it and is skipped."""
    found: list[Threshold] = []
    sentences = _sentences(text)
    for q in find_quantities(text):
        if re.search(r"\(\s*$", text[max(0, q.start - 3) : q.start]):
            continue
        op = _comparison(text, q)
        if op is None:
            continue
        start, end = next(((s, e) for s, e in sentences if s <= q.start < e), (0, len(text)))
        sentence = text[start:end]
        phrase = text[max(start, q.start - 25) : q.end].split("\n")[-1].strip()
        found.append(Threshold(op, q.value, q.dimension, phrase, bool(_EXCLUSION.search(sentence))))
    unique: dict[tuple[str, float, str, bool], Threshold] = {}
    for t in found:
        unique.setdefault((t.op, t.value, t.dimension, t.exclusion), t)
    return list(unique.values())


@dataclass(frozen=True)
class Comparison:
    """A document quantity set against one entry's threshold of the same dimension."""

    citation: str
    threshold: Threshold
    met: bool

    def describe(self, quantity: Quantity) -> str:
        verb = "meets" if self.met else "does not meet"
        kind = "exclusion" if self.threshold.exclusion else "threshold"
        return f"{quantity.text} {verb} the {kind} '{self.threshold.text}' of {self.citation}"


@dataclass(frozen=True)
class Parameter:
    """A quantity in the document and how it compares with the candidates' thresholds."""

    quantity: Quantity
    comparisons: tuple[Comparison, ...]

    @property
    def raised(self) -> list[Comparison]:
        """Positive thresholds the value meets: these raise the severity."""
        return [c for c in self.comparisons if c.met and not c.threshold.exclusion]

    @property
    def excluded(self) -> list[Comparison]:
        return [c for c in self.comparisons if c.met and c.threshold.exclusion]


def compare(text: str, thresholds: dict[str, Sequence[Threshold]], citations: Iterable[str]) -> list[Parameter]:
    """The quantities in `text`, each compared with the thresholds of the entries `citations`."""
    wanted = list(dict.fromkeys(citations))
    out: list[Parameter] = []
    for q in find_quantities(text):
        comparisons = [
            Comparison(citation, t, t.met_by(q.value))
            for citation in wanted
            for t in thresholds.get(citation, ())
            if t.dimension == q.dimension
        ]
        out.append(Parameter(q, tuple(comparisons)))
    return out
