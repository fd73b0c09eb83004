"""`itt ingest`: read every source, chunk it, and publish a new index build.

The index always holds the bundled corpus plus the official sources the user registered with
`itt ingest PATH` (remembered in `data_dir/sources.json`), so one command rebuilds everything and
unchanged chunks are never embedded twice.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.chunking import chunk_all
from assistant.embeddings import Embedder, get_embedder
from assistant.errors import CorpusError, ITTError, NotFound
from assistant.provisions import load_corpus
from assistant.settings import Settings
from assistant.types import Provision
from ingest.formats import parse_source, supported
from ingest.indexer import IngestReport, Progress, build_index


@dataclass
class SourceError:
    source: str
    message: str


@dataclass
class IngestResult:
    report: IngestReport
    errors: list[SourceError] = field(default_factory=list)
    files: int = 0
    provisions: int = 0
    pages: int = 0  # PDF pages that provisions were read from
    skipped: list[str] = field(default_factory=list)  # files in the given folders that were not read
    seconds: float = 0.0


# Files in a source folder that describe the folder rather than hold regulation text.
_DOC_FILES = re.compile(r"^(?:readme|sources?|license|licence|changelog|notice|copying)\b", re.I)


def _registry_path(settings: Settings) -> Path:
    return settings.data_dir / "sources.json"


def registered_sources(settings: Settings) -> list[Path]:
    path = _registry_path(settings)
    if not path.exists():
        return []
    return [Path(p) for p in json.loads(path.read_text(encoding="utf-8"))]


def _save_registry(settings: Settings, paths: Sequence[Path]) -> None:
    path = _registry_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(sorted({str(p) for p in paths}), indent=1), encoding="utf-8")
    tmp.replace(path)


def scan(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """Files under the given paths that some parser reads, in a stable order, and the files of those
    folders that are skipped (no parser for the type, or a README/SOURCES file about the folder).
    A file named directly is always read."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if not p.is_file() or any(part.startswith(".") for part in p.relative_to(path).parts):
                    continue
                (files if supported(p) and not _DOC_FILES.match(p.name) else skipped).append(p)
        elif path.exists():
            files.append(path)
        else:
            raise NotFound(f"{path}: no such file or folder.")
    return files, skipped


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files under the given paths that some parser reads, in a stable order."""
    return scan(paths)[0]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


FileProgress = Callable[[Path, int, int], None]


def collect(
    settings: Settings, official: Sequence[Path], on_file: FileProgress | None = None
) -> tuple[list[Provision], list[SourceError], int]:
    """The bundled corpus (must be valid) and every official file (each failure reported, rest kept)."""
    provisions = list(load_corpus(settings.corpus_dir)) if settings.corpus_dir.exists() else []
    errors: list[SourceError] = []
    files = expand(official)
    for n, path in enumerate(files, 1):
        try:
            provisions.extend(parse_source(path))
        except ITTError as e:
            errors.append(SourceError(str(path), e.message))
        if on_file:
            on_file(path, n, len(files))
    return provisions, errors, len(files)


def run_ingest(
    settings: Settings,
    paths: Sequence[Path] = (),
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    on_collected: Callable[[int, int], None] | None = None,
    on_file: FileProgress | None = None,
) -> IngestResult:
    """Register `paths` as official sources, then rebuild the index from everything registered."""
    started = time.perf_counter()
    new = [p.resolve() for p in paths]
    official = list(dict.fromkeys([*registered_sources(settings), *new]))
    skipped = scan(official)[1]
    provisions, errors, files = collect(settings, official, on_file)
    if not provisions:
        raise CorpusError(f"Nothing to index: no corpus at {settings.corpus_dir} and no readable source given.")
    embedder = embedder or get_embedder(settings.embedding_model, settings.embedding_batch_size)
    chunks = chunk_all(provisions, settings.chunk_tokens, embedder.count_tokens)
    if on_collected:
        on_collected(len(provisions), len(chunks))
    report = build_index(settings, chunks, embedder, progress)
    failed = {e.source for e in errors}
    _save_registry(settings, [p for p in official if str(p) not in failed])
    pages = len({(p.source, p.page) for p in provisions if p.page is not None})
    return IngestResult(
        report=report,
        errors=errors,
        files=files,
        provisions=len(provisions),
        pages=pages,
        skipped=[str(p) for p in skipped],
        seconds=time.perf_counter() - started,
    )


def remove_source(settings: Settings, name: str) -> Path:
    """Forget a registered source (matched by path or file name); the caller re-ingests."""
    sources = registered_sources(settings)
    matches = [p for p in sources if str(p) == name or p.name == name]
    if not matches:
        raise NotFound(f"No registered source named {name!r}. See `itt sources`.")
    _save_registry(settings, [p for p in sources if p not in matches])
    return matches[0]
