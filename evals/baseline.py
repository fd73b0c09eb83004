"""The naive baseline the product is measured against: what a first LangChain tutorial would build.

Each provision body of the same corpus is split with `RecursiveCharacterTextSplitter` at its
defaults, embedded with the product's own embedder (so the comparison isolates chunking and
retrieval, not the model) into a throw-away `langchain_chroma.Chroma` collection, and searched by
dense similarity only: no citation lookup, no BM25, no determination. Every chunk carries its
provision's citation in metadata so the same retrieval metrics apply.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from langchain_core.embeddings import Embeddings

from assistant.embeddings import Embedder, get_embedder
from assistant.settings import Settings
from assistant.types import Provision

NAME = "naive: RecursiveCharacterTextSplitter defaults + Chroma dense top-k"


class EmbedderAdapter(Embeddings):
    """LangChain's Embeddings interface over the product's embedder (never Chroma's default model)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def corpus_provisions(settings: Settings) -> list[Provision]:
    """The provisions the product's index is built from: bundled corpus plus registered sources."""
    from ingest.pipeline import collect, registered_sources

    provisions, _, _ = collect(settings, registered_sources(settings))
    return provisions


class NaiveBaseline:
    """A Chroma collection in a temporary folder; use as a context manager so the folder goes away."""

    def __init__(self, provisions: Sequence[Provision], embedder: Embedder) -> None:
        self._provisions = list(provisions)
        self._embedder = embedder
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.chunks = 0

    @classmethod
    def for_settings(cls, settings: Settings) -> NaiveBaseline:
        embedder = get_embedder(settings.embedding_model, settings.embedding_batch_size)
        return cls(corpus_provisions(settings), embedder)

    def __enter__(self) -> NaiveBaseline:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        self._tmp = tempfile.TemporaryDirectory(prefix="itt-baseline-")
        client = chromadb.PersistentClient(
            path=str(Path(self._tmp.name) / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
        )
        self.store = Chroma(
            collection_name="baseline", embedding_function=EmbedderAdapter(self._embedder), client=client
        )
        splitter = RecursiveCharacterTextSplitter()
        texts: list[str] = []
        metadatas: list[dict[str, str]] = []
        for provision in self._provisions:
            for piece in splitter.split_text(provision.body):
                texts.append(piece)
                metadatas.append({"citation": provision.citation, "source": provision.source})
        batch = min(client.get_max_batch_size(), 256)  # Chroma rejects larger adds; add_texts does not split
        for start in range(0, len(texts), batch):
            end = start + batch
            ids = [str(i) for i in range(start, min(end, len(texts)))]
            self.store.add_texts(texts[start:end], metadatas=metadatas[start:end], ids=ids)
        self.chunks = len(texts)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def search(self, question: str, k: int = 10) -> list[str]:
        """Citations of the top-`k` chunks by dense similarity, in rank order (repeats kept)."""
        docs = self.store.similarity_search(question, k=min(k, self.chunks))
        return [str(d.metadata["citation"]) for d in docs]
