"""Parsers for official source formats, chosen by file type.

Each parser turns one file into `Provision`s whose citations come from the document's own
structure, marked `source_kind="official"`, with the version date the document prints (`as_of`),
its page (PDF) and its offset in the file. A file no parser can read raises `UnsupportedDocument`
naming it, and the rest of the batch goes on.

    .xml  eCFR full XML (ecfr_xml)            .pdf        regulation and control-list PDFs (pdf)
    .md   eCFR Markdown or act excerpts        .html/.htm  EUR-Lex Regulation 2021/821 (eurlex_html)
    .txt  act excerpts (text)                  .json       CCL / Country Chart / Country Groups (control_json)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from assistant.errors import UnsupportedDocument
from assistant.provisions import parse_provision
from assistant.types import Provision

Parser = Callable[[Path], list[Provision]]


def _corpus_markdown(path: Path) -> list[Provision]:
    """A Markdown file in the bundled-corpus format (front matter), e.g. a user's own digest."""
    return [parse_provision(path.read_text(encoding="utf-8"), str(path))]


def _is_corpus_file(path: Path) -> bool:
    """Front matter that declares a `citation:` is the corpus format; other front matter (an eCFR
    chapter's `title_number:`, a bill's `URL:`) belongs to an official text."""
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    if not head.startswith("---"):
        return False
    meta = head.split("---", 2)[1] if head.count("---") >= 2 else ""
    return bool(re.search(r"(?m)^citation:", meta))


def _markdown(path: Path) -> list[Provision]:
    """Markdown without corpus front matter: eCFR sections, or an act or guidance excerpt."""
    from ingest.formats.ecfr_markdown import looks_like_ecfr, parse_ecfr_markdown
    from ingest.formats.text import parse_text

    text = path.read_text(encoding="utf-8", errors="replace")
    return parse_ecfr_markdown(path) if looks_like_ecfr(text) else parse_text(path)


def _lazy(module: str, name: str) -> Parser:
    """A parser imported on first use, so that listing formats costs no PDF or HTML library import."""

    def parse(path: Path) -> list[Provision]:
        return getattr(import_module(f"ingest.formats.{module}"), name)(path)  # type: ignore[no-any-return]

    parse.__name__ = name
    return parse


def _parser_for(path: Path) -> Parser | None:
    suffix = path.suffix.lower()
    if suffix == ".md" and _is_corpus_file(path):
        return _corpus_markdown
    return PARSERS.get(suffix)


# One parser per official format, by file suffix.
PARSERS: dict[str, Parser] = {
    ".xml": _lazy("ecfr_xml", "parse_ecfr_xml"),
    ".md": _markdown,
    ".markdown": _markdown,
    ".txt": _lazy("text", "parse_text"),
    ".pdf": _lazy("pdf", "parse_pdf"),
    ".html": _lazy("eurlex_html", "parse_eurlex_html"),
    ".htm": _lazy("eurlex_html", "parse_eurlex_html"),
    ".xhtml": _lazy("eurlex_html", "parse_eurlex_html"),
    ".json": _lazy("control_json", "parse_control_json"),
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in PARSERS


def parse_source(path: Path) -> list[Provision]:
    parser = _parser_for(path)
    if parser is None:
        raise UnsupportedDocument(f"{path}: no parser for {path.suffix or 'files without a suffix'} files.")
    provisions = parser(path)
    if not provisions:
        raise UnsupportedDocument(f"{path}: no provisions found in this file.")
    return provisions
