"""Hybrid retrieval: direct citation lookup, then dense and BM25 results fused by reciprocal rank.

A question that names a provision ("734.7", "§ 120.54", "3E001") gets that provision first; the rest
is ranked by reciprocal rank fusion (RRF, k=60), which needs no score calibration between BM25 and
cosine similarity. `found` is False when the best dense similarity is under the relevance floor and
no citation was named, so the answer can say it found nothing rather than present a weak match.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.citations import find_mentions
from assistant.embeddings import Embedder
from assistant.index import Index
from assistant.types import Chunk, Evidence

Mode = Literal["hybrid", "dense", "lexical"]
RRF_K = 60


@dataclass
class Retrieval:
    evidence: list[Evidence]
    found: bool
    best_similarity: float
    named: list[str] = field(default_factory=list)
    latency_ms: float = 0.0

    @property
    def citations(self) -> list[str]:
        """Distinct citations in rank order."""
        seen: dict[str, None] = {}
        for item in self.evidence:
            seen.setdefault(item.citation, None)
        return list(seen)


def _fuse(rankings: Sequence[Sequence[Chunk]]) -> list[tuple[Chunk, float]]:
    scores: dict[str, float] = {}
    chunks: dict[str, Chunk] = {}
    for ranking in rankings:
        for rank, chunk in enumerate(ranking):
            scores[chunk.id] = scores.get(chunk.id, 0.0) + 1.0 / (RRF_K + rank + 1)
            chunks[chunk.id] = chunk
    order = sorted(scores, key=lambda cid: -scores[cid])
    return [(chunks[cid], scores[cid]) for cid in order]


def retrieve(
    index: Index,
    embedder: Embedder,
    query: str,
    k: int = 10,
    jurisdictions: Sequence[str] | None = None,
    mode: Mode = "hybrid",
    floor: float = 0.0,
    extra_citations: Sequence[str] = (),
) -> Retrieval:
    """Evidence for `query`: named provisions first, then fused dense + lexical results."""
    started = time.perf_counter()
    depth = max(k * 3, 30)
    mentioned = [c for c in find_mentions(query) if index.has_citation(c)]
    named = [*mentioned, *(c for c in extra_citations if c not in mentioned and index.has_citation(c))]
    vector = embedder.embed_query(query) if mode != "lexical" or floor > 0 else None
    dense = index.dense(vector, depth, jurisdictions) if vector is not None else []
    best = dense[0][1] if dense else 0.0
    rankings: list[list[Chunk]] = []
    if mode in ("hybrid", "dense"):
        rankings.append([c for c, _ in dense])
    if mode in ("hybrid", "lexical"):
        rankings.append([c for c, _ in index.search_lexical(query, depth, jurisdictions)])
    fused = _fuse(rankings)
    evidence: list[Evidence] = []
    taken: set[str] = set()
    if mode == "hybrid":
        for citation in named:
            # a provision the question names brings two passages; one the decision cites needs only its own
            for chunk in index.by_citation(citation)[: 2 if citation in mentioned else 1]:
                if chunk.id not in taken and (not jurisdictions or chunk.jurisdiction in jurisdictions):
                    evidence.append(Evidence(chunk=chunk, score=1.0, via="lookup"))
                    taken.add(chunk.id)
    for chunk, score in fused:
        if len(evidence) >= k:
            break
        if chunk.id not in taken:
            evidence.append(Evidence(chunk=chunk, score=round(score, 6), via=mode))
            taken.add(chunk.id)
    found = bool(named) or best >= floor or (mode == "lexical" and floor == 0 and bool(evidence))
    return Retrieval(
        evidence=evidence,
        found=found,
        best_similarity=round(best, 4),
        named=named,
        latency_ms=round((time.perf_counter() - started) * 1000, 2),
    )


class ProvisionRetriever(BaseRetriever):
    """LangChain face of `retrieve`: `Document`s whose metadata carries the canonical citation."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Index
    embedder: Embedder
    k: int = 8
    jurisdictions: list[str] | None = None
    mode: Mode = "hybrid"

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = retrieve(self.index, self.embedder, query, self.k, self.jurisdictions, self.mode)
        return [
            Document(
                page_content=item.chunk.text,
                id=item.chunk.id,
                metadata={**item.chunk.metadata(), "score": item.score, "via": item.via},
            )
            for item in result.evidence
        ]
