"""Notes under a control-list entry that take some technology out of it ("ML22 does not apply to magnetic
induction for civil transport", "3.E.1 does not apply to process design kits").

Questions often name the entry and ask whether it really catches their case; the answer is in a note. The notes
live in `corpus/data/list_notes.yaml`, each with the entries it belongs to and the words that describe what it
excludes. A note counts only when the question names one of its entries, so a passing mention of a PDK or a
maglev line decides nothing on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from assistant.citations import is_canonical

DATA = Path(__file__).resolve().parents[1] / "corpus" / "data" / "list_notes.yaml"


@dataclass(frozen=True)
class ListNote:
    note: str
    entries: tuple[str, ...]
    cite: str
    excludes: str
    all: tuple[str, ...]
    unless: str = ""


@cache
def load(path: Path = DATA) -> tuple[ListNote, ...]:
    if not path.exists():
        return ()
    rows = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("notes") or []
    notes = tuple(
        ListNote(r["note"], tuple(r["entries"]), r["cite"], " ".join(r["excludes"].split()), tuple(r["all"]), r.get("unless", ""))
        for r in rows
    )
    for n in notes:
        if not is_canonical(n.cite):
            raise ValueError(f"list_notes.yaml: {n.cite!r} ({n.note}) is not a canonical citation")
    return notes


def entry_code(citation: str) -> str | None:
    """The bare code of a list entry in any numbering: "ECCN 3E001", "WA 3.E.1" and "EU 2021/821 Annex I 3E001"
    are all "3E001"; "WA ML22" is "ML22"."""
    if m := re.search(r"\b(ML\d{1,2})\b", citation):
        return m.group(1)
    if m := re.search(r"\b(\d)\.([A-E])\.(\d{1,3})\b", citation):
        return f"{m[1]}{m[2]}{int(m[3]):03d}"
    m = re.search(r"\b(\d[A-E]\d{3})\b", citation)
    return m.group(1) if m else None


_NEGATED = re.compile(r"(?i)\b(?:no|not|without|nothing|none|never|nor|excluding|except)\b[^.;]{0,60}$")


def _stated(pattern: str, text: str) -> bool:
    """Whether a sentence states `pattern` other than as something absent ("no cell libraries")."""
    for m in re.finditer(rf"(?i){pattern}", text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        if not _NEGATED.search(text[start : m.start()]):
            return True
    return False


def excluding_notes(text: str, classifications: list[str]) -> list[ListNote]:
    """The notes under the entries `classifications` name whose excluded technology `text` describes."""
    codes = {code for c in classifications if (code := entry_code(c))}
    return [
        n
        for n in load()
        if codes & set(n.entries)
        and all(re.search(rf"(?i){p}", text) for p in n.all)
        and not (n.unless and _stated(n.unless, text))
    ]


def named(notes: list[str]) -> list[ListNote]:
    """The table rows for note names kept in the facts."""
    return [n for n in load() if n.note in notes]
