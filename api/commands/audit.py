"""`itt audit export`: the audit log as JSON lines or CSV."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api.commands import load_settings
from assistant.errors import BadInput

app = typer.Typer(help="The audit log of every answered question.", no_args_is_help=True)


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def _check_time(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{option} {value!r} is not a date; use YYYY-MM-DD or an ISO time (UTC).") from None
    return value


@app.command("export")
def export(
    since: Annotated[str | None, typer.Option(help="First date (UTC, inclusive), YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="End date (UTC, exclusive), YYYY-MM-DD.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl (full records) or csv (flat).")] = Format.jsonl,
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of standard output.")] = None,
) -> None:
    """Export audit records in the order written."""
    from api.audit import AuditLog, write_csv, write_jsonl

    records = AuditLog(load_settings().data_dir).records(_check_time(since, "--since"), _check_time(until, "--until"))
    write = write_csv if fmt is Format.csv else write_jsonl
    if out is None:
        count = write(records, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as f:
            count = write(records, f)
    typer.echo(f"Exported {count} audit records.", err=True)
