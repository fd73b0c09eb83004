"""Reading the bundled corpus: one Markdown file per provision with YAML front matter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant.errors import CorpusError
from assistant.types import Provision

_FENCE = "---"


def parse_provision(text: str, source: str) -> Provision:
    """Parse one corpus file; errors name the file and the field."""
    if not text.startswith(_FENCE):
        raise CorpusError(f"{source}: no YAML front matter (the file must start with '---')")
    try:
        _, header, body = text.split(_FENCE, 2)
    except ValueError as e:
        raise CorpusError(f"{source}: front matter is not closed with '---'") from e
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as e:
        raise CorpusError(f"{source}: front matter is not valid YAML: {e}") from e
    if not isinstance(meta, dict):
        raise CorpusError(f"{source}: front matter must be a mapping")
    for key in ("related", "keywords"):
        if key in meta and meta[key] is not None:
            meta[key] = tuple(meta[key])
        elif key in meta:
            meta[key] = ()
    try:
        return Provision(**meta, body=body.strip(), source=source)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise CorpusError(f"{source}: {problems}") from e


def corpus_files(root: Path) -> list[Path]:
    """Provision files under `root`, sorted; README files and `data/` are not provisions."""
    return sorted(
        p for p in root.rglob("*.md") if p.name.lower() != "readme.md" and "data" not in p.relative_to(root).parts
    )


def load_corpus(root: Path) -> Iterator[Provision]:
    for path in corpus_files(root):
        yield parse_provision(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
