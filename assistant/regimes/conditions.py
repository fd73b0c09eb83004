"""Predicates over facts that several regimes share: who the recipient is, where the data goes,
what the information is. Country-group membership comes from `corpus/data/countries.yaml`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.citations import names_technology
from assistant.countries import Country, find_countries
from assistant.country_chart import anti_terrorism_only
from assistant.determination import Rule
from assistant.facts import EMBARGO_GROUPS, Facts
from assistant.technology_scope import reaches_use

NOT_FOREIGN = {"us_person", "permanent_resident", "protected_individual"}
TECHNICAL_KINDS = {"development", "production", "use", "source_code", "software", "technical"}
NON_TECHNOLOGY_KINDS = {"marketing", "general_description", "basic_science", "business"}
# Modes in which technology is released by showing or telling rather than sent (15 CFR 734.15, 22 CFR 120.56).
RELEASE_MODES = frozenset({"visit", "call", "remote_access", "shared_drive", "employment", "assistance", "conference"})


@lru_cache(maxsize=512)
def country(name: str) -> Country | None:
    found = find_countries(name)
    return found[0] if found else None


def groups(name: str) -> frozenset[str]:
    c = country(name)
    return c.groups if c else frozenset()


def membership_citation(name: str, group_names: frozenset[str]) -> str | None:
    c = country(name)
    if not c:
        return None
    for m in c.memberships:
        if m.group in group_names and m.citation:
            return m.citation
    return None


def places(f: Facts) -> list[str]:
    """Every country the technology reaches: destinations, storage, and (for a release to a
    foreign person) the recipient's nationalities."""
    out = [*f.destinations, *f.storage_countries]
    if is_foreign_recipient(f):
        out += f.recipient_nationalities
    home = f.origin or "United States"
    return [p for p in dict.fromkeys(out) if p != home]


def is_foreign_recipient(f: Facts) -> bool:
    return bool(f.recipient_nationalities or "foreign_person" in f.recipient_status) and not (
        NOT_FOREIGN & set(f.recipient_status)
    )


def recipient_not_foreign(f: Facts) -> bool:
    return bool(NOT_FOREIGN & set(f.recipient_status))


def colleague_status_open(f: Facts) -> bool:
    """A new colleague in the U.S. of whom nothing is said but the job (a place of birth decides nothing): whether
    they are a U.S. person is what decides whether giving them the data is an export at all."""
    return (
        "employment" in f.modes
        and f.origin in (None, "United States")
        and not (places(f) or f.recipient_nationalities or f.recipient_status or f.abroad)
    )


def colleague_status_rule(
    if_us_person: str, if_foreign: str, cite: tuple[str, ...], cite_more: Callable[[Facts], Sequence[str]]
) -> Rule:
    """The EAR's and the ITAR's first question about a new colleague of unknown status: are they a U.S. person?"""
    return Rule(
        "Is the new colleague a U.S. person?",
        colleague_status_open,
        "Nothing says whether the person is a U.S. citizen, permanent resident or protected individual. If so, "
        f"{if_us_person} in the United States is not an export; if they are a foreign person, it is {if_foreign}.",
        cite=cite,
        cite_more=cite_more,
        then="depends",
        missing=("recipient_status", "recipient_nationality"),
    )


def among_us_persons_abroad(f: Facts) -> bool:
    """Data passed on inside one foreign country only between people who are not foreign persons."""
    abroad = set(f.destinations) - {"United States"}
    foreign_nationals = set(f.recipient_nationalities) - {"United States"}  # "two US citizens" name no foreigner
    return f.in_country_only and recipient_not_foreign(f) and len(abroad) == 1 and not foreign_nationals


def only_receiving(f: Facts) -> bool:
    """The writer only takes technology in: export rules bind whoever sends it out or releases it to a foreign
    person, and nothing here is sent on or shown to one."""
    return f.receiving_only and not is_foreign_recipient(f) and not f.evasion


# Part 746's Russia and Belarus requirements leave deemed exports and reexports out (15 CFR 746.8(a)(12)(i)).
DEEMED_EXPORTS_SPARED = frozenset({"Russia", "Belarus"})


def released_at_home(f: Facts) -> bool:
    """The foreign national is given the technology where the exporter is (a job or a visit there), so naming his
    country is naming where the release is deemed to go, not where anything is sent."""
    return bool(f.recipient_in_origin and f.modes and set(f.modes) <= {"employment", "visit"}) and not (
        f.storage_countries or f.abroad
    )


def spared_deemed_exports(f: Facts) -> list[str]:
    """Russian or Belarusian nationals released to at home: only the CCL-based requirements reach them."""
    if not (released_at_home(f) and is_foreign_recipient(f)):
        return []
    return [n for n in f.recipient_nationalities if n in DEEMED_EXPORTS_SPARED]


def sanctions_spare_ear99_technology(f: Facts) -> list[str]:
    """Russia or Belarus receiving EAR99 technology: 15 CFR 746.8(a) reaches items in an ECCN, the goods of its
    supplements and the EAR99 software types of (a)(8), not EAR99 technology; only end-use and end-user rules
    (744.21) can still require a license."""
    if classification_family(f) != {"ear99"} or {"source_code", "software"} & set(f.info_kinds):
        return []
    return [p for p in [*f.destinations, *f.storage_countries] if p in DEEMED_EXPORTS_SPARED]


def embargoed_places(f: Facts) -> list[str]:
    """Embargoed countries the data goes to (not the nationality of a recipient in the US: a deemed
    export of EAR99 technology to such a national needs no BIS license; listed items are caught by the
    classification rules)."""
    spared = {*spared_deemed_exports(f), *sanctions_spare_ear99_technology(f)}
    return [p for p in [*f.destinations, *f.storage_countries] if groups(p) & EMBARGO_GROUPS and p not in spared]


def published(f: Facts) -> bool:
    return bool({"published", "submitted_for_publication", "open_conference"} & set(f.info_status))


def nationals_of_embargoed(f: Facts) -> list[str]:
    return [n for n in f.recipient_nationalities if groups(n) & EMBARGO_GROUPS] if is_foreign_recipient(f) else []


def only_non_technology(f: Facts) -> bool:
    """Marketing, general descriptions or textbook science, and nothing technical: not technology. A named
    technology entry (3E001, WA ML22) says the information is technology; a named item (a Cat. VIII UAV, a
    2B001 machine) is only what the brochure is about."""
    kinds = set(f.info_kinds)
    return (
        bool(kinds & NON_TECHNOLOGY_KINDS)
        and not kinds & (TECHNICAL_KINDS - {"technical"})
        and not any(names_technology(c) for c in f.classifications)
    )


def knows_where(f: Facts) -> bool:
    return bool(places(f)) or recipient_not_foreign(f)


def in_group(f: Facts, group: str) -> list[str]:
    return [p for p in places(f) if group in groups(p)]


def encrypted_storage_ok(f: Facts, banned_groups: frozenset[str]) -> bool:
    """End-to-end encrypted, validated crypto, no third party holding keys, and not intentionally
    stored in a banned country (the shared shape of 15 CFR 734.18(a)(5) and 22 CFR 120.54(a)(5))."""
    e = f.encryption
    # FIPS 140 modules, or equally effective means: a strong cipher stated for a module said not to be validated
    effective = e.validated_module or (e.validated_module is False and e.strong_cipher)
    if not (e.end_to_end and effective) or e.provider_holds_keys:
        return False
    stored = f.storage_countries or f.destinations
    banned = [p for p in stored if groups(p) & banned_groups]
    return not banned or e.storage_intentional is False


def classification_family(f: Facts) -> set[str]:
    out: set[str] = {"listed"} if f.listed and not f.classification_unknown else set()
    for c in f.classifications:
        if c.startswith("ECCN"):
            out.add("eccn")
        elif c == "EAR99":
            out.add("ear99")
        elif c.startswith("USML"):
            out.add("usml")
        elif c.startswith("EU 2021/821 Annex"):
            out.add("eu")
        elif c.startswith("WA"):
            out.add("wa")
    return out


def beyond_entry_scope(f: Facts, named: list[str]) -> list[str]:
    """The named technology entries, when the information is only for using the item (installing, operating,
    maintaining it) and every one of them controls technology for other purposes only (3E001: development or
    production). Empty when any entry reaches "use" or its purposes are not on record."""
    kinds = set(f.info_kinds)
    if "use" not in kinds or kinds & {"development", "production", "source_code", "software"}:
        return []
    entries = [c for c in named if names_technology(c)]
    return entries if entries and all(reaches_use(c) is False for c in entries) else []


def eccns(f: Facts) -> list[str]:
    return [c for c in f.classifications if c.startswith("ECCN")]


def at_only(eccn: str) -> bool:
    """Controlled for anti-terrorism (AT) reasons only (5E992, 9E991), as the Country Chart data says; the x9xx
    numbering decides only for entries the data lacks (0E982 is numbered so but is a crime-control entry)."""
    found = anti_terrorism_only(eccn)
    return eccn.split()[-1][2] == "9" if found is None else found


def unclassified(opening: str) -> Callable[[Facts], str]:
    """The finding of a classification follow-up: `opening`, then the entry test for any item the question names
    by what it is ("carbon fibre falls in ECCN 1C010 only past ..."), so the asker knows what to measure."""

    def finding(f: Facts) -> str:
        if not f.candidate_tests:
            return opening
        tests = "; ".join(f.candidate_tests)
        return f"{opening} The item named falls in a listed entry only if it meets the entry's test: {tests}."

    return finding


def minimum_for_authorised_export(f: Facts) -> bool:
    """Information to install, operate, maintain or repair an item whose export was authorised rides on that
    authorisation (the General Technology Note); drawings to make the item or its spares do not."""
    return f.export_authorised and "use" in f.info_kinds and not f.overhaul and not {"development", "production"} & set(f.info_kinds)
