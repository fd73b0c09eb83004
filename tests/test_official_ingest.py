"""Official sources through the whole ingest: summarised, listed with their version date, removable,
replaced by a new version in one build, and preferred over the bundled digest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from api.cli import app
from assistant.embeddings import Embedder
from assistant.index import Index
from assistant.pipeline import Assistant
from ingest.pipeline import run_ingest
from tests.official_builders import ecfr_section_md, wassenaar_like_pdf

V1 = "[87 FR 16411, Mar. 23, 2022, as amended at 89 FR 66214, Aug. 15, 2024]"
V2 = "[87 FR 16411, Mar. 23, 2022, as amended at 90 FR 1234, Jan. 10, 2025]"


@pytest.fixture
def section(tmp_path: Path) -> Path:
    path = tmp_path / "official" / "section-120.54.md"
    path.parent.mkdir()
    path.write_text(ecfr_section_md(V1), encoding="utf-8")
    return path


@pytest.fixture
def env(make_corpus, tmp_path: Path) -> dict[str, str]:
    return {"ITT_DATA_DIR": str(tmp_path / "data"), "ITT_CORPUS_DIR": str(make_corpus())}


def _official_chunks(settings, path: Path) -> list:
    return [c for c in Index.open(settings).chunks if c.source == str(path)]


def test_ingest_prints_a_summary_of_files_chunks_pages_skipped_errors_and_time(
    section: Path, env: dict[str, str], embedder: Embedder
) -> None:
    folder = section.parent
    wassenaar_like_pdf(folder / "control-list.pdf", table_rows=6)
    (folder / "README.md").write_text("About this folder.\n")
    (folder / "notes.docx").write_bytes(b"not read")
    result = CliRunner().invoke(app, ["ingest", "--quiet", str(folder)], env=env)
    assert result.exit_code == 0, result.output
    summary = re.search(r"Summary: (\d+) files, (\d+) chunks, (\d+) pages, (\d+) skipped, (\d+) errors, [\d.]+ s\.", result.output)
    assert summary, result.output
    files, chunks, pages, skipped, errors = map(int, summary.groups())
    assert (files, pages, skipped, errors) == (2, 4, 2, 0) and chunks > 10  # 4 PDF pages with provisions


def test_sources_lists_each_official_file_with_its_version_date_and_chunk_count(
    section: Path, env: dict[str, str], embedder: Embedder
) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--quiet", str(section)], env=env).exit_code == 0
    listing = runner.invoke(app, ["sources"], env=env)
    assert listing.exit_code == 0, listing.output
    line = next(ln for ln in listing.output.splitlines() if str(section) in ln)
    assert re.search(r": \d+ chunks, as of 2024-08-15$", line)


def test_sources_remove_forgets_a_file_and_rebuilds_without_it(
    section: Path, env: dict[str, str], embedder: Embedder, settings_for
) -> None:
    other = section.parent / "section-734.18.md"
    other.write_text(
        ecfr_section_md().replace("120.54", "734.18").replace("retransfers, or temporary imports", "or transfers"),
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--quiet", str(section), str(other)], env=env).exit_code == 0
    removed = runner.invoke(app, ["sources", "remove", "section-734.18.md"], env=env)
    assert removed.exit_code == 0, removed.output
    assert "Removed" in removed.output
    settings = settings_for(Path(env["ITT_CORPUS_DIR"]))
    index = Index.open(settings)
    assert not any(c.source == str(other) for c in index.chunks)
    assert any(c.source == str(section) for c in index.chunks)
    assert runner.invoke(app, ["sources", "remove", "section-734.18.md"], env=env).exit_code != 0


def test_a_new_version_of_a_file_replaces_its_chunks_and_embeds_only_what_changed(
    section: Path, make_corpus, settings_for, embedder: Embedder
) -> None:
    settings = settings_for(make_corpus())
    run_ingest(settings, [section], embedder=embedder)
    before = _official_chunks(settings, section)
    assert {c.as_of for c in before} == {"2024-08-15"}
    section.write_text(ecfr_section_md(V2, storing="Sending or storing technical data under end-to-end encryption"))
    report = run_ingest(settings, embedder=embedder).report
    after = _official_chunks(settings, section)
    assert {c.as_of for c in after} == {"2025-01-10"}
    assert {c.source_hash for c in after} != {c.source_hash for c in before}
    assert any("Sending or storing technical data" in c.text for c in after)
    assert not any("Sending, taking or storing" in c.text for c in after)
    assert 0 < report.embedded < report.chunks  # the unchanged corpus and paragraphs are reused


def test_only_the_date_changing_still_publishes_the_new_version(
    section: Path, make_corpus, settings_for, embedder: Embedder
) -> None:
    settings = settings_for(make_corpus())
    run_ingest(settings, [section], embedder=embedder)
    section.write_text(ecfr_section_md(V2), encoding="utf-8")  # same text, newer citation line
    report = run_ingest(settings, embedder=embedder).report
    assert not report.up_to_date and report.embedded == 0
    assert {c.as_of for c in _official_chunks(settings, section)} == {"2025-01-10"}


class _FailingEmbedder:
    """Counts tokens like the real model but cannot embed: an ingest that dies mid-build."""

    def __init__(self, real: Embedder) -> None:
        self.real = real

    def count_tokens(self, text: str) -> int:
        return self.real.count_tokens(text)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        raise RuntimeError("embedding failed half-way")


def test_a_failed_rebuild_leaves_the_previous_version_answering(
    section: Path, make_corpus, settings_for, embedder: Embedder
) -> None:
    settings = settings_for(make_corpus())
    run_ingest(settings, [section], embedder=embedder)
    build = Index.open(settings).build.id
    section.write_text(ecfr_section_md(V2, storing="A rewritten paragraph that must never be half-published"))
    with pytest.raises(RuntimeError, match="half-way"):
        run_ingest(settings, embedder=_FailingEmbedder(embedder))  # type: ignore[arg-type]
    index = Index.open(settings)
    assert index.build.id == build
    assert {c.as_of for c in _official_chunks(settings, section)} == {"2024-08-15"}
    assert not any("half-published" in c.text for c in index.chunks)


def test_official_text_comes_first_for_a_citation_the_digest_also_covers(
    section: Path, make_corpus, settings_for, embedder: Embedder
) -> None:
    settings = settings_for(make_corpus())  # the digest has 22 CFR 120.54(a)(5)
    run_ingest(settings, [section], embedder=embedder)
    index = Index.open(settings)
    kinds = [c.source_kind for c in index.by_citation("22 CFR 120.54")]
    assert kinds[0] == "official" and "digest" in kinds
    answer = Assistant(settings, index).ask("Is storing technical data with end-to-end encryption an export under 22 CFR 120.54?")
    first = next(e for e in answer.evidence if e.citation.startswith("22 CFR 120.54"))
    assert first.source == str(section) and first.as_of == "2024-08-15"
