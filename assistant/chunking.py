"""Provision → chunks sized in the embedder's own tokens.

A chunk never straddles two provisions. A long provision is split on paragraph boundaries (then
sentences), and every piece starts with its heading path ("15 CFR 734.18 › (a)(5)") so that a
piece read alone still says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.types import Chunk, Provision

TokenCounter = Callable[[str], int]

_PARA_MARK = re.compile(r"^\s*(\((?:[a-z]|\d{1,2}|[ivx]{1,5})\))")
_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-Z(])")


def heading_of(provision: Provision) -> str:
    return f"{provision.citation} › {provision.title}"


def _pieces(body: str) -> list[tuple[int, str]]:
    """Paragraphs with their character offset in the body."""
    pieces: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", body):
        text = m.group(0).strip()
        if text:
            pieces.append((m.start(), text))
    return pieces


def _split_long(offset: int, text: str, budget: int, count: TokenCounter) -> list[tuple[int, str]]:
    """Split one over-long paragraph on sentence boundaries, then on words as a last resort."""
    out: list[tuple[int, str]] = []
    sentences = _SENTENCE.split(text)
    current, start, cursor = "", offset, offset
    for sentence in sentences:
        candidate = f"{current} {sentence}".strip()
        if current and count(candidate) > budget:
            out.append((start, current))
            current, start = sentence, cursor
        else:
            current = candidate
        cursor += len(sentence) + 1
    if current:
        out.append((start, current))
    final: list[tuple[int, str]] = []
    for start, piece in out:
        if count(piece) <= budget:
            final.append((start, piece))
            continue
        words, buf = piece.split(), []
        for word in words:
            if buf and count(" ".join([*buf, word])) > budget:
                final.append((start, " ".join(buf)))
                buf = []
            buf.append(word)
        if buf:
            final.append((start, " ".join(buf)))
    return final


def chunk_provision(provision: Provision, max_tokens: int, count: TokenCounter) -> list[Chunk]:
    """Split one provision into chunks of at most `max_tokens` word pieces, heading included."""
    heading = heading_of(provision)
    keywords = f"\nKeywords: {', '.join(provision.keywords)}" if provision.keywords else ""
    budget = max(16, max_tokens - count(heading) - count(keywords) - 2)
    groups: list[tuple[int, int, list[str], str]] = []  # start, end, texts, paragraph marker
    for offset, text in _pieces(provision.body):
        parts = [(offset, text)] if count(text) <= budget else _split_long(offset, text, budget, count)
        for start, part in parts:
            marker_match = _PARA_MARK.match(part)
            marker = marker_match.group(1) if marker_match else ""
            end = start + len(part)
            if groups and count(" ".join([*groups[-1][2], part])) <= budget:
                s, _, texts, m = groups[-1]
                groups[-1] = (s, end, [*texts, part], m)
            else:
                groups.append((start, end, [part], marker))
    chunks: list[Chunk] = []
    for start, end, texts, marker in groups:
        head = f"{heading} › {marker}" if marker and len(groups) > 1 else heading
        text = f"{head}\n{chr(10).join(texts)}{keywords if not chunks else ''}"
        chunks.append(
            Chunk(
                id=Chunk.make_id(provision.citation, text, provision.source),
                text=text,
                citation=provision.citation,
                heading=head,
                title=provision.title,
                jurisdiction=provision.jurisdiction,
                kind=provision.kind,
                source=provision.source,
                source_url=provision.source_url,
                source_kind=provision.source_kind,
                as_of=provision.as_of.isoformat(),
                page=provision.page,
                start=provision.offset + start,
                end=provision.offset + end,
                heading_path=" › ".join(provision.heading_path),
                source_hash=provision.source_hash,
            )
        )
    return chunks


def chunk_all(provisions: Iterable[Provision], max_tokens: int, count: TokenCounter) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for provision in provisions:
        for chunk in chunk_provision(provision, max_tokens, count):
            if chunk.id not in seen:
                seen.add(chunk.id)
                chunks.append(chunk)
    return chunks
