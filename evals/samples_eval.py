"""`itt eval-samples`: build the pre-check samples, check each one, and report how often the
overall outcome matches the manifest and whether the expected entry is among the top three
candidates (an EU Annex I or Wassenaar number counts as its ECCN, through the crosswalk).

Heavy imports happen inside the functions so that `itt --help` stays fast.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer


def same_entry(a: str, b: str) -> bool:
    from assistant.citations import section_key
    from assistant.crosswalk import lookup

    if section_key(a) == section_key(b):
        return True
    ra, rb = lookup(a), lookup(b)
    return ra is not None and ra is rb


def run_samples(
    out: Path, settings: Any = None, assistant: Any = None, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Build the samples into `out/files`, check them, write `out/samples.json`; returns the metrics."""
    from assistant.errors import ITTError
    from assistant.pipeline import Assistant
    from assistant.screening import control_list, screen
    from assistant.settings import Settings
    from evals.samples.build import build, load_manifest
    from ingest.documents import Limits, read_path

    settings = settings or Settings()
    assistant = assistant or Assistant(settings)
    controls = control_list(assistant.index, assistant.embedder)
    limits = Limits.from_settings(settings)
    paths = build(out / "files")
    records: list[dict[str, Any]] = []
    for entry, path in zip(load_manifest(), paths, strict=True):
        started = time.perf_counter()
        record: dict[str, Any] = {"file": path.name, "expected": entry["expected"], "top": entry.get("top")}
        try:
            report = screen(read_path(path, limits), controls, assistant.index.has_citation)
        except ITTError as e:
            record.update(overall=None, candidates=[], error=e.message)
        else:
            record.update(overall=report.overall, candidates=[c.citation for c in report.candidates], error=None)
        record["overall_ok"] = record["overall"] == record["expected"]
        if record["top"]:
            record["top3_ok"] = any(same_entry(c, str(record["top"])) for c in record["candidates"][:3])
        record["seconds"] = round(time.perf_counter() - started, 3)
        records.append(record)
        if progress:
            mark = "ok " if record["overall_ok"] else "BAD"
            progress(f"{mark} {path.name}: {record['overall']} (expected {record['expected']}); top {record['candidates'][:3]}")
    with_top = [r for r in records if r["top"]]
    metrics = {
        "n": len(records),
        "overall_accuracy": round(sum(r["overall_ok"] for r in records) / max(1, len(records)), 3),
        "top3_n": len(with_top),
        "top3_rate": round(sum(r["top3_ok"] for r in with_top) / max(1, len(with_top)), 3),
        "errors": sum(1 for r in records if r["error"]),
        "seconds": round(sum(r["seconds"] for r in records), 2),
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "samples.json").write_text(json.dumps({"metrics": metrics, "samples": records}, indent=2), encoding="utf-8")
    return metrics


def eval_samples_command(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for the samples and samples.json (default: a temporary folder).")] = None,
) -> None:
    """Build the pre-check sample documents, check them, and report outcome accuracy and top-3 rate."""
    from pydantic import ValidationError

    from assistant.errors import ITTError
    from assistant.settings import Settings

    try:
        settings = Settings()
    except ValidationError as e:
        raise ITTError(f"Invalid configuration: {e.errors()[0]['msg']}") from e
    folder = out or Path(tempfile.mkdtemp(prefix="itt-samples-"))
    metrics = run_samples(folder, settings=settings, progress=lambda msg: typer.echo(msg, err=True))
    typer.echo(
        f"{metrics['n']} samples: overall outcome accuracy {metrics['overall_accuracy']:.3f}, "
        f"expected entry in top 3 {metrics['top3_rate']:.3f} ({metrics['top3_n']} with an expected entry), "
        f"{metrics['errors']} errors, {metrics['seconds']} s."
    )
    typer.echo(f"Wrote {folder}/samples.json")
