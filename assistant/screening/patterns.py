"""What the pre-check looks for in document text, kept as data apart from the logic so a reviewer
can read and extend it: technical-data indicators, signs of non-technical material, markings
already on the document, and publication-status hints.

Each entry is (label, value, pattern). `value` is the information kind or status the label feeds
into the determination's facts (the vocabulary of `assistant.lexicon`).
"""

from __future__ import annotations

import re

Pattern = re.Pattern[str]


def _p(*alternatives: str, flags: int = re.IGNORECASE) -> Pattern:
    return re.compile("(?:" + "|".join(alternatives) + ")", flags)


# Information that is "required" for development, production or use: raises.
TECHNICAL: list[tuple[str, str, Pattern]] = [
    ("engineering drawing", "production", _p(
        r"\b(?:engineering|assembly|detail|fabrication|shop|manufacturing|installation|outline|interface|mechanical) drawings?\b",
        r"\bdrawing (?:no\.?|number|rev(?:ision)?|sheet)\b", r"\bDWG[- ]?(?:no\.?\s?)?\d", r"\bblueprints?\b",
        r"\bschematics?\b", r"\bGerber files?\b", r"\bCAD (?:model|files?|data)\b", r"\bSTEP files?\b", r"\bGDSII\b",
        r"\bnetlists?\b",
    )),
    ("tolerance", "production", _p(
        r"±\s?\d", r"\+/-\s?\d", r"\btolerances?\b", r"\bGD&T\b", r"\bsurface (?:finish|roughness)\b", r"\bflatness\b",
    )),
    ("process recipe", "production", _p(
        r"\brecipes?\b", r"\bprocess (?:steps?|parameters?|window|flow|sheets?|conditions|travell?er)\b",
        r"\betch(?:ing)? (?:rate|time|chemistry|step)\b", r"\banneal(?:ed|ing)?\b[^.\n]{0,20}\bat \d", r"\bbaked? at \d",
        r"\bdeposition (?:rate|temperature|pressure|step)\b", r"\bchamber pressure\b", r"\bsccm\b",
        r"\bwork instructions?\b", r"\bwithdrawal rate\b", r"\bpour(?:ing)? temperature\b", r"\bheat[- ]treat\w*\b",
        r"\bsintering (?:cycle|temperature|profile)\b", r"\bspin[- ]coat\w*\b",
    )),
    ("source code", "source_code", _p(
        r"^\s*#include\s*[<\"]", r"^\s*#define\s+\w+", r"^\s*(?:from\s+[\w.]+\s+)?import\s+[\w.]+", r"^\s*def\s+\w+\s*\(",
        r"^\s*class\s+\w+\s*[(:{]", r"^\s*(?:static\s+|const\s+|inline\s+)*(?:void|int|unsigned|uint\d+_t|int\d+_t|char|float|double|bool)\s+\*?\w+\s*\(",
        r"^\s*(?:public|private|protected)\s+[\w<>\[\]]+\s+\w+\s*\(", r"^\s*(?:function|fn)\s+\w+\s*\(",
        r"^\s*module\s+\w+\s*[(#;]", r"^\s*always\s*@", r"^\s*entity\s+\w+\s+is\b", r"\bsource code\b",
        r"\bfirmware source\b", r"\bRTL\b", r"\bVerilog\b", r"\bVHDL\b",
        flags=re.IGNORECASE | re.MULTILINE,
    )),
    ("test procedure", "development", _p(
        r"\btest (?:procedure|plan|setup|set-up|report|results|data|matrix|conditions|bench)\b", r"\bacceptance test",
        r"\bqualification test", r"\bcalibration procedure", r"\bpass/fail\b", r"\bmeasured (?:values?|results?|data)\b",
    )),
    ("design data", "development", _p(
        r"\bdesign (?:rationale|review|margins?|rules?|data|notes|files|parameters|trade-?offs?)\b", r"\blayout\b",
        r"\blink budget\b", r"\bFMEA\b", r"\bcontrol laws?\b", r"\bsimulation (?:models?|results)\b",
        r"\bstack-?up\b", r"\bdoping profile\b",
    )),
    ("manufacturing know-how", "production", _p(
        r"\bbill of materials?\b", r"\bBOM\b", r"\bassembly (?:procedure|sequence|instructions)\b",
        r"\binspection criteria\b", r"\byield (?:improvement|data|learning)\b", r"\bprocess capability\b",
    )),
    ("repair or overhaul", "use", _p(
        r"\brepair (?:manual|procedure|instructions)\b", r"\boverhaul\b", r"\brefurbish\w*\b", r"\bdisassembl\w+\b",
        r"\bmaintenance (?:manual|procedure)\b",
    )),
]

# Material that is not "technology" or "technical data": lowers.
NON_TECHNICAL: list[tuple[str, str, Pattern]] = [
    ("marketing material", "marketing", _p(
        r"\bbrochure\b", r"\bmarketing\b", r"\bproduct (?:overview|flyer|highlights|brief)\b", r"\bkey features\b",
        r"\bfeatures and benefits\b", r"\bcontact (?:our|us|the) sales\b", r"\brequest a (?:quote|demo)\b",
        r"\bpress release\b", r"\bindustry[- ]leading\b", r"\bbest[- ]in[- ]class\b", r"\bideal for\b",
        r"\bordering information\b",
    )),
    ("general description", "general_description", _p(
        r"\bgeneral (?:description|overview|information)\b", r"\bhigh[- ]level (?:overview|description)\b",
        r"\bat a glance\b", r"\bform,? fit,? (?:and|&) function\b", r"\bsystem overview\b",
    )),
    ("basic principles", "basic_science", _p(
        r"\bbasic principles?\b", r"\bfundamentals of\b", r"\bcommonly taught\b", r"\btextbook\b",
        r"\bintroduct(?:ion|ory) (?:to|course|lecture)\b", r"\blecture notes\b", r"\btutorial\b",
    )),
]

# Markings already on the document. Named groups carry the classification.
ECCN_MARK = _p(
    r"\b(?:ECCN|Export Control Classification(?: Number)?|export classification|classified as|classification)"
    r"\s*(?:no\.?|number)?\s*[:#-]?\s*(?P<code>\d[A-Ea-e]\d{3}(?:\.[a-z0-9]{1,3})*)(?![\w])"
)
EAR99_MARK = _p(r"\bEAR\s?99\b")
ITAR_MARK = _p(
    r"\bITAR[- ]controlled\b", r"\bsubject to the (?:ITAR|International Traffic in Arms Regulations)\b",
    r"\bInternational Traffic in Arms Regulations\b", r"\b22 CFR (?:parts? )?12\d(?:\s?[-–]\s?130)?\b",
    r"\bUSML (?:Category|Cat\.)\s?(?P<cat>[IVX]{1,5})\b", r"\bCategory (?P<cat2>[IVX]{1,5}) of the (?:USML|U\.S\. Munitions List)\b",
    r"\bITAR\b",
)
DISTRIBUTION_MARK = _p(
    r"\bDistribution Statement\s+(?P<letter>[A-F])\b", r"\bApproved for public release;?\s*distribution (?:is )?unlimited\b"
)
EXPORT_MARK = _p(
    r"\bexport[- ]controlled\b", r"\bexport[- ]restricted\b", r"\btechnical data whose export is restricted\b",
    r"\bexport of this (?:document|information|data) is (?:restricted|controlled)\b",
)
EU_MARK = _p(
    r"\bEU dual[- ]use\b", r"\bRegulation \(EU\) 2021/821\b", r"\bAnnex I (?:entry |item )?(?P<eu>\d[A-E]\d{3})\b",
    r"\bdual[- ]use (?:item|goods|technology) (?:under|listed in)\b",
)

# Publication status: (label, status, pattern). "published"-like statuses lower; the others say
# the information is not (yet) public, so the published exclusions cannot be relied on.
PUBLICATION: list[tuple[str, str, Pattern]] = [
    ("DOI", "published", _p(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/[^\s,;]+")),
    ("arXiv identifier", "published", _p(r"\barXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?\b")),
    ("journal reference", "published", _p(
        r"\b(?:Journal of|IEEE Transactions on|Proceedings of the|Physical Review|Applied Physics Letters)\b",
        r"\bVol\.\s?\d+,?\s?(?:No\.|Issue)\s?\d+", r"\bpp\.\s?\d+\s?[-–]\s?\d+",
    )),
    ("publication statement", "published", _p(
        r"\bpublished (?:in|by|online|on)\b", r"\bavailable online\b", r"\bopen access\b", r"\bpublicly available\b",
        r"\bCreative Commons\b", r"\bCC BY\b", r"\bApproved for public release\b",
    )),
    ("patent number", "patent", _p(
        r"\b(?:U\.S\.|US) Patent(?: No\.?)?\s?\d{1,2},?\d{3},?\d{3}\b", r"\b(?:US|EP|WO|JP|CN|DE|GB)\s?\d{4}/?\d{5,7}\s?[AB]\d?\b",
        r"\bUS\s?\d{1,2},\d{3},\d{3}\s?B\d\b", r"\bpatent application (?:no\.|publication)",
    )),
    ("submitted for publication", "submitted_for_publication", _p(
        r"\bsubmitted to\b[^.\n]{0,50}\b(?:journal|conference|transactions|letters|proceedings|symposium)\b",
        r"\bunder review (?:at|by)\b", r"\bmanuscript submitted\b",
    )),
    ("draft", "not_published", _p(
        r"\bdraft\b", r"\bpreliminary\b", r"\bnot for (?:publication|distribution)\b", r"\bdo not (?:distribute|forward|copy)\b",
        r"\bpre-?decisional\b",
    )),
    ("confidential", "proprietary", _p(
        r"\bconfidential\b", r"\bproprietary\b", r"\binternal (?:use )?only\b", r"\btrade secrets?\b",
        r"\bcompany restricted\b", r"\bunder NDA\b",
    )),
]
PUBLISHED_STATUSES = frozenset({"published", "patent", "submitted_for_publication"})
