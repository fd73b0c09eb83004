"""Shared fixtures: the real embedding model (loaded once), small corpora built by the tests, and
indexes in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.embeddings import Embedder, get_embedder
from assistant.settings import Settings
from tests.builders import SMALL_CORPUS

REPO = Path(__file__).resolve().parents[1]
REGS = REPO.parent / "shared" / "regs"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return get_embedder()


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    def _make(files: dict[str, str] = SMALL_CORPUS) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
        return root

    return _make


@pytest.fixture
def settings_for(tmp_path: Path) -> Callable[..., Settings]:
    def _settings(corpus: Path, **overrides: object) -> Settings:
        return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, **overrides)

    return _settings


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """An index of the whole bundled corpus, built once per test session."""
    from ingest.pipeline import run_ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("bundled") / "data", corpus_dir=REPO / "corpus")
    run_ingest(settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def bundled(bundled_settings: Settings):
    from assistant.pipeline import Assistant

    return Assistant(bundled_settings)
