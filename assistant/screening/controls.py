"""Control-list matching: a document passage against the index's control-list entries only.

The index answers questions over every provision; a pre-check needs the same hybrid ranking
(dense + BM25, fused by reciprocal rank as in `assistant.retrieval`) restricted to chunks of kind
`control-entry` (ECCN E/D entries, USML categories, EU Annex I and Wassenaar entries). `Index` has
no kind filter and is not ours to change, so this module keeps the control-entry rows aside: their
vectors are read once from the build's vector store (the same vectors the index searches, no
re-embedding) and BM25 scores come from `Index.search_lexical`, filtered to those rows.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.embeddings import Embedder
from assistant.index import Index
from assistant.lexical import tokenize
from assistant.retrieval import RRF_K
from assistant.screening.parameters import Threshold, parse_thresholds
from assistant.types import Chunk

DEPTH = 30  # ranks taken from each of dense and lexical before fusing
MAX_EMBED_CHARS = 1500  # MiniLM reads 256 word pieces; the rest would only cost time


@dataclass
class Entry:
    """One control-list entry (all its chunks), with the thresholds its text states."""

    citation: str
    title: str
    jurisdiction: str
    chunks: list[Chunk]
    thresholds: list[Threshold]
    terms: frozenset[str]


@dataclass
class Match:
    """One entry matched by one passage."""

    citation: str
    fused: float
    similarity: float
    lexical: float
    terms: list[str] = field(default_factory=list)
    chunk_id: str = ""


def _store_vectors(index: Index, chunks: Sequence[Chunk]) -> np.ndarray | None:
    """The stored vectors of `chunks`, in order; None when the store cannot give them."""
    collection: Any = getattr(index, "_collection", None)
    if collection is None:
        return None
    try:
        got = collection.get(ids=[c.id for c in chunks], include=["embeddings"])
    except Exception:  # a store without `get` or gone away: fall back to embedding
        return None
    by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
    if any(c.id not in by_id for c in chunks):
        return None
    return np.asarray([by_id[c.id] for c in chunks], dtype=np.float32)


class ControlList:
    """The control-list entries of one index build, ready to match passages against."""

    def __init__(self, index: Index, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self.chunks = [c for c in index.chunks if c.kind == "control-entry"]
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        vectors = _store_vectors(index, self.chunks) if self.chunks else None
        if vectors is None or (len(vectors) and vectors.shape[1] != embedder.dimension):
            vectors = embedder.embed([c.text for c in self.chunks])
        self.vectors = vectors
        grouped: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in self.chunks:
            grouped[chunk.citation].append(chunk)
        tokens = {c.id: set(tokenize(c.text)) for c in self.chunks}
        self.df: Counter[str] = Counter(t for c in self.chunks for t in tokens[c.id])
        n = len(self.chunks)
        # Word rarity needs a list of some size; a handful of entries (a test index) has none.
        self.generic = frozenset(t for t, count in self.df.items() if count / n > 0.2) if n >= 20 else frozenset()
        self.entries: dict[str, Entry] = {}
        for citation, chunks in grouped.items():
            body = "\n".join(c.text.split("\n", 1)[-1] for c in chunks)
            self.entries[citation] = Entry(
                citation=citation,
                title=chunks[0].title,
                jurisdiction=chunks[0].jurisdiction,
                chunks=chunks,
                thresholds=parse_thresholds(body),
                terms=frozenset(t for c in chunks for t in tokens[c.id]),
            )

    @property
    def thresholds(self) -> dict[str, list[Threshold]]:
        return {citation: entry.thresholds for citation, entry in self.entries.items()}

    def rare_terms(self, text_terms: set[str], citation: str, limit: int = 8) -> list[str]:
        """Words shared by the passage and the entry that few entries use (the reason a reader
        can check); numbers and very common words are left out."""
        entry = self.entries[citation]
        n = max(1, len(self.chunks))
        shared = [
            t for t in text_terms & entry.terms
            if len(t) > 2 and not t.replace(".", "").isdigit() and (n < 20 or self.df[t] / n <= 0.12)
        ]  # fmt: skip
        return sorted(shared, key=lambda t: (self.df[t], t))[:limit]

    def match(self, texts: Sequence[str], k: int = 5) -> list[list[Match]]:
        """For each passage, its best `k` entries (one per citation), best first."""
        if not texts or not self.chunks:
            return [[] for _ in texts]
        unique = list(dict.fromkeys(t[:MAX_EMBED_CHARS] for t in texts))  # running headers repeat
        row = {t: i for i, t in enumerate(unique)}
        similarities = self.embedder.embed(unique) @ self.vectors.T
        out: list[list[Match]] = []
        for text in texts:
            sims = similarities[row[text[:MAX_EMBED_CHARS]]]
            dense = np.argsort(-sims)[:DEPTH]
            lexical_scores: dict[int, float] = {}
            for chunk, score in self.index.search_lexical(text, len(self.index.chunks)):
                pos = self.position.get(chunk.id)
                if pos is not None:
                    lexical_scores[pos] = score
                    if len(lexical_scores) >= DEPTH:
                        break
            fused: dict[int, float] = defaultdict(float)
            for rank, pos in enumerate(dense):
                fused[int(pos)] += 1.0 / (RRF_K + rank + 1)
            for rank, pos in enumerate(lexical_scores):
                fused[pos] += 1.0 / (RRF_K + rank + 1)
            best: dict[str, Match] = {}
            terms = set(tokenize(text))
            for pos, score in sorted(fused.items(), key=lambda kv: -kv[1]):
                chunk = self.chunks[pos]
                if chunk.citation in best:
                    continue
                best[chunk.citation] = Match(
                    citation=chunk.citation,
                    fused=round(score, 6),
                    similarity=round(float(sims[pos]), 4),
                    lexical=round(lexical_scores.get(pos, 0.0), 3),
                    terms=self.rare_terms(terms, chunk.citation),
                    chunk_id=chunk.id,
                )
                if len(best) >= k:
                    break
            out.append(list(best.values()))
        return out


_cache: dict[tuple[str, str, int], ControlList] = {}
_lock = threading.Lock()


def control_list(index: Index, embedder: Embedder) -> ControlList:
    """The control list of this index build (built once per process and build)."""
    key = (index.build.id, embedder.name, id(index))
    with _lock:
        if key not in _cache:
            if len(_cache) >= 4:
                _cache.pop(next(iter(_cache)))
            _cache[key] = ControlList(index, embedder)
        return _cache[key]


def lexical_weight(score: float) -> float:
    """A BM25 score squashed into [0, 1) so it can be added to a cosine similarity."""
    return 1.0 - math.exp(-max(score, 0.0) / 12.0)
