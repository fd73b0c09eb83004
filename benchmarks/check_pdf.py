"""Pre-check benchmark (run on demand, not a test): generates a 100-page technical PDF and prints
pages/s for reading (pypdf) and for the whole check (read + screen), in one warm process.

    .venv/bin/python -m benchmarks.check_pdf [--pages 100]

It uses the configured index (`ITT_DATA_DIR`); without one it indexes the bundled corpus into a
temporary folder first (a few minutes).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from pathlib import Path

from assistant.errors import IndexMissing
from assistant.pipeline import Assistant
from assistant.screening import control_list, screen
from assistant.settings import Settings
from evals.samples import docs
from evals.samples.build import pdf
from ingest.documents import Limits, read_document

_FILLER = (
    "Run {run}: the test article was mounted on the fixture and aligned to the reference datum; the operator "
    "recorded the ambient temperature, the supply voltage and the serial numbers of the instruments. "
    "Deviations from the procedure were logged with the reason and the approval of the test lead."
)


def technical_pdf(pages: int) -> bytes:
    """`pages` pages of mixed technical prose: process steps, test data, parameters, tables as text."""
    sources = [p for doc in (docs.GAN_TRAVELLER, docs.MACHINE_TOOL, docs.DIST_D_DRAWING) for page in doc for p in page]
    sources += docs.BLADE_CASTING + docs.IMU_REPORT + docs.HPC_DESIGN
    cycle = itertools.cycle(s for s in sources if not s.startswith("# "))
    body = []
    for n in range(pages):
        paragraphs = [f"# Section {n + 1}"]
        while sum(len(p) for p in paragraphs) < 2400:  # every page different: nothing to deduplicate
            paragraphs += [next(cycle), _FILLER.format(run=f"{n + 1}.{len(paragraphs)}")]
        body.append(paragraphs)
    return pdf(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    settings = Settings()
    tmp = None
    try:
        Assistant(settings).index  # noqa: B018 - is there an index?
    except IndexMissing:
        from ingest.pipeline import run_ingest

        tmp = tempfile.TemporaryDirectory()
        settings = Settings(data_dir=Path(tmp.name) / "data")
        print(f"No index at the configured data dir; indexing the bundled corpus into {tmp.name} …")
        run_ingest(settings)
    assistant = Assistant(settings)
    controls = control_list(assistant.index, assistant.embedder)
    data = technical_pdf(args.pages)
    limits = Limits.from_settings(settings)
    screen(read_document("warm.pdf", technical_pdf(2), limits), controls, assistant.index.has_citation)  # warm up

    started = time.perf_counter()
    document = read_document("bench.pdf", data, limits)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    report = screen(document, controls, assistant.index.has_citation)
    screen_s = time.perf_counter() - started
    total = read_s + screen_s
    print(f"PDF: {document.pages} pages, {len(data):,} bytes, {len(document.segments)} segments, "
          f"{sum(len(s.text) for s in document.segments):,} characters")  # fmt: skip
    print(f"read (pypdf): {read_s:.2f} s = {document.pages / read_s:.1f} pages/s")
    print(f"screen: {screen_s:.2f} s ({len(report.findings)} findings, overall {report.overall!r})")
    print(f"check (read + screen): {total:.2f} s = {document.pages / total:.1f} pages/s")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
