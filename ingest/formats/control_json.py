"""Control lists as JSON, a convenience format derived from the eCFR XML.

Recognised shapes (see `../shared/regs/ccl-json` and `more-sections/ear-supplements-derived`):

- a CCL export: `{"entries": [{"eccn": "5E002", "heading": ..., "countryChart": [...], "items": [...]}]}`
  → one provision per ECCN, its licence-requirement rows kept together under their header;
- a list of headings: `[{"code": "ECCN-0A002", "text": ...}]` → one provision per ECCN;
- the Commerce Country Chart (`{"columns": [...], "countries": {...}}`) → `15 CFR 738 Supp. 1`, one
  provision per destination;
- the Country Groups (`{"labels": {...}, "groups": {...}}`) → `15 CFR 740 Supp. 1`, one per group.

Only the regulation's data is read; notes the converting tool added about its own procedure are not.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from assistant.errors import UnsupportedDocument
from assistant.types import Provision
from ingest.formats.common import Builder, file_date, latest_date

CCL_URL = "https://www.ecfr.gov/current/title-15/part-774/appendix-Supplement%20No.%201%20to%20Part%20774"
_ECCN = re.compile(r"^\d[A-E]\d{3}$")


def _as_of(doc: Any, path: Path) -> date:
    if isinstance(doc, dict):
        for key in ("ecfrIssueDate", "issueDate", "as_of", "date"):
            if isinstance(doc.get(key), str) and (found := latest_date(doc[key])):
                return found
    return file_date(path)


def _ccl_body(entry: dict[str, Any]) -> str:
    parts = [str(entry.get("heading") or "").strip()]
    if entry.get("reasonForControl"):
        parts.append(f"Reason for Control: {entry['reasonForControl']}")
    rows = [r for r in entry.get("countryChart") or [] if isinstance(r, dict)]
    if rows:
        table = ["License Requirements — Control(s) | Country Chart (see Supp. No. 1 to part 738)"]
        table += [f"{r.get('control', '')} | {r.get('countryChart', '')}" for r in rows]
        parts.append("\n".join(table))
    flags = entry.get("licenceExceptionFlags") or {}
    if flags:
        parts.append("List Based License Exceptions: " + "; ".join(f"{k}: {v}" for k, v in flags.items()))
    if entry.get("staSpecialConditions"):
        parts.append(str(entry["staSpecialConditions"]))
    if entry.get("relatedControls"):
        parts.append(f"Related Controls: {entry['relatedControls']}")
    for item in entry.get("items") or []:
        if not isinstance(item, dict) or not item.get("text"):
            continue
        label = f"{item['paragraph']}. " if item.get("paragraph") else ""
        parts.append(f"{label}{item['text']}")
    return "\n\n".join(p for p in parts if p)


def _ccl(doc: dict[str, Any], builder: Builder, as_of: date) -> None:
    for entry in doc["entries"]:
        if not isinstance(entry, dict) or not _ECCN.match(str(entry.get("eccn", ""))):
            continue
        eccn = entry["eccn"]
        builder.add(
            f"ECCN {eccn}",
            str(entry.get("heading") or eccn),
            _ccl_body(entry),
            as_of,
            kind="control-entry",
            heading_path=("15 CFR 774 Supp. 1", f"Category {eccn[0]}", f"Product group {eccn[1]}"),
        )


def _headings(doc: list[Any], builder: Builder, as_of: date) -> None:
    for entry in doc:
        code = str(entry.get("code", "")).removeprefix("ECCN-") if isinstance(entry, dict) else ""
        if _ECCN.match(code) and entry.get("text"):
            text = str(entry["text"])
            builder.add(
                f"ECCN {code}",
                text,
                f"ECCN {code}: {text}",
                as_of,
                kind="control-entry",
                heading_path=("15 CFR 774 Supp. 1", f"Category {code[0]}"),
            )


def _country_chart(doc: dict[str, Any], builder: Builder, as_of: date) -> None:
    labels = doc.get("columnLabels") or {}
    footnotes = doc.get("footnotes") or {}
    columns = doc.get("columns") or []
    for country, row in sorted((doc.get("countries") or {}).items()):
        marks = [m for m in row.get("marks", []) if m in columns]
        lines = [f"Commerce Country Chart, {country}: an X (licence required) in columns {', '.join(marks) or 'none'}."]
        lines += [f"{col}: {labels.get(col, '')}" for col in marks if labels.get(col)]
        lines += [f"Footnote {n}: {footnotes[str(n)]}" for n in row.get("footnotes", []) if str(n) in footnotes]
        builder.add("15 CFR 738 Supp. 1", f"Commerce Country Chart: {country}", "\n".join(lines), as_of, kind="rule")
    for country, row in sorted((doc.get("embargoed") or {}).items()):
        body = f"Commerce Country Chart, {country}: no marks; {row.get('pointer', '')}"
        builder.add("15 CFR 738 Supp. 1", f"Commerce Country Chart: {country}", body, as_of, kind="rule")


def _country_groups(doc: dict[str, Any], builder: Builder, as_of: date) -> None:
    labels = doc.get("labels") or {}
    for group, members in (doc.get("groups") or {}).items():
        if not isinstance(members, list):
            continue
        label = labels.get(group, "")
        body = f"Country Group {group} ({label}), {len(members)} destinations: " + "; ".join(map(str, members)) + "."
        builder.add("15 CFR 740 Supp. 1", f"Country Group {group}: {label}".rstrip(": "), body, as_of, kind="rule")


def parse_control_json(path: Path) -> list[Provision]:
    data = path.read_bytes()
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise UnsupportedDocument(f"{path}: not valid JSON ({e}).") from e
    as_of = _as_of(doc, path)
    if isinstance(doc, dict) and isinstance(doc.get("entries"), list):
        builder = Builder(path, data, CCL_URL)
        _ccl(doc, builder, as_of)
    elif isinstance(doc, list) and any(isinstance(e, dict) and "code" in e for e in doc[:5]):
        builder = Builder(path, data, CCL_URL)
        _headings(doc, builder, as_of)
    elif isinstance(doc, dict) and isinstance(doc.get("countries"), dict) and doc.get("columns"):
        builder = Builder(path, data, "https://www.ecfr.gov/current/title-15/part-738")
        _country_chart(doc, builder, as_of)
    elif isinstance(doc, dict) and isinstance(doc.get("groups"), dict):
        builder = Builder(path, data, "https://www.ecfr.gov/current/title-15/part-740")
        _country_groups(doc, builder, as_of)
    else:
        raise UnsupportedDocument(
            f"{path}: JSON that is not a recognised control list (expected CCL entries with 'eccn', "
            "a Country Chart or Country Groups)."
        )
    return builder.result("control-list entries")
