"""`itt corpus fetch`: download the official texts into `data_dir/official/` and ingest them.

Sources (base addresses are settings, so a mirror or a test server can stand in):

    ecfr-ear     eCFR versioner full XML, 15 CFR parts 730-774   (ecfr_base_url)
    ecfr-itar    eCFR versioner full XML, 22 CFR parts 120-130   (ecfr_base_url)
    eu-2021-821  EUR-Lex consolidated HTML of Regulation 2021/821 (eurlex_url)
    wassenaar    the Wassenaar Arrangement control lists PDF      (wassenaar_url)

Everything is downloaded into a staging folder and read with the same parsers the ingest uses before
anything is replaced; a network failure or an unreadable download raises `ITTError` and leaves the
files and the index as they were. Each source keeps one stable folder, so a newer download replaces
the older version and the next ingest swaps its chunks in one build.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.errors import ITTError

if TYPE_CHECKING:
    import httpx

    from assistant.embeddings import Embedder
    from assistant.settings import Settings
    from ingest.pipeline import IngestResult

# Parts of 15 CFR chapter VII, subchapter C that are not reserved, and the ITAR parts.
EAR_PARTS = (730, 732, 734, 736, 738, 740, 742, 743, 744, 745, 746, 748, 750, 754, 756, 758, 760, 762, 764, 766,
             768, 770, 772, 774)  # fmt: skip
ITAR_PARTS = tuple(range(120, 131))
SOURCE_NAMES = ("ecfr-ear", "ecfr-itar", "eu-2021-821", "wassenaar")
TIMEOUT = 120.0


@dataclass(frozen=True)
class Download:
    url: str
    name: str  # file name inside the source's folder
    optional: bool = False  # a 404 is reported and skipped (a part not published on that date)


@dataclass
class FetchResult:
    files: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    bytes: int = 0
    ingest: IngestResult | None = None


def official_dir(settings: Settings) -> Path:
    return settings.data_dir / "official"


def _get(client: httpx.Client, url: str) -> httpx.Response:
    import httpx

    try:
        return client.get(url)
    except httpx.HTTPError as e:
        raise ITTError(
            f"Cannot download {url}: {e or type(e).__name__}. Check the network connection or the "
            "ITT_ECFR_BASE_URL / ITT_EURLEX_URL / ITT_WASSENAAR_URL settings; nothing was changed."
        ) from e


def latest_ecfr_date(client: httpx.Client, base: str, title: int) -> str:
    """The newest issue date of a CFR title, from the versioner's titles list."""
    url = f"{base.rstrip('/')}/api/versioner/v1/titles.json"
    response = _get(client, url)
    if response.status_code != 200:
        raise ITTError(f"Cannot list eCFR titles at {url}: HTTP {response.status_code}; nothing was changed.")
    try:
        titles = response.json()["titles"]
        return str(next(t["latest_issue_date"] for t in titles if int(t["number"]) == title))
    except (ValueError, KeyError, StopIteration, TypeError) as e:
        raise ITTError(f"Unexpected answer from {url} (no issue date for title {title}); nothing was changed.") from e


def plan(settings: Settings, name: str, client: httpx.Client, date: str | None) -> list[Download]:
    """What to download for one source name."""
    if name in ("ecfr-ear", "ecfr-itar"):
        title, parts = (15, EAR_PARTS) if name == "ecfr-ear" else (22, ITAR_PARTS)
        base = settings.ecfr_base_url.rstrip("/")
        when = date or latest_ecfr_date(client, base, title)
        return [
            Download(
                f"{base}/api/versioner/v1/full/{when}/title-{title}.xml?part={part}",
                f"title-{title}-part-{part}.xml",
                True,
            )
            for part in parts
        ]
    if name == "eu-2021-821":
        return [Download(settings.eurlex_url, "eu-2021-821.html")]
    if name == "wassenaar":
        return [Download(settings.wassenaar_url, "wassenaar-control-lists.pdf")]
    raise ITTError(f"Unknown source {name!r}; use one of {', '.join(SOURCE_NAMES)}.")


def _check(path: Path, url: str) -> None:
    """Read a download with the ingest's own parser, so that an error page or a truncated file is
    refused before it replaces a good version."""
    from ingest.formats import parse_source

    try:
        parse_source(path)
    except ITTError as e:
        raise ITTError(f"Downloaded {url} but cannot use it ({e.message}); nothing was changed.") from e


def fetch(
    settings: Settings,
    names: Sequence[str] = SOURCE_NAMES,
    date: str | None = None,
    on_file: Callable[[str, int, int], None] | None = None,
) -> FetchResult:
    """Download `names` into `data_dir/official/<name>/`, replacing files only once all are good."""
    import httpx

    result = FetchResult()
    root = official_dir(settings)
    staging = root / f".staging-{uuid.uuid4().hex[:8]}"
    staged: list[tuple[Path, Path]] = []
    try:
        with httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": "itt-assistant"}) as client:
            downloads = [(name, d) for name in dict.fromkeys(names) for d in plan(settings, name, client, date)]
            for n, (name, download) in enumerate(downloads, 1):
                response = _get(client, download.url)
                if response.status_code == 404 and download.optional:
                    result.skipped.append(f"{download.url} (HTTP 404)")
                elif response.status_code != 200:
                    raise ITTError(f"Cannot download {download.url}: HTTP {response.status_code}; nothing was changed.")
                else:
                    target = staging / name / download.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(response.content)
                    result.bytes += len(response.content)
                    _check(target, download.url)
                    staged.append((target, root / name / download.name))
                if on_file:
                    on_file(download.url, n, len(downloads))
        if not staged:
            raise ITTError("Nothing could be downloaded (every address answered 404); nothing was changed.")
        for source, target in staged:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            result.files.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def fetch_and_ingest(
    settings: Settings,
    names: Sequence[str] = SOURCE_NAMES,
    date: str | None = None,
    embedder: Embedder | None = None,
    on_file: Callable[[str, int, int], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FetchResult:
    """Fetch, then rebuild the index with the fetched folders registered as official sources."""
    from ingest.pipeline import run_ingest

    result = fetch(settings, names, date, on_file)
    folders = sorted({path.parent for path in result.files})
    result.ingest = run_ingest(settings, folders, embedder=embedder, progress=progress)
    return result


corpus_app = typer.Typer(help="Official texts: download them and index them.", no_args_is_help=True)


@corpus_app.command("fetch")
def fetch_command(
    names: Annotated[
        list[str] | None, typer.Argument(help=f"Sources to fetch: {', '.join(SOURCE_NAMES)} (default: all).")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="eCFR point-in-time date YYYY-MM-DD (default: latest).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Download official texts into data_dir/official/ and ingest them (the old index stays on failure)."""
    from pydantic import ValidationError
    from tqdm import tqdm

    from assistant.settings import Settings

    try:
        settings = Settings()
    except ValidationError as e:
        raise ITTError(f"Invalid configuration: {e.errors()[0]['msg']}") from e
    bars: dict[str, tqdm] = {}

    def bar(label: str, unit: str, done: int, total: int) -> None:
        if quiet:
            return
        if label not in bars:
            bars[label] = tqdm(total=total, unit=unit, desc=label, file=typer.get_text_stream("stderr"))
        bars[label].n = done
        bars[label].refresh()

    result = fetch_and_ingest(
        settings,
        names or SOURCE_NAMES,
        date,
        on_file=lambda _url, done, total: bar("downloading", "file", done, total),
        progress=lambda done, total: bar("indexing", "chunk", done, total),
    )
    for b in bars.values():
        b.close()
    typer.echo(f"Fetched {len(result.files)} files ({result.bytes / 1e6:.1f} MB) into {official_dir(settings)}.")
    for note in result.skipped:
        typer.echo(f"skipped: {note}")
    if result.ingest is not None:
        r = result.ingest.report
        typer.echo(
            f"Indexed {result.ingest.provisions} provisions as {r.chunks} chunks: {r.added} added, "
            f"{r.removed} removed, {r.embedded} embedded, {len(result.ingest.errors)} source errors, {r.seconds:.1f} s."
        )
        for error in result.ingest.errors:
            typer.echo(f"error: {error.message}", err=True)
