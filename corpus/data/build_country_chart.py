"""Build `country_chart.yaml`: the Commerce Country Chart (15 CFR 738 Supp. 1) marks per destination and,
per technology and software ECCN, the chart columns its reasons for control name (15 CFR 774 Supp. 1).

Sources in the sibling `shared/regs`: the derived Country Chart JSON and the Commerce Control List JSON.
Only marks and column names are recorded. Requirements the chart cannot express ("worldwide control",
SI and EI controls for every destination except Canada, named destinations) are kept as such.

    python corpus/data/build_country_chart.py [--chart PATH] [--ccl PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REGS = HERE.parents[2] / "shared" / "regs"
DEFAULT_CHART = REGS / "more-sections" / "ear-supplements-derived" / "supp1-part738-country-chart.json"
DEFAULT_CCL = REGS / "ccl-json" / "ccl.json"
DEFAULT_OUT = HERE / "country_chart.yaml"

_COLUMN = re.compile(r"\b(NS|MT|NP|CB|RS|CC|AT|FC)\s+Column\s+(\d)")
_NAMED = ("China", "Russia", "Venezuela", "Belarus", "Macau", "United Arab Emirates")


_CODE = r"\d[A-E]\d{3}"
_LABEL = r"(?:[a-z]|\d{1,2}|[ivx]{2,4})"  # a paragraph label: a, 1, 12, iii
_PARAGRAPH = re.compile(
    rf"\b({_CODE}(?:\.{_LABEL})*)\b(?!\s*\(for\b)"  # "5D002 (for 5A002.z.1.a ...)": its parenthesis says which part
    rf"|(?<![\w.])\.({_LABEL}(?:\.{_LABEL})*)\b"  # ".a.2", ".16": continues the paragraph before
    rf"|(?:(?<=, )|(?<=or ))([a-z]\.{_LABEL}(?:\.{_LABEL})*)\b"  # "z.2.a" after a comma, without its dot
)
_RANGE = re.compile(rf"\b({_CODE})\s+(?:to|through)\s+({_CODE})\b")
_THROUGH = re.compile(r"^\s+(?:to|through)\s+\.?[a-z0-9]")


def scope(control: str) -> list[str]:
    """The items a line of an entry is limited to ("NS applies to 'technology' for items controlled by 1A002,
    1C001 to 1C011"), as ECCN paragraphs and ranges ("1C001-1C011"); empty when it covers the entire entry.

    A paragraph written as a continuation (".a.2", ".16") extends the one before it; a paragraph that starts
    a range of sub-paragraphs ("9E003.a.1 through a.8") stands for its parent ("9E003.a"), which is wider.
    """
    if "entire entry" in control:
        return []
    found: list[str] = [f"{a}-{b}" for a, b in _RANGE.findall(control)]
    in_range = {a for a, _ in _RANGE.findall(control)} | {b for _, b in _RANGE.findall(control)}
    last = ""
    for m in _PARAGRAPH.finditer(control):
        if m.group(1):
            token = m.group(1)
        elif last:
            head = m.group(2) or m.group(3)
            parts = last.split(".")
            token = ".".join([parts[0], head]) if head[0].isalpha() else ".".join([*parts[:-1], head])
        else:
            continue
        last = token
        if _THROUGH.match(control[m.end() :]) and "." in token:
            token = token.rsplit(".", 1)[0]
        if token not in in_range:
            found.append(token)
    return list(dict.fromkeys(found))


def exceptions(control: str, code: str) -> list[str]:
    """The entry's own paragraphs a whole-entry line leaves out ("NS applies to entire entry except 9E610.y"):
    the '.y' items of the 600 series and 9x515, controlled only for the named destinations and AT."""
    if "entire entry" not in control or "except" not in control:
        return []
    return [p for p in scope(control.split("except", 1)[1]) if p.startswith(code + ".")]


def requirement(text: str) -> dict[str, Any] | None:
    """One Country Chart line of an entry, as a column, an 'everywhere but Canada', a worldwide control,
    or named destinations; None for UN embargo pointers (the embargo rules decide those)."""
    if m := _COLUMN.search(text):
        return {"column": f"{m.group(1)} {m.group(2)}"}
    if "746.1" in text and "UN" in text:
        return None
    if "742.14" in text or "742.15" in text:
        return {"everywhere_but": "Canada"}
    named = [n for n in _NAMED if n in text]
    if named and "worldwide" not in text.lower() and "all destinations" not in text.lower():
        return {"named": named}
    return {"worldwide": True}


def build(chart: dict[str, Any], ccl: dict[str, Any]) -> dict[str, Any]:
    entries: dict[str, list[dict[str, Any]]] = {}
    for entry in ccl["entries"]:
        if entry["eccn"][1] not in "DE":
            continue
        lines = []
        for line in entry.get("countryChart") or []:
            if r := requirement(line["countryChart"]):
                if items := scope(line.get("control", "")):
                    r = {**r, "for": items}
                if left_out := exceptions(line.get("control", ""), entry["eccn"]):
                    r = {**r, "except": left_out}
                lines.append(r)
        if lines:
            unique = {json.dumps(r, sort_keys=True): r for r in lines}
            entries[entry["eccn"]] = [unique[k] for k in sorted(unique)]
    return {
        "source": {
            "citation": "15 CFR 738 Supp. 1",
            "as_of": chart.get("ecfrIssueDate"),
            "rule": "15 CFR 738.4",
            "note": "An X in a column a reason for control names means a licence is required; no X means none on that "
            "reason, as long as the general prohibitions (end use, end user, embargoes) do not apply.",
        },
        "marks": {name: row["marks"] for name, row in sorted(chart["countries"].items())},
        "eccns": dict(sorted(entries.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chart", type=Path, default=DEFAULT_CHART)
    parser.add_argument("--ccl", type=Path, default=DEFAULT_CCL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for path in (args.chart, args.ccl):
        if not path.exists():
            print(f"source not found: {path}", file=sys.stderr)
            return 1
    data = build(json.loads(args.chart.read_text(encoding="utf-8")), json.loads(args.ccl.read_text(encoding="utf-8")))
    header = "# Generated by corpus/data/build_country_chart.py -- do not edit by hand.\n"
    args.out.write_text(header + yaml.safe_dump(data, sort_keys=False, width=110, allow_unicode=True), encoding="utf-8")
    print(f"wrote {len(data['marks'])} destinations and {len(data['eccns'])} ECCNs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
