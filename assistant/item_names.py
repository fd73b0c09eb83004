"""Items named by what they are ("botulinum toxin", "handcuffs", "torpedo") and the list entries that name them.

Officers say identifying controlled technology is their hardest problem, and exporters describe the item rather
than its entry. `corpus/data/item_names.yaml` maps distinctive names to the entry that lists the item (ECCN,
Wassenaar, USML) and says whether the name alone settles it (`by_name`) or a parameter must still be checked
(`threshold`). This module loads the table and finds the names in a question; it never guesses beyond it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from assistant.citations import is_canonical, product_group
from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.units import (
    NUMBER,
    Quantity,
    find_quantities,
    parse_number,
    scale_of,
    scale_of_unit,
    to_base,
    unit_known,
)

DATA = Path(__file__).resolve().parents[1] / "corpus" / "data" / "item_names.yaml"
GOODS_TECHNOLOGY = DATA.with_name("goods_technology.yaml")


class ItemNameError(ValueError):
    """A row of the table that would give a wrong or uncheckable classification."""


_OPS = {"above": float.__gt__, "at_least": float.__ge__, "below": float.__lt__, "at_most": float.__le__}


@dataclass(frozen=True, slots=True)
class Condition:
    """One measurable condition of an entry ("specific modulus above 14.65 x 10^6 m"), read against the figures a
    question states. A figure counts when one of the `near` words stands just before it in the same sentence
    ("a specific modulus of about 16 x 10^6 m") or just after it ("1.9 GPa tensile")."""

    near: tuple[str, ...]
    op: str
    value: float
    unit: str
    spellings: tuple[str, ...] = ()  # other ways of writing a unit the units table does not know ("deg/√h")
    # A specific property (in metres) a datasheet gives as the plain property and a density: "modulus 294 GPa,
    # density 1.80 g/cm3" is a specific modulus of 294e9 / (1,800 x 9.80665) m (the list's definition).
    per_density: tuple[str, ...] = ()
    # A "fractional bandwidth" (in %) a datasheet gives only as its band: "9 to 11 GHz" is 2 x (11 - 9) / (11 + 9).
    from_band: bool = False
    # An energy density (Wh/kg) a datasheet gives only as nominal voltage, capacity and mass: "3.6 V, 20 Ah, 270 g"
    # is 3.6 x 20 / 0.27 Wh/kg (3A001.e.1 Technical Note 1).
    from_cell: bool = False

    def stated(self, text: str) -> list[float]:
        """The stated values of this parameter, in the base unit of its dimension when the unit is known (so
        "1.9 GPa" meets "at least 1,500 MPa"), else as written."""
        if unit_known(self.unit):
            dimension, _ = to_base(self.value, self.unit)
            quantities = [
                q
                for q in find_quantities(text)
                if q.dimension == dimension and (dimension != "length" or scale_of(q) == scale_of_unit(self.unit))
            ]
            found = [_bounded(text, q) for q in quantities if _labelled(text, q.start, q.end, self.near)]
            for low, high in _ranges(text, quantities):  # "operates from 9 to 11 GHz": a label names both ends
                low_named = _labelled(text, low.start, low.end, self.near)
                if low_named != _labelled(text, high.start, high.end, self.near):
                    found.append(high.value if low_named else low.value)
        else:
            units = "|".join(re.escape(u) for u in sorted({self.unit, *self.spellings}, key=len, reverse=True))
            pattern = re.compile(rf"(?P<num>{NUMBER})(?:\s?|-)(?:{units})(?![\w/])")
            # a unit that names the parameter itself ("1,100 user I/Os") labels its own figure
            found = [
                parse_number(m.group("num"))
                for m in pattern.finditer(text)
                if _labelled(text, m.start(), m.end(), self.near) or _labelled(m.group(0)[m.end("num") - m.start() :], 0, 0, self.near)
            ]
        if found:
            return found
        if self.from_band:
            return _fractional_bandwidths(text)
        if self.from_cell:
            return _cell_energy_densities(text)
        return _specific(text, self.per_density) if self.per_density else []

    def met_by(self, value: float) -> bool:
        limit = to_base(self.value, self.unit)[1] if unit_known(self.unit) else self.value
        return _OPS[self.op](float(value), float(limit))

    @property
    def upper(self) -> bool:
        return self.op in ("below", "at_most")


def _labelled(text: str, start: int, end: int, near: tuple[str, ...]) -> bool:
    """Whether one of the `near` words names the figure at text[start:end], just before it or just after it."""
    words = "|".join(r"[\s-]+".join(map(re.escape, n.split())) for n in near)
    before = re.compile(rf"(?i)\b(?:{words})\b[^.;?!\d]{{0,40}}$")
    # just after it, or after the other figures stacked before the same noun ("16-bit, 125 MSPS ADC")
    # or a parameter name of a few words ("0.8 µm unidirectional positioning repeatability")
    after = re.compile(
        rf"(?i)^(?:[^.;?!\d]{{0,12}}|\s+(?:[\w-]+\s+){{1,2}}|(?:[,\s]+[\d.,]+\s?[A-Za-z/]+){{1,2}}\s+)\b(?:{words})\b"
    )
    # or in a list of figures the item's name or a "Specs:" heading opens ("ADC: 14-bit resolution, 500 MSPS")
    listed = re.compile(
        rf"(?i)\b(?:{words}|specs?|specifications?|data ?sheet(?: values)?|the (?:part|chip|device|component))\b"
        # an aside between the name and its figures: "MMIC amplifiers (catalog parts, not space-qualified): 9 to 11 GHz"
        rf"(?:\s*\([^()]{{0,120}}\))?[^.;?!:]{{0,6}}:[^.;?!:]{{0,100}}$"
    )
    window = text[max(0, start - 120) : start]
    following = after.search(text[end : end + 60])
    # "modulus 200 GPa, tensile strength 3.0 GPa": a name that opens the next figure does not label this one
    if following and re.match(r"\s*(?:of |is |=|:)?\s*(?:about |approx\.? |~)?\d", text[end + following.end() :]):
        following = None
    return bool(before.search(window[-80:]) or listed.search(window) or following)


_MORE_THAN = re.compile(r"(?i)(?:\b(?:over|more than|greater than|exceeding|above|in excess of)|>)\s*$")
_LESS_THAN = re.compile(r"(?i)(?:\b(?:under|less than|below|lower than)|<)\s*$")


def _bounded(text: str, q: Quantity) -> float:
    """A figure stated as a bound ("over 400 h") lies just beyond its number: it meets "exceeding 400 h"."""
    before = text[max(0, q.start - 20) : q.start]
    step = abs(q.value) * 1e-9 or 1e-12
    return q.value + step if _MORE_THAN.search(before) else q.value - step if _LESS_THAN.search(before) else q.value


def _ranges(text: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs of figures written as one range ("9 to 11 GHz", "2.7-6.8 GHz")."""
    return [
        (a, b)
        for a, b in itertools.pairwise(quantities)
        if re.fullmatch(r"\s?(?:-|–|—|to)\s?\+?", text[a.end : b.start]) and a.value < b.value
    ]


def _fractional_bandwidths(text: str) -> list[float]:
    """Fractional bandwidths in % of the frequency bands stated as ranges."""
    bands = _ranges(text, [q for q in find_quantities(text) if q.dimension == "frequency"])
    return [200 * (high.value - low.value) / (high.value + low.value) for low, high in bands]


_VOLTS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?V\b")
_CAPACITY = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(mAh|Ah)\b")
_MASS = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(kg|g|grams?)\b")


def _cell_energy_densities(text: str) -> list[float]:
    """Wh/kg from one stated nominal voltage, capacity and mass; nothing when any is missing or given twice."""
    volts = {float(m.group(1)) for m in _VOLTS.finditer(text)}
    amp_hours = {parse_number(m.group(1)) / (1000 if m.group(2) == "mAh" else 1) for m in _CAPACITY.finditer(text)}
    kilograms = {parse_number(m.group(1)) / (1 if m.group(2) == "kg" else 1000) for m in _MASS.finditer(text)}
    if len(volts) != 1 or len(amp_hours) != 1 or len(kilograms) != 1 or not next(iter(kilograms)):
        return []
    return [next(iter(volts)) * next(iter(amp_hours)) / next(iter(kilograms))]


_GRAVITY = 9.80665  # m/s²: specific weight is density times standard gravity


def _specific(text: str, property_words: tuple[str, ...]) -> list[float]:
    """Specific values in metres from a stated property (a pressure: modulus, strength) and a stated density."""
    quantities = find_quantities(text)
    densities = [q.value for q in quantities if q.dimension == "density"]
    if len(set(densities)) != 1:
        return []  # no density, or several: which belongs to which is not clear
    return [
        q.value / (densities[0] * _GRAVITY)
        for q in quantities
        if q.dimension == "pressure"
        and _labelled(text, q.start, q.end, property_words)
        and not re.search(r"(?i)\bspecific\b[^.;?!\d]{0,40}$", text[max(0, q.start - 80) : q.start])  # already specific
        # a strength is not read off a modulus ("tensile modulus 294 GPa" when the word sought is "tensile")
        and (
            any("modulus" in w for w in property_words)
            or not re.search(r"(?i)\bmodulus\b[^.;?!\d]{0,25}$", text[max(0, q.start - 40) : q.start])
        )
    ]


def _branch(conditions: tuple[Condition, ...], text: str) -> bool | None:
    """A conjunction of conditions: False as soon as a stated figure fails one, True when all are stated and met."""
    results = []
    for condition in conditions:
        values = condition.stated(text)
        results.append(condition.met_by(min(values) if condition.upper else max(values)) if values else None)
    if False in results:
        return False
    return True if results and all(results) else None


@dataclass(frozen=True, slots=True)
class ItemName:
    """One item and the entries that list it."""

    names: tuple[str, ...]
    eccn: str | None
    wa: str | None
    usml: str | None
    by_name: bool
    threshold: str | None
    test: tuple[tuple[Condition, ...], ...] = ()  # alternative branches, each a conjunction of conditions
    unlisted_otherwise: bool = False
    # The lower entry for the same item below the threshold, and its own test: ADCs short of 3A001.a.5 are 3A991.c
    # (U.S.-only, AT), carbon fibre short of 1C010.b can be the nuclear 1C210.a (also in EU Annex I).
    lower: str | None = None
    lower_test: tuple[tuple[Condition, ...], ...] = ()
    # A generic name ("ICs", "HPC nodes") says nothing by itself: the row speaks only when the question states a
    # figure its test reads ("rated to 10 kGy(Si)", "about 40 Weighted TeraFLOPS").
    needs_figures: bool = False
    # The technology entry for overhauling or refurbishing the item, when the list gives that its own entry: INS
    # overhaul is 7E003 (7E001 covers only development), AUV overhaul 8E002.b. Repair stays with the GTN's minimum.
    overhaul: str | None = None

    def speaks_to(self, text: str) -> bool:
        """Whether the row has something to say about `text`: always, unless its name is generic and no figure its
        test reads is stated."""
        return not self.needs_figures or any(c.stated(text) for branch in self.test for c in branch)

    def meets(self, text: str) -> bool | None:
        """Whether the figures `text` states put the item in its entry: True when every condition of one branch
        of the row's `test` is stated and met; False when a stated figure fails every branch and the row says
        what the item is then (`unlisted_otherwise`, or a `lower` entry); None when the figures do not settle it."""
        verdicts = [_branch(branch, text) for branch in self.test]
        if True in verdicts:
            return True
        if verdicts and all(v is False for v in verdicts):
            return False if self.unlisted_otherwise or self.lower else None
        return None

    def below_entry(self, text: str, home: str = "US") -> str | None:
        """The technology entry, in `home`'s numbering, of the lower entry an item that missed the row's test falls
        to; None when the figures miss that one too, or `home`'s list has no such entry (unlisted, EAR99).
        Figures that do not settle the lower test keep the lower entry: it is the stricter answer."""
        if not self.lower:
            return None
        verdicts = [_branch(branch, text) for branch in self.lower_test]
        if verdicts and all(v is False for v in verdicts):
            return None
        technology = technology_of(self.lower)
        return technology if home == "US" else annex_i(technology) if home == "EU" else None

    def entry_for(self, home: str, overhaul: bool = False) -> str | None:
        """The entry in the numbering of the exporter's law: `home` is "US", "EU" or "WA" (UK, Japan, Singapore,
        Malaysia and the Wassenaar fallback number their lists as Wassenaar does). An intangible transfer moves
        technology, so a goods ECCN gives way to the technology entry for it (0A982 -> 0E982), or to the row's
        overhaul entry when the technology is for overhauling the item."""
        technology = (self.overhaul if overhaul else None) or (technology_of(self.eccn) if self.eccn else None)
        if home == "US":
            return self.usml or technology
        if home == "EU":
            return numbered(technology, "EU") or annex_i_of_wa(self.wa) or self.wa
        return numbered(technology, "WA") or self.wa or annex_i(technology)


def numbered(eccn: str | None, home: str) -> str | None:
    """An ECCN in the numbering of `home` ("US", "EU" or "WA"), through the crosswalk; an entry the crosswalk lacks
    keeps its number in EU Annex I when a multilateral regime lists it."""
    if eccn is None or home == "US":
        return eccn
    record = crosswalk_lookup(eccn)
    if home == "EU":
        return (record.eu if record else None) or annex_i(eccn)
    return record.wa if record else None


def technology_of(eccn: str) -> str:
    """The technology ECCN for a goods ECCN (`corpus/data/goods_technology.yaml`); software and technology
    entries, and goods the table does not name, are returned as they are."""
    m = re.fullmatch(r"ECCN (\d[A-C]\d{3})", eccn)
    found = _goods_technology().get(m.group(1)) if m else None
    return f"ECCN {found}" if found else eccn


@cache
def _goods_technology() -> dict[str, str]:
    if not GOODS_TECHNOLOGY.exists():
        return {}
    return dict((yaml.safe_load(GOODS_TECHNOLOGY.read_text(encoding="utf-8")) or {}).get("technology") or {})


def annex_i(eccn: str | None) -> str | None:
    """The EU Annex I entry of an ECCN: the same number for the entries of the multilateral regimes; the
    U.S.-only ECCNs (the x9xx, 09x, 5xx and 6xx series) have none."""
    m = re.fullmatch(r"ECCN (\d[A-E](\d\d)\d)", eccn or "")
    return f"EU 2021/821 Annex I {m[1]}" if m and m[2][0] not in "956" and m[2] != "09" else None


def annex_i_of_wa(wa: str | None) -> str | None:
    """The EU Annex I entry of a Wassenaar dual-use entry (the EU list keeps the Wassenaar numbers)."""
    m = re.fullmatch(r"WA (\d)\.([A-E])\.(\d+)", wa or "")
    return f"EU 2021/821 Annex I {m[1]}{m[2]}{int(m[3]):03d}" if m else None


def _row(raw: dict, where: str) -> ItemName:
    names = tuple(str(n).strip().lower() for n in raw.get("names") or [] if str(n).strip())
    entries = {key: raw.get(key) for key in ("eccn", "wa", "usml")}
    if not names or not any(entries.values()):
        raise ItemNameError(f"{where}: a row needs names and at least one entry")
    for value in filter(None, entries.values()):
        if not is_canonical(value):
            raise ItemNameError(f"{where}: {value!r} is not a canonical citation")
    by_name = bool(raw.get("by_name"))
    threshold = raw.get("threshold") or None
    if by_name == bool(threshold):
        raise ItemNameError(f"{where}: give a threshold exactly when the name alone does not settle the entry")
    test = _test(raw.get("test"), where)
    if test and by_name:
        raise ItemNameError(f"{where}: a test belongs to a row whose threshold decides the entry")
    unlisted = bool(raw.get("unlisted_otherwise"))
    lower = raw.get("lower") or {}
    if (unlisted or lower) and not test:
        raise ItemNameError(f"{where}: unlisted_otherwise or a lower entry needs a test")
    if lower and (unlisted or not is_canonical(str(lower.get("eccn"))) or not lower.get("test")):
        raise ItemNameError(f"{where}: a lower entry needs a canonical eccn and its own test, and excludes unlisted_otherwise")
    needs_figures = bool(raw.get("needs_figures"))
    if needs_figures and not test:
        raise ItemNameError(f"{where}: needs_figures needs a test whose figures the question must state")
    overhaul = raw.get("overhaul") or None
    if overhaul and not (is_canonical(overhaul) and overhaul.startswith("ECCN") and product_group(overhaul) == "E"):
        raise ItemNameError(f"{where}: overhaul must be a canonical technology ECCN, not {overhaul!r}")
    return ItemName(
        names, entries["eccn"], entries["wa"], entries["usml"], by_name, threshold, test, unlisted,
        lower.get("eccn"), _test(lower.get("test"), where), needs_figures, overhaul,
    )  # fmt: skip


def _test(raw_test: dict | list | None, where: str) -> tuple[tuple[Condition, ...], ...]:
    """A row's `test`: one conjunction of conditions, or `any:` alternative conjunctions."""
    raw_test = raw_test or []
    branches = raw_test.get("any") or [] if isinstance(raw_test, dict) else [raw_test] if raw_test else []
    return tuple(tuple(_condition(c, where) for c in branch) for branch in branches)


def _condition(raw: dict, where: str) -> Condition:
    ops = [op for op in _OPS if op in raw]
    near = tuple(str(n).strip().lower() for n in raw.get("near") or [] if str(n).strip())
    units = [str(u) for u in (raw.get("unit") if isinstance(raw.get("unit"), list) else [raw.get("unit")]) if u]
    if len(ops) != 1 or not near or not units:
        raise ItemNameError(f"{where}: a test condition needs near words, one of {sorted(_OPS)} and a unit")
    if len(units) > 1 and any(unit_known(u) for u in units):
        raise ItemNameError(f"{where}: a known unit ({units}) is converted; list spellings only of unknown units")
    per_density = tuple(str(n).strip().lower() for n in raw.get("per_density") or [])
    from_band = bool(raw.get("from_band"))
    from_cell = bool(raw.get("from_cell"))
    return Condition(near, ops[0], float(raw[ops[0]]), units[0], tuple(units[1:]), per_density, from_band, from_cell)


def load(path: Path = DATA) -> tuple[ItemName, ...]:
    """The table at `path`; empty when the file is absent (the assistant then relies on named entries only)."""
    if not path.exists():
        return ()
    rows = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items") or []
    items = tuple(_row(raw, f"{path.name} row {n}") for n, raw in enumerate(rows, 1))
    seen: set[str] = set()
    for name in (n for item in items for n in item.names):
        if name in seen:
            raise ItemNameError(f"{path.name}: {name!r} is listed twice")
        seen.add(name)
    return items


def _key(name: str) -> str:
    """A name as written in the table or the question, with spaces and hyphens alike ("five-axis" = "five axis")."""
    return " ".join(re.split(r"[\s-]+", name.strip().lower()))


@cache
def _compiled(path: Path) -> tuple[re.Pattern[str], dict[str, ItemName]]:
    """One alternation of every name, longest first, so a question is scanned once; and each name's item."""
    by_name = {_key(name): item for item in load(path) for name in item.names}
    if not by_name:
        return re.compile(r"(?!)"), by_name
    words = (_spelled(name) for name in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(words)})(?![\w-])"), by_name


def _spelled(name: str) -> str:
    """A name as a pattern. A name of three words or more may carry one qualifier before its last two ("5-axis
    simultaneous milling center", "cooled first-stage turbine blades"): people add what kind it is."""
    tokens = [re.escape(w) for w in name.split()]
    if len(tokens) < 3:
        return r"[\s-]+".join(tokens)
    return r"[\s-]+".join(tokens[:-2]) + r"[\s-]+(?:\w+[\s-]+)?" + r"[\s-]+".join(tokens[-2:])


def _item_of(found: str, by_name: dict[str, ItemName]) -> ItemName:
    """The item a matched name belongs to, with the qualifier it may carry taken out."""
    key = _key(found)
    if key in by_name:
        return by_name[key]
    tokens = key.split()
    return by_name[" ".join([*tokens[:-3], *tokens[-2:]])]


# "not a torpedo", "nothing to do with sarin", "no toxins": a name said not to be the item.
_NEGATED = re.compile(
    r"(?i)\b(?:not|no|nor|never|non|nothing to do with|unlike|rather than|instead of)\s+(?:an?\s+|the\s+|any\s+)?$"
)


def named_items(text: str, path: Path = DATA) -> list[ItemName]:
    """The items `text` names, each once, in the order of their first mention."""
    pattern, by_name = _compiled(path)
    found: list[ItemName] = []
    for match in pattern.finditer(text):
        if _NEGATED.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        item = _item_of(match.group(0), by_name)
        if item not in found:
            found.append(item)
    return found
