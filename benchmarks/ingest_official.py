"""Benchmark: ingest every official text in ../shared/regs, then ingest again unchanged.

Prints the parse time per file type, the full ingest time with chunks per second, and the time of
an unchanged re-ingest (which must embed nothing). Not a test: it embeds thousands of chunks and
takes minutes on a laptop. Run from the repository root:

    .venv/bin/python -m benchmarks.ingest_official [--regs ../shared/regs] [--data DIR] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.embeddings import get_embedder
from assistant.errors import ITTError
from assistant.settings import Settings
from ingest.formats import parse_source
from ingest.pipeline import run_ingest, scan

REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"


def parse_times(regs: Path) -> None:
    """Parse every file once, timed by suffix (no embedding)."""
    files, skipped = scan([regs])
    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    provisions: dict[str, int] = defaultdict(int)
    for path in files:
        started = time.perf_counter()
        try:
            provisions[path.suffix] += len(parse_source(path))
        except ITTError as e:
            print(f"  error: {e.message}")
        seconds[path.suffix] += time.perf_counter() - started
        counts[path.suffix] += 1
    print(f"parse: {len(files)} files ({len(skipped)} skipped)")
    for suffix in sorted(seconds):
        print(f"  {suffix:6} {counts[suffix]:3d} files  {provisions[suffix]:5d} provisions  {seconds[suffix]:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regs", type=Path, default=REGS, help="folder of official texts (default ../shared/regs)")
    parser.add_argument("--data", type=Path, default=None, help="data dir for the index (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp data dir")
    args = parser.parse_args()
    if not args.regs.is_dir():
        sys.exit(f"{args.regs} is absent")
    data = args.data or Path(tempfile.mkdtemp(prefix="itt-bench-"))
    empty_corpus = data / "no-corpus"
    empty_corpus.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=data, corpus_dir=empty_corpus)
    embedder = get_embedder(settings.embedding_model, settings.embedding_batch_size)
    embedder.model  # load the model outside the timings  # noqa: B018
    try:
        parse_times(args.regs)
        started = time.perf_counter()
        first = run_ingest(settings, [args.regs], embedder=embedder)
        total = time.perf_counter() - started
        r = first.report
        print(
            f"ingest: {first.files} files, {first.provisions} provisions, {r.chunks} chunks, {first.pages} pages, "
            f"{len(first.errors)} errors in {total:.1f} s = {r.chunks / total:.1f} chunks/s "
            f"({r.embedded} embedded)"
        )
        for error in first.errors:
            print(f"  error: {error.message}")
        started = time.perf_counter()
        again = run_ingest(settings, embedder=embedder)
        print(
            f"unchanged re-ingest: {time.perf_counter() - started:.1f} s, {again.report.embedded} embedded, "
            f"up to date: {again.report.up_to_date}"
        )
    finally:
        if args.data is None and not args.keep:
            shutil.rmtree(data, ignore_errors=True)
        elif args.data is None:
            print(f"index kept in {data}")


if __name__ == "__main__":
    main()
