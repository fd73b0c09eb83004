"""Which instrument a document is, and how its articles or sections are cited.

A plain text, Markdown or PDF file does not say "cite me as `UK ECO 2008 Art. 2`": the instrument is
recognised from its title lines (or, failing that, from the folder and file name), and the regime
then turns a heading number into the canonical citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Regime:
    key: str
    name: str
    source_url: str
    article: str = ""  # citation prefix of an article / section number ("EU 2021/821 Art. ")
    schedule: str = ""  # citation prefix of a schedule ("UK ECO 2008 Sch. ")
    guidance_anchor: str = ""  # the provision official guidance pages of this regime explain

    def cite(self, number: str) -> str:
        return f"{self.article}{number}"


REGIMES: dict[str, Regime] = {
    "EU": Regime(
        "EU", "Regulation (EU) 2021/821", "https://eur-lex.europa.eu/eli/reg/2021/821/oj", "EU 2021/821 Art. "
    ),
    "UK-ECO": Regime(
        "UK-ECO",
        "Export Control Order 2008",
        "https://www.legislation.gov.uk/uksi/2008/3231",
        "UK ECO 2008 Art. ",
        "UK ECO 2008 Sch. ",
    ),
    "UK-ECA": Regime(
        "UK-ECA", "Export Control Act 2002", "https://www.legislation.gov.uk/ukpga/2002/28", "UK ECA 2002 s. "
    ),
    "MY": Regime("MY", "Strategic Trade Act 2010", "https://lom.agc.gov.my", "MY STA 2010 s. "),
    # Section 5 of the SGCA is the prohibition on transferring (including transmitting) strategic
    # goods technology without a permit: the provision Singapore Customs' ITT and scope pages explain.
    "SG": Regime(
        "SG",
        "Strategic Goods (Control) Act 2002",
        "https://sso.agc.gov.sg/Act/SGCA2002",
        "SG SGCA s. ",
        "",
        "SG SGCA s. 5",
    ),
    "JP-FEFTA": Regime(
        "JP-FEFTA", "Foreign Exchange and Foreign Trade Act", "https://elaws.e-gov.go.jp", "JP FEFTA Art. "
    ),
    "WA": Regime("WA", "Wassenaar Arrangement control lists", "https://www.wassenaar.org/control-lists/"),
    "US": Regime("US", "Code of Federal Regulations", "https://www.ecfr.gov/current"),
}

# Title lines that name the instrument, strongest first.
_TITLE_SIGNS: list[tuple[str, re.Pattern[str]]] = [
    ("EU", re.compile(r"Regulation \(EU\) 2021/821|32021R0821|02021R0821", re.I)),
    ("UK-ECO", re.compile(r"Export Control Order 2008|uksi/2008/3231", re.I)),
    ("UK-ECA", re.compile(r"Export Control Act 2002|ukpga/2002/28", re.I)),
    ("MY", re.compile(r"Strategic Trade (?:\(Amendment\) )?(?:Act|Bill)|Act 708", re.I)),
    ("SG", re.compile(r"Strategic Goods \(Control\)|\bSGCA\b|customs\.gov\.sg|Singapore Customs", re.I)),
    ("JP-FEFTA", re.compile(r"Foreign Exchange and Foreign Trade Act", re.I)),
    ("WA", re.compile(r"Wassenaar Arrangement|WA-LIST", re.I)),
    ("US", re.compile(r"\b(?:15|22) C\.?F\.?R\.?\b|Export Administration Regulations|Commerce Control List", re.I)),
]
_PATH_SIGNS: list[tuple[str, re.Pattern[str]]] = [
    ("EU", re.compile(r"eu-2021-821|2021[-_]821|32021r0821|eurlex|eur-lex", re.I)),
    ("UK-ECO", re.compile(r"uksi-2008-3231|export-control-order|\buk-eco", re.I)),
    ("UK-ECA", re.compile(r"ukpga-2002-28|export-control-act", re.I)),
    ("MY", re.compile(r"malaysia|strategic-trade", re.I)),
    ("SG", re.compile(r"singapore|sgca", re.I)),
    ("WA", re.compile(r"wassenaar", re.I)),
    ("US", re.compile(r"ecfr|cfr|\bear\b|itar|ccl", re.I)),
]


def detect(path: Path, text: str) -> Regime | None:
    """The instrument of a document: the first one its opening lines name, else its path, else its body."""
    opening = text[:3000]
    hits = [(m.start(), key) for key, sign in _TITLE_SIGNS if (m := sign.search(opening))]
    if hits:
        return REGIMES[min(hits)[1]]
    where = "/".join(path.parts[-3:])
    for key, sign in _PATH_SIGNS:
        if sign.search(where):
            return REGIMES[key]
    counts = {key: len(sign.findall(text[:200_000])) for key, sign in _TITLE_SIGNS}
    best = max(counts, key=lambda k: counts[k])
    return REGIMES[best] if counts[best] >= 3 else None


def is_amending_act(text: str) -> bool:
    """An amending instrument ("Strategic Trade (Amendment) Act 2017"): its clauses are not the
    sections of the principal act, so they are cited by the section they amend."""
    return bool(re.search(r"\(Amendment\)\s+(?:Act|Bill|Order|Regulations?)", text[:3000], re.I))
