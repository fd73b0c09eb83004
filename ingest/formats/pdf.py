"""PDF regulations and control lists (via pypdf): the Wassenaar list, CFR prints, EU or UK acts.

Every provision lies on one page, so its `page` is exact: an entry that runs over a page break
becomes one provision per page, the later ones titled "(continued)". Text before the first citable
heading of a document, and text under headings that cite nothing (a category title, the acronym
list), is not indexed: it could only be cited wrongly. The version date is the one printed in the
running headers, else the PDF's own metadata date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import UnsupportedDocument
from assistant.types import Kind, Provision
from ingest.formats.common import Builder, file_date, table_text
from ingest.formats.headings import Context, classify
from ingest.formats.pdf_text import Line, Page, extract, version_date
from ingest.formats.regimes import detect, is_amending_act


@dataclass
class _Block:
    citation: str
    title: str
    kind: Kind | None
    page: int
    offset: int
    path: tuple[str, ...]
    continued: bool = False
    lines: list[Line] = field(default_factory=list)


def _body(lines: list[Line]) -> str:
    """Prose lines with their paragraph breaks; table rows regrouped under their header."""
    out: list[str] = []
    n = 0
    while n < len(lines):
        if lines[n].table:
            run = []
            while n < len(lines) and lines[n].table:
                run.append(lines[n].text)
                n += 1
            out.append("\n" + table_text(run[0], run[1:]) + "\n")
            continue
        out.append(lines[n].text)
        n += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _blocks(pages: list[Page], ctx: Context) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    path: tuple[str, ...] = ()
    for page in pages:
        if current is not None:  # the provision runs on over the page break
            current = _Block(current.citation, current.title, current.kind, page.number, 0, path, True)
            blocks.append(current)
        for line in page.lines:
            heading = None if line.table else classify(line.text, ctx)
            if heading is None:
                if current is not None:
                    if not current.lines:
                        current.offset = line.offset
                    current.lines.append(line)
                continue
            if heading.context:
                path = (heading.context,)
            if heading.citation is None:
                current = None
                continue
            current = _Block(heading.citation, heading.title, heading.kind, page.number, line.offset, path)
            current.lines.append(Line(line.text, line.offset))
            blocks.append(current)
    return blocks


def parse_pdf(path: Path) -> list[Provision]:
    text = extract(path)
    opening = text.opening
    regime = detect(path, opening)
    if regime is None:
        raise UnsupportedDocument(f"{path}: cannot tell which regulation or control list this PDF is.")
    as_of = version_date(text) or file_date(path)
    ctx = Context(regime, amending=is_amending_act(opening))
    builder = Builder(path, path.read_bytes(), regime.source_url)
    for block in _blocks(text.pages, ctx):
        title = f"{block.title.rstrip('.:;, ')} (continued)" if block.continued else block.title
        builder.add(
            block.citation,
            title,
            _body(block.lines),
            as_of,
            kind=block.kind,
            page=block.page,
            offset=block.offset,
            heading_path=(regime.name, *block.path),
        )
    return builder.result(f"citable {regime.name} headings")
