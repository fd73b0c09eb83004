"""The sample set: at least 25 generated documents of every kind, each with an expected outcome,
and the evaluation that checks them against the bundled index."""

from __future__ import annotations

from pathlib import Path

from evals.samples.build import build, load_manifest, samples
from evals.samples_eval import run_samples, same_entry

OUTCOMES = {"likely controlled", "needs review", "likely not controlled"}


def test_the_manifest_and_the_builders_describe_the_same_samples() -> None:
    manifest = load_manifest()
    assert len(manifest) >= 25
    assert {str(entry["file"]) for entry in manifest} == set(samples())
    assert {entry["expected"] for entry in manifest} == OUTCOMES
    suffixes = {Path(str(entry["file"])).suffix for entry in manifest}
    assert {".pdf", ".docx", ".eml", ".txt", ".md", ".c", ".py"} <= suffixes


def test_equivalent_entries_count_as_the_same() -> None:
    assert same_entry("EU 2021/821 Annex I 6E001", "ECCN 6E001") and same_entry("WA 3.E.1", "ECCN 3E001")
    assert not same_entry("ECCN 3E001", "ECCN 3E002")


def test_build_writes_every_sample(tmp_path: Path) -> None:
    paths = build(tmp_path)
    assert len(paths) == len(load_manifest()) and all(p.stat().st_size > 100 for p in paths)


def test_the_samples_are_checked_and_scored(bundled_settings, bundled, tmp_path: Path) -> None:
    metrics = run_samples(tmp_path, settings=bundled_settings, assistant=bundled)
    assert metrics["n"] == len(load_manifest()) and metrics["errors"] == 0
    assert metrics["overall_accuracy"] >= 0.8 and metrics["top3_rate"] >= 0.7
    assert (tmp_path / "samples.json").exists() and len(list((tmp_path / "files").iterdir())) == metrics["n"]
