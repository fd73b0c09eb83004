"""The lexical half of hybrid retrieval: BM25 (bm25s) over the same chunks as the vector store.

Exact terms matter in this domain ("3E001", "deemed export", "TSR") and a small embedder blurs
them; BM25 keeps them sharp. The index is saved beside the Chroma collection in each build.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.types import Chunk

_TOKEN = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "could",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "s",
        "should",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "under",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)


def _stem(token: str) -> str:
    """A tiny English stemmer: enough to meet 'exports'/'export', 'releases'/'release'."""
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4 and not token[-len(suffix) - 1].isdigit():
            return token[: -len(suffix)] + keep
    return token


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; dotted numbers ("734.18", "3.e.1") are kept whole and split."""
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        if raw in _STOP:
            continue
        if "." in raw:
            tokens.append(raw)
            tokens.extend(p for p in raw.split(".") if len(p) > 1 and p not in _STOP)
        else:
            tokens.append(_stem(raw))
    return tokens


def build_lexical(chunks: Sequence[Chunk], folder: Path) -> None:
    import bm25s

    retriever = bm25s.BM25()
    retriever.index([tokenize(c.text) for c in chunks], show_progress=False)
    retriever.save(str(folder), show_progress=False)


class Lexical:
    """A loaded BM25 index; row i is chunk i of the build's `chunks.jsonl`."""

    def __init__(self, folder: Path, jurisdictions: Sequence[str]) -> None:
        import bm25s

        self._bm25 = bm25s.BM25.load(str(folder), show_progress=False)
        self._vocab = self._bm25.vocab_dict
        self._jurisdictions = np.asarray(jurisdictions)
        self._size = len(jurisdictions)

    def search(self, query: str, k: int, jurisdictions: Sequence[str] | None = None) -> list[tuple[int, float]]:
        """Rows and BM25 scores of the best `k` chunks, optionally within some jurisdictions."""
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if not tokens:
            return []
        mask = None
        if jurisdictions:
            mask = np.isin(self._jurisdictions, list(jurisdictions)).astype(np.float32)
            if not mask.any():
                return []
        scores = self._bm25.get_scores_from_ids([self._vocab[t] for t in tokens], weight_mask=mask)
        k = min(k, self._size)
        top = np.argpartition(-scores, k - 1)[:k] if k < self._size else np.arange(self._size)
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(r), float(scores[r])) for r in top if scores[r] > 0]
