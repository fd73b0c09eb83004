"""Build `technology_scope.yaml`: what each technology ECCN controls technology *for* (development,
production, "use" or some of its elements), as the entry's heading in 15 CFR 774 Supp. 1 states it.

A technology entry reaches only the purposes its heading names: 3E001 controls technology for the
development or production of 3A001 items, not the application notes for installing one. Only the
purposes are recorded, never the entry's wording; entries whose heading lists no purpose ("Other
technology as follows") are left out, so the product does not guess for them.

    python corpus/data/build_technology_scope.py [--ccl PATH] [--out PATH]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ccl_table import run

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "technology_scope.yaml"

# The purposes of 15 CFR 772.1 "technology", in the order the definition lists them.
PURPOSES = (
    "development",
    "production",
    "use",
    "operation",
    "installation",
    "maintenance",
    "repair",
    "overhaul",
    "refurbishing",
)
_PHRASE = re.compile(r"\bfor the ((?:[^ ]+ ){0,14}?)of\b", re.IGNORECASE)


def purposes(heading: str) -> list[str]:
    """The purposes named in a heading's 'for the ... of' phrase; empty when it names none."""
    text = re.sub(r"[“”\"]", "", heading)
    m = _PHRASE.search(text)
    if not m:
        return []
    words = re.findall(r"[a-z]+", m.group(1).lower())
    found = {p for w in words for p in PURPOSES if w == p or (p == "refurbishing" and w.startswith("refurb"))}
    return [p for p in PURPOSES if p in found]


def build(ccl: dict[str, Any]) -> dict[str, Any]:
    entries = {}
    for entry in ccl["entries"]:
        if entry["eccn"][1] == "E" and (found := purposes(entry.get("heading") or "")):
            entries[entry["eccn"]] = found
    return {
        "source": {
            "citation": "15 CFR 774 Supp. 1",
            "as_of": ccl.get("ecfrIssueDate"),
            "definition": "15 CFR 772.1",
            "note": "Purposes named in each technology entry's heading ('for the development or production of ...').",
        },
        "scope": dict(sorted(entries.items())),
    }


def main(argv: list[str] | None = None) -> int:
    return run("build_technology_scope.py", __doc__ or "", DEFAULT_OUT, build, lambda data: f"the purposes of {len(data['scope'])} technology ECCNs", argv)


if __name__ == "__main__":
    raise SystemExit(main())
