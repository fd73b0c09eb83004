"""Whether a transfer inside the EU needs an authorisation: EU 2021/821 Art. 11(1) requires one only for
the items of Annex IV. The table of technology and software entries lives in `corpus/data/eu_annex_iv.yaml`.

Most technology entries are in Annex IV only for the technology of certain goods (7E001 only for missile
guidance sets, 8E002 only for low-noise propellers), so such an entry counts only when the question names
that subject; the answer then says which part of the entry Annex IV lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "corpus" / "data" / "eu_annex_iv.yaml"


@dataclass(frozen=True)
class AnnexIVEntry:
    code: str
    part: str
    subject: str
    whole: bool = False
    cue: str = ""


@cache
def _table(path: Path = DATA) -> dict[str, AnnexIVEntry]:
    if not path.exists():
        return {}
    raw = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entries") or {}
    return {code: AnnexIVEntry(code=code, **fields) for code, fields in raw.items()}


def annex_iv(classification: str, text: str = "") -> AnnexIVEntry | None:
    """The Annex IV entry a classification ("ECCN 0E001", "EU 2021/821 Annex I 8E002") falls under, given
    what the question says the technology is for; None when the transfer is not an Annex IV one."""
    m = re.search(r"\b(\d[A-E]\d{3})\b", classification.upper())
    entry = _table().get(m.group(1)) if m else None
    if entry is None:
        return None
    if entry.whole or (entry.cue and re.search(rf"(?i)\b(?:{entry.cue})", text)):
        return entry
    return None


def annex_iv_entry(code: str) -> AnnexIVEntry | None:
    """The table row for an Annex IV code ("0E001")."""
    return _table().get(code)
