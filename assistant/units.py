"""Numbers with units, normalised to one base unit per dimension so a document's "95 GHz" can be
compared with an entry's "over 90 GHz", and "1,450 °C" with "1,693 K".

Why a table and not a units library: the set that matters for control lists is small and known
(frequency, wavelength and feature size, power, key length, speed, temperature, pressure, angle,
ratios, operations per second), the spellings are what matters (`µm`, `um`, `micrometre`,
`-bit`), and every conversion must be visible to a reviewer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# unit spelling -> (dimension, factor to the base unit). Base units: Hz, m, W, bit, m/s, rpm, K, Pa,
# rad, ratio, op/s, s, m², dB, J, V, Gy (absorbed dose), bit/s, WT (Weighted TeraFLOPS), Mach, samples/s, A, VA, kg, kg/h, N,
# kg/m³ and litres (volume).
_UNITS: dict[str, tuple[str, float]] = {
    "THz": ("frequency", 1e12), "GHz": ("frequency", 1e9), "MHz": ("frequency", 1e6), "kHz": ("frequency", 1e3),
    "Hz": ("frequency", 1.0),
    "nm": ("length", 1e-9), "nanometres": ("length", 1e-9), "nanometers": ("length", 1e-9),
    "nanometre": ("length", 1e-9), "nanometer": ("length", 1e-9),
    "µm": ("length", 1e-6), "μm": ("length", 1e-6), "um": ("length", 1e-6), "microns": ("length", 1e-6),
    "micron": ("length", 1e-6), "micrometres": ("length", 1e-6), "micrometers": ("length", 1e-6),
    "micrometre": ("length", 1e-6), "micrometer": ("length", 1e-6), "mm": ("length", 1e-3), "cm": ("length", 1e-2),
    "nautical miles": ("length", 1852.0),
    "mm²": ("area", 1e-6), "mm2": ("area", 1e-6), "m²": ("area", 1.0), "m2": ("area", 1.0),
    "nW": ("power", 1e-9), "µW": ("power", 1e-6), "μW": ("power", 1e-6), "uW": ("power", 1e-6),
    "mW": ("power", 1e-3), "W": ("power", 1.0), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
    "TW": ("power", 1e12),
    "dBm": ("power", math.nan), "dBW": ("power", math.nan),
    "bits": ("bits", 1.0), "bit": ("bits", 1.0),
    "Gbit/s": ("bitrate", 1e9), "Gb/s": ("bitrate", 1e9), "Gbps": ("bitrate", 1e9), "Mbit/s": ("bitrate", 1e6),
    "Mb/s": ("bitrate", 1e6), "Mbps": ("bitrate", 1e6), "Tbit/s": ("bitrate", 1e12), "Tb/s": ("bitrate", 1e12),
    "m/s": ("speed", 1.0), "km/h": ("speed", 1 / 3.6), "knots": ("speed", 0.514444),
    "rpm": ("rotation", 1.0), "RPM": ("rotation", 1.0), "rev/min": ("rotation", 1.0),
    "K": ("temperature", 1.0), "kelvin": ("temperature", 1.0), "°C": ("temperature", math.nan),
    "℃": ("temperature", math.nan), "°F": ("temperature", math.nan), "degC": ("temperature", math.nan),
    "deg C": ("temperature", math.nan), "C": ("temperature", math.nan),
    "Pa": ("pressure", 1.0), "kPa": ("pressure", 1e3), "MPa": ("pressure", 1e6), "GPa": ("pressure", 1e9),
    "mbar": ("pressure", 100.0), "bar": ("pressure", 1e5), "psi": ("pressure", 6894.757), "ksi": ("pressure", 6.894757e6),
    "atm": ("pressure", 101325.0), "Torr": ("pressure", 133.322), "torr": ("pressure", 133.322),
    "arcsec": ("angle", 4.8481368e-6), "arc-seconds": ("angle", 4.8481368e-6), "arc seconds": ("angle", 4.8481368e-6),
    "arc-second": ("angle", 4.8481368e-6), "arc second": ("angle", 4.8481368e-6),
    "µrad": ("angle", 1e-6), "μrad": ("angle", 1e-6), "urad": ("angle", 1e-6), "microradians": ("angle", 1e-6),
    "mrad": ("angle", 1e-3), "milliradians": ("angle", 1e-3),
    "ppm": ("ratio", 1e-6), "ppb": ("ratio", 1e-9),
    "FLOPS": ("ops", 1.0), "GFLOPS": ("ops", 1e9), "TFLOPS": ("ops", 1e12), "PFLOPS": ("ops", 1e15),
    "TOPS": ("ops", 1e12), "POPS": ("ops", 1e15), "GOPS": ("ops", 1e9),
    "Weighted TeraFLOPS": ("wt", 1.0), "WT": ("wt", 1.0),
    "hours": ("time", 3600.0), "hour": ("time", 3600.0), "hrs": ("time", 3600.0), "hr": ("time", 3600.0), "h": ("time", 3600.0), "ms": ("time", 1e-3), "µs": ("time", 1e-6),
    "μs": ("time", 1e-6), "us": ("time", 1e-6), "ns": ("time", 1e-9), "ps": ("time", 1e-12), "fs": ("time", 1e-15),
    "dB": ("db", 1.0),
    "SPS": ("samplerate", 1.0), "kSPS": ("samplerate", 1e3), "MSPS": ("samplerate", 1e6), "Msps": ("samplerate", 1e6),
    "MS/s": ("samplerate", 1e6), "MSa/s": ("samplerate", 1e6), "GSPS": ("samplerate", 1e9), "Gsps": ("samplerate", 1e9),
    "GS/s": ("samplerate", 1e9), "GSa/s": ("samplerate", 1e9),
    "mA": ("current", 1e-3), "A": ("current", 1.0), "kA": ("current", 1e3),
    "VA": ("apparent_power", 1.0), "kVA": ("apparent_power", 1e3), "MVA": ("apparent_power", 1e6),
    "kg": ("mass", 1.0), "kilograms": ("mass", 1.0), "grams": ("mass", 1e-3), "tonnes": ("mass", 1e3),
    "kg/h": ("mass_rate", 1.0), "kg/hr": ("mass_rate", 1.0), "g/h": ("mass_rate", 1e-3), "g/hr": ("mass_rate", 1e-3),
    "kN": ("force", 1e3), "N": ("force", 1.0), "MN": ("force", 1e6),
    "g/cm3": ("density", 1e3), "g/cm³": ("density", 1e3), "g/cc": ("density", 1e3), "kg/m3": ("density", 1.0),
    "kg/m³": ("density", 1.0),
    "mJ": ("energy", 1e-3), "J": ("energy", 1.0), "kJ": ("energy", 1e3),
    "kV": ("voltage", 1e3), "V": ("voltage", 1.0),
    "Gy": ("dose", 1.0), "kGy": ("dose", 1e3), "krad": ("dose", 10.0), "Mrad": ("dose", 1e4),
    "L": ("volume", 1.0), "litres": ("volume", 1.0), "litre": ("volume", 1.0), "liters": ("volume", 1.0),
    "liter": ("volume", 1.0), "mL": ("volume", 1e-3), "ml": ("volume", 1e-3), "m3": ("volume", 1e3), "m³": ("volume", 1e3),
}
# Units that are also letters or words ("K", "V", "us", "bar") count only right after a number.
UNIT_WORDS = frozenset(w for u in _UNITS for w in re.findall(r"[a-z0-9]+", u.lower()))
NUMBER = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+,\d{1,2}(?![\d,])|\d+)(?:\.\d+)?(?:\s?[x×]\s?10\s?\^?\s?[-−–]?\d{1,2})?"
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
QUANTITY = re.compile(rf"(?P<num>{NUMBER})(?:\s?|-)(?P<unit>{_UNIT_ALT})(?![\w/²])")
RANGE = re.compile(rf"(?P<low>{NUMBER})\s?(?:-|–|—|to)\s?(?P<num>{NUMBER})\s?(?P<unit>{_UNIT_ALT})(?![\w/²])")
MACH = re.compile(rf"\bMach\s?(?P<num>{NUMBER})")


@dataclass(frozen=True)
class Quantity:
    """A number with a unit found in text: `value` is in the dimension's base unit."""

    value: float
    dimension: str
    unit: str
    number: float
    start: int
    end: int
    text: str

    def describe(self) -> str:
        return self.text


_MICRO_LENGTHS = frozenset(u for u, (d, f) in _UNITS.items() if d == "length" and f < 1e-4)


def scale_of(q: Quantity) -> str:
    """Lengths come in two kinds that must not be compared: wavelengths and feature sizes (nm, µm)
    and mechanical sizes (mm and up)."""
    return scale_of_unit(q.unit) if q.dimension == "length" else ""


def scale_of_unit(unit: str) -> str:
    """The length scale of a length unit (`scale_of` for a unit rather than a quantity)."""
    return "micro" if unit in _MICRO_LENGTHS else "macro"


def parse_number(text: str) -> float:
    """"1,273" → 1273.0; "5 × 10^-3" → 0.005. A single comma with other than three digits after it is a
    decimal comma ("2,4")."""
    text = text.replace("−", "-").replace("–", "-")
    m = re.match(r"^(.*?)\s?[x×]\s?10\s?\^?\s?(-?\d{1,2})$", text)
    if m:
        return parse_number(m.group(1)) * 10 ** int(m.group(2))
    if re.fullmatch(r"\d+,\d{1,2}|\d+,\d{4,}", text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


def unit_known(unit: str) -> bool:
    return unit in _UNITS


def to_base(number: float, unit: str) -> tuple[str, float]:
    """(dimension, value in the base unit) for `number` `unit`."""
    dimension, factor = _UNITS[unit]
    if unit == "dBm":
        return dimension, 10 ** (number / 10) * 1e-3
    if unit == "dBW":
        return dimension, 10 ** (number / 10)
    if unit in ("°C", "℃", "degC", "deg C", "C"):
        return dimension, number + 273.15
    if unit == "°F":
        return dimension, (number - 32) * 5 / 9 + 273.15
    return dimension, number * factor


def _quantity(match: re.Match[str], unit: str, base: int = 0) -> Quantity | None:
    try:
        number = parse_number(match.group("num"))
    except ValueError:
        return None
    dimension, value = to_base(number, unit)
    return Quantity(value, dimension, unit, number, base + match.start(), base + match.end(), match.group(0))


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in `text`, in order; a range ("2.7 to 6.8 GHz") gives both ends."""
    found: dict[tuple[int, int], Quantity] = {}
    for m in RANGE.finditer(text):
        unit = m.group("unit")
        high = _quantity(m, unit)
        if high is None:
            continue
        low_text = m.group("low")
        try:
            low_number = parse_number(low_text)
        except ValueError:
            continue
        dimension, low_value = to_base(low_number, unit)
        found[(m.start(), m.start("low") + len(low_text))] = Quantity(
            low_value, dimension, unit, low_number, m.start(), m.start("low") + len(low_text), f"{low_text} {unit}"
        )
        found[(m.start("num"), m.end())] = Quantity(
            high.value, dimension, unit, high.number, m.start("num"), m.end(), text[m.start("num") : m.end()]
        )
    for m in QUANTITY.finditer(text):
        if any(s <= m.start() < e for s, e in found):
            continue
        q = _quantity(m, m.group("unit"))
        if q is not None:
            found[(q.start, q.end)] = q
    for m in MACH.finditer(text):
        try:
            number = parse_number(m.group("num"))
        except ValueError:
            continue
        found[(m.start(), m.end())] = Quantity(number, "mach", "Mach", number, m.start(), m.end(), m.group(0))
    return [_signed(found[k], text) for k in sorted(found)]


# Units whose figures may be negative ("-55 °C", "-70 dBm"); a minus before any other figure is a dash or a range.
_SIGNED_UNITS = frozenset({"°C", "℃", "°F", "degC", "deg C", "C", "dBm", "dBW", "dB"})


def _signed(q: Quantity, text: str) -> Quantity:
    """A minus sign standing alone before the number ("range -40 C", "(-55 °C") makes it negative."""
    if q.unit not in _SIGNED_UNITS or q.start == 0 or text[q.start - 1] not in "-−–":
        return q
    if q.start >= 2 and not re.match(r"[\s(\[:;,/~]", text[q.start - 2]):
        return q
    dimension, value = to_base(-q.number, q.unit)
    return Quantity(value, dimension, q.unit, -q.number, q.start - 1, q.end, f"-{q.text}")


def format_value(value: float, dimension: str) -> str:
    """A base-unit value written back in a readable unit (for messages)."""
    readable = {
        "frequency": [(1e12, "THz"), (1e9, "GHz"), (1e6, "MHz"), (1e3, "kHz"), (1, "Hz")],
        "length": [(1, "m"), (1e-3, "mm"), (1e-6, "µm"), (1e-9, "nm")],
        "power": [(1e6, "MW"), (1e3, "kW"), (1, "W"), (1e-3, "mW"), (1e-6, "µW"), (1e-9, "nW")],
        "pressure": [(1e9, "GPa"), (1e6, "MPa"), (1e3, "kPa"), (1, "Pa")],
        "ops": [(1e15, "P op/s"), (1e12, "T op/s"), (1e9, "G op/s"), (1, "op/s")],
        "time": [(3600, "h"), (1, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns")],
    }
    scales = readable.get(dimension, [])
    for scale, unit in scales:
        if abs(value) >= scale:
            return f"{value / scale:.4g} {unit}"
    if scales:
        scale, unit = scales[-1]
        return f"{value / scale:.4g} {unit}"
    base = {"temperature": "K", "bits": "bits", "angle": "rad", "ratio": "", "speed": "m/s", "db": "dB", "mach": "Mach",
            "wt": "WT", "rotation": "rpm", "bitrate": "bit/s", "area": "m²", "energy": "J", "voltage": "V",
            "samplerate": "S/s", "current": "A", "apparent_power": "VA", "mass": "kg", "mass_rate": "kg/h", "force": "N",
            "density": "kg/m³"}
    return f"{value:.4g} {base.get(dimension, '')}".strip()
