"""EUR-Lex HTML of Regulation (EU) 2021/821, consolidated or as published in the Official Journal.

Both layouts mark articles with ELI containers (`div.eli-subdivision id="art_2"`); the article number
and heading are in `p.title-article-norm` / `p.stitle-article-norm` (consolidated) or `p.oj-ti-art` /
`p.oj-sti-art` (OJ). Annexes are `div id="anx_I"` containers. Articles become `EU 2021/821 Art. N`
(long ones cited by numbered paragraph or point), Annex I entries `EU 2021/821 Annex I 3E001`, its
notes `… Annex I GTN`, Annexes II and IV whole. The version date is the consolidation date
(`02021R0821-20251115`, "02021R0821 — EN — 15.11.2025"), else the Official Journal date.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lxml import etree, html

from assistant.errors import UnsupportedDocument
from assistant.types import Kind, Provision
from ingest.formats.common import Builder, file_date, latest_date, table_text
from ingest.formats.headings import Context, classify
from ingest.formats.regimes import REGIMES
from ingest.formats.text import SPLIT_CHARS, numbered_points

EUR_LEX = "https://eur-lex.europa.eu/eli/reg/2021/821/oj"
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
_TITLE_CLASSES = ("title-article-norm", "stitle-article-norm", "oj-ti-art", "oj-sti-art", "ti-art", "sti-art")
_ENTRY = re.compile(r"^(\d[A-E]\d{3})\b\.?\s*(.*)$", re.S)


def _text(el: etree._Element) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def _classes(el: etree._Element) -> set[str]:
    return set((el.get("class") or "").split())


def _table(el: etree._Element) -> str:
    rows = [[_text(c) for c in tr if c.tag in ("td", "th")] for tr in el.iter("tr")]
    rows = [r for r in rows if any(r)]
    if not rows:
        return ""
    if all(len(r) == 2 and re.fullmatch(r"\(?[a-z0-9ivx]{1,5}[.)]", r[0]) for r in rows):
        return "\n".join(f"{a} {b}" for a, b in rows)  # a list of points laid out as a table
    return table_text(" | ".join(rows[0]), [" | ".join(r) for r in rows[1:]])


def _items(el: etree._Element) -> list[tuple[etree._Element, str]]:
    """(element, text) of each block in document order, not descending into blocks or tables. A
    paragraph number kept in a separate `span.no-parag` is put in front of its paragraph's text."""
    out: list[tuple[etree._Element, str]] = []
    prefix = ""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "span" and _classes(child) & {"no-parag", "oj-no-parag"}:
            prefix = _text(child)
            continue
        grid = _classes(child) & {"grid-container", "grid-list"}
        if child.tag in _BLOCK_TAGS or grid or (child.tag == "div" and not child.findall(".//p") and _text(child)):
            found = [(child, _render(child))]
        else:
            found = _items(child)
        if prefix and found:
            found[0] = (found[0][0], f"{prefix} {found[0][1]}")
            prefix = ""
        out.extend(found)
    return [(e, t) for e, t in out if t]


def _render(el: etree._Element) -> str:
    if el.tag == "table":
        return _table(el)
    if _classes(el) & {"grid-container", "grid-list"}:
        cells = [_text(c) for c in el if isinstance(c.tag, str)]
        return " ".join(c for c in cells if c)
    return _text(el)


class _Doc:
    def __init__(self, path: Path, data: bytes, root: etree._Element) -> None:
        text = data.decode("utf-8", errors="replace")
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.as_of = _version_date(path, text, root)
        self.builder = Builder(path, data, EUR_LEX)
        self.ctx = Context(REGIMES["EU"])

    def offset(self, el: etree._Element) -> int:
        line = (el.sourceline or 1) - 1
        return self.line_starts[min(line, len(self.line_starts) - 1)]


def _version_date(path: Path, text: str, root: etree._Element) -> date:
    m = re.search(r"0\d{4}R\d{4}-(\d{4})(\d{2})(\d{2})", f"{path.name} {text}")
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"0\d{4}R\d{4}\s*[—–-]\s*[A-Z]{2}\s*[—–-]\s*(\d{2}\.\d{2}\.\d{4})", _text(root)[:20000])
    found = latest_date(m.group(1)) if m else None
    return found or latest_date(_text(root)[:3000]) or file_date(path)


def _article(doc: _Doc, el: etree._Element, number: str) -> None:
    titles = [_text(t) for t in el.iter() if isinstance(t.tag, str) and _classes(t) & set(_TITLE_CLASSES)]
    subtitle = next((t for t in titles if not re.match(r"(?i)^article\s+\d", t)), "")
    body = "\n".join(t for b, t in _items(el) if not _classes(b) & {*_TITLE_CLASSES, "eli-title"})
    citation = f"EU 2021/821 Art. {number}"
    title = subtitle or f"Regulation (EU) 2021/821, Article {number}"
    points = numbered_points(body) if len(body) > SPLIT_CHARS else []
    for n, start, end in points or [("", 0, len(body))]:
        doc.builder.add(
            f"{citation}({n})" if n else citation,
            title,
            body[start:end],
            doc.as_of,
            offset=doc.offset(el),
            heading_path=("Regulation (EU) 2021/821", f"Article {number}"),
        )


def _annex(doc: _Doc, el: etree._Element, number: str) -> None:
    if number not in ("I", "II", "IV"):
        return
    doc.ctx.annex = number
    heading = f"Annex {number}"
    current: tuple[str, str, Kind | None, etree._Element] = (f"EU 2021/821 Annex {number}", heading, None, el)
    texts: list[str] = []

    def flush() -> None:
        citation, title, kind, first = current
        if texts:
            doc.builder.add(
                citation,
                title,
                "\n".join(texts),
                doc.as_of,
                kind=kind,
                offset=doc.offset(first),
                heading_path=("Regulation (EU) 2021/821", heading),
            )

    for block, text in _items(el):
        start = _entry_start(block, text) if number == "I" else None
        found = classify(text, doc.ctx) if number == "I" and start is None and len(text) < 200 else None
        if start:
            flush()
            current, texts = (start[0], start[1], "control-entry", block), []
        elif found and found.citation:
            flush()
            current, texts = (found.citation, found.title or heading, found.kind, block), []
        texts.append(text)
    flush()


def _entry_start(block: etree._Element, text: str) -> tuple[str, str] | None:
    """An Annex I entry opens with its code, in a paragraph or in the first cell of a table row."""
    first = text
    if block.tag == "table":
        cell = next((c for c in block.iter("td", "th")), None)
        first = _text(cell) if cell is not None else ""
        if not re.fullmatch(r"\d[A-E]\d{3}\.?", first):
            return None
    m = _ENTRY.match(first if block.tag == "table" else text)
    if not m:
        return None
    rest = (text[len(m.group(1)) :] if block.tag == "table" else m.group(2)).strip(" .|")
    return f"EU 2021/821 Annex I {m.group(1)}", (rest[:160] or m.group(1))


def parse_eurlex_html(path: Path) -> list[Provision]:
    data = path.read_bytes()
    try:
        root = html.fromstring(data)
    except (etree.ParserError, ValueError) as e:
        raise UnsupportedDocument(f"{path}: not readable HTML ({e}).") from e
    if not re.search(r"2021/821|32021R0821|02021R0821", _text(root)[:20000] + path.name):
        raise UnsupportedDocument(f"{path}: HTML that is not Regulation (EU) 2021/821 from EUR-Lex.")
    for marker in root.xpath('//span[contains(@class, "no-parag")] | //div[contains(@class, "grid-list-column-1")]'):
        marker.tail = " " + (marker.tail or "")  # "1." and "(a)" stay apart from the text they number
    doc = _Doc(path, data, root)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("id") or ""
        if m := re.fullmatch(r"art_(\d{1,3})", ident):
            _article(doc, el, m.group(1))
        elif m := re.fullmatch(r"anx_([IVX]{1,4})", ident):
            _annex(doc, el, m.group(1))
    if not doc.builder.provisions:
        _oj_without_ids(doc, root)
    return doc.builder.result("articles or annex entries of Regulation (EU) 2021/821")


def _oj_without_ids(doc: _Doc, root: etree._Element) -> None:
    """Older OJ HTML without ELI ids: an article runs from one `oj-ti-art` / `ti-art` title to the next."""
    heads = [p for p in root.iter("p") if _classes(p) & {"oj-ti-art", "ti-art", "title-article-norm"}]
    for head in heads:
        m = re.match(r"(?i)^article\s+(\d{1,3})$", _text(head))
        if not m:
            continue
        wrapper = html.Element("div")
        sibling = head.getnext()
        while sibling is not None and not (_classes(sibling) & {"oj-ti-art", "ti-art", "title-article-norm"}):
            if _classes(sibling) & {"oj-sti-art", "sti-art"}:
                wrapper.append(html.Element("p", {"class": "stitle-article-norm"}))
                wrapper[-1].text = _text(sibling)
            elif not (_classes(sibling) & {"oj-doc-ti", "doc-ti"}):
                wrapper.append(html.fromstring(html.tostring(sibling)))
            sibling = sibling.getnext()
        wrapper.sourceline = head.sourceline
        _article(doc, wrapper, m.group(1))
