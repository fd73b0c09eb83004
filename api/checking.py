"""The pre-check as the CLI and the service run it: read (ingest.documents), screen
(assistant.screening), and store the report only when asked.

One `Checker` per process holds the limits and the control list of the current index, so a batch
of files or a stream of uploads pays for the control list once.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.errors import ITTError
from assistant.pipeline import Assistant
from assistant.screening import ControlList, Document, Report, control_list, screen
from assistant.settings import Settings
from ingest.documents import Limits, read_document, read_path


@dataclass
class Outcome:
    """One file of a batch: its report, or the error that stopped it."""

    file: str
    report: Report | None = None
    error: str | None = None
    status: int = 200



class Checker:
    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self.assistant = assistant or Assistant(settings)
        self.limits = Limits.from_settings(settings)

    @property
    def controls(self) -> ControlList:
        """The current index's control list (raises `IndexMissing` when there is no index)."""
        return control_list(self.assistant.index, self.assistant.embedder)

    def ready(self) -> None:
        """Open the index and its control list now: a missing index fails once, before any file."""
        _ = self.controls

    def _screen(self, document: Document) -> Report:
        index = self.assistant.index
        corpus = {"build": index.build.id, "as_of": index.summary["as_of"]}
        return screen(document, self.controls, index.has_citation, corpus)

    def check_bytes(self, name: str, data: bytes) -> Report:
        return self._screen(read_document(name, data, self.limits))

    def check_path(self, path: Path) -> Report:
        return self._screen(read_path(path, self.limits))

    def batch(self, items: Sequence[tuple[str, bytes | Path]]) -> list[Outcome]:
        """Check every file; a file that fails gets its error and the others are still checked."""
        outcomes: list[Outcome] = []
        for name, source in items:
            try:
                report = self.check_path(source) if isinstance(source, Path) else self.check_bytes(name, source)
            except ITTError as e:
                message = e.message if e.message.startswith((name, Path(name).name)) else f"{name}: {e.message}"
                outcomes.append(Outcome(name, error=message, status=e.status))
            else:
                outcomes.append(Outcome(name, report=report))
        return outcomes

    def keep(self, report: Report) -> Path:
        """Store a report (never the document) under `data_dir/checks/`; only on request."""
        folder = self.settings.data_dir / "checks"
        folder.mkdir(parents=True, exist_ok=True)
        body = report.model_dump_json(indent=2)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        digest = hashlib.sha256(body.encode()).hexdigest()[:8]
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", report.file)[:60]
        path = folder / f"{stamp}-{digest}-{safe}.json"
        path.write_text(body, encoding="utf-8")
        return path


def outcomes_json(outcomes: Sequence[Outcome]) -> str:
    """`{"reports": [...], "errors": [...]}` for `--json` and the API."""
    return json.dumps(
        {
            "reports": [o.report.model_dump(mode="json") for o in outcomes if o.report is not None],
            "errors": [{"file": o.file, "status": o.status, "message": o.error} for o in outcomes if o.report is None],
        },
        indent=2,
        ensure_ascii=False,
    )
