"""Where a transfer goes: the places a question names, sorted into the exporter's own country
(origin), destinations, storage countries and recipients' nationalities.

The role of a place comes from the words around it ("based in", "servers in", "an engineer from",
"PRC citizen", "Italian machine-tool maker here"), because the same country can be any of the four.
A birthplace decides nothing: the rules look at citizenship and residence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from assistant.countries import find_countries, load_cities
from assistant.lexicon import CITIES as _LEXICON_CITIES
from assistant.lexicon import DEMONYMS, US_PLACES, compiled, search

_PERSON = r"(?:trainees?|engineers?|employees?|students?|nationals?|researchers?|scientists?|colleagues?|visitors?|delegation|interns?|workers?|staff|person|people|he|she|someone|postdocs?|hires?|guests?|residents?|holders?|citizens?|programmers?|developers?)"
_NATIONALITY_CUE = re.compile(
    rf"(?i)(?:\bcitizen(?:ship)? of|\bnational(?:ity)? of|\bpassport (?:of|from)|\b{_PERSON}\b(?:(?!\b(?:send\w*|sent|e-?mail\w*|upload\w*|transmit\w*|forward\w*)\b)[^.,;]){{0,25}}\bfrom"
    r"|\bdeemed (?:re-?)?exports? (?:to|for))\s+(?:the\s+)?$"  # "a deemed export to China" names the person's country
)
_NATIONALITY_AFTER = re.compile(r"(?i)^[\w.'-]+(?:\s[\w.'-]+)?\s+(?:citizens?|nationals?|passports?|citizenship)\b")
_BIRTHPLACE_CUE = re.compile(
    r"(?i)\b(?:(?:born|raised|grew up|studied|educated)\s+in|fled|escaped(?: from)?|emigrated from|defected from"
    r"|(?:place|country|city) of birth(?: is| was|:)?(?: [A-Z][\w'-]+,)?)\s+(?:the\s+)?$"
)
_STORAGE_CUE = re.compile(
    r"(?i)\b(?:servers?|data ?cent(?:er|re)s?|cloud|region|host(?:ed|ing|s)?|stor(?:ed?|es|ing|age)|bucket|backup|mirror|tenant|instance"
    r"|data residency|(?:records|data|media|tape) vault)\b[^.;]{0,40}$"
)
# Nouns an organisation uses of itself ("our engineering centre", "we are a Dutch university").
_OWN_ORG = r"(?:company|firm|maker|manufacturer|producer|sme|start-?up|university|lab|laboratory|group|exporter|subsidiary|parent|business|institute|office|plant|site|factory|facility|hq|headquarters|head office|engineering cent(?:re|er)|design house|foundry|shipyard|contractor|supplier|developer|team|branch|entity|affiliate)"
# Nouns for the organisation's home, not its branches abroad ("our company is in", "our Japanese parent").
_HOME_ORG = r"(?:company|firm|business|university|start-?up|sme|parent|parent company|hq|headquarters|head office|engineering cent(?:re|er)|team|office)"
# The narrower set that names the speaker even without "we"/"our" ("Italian machine-tool maker here").
_SELF_ORG = r"(?:company|firm|maker|manufacturer|producer|sme|start-?up|university|lab|laboratory|research group|exporter|business|institute|design house|foundry|shipyard|(?:machine-?)?builder|vendor|specialists?|outfit|consultancy|software house)"
_ORIGIN_CUE = re.compile(
    r"(?i)(?:"
    r"\b(?:we|i|our (?:\w+ ){0,2}?" + _HOME_ORG + r")\s+(?:\w+\s+){0,2}?(?:based|headquartered|located|incorporated|established|registered|sitting|operating|are|am|is|work|working)\s+(?:out\s+of|in)"
    # (not "we are giving a developer in Nairobi": a verb in -ing tells what we do to someone there)
    r"|\b(?:we're|i'm|we are|i am)\s+(?!(?!operating|working|trading|manufacturing|engineering)\w+ing\b)(?:(?!not\b|no\b|never\b)[\w-]+\s+){0,4}?(?:in|from|out of|near|outside)"
    r"|\bour (?!daughter|sister|subsidiary|affiliate|partner)(?:\w+ )?(?:company|firm|business|university|start-?up|sme|hq|headquarters|head office) (?:is )?in"
    r"|\bhere in"
    r"|(?:^|[.!?]\s+)(?!(?:a|an|the|one|their|his|her)\b)(?:[\w&-]+\s+){0,2}?(?:" + _SELF_ORG + r"|(?:export|compliance|engineering|program(?:me)?|project|trade|R&D|support|service|sales) (?:manager|officer|lead|director|head|desk|hotline))\s+(?:based\s+)?(?:in|near|outside)"
    # the writer's role at an organisation, opening a sentence: "Export control officer at an aerospace-software house in"
    r"|(?:^|[.!?]\s+)(?:[\w&-]+\s+){0,3}?(?:officer|manager|lead|director|head|counsel|specialist|analyst|contact|desk|administrator|compliance)"
    r"\s+(?:at|of|for|with)\s+(?:an?|the|our)\s+(?:[\w&]+[\s-]+){0,3}?(?:" + _SELF_ORG + r"|office|plant|site|group|lab)\s+(?:based\s+)?(?:in|near|outside)"
    r"|\bwe (?:make|manufacture|build|produce|design|develop|machine|assemble|fabricate|grow|cast|forge|coat|repair|overhaul)\b[^.;]{0,50}\bin"
    r"|\b(?:send|sent|e-?mail|ship|transfer|upload|shar|mov|forward|transmit)\w*\b[^.]{0,60}\bfrom (?:our|the) (?:\w+ ){0,2}"
    + _OWN_ORG
    + r" in"
    r"|\b(?:export\w*|ship\w*|sold|sell\w*|deliver\w*)\b[^.;]{0,40}\bfrom"
    # "He wants to e-mail them from Bristol this afternoon": where the sender sends from
    r"|\b(?:send|e-?mail|upload|transmit|forward)(?:s|ed|ing)?\b (?:it|them|this|that|these|those|the [\w-]+(?: [\w-]+)?) from"
    r"|[.!?]\s+from"
    r")\s+(?:the\s+)?$"
)
_OWN_PLACE = re.compile(
    r"(?i)(?:\b(?:our|we are an?|we're an?|i work for an?|i work at an?|as an?)|[.!?:;]|\bhi,?|\bhello,?"
    r"|\b(?:compliance|export control|trade compliance|legal|engineering|officer|manager|desk|team|department|head|director)"
    r"(?: team| desk| officer| department| unit)? (?:at|of|for|with) (?:an?|our))"
    r"\s+(?:an?\s+)?(?:small\s+|mid-sized\s+|large\s+)?$"
)
_PLACE_OF_COMPANY = re.compile(
    r"(?i)^[\w.'-]+(?:\s[\w.'-]+)?[\s-]+(?:[\w-]+\s+){0,2}?(?:"
    + _SELF_ORG
    + r"|office|plant|site|headquarters|hq|factory|engineering cent(?:re|er)|(?<!country )group|parent|yard|works|shop|campus|fab|r&d cent(?:re|er)|based"
    + r"|(?:sub)?contractor|supplier|integrator)\b"
)
_RECIPIENT_BEFORE = re.compile(r"(?i)\b(?:with|to|for|by|via)\s+(?:our\s+)?$")
# "... asked us", "... wants our drawings": the organisation named is the other party.
_COUNTERPART_AFTER = re.compile(
    r"(?i)^[^.?!]{0,80}?(?<!\bwe )(?<!\bi )\b(?:asked|asks|wants|requested|requests|needs|invited|invites|told|offered|offers|approached|contacted|hired|hires)\s+(?:to \w+\s+)?(?:us|our|me)\b"
    # "A Japanese company we're teaming with", "a German firm we work with": the partner, not the writer
    r"|^[\w.'-]+ (?:[\w-]+ ){0,2}?(?:company|firm|partner|customer|supplier|group) (?:that )?(?:we(?:'re| are)?|I(?:'m| am)?) "
    r"(?:teaming|team|work|working|partner|partnering|deal|dealing|collaborate|collaborating|sell|selling)\b"
)
# "US-origin technology", "Chinese-owned": where an item or owner comes from, not where data goes.
_MADE_IN = re.compile(r"(?i)^(?![\w'-]+\.\s)[\w.'-]+(?:\s[\w.'-]+)?[- ](?:origin|made|built|designed|sourced|owned|controlled)\b")
# "None of the files came from the US": where an item came from is not where it goes.
_CAME_FROM = re.compile(r"(?i)\b(?:came|come|comes|originat\w+|derived|licensed|received|obtained) from (?:the\s+)?$")
# "who used to work for a US company", "a refugee from Eritrea": someone's past, not where data goes.
_PAST_CUE = re.compile(
    r"(?i)\b(?:used to work|previously worked|formerly worked|worked|came|refugees?|asylees?)\s+(?:for|at|from|with)\s+(?:an?\s+|the\s+)?$"
    # "He was living in Germany until now": where someone lived before
    r"|\b(?:was|were|had been) (?:living|based|residing)\s+in\s+(?:the\s+)?$|\b(?:used to live|previously lived|formerly lived)\s+in\s+(?:the\s+)?$"
)
# "their Hong Kong data centre", "the Frankfurt region": a place named as where servers are.
_STORAGE_AFTER = re.compile(
    r"^[\w.'-]+(?: [A-Z][\w.'-]+)?[\s-]+(?i:data ?cent(?:re|er)s?|servers?|region|bucket|hosting|DC)\b"
)
# "owned by a Saudi group", "subsidiary of a US chip company": the nationality of the writer's parent, not a
# place the data goes.
_PARENT_CUE = re.compile(
    r"(?i)\b(?:owned by|(?:subsidiary|daughter|affiliate|branch|part|site|plant|office|fab|facility|campus) of) (?:an?|the)\s+$"
)
# "My US colleagues keep saying ...", "our American lawyer insists": who holds an opinion, not where data goes.
_SPEAKER_AFTER = re.compile(
    r"(?i)^[\w.'-]+[\s-]+(?:[\w-]+ )?(?:colleagues?|lawyers?|counsel|consultants?|attorneys?|friends?|contacts?|boss|bosses"
    r"|advisers?|advisors?|auditors?|compliance (?:team|people|folks))\b[^.?!]{0,25}\b(?:say|says|said|saying|insist\w*|think|thinks"
    r"|believe\w*|told|tell|tells|argu\w+|claim\w*|reckon\w*|keep)\b"
)
# "like a US deemed export", "unlike the UK": a country named for comparison is not a place the data goes.
_COMPARISON = re.compile(
    r"(?i)\b(?:(?:un)?like(?: in| under)?|as in|similar to|compared (?:to|with)|as under|as with|(?:is|are) (?:basically|essentially|practically|pretty much|as good as|no different from|the same as))\s+(?:an?|the)?\s*$"
    # "like a deemed export in the US": the other country's rule named for comparison
    r"|(?i:\b(?:like|as) (?:an? |the )(?:[\w-]+ ){0,2}(?:export|exports|rule|rules|licen[cs]e|regulation|requirement|law|permit|concept|thing) (?:in|under) (?:the )?$)"
)
# "In the US they call this a deemed export": another country's term, not a place the data goes.
_TERM_ELSEWHERE = re.compile(
    r"(?i)^[\w.]+(?: [A-Z][\w.]+)? (?:they|people|you|it'?s|this is|that'?s|one would|we'?d|it would be)\b[^.?!]{0,20}\b(?:call|called|say|name)"
    # "In the US I would need a deemed export licence for that": the rule there, named for comparison
    r"|^[\w.]+(?: [A-Z][\w.]+)? (?:I|we|you|one|it|this|that) (?:would|'d|will|might) (?:need|require|have to|count|be)\b"
    r"[^.?!]{0,40}\b(?:licen[cs]e|permit|authori[sz]ation|deemed export|export)\b"
)
# "no link to Russia that we can find", "nothing goes to China": a place said not to be involved.
_NEGATED_PLACE = re.compile(
    r"(?i)\b(?:no (?:links?|connections?|ties|dealings|business|exports?|sales|presence|contacts?|relationship) (?:to|with|in)"
    r"|nothing (?:goes|is sent|will go|ever goes) to|not (?:to|going to)|(?:excluding|except(?: for)?|other than))\s+(?:the\s+)?$"
)
# "the entry names Iran as its prohibited destination", "the prohibited destinations do not include Canada": a
# country named for what a control list entry says of it, not a place the data goes.
_PROHIBITED_BEFORE = re.compile(r"(?i)\bprohibited destinations?\b[^.;?!]{0,40}$")
_PROHIBITED_AFTER = re.compile(r"(?i)^[\w .'-]{0,25}?\bas (?:its |the |their |an? )?(?:only |sole )?prohibited destinations?\b")
# "a reconnaissance unit of Venezuela's army": the country's forces or ministries as the end user are there.
_STATE_BODY = re.compile(
    r"(?i)^[\w.-]+(?: [A-Z][\w.-]+)*['’]s? (?:own )?(?:army|navy|air force|armed forces|military|national guard|police"
    r"|defen[cs]e ministry|ministry of defen[cs]e|intelligence|security services|revolutionary guard)"
)
_POSSESSIVE = re.compile(r"^[\w.-]+(?: [A-Z][\w.-]+)*['’]s?\s")
# "Our fab in Kulim has hired ...": a site of ours that employs people is where the exporter is.
# A site of the exporter's, and what it does when it is the one holding the data: it hires people.
_SITE = r"(?:fab|plant|factory|site|lab|office|facility|campus)"
_HIRES = r"(?:has hired|hired|employs|is hiring|will hire)"
_OUR_SITE_IN = re.compile(
    rf"(?i)(?:^|[.!?]\s+)(?:our (?:\w+ )?(?:{_SITE}|team|subsidiary|branch|centre|center)"
    r"|(?:an?|our|one of our) (?:\w+ )?(?:engineer|employee|colleague|developer|scientist|technician)s?(?: based)?) in\s+$"
)
# The site that hosts a visitor: "at our R&D centre in Nagoya", "to our Nagoya factory".
_HOST_SITE = rf"(?:{_SITE}|cent(?:re|er)|headquarters|hq|works)"
_HOSTED_AT = re.compile(
    rf"(?i)\b(?:stay\w*|work\w*|spend\w*|visit\w*|come|comes|coming|joins?|joining|intern\w*|placement|seconded|hosted?)\b"
    rf"[^.?!]{{0,40}}\b(?:at|to|in|join) our (?:[\w&-]+ ){{0,2}}{_HOST_SITE} in\s+$"
)
_VISITS_OUR = re.compile(
    r"(?i)\b(?:stay\w*|visit\w*|come|comes|coming|came|arriv\w+|fly\w* in|tour\w*)\b[^.?!]{0,20}\b(?:at|to) our\s+$"
)
_HOST_SITE_NAMED = re.compile(rf"(?i)^[\w.'-]+(?: [A-Z][\w.'-]+)? (?:[\w&-]+ ){{0,2}}?{_HOST_SITE}\b")
# "we hired an Indian engineer in Nagoya as a regular employee": where the writer employs its own staff is home.
_HIRED_IN = re.compile(r"(?i)\b(?:we|our (?:\w+ ){0,2}?" + _HOME_ORG + r")\s+(?:\w+\s+)?(?:hired|employ(?:ed|s)?|recruited|took on)\b[^.;?!]{0,40}\bin\s+$")
_AS_EMPLOYEE = re.compile(r"(?i)^[\w .'-]{0,25}?,? as (?:an? |our )?(?:regular |full-time |permanent |direct )?(?:employee|member of staff|staff member)\b")
# "traffic may hop through network nodes in China": data passing through is not sent there.
_TRANSIT_CUE = re.compile(r"(?i)\b(?:hop\w*|rout\w*|transit\w*|pass\w*)\b[^.]{0,40}\b(?:through|via)\b[^.]{0,60}$")
_DIRECTION = re.compile(
    r"(?i)\b(?:to|in|into|at|towards?|via|through|inside|within|from|visit\w*|travel\w*|fly\w*|go\w*|based|located)\s+(?:the\s+)?$"
)
# "half the audience comes from China": where people in the room are from; online, where they are.
_AUDIENCE_FROM = re.compile(r"(?i)\b(?:audience|attendees?|participants?|delegates?)\b[^.,;]{0,25}\bfrom\s+(?:the\s+)?$")
_ONLINE = re.compile(r"(?i)\b(?:zoom|teams|webex|webinar|online|stream\w*|virtual\w*|remote\w*|hybrid|dial[- ]?in)\b")
def _same_list(text: str, previous: tuple[int, str] | None, position: int) -> bool:
    """"China, India and Peru": joined by "and"/"or", or by a comma when the list goes on after this place."""
    if previous is None or not (gap := _LIST_GAP.match(text[previous[0] : position])):
        return False
    return bool(re.search(r"\b(?:and|or)\s+(?:the\s+)?$", gap.group()) or _LIST_GOES_ON.match(text[position:]))


def _people_from(text: str, position: int, before: str) -> bool:
    """The place is where the people are from (their nationality), not where anything goes."""
    return bool(
        _NATIONALITY_CUE.search(before)
        or (_AUDIENCE_FROM.search(before) and not _ONLINE.search(_sentence(text, position)))
    )


def _sentence(text: str, position: int) -> str:
    start = max((m.end() for m in re.finditer(r"[.!?]\s+", text[:position])), default=0)
    end = re.search(r"[.!?](?:\s|$)", text[position:])
    return text[start : position + end.end()] if end else text[start:]


# "from China, India and Brazil": the places of one list share the role of the first.
_LIST_GAP = re.compile(r"^[\w .'-]{2,30}?(?:,\s*|\s+and\s+|\s+or\s+|,\s+(?:and|or)\s+)(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r"^[\w.'-]+(?: [A-Z][\w.'-]+)*(?:,\s*|\s+(?:and|or)\s+)")
_DEPARTS = re.compile(r"(?i)\b(?:fl(?:y|ies|ying|ew)|sail(?:s|ing|ed)?|driv(?:e|es|ing)|travel(?:s|ling|ing)?)\s+$")
_ASKED_FROM_SITE = re.compile(r"(?i)^.{0,60}\b(?:question|check|query|note|q|hello|hi|greetings)\b[^.?!]{0,20}\bfrom (?:the|our) $")
# "Machine shop in Connecticut." opening the message: the writer says who and where they are.
_OPENS_WITH_SELF = re.compile(
    rf"(?i)^\. (?!(?:a|an|the|our|their|my|his|her)\b)(?:[\w&/-]+ ){{0,3}}(?:{_SELF_ORG}|shop|works|yard|plant) (?:in|near|outside) $"
)
_FROM_TO = re.compile(r"(?i)\bfrom\s+(?:the\s+)?$")
# "would log in by VPN from Sao Paulo to the PLM vault": where a remote user sits, not where the data leaves from
_LOGS_IN_FROM = re.compile(r"(?i)\b(?:log\w*\s+(?:in|on|into)|sign\w*\s+in|connect\w*|dial\w*\s+in|remote(?:ly)?|VPN)\b[^.;?!]{0,30}\bfrom\s+(?:the\s+)?$")
# One writer naming their role at an organisation ("compliance officer at a", "engineer with an"); "Engineers at a
# Polish partner company" are the other party's staff, so the plural does not count.
_WRITER_ROLE_AT = r"(?:officer|compliance|manager|engineer|desk|team|head|director|counsel|lead)(?!s\b)\w* (?:at|of|for|with)"
_ORIGIN_DEMONYM = re.compile(
    r"(?:(?i:\b(?:we are|we're|i work for|i'm with|as|our company is|" + _WRITER_ROLE_AT + r"))\s+|^|[.!?:;]\s+)(?i:an? |the )?(?i:small |mid-sized |large |\w+-based )?"
    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?|UK|US|U\.S\.)(?!-owned|-born|-made)[\s-]+(?i:(?:[\w-]+ ){0,2}?" + _SELF_ORG + r")\b"
)
# The organisation is the one doing the transfer: "... wants to email", "... will upload".
_INTENDS = r"(?:wants? to|will|plans? to|needs? to|would like to|intends? to|is going to|has to)\s+(?:\w+\s+)?"
_SENDS = _INTENDS + r"(?:e-?mail|send|share|upload|transfer|give|provide|forward|transmit|present|release|show|export|walk|explain|teach|train)"
# What a site of ours does when it is the exporter: it hires people or puts the data somewhere.
_SITE_ACTS = rf"(?:{_HIRES}|{_SENDS}|{_INTENDS}(?:drop|put|post|copy|move))"
# The exporter's own people and premises: "our Barrow site", "our support desk in Ljubljana".
_OWN_SITE = (
    r"(?:site|office|plant|fab|factory|lab|team|desk|cent(?:re|er)|campus|servers?|hq|headquarters|works|yard|shop"
    r"|engineers?|staff|technicians?|researchers?|people|colleagues?|guy|bloke|devs?|developers?)"
)
_PLACE_SITE = re.compile(rf"^[\w.'-]+(?: [A-Z][\w.'-]+)? (?:[\w-]+ ){{0,2}}?{_OWN_SITE}\b")
_ABBREVIATIONS = {"UK": "United Kingdom", "US": "United States", "U.S.": "United States", "SG": "Singapore"}

_COMPANY_NOUNS = r"company|firm|subsidiary|licensee|office|customer|client|partner|supplier|distributor|university|chipmaker|manufacturer|lab|institute|buyer|vendor|team|group|foundry|fab|shipyard|integrator|contractor|subcontractor|operator|airline|reseller"
# "the Indonesian Navy asks us to email the manual": a foreign force is a party abroad; one of its officers visiting
# or posted here is a person, not a place the data goes
_FORCES = (
    r"(?:Navy|Army|Air Force|Armed Forces|Coast Guard|Marines|Ministry of Defen[cs]e)\b"
    r"(?!\s+(?:officers?|pilots?|personnel|visitors?|delegation|exchange|liaison|students?|cadets?|attach[eé]s?)\b)"
)
_STORAGE_NOUNS = r"servers?|cloud|data ?cent(?:er|re)s?|bucket|region|host|hosting provider"
_NOT_A_PERSON = (
    rf"{_STORAGE_NOUNS}|government|site|plant|facility|market|authorit|law|rules|regulation|shipment|export|origin|work pass|work permit|visa|permit|pass\b|residence|employment pass"
    r"|town|city|village|region|province|capital|coast|language|cuisine|food|holiday|licen[cs]e|driving|contract"  # "a Japanese employment contract"
    # a department or body of an organisation: "Polish HR won't say", "the German works council"
    r"|HR\b|human resources|personnel department|works council|legal department|payroll|management|headquarters|HQ\b|parent"
)


@dataclass
class Places:
    origin: str | None = None
    destinations: list[str] = field(default_factory=list)
    storage: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    latest_nationality: str | None = None  # the citizenship acquired last ("became a Canadian citizen in 2014")
    home_destination: bool = False  # a place in the exporter's own country is named as where the data goes
    northern_ireland: bool = False  # the exporter is in Northern Ireland, where EU dual-use rules apply


def find_places(text: str) -> Places:
    """Every place in `text`, by role."""
    origin, destinations, storage, born, bare, home_destination, origin_at = _country_roles(text)
    nationalities = _unique([*_nationalities(text, origin), *born])
    # "Cuba's embargoed", "with all the Russia sanctions": a recipient's country named without any
    # word of direction is what the question is about, not where the data goes.
    destinations = [d for d in destinations if not (d in bare and d in nationalities)]
    destinations = _unique([*destinations, *(c for c in _demonym_companies(text) if c != origin)])
    hosted = _demonym_storage(text)
    storage = _unique([*storage, *hosted])
    destinations = [d for d in _unique([*destinations, *hosted]) if d != origin]
    if origin and origin != "United States" and search(rf"\b(?:{US_PLACES})\b", text):
        destinations = _unique([*destinations, "United States"])  # "our partner in Texas", seen from abroad
    destinations = _unique(["United States" if d in _US_TERRITORIES else d for d in destinations])
    if origin == "United States":
        destinations = [d for d in destinations if d != "United States"]
    latest = _latest_nationality(text)
    return Places(
        origin,
        destinations,
        storage,
        nationalities,
        latest if latest in nationalities else None,
        home_destination or _home_users_only(text, origin),
        origin == "United Kingdom" and origin_at is not None and bool(_NORTHERN_IRELAND.match(text, origin_at)),
    )


def _home_users_only(text: str, origin: str | None) -> bool:
    """'Only our Singapore-based engineers will have accounts': the people reached are at the exporter's home."""
    return origin is not None and any(
        _country(m.group(1)) == origin
        for m in re.finditer(r"(?i)\bonly (?:our |their )?(?:own )?((?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)[- ]based\b", text)
    )


def _latest_nationality(text: str) -> str | None:
    """The citizenship a person acquired most recently, when the text says so: the EAR sends a deemed export
    to that country only (15 CFR 734.13(b)), the ITAR to every country of citizenship (22 CFR 120.50(b))."""
    for demonym, country in _named(text, DEMONYMS.items()):
        if search(
            rf"(?i)\b(?:became|becoming|become|is now|now) (?:an? )?{re.escape(demonym)} (?:citizen|national)"
            rf"|\bnaturali[sz]ed (?:as an? )?{re.escape(demonym)}\b"
            rf"|\b(?:acquired|obtained|got|took|received) (?:\w+ )?{re.escape(demonym)} (?:citizenship|nationality)",
            text,
        ):
            return _country(country)
    m = search(r"(?i)\bnaturali[sz]ed (?:in|as a citizen of) ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text)
    return _country(m.group(1)) if m else None


# Places that are the United States for export purposes (15 CFR 734.18(a)(4), 22 CFR 120.60).
_US_TERRITORIES = frozenset({"Puerto Rico", "Guam", "United States Virgin Islands", "American Samoa", "Northern Mariana Islands"})


# Place names that are also everyday words: left alone when a message is written all in lower case.
_LEXICON_COMMON_WORDS = frozenset(
    {"nice", "reading", "bath", "mobile", "split", "turkey", "china", "jordan", "chad", "georgia", "nancy", "victoria"}
)


@cache
def _cities() -> tuple[dict[str, str], frozenset[str]]:
    """The cities the lexicon names and the larger list in corpus/data/cities.yaml (read on first use, not at
    import), and the lower-case names among them that are also ordinary words or first names."""
    listed, common = load_cities()
    return {**listed, **_LEXICON_CITIES}, _LEXICON_COMMON_WORDS | common


@cache
def _lowercase_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The lower-case spellings of the known city and nationality names, and each one's proper spelling."""
    cities, common = _cities()
    names = sorted(
        (n for n in [*cities, *DEMONYMS] if len(n) >= 4 and n.lower() not in common and not n.isupper()),
        key=len,
        reverse=True,
    )
    pattern = re.compile(r"\b(" + "|".join(re.escape(n.lower()) for n in names) + r")\b")
    return pattern, {n.lower(): n for n in names}


def recase_places(text: str) -> str:
    """'our supplier in ho chi minh city', 'his iranian passport': in a message written in lower case, the
    city and nationality names the extractor knows get their capitals back, so they are read as names."""
    words = re.findall(r"[A-Za-z]{3,}", text)
    if not words or sum(w[0].isupper() and not w.isupper() for w in words) > 0.05 * len(words):
        return text
    pattern, proper = _lowercase_names()
    return pattern.sub(lambda m: proper[m.group(1)], text)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _country(word: str) -> str | None:
    """The country a place name, city, abbreviation or demonym stands for."""
    name = _ABBREVIATIONS.get(word) or DEMONYMS.get(word.title()) or DEMONYMS.get(word) or _cities()[0].get(word) or word
    found = find_countries(name)
    return found[0].name if found else None


def _is_city(text: str, position: int) -> bool:
    return any(text.startswith(city, position) for city in _cities()[0])


def _named(text: str, words: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (word, country) pairs whose word occurs in `text` at all, in any case: the cheap test that
    spares a regex per demonym for the hundreds that are absent."""
    lowered = text.lower()
    return [(word, country) for word, country in words if word.lower() in lowered]


def _region_before(name: str) -> str:
    """'South America', 'Latin America' are regions, not the United States."""
    return r"(?<![Ss]outh )(?<![Ll]atin )(?<![Nn]orth )(?<![Cc]entral )" if name.lower() == "america" else ""


def _country_name(name: str) -> str:
    """The pattern of one of a country's names as a whole word: short capitals are matched as written ("US" is not
    "us"), other names in any case."""
    flags = "" if name.isupper() and len(name) <= 4 else "(?i)"
    return rf"{flags}(?<![\w.]){_region_before(name)}{re.escape(name)}(?![\w])"


def _mentions(text: str) -> list[tuple[int, str]]:
    """(position, country name) for every country or city named in `text`; a city inside a country
    name ("Korea" in "South Korea") is not counted twice."""
    spans: list[tuple[int, int, str]] = []
    for country in find_countries(text):
        for name in country.names:
            m = search(_country_name(name), text)
            if m:
                spans.append((m.start(), m.end(), country.name))
                break
    cities, common = _cities()
    for city, country_name in cities.items():
        if city not in text:  # a plain substring test first: thousands of names, few present
            continue
        if city.lower() in common:
            # "Reading", "Sofia", "Tours" are words and first names too: a place only after "in", "near", "from" ...
            m = search(
                rf"\b(?:in|at|near|from|to|outside|around|via|of)\s+({re.escape(city)})(?![\w])"
                # "Poole, we make diving kit.", "Our Barrow site is sending ...": opening the message, or one of ours
                rf"|^({re.escape(city)})(?=[,.:] )|\b[Oo]ur ({re.escape(city)}) (?={_SITE}\b|yard\b|works\b|shipyard\b)",
                text,
            )
            span = next((m.span(g) for g in (1, 2, 3) if m.group(g)), None) if m else None
        else:
            m = search(rf"(?<![\w.]){_region_before(city)}{re.escape(city)}(?![\w])", text)
            span = m.span() if m else None
        inside = span is not None and any(a <= span[0] < b for a, b, _ in spans)
        if span and not inside and (resolved := find_countries(country_name)):
            spans.append((span[0], span[1], resolved[0].name))
    return sorted((start, name) for start, _, name in spans)


def _is_origin(before: str, after: str) -> bool:
    """Whether the place between `before` and `after` is where the exporter is."""
    if _ORIGIN_CUE.search(before):
        return True
    if before == ". " and search(r"^[\w .'-]{2,30}?(?: \([\w .'-]{2,30}\))?[,.](?:\s|$)", after):
        return True  # "Zaragoza, chip design.", "Søborg (Copenhagen)." -- the writer's own place opens the message
    if search(r"^\. [\w.'-]{2,30}(?: [\w.'-]{2,30})? \($", before) and search(r"^[\w .'-]{2,30}?\)[,.:]", after):
        return True  # the same, the known city in brackets after a suburb: "Søborg (Copenhagen)."
    if search(r"^\. (?:(?:[\w&/-]+ ){0,3}[\w&/-]+, ){1,2}$", before) and search(r"^[\w .'-]{2,30}?[.:;](?:\s|$)", after):
        return True  # "Sales admin, Portsmouth.", "Engineering manager, defence electronics, Luton.": a role and a place
    if _OPENS_WITH_SELF.search(before) and search(r"^[\w .'-]{2,30}?[.:;](?:\s|$)", after):
        return True  # "Machine shop in Connecticut." -- the writer opens with who and where they are
    if _OUR_SITE_IN.search(before) and search(rf"(?i)^[\w .'-]{{0,30}}?\b{_SITE_ACTS}\b", after):
        return True  # "Our office in Rotterdam wants to upload ...": the site that hires or sends is the exporter's
    if _HIRED_IN.search(before) and _AS_EMPLOYEE.match(after):
        return True
    if _HOSTED_AT.search(before):
        return True  # "will stay three months at our R&D centre in Nagoya": the site that hosts the visitor is ours
    if _VISITS_OUR.search(before) and _HOST_SITE_NAMED.match(after):
        return True  # "will come to our Nagoya factory": the same, the place named before the site
    if search(r"(?i)(?:^|[.!?]\s+)our\s+$", before) and search(
        rf"(?i)^[\w.'-]+(?: [\w.'-]+)? (?:[\w-]+ ){{0,2}}?{_SITE}\b[^.?!]{{0,20}}\b{_HIRES}\b",
        after,
    ):
        return True  # "Our Tsukuba lab hired a researcher": the site that employs people is the exporter's
    if search(r"(?i)(?:^|[.!?]\s+)our\s+$", before) and search(
        rf"(?i)^[\w.'-]+ (?:{_SITE}|yard|works|shipyard) (?:is sending|sends|will send|wants to (?:send|share|e-?mail|upload))\b",
        after,
    ):
        return True  # "Our Barrow site is sending a drawing pack": the site that sends is the exporter's
    if _FROM_TO.search(before) and search(r"(?i)^[\w .'-]{0,30}\bto\b", after) and not _LOGS_IN_FROM.search(before):
        return True
    if _DEPARTS.search(before) and search(r"^[\w.'-]+(?: [A-Z][\w.'-]+)? to [A-Z]", after):
        return True  # "flies Heathrow to Warsaw": the place a traveller leaves from
    if _ASKED_FROM_SITE.search(before) and _PLACE_SITE.match(after):
        return True  # "Quick sanity check from the Grenoble site.": the writer's own site
    return bool(
        _OWN_PLACE.search(before)
        and not _RECIPIENT_BEFORE.search(before)
        and _PLACE_OF_COMPANY.match(after)
        and not _COUNTERPART_AFTER.match(after)
        # "Our Bangalore engineering centre needs the build drawings": our site abroad is where the data goes
        and not (search(r"(?i)(?:^|[.!?]\s+)our\s+$", before) and _SITE_RECEIVES.match(after) and not _SITE_SENDS.match(after))
    )


def _stored_later(text: str, mentions: list[tuple[int, str]]) -> list[str]:
    """Countries named again later as where data is stored: "our UK subsidiary runs the tenant, with data residency
    in the UK" (the first mention decides a country's role, so a storage cue on a later one would be lost)."""
    out: list[str] = []
    for first, name in mentions:
        country = find_countries(name)[0]
        for spelling in country.names:
            for m in compiled(_country_name(spelling)).finditer(text[first + 1 :]):
                if _STORAGE_CUE.search(text[max(0, first + 1 + m.start() - 60) : first + 1 + m.start()]):
                    out.append(name)
    return out


# Places in Northern Ireland, where the EU dual-use Regulation applies under the Windsor Framework (UK ECO 2008 Art. 2).
_NORTHERN_IRELAND = re.compile(
    r"(?i)(?:Northern Ireland|Belfast|Londonderry|Derry|Lisburn|Newry|Craigavon|Antrim|Armagh|Coleraine|Ballymena"
    r"|Newtownabbey|Enniskillen|Omagh|County (?:Down|Tyrone|Fermanagh))\b"
)


def _country_roles(text: str) -> tuple[str | None, list[str], list[str], list[str], set[str], bool, int | None]:
    origin: str | None = None
    origin_at: int | None = None
    bare: set[str] = set()  # named only without a word of direction before them
    destinations: list[str] = []
    storage: list[str] = []
    nationalities: list[str] = []
    placed: list[tuple[int, str]] = []  # (position, name) of the places read as destinations
    passed_over: set[int] = set()  # positions of places named as no destination (a comparison, a past employer)
    mentions = _mentions(text)
    introduced_at = next(iter(_self_introduced_origin(text, mentions) or ()), None)
    for i, (position, name) in enumerate(mentions):
        previous = mentions[i - 1] if i else None
        # A place near the start is read as if a sentence began there, so "From Tokyo, ..." counts.
        before = (". " if position <= 60 else "") + text[max(0, position - 60) : position]
        after = text[position : position + 80]
        listed_with_previous = _same_list(text, previous, position)
        if (listed_with_previous and previous[0] in passed_over) or (
            _BIRTHPLACE_CUE.search(before)
            or _MADE_IN.match(after)
            or _TRANSIT_CUE.search(before)
            or _COMPARISON.search(before)
            or (search(r"(?i)(?:^|[.!?]\s+)in (?:the )?$", before) and _TERM_ELSEWHERE.match(after))
            or (_CAME_FROM.search(before) and not _people_from(text, position, before))  # "visitors come from Peru"
            or _PAST_CUE.search(before)
            or (_PARENT_CUE.search(before) and _PLACE_OF_COMPANY.match(after))
            or _SPEAKER_AFTER.match(after)
            or _NEGATED_PLACE.search(before)
            or _PROHIBITED_BEFORE.search(before)
            or _PROHIBITED_AFTER.match(after)
        ):
            passed_over.add(position)
            continue
        if _POSSESSIVE.match(after) and not _DIRECTION.search(before) and not _STATE_BODY.match(after):
            continue  # "Japan's exports of chip tools": the country as a subject, not a place data goes
        if (
            _people_from(text, position, before)
            or _NATIONALITY_AFTER.match(after)
            or (listed_with_previous and previous[1] in nationalities and previous[1] not in destinations)
        ):
            if name != "United States":
                nationalities.append(name)
        elif _STORAGE_CUE.search(before) or _STORAGE_AFTER.match(after):
            storage.append(name)
            destinations.append(name)
            placed.append((position, name))
        elif position == introduced_at or (origin is None and introduced_at is None and _is_origin(before, after)):
            origin, origin_at = name, position
        else:
            destinations.append(name)
            placed.append((position, name))
            if not _DIRECTION.search(before) and not _is_city(text, position):
                bare.add(name)
        if name in destinations and (_DIRECTION.search(before) or _is_city(text, position)):
            bare.discard(name)
    for name in _stored_later(text, mentions):
        storage.append(name)
        destinations.append(name)
    if origin is None:
        origin = _own_demonym_origin(text)
    if origin is None and (possessed := _possessed_origin(text, mentions)):
        position, origin = possessed
        origin_at = position
        destinations = [name for p, name in placed if p != position]
    # Another place in the exporter's own country is where the data goes ("our own plant in Kuching").
    home_destination = origin is not None and origin in destinations
    if origin:
        destinations = [d for d in destinations if d != origin]
    return origin, _unique(destinations), _unique(storage), _unique(nationalities), bare, home_destination, origin_at


# The writer introducing themselves or their organisation, opening the message or one of its first sentences:
# "I'm a thermal engineer at a design firm near Munich", "we are small maker of milling machines near Stuttgart",
# "Our plant near Pordenone builds ...", "Robotics integrator in Zaragoza.", "ECO at a Ghent photonics SME".
_GREETING = r"(?:(?:hi|hello|hola|hallo|bonjour|hey|dear [\w ]+|good (?:morning|afternoon))[,.!]?\s+)?"
_AT_PLACE = r"(?:in|near|outside|at|of|from)\s+(?:an?\s+|the\s+)?"
_SELF_LEAD = re.compile(
    rf"(?i)^{_GREETING}(?:"
    rf"(?:(?:i'm|i am|we're|we are) (?!\w+ing\b|not\b|no\b|never\b)|i (?:lead|run|head|manage|coordinate|work|teach|look after) )[^,;:()]*?\b{_AT_PLACE}"
    rf"|we (?:make|build|design|develop|produce|manufacture) [^,;:()]*?\b{_AT_PLACE}"
    rf"|our (?:[\w-]+ ){{0,2}}?(?:company|firm|plant|site|lab|group|team|office|factory|fab|university|institute|works) (?:in|near|outside) "
    # "Compliance question from a security firm in Leuven.": the message says where it comes from
    rf"|(?:[\w-]+ ){{0,2}}?(?:question|query|enquiry|inquiry|request|note) from (?:an?|our) (?:[\w&'/-]+[ -]){{0,4}}?{_AT_PLACE}"
    # a bare role or organisation, no article and no verb: "Robotics integrator in", "Export control at a drone maker near"
    rf"|(?!(?:an?|the|our|my|their|his|her|its|two|three|one|this|that|these|those|some|any|each|every|all|no|we|i|us)\b)"
    rf"(?!\w+ing\b)[\w&'/-]+(?:[ -](?!(?:an?|the|is|are|was|wants?|asks?|needs?)\b)[\w&'/-]+){{0,3}}?(?:, (?:an?\s+|the\s+)?(?:[\w&'/-]+ ){{0,3}}?| (?:at|with) (?:an?|the) (?:[\w&'/-]+[ -]){{0,4}}?(?:{_AT_PLACE})?| {_AT_PLACE})"
    r")$"
)
# The lead names someone else's organisation, a trip, a fair or a direction: the place is not the writer's.
# "Compliance officer at an engine-parts supplier in": who the writer works for, however its trade is called
_ROLE_AT = re.compile(r"(?i)^(?!(?:an?|the|our|my|their)\b)([\w&'/-]+(?: [\w&'/-]+){0,2}) at (?:an?|the) [^,;:()]*$")
# "We're a Tier 2 defence supplier in": the writer's own trade, even when it is one that names other parties
_WE_ARE_A = re.compile(
    rf"(?i)^{_GREETING}(?:we're|we are|i'm|i am) an? (?:[\w&'/-]+ ){{0,4}}?(?:supplier|contractor|subcontractor|vendor"
    r"|distributor|agent|reseller|licensee|freelancer)\b"
)
_NOT_SELF_LEAD = re.compile(
    r"(?i)\b(?:customers?|clients?|partners?|suppliers?|distributors?|buyers?|prospects?|subsidiar(?:y|ies)|affiliates?"
    r"|colleagues?|licensees?|contractors?|subcontractors?|vendors?|agents?|resellers?|students?|visitors?|delegations?"
    r"|professors?|friends?|reporters?|journalists?|recruiters?|freelance\w*|he|she|they|them|his|her|their|travel\w*|trip"
    r"|visit\w*|flying|fly|going|heading|moving|relocat\w*|assignment|currently|this week|next (?:week|month)|staying"
    r"|conference|fair|show|exhibition|booth|expo|to|into|via|giving|sending|hired|hiring|order|quote)\b"
)


def _self_introduced_origin(text: str, mentions: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The place of an organisation the writer introduces as their own, opening one of the first two sentences."""
    starts = [0, *(m.end() for m in re.finditer(r"[.!?]\s+", text))]
    for position, name in mentions:
        start = max(s for s in starts if s <= position)
        if starts.index(start) > 1:
            break
        lead = text[start:position]
        bare = not search(r"(?i)^(?:\w+ )?(?:i|i'm|we|we're|our)\b", lead)
        if bare and (starts.index(start) > (1 if len(text[:start].split()) <= 3 else 0) or search(r"\b(?i:our|me)\b|\bus\b", text[position:].split(".")[0])):
            continue  # a bare "Robotics integrator in Zaragoza." only opens the message, and is not the other party
        if bare and search(r"^[A-Z0-9&]{2,}(?: [A-Z][\w&]*)* (?:in|near|outside|from) $", lead):
            continue  # "IDEX in Abu Dhabi.": a name (a fair, a project), not who the writer is
        if (
            len(lead.split()) <= 14
            and not _MADE_IN.match(text[position : position + 80])
            and not _PARENT_CUE.search(lead)
            and _SELF_LEAD.match(lead)
            and not _NOT_SELF_LEAD.search(_WE_ARE_A.sub("we are", _ROLE_AT.sub(r"\1", lead)))
            and not _COUNTERPART_AFTER.match(text[position : position + 80])
            and not _SITE_RECEIVES.match(text[position : position + 80])
        ):
            return position, name
    return None


_OUR_SITE_AT = re.compile(rf"(?i)(?<!\bto )(?<!\bfor )(?<!\bat )(?<!\binto )(?<!\bwith )\bour (?:[\w-]+ ){{0,2}}?{_OWN_SITE} (?:in|at|from|near|outside) (?:the )?$")
_JOINS_OUR = re.compile(r"(?i)\bjoin(?:s|ing|ed)? our (?:[\w-]+ )?$")
_OUR_PLACE = re.compile(r"(?i)(?<!\bto )(?<!\bfor )(?<!\bat )(?<!\binto )(?<!\bwith )\bour (?:[\w-]+ )?$")
_SITE_SENDS = re.compile(r"(?i)^[^.?!]{0,60}?\bneeds? to (?:send|share|e-?mail|upload|transfer|give|provide|forward|show)\b")
# "our engineers in Dubai need to dial into the portal": the site that receives is not the exporter.
_SITE_RECEIVES = re.compile(
    r"(?i)^[^.?!,;]{0,60}?\b(?:(?:to|will|would|can|could|should|must|need to|needs? to|wants? to)\s+(?:\w+\s+)?"
    r"(?:dial|log|access|download|view|read|get|receive|open|see|pull)|needs?|gets?|receives?|requests?|asks? for"
    r"|clones?|syncs?|mirrors?"
    r"|wants? (?:read |write |remote |push |full |vpn )?(?:access|a copy|copies|the files|the data|the drawings))\b"
)
# Anything that ties the text to the United States, where a site of ours abroad is usually the recipient.
_US_TIE = rf"\b(?:US|U\.S\.|USA|United States|America|American|EAR|ITAR|BIS|DDTC|USML|CCL|ECCN|{US_PLACES})\b"
# "a US-hosted forum", "the provider being American": a service's nationality ties nothing to U.S. law.
_US_SERVICE = re.compile(
    r"(?i)\b(?:US|U\.S\.|American)[- ](?:hosted|owned|based (?:cloud|provider|platform|forum))\b"
    r"|\b(?:provider|host|platform|vendor|cloud)\w* (?:being|is) (?:US|U\.S\.|American)\b"
)


def _possessed_origin(text: str, mentions: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Where the writer's own site or staff is ("our Warrington design team", "our support desk in Ljubljana"),
    as the exporter's place when nothing else says where it is. Not when the text ties itself to the United
    States: there "our engineers in Munich" are more often the ones receiving U.S. data."""
    if search(_US_TIE, _US_SERVICE.sub(" ", text)):
        return None
    for position, name in mentions:
        before, after = text[max(0, position - 60) : position], text[position : position + 80]
        site_at = _OUR_SITE_AT.search(before)
        if site_at and site_at.group(0).endswith(("from ", "from the ")) and not _is_city(text, position):
            continue  # "our colleague from India": where a person is from, not where the site is
        joins = _JOINS_OUR.search(before)  # "is joining our Kobe team": the site that hosts the newcomer
        if (site_at or (_OUR_PLACE.search(before) and _PLACE_SITE.match(after))) and (joins or not _SITE_RECEIVES.match(after)):
            return position, name
    return None


_EMPLOYED_BY = re.compile(
    r"\b(?i:employed|paid|contracted|retained|hired) (?i:directly |full[- ]time |part[- ]time )?by (?i:an?|the) "
    r"[^.;?!]{0,50}?\b(?:in|from|of) ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
)


def foreign_employer(text: str, origin: str | None) -> bool:
    """'Employed directly by a drone maker in Shenzhen': a resident who works for an organisation abroad, which
    Japan treats like a non-resident (METI's first "specified category" under FEFTA Art. 25)."""
    return any((country := _country(m.group(1))) and country != origin for m in _EMPLOYED_BY.finditer(text))


def _own_demonym_origin(text: str) -> str | None:
    """'Our Japanese parent', 'Italian machine-tool maker here', 'we are a Dutch university', and an
    organisation of ours that is the one sending ('our German subsidiary wants to email it')."""
    for demonym, country in _named(text, [*DEMONYMS.items(), *_ABBREVIATIONS.items()]):
        m = search(rf"(?i)\bour {re.escape(demonym)} {_HOME_ORG}\b", text) or search(
            rf"(?i)(?:^|[.!?]\s+)our {re.escape(demonym)} (?:[\w-]+ )?{_OWN_ORG}\b[^.?!]{{0,80}}?\b{_SENDS}", text
        )
        if m and not _RECIPIENT_BEFORE.search(text[max(0, m.start() - 12) : m.start() + 4]):
            return _country(country)
    for m in re.finditer(_ORIGIN_DEMONYM, text):
        if not _COUNTERPART_AFTER.match(text[m.start(1) :]) and (country := _country(m.group(1))):
            return country
    return None


def _demonym_storage(text: str) -> list[str]:
    """Countries of servers named by nationality ("a German server", "a Chinese data centre")."""
    found: list[str] = []
    for demonym, country in _named(text, DEMONYMS.items()):
        if search(rf"\b{demonym}\s+(?:\w+\s+)?(?:{_STORAGE_NOUNS})\b", text):
            found.extend(c.name for c in find_countries(country)[:1])
    return found


def _own_demonym(demonym: str, text: str) -> bool:
    """'We are a German company', 'our Malaysian team': the demonym names the exporter's own country."""
    return bool(
        search(rf"\b(?:we are|we're|i work for|as) (?:an? )?(?:\w+ )?{demonym}\b", text)
        or search(rf"(?i)\bour {demonym} {_HOME_ORG}\b", text)
        or any(
            not _COUNTERPART_AFTER.match(text[m.start("who") :])  # "A Japanese company we're teaming with wants ..."
            for m in re.finditer(
                rf"(?:^|[.!?:;]\s|(?i:{_WRITER_ROLE_AT} ))"
                rf"\s*(?i:an? )?(?P<who>{demonym})[\s-]+(?i:(?:[\w-]+ ){{0,2}}?{_SELF_ORG})\b",
                text,
            )
        )
    )


def _demonym_companies(text: str) -> list[str]:
    """Countries of companies named by nationality ("a Chinese client", "a Saudi company")."""
    found: list[str] = []
    for demonym, country in _named(text, DEMONYMS.items()):
        m = search(rf"\b{demonym}\s+(?:\w+\s+)?(?:{_COMPANY_NOUNS})\b", text) or search(rf"\b{demonym}\s+{_FORCES}", text)
        # "owned by a Saudi group", "subsidiary of a US chip company": the writer's parent, not where data goes
        owner = m is not None and _PARENT_CUE.search(text[max(0, m.start() - 24) : m.start()])
        if m and not owner and not _own_demonym(demonym, text):
            found.extend(c.name for c in find_countries(country)[:1])
    return found


def foreign_residency(text: str) -> list[str]:
    """Countries other than the United States where someone is said to be a permanent resident ("a Singapore
    permanent resident", "permanent residency in Canada"): under the EAR that is like a citizenship
    (15 CFR 734.13(b)), not the U.S. permanent residence that makes a person a U.S. person."""
    found: list[str] = []
    for m in re.finditer(
        r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:permanent residen(?:t|ce|cy)|PR)\b"
        r"|\bpermanent residen(?:t|ce|cy) (?:status )?(?:of|in) (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)",
        text,
    ):
        negated = search(r"(?i)\b(?:not|no|never|nor)\s+(?:an?\s+)?$", text[max(0, m.start() - 10) : m.start()])
        country = _country(m.group(1) or m.group(2))
        if country and country != "United States" and not negated:
            found.append(country)
    return _unique(found)


# "the Japanese staff have no permissions on it": people named only as the ones kept away from the data.
_SHUT_OUT = (
    r"\s+(?:\w+\s+){0,2}?(?:have|has|get|gets|with) no (?:access|permissions?|rights?|logins?)\b"
    r"|\s+(?:\w+\s+){0,2}?(?:can'?t|cannot|won'?t|will not|do not|don'?t|never) (?:open|see|access|read|get at|reach)\b"
)


def _nationalities(text: str, origin: str | None) -> list[str]:
    found: list[str] = []
    for demonym, country in _named(text, DEMONYMS.items()):
        if _own_demonym(demonym, text) and _country(country) == origin:
            continue  # the exporter's own company, not a person's nationality
        # "a non-British person" names no nationality; "an Irish Critical Skills permit" is a document; "with no
        # Japanese staff around" names who is absent; "the Danish Business Authority" is a body, in any case.
        if search(
            rf"(?<!non-)(?<!non )(?<!\bno )(?<!\bwithout )(?<!\bwithout any )\b{demonym}\b(?!\s+(?i:(?:\w+\s+){{0,2}}(?:{_COMPANY_NOUNS}|{_NOT_A_PERSON}))|-born|-american|\s+(?:origin|descent|heritage|permanent residen)|{_SHUT_OUT})",
            text,
        ):
            found.extend(c.name for c in find_countries(country)[:1])
    for m in re.finditer(
        r"(?i)\b(?:citizen|national|passport holder|citizenship)\s+(?:of|from)\s+((?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)",
        text,
    ):
        for country in find_countries(m.group(1)):
            found.append(country.name)
    return _unique(found)
