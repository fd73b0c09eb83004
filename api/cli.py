"""The `itt` command. Domain errors become one-line messages and a non-zero exit here, and only here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from api.commands import audit as audit_commands
from api.commands import check as check_commands
from api.commands import keys as keys_commands
from api.commands.serve import serve
from assistant.errors import ITTError
from evals.cli import eval_command
from ingest.fetch import corpus_app

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Intangible technology transfer (ITT) review assistant.",
)
sources_app = typer.Typer(help="What is indexed: list or remove sources.", invoke_without_command=True)
app.add_typer(sources_app, name="sources")
app.add_typer(corpus_app, name="corpus")  # `itt corpus fetch`
app.add_typer(keys_commands.app, name="keys")
app.add_typer(audit_commands.app, name="audit")
app.command()(serve)
app.command("eval")(eval_command)
check_commands.register(app)  # `itt check`, `itt eval-samples`

JurisdictionOpt = Annotated[
    str | None, typer.Option("--jurisdiction", "-j", help="US-EAR, US-ITAR, EU, WA, UK, JP, SG or MY.")
]


def _settings():
    from pydantic import ValidationError

    from assistant.settings import Settings

    try:
        return Settings()
    except ValidationError as e:
        raise ITTError(f"Invalid configuration: {e.errors()[0]['msg']}") from e


def _assistant():
    from assistant.pipeline import Assistant

    return Assistant(_settings())


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Official source files or folders to add.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Index the bundled corpus and any official sources (build aside, then switch)."""
    from tqdm import tqdm

    from ingest.pipeline import run_ingest

    settings = _settings()
    bars: dict[str, tqdm] = {}

    def bar(name: str, unit: str, done: int, total: int) -> None:
        if quiet:
            return
        if name not in bars:
            bars[name] = tqdm(total=total, unit=unit, desc=name, file=sys.stderr)
        bars[name].n = done
        bars[name].refresh()

    result = run_ingest(
        settings,
        paths or [],
        progress=lambda done, total: bar("indexing", "chunk", done, total),
        on_file=lambda _path, done, total: bar("reading", "file", done, total),
    )
    for b in bars.values():
        b.close()
    r = result.report
    state = "up to date, nothing embedded" if r.up_to_date else f"build {r.build}"
    typer.echo(
        f"Indexed {result.provisions} provisions as {r.chunks} chunks ({state}): "
        f"{r.added} added, {r.removed} removed, {r.unchanged} unchanged, {r.embedded} embedded, "
        f"{len(result.errors)} source errors, {r.seconds:.1f} s."
    )
    typer.echo(
        f"Summary: {result.files} files, {r.chunks} chunks, {result.pages} pages, {len(result.skipped)} skipped, "
        f"{len(result.errors)} errors, {result.seconds:.1f} s."
    )
    for error in result.errors:
        typer.echo(f"error: {error.message}", err=True)
    if result.errors:
        raise typer.Exit(1)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question; '-' reads it from standard input.")],
    jurisdiction: JurisdictionOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer object as JSON.")] = False,
) -> None:
    """Answer one question with a determination and the provisions it rests on."""
    from api.render import render_answer

    if question == "-":
        question = sys.stdin.buffer.read().decode("utf-8", errors="strict")
    answer = _assistant().ask(question, jurisdiction)
    typer.echo(answer.model_dump_json(indent=2) if as_json else render_answer(answer))


@app.command()
def chat(jurisdiction: JurisdictionOpt = None) -> None:
    """Interactive chat in the terminal; facts carry over between turns. Ctrl-D or 'exit' quits."""
    from api.render import render_answer
    from assistant.conversation import Conversation

    assistant = _assistant()
    conversation = Conversation(assistant, jurisdiction=jurisdiction)
    typer.echo("ITT review assistant. Describe the transfer; 'new' starts over, 'exit' quits.")
    while True:
        try:
            line = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        if line.lower() in {"exit", "quit"}:
            return
        if line.lower() == "new":
            conversation = Conversation(assistant, jurisdiction=jurisdiction)
            typer.echo("New conversation.")
            continue
        if not line:
            continue
        try:
            typer.echo(render_answer(conversation.send(line)))
        except ITTError as e:
            typer.echo(f"error: {e.message}", err=True)


@sources_app.callback()
def sources(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List indexed sources with chunk counts, as-of dates and totals by jurisdiction and kind."""
    if ctx.invoked_subcommand:
        return
    from assistant.index import Index

    index = Index.open(_settings())
    summary = {**index.summary, "sources": index.sources()}
    if as_json:
        typer.echo(json.dumps(summary, indent=2))
        return
    typer.echo(f"Build {summary['build']} ({summary['created']}), model {summary['embedding_model']}")
    typer.echo(f"{summary['provisions']} provisions, {summary['chunks']} chunks, newest text as of {summary['as_of']}")
    typer.echo("By jurisdiction: " + ", ".join(f"{k} {v}" for k, v in summary["by_jurisdiction"].items()))
    typer.echo("By kind: " + ", ".join(f"{k} {v}" for k, v in summary["by_kind"].items()))
    official = {k: v for k, v in summary["sources"].items() if v.get("kind") == "official"}
    digest = [v for v in summary["sources"].values() if v.get("kind") != "official"]
    typer.echo(f"Bundled digest: {len(digest)} files")
    for name, info in sorted(official.items()):
        pages = f", {info['pages']} pages" if info.get("pages") else ""
        typer.echo(f"  {name}: {info['chunks']} chunks{pages}, as of {info['as_of']}")


@sources_app.command("remove")
def sources_remove(name: str) -> None:
    """Forget a registered official source and rebuild the index without it."""
    from ingest.pipeline import remove_source, run_ingest

    settings = _settings()
    removed = remove_source(settings, name)
    result = run_ingest(settings)
    typer.echo(f"Removed {removed}; index now {result.report.chunks} chunks.")


def main() -> None:
    """Entry point: run the app, turning domain errors into a message and exit status 2."""
    try:
        app()
    except ITTError as e:
        typer.echo(f"error: {e.message}", err=True)
        sys.exit(2)
    except UnicodeDecodeError:
        typer.echo("error: input is not valid UTF-8 text.", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
