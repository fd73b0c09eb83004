"""Index builds: incremental, atomic, and safe against an ingest killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from assistant.embeddings import Embedder
from assistant.index import Index
from assistant.pipeline import Assistant
from ingest.pipeline import run_ingest
from tests.builders import SMALL_CORPUS, provision_text


def test_ingest_then_reingest_of_an_unchanged_corpus_embeds_nothing(
    make_corpus, settings_for, embedder: Embedder
) -> None:
    settings = settings_for(make_corpus())
    first = run_ingest(settings, embedder=embedder).report
    assert first.embedded == first.chunks == 4
    before = embedder.texts_embedded
    second = run_ingest(settings, embedder=embedder).report
    assert second.up_to_date and second.embedded == 0
    assert embedder.texts_embedded == before


def test_a_changed_file_is_re_embedded_alone_and_a_removed_one_disappears(make_corpus, settings_for, embedder) -> None:
    corpus = make_corpus()
    settings = settings_for(corpus)
    run_ingest(settings, embedder=embedder)
    (corpus / "published.md").unlink()
    text = (corpus / "export.md").read_text().replace("e-mail", "electronic mail")
    (corpus / "export.md").write_text(text)
    report = run_ingest(settings, embedder=embedder).report
    assert (report.added, report.removed, report.unchanged, report.embedded) == (1, 2, 2, 1)
    index = Index.open(settings)
    assert not index.has_citation("15 CFR 734.7")
    assert "electronic mail" in index.by_citation("15 CFR 734.13")[0].text


def test_an_ingest_killed_half_way_leaves_the_previous_index_answering(
    make_corpus, settings_for, embedder, tmp_path: Path
) -> None:
    corpus = make_corpus()
    settings = settings_for(corpus)
    run_ingest(settings, embedder=embedder)
    for n in range(400):  # enough new chunks that the build takes seconds
        body = f"Synthetic provision number {n} about wind tunnel models and composite layups. " * 6
        (corpus / f"extra-{n}.md").write_text(provision_text(f"15 CFR 762.{n + 1}", f"Extra {n}", body))
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from assistant.settings import Settings
        from ingest.pipeline import run_ingest
        s = Settings(data_dir=Path({str(settings.data_dir)!r}), corpus_dir=Path({str(corpus)!r}))
        def progress(done, total):
            print("progress", done, flush=True)
        run_ingest(s, progress=progress)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    for line in proc.stdout:  # kill only once the new build is really being written
        if line.startswith("progress") or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    answer = Assistant(settings).ask("Is uploading technology to a server abroad an export?")
    assert "15 CFR 734.13" in answer.retrieved[:3]
    assert len(Index.open(settings).chunks) == len(SMALL_CORPUS)
    # The next ingest cleans up the killed build and completes.
    report = run_ingest(settings, embedder=embedder).report
    assert report.chunks > 400
    assert len(list((settings.data_dir / "index" / "builds").iterdir())) == 1
