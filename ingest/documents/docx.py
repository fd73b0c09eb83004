"""Word documents (python-docx): body paragraphs and table cells in reading order, with their index,
plus page headers and footers (where export markings usually sit).

The zip container is checked (`limits.check_zip`) before python-docx opens it: total declared
expansion and compression ratio, so a zip bomb is refused unopened.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

from assistant.errors import ITTError, UnsupportedDocument
from assistant.screening.types import Location, Segment
from ingest.documents.limits import Budget, check_zip


def read_docx(name: str, data: bytes, file: str, parts: Sequence[str], budget: Budget) -> list[Segment]:
    check_zip(name, data, budget.limits)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise UnsupportedDocument(f"{name}: a zip file but not a Word document (no word/document.xml).")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        segments: list[Segment] = []
        paragraph_no = table_no = 0
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                paragraph_no += 1
                if block.text.strip():
                    segments.append(Segment(
                        text=block.text, location=Location(file=file, parts=tuple(parts), paragraph=paragraph_no)
                    ))  # fmt: skip
            elif isinstance(block, Table):
                table_no += 1
                segments += _table(block, table_no, file, parts)
        seen: set[str] = set()
        for where in ("header", "footer"):
            for section in document.sections:
                for n, paragraph in enumerate(getattr(section, where).paragraphs, start=1):
                    text = paragraph.text.strip()
                    if text and text not in seen:
                        seen.add(text)
                        segments.append(Segment(
                            text=paragraph.text, location=Location(file=file, parts=(*parts, where), paragraph=n)
                        ))  # fmt: skip
    except ITTError:
        raise
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml and package errors alike
        raise UnsupportedDocument(f"{name}: not a readable DOCX ({type(e).__name__}: {e}).") from e
    for segment in segments:
        budget.text(name, len(segment.text))
    if not segments:
        raise UnsupportedDocument(f"{name}: the Word document holds no text.")
    return segments


def _table(table: Any, number: int, file: str, parts: Sequence[str]) -> list[Segment]:
    out: list[Segment] = []
    seen: set[Any] = set()  # the cells' XML elements (held, so identities cannot be reused)
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row.cells, start=1):
            if cell._tc in seen or not cell.text.strip():  # a merged cell repeats in every row it spans
                continue
            seen.add(cell._tc)
            out.append(Segment(
                text=cell.text, kind="table",
                location=Location(file=file, parts=tuple(parts), table=number, row=r, cell=c),
            ))  # fmt: skip
    return out
