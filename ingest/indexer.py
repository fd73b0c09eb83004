"""Write an index build: chunks → embeddings → Chroma collection + BM25, then switch to it.

The build is made aside and published only when complete, so an ingest that is killed at any
point leaves the previous index answering. Embeddings of chunks that did not change are copied
from the previous build (their ids are content hashes), so an unchanged re-ingest embeds nothing.
"""

from __future__ import annotations

import json
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from assistant.embeddings import Embedder
from assistant.errors import ITTError, StoreUnavailable
from assistant.lexical import build_lexical
from assistant.settings import Settings
from assistant.store import Build, chroma_client, current_build, index_root, publish
from assistant.types import Chunk

Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    chunks: int = 0
    added: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded: int = 0
    seconds: float = 0.0
    build: str = ""
    up_to_date: bool = False
    sources: dict[str, dict[str, object]] = field(default_factory=dict)


def _previous(settings: Settings) -> Build | None:
    try:
        return current_build(settings)
    except ITTError:
        return None


def _read_ids(build: Build) -> list[str]:
    with build.chunks_path.open(encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f]


def _reuse_embeddings(settings: Settings, build: Build, ids: Sequence[str]) -> dict[str, np.ndarray]:
    """Embeddings of `ids` from a previous build; an unreadable old build just means re-embedding."""
    if not ids:
        return {}
    try:
        collection = chroma_client(settings, build).get_collection(build.collection)
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), 1000):
            got = collection.get(ids=list(ids[start : start + 1000]), include=["embeddings"])
            for cid, vector in zip(got["ids"], got["embeddings"], strict=True):
                found[cid] = np.asarray(vector, dtype=np.float32)
        return found
    except StoreUnavailable:
        raise
    except Exception:
        return {}


def _sources_summary(chunks: Sequence[Chunk]) -> dict[str, dict[str, object]]:
    summary: dict[str, dict[str, object]] = {}
    pages: dict[str, set[int]] = {}
    for chunk in chunks:
        entry = summary.setdefault(
            chunk.source,
            {"chunks": 0, "as_of": chunk.as_of, "jurisdiction": chunk.jurisdiction, "kind": chunk.source_kind},
        )
        entry["chunks"] = int(entry["chunks"]) + 1  # type: ignore[call-overload]
        entry["as_of"] = max(str(entry["as_of"]), chunk.as_of)
        if chunk.source_hash:
            entry["source_hash"] = chunk.source_hash
        if chunk.page is not None:
            pages.setdefault(chunk.source, set()).add(chunk.page)
    for source, numbers in pages.items():
        summary[source]["pages"] = len(numbers)
    return summary


def build_index(
    settings: Settings,
    chunks: Sequence[Chunk],
    embedder: Embedder,
    progress: Progress | None = None,
) -> IngestReport:
    """Replace the current index with one holding exactly `chunks`."""
    started = time.perf_counter()
    report = IngestReport(chunks=len(chunks), sources=_sources_summary(chunks))
    previous = _previous(settings)
    new_ids = [c.id for c in chunks]
    old_ids = set(_read_ids(previous)) if previous else set()
    fingerprint_same = previous is not None and previous.manifest().get("fingerprint") == settings.fingerprint
    # Same chunk ids but a new file version (another date, hash or page) still needs a new build.
    same_sources = previous is not None and previous.manifest().get("sources") == report.sources
    if fingerprint_same and previous is not None and old_ids == set(new_ids) and same_sources:
        report.unchanged, report.up_to_date, report.build = len(new_ids), True, previous.id
        report.seconds = time.perf_counter() - started
        return report

    reused = (
        _reuse_embeddings(settings, previous, [i for i in new_ids if i in old_ids])
        if (previous and fingerprint_same)
        else {}
    )
    report.unchanged = len(reused)
    report.added = len(new_ids) - len(reused)
    report.removed = len(old_ids - set(new_ids))

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    build_id = f"b{stamp}-{uuid.uuid4().hex[:6]}"
    build = Build(index_root(settings), build_id, f"{settings.collection_prefix}-{build_id}")
    build.folder.mkdir(parents=True, exist_ok=True)
    try:
        _write_build(settings, build, chunks, reused, embedder, progress, report)
    except BaseException:
        shutil.rmtree(build.folder, ignore_errors=True)
        raise
    publish(build)
    _drop_old_builds(settings, keep=build)
    report.build = build.id
    report.seconds = time.perf_counter() - started
    return report


def _write_build(
    settings: Settings,
    build: Build,
    chunks: Sequence[Chunk],
    reused: dict[str, np.ndarray],
    embedder: Embedder,
    progress: Progress | None,
    report: IngestReport,
) -> None:
    client = chroma_client(settings, build)
    collection = client.create_collection(build.collection, metadata={"hnsw:space": "cosine"})
    batch = min(client.get_max_batch_size(), 256)
    done = 0
    for start in range(0, len(chunks), batch):
        part = chunks[start : start + batch]
        missing = [c for c in part if c.id not in reused]
        fresh = embedder.embed([c.text for c in missing]) if missing else np.zeros((0, 1))
        report.embedded += len(missing)
        vectors = dict(zip([c.id for c in missing], fresh, strict=True))
        collection.add(
            ids=[c.id for c in part],
            embeddings=[(reused.get(c.id) if c.id in reused else vectors[c.id]).tolist() for c in part],
            documents=[c.text for c in part],
            metadatas=[c.metadata() for c in part],
        )
        done += len(part)
        if progress:
            progress(done, len(chunks))
    with build.chunks_path.open("w", encoding="utf-8") as f:
        for chunk in chunks:
            f.write(chunk.model_dump_json() + "\n")
    build_lexical(chunks, build.bm25_dir)
    manifest = {
        "build": build.id,
        "collection": build.collection,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "fingerprint": settings.fingerprint,
        "embedding_model": settings.embedding_model,
        "chunk_tokens": settings.chunk_tokens,
        "chunks": len(chunks),
        "sources": report.sources,
    }
    tmp = build.manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    tmp.replace(build.manifest_path)


def _drop_old_builds(settings: Settings, keep: Build) -> None:
    """Remove builds other than `keep` (old ones and leftovers of killed ingests)."""
    builds_dir = keep.root / "builds"
    for folder in builds_dir.iterdir():
        if folder.name != keep.id:
            shutil.rmtree(folder, ignore_errors=True)
    if settings.chroma_host:
        client = chroma_client(settings, keep)
        for collection in client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(f"{settings.collection_prefix}-b") and name != keep.collection:
                client.delete_collection(name)
