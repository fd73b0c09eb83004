"""Canonical citations: one written form for every provision the product can cite.

Every chunk carries its canonical citation from ingest time on, so retrieval, answers and
evaluation compare citations as strings after `section_key` normalisation instead of guessing.

The families (see DEVELOPERS.md):

    15 CFR 734.18(a)(5)      22 CFR 120.54(a)(5)      15 CFR 774 Supp. 2
    ECCN 3E001               EAR99                    USML Cat. XI(d)
    EU 2021/821 Art. 2(2)    EU 2021/821 Annex I 3E001    EU 2021/821 Annex IV
    WA GTN   WA GSN   WA 3.E.1   WA ML22
    UK ECO 2008 Art. 2       UK ECA 2002 s. 1
    JP FEFTA Art. 25         JP FEO Art. 17          JP ETCO Art. 1
    SG SGCA s. 5             MY STA 2010 s. 12
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA = r"(?:\([A-Za-z0-9]{1,6}\))*"

# Each family: a regex on the canonical (already tidied) form; group "section" is the part
# kept at section level, everything after it is a paragraph suffix that matching ignores.
_FAMILIES: dict[str, re.Pattern[str]] = {
    "cfr": re.compile(rf"^(?P<section>(?:15|22) CFR \d{{3}}\.\d{{1,3}}[a-z]?)(?P<para>{_PARA})$"),
    "cfr-supp": re.compile(r"^(?P<section>(?:15|22) CFR \d{3} Supp\. \d{1,2})(?P<para>)$"),
    "cfr-part": re.compile(r"^(?P<section>(?:15|22) CFR \d{3})(?P<para>)$"),
    "eccn": re.compile(r"^(?P<section>ECCN \d[A-E]\d{3})(?P<para>(?:\.[a-z0-9]{1,3})*)$"),
    "ear99": re.compile(r"^(?P<section>EAR99)(?P<para>)$"),
    "usml": re.compile(rf"^(?P<section>USML Cat\. [IVX]{{1,5}})(?P<para>{_PARA})$"),
    "eu-art": re.compile(rf"^(?P<section>EU 2021/821 Art\. \d{{1,3}})(?P<para>{_PARA})$"),
    "eu-annex": re.compile(
        r"^(?P<section>EU 2021/821 Annex (?:I|II|IV)(?: (?:\d[A-E]\d{3}|GTN|GSN|NTN|GISN|Cat\. \d))?)"
        r"(?P<para>(?:\.[a-z0-9]{1,3})*)$"
    ),
    "wa-note": re.compile(r"^(?P<section>WA (?:GTN|GSN|GISN|NTN|Definitions))(?P<para>)$"),
    "wa-entry": re.compile(r"^(?P<section>WA \d\.[A-E]\.\d{1,2})(?P<para>(?:\.[a-z0-9]{1,3})*)$"),
    "wa-ml": re.compile(r"^(?P<section>WA ML\d{1,2})(?P<para>(?:\.[a-z0-9]{1,3})*)$"),
    "uk": re.compile(
        rf"^(?P<section>UK (?:ECO 2008 (?:Art\. \d{{1,3}}|Sch\. \d)|ECA 2002 s\. \d{{1,3}}))(?P<para>{_PARA})$"
    ),
    "jp": re.compile(rf"^(?P<section>JP (?:FEFTA|FEO|ETCO) Art\. \d{{1,3}}(?:-\d)?)(?P<para>{_PARA})$"),
    "sg": re.compile(rf"^(?P<section>SG SGCA s\. \d{{1,3}}[A-Z]?)(?P<para>{_PARA})$"),
    "my": re.compile(rf"^(?P<section>MY STA 2010 s\. \d{{1,3}})(?P<para>{_PARA})$"),
}

# Which regime each family belongs to; `jurisdiction_of` uses it for citations found in text.
_FAMILY_JURISDICTION = {
    "eccn": "US-EAR",
    "ear99": "US-EAR",
    "usml": "US-ITAR",
    "eu-art": "EU",
    "eu-annex": "EU",
    "wa-note": "WA",
    "wa-entry": "WA",
    "wa-ml": "WA",
    "uk": "UK",
    "jp": "JP",
    "sg": "SG",
    "my": "MY",
}


class CitationError(ValueError):
    """A string that is not a canonical citation of any known family."""


@dataclass(frozen=True, slots=True)
class Citation:
    """A parsed canonical citation: its family, section-level part and paragraph suffix."""

    family: str
    section: str
    paragraph: str = ""

    def __str__(self) -> str:
        return self.section + self.paragraph

    @property
    def key(self) -> str:
        """Section-level comparison key: paragraph suffix dropped, case folded."""
        return self.section.casefold()

    @property
    def jurisdiction(self) -> str:
        if self.family in _FAMILY_JURISDICTION:
            return _FAMILY_JURISDICTION[self.family]
        return "US-EAR" if self.section.startswith("15 ") else "US-ITAR"


def _tidy(text: str) -> str:
    text = text.replace("§", " ").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?i)\bc\.f\.r\.", "CFR", text)
    text = re.sub(r"(?i)\bcfr\b", "CFR", text)
    text = re.sub(r"(?i)\bsupp(?:lement)?\.? (?:no\.? )?", "Supp. ", text)
    text = re.sub(r"(?i)\bcat(?:egory)?\.? ", "Cat. ", text)
    text = re.sub(r"(?i)\bart(?:icle)?\.? ", "Art. ", text)
    text = re.sub(r"(?i)^(eccn|usml|wa|eu|uk|jp|sg|my|ear99)\b", lambda m: m.group(1).upper(), text)
    return text


def _upper_identifiers(text: str) -> str:
    """Upper-case ECCN and Wassenaar identifiers ("3e001" → "3E001", "3.e.1" → "3.E.1"), nothing else."""
    text = re.sub(r"\b(\d)([a-e])(\d{3})\b", lambda m: m.group(1) + m.group(2).upper() + m.group(3), text)
    text = re.sub(r"\b(\d)\.([a-e])\.(\d{1,2})\b", lambda m: f"{m.group(1)}.{m.group(2).upper()}.{m.group(3)}", text)
    return re.sub(r"(?i)\b(gtn|gsn|gisn|ntn|ml(?=\d))", lambda m: m.group(1).upper(), text)


def parse(text: str) -> Citation:
    """Parse a citation in canonical form (tolerating `§`, case and spacing)."""
    tidy = _tidy(text)
    # Case-insensitive families: retry with the upper-case form of ECCNs/WA numbers.
    for candidate in (tidy, _upper_identifiers(tidy)):
        for family, pattern in _FAMILIES.items():
            m = pattern.match(candidate)
            if m:
                return Citation(family, m.group("section"), m.group("para") or "")
    raise CitationError(f"not a canonical citation: {text!r}")


def is_canonical(text: str) -> bool:
    """True when `text` is exactly a canonical citation (not merely parseable)."""
    try:
        return str(parse(text)) == text
    except CitationError:
        return False


def section_key(text: str) -> str:
    """The key two citations are compared on: section level, case and `§` ignored.

    Unparseable strings fall back to a tidied, case-folded form so that comparison
    never raises on model output.
    """
    try:
        return parse(text).key
    except CitationError:
        return re.sub(r"\(.*$", "", _tidy(text)).strip().casefold()


def same_section(a: str, b: str) -> bool:
    """Whether two citations name the same provision at section level."""
    return section_key(a) == section_key(b)


_NOT_UNIT = r"(?!\s*(?:mm|cm|m\b|km|[kMG]?Hz|[kKMG]?W\b|kg|g\b|%|°|nm|µm|um|bar|psi|V\b|A\b|K\b))"

# Citations as people write them in questions: "734.7", "§ 120.54", "3E001", "Cat. XI".
_MENTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\b(15|22)\s*C\.?F\.?R\.?\s*(?:§\s*)?(\d{3}\.\d{1,3})((?:\([a-z0-9]{1,4}\))*)"), "cfr"),
    (re.compile(r"(?:§\s*|\bsection\s+|\bsec\.\s*)(7[3-7]\d\.\d{1,3}|12\d\.\d{1,3}|130\.\d{1,3})\b"), "bare"),
    (
        re.compile(
            rf"\b(7(?:3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-4])\.\d{{1,3}}|12[0-9]\.\d{{1,3}}|130\.\d{{1,2}})\b{_NOT_UNIT}"
        ),
        "bare",
    ),
    (re.compile(r"(?i)\b(\d[A-E]\d{3})\b"), "eccn"),
    (re.compile(r"(?i)\bEAR\s?99\b"), "ear99"),
    (re.compile(r"(?i)\b(?:USML\s+)?Cat(?:egory|\.)?\s+([IVX]{1,5})\b(?=[^a-z]|$)"), "usml"),
    (re.compile(r"\b(\d)\.([A-E])\.(\d{1,2})\b"), "wa"),
    (re.compile(r"\bML\s?(\d{1,2})\b"), "ml"),
]


def find_mentions(text: str) -> list[str]:
    """Canonical citations named in free text, in order of appearance, without duplicates.

    Bare section numbers are mapped to their title by part number (7xx → 15 CFR, 12x/130 → 22 CFR).
    """
    found: list[tuple[int, str]] = []
    for pattern, kind in _MENTION_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "cfr":
                cite = f"{m.group(1)} CFR {m.group(2)}{m.group(3)}"
            elif kind == "bare":
                number = m.group(1)
                title = "15" if number.startswith("7") else "22"
                cite = f"{title} CFR {number}"
            elif kind == "eccn":
                cite = f"ECCN {m.group(1).upper()}"
            elif kind == "ear99":
                cite = "EAR99"
            elif kind == "usml":
                # A bare "Cat II" is the USML's only beside an ITAR sign (DDTC, a DSP-5 or TAA, a part 120-130
                # section): MTCR and nuclear security categories run I to III. Beyond III only the USML counts so.
                itar = r"(?i)usml|category\s+[ivx]+\s+of|itar|ddtc|\bdsp-\d|\bTAA\b|\b12\d\.\d+"
                low = m.group(1).upper() in {"I", "II", "III"}
                if low and not re.search(itar, text) and not re.match(r"(?i)cat(?:\.|egory)", m.group(0)):
                    continue
                cite = f"USML Cat. {m.group(1)}"
            elif kind == "ml":
                cite = f"WA ML{m.group(1)}"
            else:
                cite = f"WA {m.group(1)}.{m.group(2)}.{m.group(3)}"
            found.append((m.start(), cite))
    seen: set[str] = set()
    result: list[str] = []
    for _, cite in sorted(found):
        key = section_key(cite)
        if key not in seen:
            seen.add(key)
            result.append(cite)
    return result


def product_group(citation: str) -> str | None:
    """The product-group letter of an ECCN or EU Annex I entry ("ECCN 3E001" → "E"); None for anything else.
    D and E entries control software and technology, A to C the items they are for."""
    m = re.search(r"\d([A-E])\d{3}", citation)
    return m.group(1) if m else None


def names_technology(citation: str) -> bool:
    """Whether a classification is an entry for technology or software (ECCN 3E001, EU 2021/821 Annex I 3D001,
    WA 3.E.1, WA ML21/ML22), or EAR99, which is said of the information itself."""
    return product_group(citation) in ("D", "E") or bool(re.search(r"\b\d\.[DE]\.\d|\bML2[12]\b|EAR ?99", citation))
