"""`itt check FILE...`: screen documents before they leave (and `itt eval-samples`).

A file that cannot be read gets one `error:` line and the others are still checked; the exit
status is 1 when any file failed. Nothing is stored unless `--keep` is given (then the reports,
not the documents, go to `data_dir/checks/`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.commands import load_settings

if TYPE_CHECKING:
    from assistant.screening import Report

_MARK = {"high": "!!", "medium": "! ", "low": "· ", "info": "  "}


def render_report(report: Report, max_findings: int = 25) -> str:
    """The terminal view: outcome, candidates, the most severe findings, the decision path."""
    counts = ", ".join(f"{n} {s}" for s, n in report.counts().items() if n)
    lines = [
        f"{report.file} ({report.kind}, {report.pages} pages, {report.segments} segments)",
        f"  Overall: {report.overall.upper()} — {report.summary}",
        f"  Findings: {counts or 'none'}",
    ]
    lines += [f"  Note: {note}" for note in report.notes]
    if report.candidates:
        lines.append("  Control-list candidates:")
        for c in report.candidates[:3]:
            strong = " (strong)" if c.strong else ""
            lines.append(f"    {c.citation:<28} score {c.score:.2f}{strong} — {c.reason}")
    shown = report.findings[:max_findings]
    if shown:
        lines.append("  Findings:")
    for f in shown:
        cites = f" [{', '.join(f.citations)}]" if f.citations else ""
        quote = " ".join(f.quote.split())[:70]
        lines.append(f"  {_MARK[f.severity]}{f.severity:<6} {f.kind:<17} {f.location.label}: “{quote}”")
        lines.append(f"           {f.message}{cites}")
    if len(report.findings) > len(shown):
        lines.append(f"  … {len(report.findings) - len(shown)} more findings (use --json or --html for all).")
    if report.steps:
        lines.append("  Decision path:")
        lines += [f"    - {s.question} {s.finding}" + (f" [{s.citation}]" if s.citation else "") for s in report.steps]
    if report.next_steps:
        lines.append("  Next steps:")
        lines += [f"    - {s}" for s in report.next_steps]
    return "\n".join(lines)


def check(
    files: Annotated[list[Path], typer.Argument(help="Documents to screen: PDF, DOCX, e-mail (.eml), text, code.")],
    as_json: Annotated[bool, typer.Option("--json", help='Print {"reports": [...], "errors": [...]} as JSON.')] = False,
    html: Annotated[Path | None, typer.Option("--html", help="Also write a self-contained, printable HTML report.")] = None,
    keep: Annotated[bool, typer.Option("--keep", help="Store the reports under data_dir/checks/ (off by default).")] = False,
) -> None:
    """Screen documents or e-mails before they leave: located, cited findings and an overall outcome."""
    from api.check_html import render_html
    from api.checking import Checker, outcomes_json
    from assistant.answer import DISCLAIMER

    checker = Checker(load_settings())
    checker.ready()  # a missing index fails once, before any file
    outcomes = checker.batch([(str(path), path) for path in files])
    reports = [o.report for o in outcomes if o.report is not None]
    for o in outcomes:
        if o.report is None:
            typer.echo(f"error: {o.error}", err=True)
    if as_json:
        typer.echo(outcomes_json(outcomes))
    else:
        for report in reports:
            typer.echo(render_report(report) + "\n")
        if reports:
            typer.echo(DISCLAIMER)
    if html is not None:
        html.write_text(render_html(reports, [(o.file, o.error or "") for o in outcomes if o.report is None]), encoding="utf-8")
        typer.echo(f"Wrote {html}", err=True)
    if keep:
        for report in reports:
            typer.echo(f"Kept {checker.keep(report)}", err=True)
    if len(reports) < len(outcomes):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `itt check` and `itt eval-samples` to the `itt` command."""
    from evals.samples_eval import eval_samples_command

    app.command()(check)
    app.command("eval-samples")(eval_samples_command)
