"""Build `license_exceptions.yaml`: whether License Exception TSR is available for each technology and
software ECCN (the "TSR" line of the entry's License Exceptions section in 15 CFR 774 Supp. 1).

Source: the derived JSON of the Commerce Control List in the sibling `shared/regs/ccl-json/ccl.json`.
Only the availability is recorded (yes / partly / no), never the entry's wording.

    python corpus/data/build_exceptions.py [--ccl PATH] [--out PATH]
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ccl_table import run

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "license_exceptions.yaml"


def tsr_availability(flag: str | None) -> str | None:
    """'no' for N/A, 'partly' for 'Yes, except ...', 'yes' for a plain yes; None when the entry is silent."""
    if flag is None:
        return None
    text = flag.strip().lower()
    if text.startswith("n/a"):
        return "no"
    if text.startswith("yes"):
        return "yes" if text.rstrip(".") == "yes" else "partly"
    return "partly"


_EXCEPT = re.compile(r"TSR: Yes,? except")


def build(ccl: dict[str, Any]) -> dict[str, Any]:
    entries = {}
    for entry in ccl["entries"]:
        eccn = entry["eccn"]
        if eccn[1] not in "DE":
            continue
        status = tsr_availability((entry.get("licenceExceptionFlags") or {}).get("TSR"))
        if status == "yes" and _EXCEPT.search(json.dumps(entry, ensure_ascii=False)):
            status = "partly"  # the flag says "Yes" where the entry's text reads "TSR: Yes, except ..." (3E001)
        if status:
            entries[eccn] = status
    return {
        "source": {
            "citation": "15 CFR 774 Supp. 1",
            "as_of": ccl.get("ecfrIssueDate"),
            "exception": "15 CFR 740.6",
            "note": "License Exceptions section of each ECCN: 'TSR: N/A' (no), 'Yes' (yes), 'Yes, except ...' (partly).",
        },
        "tsr": dict(sorted(entries.items())),
    }


def main(argv: list[str] | None = None) -> int:
    return run("build_exceptions.py", __doc__ or "", DEFAULT_OUT, build, lambda data: f"TSR availability for {len(data['tsr'])} ECCNs", argv)


if __name__ == "__main__":
    raise SystemExit(main())
