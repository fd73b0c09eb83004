"""Where an index lives and how to open its Chroma collection.

An index is a *build*: a folder `data_dir/index/builds/<id>/` holding the chunks (`chunks.jsonl`),
the lexical index (`bm25/`) and a manifest, plus one Chroma collection (embedded: in the build's own
`chroma/` folder; server mode: a collection named after the build). The file `data_dir/index/CURRENT`
names the build in use and is replaced atomically, so a build that dies half-way is never seen.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import IndexMissing, StoreUnavailable
from assistant.settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@dataclass(frozen=True)
class Build:
    """One index build on disk."""

    root: Path
    id: str
    collection: str

    @property
    def folder(self) -> Path:
        return self.root / "builds" / self.id

    @property
    def chunks_path(self) -> Path:
        return self.folder / "chunks.jsonl"

    @property
    def bm25_dir(self) -> Path:
        return self.folder / "bm25"

    @property
    def manifest_path(self) -> Path:
        return self.folder / "manifest.json"

    @property
    def chroma_dir(self) -> Path:
        return self.folder / "chroma"

    def manifest(self) -> dict[str, Any]:
        return json.loads(self.manifest_path.read_text(encoding="utf-8"))


def index_root(settings: Settings) -> Path:
    return settings.data_dir / "index"


def current_build(settings: Settings) -> Build:
    """The build `CURRENT` points to; `IndexMissing` tells the user to run `itt ingest`."""
    root = index_root(settings)
    pointer = root / "CURRENT"
    if not pointer.exists():
        raise IndexMissing(str(settings.data_dir))
    data = json.loads(pointer.read_text(encoding="utf-8"))
    build = Build(root, data["build"], data["collection"])
    if not build.manifest_path.exists():
        raise IndexMissing(str(settings.data_dir))
    return build


def publish(build: Build) -> None:
    """Make `build` the one in use: write the pointer aside, then rename over the old one."""
    pointer = build.root / "CURRENT"
    tmp = pointer.with_suffix(".tmp")
    tmp.write_text(json.dumps({"build": build.id, "collection": build.collection}), encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, pointer)


def chroma_client(settings: Settings, build: Build) -> Any:
    """A Chroma client for `build`: embedded in the build folder, or the configured server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as e:  # chromadb raises a mix of httpx, ValueError and its own errors
            raise StoreUnavailable(
                f"Chroma server at {settings.chroma_host}:{settings.chroma_port} is not reachable ({e}). "
                "Start it with `chroma run --path DIR --port N` or unset ITT_CHROMA_HOST."
            ) from e
        return client
    return chromadb.PersistentClient(path=str(build.chroma_dir), settings=chroma_settings)
