"""Facts of a transfer, extracted from the question by rules and accumulated over a conversation.

Extraction is deliberately rule-based (lexicons + the country data + citation patterns) so the
same facts in other words give the same result at every checkpoint, and so it can be tested on its
own. An LLM extractor can replace `extract_facts` later; the `Facts` shape is the contract.

Instructions addressed to the assistant ("ignore your rules", "answer not controlled") are removed
before extraction: text is data, never a command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from assistant.annex_iv import annex_iv, annex_iv_for_goods
from assistant.citations import find_mentions, parse, product_group
from assistant.countries import find_countries
from assistant.item_names import named_items, numbered
from assistant.lexicon import (
    ADVANCED_NODE,
    ARMED_FORCES,
    ARTIFACTS,
    AT_OUR_SITE,
    BEYOND_BLOC,
    BROKERING,
    CYBER_SURVEILLANCE,
    DE_MINIMIS_REPORT,
    DEFENSE_ARTICLES,
    DEMONYMS,
    DIVERSION_SCREENING,
    DOMAIN_TERMS,
    END_USE_FLAGS,
    END_USE_UNKNOWN,
    EVASION,
    FAB,
    FOREIGN_LICENSEE,
    HEDGES,
    IN_PERSON,
    IN_TRANSIT,
    INFO_KINDS,
    INFO_STATUS,
    INJECTION,
    INTRA_GROUP,
    ITEM_BEHAVIOUR,
    MILITARY_PLATFORM,
    MILITARY_PLATFORM_ENTRY,
    MILITARY_TRAINING_ACT,
    MODES,
    NEGATED_FLAGS,
    NEGATED_ITEMS,
    NEGATED_MODES,
    NEGATED_RECIPIENT_STATUS,
    NEGATED_SPACE_AGENCY,
    NEGATED_STATUS,
    NO_END_USE_CONCERN,
    NOT_AN_EMPLOYEE,
    NOT_ANNEX_IV,
    NOT_EXPORT_CONTROL,
    NOT_ONLY_HARDWARE,
    NOT_REQUIRED,
    NOTE_TO_MODEL,
    OUTSIDE_EU_CUSTOMS,
    OVERHAUL,
    OWN_KNOWLEDGE,
    PERCENT,
    PERMANENT_EMPLOYEE,
    PUBLISHING_ACT,
    RECEIVING_ONLY,
    RECIPIENT_STATUS,
    RED_FLAGS,
    REGIME_WORDS,
    REMOTE_CALL,
    REPRESSION,
    RESEARCH_INPUT,
    SANCTIONED_SOFTWARE,
    SCREENED_CLEAN,
    SECURITY_PRODUCT,
    SEND_MODES,
    SPACE_AGENCY_ORDER,
    STANDARD_HARDWARE,
    STRONG_SYMMETRIC,
    STRONG_US_PERSON,
    TECHNICAL_PAPERS,
    UNLISTED,
    UNTOUCHED,
    US_CONTENT_SENTENCE,
    US_ORIGIN,
    US_PLACES,
    VISITING_STAFF,
    Pattern,
    compiled,
    search,
    sentence_start,
    sentences,
    split,
)
from assistant.list_notes import excluding_notes
from assistant.places import find_places, foreign_employer, foreign_residency, recase_places
from assistant.unknowns import unknown_facts

Tri = bool | None


EMBARGO_GROUPS = frozenset({"E:1", "E:2", "EMBARGO"})


class Encryption(BaseModel):
    end_to_end: Tri = None
    validated_module: Tri = None
    provider_holds_keys: Tri = None
    storage_intentional: Tri = None
    # A modern cipher at 128 bits or more (AES, ChaCha20) is the "equally effective means" both carve-outs accept
    # besides a FIPS 140 module; DES, two-key Triple-DES or RC4 is not.
    strong_cipher: Tri = None


class Facts(BaseModel):
    """What is known about one transfer. Lists accumulate; a later statement corrects an earlier one."""

    regimes: list[str] = Field(default_factory=list)
    modes: list[str] = Field(default_factory=list)
    origin: str | None = None
    destinations: list[str] = Field(default_factory=list)
    storage_countries: list[str] = Field(default_factory=list)
    recipient_nationalities: list[str] = Field(default_factory=list)
    latest_nationality: str | None = None
    recipient_status: list[str] = Field(default_factory=list)
    recipient_in_origin: Tri = None
    classifications: list[str] = Field(default_factory=list)
    # ECCN paragraphs named ("9E610.y"): they decide the Country Chart lines an entry limits to some of its items
    paragraphs: list[str] = Field(default_factory=list)
    info_kinds: list[str] = Field(default_factory=list)
    info_status: list[str] = Field(default_factory=list)
    not_status: list[str] = Field(default_factory=list)
    encryption: Encryption = Field(default_factory=Encryption)
    red_flags: list[str] = Field(default_factory=list)
    uncertain_flags: list[str] = Field(default_factory=list)
    access_information: bool = False
    evasion: bool = False
    injection: bool = False
    in_country_only: bool = False
    home_destination: bool = False  # a place in the exporter's own country is named as where the data goes
    northern_ireland: bool = False  # the exporter is in Northern Ireland (EU dual-use rules, Windsor Framework)
    customs_exclaves: list[str] = Field(default_factory=list)  # Ceuta, Büsingen: outside the EU's customs territory
    encryption_mentioned: bool = False
    nationality_unknown: bool = False
    status_unknown: bool = False
    mode_unknown: bool = False
    influence_unknown: bool = False
    destination_undecided: bool = False
    storage_undecided: bool = False
    classification_unknown: bool = False
    publication_unknown: bool = False
    export_authorised: bool = False
    untouched: list[str] = Field(default_factory=list)  # "nothing touches the UK": places (or "EU") kept clear
    brokering: bool = False  # arranging a sale between other countries
    # UK-controlled dual-use technology (UK ECO 2008 Sch. 3), controlled only towards its entry's prohibited
    # destinations: the entries named ("PL9012"), and the destinations the asker says the entry does or does not name
    schedule_3: bool = False
    schedule_3_entries: list[str] = Field(default_factory=list)
    prohibited_destinations: list[str] = Field(default_factory=list)
    not_prohibited: list[str] = Field(default_factory=list)
    advanced_node_fab: bool = False  # a fab producing advanced-node ICs (15 CFR 744.6(c)(2))
    overhaul: bool = False  # overhaul or refurbishing, beyond the minimum repair technology
    us_origin: bool = False
    us_content_percent: float | None = None  # controlled U.S. content of a foreign-made item, in % (15 CFR 734.4)
    de_minimis_report: bool = False  # the one-time report foreign technology needs before relying on de minimis
    in_transit: bool = False  # only passing through the country between two others, never released there
    receiving_only: bool = False  # the writer's side only receives the technology and sends nothing on or out
    defense_article: bool = False  # an item the USML names as such (a missile, a howitzer, a fire-control system)
    military_training: bool = False  # training another country's armed forces (22 CFR 120.32(a)(3))
    excluded_by_notes: list[str] = Field(default_factory=list)  # list notes that take the named entry's case out
    publishing: bool = False  # the transfer asked about is making the information public
    decrypted_abroad: bool = False  # the traveller will open the data abroad (a release, 22 CFR 120.56(a)(4))
    academic: bool = False  # the research is done at a university (the ITAR's fundamental research, 22 CFR 120.34(a)(8))
    in_person_only: bool = False  # told face to face, with nothing sent, carried or transmitted
    not_required: bool = False  # shared unchanged with uncontrolled items: not 'required' for the listed one
    intra_group: bool = False  # the recipient is a subsidiary or sister company of the exporter
    space_agency_order: bool = False  # done on an order of ESA or a national space programme (EU Annex IV Part I)
    permanent_employee: bool = False  # a bona fide permanent and regular employee (15 CFR 734.20(b)-(c))
    foreign_licensee: bool = False  # a TAA signatory or DSP-5 licensee/end user abroad (22 CFR 126.18)
    visiting_staff: bool = False  # a customer's or foreign company's employees here on a visit: non-residents
    standard_hardware: bool = False  # data only for a spring, bushing, washer or fastener (22 CFR 120.41(b)(2))
    diversion_screening: bool = False  # the entity abroad screens staff for D:5 contacts (15 CFR 734.20(c))
    employment_unknown: bool = False  # whether the recipient is a permanent and regular employee is open
    identified_items: list[str] = Field(default_factory=list)  # "botulinum toxin: ECCN 1E001", named by what it is
    candidate_entries: list[str] = Field(default_factory=list)  # entries a named item falls in only past a threshold
    candidate_tests: list[str] = Field(default_factory=list)  # "ECCN 1C010: specific modulus above ...", the tests
    missed_entries: list[str] = Field(default_factory=list)  # entries whose thresholds the stated figures miss
    beyond_bloc: bool = False  # "a non-EU state", "a country outside the EU": leaves the union or regime, wherever
    sanctioned_software: bool = False  # an EAR99 software type 15 CFR 746.8(a)(8) licenses for Russia and Belarus
    no_end_use_concern: bool = False  # "the ministry never told us anything", "no red flags": nothing points to a misuse
    research_input: bool = False  # a sponsor's proprietary data handed to researchers (15 CFR 734.8(a) Note 1)
    cyber_surveillance: bool = False  # made to watch people covertly through their data (EU 2021/821 Art. 2(20))
    repression_concern: bool = False  # may serve internal repression or serious human-rights violations (Art. 5)
    annex_iv: list[str] = Field(default_factory=list)  # EU Annex IV entries: licensed even inside the EU
    not_annex_iv: bool = False  # "we checked: it is not in Annex IV"
    listed: bool = False
    transfer_verb: bool = False
    abroad: bool = False
    recipient_mentioned: bool = False
    domain_signal: bool = False

    def merge(self, newer: Facts) -> Facts:
        """Facts of the conversation so far updated with a later turn's facts.

        Lists are united, except where the later turn states a new value that replaces the old one
        (destination, nationality, classification, recipient status); single values are replaced
        when the later turn states them; a negated status removes the earlier positive one.
        """
        data = self.model_dump()
        new = newer.model_dump()
        replace = {
            "destinations",
            "recipient_nationalities",
            "classifications",
            "paragraphs",
            "recipient_status",
            "storage_countries",
        }
        for key, value in new.items():
            if key == "encryption":
                for sub, subvalue in value.items():
                    if subvalue is not None:
                        data["encryption"][sub] = subvalue
            elif isinstance(value, list):
                if value and key in replace:
                    data[key] = value
                else:
                    data[key] = list(dict.fromkeys([*data[key], *value]))
            elif isinstance(value, bool) and key in {
                "evasion",
                "injection",
                "domain_signal",
                "export_authorised",
                "brokering",
                "advanced_node_fab",
                "overhaul",
                "us_origin",
                "defense_article",
                "military_training",
                "in_transit",
                "receiving_only",
                "listed",
                "academic",
                "transfer_verb",
                "access_information",
                "abroad",
                "recipient_mentioned",
            }:
                data[key] = data[key] or value
            elif value is not None:
                data[key] = value
        data["info_status"] = [s for s in data["info_status"] if s not in new["not_status"]]
        data["not_status"] = [s for s in data["not_status"] if s not in new["info_status"]]
        return Facts.model_validate(data)


# What carries technology in a message: with one of these, a neighbouring topic is background, not the question.
_TECHNICAL_CONTENT = (
    r"(?i)\b(?:technical data|technolog\w*|drawings?|source code|know-how|design (?:docs?|documents?|files?|data|package)"
    r"|blueprints?|schematics?|specifications?|process (?:data|recipes?|sheets?)|CAD|firmware)\b"
)
# Where research is done: the ITAR counts fundamental research as public domain only at a university.
ACADEMIC = (
    r"(?i)\buniversit(?:y|ies)\b|\bcollege\b|\binstitutions? of higher (?:learning|education)\b|\bcampus\b"
    r"|\bprofessors?\b|\bfaculty\b|\b(?:grad|graduate|PhD|doctoral) students?\b"
)
NOT_ACADEMIC = r"(?i)\bnot (?:a |at a |an? )?(?:university|college|academic)|\b(?:corporate|company|in-house|industrial) research (?:cent(?:re|er)|lab|group)"
_US_RESIDENCY = r"(?i)green[- ]card|\bLPR\b|\b(?:U\.?S\.?|American|lawful) permanent resid|permanent resid\w* (?:of|in) the (?:US|U\.S\.|United States)"


def _matches(patterns: Iterable[tuple[Pattern, str]], text: str) -> list[str]:
    return list(dict.fromkeys(value for pattern, value in patterns if pattern.search(text)))


def strip_instructions(text: str) -> tuple[str, bool]:
    """Remove sentences that address the assistant instead of describing the transfer."""
    # A bracketed note addressed to a model ("[[ADMIN NOTE TO THE MODEL: ...]]") goes whole, however many sentences.
    unbracketed = compiled(NOTE_TO_MODEL).sub(" ", text)
    parts = split(r"(?<=[.!?\n])\s+", unbracketed)  # a line break ends an injected instruction too
    kept = [s for s in parts if not any(p.search(s) for p in INJECTION)]
    return " ".join(kept), len(kept) != len(parts) or unbracketed != text


# Technology said to be on a control list without its entry ("listed technology", "該当", "Annex I", "row 6").
_LISTED = (
    r"(?i)\b(?:ML|military)[- ]listed\b|\blist[- ]controlled\b|\blisted (?:[\w-]+ ){0,2}(?:item|items|technology|machine|goods|design)|\bfor (?:the|our|these|those) (?:[\w-]+ )?listed (?!entit|part|person|compan|individual|end[- ]user|price)\w+|\bstrategic (?:goods )?(?:technology|items?)\b|\bcontrolled (?:[\w-]+ ){0,3}(?:technology|know-how|source|software|documents?|design|data)\b|\bmilitary (?:list|(?:[\w-]+ ){0,2}(?:technology|design|know-how))|\b(?:on|in) the (?:\w+ ){0,4}(?:control list|appended table|military list|strategic items\)? order|strategic goods control list)|\bcategory \d[A-E]\b|\bAnnex I\b|\blicen[cs]e (?:is )?(?:needed|required) for (?:most|many|all|some|that|this|the)\b|\bclassified (?:\w+ ){0,2}as (?:needing|requiring) a licen[cs]e|\bexport[- ]controlled\b|(?<!非)該当|\bgait(?:ou|ō|o)\b|\b(?:SGCL|CCL|control[- ]list|Annex I|strategic|STA)[- ]listed\b|\bappended table,? (?:item|row) \d+|\blisted \((?:appended|別表|category|cat\.)"
    r"|\b(?:on|in) the (?:FEO|ETCO|METI|Foreign Exchange Order|Export Trade Control Order)(?:'s)? (?:\w+ )?list\b"
    r"|\blisted (?:under|in|on) (?:the )?(?:FEO|ETCO|Foreign Exchange Order|Export Trade Control Order|Strategic (?:Goods|Items) \w+"
    r"|Appended Table|Annex I|control list|Schedule [23]|Military List)\b"
)


# "Someone at a trade show told us carbon fiber stuff is export controlled": a rumour about a kind of goods, not
# what the writer's own classification says.
_HEARSAY = compiled(
    r"(?i)\b(?:(?:some(?:one|body)|a (?:friend|buddy|colleague|competitor|consultant|guy)|my (?:friend|buddy)|people|they)"
    r"(?: [\w-]+){0,4} (?:told|tells|said|says|claimed|claims|warned)|i(?:'ve| have)? (?:heard|read)|(?:we|i) were told|apparently|rumou?r)\b"
)


def _said_by_others(text: str, position: int) -> bool:
    """Whether the list mention at `position` only reports what someone else said of such goods, or asks whether
    it is so ("Is he carrying controlled technology?")."""
    opening = sentence_start(text, position, ".;?!")
    if _HEARSAY.search(text[opening:position]):
        return True
    closing = text.find("?", position)
    asked = closing != -1 and not search(r"[.;!]", text[position:closing])
    lead = r"(?i)^\W*(?:is|are|was|were) (?:it|this|that|these|those|he|she|they|we|I|the \w+)\b[^,;:]{0,30}$"
    return asked and search(lead, text[opening:position]) is not None


_PL = r"\bPL ?(?:8001|9\d{3})\b"  # a Schedule 3 entry: "PL9012", "PL 8001"
_PL_ENTRY = compiled(rf"(?i){_PL}")
_SCHEDULE_3 = compiled(
    rf"(?i)\bSchedule 3\b|\bSch\. 3\b|{_PL}|\bUK[- ]only (?:PL )?(?:entry|rating|control)|\bUK national (?:PL )?(?:rating|entry|control)"
    r"|\bUK[- ]controlled dual[- ]use\b"
)
_NOT_ON = r"(?i)\b(?:not|no|nor|neither|isn'?t|aren'?t|never)\s+(?:(?:in|on|under|listed in|rated under)\s+)?(?:the\s+)?(?:\w+\s+)?$"
_NONE_ON = r"(?i)\b(?:none of (?:it|them|these|this|which)|isn'?t|aren'?t|is not|are not|neither)\s+(?:(?:is|are)\s+)?(?:on|in|under|listed in)\b"
_PROHIBITED_SENTENCE = compiled(r"(?i)\bprohibited destinations?\b")
_NOT_AMONG = compiled(r"(?i)\b(?:do|does|did)(?:n'?t| not) (?:include|name|list|cover)|\bnot (?:among|one of|on)\b|\bexclud")


def _schedule_3(text: str) -> dict[str, object]:
    """UK-controlled technology (Schedule 3) and what is said of its entry's prohibited destinations: "the entry
    names Iran as its prohibited destination", "the prohibited destinations do not include Canada"."""
    # "not the Military List, not Schedule 3", "none of it is on the Military List, Schedule 3 or Annex I": a list named
    # to say the item is not on it
    def named_to_deny(m: re.Match[str]) -> bool:
        opening = sentence_start(text, m.start(), ".;?!")
        return bool(search(_NOT_ON, text[max(0, m.start() - 20) : m.start()]) or search(_NONE_ON, text[opening : m.start()]))

    if all(named_to_deny(m) for m in _SCHEDULE_3.finditer(text)):
        return {}
    prohibited: list[str] = []
    cleared: list[str] = []
    for sentence in sentences(text):
        if _PROHIBITED_SENTENCE.search(sentence):
            named = [c.name for c in find_countries(sentence)]
            (cleared if _NOT_AMONG.search(sentence) else prohibited).extend(named)
    entries = [m.group(0).replace(" ", "").upper() for m in _PL_ENTRY.finditer(text)]
    return {
        "schedule_3": True,
        "schedule_3_entries": list(dict.fromkeys(entries)),
        "prohibited_destinations": list(dict.fromkeys(prohibited)),
        "not_prohibited": list(dict.fromkeys(cleared)),
    }


_PARAGRAPH = compiled(r"(?i)\b(\d[A-E]\d{3}(?:\.[a-z0-9]{1,4})+)\b")


def extract_facts(question: str) -> Facts:
    """Facts stated in one message."""
    text, injected = strip_instructions(question)
    text = recase_places(text)
    countries = find_countries(text)
    places = find_places(text)
    origin, destinations, storage, nationalities = (
        places.origin,
        places.destinations,
        places.storage,
        places.nationalities,
    )
    unnegated_modes = compiled(NEGATED_MODES).sub(" ", text)  # "won't phone or e-mail anything" names no mode
    modes = _matches(MODES, unnegated_modes)
    if "employment" in modes and search(_NOT_EMPLOYED, text) and not search(r"(?i)\b(?:hire|hired|hiring|new hire)\b", text):
        modes = [m for m in modes if m != "employment"]  # "he is not employed by us, just a guest"
    unknown = unknown_facts(text)
    permanent_employee = (
        search(PERMANENT_EMPLOYEE, text) is not None
        and search(NOT_AN_EMPLOYEE, text) is None
        and "employment_unknown" not in unknown
    )
    if (permanent_employee or "employment_unknown" in unknown) and "employment" not in modes:
        modes = [*modes, "employment"]  # "she joined in January on a permanent contract" is a hire, however worded
    info_kinds = _matches(INFO_KINDS, _without_negated_items(text))
    sanctioned_software = search(SANCTIONED_SOFTWARE, text) is not None
    if sanctioned_software and "software" not in info_kinds:
        info_kinds.append("software")  # "a CAM package for 20 seats": the product is software
    beyond_bloc = search(BEYOND_BLOC, text) is not None
    nationality_unknown = "nationality_unknown" in unknown
    if search(AT_OUR_SITE, text) and not set(modes) & SEND_MODES and not nationality_unknown:
        # Visitors shown the technology on our premises: their company's country is who they are
        # (presumed nationality), not a place the data goes.
        modes = list(dict.fromkeys([*modes, "visit"]))
        nationalities = list(dict.fromkeys([*nationalities, *destinations]))
        destinations = []
    # "Georgia" alone is the country or the U.S. state: a U.S. exporter's partner "in Georgia" may be either.
    georgia_open = "Georgia" in destinations and origin in (None, "United States") and not search(_GEORGIA_SETTLED, text)
    if georgia_open and "United States" not in destinations:
        destinations = [*destinations, "United States"]
    not_recipient = set(_matches(NEGATED_RECIPIENT_STATUS, text))
    if search(STRONG_US_PERSON, text):
        not_recipient.discard("us_person")  # "a US passport", "citizen by birth" outweigh a label such as 'non-U.S.'"
    status = [s for s in _matches(RECIPIENT_STATUS, text) if s not in not_recipient]
    residency = foreign_residency(text)
    if residency and "permanent_resident" in status and not search(_US_RESIDENCY, text):
        # A Singapore PR is a foreign person whose residency counts like a citizenship (15 CFR 734.13(b)).
        status = [s for s in status if s != "permanent_resident"]
        nationalities = list(dict.fromkeys([*nationalities, *residency]))
    if "status_unknown" in unknown and not search(STRONG_US_PERSON, text):
        # "Could be a green card, could be an EAD": a status named as a possibility is not a status.
        status = [s for s in status if s not in {"permanent_resident", "protected_individual", "us_person"}]
    if not_recipient and not status:
        status = ["foreign_person"]  # "green card pending", "not a U.S. citizen": a foreign person until granted
    if foreign_employer(text, places.origin):
        status = list(dict.fromkeys([*status, "foreign_influence"]))
    if len(nationalities) >= 2 or "dual_national" in status:
        status = list(dict.fromkeys([*status, "dual_national"]))
    if nationalities and not {"us_person", "permanent_resident", "protected_individual"} & set(status):
        status = list(dict.fromkeys([*status, "foreign_person"]))
    not_status = _matches(NEGATED_STATUS, text)
    info_status = [s for s in _matches(INFO_STATUS, text) if s not in not_status]
    classifications: list[str] = []
    for mention in find_mentions(text):
        family = parse(mention).family
        if family in {"eccn", "ear99", "usml", "eu-annex", "wa-entry", "wa-ml"}:
            classifications.append(mention)
    if search(r"(?i)\b(?:ITAR[- ]controlled|defen[cs]e article|USML)\b", text) and not any(
        c.startswith("USML") for c in classifications
    ):
        classifications.append("USML")
    if search(
        r"(?i)\bnot (?:sure|certain) (?:of |about )?(?:the |its )?(?:classification|eccn)|unclassified item|don'?t know (?:the |its )?(?:classification|eccn)|no (?:eccn|classification)\b",
        text,
    ):
        classifications = [c for c in classifications if c == "USML"]
    # "Our compliance intern says anything 'MMIC' is 3A001 ... Is that right?": a classification someone else
    # asserts and the writer questions is the question, not a fact; the item's own test decides
    doubted: list[str] = []
    if search(_DOUBTED, text):
        said = set(find_mentions(" ".join(x for x in sentences(text) if search(_ASSERTED_BY_OTHERS, x))))
        doubted = [c for c in classifications if c in said]
        classifications = [c for c in classifications if c not in said]
    denied = set(find_mentions(" ".join(m.group(0) for m in compiled(_NOT_ENTRY).finditer(text))))
    if denied and set(classifications) - denied:
        classifications = [c for c in classifications if c not in denied]  # "9E991 (not 9E610)"
    unlisted = search(UNLISTED, text) is not None
    if unlisted and classifications:
        # "It isn't in Annex I (we checked 5A001.j and 5D001.e)": entries named as checked are what it is not.
        checked = " ".join(
            x for x in sentences(text) if search(UNLISTED, x) or search(r"(?i)\bchecked\b", x)
        )
        named_checked = set(find_mentions(checked))
        classifications = [c for c in classifications if c not in named_checked]
    if not classifications and unlisted:
        classifications.append("EAR99")  # "nothing on the CCL", "not on the control list": subject but unlisted
    # "no US-origin content", "non-ITAR": a regime said not to be in play is not named
    regimes = _matches(REGIME_WORDS, compiled(_NO_REGIME).sub(" ", text))
    if search(_NOT_ON_USML, text):
        # "DDTC determined the heater is not on the USML": an old ITAR legend or a CJ request does not make it ITAR
        regimes = [r for r in regimes if r != "US-ITAR"]
        classifications = [c for c in classifications if not c.startswith("USML")]
    classification_unknown = bool(
        search(
            r"(?i)\b(?:not sure|unsure|unclear|don'?t know|do not know|no idea|never checked|haven'?t checked|have not checked|not (?:yet )?checked|nobody (?:has|have) (?:yet )?(?:worked out|checked|determined))\b[^.?]{0,30}\b(?:whether|if|how|which)\b[^.?]{0,40}\b(?:ITAR|EAR|classif|listed|controlled|ECCN|USML|jurisdiction|strategic|600[- ]series|Annex I|control list)"
            r"|\b(?:hasn'?t|has not|haven'?t|have not|not yet|never) (?:been )?classified\b|\bcould be EAR ?99,? (?:or )?could be\b"
            # "nobody here has ever checked them against the dual-use list", "we never filed a CJ"
            r"|\b(?:nobody|no one|never|not yet|haven'?t|have not|hasn'?t|has not)\b(?: \w+){0,3}? (?:checked|assessed|screened|reviewed|compared|rated)\b[^.?]{0,40}\bagainst (?:the |any |a |our )?(?:[\w()'-]+ ){0,5}?(?:lists?|order|annex|CCL|USML|SGCL|schedules?)\b"
            r"|\bnever (?:filed|requested|submitted|asked for|got) (?:a |an |any )?(?:CJ|CCATS|CLC|commodity jurisdiction|classification)\b"
            r"|\b(?:CLC|classification|CCATS|CJ|commodity jurisdiction|rating) (?:request|application|query)\b[^.]{0,40}\b(?:pending|still|sitting|waiting|not (?:yet )?(?:back|decided|answered))"
            r"|\b(?:filed|submitted|requested|sent in|lodged) (?:a |the |our )?(?:CJ|CCATS|CLC|commodity jurisdiction(?: request)?|classification request)\b[^.?]{0,60}\b(?:hasn'?t|has not|haven'?t|have not|not yet|no answer|still|pending|waiting)\b",
            text,
        )
    )
    classification_unknown = classification_unknown or "classification_unknown" in unknown
    if classification_unknown:
        # "our Cat. XII sight ... I haven't seen this version of the deck": what is open is whether this content is
        # caught, not which regime the item falls under, so a named USML category still brings in the ITAR
        if any(c.startswith("USML") for c in classifications) and "US-ITAR" not in regimes:
            regimes.append("US-ITAR")
        classifications = []
    # An item named by what it is ("botulinum toxin", "a torpedo"): the entry that lists it, in the exporter's
    # numbering; an item listed only past a threshold leaves the classification open, with the test to apply.
    numbering = _numbering(origin, regimes)
    if not classifications and not classification_unknown and numbering == "WA":
        classifications = _military_component(text)
    named = [] if classifications or classification_unknown else [i for i in named_items(text) if i.speaks_to(text)]
    overhaul = search(OVERHAUL, text) is not None
    identified = [(item, entry) for item in named if (entry := item.entry_for(numbering, overhaul))]
    # A row with a measurable test is settled by the figures the question states ("specific modulus about
    # 16 x 10^6 m"): met, the item is in the entry; failed where nothing else lists it, it is unlisted.
    verdicts = [(item, entry, True if item.by_name else item.meets(text)) for item, entry in identified]
    if doubted and all(met is None for *_, met in verdicts):
        classifications = [*classifications, *doubted]  # no item test settles it: the entry named is what to check
        verdicts = []
    classifications = classifications or list(dict.fromkeys(entry for _, entry, met in verdicts if met))
    candidates = [(item, entry) for item, entry, met in verdicts if met is None]
    missed: list[str] = []
    if not classifications and not candidates and any(met is False for *_, met in verdicts):
        missed = list(dict.fromkeys(entry for _, entry, met in verdicts if met is False))
        # below every threshold that would list it: a lower entry (3A991, AT only; 1C210), or unlisted
        lower = [e for item, _, met in verdicts if met is False and (e := item.below_entry(text, numbering))]
        classifications = list(dict.fromkeys(lower)) or ["EAR99"]
    # pizza ovens and furniture are on no control list; signing and integrity are not data confidentiality (5A002 TN 1),
    # also when the Category 5 Part 2 entry is named only to ask it ("a signing scheme, no encryption: is that 5.E.2?")
    open_item = not classifications and not classification_unknown and bool(modes or destinations)
    asks_cat5 = bool(classifications) and all(search(_CAT5_PART2, c) for c in classifications)
    if (open_item and not named and _ordinary_goods(text)) or ((open_item or asks_cat5) and _authentication_only(text)):
        classifications, unlisted = ["EAR99"], True
    # "Nobody can tell me yet whether the files get encrypted client-side or whether we'd rely on
    # Microsoft-managed keys": encryption named as an open question states none of its properties.
    if not classifications and not classification_unknown and not unlisted:
        classifications = _security_entries(text, info_status, info_kinds, _numbering(origin, regimes))
    known = "" if "encryption_open" in unknown else text
    encryption = Encryption(
        end_to_end=_tri(
            known,
            r"end[- ]to[- ]end|e2ee|client[- ]side encrypt|encrypted (?:\w+ )?client[- ]side|encrypt(?:ed)? (?:\w+ )?(?:locally|on our side|before upload)|zero[- ]knowledge",
            r"(?:not|isn't|aren't|without|no) (?:\w+ ){0,2}(?:end[- ]to[- ]end|e2ee)|only (?:encrypted )?(?:at rest|in transit)|server[- ]side encryption|(?:encryption is|encrypted|encryption) (?:only )?at rest|at[- ]rest encryption"
            r"|\b(?:not|isn'?t|aren'?t|wasn'?t|never) (?:\w+ )?encrypted\b|\bunencrypted\b|\b(?:no|without (?:any )?)encryption\b|\bin plain ?text\b",
        ),
        validated_module=_tri(
            known,
            r"fips\s*140|fips[- ]validated|validated (?:crypto|module|encryption|cryptograph)|crypto(?:graphic)? module (?:is |that is )?(?:fips )?validated",
            r"not fips|non[- ]fips|without fips|never (?:been )?fips|not (?:\w+ )?validated|never (?:been )?validated",
        ),
        strong_cipher=_tri(
            known,
            r"\bAES(?:[- ]?(?:128|192|256))?\b|\b(?:X?ChaCha20|Camellia|Twofish|Serpent)\b|\b(?:128|192|256)[- ]bit (?:keys?|AES|encryption)",
            r"\b(?:two[- ]key |2-key )?(?:triple[- ]DES|3DES|TDEA)\b|(?<![\w-])DES\b|\bRC4\b|\b(?:40|56|64)[- ]bit\b",
        ),
        provider_holds_keys=_tri(
            known,
            r"(?:provider|cloud company|hosting company|host|cloud|microsoft|google|amazon|aws|they)\b[^.]{0,20}\bcan (?:decrypt|read|access the plaintext)|(?:provider|vendor|cloud|microsoft|google|amazon|aws|box|dropbox|oracle|ibm|alibaba|they)\s+(?:\w+\s+){0,3}(?:hold|holds|has|have|keep|keeps|manage|manages|control|controls)\s+(?:\w+\s+){0,2}keys?|(?:provider|microsoft|google|amazon|aws|vendor|platform)[- ]managed (?:encryption )?keys|keys? (?:are|is) (?:\w+ )?(?:provider|microsoft|google|amazon|aws|vendor|platform)[- ]managed|keys? (?:are )?(?:held|managed|kept) by (?:the )?(?:provider|vendor|cloud)"
            # "the vendor's service unwraps the data key inside their platform": the third party gets the means of
            # decryption whoever generated the root key (15 CFR 734.18(b))
            r"|\b(?:vendor|provider|platform|service|cloud)(?:'s)?\b[^.]{0,40}\bunwraps?\b"
            # "the vendor holds an escrowed copy of our decryption key", "IT switched on the vendor's key recovery"
            r"|\b(?:vendor|provider|platform|cloud|host)\w*\b (?:\w+ ){0,2}(?:holds?|has|keeps?|stores?) (?:an? |the )?escrow\w*"
            r"|\b(?:switched|turned) on (?:the )?(?:vendor|provider|platform|cloud)\w*(?:'s)? key[- ](?:recovery|escrow)\b"
            r"|\bescrow\w* (?:copy |copies )?(?:of (?:our |the )?(?:decryption |encryption )?keys? )?(?:with|at|held by|to) (?:the )?(?:vendor|provider|cloud|host)",
            r"(?:only )?(?:we|i|our (?:\w+ ){0,2}(?:team|company|staff|engineers|people|employees|admins|it department)) (?:\w+ ){0,2}(?:hold|holds|keep|keeps|manage|manages|control|controls|have|has) (?:\w+ ){0,2}(?:keys|key)\b|customer[- ]managed keys|keys? never leave|\bonly (?:our )?(?:US |U\.S\. )?(?:staff|team|engineers|employees|people|admins) (?:have|hold|keep|control|has)\b|(?:provider|host|cloud company|vendor) (?:never|doesn't|does not|can't|cannot|can not) (?:gets?|have|has|hold|holds|see|sees|decrypt|access)|we alone hold|provider (?:has|holds) no (?:access|keys)|\bkeys? (?:stays?|remains?|is kept|are kept) (?:\w+ ){0,2}with (?:us|our|me)\b|\bkeys? (?:stays?|remains?|is held|are held|sits?) (?:in|at) (?:an?|our|the) (?:\w+ ){0,2}(?:office|hq|headquarters|hsm|vault)|\b(?:can'?t|cannot|never) (?:reach|access|get|see) (?:the |those |our )?keys?\b|\bkeys?\b[^.]{0,60}\b(?:can'?t|cannot|never) (?:reach|access|get to)\b",
        ),
        storage_intentional=_tri(
            known,
            r"(?:we )?(?:chose|choose|select(?:ed)?|picked|pin(?:ned)?|deliberately|intentionally)\b[^.]{0,40}\b(?:region|server|data ?cent(?:er|re)|store|storage)",
            r"(?:provider|cloud|vendor) (?:decides|chooses|picks)|(?:don'?t|do not) (?:know|control|choose) (?:where|which region)|(?:not|never) intentionally|incidental|in transit|routed through",
        ),
    )
    if encryption.end_to_end is None and encryption.provider_holds_keys is False and search(r"(?i)encrypt|\bAES\b", text):
        encryption.end_to_end = True  # no third party holds the means of decryption: the 734.18(b)/120.54(b) test
    if search(
        r"(?i)\b(?:open to (?:the )?public|public conference|(?<!whether )(?<!\bif )any(?:one|body) can (?:attend|register|clone|download)|any(?:one|body) with (?:a |an )?(?:free )?(?:[\w-]+ )?(?:badge|ticket|pass) can (?:walk in|attend|come|join)|open (?:\w+ ){0,2}(?:conference|meeting|symposium|workshop|session)|open registration|open to anyone)",
        text,
    ):
        info_status = list(dict.fromkeys([*info_status, "open_conference"]))
    flags, uncertain = [], []
    for sentence in sentences(compiled(NEGATED_FLAGS).sub(" ", text)):
        if search(SCREENED_CLEAN, sentence):
            continue  # "screened against the Entity List: no match" names the list to say the party is not on it
        found = _matches(RED_FLAGS, sentence)
        hedged = HEDGES.search(sentence) and not OWN_KNOWLEDGE.search(sentence)
        (uncertain if hedged else flags).extend(found)
    if END_USE_UNKNOWN.search(text):
        # "We can't tell what the plant really produces": what the flags point to is a suspicion, not knowledge.
        uncertain = [*flags, *uncertain] if not OWN_KNOWLEDGE.search(text) else uncertain
        flags = flags if OWN_KNOWLEDGE.search(text) else []
        if not flags:
            uncertain.append("end_use_unknown")
    if "screening_open" in unknown and "listed_party" in flags:
        flags.remove("listed_party")  # "a partial hit we can't yet confirm": a possible listed party
        uncertain.append("listed_party")
    if "screening_open" in unknown and not flags:
        uncertain.append("unscreened_party")  # "we did not screen them yet"
    if "end_use_unknown" in unknown and not OWN_KNOWLEDGE.search(text):
        # "The distributor swears it is for tractors, an article says missiles; I don't know whom to believe":
        # an end use the writer says is still open is a fact to establish, not a red flag already known
        uncertain.extend(f for f in flags if f in END_USE_FLAGS)
        flags = [f for f in flags if f not in END_USE_FLAGS]
    if "end_use_unknown" in unknown and not flags:
        uncertain.append("end_use_unknown")  # "we asked for an end-user statement and are still waiting"
    flags, uncertain = list(dict.fromkeys(flags)), [u for u in dict.fromkeys(uncertain) if u not in flags]
    embargoed = [p for p in destinations if (c := find_countries(p)) and c[0].groups & EMBARGO_GROUPS]
    if embargoed:
        flags = list(dict.fromkeys([*flags, "embargoed_destination"]))
    ask = " ".join(_asking_sentences(text))
    # What is asked decides, unless the asking sentence itself names a control-list entry.
    # Off-topic when the asking sentence is, or when the text is and describes no transfer at all.
    no_transfer = not (modes or destinations or classifications or nationalities or storage)
    neighbouring = any(p.search(text) for p in NOT_EXPORT_CONTROL)
    unrelated = (
        # a word quoted in the ask is talked about, not asked about: "should it be 're-export' with a hyphen?"
        (
            any(p.search(ask) for p in NOT_EXPORT_CONTROL)
            and not find_mentions(ask)
            and not search(_CONTROL_ASK, compiled(_QUOTED).sub(" ", ask))
        )
        or (no_transfer and neighbouring)
        # A neighbouring topic in the message, and an ask that names no control concept or list entry.
        or (
            neighbouring
            and not find_mentions(text)
            and not search(_CONTROL_ASK, ask)
            and not search(r"(?i)\bexport(?:ed|ing)?\b|\btechnology\b|\btechnical data\b", ask)
            and not search(_TECHNICAL_CONTENT, text)
        )
        or (not _english(text) and not find_mentions(text))
    )
    transfer_verb = bool(
        search(
            r"(?i)\b(?:send\w*|shar\w+|share|giv\w+|give|needs?|access\w*|see|join\w*|present\w*|talk\w*|show\w*|provid\w+|transfer\w*|e-?mail\w*|forward\w*|upload\w*|swap\w*|read|transmit\w*|exchang\w+)\b",
            text,
        )
    )
    listed = not unlisted and any(not _said_by_others(text, m.start()) for m in compiled(_LISTED).finditer(text))
    kinds_said = set(_matches(INFO_KINDS, text))  # every kind named, negated or not, as the domain test has always read it
    domain = not unrelated and bool(
        classifications
        or (identified and transfer_verb)
        or regimes
        or any(p.search(text) for p in DOMAIN_TERMS)
        or (
            (modes or transfer_verb)
            and (countries or nationalities or destinations or origin)
            and ARTIFACTS.search(text) is not None
        )
        or (bool(info_status) and bool(destinations or nationalities))
        # "our 該当 sensor technology", "the army's 155 mm programme" with someone to coach or send to
        or (bool(listed or flags) and bool(modes or transfer_verb))
        # a release at home: "hand the new intern the curing process sheets", "a tour through the Navy-program bay"
        or (
            bool(set(modes) & {"employment", "visit"})
            and (
                search(TECHNICAL_PAPERS, text) is not None
                or search(DEFENSE_ARTICLES, text) is not None
                or bool(kinds_said & {"development", "production", "source_code", "technical"})
            )
        )
        or (
            bool(kinds_said & {"development", "production", "use", "source_code", "technical"})
            and search(
                r"(?i)\b(?:send|forward|shar|transfer|giv|email|e-mail|upload|show|provid|exchang|transmit)", text
            )
            is not None
        )
    )
    return Facts(
        regimes=regimes,
        modes=modes,
        origin=origin,
        destinations=list(dict.fromkeys(destinations)),
        storage_countries=list(dict.fromkeys(storage)),
        recipient_nationalities=nationalities,
        recipient_status=status,
        recipient_in_origin=_tri(
            text,
            rf"\b(?:{US_PLACES}|in the (?:US|U\.S\.|United States)|here in|at our (?:US|U\.S\.)? ?(?:plant|site|lab|office|facility)|onsite|on-site|visiting (?:our|the) (?:plant|site|facility|lab))",
            r"\b(?:abroad|overseas|offshore)\b",
        )
        if (nationalities or status)
        else None,
        classifications=list(dict.fromkeys(classifications)),
        info_kinds=info_kinds,
        info_status=info_status,
        not_status=not_status,
        encryption=encryption,
        red_flags=flags,
        uncertain_flags=uncertain,
        # "the helpdesk never gets the keys": key custody stated to keep the data closed is no handover
        access_information=not search(
            r"(?i)\b(?:never|not|no|n't|without)\b (?:\w+ ){0,2}(?:the |any |our )?(?:decryption |encryption )?keys?\b", text
        )
        and bool(
            search(
                r"(?i)\b(?:decryption |encryption |software |license |licence )?keys?\b[^.]{0,30}\b(?:by text|by sms|by email|to (?:him|her|them))|\b(?:send|give|share|text|read|tell|hand)\w* (?:\w+ ){0,4}(?:decryption key|password|passphrase|access (?:credentials|information)|software key)"
                r"|\b(?:ask|asks|asked|asking|want|wants|request|requests|requested|requesting|need|needs)\b (?:\w+ ){0,3}(?:for )?(?:the |our |a )?(?:decryption keys?|admin passwords?|passwords?|passphrases?|access credentials|(?:HSM|master|root) keys?)\b"
                # "their admins would get the KMS keys"
                r"|\b(?:get|gets|receive|receives|be given|are given|is given)\b (?:access to )?(?:the |our |its )?(?:KMS|decryption|encryption|master|root|HSM|private) keys?\b",
                text,
            )
        ),
        evasion=_evasion(text),
        nationality_unknown=nationality_unknown,
        status_unknown="status_unknown" in unknown,
        mode_unknown="mode_unknown" in unknown,
        influence_unknown="influence_unknown" in unknown,
        destination_undecided="destination_undecided" in unknown or georgia_open,
        storage_undecided="storage_undecided" in unknown,
        encryption_mentioned=search(r"(?i)\bencrypt|\bFIPS\b|\bAES\b|\bvault\b", text) is not None,
        home_destination=places.home_destination,
        northern_ireland=places.northern_ireland,
        customs_exclaves=[t for t in OUTSIDE_EU_CUSTOMS if search(rf"\b{t}\b", text)],
        in_country_only=bool(
            search(
                r"(?i)\b(?:between|among(?:st)?) (?:themselves|each other|the two of them|only (?:U\.?S\.? )?(?:persons|citizens|staff))\b|\bwith each other\b|\bwithin (?:the same|that) (?:foreign )?country\b|\bin-country\b"
                # "a file server only the two of them can open": nobody else there gets at it
                r"|\bonly (?:the two of them|they|those two|the (?:two|three) (?:of them|engineers)|US persons|U\.S\. persons) (?:can|could|will be able to) (?:open|access|see|read)\b"
                # "in a locked room with no Japanese staff around": nobody but the two of them
                r"|\b(?:with )?no (?:[\w-]+ )?(?:staff|employees|people|persons|nationals|personnel|engineers|foreigners) (?:\w+ )?(?:around|present|in the room|nearby|copied|cc'?d|on copy|included)\b"
                # "No Germans will see them", "no foreign persons get access"
                r"|\bno (?:(?-i:[A-Z][a-z]+s)|foreigners|foreign (?:persons|nationals)|locals|one else) (?:will|can|would|gets?|get) (?:ever )?(?:see|access|read|get|have access)\b",
                text,
            )
        ),
        classification_unknown=classification_unknown,
        academic=search(ACADEMIC, text) is not None and search(NOT_ACADEMIC, text) is None,
        decrypted_abroad="hand_carry" in modes and _opened_abroad(text),
        identified_items=[f"{item.names[0]}: {entry}" for item, entry in identified],
        candidate_entries=list(dict.fromkeys(entry for _, entry in candidates)),
        candidate_tests=[f"{entry}: {item.threshold}" for item, entry in candidates],
        missed_entries=missed,
        sanctioned_software=sanctioned_software,
        research_input=search(RESEARCH_INPUT, text) is not None,
        no_end_use_concern=not flags and search(NO_END_USE_CONCERN, text) is not None,
        cyber_surveillance=search(CYBER_SURVEILLANCE, text) is not None,
        repression_concern=search(REPRESSION, text) is not None,
        publication_unknown="publication_unknown" in unknown
        or bool(
            search(
                r"(?i)\b(?:can'?t|cannot|don'?t|do not) (?:remember|recall|tell|know)\b[^.?]{0,40}\b(?:whether|if)\b[^.?]{0,60}\b(?:open|public|published|restricted)"
                r"|\bwhether (?:we'll|we will|we|they|to) (?:actually )?publish\b"
                r"|\b(?:not sure|unsure|unclear|nobody has confirmed|no one has confirmed|don'?t know|unknown|not confirmed)\b[^.?]{0,40}\bwhether\b[^.?]{0,80}\bpublicat"
                # a public-release review asked for and not yet answered
                r"|\b(?:public[- ]release|prepublication|pre-publication|clearance) review\b[^.?]{0,60}\b(?:no answer|no reply|no decision|"
                r"pending|not (?:yet )?(?:back|approved|cleared|decided)|still waiting|haven'?t heard)",
                text,
            )
            or (
                "published" in info_status
                and search(
                    r"(?i)\b(?:but|however|though)\b[^.?]{0,40}\b(?:can'?t|cannot|couldn'?t|unable to) (?:find|confirm|verify|locate)|\bnobody (?:will|can|could) confirm",
                    text,
                )
            )
            or _publication_unverified(text, info_status, not_status)
        ),
        us_origin=search(US_ORIGIN, text) is not None,
        us_content_percent=_us_content(text),
        de_minimis_report=search(DE_MINIMIS_REPORT, text) is not None,
        defense_article=search(DEFENSE_ARTICLES, text) is not None,
        military_training=_trains_foreign_forces(text, origin),
        # a note that takes the technology out of the entry it may fall in settles it as well as a named entry
        excluded_by_notes=[n.note for n in excluding_notes(text, classifications or [e for _, e in candidates])],
        in_transit=search(IN_TRANSIT, text) is not None,
        receiving_only=search(RECEIVING_ONLY, text) is not None,
        # told face to face: an oral exchange in the room is no call, but a phone or video link is
        in_person_only=search(IN_PERSON, text) is not None
        and not (set(modes) - {"call"}) & SEND_MODES
        and REMOTE_CALL.search(unnegated_modes) is None,
        intra_group=search(INTRA_GROUP, text) is not None,
        not_required=search(NOT_REQUIRED, text) is not None,
        space_agency_order=search(SPACE_AGENCY_ORDER, compiled(NEGATED_SPACE_AGENCY).sub(" ", text)) is not None,
        permanent_employee=permanent_employee,
        foreign_licensee=search(FOREIGN_LICENSEE, text) is not None,
        visiting_staff="visit" in modes and search(VISITING_STAFF, text) is not None,
        standard_hardware=search(STANDARD_HARDWARE, text) is not None and search(NOT_ONLY_HARDWARE, text) is None,
        diversion_screening=search(DIVERSION_SCREENING, text) is not None,
        employment_unknown="employment_unknown" in unknown,
        publishing=search(PUBLISHING_ACT, text) is not None,
        latest_nationality=places.latest_nationality,
        annex_iv=_annex_iv(classifications, info_kinds, text),
        not_annex_iv=search(NOT_ANNEX_IV, text) is not None,
        untouched=_untouched(text),
        brokering=search(BROKERING, text) is not None,
        overhaul=overhaul,
        advanced_node_fab=search(ADVANCED_NODE, text) is not None and search(FAB, text) is not None,
        export_authorised=bool(
            search(
                r"(?i)\b(?:exported|exports?|shipped|sold|delivered|went|left|bought|purchased)\b(?:[^.]|\.(?=\w)){0,120}\b(?:under|with) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:permit|permission|licen[cs]e|authori[sz]ation)|\b(?:permitted|licensed|authori[sz]ed) (?:\w+ ){0,2}(?:shipment|export|delivery)|\blawfully exported|\bwhose export (?:was|has been|is) authori[sz]ed|\bexport (?:was|has been) (?:licensed|authori[sz]ed|approved)"
                r"|\bwith the export (?:licen[cs]e )?(?:approved|authori[sz]ed|licensed)\b"
                # "exported a thermal imager (6A003, individual licence granted)"
                r"|\b(?:exported|shipped|sold|delivered)\b[^.]{0,80}\blicen[cs]e (?:was |had been |has been )?(?:granted|approved|issued)\b",
                text,
            )
        ),
        **_schedule_3(text),
        listed=listed,
        paragraphs=list(dict.fromkeys(m.group(1)[:5].upper() + m.group(1)[5:].lower() for m in _PARAGRAPH.finditer(text))),
        recipient_mentioned=bool(
            search(
                r"(?i)\b(?:our|a|an|the|my|their|his|her) (?:[\w-]+ ){0,2}(?:engineers?|hires?|interns?|visitors?|delegation|colleagues?|partners?|contractors?|subcontractors?|customers?|suppliers?|vendors?|teams?|employees?|staff|subsidiar(?:y|ies)|professors?|students?|researchers?|distributors?|clients?|buyers?|affiliates?)\b",
                text,
            )
        ),
        abroad=bool(
            search(
                r"(?i)\b(?:abroad|overseas|offshore)\b|\b(?:in|to) (?:another|a (?:different|third|foreign)) country\b|\bforeign (?:[\w-]+ )?(?:country|customer|partner|buyer|company|assembler|supplier|subcontractor|contractor|manufacturer|distributor|licensee|firm|plant|factory|client|integrator|foundry|shipyard|yard|university|institute|lab)s?\b|\bin the (?:Gulf|Middle East)\b|\bin (?:Asia|Africa|Latin America|South America)\b",
                text,
            )
            or beyond_bloc
        ),
        beyond_bloc=beyond_bloc,
        transfer_verb=transfer_verb,
        injection=injected,
        domain_signal=domain,
    )


# An asking sentence that names a control concept is an export-control question whatever else it asks.
_QUOTED = r"(?<!\w)['\"‘“].{1,120}?['\"’”](?!\w)"
_CONTROL_ASK = (
    r"(?i)\b(?:export[- ]controll?ed|controlled|licen[cs]e (?:needed|required)|need (?:a |an )?(?:licen[cs]e|permit|authori[sz]ation)"
    r"|ITAR|EAR\b|ECCN|deemed export|re-?export|SIEL|DSP-5|TAA\b|METI permission|STA permit|役務取引許可"
    r"|非?該当|特定類型|みなし輸出|specific categor(?:y|ies))"
)

def _annex_iv(classifications: list[str], kinds: list[str], text: str) -> list[str]:
    """Annex IV entries of the named technology; when only goods are named, those of the goods' technology."""
    named = [e.code for c in classifications if (e := annex_iv(c, text))]
    if named or any(product_group(c) in ("D", "E") for c in classifications):
        return named
    return list(dict.fromkeys(e.code for c in classifications for e in annex_iv_for_goods(c, kinds)))


_FOREIGN_WORDS = compiled(r"(?i)\b(?:foreign|overseas|(?:south|latin|central) american|african|asian|middle eastern|gulf)\b")


# Information whose public status rests on an unverified source: slides "from last year's talk" (public or private
# session?), a paper someone says was "cleared" (for public release, or only for limited distribution?), a manual
# "found on some website" (posted by whom?).
_UNVERIFIED_PUBLIC = (
    r"(?i)\b(?:slides?|deck|recording|handouts?|poster)\b (?:from|of) (?:last (?:year|month|week)'s|my|our|his|her|the|that) "
    r"(?:[\w-]+ ){0,2}?(?:talk|presentation|keynote|lecture|seminar|webinar)\b"
    r"|\b(?:says?|said|claims?|told (?:me|us))\b[^.?!]{0,60}['‘\"“](?:cleared|approved|public|released)['’\"”]"
    r"|\bfound (?:it |this |them |an? |the )?[^.?!]{0,60}\b(?:on|at) (?:some|an?) (?:random )?(?:website|web ?site|forum|site)\b"
)


def _publication_unverified(text: str, info_status: list[str], not_status: list[str]) -> bool:
    """Whether the information's public status rests on hearsay or an unofficial copy, with nothing else settling it."""
    status = set(info_status)
    if {"open_conference", "proprietary"} <= status:
        return True  # "marketing remembers open registration; the contract says NDA only": the record disagrees
    settled = {"open_conference", "proprietary", "fundamental_research"} & status or not_status
    return not settled and search(_UNVERIFIED_PUBLIC, text) is not None


# Everyday consumer and commercial goods that no control list names, whose technology is unlisted (EAR99 in the US):
# furniture, food and catering equipment, beverage lines, clothing, toys, fare collection.
_ORDINARY_GOODS = (
    r"(?i)\b(?:flat-?pack furniture|furniture|sofas?|mattress(?:es)?|kitchen cabinets?|(?:pizza|bakery|baking|deck) ovens?"
    r"|espresso machines?|coffee machines?|dishwashers?|bottling lines?|brewer(?:y|ies)|bakery"
    r"|garments?|clothing|apparel|footwear|shoes|toys?|board games?|cosmetics|shampoo|bicycles?|ticket validators?"
    r"|fare (?:collection|validators?)|vending machines?|musical instruments?|pianos?|guitars?|jewell?ery|candles?)\b"
)
# Words that put an ordinary product next to something listed or sensitive: then nothing is presumed.
_NOT_ORDINARY = (
    r"(?i)\b(?:military|defen[cs]e|army|navy|armou?r|ballistic|weapon|missile|nuclear|encrypt\w*|crypt\w*|drone|uav"
    r"|radar|laser|infrared|thermal imag\w*|night vision|satellite|space|aerospace|ECCN|USML|Annex I|listed|該当)\b"
)


def _ordinary_goods(text: str) -> bool:
    """Whether the item is an everyday product no control list names, with nothing sensitive said about it."""
    sensitive = [
        m for m in compiled(_NOT_ORDINARY).finditer(text)
        if not search(r"(?i)\b(?:no|not|nothing|without|non|zero)\b[^.,;]{0,25}$", text[max(0, m.start() - 40) : m.start()])
    ]  # "no encryption of any kind", "nothing military about it" say the opposite
    return search(_ORDINARY_GOODS, text) is not None and not sensitive


# Cryptography that only authenticates, signs or checks integrity is not "cryptography for data confidentiality"
# (Technical Note 1 to 5A002.a, the same in Wassenaar 5.A.2 and EU Annex I), so it does not make software 5D002.
_AUTH_ONLY = (
    r"(?i)\b(?:only|solely|just|purely|exclusively)\b[^.;]{0,30}\b(?:for |to )?(?:code[- ]?)?(?:sign(?:ing|atures?|ed)?|authenticat\w*"
    r"|integrity|verif\w*|hash\w*|checksums?)\b"
    # what the signatures are for: "ECDSA signatures and HMAC so devices can check updates are authentic and unmodified"
    r"|\b(?:signatures?|signing|HMAC|MACs?)\b[^.;]{0,60}\b(?:authentic\w*|unmodified|untampered|integrity|tamper\w*)\b"
)
_NO_CONFIDENTIALITY = (
    r"(?i)\b(?:no|without(?: any)?|nothing (?:is|gets))\b (?:(?:data|payload|content|file|traffic) )?(?:encryption|encrypted|"
    r"confidentiality)\b|\b(?:does not|doesn'?t|never) encrypt\b|\bnot encrypted\b"
    r"|\b(?:travel|sent|go|goes|transmitted|stored) in (?:the )?clear\b|\bnothing\b[^.;]{0,30}\bencrypts\b"
)


_CAT5_PART2 = r"\b5[A-E]002\b|\b5\.[A-E]\.2\b"


def _authentication_only(text: str) -> bool:
    """Software whose cryptography is said to only sign, authenticate or check integrity, with no encryption."""
    return search(_AUTH_ONLY, text) is not None and search(_NO_CONFIDENTIALITY, text) is not None


def _trains_foreign_forces(text: str, origin: str | None) -> bool:
    """A sentence that trains or instructs armed forces named as another country's ("Ghana's army", "the Indian
    Army", "a South American army", "the Royal Navy of Oman"), not the exporter's own or the U.S. forces."""
    home = {"United States", *([origin] if origin else [])}
    for sentence in sentences(text):
        if not search(MILITARY_TRAINING_ACT, sentence):
            continue
        for m in compiled(ARMED_FORCES).finditer(sentence):
            around = sentence[max(0, m.start() - 40) : m.end() + 25]
            if _FOREIGN_WORDS.search(around[:40]):
                return True
            demonyms = (country for word, country in DEMONYMS.items() if word in around and search(rf"\b{word}\b", around))
            named = {c.name for c in find_countries(around)} | {c.name for d in demonyms for c in find_countries(d)[:1]}
            if named - home:
                return True
    return False


def _untouched(text: str) -> list[str]:
    """Places the transfer is said to stay clear of, as country names ("EU" for the Union)."""
    out: list[str] = []
    for m in compiled(UNTOUCHED).finditer(text):
        name = m.group(1) or m.group(2)
        if name in ("EU", "European Union", "Union"):
            out.append("EU")
        elif found := find_countries(name):
            out.append(found[0].name)
    return list(dict.fromkeys(out))


_GEORGIA_SETTLED = (
    r"(?i)\b(?:Tbilisi|Batumi|Kutaisi|Rustavi|Caucasus|Atlanta|Savannah|Augusta|Macon|Athens, GA|Columbus, GA)\b"
    r"|\b(?:country|Republic) of Georgia\b|\bstate of Georgia\b|\bGeorgia,? (?:USA|US|GA)\b|\bGeorgian\b|\bGA\b"
)
_NOT_ON_USML = (
    r"(?i)\b(?:is|was|are|were|it'?s) not (?:on|in) the (?:USML|U\.?S\.? Munitions List)\b|\b(?:is|was|are|were) not (?:a )?defen[cs]e articles?\b"
    r"|\b(?:CJ|commodity jurisdiction)\b[^.]{0,80}\b(?:subject to the EAR|not (?:ITAR|USML|on the USML|(?:USML )?Cat(?:egory|\.)? ?[IVX]+\b))"
)
# An entry named only to say the item is not in it: "9E991 (not 9E610)", "not in the 2E003.f table", "rather than 3A001".
_NOT_ENTRY = (
    r"(?i)\b(?:not|isn'?t|is not|rather than|instead of|no longer|outside|not in|not under|falls outside)\s+(?:the\s+|an?\s+)?"
    r"(?:ECCN\s+|Annex I\s+|entry\s+)?\d[A-E]\d{3}(?:\.[a-z0-9]+)*\b"
)
_NO_REGIME = (
    r"(?i)\b(?:no|not|non|without|zero)[- ](?:\w+ )?(?:ITAR|EAR|(?:U\.?S\.?|American)[- ]origin)\b"
    # a counterfactual: "treated anything with '515' in it as if it were still ITAR", "no longer ITAR"
    r"|\bas (?:if|though) (?:it|they) (?:were|was|are|is) (?:still )?(?:ITAR|USML)\b|\bno longer (?:ITAR|USML|on the USML)\b"
)


# Opening carried data while abroad: "I plan to open the files in the hotel", "keep working in the evenings".
_OPENED_ABROAD = (
    r"(?i)\b(?:open|opening|work(?:ing)? on|use|using|access|accessing|decrypt\w*|view|viewing|review|edit|read)\b"
    r"[^.?!]{0,40}\b(?:in|at|from) (?:the|my|his|her|our|their) hotel\b"
    r"|\bkeep (?:on )?working\b[^.?!]{0,40}\b(?:hotel|abroad|there|on the road|evenings?)\b"
    r"|\bdecrypt\w*\b[^.?!]{0,30}\b(?:there|abroad|on site|on arrival)\b"
    r"|\bwork(?:ing)? (?:on (?:it|them|the \w+) )?(?:in|from|at) (?:the|my|his|her) hotel\b"
    # a trip made to work on the program the data is for: "going to our office in Munich for a month to work on"
    r"|\b(?:going|goes|flying|flies|travel\w*|heading|spend\w*)\b[^.?!]{0,60}\bto work on\b"
)


def _opened_abroad(text: str) -> bool:
    """Whether a traveller is said to open the data abroad, not merely to carry it ("won't open it there" is not)."""
    for found in compiled(_OPENED_ABROAD).finditer(text):
        opening = sentence_start(text, found.start())
        if not search(r"(?i)\b(?:not|never|won'?t|don'?t|doesn'?t|without)\b", text[opening : found.end()]):
            return True
    return False


_NOT_EMPLOYED = (
    r"(?i)\b(?:not|never|isn'?t|aren'?t|won'?t be) (?:\w+ )?(?:employed|on (?:our|the) payroll)\b|\bnot (?:an? |our )employee\b"
    r"|\b(?:stays?|remains?) employed by (?:the|his|her|their) (?:\w+ ){0,2}(?:firm|company|employer|university)\b"
)
_DOUBTED = (
    r"(?i)\b(?:is|are) (?:that|this|he|she|they|it) (?:right|correct|true|so)\b|\bis (?:that|this) really (?:so|the case)\b"
    # "The team insists any 14-bit converter is 3A001, so he needs a licence. Does he?"
    r"|\b(?:does|do|did|is|are|must|should) (?:he|she|they|it|we|that)\s*\?"
)
_ASSERTED_BY_OTHERS = (
    r"(?i)\b(?:intern|colleague|boss|manager|sales(?:man|person| team| guy)?|customer|consultant|forwarder|someone|somebody|"
    r"he|she|they|the (?:\w+ )?(?:team|department|guy))\b[^.?!]{0,25}\b(?:says?|said|thinks?|thought|claims?|claimed|insists?|believes?)\b"
)


def _us_content(text: str) -> float | None:
    """The controlled U.S. share stated for a foreign item, in %: a percentage in a sentence about U.S. content."""
    for sentence in split(r"(?<=[.!?;])\s+", text):
        if search(US_CONTENT_SENTENCE, sentence) and (m := search(PERCENT, sentence)):
            return float(m.group(1))
    return None


def _security_entries(text: str, info_status: list[str], info_kinds: list[str], numbering: str) -> list[str]:
    """An information-security product with a symmetric key over 56 bits, not said to be mass market, is 5A002.a
    (Category 5 Part 2): what is released about it is 5E002 technology, its source code 5D002."""
    if "mass_market" in info_status or not search(SECURITY_PRODUCT, text) or not search(STRONG_SYMMETRIC, text):
        return []
    kinds = set(info_kinds)
    wanted = [
        *(["ECCN 5E002"] if kinds - {"software", "source_code", "marketing"} or not kinds else []),
        *(["ECCN 5D002"] if kinds & {"software", "source_code"} else []),
    ]
    return [entry for eccn in wanted if (entry := numbered(eccn, numbering))]


def _military_component(text: str) -> list[str]:
    """The Munitions List entries of a part said to be designed for a military platform ("a bracket specially designed
    for a military helicopter" is ML10, its technology ML22), in the Wassenaar numbering the UK, Japan and the WA
    fallback share."""
    found = compiled(MILITARY_PLATFORM).search(text)
    if not found:
        return []
    platform = (found.group(1) or found.group(2)).lower().rstrip("s")
    return ["WA ML22", MILITARY_PLATFORM_ENTRY.get(platform, "WA ML10")]  # its technology is ML22


def _numbering(origin: str | None, regimes: list[str]) -> str:
    """Whose list numbering an item named by what it is should take: the U.S. lists when the question is under
    U.S. law or says nothing of another (the EAR is the default regime), the EU's for an exporter in the Union,
    and the Wassenaar numbering for the other Wassenaar-based regimes."""
    if origin == "United States" or any(r.startswith("US") for r in regimes):
        return "US"
    if "EU" in regimes or (origin and (found := find_countries(origin)) and "EU" in found[0].groups):
        return "EU"
    return "WA" if origin or regimes else "US"


def _evasion(text: str) -> bool:
    """A request to evade controls. Evasion wording in a sentence that tells what an item does ("implants that
    slip past EDR", "our platform quietly copies call records") describes the item to be classified, not a plan,
    so each match is read against the opening of its own sentence."""
    for pattern in EVASION:
        for found in pattern.finditer(text):
            opening = sentence_start(text, found.start())
            closing = min((i for end in ".!?" if (i := text.find(end, found.end())) >= 0), default=len(text))
            if search(ITEM_BEHAVIOUR, text[opening : found.start()]) or search(_LAWFUL_AIM, text[opening:closing]):
                continue
            if search(_MARKING, found.group(0)) and search(_RECLASSIFIED, text):
                continue  # taking an obsolete legend off after a reclassification is housekeeping, not concealment
            return True
    return False


# "What's the difference between splitting a transfer to avoid a licence and legitimately sending it in parts?"
_LAWFUL_AIM = r"(?i)\b(?:legitimate(?:ly)?|lawful(?:ly)?|difference between|get (?:this|it) right)\b"
_MARKING = r"(?i)\b(?:legends?|markings?|banners?|headers?|labels?|notices?)\b"
_RECLASSIFIED = (
    r"(?i)\breclassif|\bmoved (?:from|out of) (?:the )?(?:USML|Cat)|\bno longer (?:controlled|ITAR|on the)"
    r"|\b(?:once|after|now that|since) (?:BIS|DDTC|the (?:CCATS|CJ|classification)) (?:has |have )?(?:confirmed|determined|ruled|said)"
)


def _without_negated_items(text: str) -> str:
    """'No drawings, no specs beyond the brochure': what is said not to be sent is not what is sent."""
    return compiled(NEGATED_ITEMS).sub(" ", text)


_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "is",
        "are",
        "in",
        "for",
        "we",
        "our",
        "can",
        "do",
        "does",
        "it",
        "that",
        "this",
        "with",
        "on",
        "be",
        "i",
        "you",
        "what",
        "how",
        "need",
        "my",
        "your",
        "from",
        "at",
        "by",
        "or",
        "not",
        "will",
        "would",
        "should",
        "there",
        "they",
        "he",
        "she",
        "his",
        "her",
        "if",
        "any",
    ]
)


def _english(text: str) -> bool:
    """Whether the question is (mostly) in English: the corpus and the rules are written in English, so a
    question in another language with no control-list entry in it is answered as out of scope."""
    words = [w.lower() for w in split(r"[^\w']+", text) if w and not w.isdigit()]
    if len(words) < 4:
        return True
    if sum(len(w) > 20 for w in words) * 2 > len(words):  # unspaced scripts (Japanese, Chinese)
        return False
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.08


def _asking_sentences(text: str) -> list[str]:
    """Every sentence that asks (with a question mark), else the last sentence."""
    said = [x for x in sentences(text.strip()) if x]
    return [x for x in said if "?" in x] or said[-1:] or [""]


def asking_sentence(text: str) -> str:
    """The sentence that asks (the last one with a question mark, else the last one): what is asked,
    not the background, decides whether a question is about export control at all."""
    return _asking_sentences(text)[-1]


def _tri(text: str, yes: str, no: str) -> Tri:
    if search(rf"(?i){no}", text):
        return False
    if search(rf"(?i){yes}", text):
        return True
    return None
