"""The real texts in ../shared/regs: every file is read without error, and spot checks hold.

Parsing all of it takes 15-30 s on two cores (most of it the 243-page Wassenaar PDF, parsed once per
module); only the spot checks that need retrieval embed anything, and only small inputs (the ITAR
part 120 section files, a four-entry CCL extract).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from assistant.chunking import chunk_all
from assistant.citations import is_canonical, same_section
from assistant.embeddings import Embedder
from assistant.pipeline import Assistant
from assistant.types import Provision
from ingest.formats import parse_source
from ingest.pipeline import run_ingest, scan

pytestmark = pytest.mark.regs

REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"
WASSENAAR = REGS / "wassenaar-2025" / "wassenaar_2025.pdf"
ITAR = REGS / "itar-ecfr-md" / "chapter-I.md"
# The ITAR sections as Markdown files (part 120 definitions); small enough to embed in a test.
ITAR_SECTIONS = (REGS / "itar-part120-sections-md", REGS / "more-sections" / "itar-120")


@pytest.fixture(scope="module")
def regs() -> Path:
    if not REGS.is_dir():
        pytest.skip(f"{REGS} is absent")
    return REGS


@pytest.fixture(scope="module")
def parsed(regs: Path) -> dict[Path, list[Provision]]:
    files, _ = scan([regs])
    return {path: parse_source(path) for path in files}


def test_every_file_in_shared_regs_is_read_without_error(regs: Path, parsed: dict[Path, list[Provision]]) -> None:
    files, skipped = scan([regs])
    assert {p.name for p in skipped} <= {"README.md", "SOURCES.md", "SOURCES-more-sections.md"}
    assert set(parsed) == set(files) and all(parsed.values())
    provisions = [p for found in parsed.values() for p in found]
    assert all(is_canonical(p.citation) and p.source_kind == "official" for p in provisions)
    assert len(provisions) > 3000


def test_a_chunk_of_22_cfr_120_54_holds_its_a_5_encryption_text(
    parsed: dict[Path, list[Provision]], embedder: Embedder
) -> None:
    provisions = [p for p in parsed[ITAR] if same_section(p.citation, "22 CFR 120.54")]
    chunks = chunk_all(provisions, 240, embedder.count_tokens)
    holding = [c for c in chunks if "(5) Sending, taking, or storing technical data" in c.text]
    assert holding and "Secured using end-to-end encryption" in holding[0].text
    assert holding[0].citation == "22 CFR 120.54(a)" and holding[0].as_of == "2024-08-15"
    source = ITAR.read_text(encoding="utf-8")
    assert "(5) Sending, taking, or storing" in source[holding[0].start : holding[0].end]


def test_the_wa_9_e_3_chunk_comes_from_the_page_that_prints_it_without_running_headers(
    parsed: dict[Path, list[Provision]], embedder: Embedder
) -> None:
    chunks = chunk_all(parsed[WASSENAAR], 240, embedder.count_tokens)
    (chunk, *_) = [c for c in chunks if c.citation == "WA 9.E.3"]
    page = PdfReader(WASSENAAR).pages[chunk.page - 1].extract_text()
    assert "9. E. 3." in page and "Other" in page
    assert chunk.page == 164
    for header in ("WA-LIST", "15-01-2026", "DUAL-USE LIST - CATEGORY", "- 163 -"):
        assert header not in chunk.text
    assert chunk.as_of == "2026-01-15"
    rows = [c for c in chunks if "Chemical Vapour Deposition (CVD) |" in c.text]
    assert rows and all("Coating Process (1)" in c.text for c in rows)  # table rows keep their header


def test_eccn_5e002_is_found_from_the_ccl_json(
    regs: Path, parsed: dict[Path, list[Provision]], make_corpus, settings_for, embedder: Embedder
) -> None:
    (entry,) = [p for p in parsed[regs / "ccl-json" / "ccl.json"] if p.citation == "ECCN 5E002"]
    assert entry.as_of.isoformat() == "2026-07-23" and "License Requirements" in entry.body
    subset = regs / "more-sections" / "ear-supplements-derived" / "supp1-part774-ccl-entries-3E001-5E002-9E001-9E003.json"
    settings = settings_for(make_corpus({}))
    run_ingest(settings, [subset], embedder=embedder)
    found = Assistant(settings).retrieve("Is 5E002 encryption technology controlled?")
    assert found.evidence[0].citation == "ECCN 5E002" and found.evidence[0].chunk.source == str(subset.resolve())


def test_itt_ask_cites_22_cfr_120_54_from_the_official_itar_markdown(
    regs: Path, make_corpus, tmp_path: Path, embedder: Embedder
) -> None:
    env = {"ITT_DATA_DIR": str(tmp_path / "data"), "ITT_CORPUS_DIR": str(make_corpus({}))}
    runner = CliRunner()
    from api.cli import app

    ingested = runner.invoke(app, ["ingest", "--quiet", *map(str, ITAR_SECTIONS)], env=env)
    assert ingested.exit_code == 0, ingested.output
    asked = runner.invoke(app, ["ask", "--json", "end-to-end encryption ITAR"], env=env)
    assert asked.exit_code == 0, asked.output
    answer = json.loads(asked.output)
    assert any(same_section(c, "22 CFR 120.54") for c in answer["citations"]), answer["citations"]
    evidence = next(e for e in answer["evidence"] if same_section(e["citation"], "22 CFR 120.54"))
    assert evidence["source"] == str((ITAR_SECTIONS[0] / "section-120.54.md").resolve()) and evidence["as_of"] == "2024-08-15"
