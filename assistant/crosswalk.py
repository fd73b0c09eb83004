"""ECCN <-> EU Annex I <-> Wassenaar crosswalk for the bundled control-list entries.

Why this exists: the same controlled technology is numbered three ways. The U.S. writes `ECCN 3E001`, the EU
writes `EU 2021/821 Annex I 3E001` and Wassenaar writes `WA 3.E.1`; other U.S. entries (the x99 anti-terrorism
entries, the 0Y521, 0x5zz, 600 and 9x515 series) have no foreign counterpart at all. A user may cite any of the
forms, and an ITT review that mixes regimes must move between them without guessing. The mapping is data
(`corpus/data/crosswalk.yaml`), checked against the regulations by the tests; this module only loads it,
validates it, and answers lookups in any of the three citation forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assistant.citations import CitationError, is_canonical, parse

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "corpus" / "data" / "crosswalk.yaml"
REGIMES = ("WA", "MTCR", "NSG", "AG")
_BARE_ECCN = re.compile(r"^\d[A-E]\d{3}$")
_ANNEX_I = re.compile(r"(?i)\bannex\s+i\b")  # citations.parse is case-sensitive for "Annex I"


class CrosswalkError(ValueError):
    """The crosswalk file is malformed: a record that would give a wrong or uncheckable answer."""


@dataclass(frozen=True, slots=True)
class Crosswalk:
    """One ECCN and its counterparts. `us_only` records carry no `eu`/`wa` and explain why in `note`."""

    eccn: str
    eu: str | None = None
    wa: str | None = None
    regime: str | None = None
    us_only: bool = False
    note: str = ""

    @property
    def citations(self) -> tuple[str, ...]:
        """Every canonical citation that names this entry (ECCN first)."""
        return tuple(c for c in (self.eccn, self.eu, self.wa) if c)


def _key(citation: str) -> str | None:
    """Section-level lookup key for any accepted form, or None if the text is no citation we map."""
    text = _ANNEX_I.sub("Annex I", citation.strip())
    if _BARE_ECCN.match(text.upper().split(".")[0]):
        text = f"ECCN {text}"
    try:
        parsed = parse(text)
    except CitationError:
        return None
    if parsed.family not in ("eccn", "eu-annex", "wa-entry"):
        return None
    return parsed.key


def _record(raw: Any, where: str) -> Crosswalk:
    if not isinstance(raw, dict):
        raise CrosswalkError(f"{where}: each record must be a mapping")
    unknown = set(raw) - {"eccn", "eu", "wa", "regime", "us_only", "note", "reason"}
    if unknown:
        raise CrosswalkError(f"{where}: unknown fields {sorted(unknown)}")
    bare = str(raw.get("eccn", ""))
    if not _BARE_ECCN.match(bare):
        raise CrosswalkError(f"{where}: eccn must look like 3E001, got {bare!r}")
    eccn = f"ECCN {bare}"
    eu, wa, regime = raw.get("eu"), raw.get("wa"), raw.get("regime")
    for label, value in (("eu", eu), ("wa", wa)):
        if value is not None and not is_canonical(str(value)):
            raise CrosswalkError(f"{where} ({bare}): {label} {value!r} is not a canonical citation")
    if eu is not None and parse(eu).family != "eu-annex":
        raise CrosswalkError(f"{where} ({bare}): eu must be an EU 2021/821 Annex I citation")
    if wa is not None and parse(wa).family != "wa-entry":
        raise CrosswalkError(f"{where} ({bare}): wa must be a Wassenaar list entry such as WA 3.E.1")
    if raw.get("us_only"):
        if eu or wa or regime:
            raise CrosswalkError(f"{where} ({bare}): a us_only record cannot name a counterpart")
        if not raw.get("reason"):
            raise CrosswalkError(f"{where} ({bare}): a us_only record must give its reason")
        return Crosswalk(eccn, us_only=True, note=str(raw["reason"]))
    if not (eu or wa):
        raise CrosswalkError(f"{where} ({bare}): name an eu or wa counterpart, or set us_only")
    if regime not in REGIMES:
        raise CrosswalkError(f"{where} ({bare}): regime must be one of {', '.join(REGIMES)}")
    if wa and regime != "WA":
        raise CrosswalkError(f"{where} ({bare}): a Wassenaar number needs regime WA")
    return Crosswalk(eccn, eu=eu, wa=wa, regime=regime, note=str(raw.get("note", "")))


class CrosswalkTable:
    """The loaded crosswalk, indexed by every citation form of every record."""

    def __init__(self, records: list[Crosswalk]) -> None:
        self.records = tuple(records)
        self._index: dict[str, Crosswalk] = {}
        for record in records:
            for citation in record.citations:
                key = parse(citation).key
                if key in self._index:
                    raise CrosswalkError(f"{citation} appears in more than one record")
                self._index[key] = record

    def lookup(self, citation: str) -> Crosswalk | None:
        """The record for `citation` in any form (`ECCN 3E001`, `3E001`, `EU 2021/821 Annex I 3E001`,
        `WA 3.E.1`, with or without a paragraph suffix), or None when the entry is not in the table."""
        key = _key(citation)
        return self._index.get(key) if key else None

    def __len__(self) -> int:
        return len(self.records)


def load(path: Path = DEFAULT_PATH) -> CrosswalkTable:
    """Read and validate a crosswalk YAML file (a list of records)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise CrosswalkError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, list):
        raise CrosswalkError(f"{path}: the crosswalk must be a list of records")
    return CrosswalkTable([_record(raw, f"{path.name}[{i}]") for i, raw in enumerate(data)])


@lru_cache(maxsize=1)
def _default() -> CrosswalkTable:
    return load(DEFAULT_PATH)


def lookup(citation: str) -> Crosswalk | None:
    """Look a citation up in the bundled crosswalk (see `CrosswalkTable.lookup`)."""
    return _default().lookup(citation)
