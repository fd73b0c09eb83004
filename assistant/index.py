"""Read side of an index build: chunks by id and by citation, dense and lexical search."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from typing import Any

import numpy as np

from assistant.citations import section_key
from assistant.errors import NotFound, StoreUnavailable
from assistant.lexical import Lexical
from assistant.settings import Settings
from assistant.store import Build, chroma_client, current_build
from assistant.types import Chunk


class Index:
    """One opened build. Cheap to query; open once per process (`Index.open`)."""

    def __init__(self, settings: Settings, build: Build) -> None:
        self.settings = settings
        self.build = build
        self.manifest: dict[str, Any] = build.manifest()
        with build.chunks_path.open(encoding="utf-8") as f:
            self.chunks: list[Chunk] = [Chunk.model_validate_json(line) for line in f]
        self._by_id = {c.id: c for c in self.chunks}
        self._by_section: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in self.chunks:
            self._by_section[section_key(chunk.citation)].append(chunk)
        self.lexical = Lexical(build.bm25_dir, [c.jurisdiction for c in self.chunks])
        self._collection = chroma_client(settings, build).get_collection(build.collection)

    @classmethod
    def open(cls, settings: Settings) -> Index:
        return cls(settings, current_build(settings))

    def get(self, chunk_id: str) -> Chunk:
        try:
            return self._by_id[chunk_id]
        except KeyError:
            raise NotFound(f"No passage with id {chunk_id!r} in the current index.") from None

    def by_citation(self, citation: str) -> list[Chunk]:
        """Every chunk of the provision `citation` names (section level): official text first, newest version first."""
        chunks = self._by_section.get(section_key(citation), [])
        ordered = sorted(chunks, key=lambda c: (c.source, c.start))
        ordered.sort(key=lambda c: c.as_of, reverse=True)  # newest version first (stable: keeps text order)
        ordered.sort(key=lambda c: c.source_kind != "official")  # official text before the digest
        return ordered

    def has_citation(self, citation: str) -> bool:
        return section_key(citation) in self._by_section

    def citations(self) -> list[str]:
        return sorted({c.citation for c in self.chunks})

    def dense(
        self, vector: np.ndarray, k: int, jurisdictions: Sequence[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity (1 - Chroma's cosine distance)."""
        where: dict[str, Any] | None = None
        if jurisdictions:
            where = (
                {"jurisdiction": jurisdictions[0]}
                if len(jurisdictions) == 1
                else {"jurisdiction": {"$in": list(jurisdictions)}}
            )
        try:
            result = self._collection.query(
                query_embeddings=[vector.tolist()],
                n_results=min(k, len(self.chunks)),
                where=where,
                include=["distances"],
            )
        except Exception as e:  # the server went away mid-session
            raise StoreUnavailable(f"Vector store query failed: {e}") from e
        out = []
        for cid, distance in zip(result["ids"][0], result["distances"][0], strict=True):
            if cid in self._by_id:
                out.append((self._by_id[cid], 1.0 - float(distance)))
        return out

    def search_lexical(
        self, query: str, k: int, jurisdictions: Sequence[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        return [(self.chunks[row], score) for row, score in self.lexical.search(query, k, jurisdictions)]

    def sources(self) -> dict[str, dict[str, Any]]:
        return dict(self.manifest.get("sources", {}))

    @cached_property
    def summary(self) -> dict[str, Any]:
        by_jurisdiction: dict[str, int] = defaultdict(int)
        by_kind: dict[str, int] = defaultdict(int)
        for chunk in self.chunks:
            by_jurisdiction[chunk.jurisdiction] += 1
            by_kind[chunk.kind] += 1
        provisions = {(c.source, c.citation, c.title) for c in self.chunks}
        return {
            "build": self.build.id,
            "created": self.manifest.get("created"),
            "embedding_model": self.manifest.get("embedding_model"),
            "chunks": len(self.chunks),
            "provisions": len(provisions),
            "by_jurisdiction": dict(sorted(by_jurisdiction.items())),
            "by_kind": dict(sorted(by_kind.items())),
            "as_of": max((c.as_of for c in self.chunks), default=None),
        }
