"""Passages: the units matched against the control list. Neighbouring segments of the same page or
part are joined until a passage says enough (a few hundred characters); a segment too long for
the embedder is cut into windows. Each passage remembers where its pieces came from, so a span
found in a passage maps back to a segment and an offset in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.screening.types import Segment

GROW_TO = 400  # a passage takes segments until it has this many characters
MAX_CHARS = 1500  # and never more than this
MIN_WORDS = 8  # shorter passages (a heading, a footer) are not matched on their own
ADDRESS_FIELDS = frozenset({"From", "To", "Cc", "Bcc", "Date", "Reply-To", "Sender"})


@dataclass
class Passage:
    text: str
    pieces: list[tuple[int, int, int]]  # (segment index, offset in `text`, offset in the segment)

    @property
    def segments(self) -> list[int]:
        return list(dict.fromkeys(seg for seg, _, _ in self.pieces))

    @property
    def matchable(self) -> bool:
        return len(re.findall(r"[A-Za-z]{2,}", self.text)) >= MIN_WORDS

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(segment, start, end) in segment coordinates of a span of the passage text."""
        segment, at, base = self.pieces[0]
        for seg, off, seg_off in self.pieces:
            if off <= start:
                segment, at, base = seg, off, seg_off
        return segment, start - at + base, end - at + base


def _windows(text: str) -> list[tuple[int, str]]:
    """(offset, window) cuts of an over-long text, at whitespace where possible."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + MAX_CHARS - 300)
        if end < len(text):
            space = text.rfind(" ", start + 200, end)
            end = space if space > 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


def build_passages(segments: Sequence[Segment], texts: Sequence[str]) -> list[Passage]:
    passages: list[Passage] = []
    current: list[tuple[int, str]] = []
    container = None

    def close() -> None:
        if current:
            pieces, offset, parts = [], 0, []
            for i, text in current:
                pieces.append((i, offset, 0))
                parts.append(text)
                offset += len(text) + 1
            passages.append(Passage("\n".join(parts), pieces))
            current.clear()

    for i, segment in enumerate(segments):
        text = texts[i]
        if segment.location.field in ADDRESS_FIELDS or len(re.findall(r"[A-Za-z]", text)) < 3:
            continue
        if len(text) > MAX_CHARS:
            close()
            passages += [Passage(window, [(i, 0, offset)]) for offset, window in _windows(text)]
            container = None
            continue
        size = sum(len(t) + 1 for _, t in current)
        if current and (segment.location.container() != container or size >= GROW_TO or size + len(text) > MAX_CHARS):
            close()
        container = segment.location.container()
        current.append((i, text))
    close()
    return passages
