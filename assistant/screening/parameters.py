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

from assistant.lexical import tokenize
from assistant.units import UNIT_WORDS, Quantity, find_quantities, format_value, scale_of

Op = Literal["gt", "ge", "lt", "le"]

_ABOVE = {
    "gt": r"exceed(?:s|ing|ed)?|in excess of|more than|greater than|higher than|larger than|longer than|above|over|beyond|upwards of|>",
    "ge": r"at least|not less than|at or above|no less than|≥|>=",
}
_BELOW = {
    "lt": r"below|under|less than|lower than|fewer than|smaller than|shorter than|better than|finer than|<",
    "le": r"not exceeding|not more than|no more than|at most|at or below|up to|≤|<=",
}
# "at or above" before "above": the inclusive forms are tried first.
_BEFORE = [
    (op, re.compile(rf"(?i)(?:^|[\s(])(?:{words})\s*(?:(?:about|approximately|roughly|some|a|an)\s+)?$"))
    for op, words in (("ge", _ABOVE["ge"]), ("le", _BELOW["le"]), ("gt", _ABOVE["gt"]), ("lt", _BELOW["lt"]))
]
_AFTER = [
    ("ge", re.compile(r"(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:or|and) (?:more|greater|higher|above|larger|longer|over)\b")),
    ("le", re.compile(r"(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:or|and) (?:less|lower|below|smaller|better|fewer|finer|shorter)\b")),
]
_EXCLUSION = re.compile(
    r"(?i)\b(?:does not (?:reach|apply|cover|control|include|extend)|do not (?:reach|apply|cover|extend)|"
    r"not controlled|excludes|excluded|exclusion from|released from|decontrol\w*|not caught|carved out|"
    r"is not covered|are not covered|left out|outside the entry|except|other than)\b"
)
# "except" in a clause about licence exceptions ("TSR is available except for …") narrows the
# exception, not the control: such a clause keeps its thresholds positive.
_ABOUT_EXCEPTIONS = re.compile(r"(?i)\b(?:TSR|STA|ENC|LVS|GBS|licen[cs]e exceptions?|available)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\d])")
_SHARE = re.compile(r"(?i)(?:%|\bper ?cent)\s*(?:of\s+\w+\s+)?(?:above|over|below|under|exceeding|less than|more than)\s*$")
_EXCLUDING = re.compile(r"(?i)\b(?:does not|do not|excludes|excluded|not controlled|released from)\b")
# Clauses: a semicolon or a sentence end. Polarity ("does not reach") is read per clause.
_CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=[.!?])\s+(?=[A-Z(\d])")


@dataclass(frozen=True)
class Threshold:
    """One comparison an entry states: controlled when a value is `op` `value` (base unit)."""

    op: Op
    value: float
    dimension: str
    text: str
    exclusion: bool = False
    context: frozenset[str] = frozenset()
    scale: str = ""

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


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in pattern.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _comparison(text: str, q: Quantity) -> Op | None:
    before = text[max(0, q.start - 40) : q.start]
    if _SHARE.search(before):
        return None  # "no more than 10% above 5 µm" bounds a share, not the value
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
    clauses = _spans(text, _CLAUSE_END)
    sentences = _spans(text, _SENTENCE_END)
    for q in find_quantities(text):
        if re.search(r"\(\s*$", text[max(0, q.start - 3) : q.start]):
            continue
        op = _comparison(text, q)
        if op is None:
            continue
        start, end = next(((s, e) for s, e in clauses if s <= q.start < e), (0, len(text)))
        clause = text[start:end]
        excluded = bool(_EXCLUSION.search(clause)) and not (
            re.search(r"(?i)\bexcept\b", clause) and _ABOUT_EXCEPTIONS.search(clause) and not _EXCLUDING.search(clause)
        )
        s_start, s_end = next(((s, e) for s, e in sentences if s <= q.start < e), (0, len(text)))
        phrase = text[max(start, q.start - 30) : q.end]
        phrase = " ".join((phrase.split(" ", 1)[-1] if q.start - 30 > start else phrase).split())
        # What the number qualifies: the words near it, and the sentence's opening (its subject).
        near = text[max(s_start, q.start - 70) : min(s_end, q.end + 40)]
        context = frozenset(tokenize(near) + tokenize(text[s_start : min(s_end, s_start + 100)]))
        found.append(Threshold(op, q.value, q.dimension, phrase, excluded, context, scale_of(q)))
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


def _shared_words(t: Threshold) -> int:
    """Words a quantity must share with a threshold's context. A maximum ("below", "or less") is
    met by most small numbers, so it needs two shared words; a minimum needs one."""
    return 2 if t.op in ("lt", "le") else 1


def quantity_context(text: str, q: Quantity, width: int = 80) -> frozenset[str]:
    """Words around a quantity in the document, within its line: what the number describes."""
    start = max(text.rfind("\n", 0, q.start) + 1, q.start - width)
    end = text.find("\n", q.end)
    end = min(end if end >= 0 else len(text), q.end + width)
    return frozenset(tokenize(text[start:end]))


def compare(
    text: str,
    thresholds: dict[str, Sequence[Threshold]],
    citations: Iterable[str],
    generic: frozenset[str] = frozenset(),
) -> list[Parameter]:
    """The quantities in `text`, each compared with the thresholds of the entries `citations`.

    A threshold is compared only with a quantity of the same dimension described in related words:
    its context in the entry and the quantity's line share a word (two for a maximum) that is not
    `generic`, not a number and not a unit. "2.4 GHz Wi-Fi" is then not compared with "WDM below 100 GHz spacing".
    """
    wanted = list(dict.fromkeys(citations))
    out: list[Parameter] = []
    for q in find_quantities(text):
        around = {t for t in quantity_context(text, q) if len(t) > 2 and not t[0].isdigit()} - generic - UNIT_WORDS
        comparisons = [
            Comparison(citation, t, t.met_by(q.value))
            for citation in wanted
            for t in thresholds.get(citation, ())
            if t.dimension == q.dimension and t.scale == scale_of(q) and len(t.context & around) >= _shared_words(t)
        ]
        out.append(Parameter(q, tuple(comparisons)))
    return out
