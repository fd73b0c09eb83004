"""eCFR "full" XML, as the eCFR versioner API serves it (`/api/versioner/v1/full/{date}/title-15.xml?part=734`).

The hierarchy is DIV1 (title) … DIV5 (part) / DIV6 (subpart) / DIV8 (section) / DIV9 (appendix or
supplement), each with a HEAD; text is in P, FP, EXTRACT, NOTE and tables; CITA holds the Federal
Register history that dates a section. Sections become `15 CFR 734.18` (paragraph-level provisions
when long, see `cfr.paragraph_groups`), supplements `15 CFR 774 Supp. 1`. The Commerce Control List
(Supplement No. 1 to Part 774) is split into one provision per ECCN, its licence-requirement table
kept whole under its header row. `Provision.offset` is the start of the line where the element opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from lxml import etree

from assistant.errors import UnsupportedDocument
from assistant.types import Provision
from ingest.formats import cfr
from ingest.formats.common import Builder, file_date, fr_date, latest_date, table_text

_BLOCKS = {"P", "FP", "FP-1", "FP-2", "FP-DASH", "PSPACE", "HD1", "HD2", "HD3", "HED", "PRTPAGE"}
_SKIP = {"HEAD", "CITA", "SECAUTH", "EDNOTE", "PRTPAGE", "AUTH", "SOURCE"}
_ECCN_HEAD = re.compile(r"^\s*(\d[A-E]\d{3})\b")
_SUPP = re.compile(r"Supplement No\.?\s*(\d{1,2}) to Part (\d{3})", re.I)
CCL_SUPP = "Supplement No. 1 to Part 774"


def _text(el: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _tag(el: etree._Element) -> str:
    """Upper-cased tag ('' for comments): eCFR tables come both as TABLE/TR/TD and as lower-case HTML."""
    return el.tag.upper() if isinstance(el.tag, str) else ""


def _is_level(el: etree._Element) -> bool:
    return bool(re.fullmatch(r"DIV\d", _tag(el)))


def _table(el: etree._Element) -> str:
    """HTML-style (TR/TH/TD) or GPOTABLE (BOXHD/CHED, ROW/ENT) table as header + rows."""
    rows: list[list[str]] = []
    heads: list[str] = []
    for row in el.iter():
        tag = _tag(row)
        if tag in ("TR", "ROW"):
            rows.append([_text(c) for c in row if _tag(c) in ("TH", "TD", "ENT")])
        elif tag == "CHED":
            heads.append(_text(row))
    if heads:
        rows.insert(0, heads)
    rows = [r for r in rows if any(r)]
    if not rows:
        return ""
    return table_text(" | ".join(rows[0]), [" | ".join(r) for r in rows[1:]])


def _flow(el: etree._Element) -> Iterator[etree._Element]:
    """Block-level elements under `el` in document order (paragraphs, headings, tables), not
    descending into nested hierarchy levels (DIV1-DIV9) or into the blocks themselves."""
    for child in el:
        tag = _tag(child)
        if not tag or tag in _SKIP or _is_level(child):
            continue
        if tag in _BLOCKS or tag in ("TABLE", "GPOTABLE") or not len(child):
            yield child
        else:  # NOTE, EXTRACT, wrappers around tables
            yield from _flow(child)


def _render(el: etree._Element) -> str:
    return _table(el) if _tag(el) in ("TABLE", "GPOTABLE") else _text(el)


def _blocks(el: etree._Element) -> list[str]:
    return [t for t in (_render(b) for b in _flow(el)) if t]


def _head(el: etree._Element) -> str:
    head = el.find("HEAD")
    return _text(head) if head is not None else ""


class _Doc:
    def __init__(self, path: Path, data: bytes, root: etree._Element) -> None:
        self.path = path
        self.root = root
        text = data.decode("utf-8", errors="replace")
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        amd = root.find(".//AMDDATE")
        self.doc_date = (latest_date(_text(amd)) if amd is not None else None) or fr_date(text) or file_date(path)
        title = root.get("N") if root.get("TYPE") == "TITLE" else None
        self.title = int(title) if title and title.isdigit() else None
        self.builder = Builder(path, data, "https://www.ecfr.gov/current")

    def offset(self, el: etree._Element) -> int:
        line = (el.sourceline or 1) - 1
        return self.line_starts[min(line, len(self.line_starts) - 1)]

    def as_of(self, el: etree._Element) -> date:
        cita = el.find("CITA")
        return (fr_date(_text(cita)) if cita is not None else None) or self.doc_date


def _section(doc: _Doc, el: etree._Element, title: int, path: tuple[str, ...]) -> None:
    number = el.get("N", "")
    if not re.fullmatch(r"\d{3}\.\d{1,3}[a-z]?", number):
        return
    heading = re.sub(r"^§+\s*[\d.a-z-]+\s*", "", _head(el))
    body = "\n\n".join(_blocks(el))
    for group in cfr.paragraph_groups(body):
        doc.builder.add(
            cfr.citation(title, number, group.marker),
            heading or f"§ {number}",
            body[group.start : group.end],
            doc.as_of(el),
            offset=doc.offset(el),
            heading_path=(f"{title} CFR", *path, _head(el)),
            source_url=cfr.section_url(title, number),
        )


def _ccl(doc: _Doc, el: etree._Element, path: tuple[str, ...]) -> None:
    """Supplement No. 1 to Part 774: one provision per ECCN; text before the first ECCN of a
    category (its notes) cites the supplement."""
    title = "Commerce Control List"
    current: tuple[str, str, etree._Element] | None = None  # citation, title, first element
    texts: list[str] = []
    category = ""

    def flush() -> None:
        if current is not None and texts:
            citation, heading, first = current
            doc.builder.add(
                citation,
                heading,
                "\n\n".join(texts),
                doc.as_of(el),
                kind="control-entry" if citation.startswith("ECCN") else "rule",
                offset=doc.offset(first),
                heading_path=("15 CFR", *path, _head(el), category),
                source_url=cfr.part_url(15, 774),
            )

    for block in _flow(el):
        text = _render(block)
        if not text:
            continue
        eccn = _ECCN_HEAD.match(text) if block.find("B") is not None else None
        if _tag(block) == "HD1" and re.match(r"(?i)^category\s+\d", text):
            flush()
            category = text
            current, texts = ("15 CFR 774 Supp. 1", text, block), []
            continue
        if eccn:
            flush()
            current, texts = (f"ECCN {eccn.group(1)}", text[len(eccn.group(0)) :].strip() or eccn.group(1), block), []
        if current is None:
            current, texts = ("15 CFR 774 Supp. 1", title, block), []
        texts.append(text)
    flush()


def _appendix(doc: _Doc, el: etree._Element, title: int, part: int, path: tuple[str, ...]) -> None:
    head = _head(el)
    m = _SUPP.search(el.get("N", "")) or _SUPP.search(head)
    if not m or int(m.group(2)) != part:
        return
    if part == 774 and m.group(1) == "1":
        _ccl(doc, el, path)
        return
    doc.builder.add(
        f"{title} CFR {part} Supp. {int(m.group(1))}",
        head or m.group(0),
        "\n\n".join(_blocks(el)),
        doc.as_of(el),
        offset=doc.offset(el),
        heading_path=(f"{title} CFR", *path, head),
        source_url=cfr.part_url(title, part),
    )


def _walk(doc: _Doc, el: etree._Element, part: int | None, path: tuple[str, ...]) -> None:
    kind = el.get("TYPE", "")
    if kind == "PART":
        number = el.get("N", "")
        part = int(number) if number.isdigit() else None
        if part is None or not cfr.in_scope(doc.title, part):
            return
        path = (_head(el),)
    elif kind in ("SUBPART", "SUBJGRP"):
        path = (*path, _head(el))
    elif kind == "SECTION" and part is not None:
        title = cfr.title_for_part(part)
        assert title is not None
        _section(doc, el, title, path)
        return
    elif kind == "APPENDIX" and part is not None:
        title = cfr.title_for_part(part)
        assert title is not None
        _appendix(doc, el, title, part, path)
        return
    for child in el:
        if _is_level(child):
            _walk(doc, child, part, path)


def parse_ecfr_xml(path: Path) -> list[Provision]:
    data = path.read_bytes()
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError as e:
        raise UnsupportedDocument(f"{path}: not well-formed XML ({e}).") from e
    if not _is_level(root) and root.find(".//DIV5") is None and root.find(".//DIV8") is None:
        raise UnsupportedDocument(f"{path}: XML that is not eCFR (no DIV5 part or DIV8 section elements).")
    doc = _Doc(path, data, root)
    title_div = root if root.get("TYPE") == "TITLE" else root.find(".//DIV1[@TYPE='TITLE']")
    if title_div is not None and (title_div.get("N") or "").isdigit():
        doc.title = int(title_div.get("N"))
    _walk(doc, root, None, ())
    return doc.builder.result("EAR (15 CFR 730-774) or ITAR (22 CFR 120-130) sections")
