"""Who an e-mail goes to: each To/Cc/Bcc address with its domain, a country hint (the country-code
top-level domain, or a country named in a correspondent's signature), personal webmail, and
whether it leaves the sender's organisation. Embargoed and restrictive destinations (Country
Groups E:1, E:2 and the embargo list, D:5, ITAR § 126.1) raise the severity.

Only the outer message's headers name the recipients of this transfer; the headers of an attached
or forwarded message describe an earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import getaddresses

from assistant.countries import Country, country_by_code, find_countries
from assistant.facts import EMBARGO_GROUPS
from assistant.lexicon import CITIES
from assistant.screening.indicators import Lookup, cited, finding
from assistant.screening.types import Finding, Segment

# Generic or "vanity" top-level domains that say nothing about where the recipient is.
_NO_COUNTRY_TLDS = frozenset(
    ["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "co", "me", "tv", "app", "dev", "cc", "ly", "to", "fm", "xyz", "tech", "online", "site", "cloud", "eu", "asia", "global", "email", "live"]
)
_TLD_ALIASES = {"uk": "GB", "su": "RU"}
_SECOND_LEVEL = frozenset(["co", "com", "ac", "edu", "gov", "org", "net", "ne", "or", "go", "gob", "mil", "nic"])
WEBMAIL = frozenset(
    ["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com", "aol.com", "icloud.com", "me.com", "mail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "pm.me", "tutanota.com", "tuta.io", "zoho.com", "yandex.ru", "yandex.com", "ya.ru", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com", "seznam.cz", "wp.pl", "o2.pl", "libero.it", "orange.fr", "laposte.net", "free.fr", "t-online.de", "yahoo.co.uk", "yahoo.co.jp", "hotmail.co.uk"]
)
RESTRICTIVE = {"E:1", "E:2", "EMBARGO", "D:5", "ITAR:D1", "ITAR:D2"}
_RECIPIENT_FIELDS = ("To", "Cc", "Bcc")
_SIGN_OFF = re.compile(
    r"(?im)^\s*(?:--\s*$|best(?: regards)?|kind regards|regards|many thanks|thanks|thank you|sincerely|cheers|"
    r"mit freundlichen grüßen|cordialement|saludos)\b"
)
_QUOTE_START = re.compile(r"(?im)^\s*(?:on .{5,120} wrote:|-{2,}\s*original message\s*-{2,}|>|from:\s.+@)")


@dataclass
class Address:
    field: str
    name: str
    email: str
    domain: str
    org: str
    country: Country | None
    webmail: bool
    start: int
    end: int


@dataclass
class Recipients:
    """What the envelope says: the sender's organisation and country, where the recipients are."""

    sender_org: str | None = None
    origin: str | None = None
    addresses: list[Address] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)
    embargoed: list[str] = field(default_factory=list)
    restrictive: list[str] = field(default_factory=list)
    webmail: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    unknown_location: list[str] = field(default_factory=list)


def org_domain(domain: str) -> str:
    """The organisation part of a mail domain: `mail.eng.acme.co.uk` → `acme.co.uk`."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def tld_country(domain: str) -> Country | None:
    tld = domain.lower().rsplit(".", 1)[-1]
    if tld in _NO_COUNTRY_TLDS or len(tld) != 2:
        return None
    return country_by_code(_TLD_ALIASES.get(tld, tld))


def _addresses(segment: Segment, field_name: str) -> list[Address]:
    out: list[Address] = []
    for name, email in getaddresses([segment.text]):
        if "@" not in email:
            continue
        domain = email.rsplit("@", 1)[1].lower()
        start = segment.text.find(email)
        start = max(start, 0)
        out.append(Address(
            field_name, name, email, domain, org_domain(domain), tld_country(domain), domain in WEBMAIL,
            start, start + len(email),
        ))  # fmt: skip
    return out


def _signature_countries(segments: Sequence[Segment]) -> tuple[list[str], list[str]]:
    """Countries named in signature blocks of the outer message body: (the sender's own, the
    correspondents' in quoted replies)."""
    own: list[str] = []
    theirs: list[str] = []
    quoted = False
    for segment in segments:
        if segment.location.parts[:1] != ("body",):
            continue
        text = segment.text
        quote = _QUOTE_START.search(text)
        sign = _SIGN_OFF.search(text)
        block = text[sign.start() :] if sign else ""
        if quote and (not sign or quote.start() < sign.start()):
            quoted = True
        if not block:
            continue
        names = [c.name for c in find_countries(block)]
        names += [country for city, country in CITIES.items() if re.search(rf"\b{re.escape(city)}\b", block)]
        (theirs if quoted else own).extend(names)
        if quote and sign and quote.start() > sign.start():
            quoted = True
    return list(dict.fromkeys(own)), list(dict.fromkeys(theirs))


def _groups_note(country: Country) -> str:
    notes = []
    if country.groups & EMBARGO_GROUPS:
        notes.append("embargoed or sanctioned (Country Group E or the embargo list)")
    if "D:5" in country.groups:
        notes.append("Country Group D:5")
    if country.groups & {"ITAR:D1", "ITAR:D2"}:
        notes.append("an ITAR § 126.1 country")
    return ", ".join(notes)


def _country_cites(country: Country, has: Lookup) -> list[str]:
    cites = [m.citation for m in country.memberships if m.group in RESTRICTIVE and m.citation]
    if country.groups & EMBARGO_GROUPS:
        cites.append("15 CFR 746.1")
    return cited(has, *cites)


def analyse(segments: Sequence[Segment], has: Lookup) -> tuple[Recipients, list[Finding]]:
    """The outer message's sender and recipients, one finding per recipient address."""
    outer = [(i, s) for i, s in enumerate(segments) if s.location.field and not s.location.parts]
    result = Recipients()
    sender = next((a for i, s in outer if s.location.field == "From" for a in _addresses(s, "From")), None)
    own_signature, correspondents = _signature_countries(segments)
    if sender:
        result.sender_org = sender.org
        result.origin = sender.country.name if sender.country else None
    if result.origin is None and own_signature:
        result.origin = own_signature[0]
    found: list[Finding] = []
    for i, segment in outer:
        if segment.location.field not in _RECIPIENT_FIELDS:
            continue
        for a in _addresses(segment, segment.location.field):
            result.addresses.append(a)
            found.append(_recipient_finding(a, result, i, segment, has))
    for name in correspondents:
        if name != result.origin and name not in result.destinations:
            result.destinations.append(name)
            country = find_countries(name)[0] if find_countries(name) else None
            if country and country.groups & RESTRICTIVE:
                result.restrictive.append(name)
                if country.groups & EMBARGO_GROUPS:
                    result.embargoed.append(name)
    return result, found


def _recipient_finding(a: Address, result: Recipients, i: int, segment: Segment, has: Lookup) -> Finding:
    notes: list[str] = []
    severity = "info"
    cites: list[str] = []
    internal = result.sender_org is not None and a.org == result.sender_org and not a.webmail
    if not internal:
        result.external.append(a.email)
        notes.append(f"outside the sender's organisation ({result.sender_org})" if result.sender_org else "external")
        severity = "low"
        cites = cited(has, "15 CFR 734.13(a)(1)", "22 CFR 120.50(a)(1)")
    if a.webmail:
        result.webmail.append(a.email)
        notes.append("personal webmail: the recipient's identity, employer and location cannot be verified")
        severity = "medium"
    if a.country:
        name = a.country.name
        notes.append(f"country hint {name} (.{a.domain.rsplit('.', 1)[-1]})")
        if name != result.origin and name not in result.destinations:
            result.destinations.append(name)
        if a.country.groups & RESTRICTIVE:
            notes.append(_groups_note(a.country))
            severity = "high"
            cites = [*cites, *_country_cites(a.country, has)]
            result.restrictive.append(name)
            if a.country.groups & EMBARGO_GROUPS:
                result.embargoed.append(name)
    elif not internal:
        result.unknown_location.append(a.email)
        notes.append("no country hint in the address")
    if a.field == "Bcc":
        notes.append("a blind copy: other recipients do not see it")
    message = f"{a.field}: {a.email} — " + "; ".join(notes or ["inside the sender's organisation"]) + "."
    return finding(
        "recipient", severity, message, i, segment, a.start, a.end, list(dict.fromkeys(cites)),  # type: ignore[arg-type]
        label="recipient", email=a.email, domain=a.domain, country=a.country.name if a.country else None,
        webmail=a.webmail, internal=internal,
    )
