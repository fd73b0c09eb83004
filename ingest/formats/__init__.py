"""Parsers for official source formats, chosen by file type.

Each parser turns one file into `Provision`s whose citations come from the document's own
structure, marked `source_kind="official"`. A file no parser can read raises `UnsupportedDocument`
naming it, and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.errors import UnsupportedDocument
from assistant.provisions import parse_provision
from assistant.types import Provision

Parser = Callable[[Path], list[Provision]]


def _corpus_markdown(path: Path) -> list[Provision]:
    """A Markdown file in the bundled-corpus format (front matter), e.g. a user's own digest."""
    return [parse_provision(path.read_text(encoding="utf-8"), str(path))]


def _parser_for(path: Path) -> Parser | None:
    suffix = path.suffix.lower()
    if suffix == ".md":
        head = path.read_text(encoding="utf-8", errors="replace")[:4]
        if head.startswith("---"):
            return _corpus_markdown
    return PARSERS.get(suffix)


# Official-format parsers register here by suffix (eCFR XML, PDF, EUR-Lex HTML, eCFR Markdown, CCL JSON).
PARSERS: dict[str, Parser] = {}


def supported(path: Path) -> bool:
    return path.suffix.lower() == ".md" or path.suffix.lower() in PARSERS


def parse_source(path: Path) -> list[Provision]:
    parser = _parser_for(path)
    if parser is None:
        raise UnsupportedDocument(f"{path}: no parser for {path.suffix or 'files without a suffix'} files.")
    provisions = parser(path)
    if not provisions:
        raise UnsupportedDocument(f"{path}: no provisions found in this file.")
    return provisions
