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
    goods: str = ""  # the control-list codes of the goods the entry's technology is for
    mtcr: bool = False  # Part I MTCR item: exempt when moved on an order of ESA or a national space programme


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
    named = (entry.cue and re.search(rf"(?i)\b(?:{entry.cue})", text)) or (
        entry.goods and re.search(rf"(?i)\b(?:{entry.goods})", text)
    )
    return entry if entry.whole or named else None


_PURPOSE = {"development": "developing", "production": "producing", "use": "using"}


def annex_iv_for_goods(classification: str, kinds: list[str]) -> list[AnnexIVEntry]:
    """The Annex IV technology entries for goods a question names instead of the technology ("use documentation
    for our 3A232 arrays" is 3E201 technology), narrowed to the purpose (development, production, use) given."""
    m = re.search(r"\b(\d[A-C]\d{3})\b", classification.upper())
    if not m:
        return []
    hits = [e for e in _table().values() if e.code[1] == "E" and e.goods and re.fullmatch(rf"(?:{e.goods})", m.group(1))]
    wanted = [_PURPOSE[k] for k in kinds if k in _PURPOSE]
    narrowed = [e for e in hits if any(w in e.subject for w in wanted)]
    return narrowed or hits


def annex_iv_entry(code: str) -> AnnexIVEntry | None:
    """The table row for an Annex IV code ("0E001")."""
    return _table().get(code)
