"""`itt eval` (also `python -m evals`): answer a question set, score it, write the report.

Heavy imports happen inside the command so that `itt --help` stays fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Retriever(StrEnum):
    hybrid = "hybrid"
    dense = "dense"
    lexical = "lexical"


_HEADLINE = (
    "determination_accuracy",
    "refusal_accuracy",
    "missing_facts_recall",
    "citation_f2",
    "retrieval_recall_at_10",
    "mrr_at_10",
    "ndcg_at_10",
    "unsupported_citations",
    "latency_ms_p95",
)


def eval_command(
    questions: Annotated[
        list[Path],
        typer.Option("--questions", "-q", help="Question file(s) (YAML); repeat the option or list files after it."),
    ],
    more: Annotated[list[Path] | None, typer.Argument(help="More question files.", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("eval-out"),
    retriever: Annotated[
        list[Retriever] | None,
        typer.Option(help="Retriever for the answers; repeat to also score other retrievers (retrieval only)."),
    ] = None,
    k: Annotated[int, typer.Option("--k", min=10, help="Passages retrieved per question (at least 10).")] = 10,
    baseline: Annotated[bool, typer.Option("--baseline", help="Also score a naive LangChain+Chroma baseline.")] = False,
) -> None:
    """Evaluate the assistant on graded questions: answers.jsonl, metrics.json, report.md/.html."""
    from pydantic import ValidationError

    from assistant.errors import ITTError
    from assistant.settings import Settings
    from evals.runner import run_eval

    try:
        settings = Settings()
    except ValidationError as e:
        raise ITTError(f"Invalid configuration: {e.errors()[0]['msg']}") from e
    modes = [r.value for r in retriever] if retriever else ["hybrid"]
    result = run_eval(
        [*questions, *(more or [])],
        out,
        retrievers=modes,  # type: ignore[arg-type]
        k=k,
        baseline=baseline,
        settings=settings,
        progress=lambda msg: typer.echo(msg, err=True),
    )
    m = result.metrics
    typer.echo(f"{m['n']} questions, {m['passed']} passed every check.")
    for key in _HEADLINE:
        typer.echo(f"  {key}: {m.get(key)}")
    if "baseline" in m:
        b = m["baseline"]
        typer.echo(f"  baseline retrieval_recall_at_10: {b['retrieval_recall_at_10']}, mrr_at_10: {b['mrr_at_10']}")
    typer.echo(f"Wrote {out}/answers.jsonl, metrics.json, report.md, report.html")


def main() -> None:
    """`python -m evals`: the same command, with domain errors as one-line messages."""
    from assistant.errors import ITTError

    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(eval_command)
    try:
        app()
    except ITTError as e:
        typer.echo(f"error: {e.message}", err=True)
        sys.exit(2)
