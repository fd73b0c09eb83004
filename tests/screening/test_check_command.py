"""`itt check FILE...`: every bad file gets one clear error line, the others are still checked,
and the exit status says whether any failed. Run as a real process, as a user would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evals.samples import mail
from tests.documents.conftest import eml, encrypted_pdf, image_only_pdf, pdf, zip_bomb_docx

REPO = Path(__file__).resolve().parents[2]
LIMITS = {"ITT_CHECK_MAX_FILE_BYTES": "200000", "ITT_CHECK_MAX_ATTACHMENTS": "3"}


def itt(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, timeout=600, cwd=REPO,
        env={**os.environ, "ITT_DATA_DIR": str(data_dir), **env},
    )  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("batch")
    full = pdf([["A page of text that is long enough to be read back."]] * 3)
    files = {
        "nested.eml": mail.SAMPLES["forward-traveller-china.eml"](),
        "recipe-cp1252.txt": "Spray distance 110 mm ± 5 mm; bond coat recipe at 150 °C.".encode("cp1252"),
        "locked.pdf": encrypted_pdf(),
        "scan.pdf": image_only_pdf(),
        "cut.pdf": full[: len(full) // 2],
        "bomb.docx": zip_bomb_docx(),
        "huge.txt": b"word " * 60_000,
        "many.eml": eml("a@x.com", ["b@y.de"], "files", "Four files.", attachments=[(f"f{n}.txt", b"t") for n in range(4)]),
        "empty.txt": b"",
        "blob.bin": bytes(range(256)) * 8,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


def test_a_batch_with_bad_files_reports_each_and_checks_the_rest(bundled_settings, batch, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    try:
        out = itt(["check", *map(str, batch.values()), "--json", "--html", str(html), "--keep"], bundled_settings.data_dir, **LIMITS)
        kept = sorted((bundled_settings.data_dir / "checks").glob("*.json"))
    finally:
        shutil.rmtree(bundled_settings.data_dir / "checks", ignore_errors=True)
    assert out.returncode == 1, out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error: ")]
    expected = {
        "locked.pdf": "encrypted", "scan.pdf": "no text layer", "cut.pdf": "truncated", "bomb.docx": "zip bomb",
        "huge.txt": "ITT_CHECK_MAX_FILE_BYTES", "many.eml": "attachments", "empty.txt": "empty", "blob.bin": "binary",
    }  # fmt: skip
    assert len(errors) == len(expected)
    for name, words in expected.items():
        assert any(name in line and words in line for line in errors), (name, errors)
    result = json.loads(out.stdout)
    reports = {r["file"]: r for r in result["reports"]}
    assert set(reports) == {"nested.eml", "recipe-cp1252.txt"} and len(result["errors"]) == len(expected)
    nested = reports["nested.eml"]
    assert nested["overall"] == "likely controlled"
    assert any("attachment 1 › PT-77 traveller.eml › attachment 1 › pt77-traveller.pdf › page" in f["location"]["label"]
               for f in nested["findings"])  # fmt: skip
    assert any("Windows-1252" in note for note in reports["recipe-cp1252.txt"]["notes"])
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "@media print" in page and "<script" not in page
    assert "Not checked: " in page and "locked.pdf" in page
    assert len(kept) == 2 and "Kept " in out.stderr


def test_the_text_view_and_nothing_stored_by_default(bundled_settings, batch) -> None:
    out = itt(["check", str(batch["nested.eml"])], bundled_settings.data_dir)
    assert out.returncode == 0, out.stderr
    assert "Overall: LIKELY CONTROLLED" in out.stdout and "Decision path:" in out.stdout
    assert "China" in out.stdout and "not legal advice" in out.stdout
    assert not (bundled_settings.data_dir / "checks").exists()


def test_without_an_index_the_command_says_how_to_build_one(tmp_path: Path, batch) -> None:
    out = itt(["check", str(batch["recipe-cp1252.txt"])], tmp_path)
    assert out.returncode == 2 and "itt ingest" in out.stderr
