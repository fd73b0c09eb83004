"""Build `goods_technology.yaml`: for each goods ECCN (product groups A-C), the technology ECCN that controls
technology for developing or producing it, as the technology entries of 15 CFR 774 Supp. 1 name their goods.

An intangible transfer moves technology, not the item: a question about handcuff drawings concerns 0E982, not
0A982, and the licence requirement follows the technology entry's reasons for control. The goods each technology
entry names (in its heading and its reasons-for-control lines) are read from the CCL data; among the entries that
name a goods ECCN the one kept reaches development or production (`technology_scope.yaml`) and, where several do,
shares the goods entry's series (1C351 -> 1E001, 2B204 -> 2E001, 5A001 -> 5E001). Only entry numbers are recorded.

    python corpus/data/build_goods_technology.py [--ccl PATH] [--out PATH]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from ccl_table import run

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "goods_technology.yaml"
SCOPE = HERE / "technology_scope.yaml"
_RANGE = re.compile(r"\b(\d[A-D]\d{3})\s+(?:to|through)\s+(\d[A-D]\d{3})\b")
_GOODS = re.compile(r"\b(\d[A-D]\d{3})\b")
# a whole product group: "Equipment or Materials, Controlled by 8A (Except 8A992), 8B or 8C"
_GROUP = re.compile(r"\b(\d[A-D])\b(?!\.)(?:\s*\((?:except|other than)\s+([^)]*)\))?", re.IGNORECASE)


def named_goods(texts: list[str], known: set[str]) -> set[str]:
    """The goods ECCNs a technology entry's texts name, ranges ("1C001 to 1C011") expanded over `known`."""
    found: set[str] = set()
    ends: set[str] = set()  # a range's ends exist even when the data lacks their entries ("2B350 to 2B352")
    for text in texts:
        text = re.sub(r"(\d[A-D]\d{3})\.[a-z0-9.]+", r"\1", text)  # "1C351.d.15" names 1C351
        for first, last in _RANGE.findall(text):
            found |= {c for c in known if c[:2] == first[:2] and first <= c <= last}
            ends |= {first, last}
        found |= set(_GOODS.findall(text))
    return found & (known | ends)


def grouped_goods(texts: list[str], known: set[str]) -> set[str]:
    """The goods ECCNs a technology entry names only by product group ("controlled by 8A (Except 8A992)"). Only the
    multilateral entries (x0xx to x3xx): the 500, 600 and 900 series have technology entries of their own, and a
    group reference would give them reasons for control the entry keeps for the items it names."""
    found: set[str] = set()
    for text in texts:
        for group, excepted in _GROUP.findall(text):
            left_out = named_goods([excepted], known)
            found |= {c for c in known if c[:2] == group.upper() and c[2] in "0123" and c not in left_out}
    return found


def build(ccl: dict[str, Any], scope: dict[str, list[str]]) -> dict[str, Any]:
    known = {e["eccn"] for e in ccl["entries"] if e["eccn"][1] in "ABCD"}
    naming: dict[str, list[str]] = {}
    by_group: dict[str, list[str]] = {}
    for entry in ccl["entries"]:
        if entry["eccn"][1] != "E":
            continue
        texts = [entry.get("heading") or "", *((c.get("control") or "") for c in entry.get("countryChart") or [])]
        for goods in named_goods(texts, known):
            naming.setdefault(goods, []).append(entry["eccn"])
        for goods in grouped_goods(texts, known):
            by_group.setdefault(goods, []).append(entry["eccn"])
    # an entry named by number is the closer match; a group reference only fills goods nothing names
    naming |= {goods: technology for goods, technology in by_group.items() if goods not in naming}
    table: dict[str, str] = {}
    for goods, technology in sorted(naming.items()):
        # the x9xx entries (anti-terrorism and other unilateral controls) answer only for x9xx goods
        kin = [t for t in sorted(technology) if (t[2] == "9") == (goods[2] == "9")] or sorted(technology)
        makes = [t for t in kin if {"development", "production"} & set(scope.get(t, []))]
        same_series = [t for t in kin if t[2] == goods[2]]
        table[goods] = ([t for t in makes if t in same_series] or makes or same_series or kin)[0]
    return {
        "source": {
            "citation": "15 CFR 774 Supp. 1",
            "data": "CCL data (ccl.json), technology entries' headings and reasons-for-control lines",
            "issue_date": ccl.get("ecfrIssueDate"),
        },
        "technology": table,
    }


def _scope() -> dict[str, list[str]]:
    """The purposes of each technology entry, as `build_technology_scope.py` wrote them."""
    return (yaml.safe_load(SCOPE.read_text(encoding="utf-8")) or {}).get("scope") or {}


def main(argv: list[str] | None = None) -> int:
    return run("build_goods_technology.py", __doc__ or "", DEFAULT_OUT, lambda ccl: build(ccl, _scope()), lambda data: f"the technology entries of {len(data['technology'])} goods ECCNs", argv)


if __name__ == "__main__":
    raise SystemExit(main())
