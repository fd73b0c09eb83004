"""The EAR procedure for technology and software (15 CFR parts 734, 736-746, 772, 774)."""

from __future__ import annotations

import re

from assistant.citations import product_group
from assistant.countries import find_countries
from assistant.country_chart import control_reasons, everywhere_but_section, license_reasons
from assistant.determination import Rule
from assistant.facts import EMBARGO_GROUPS, Facts
from assistant.item_names import technology_of
from assistant.license_exceptions import tsr
from assistant.regimes.conditions import (
    DEEMED_EXPORTS_SPARED,
    RELEASE_MODES,
    among_us_persons_abroad,
    at_only,
    beyond_entry_scope,
    classification_family,
    colleague_status_rule,
    eccns,
    embargoed_places,
    groups,
    in_group,
    is_foreign_recipient,
    knows_where,
    membership_citation,
    minimum_for_authorised_export,
    only_non_technology,
    only_receiving,
    places,
    published,
    recipient_not_foreign,
    sanctions_spare_ear99_technology,
    spared_deemed_exports,
    unclassified,
)
from assistant.regimes.encrypted_storage import Carveout, carveout_rules, encryption_unknown_rule
from assistant.regimes.follow_ups import STATUS_OPEN, Ask, follow_ups

_D5 = frozenset({"D:5"})
CARVEOUT = Carveout(
    "15 CFR 734.18(a)(5)",
    "15 CFR 734.18",
    _D5,
    lambda f: in_group(f, "D:5"),
    "a Country Group D:5 country",
    "technology",
)


def _embargo_citations(f: Facts) -> list[str]:
    """The country's own part 746 section first (746.7 for Iran), then its Country Group entry; for Russia and
    Belarus the paragraph on the EAR99 software types when the software is one of them."""
    places = embargoed_places(f)
    software = ["15 CFR 746.8(a)(8)"] if f.sanctioned_software and set(places) & DEEMED_EXPORTS_SPARED else []
    return [
        *software,
        *(c for p in places for group in (frozenset({"EMBARGO"}), EMBARGO_GROUPS) if (c := membership_citation(p, group))),
    ]


FLAG_SECTIONS = (
    ("listed_party", ("15 CFR 744.11", "15 CFR 744 Supp. 4")),  # the licence rule, and the Entity List itself
    ("military_end_use", ("15 CFR 744.21",)),
    ("military_intelligence", ("15 CFR 744.22",)),
    ("wmd_end_use", ("15 CFR 744.2",)),
    ("missile_end_use", ("15 CFR 744.3",)),
    ("denied_person", ("15 CFR 736.2(b)(4)",)),
)


PARTY_AND_END_USE_FLAGS = frozenset({flag for flag, _ in FLAG_SECTIONS})
# 15 CFR 744.21(a): the military end-use and end-user rule reaches these countries (and their military end users
# wherever located); a military customer elsewhere needs only what the Commerce Control List requires.
MILITARY_END_USE_COUNTRIES = frozenset({"Belarus", "Burma", "Cambodia", "China", "Nicaragua", "Russia", "Venezuela"})


def _party_flags(f: Facts) -> set[str]:
    """The red flags that bring in a part 744 rule here: a military end use counts only where 744.21 reaches
    (a named country, an embargoed one, or a place not yet known)."""
    flags = set(PARTY_AND_END_USE_FLAGS & set(f.red_flags))
    reached = {(c[0].ear_part_of or c[0].name) for p in places(f) if (c := find_countries(p))}
    if reached and not reached & MILITARY_END_USE_COUNTRIES and not embargoed_places(f):
        flags.discard("military_end_use")
    return flags


def _chart_to_check(f: Facts) -> list[str]:
    """The Commerce Country Chart, when a listed ECCN is named: where the open destination is looked up; and
    the part 742 section of an entry controlled to every destination but Canada (hot section, encryption)."""
    entries = _controlled_eccns(f)
    return ["15 CFR 738 Supp. 1", *_everywhere_but(f)] if entries else []


def _everywhere_but(f: Facts) -> list[str]:
    """742.14 (Significant Items) or 742.15 (Encryption Items) for the named entries whose paragraphs carry it."""
    found = (everywhere_but_section(e, _named(f)) for e in _controlled_eccns(f))
    return list(dict.fromkeys(c for c in found if c))


def _flag_citations(flags: list[str]) -> list[str]:
    """The part 744 sections behind each red flag (Entity List, military end use, nuclear end use)."""
    return [c for flag, cs in FLAG_SECTIONS if flag in flags for c in cs]


def _unscreened(f: Facts) -> bool:
    """Nobody has screened the parties: the Entity List check is asked for first, and any other open concern (an end
    use, a possible listing) after it, in the same follow-up."""
    return "unscreened_party" in f.uncertain_flags


def _other_concerns(f: Facts) -> bool:
    return bool(set(f.uncertain_flags) - {"unscreened_party"})


def _named(f: Facts) -> list[str]:
    """The entries and paragraphs the question names, which decide the chart lines limited to some items. A '.y'
    goods paragraph of the 600 series or 9x515 names its technology paragraph too: 9E610.y is the technology for
    9A610.y items, as the entries say."""
    mirrored = [
        f"{technology}{p[5:]}"
        for p in f.paragraphs
        if re.fullmatch(r"\d[A-D](?:6\d\d|515)\.y(?:\.\d+)?", p)
        and (technology := technology_of(f"ECCN {p[:5]}").split()[-1]) != p[:5]
    ]
    return [*f.classifications, *f.paragraphs, *mirrored]


def named_classification(f: Facts) -> list[str]:
    return [c for c in f.classifications if c.startswith("ECCN") or c == "EAR99"]


def _nationals_embargo(f: Facts) -> list[str]:
    """Part 746 sections of the recipients' countries (they hold the deemed-export exceptions, e.g. 746.2(a)(2))."""
    return [c for n in f.recipient_nationalities if (c := membership_citation(n, frozenset({"EMBARGO"})))]


def _where(f: Facts) -> str:
    return ", ".join(places(f)) or "abroad"


def _controlled_eccns(f: Facts) -> list[str]:
    return [e for e in eccns(f) if not at_only(e)]


def _chart(f: Facts) -> dict[tuple[str, str], list[str] | None]:
    """Country Chart reasons requiring a license, per (controlled ECCN, place the technology reaches)."""
    entries = _controlled_eccns(f)
    # the item named only as context: its technology entry is what the chart is read for ("6A002 development data")
    technology = [e for e in entries if product_group(e) in ("D", "E")] or list(dict.fromkeys(map(technology_of, entries)))
    return {(e, p): license_reasons(e, p, _named(f)) for e in technology for p in places(f)}


def _chart_clears(f: Facts) -> bool:
    """Every controlled entry and every destination is on the chart, and no column is marked."""
    chart = _chart(f)
    return bool(chart) and all(reasons == [] for reasons in chart.values())


def _chart_marks(f: Facts) -> str:
    found = [f"{', '.join(r)} for {p}" for (_, p), r in _chart(f).items() if r]
    return f" (Country Chart: {'; '.join(dict.fromkeys(found))})" if found else ""


def _tsr_open(f: Facts) -> bool:
    """Whether TSR may cover any of the controlled entries (the entry itself may mark it N/A)."""
    return any(tsr(e) != "no" for e in _controlled_eccns(f))


def _standards_eligible(f: Facts) -> bool:
    """15 CFR 734.10(b)(1): EAR99, anti-terrorism-only entries, 5D002/5E002 and 9D515/9E515 technology (read at
    entry level: the paragraphs of those entries the rule names are not checked). A goods entry named beside the
    technology only says what the technology is for."""
    family = classification_family(f)
    named = [e for e in eccns(f) if product_group(e) in ("D", "E")] or eccns(f)
    if not (named or "ear99" in family) or "usml" in family:
        return False
    return all(at_only(e) or _entry_code(e) in ("5D002", "5E002", "9D515", "9E515") for e in named)


def _entry_code(eccn: str) -> str:
    """"ECCN 5E002.a" -> "5E002"."""
    return eccn.split()[-1][:5]


def _encryption_entries(f: Facts) -> bool:
    """5D002/5E002 named: License Exception ENC is a route to check besides a license."""
    return any(_entry_code(e) in ("5E002", "5D002") for e in eccns(f))


def _university_tsu(f: Facts) -> bool | None:
    """License Exception TSU for a U.S. university's own staff (15 CFR 740.13(f)): None when the question is not a
    release in the United States by a university to its bona fide full-time regular employee; otherwise whether
    the paragraph is open: not to a D:5 national, and not for technology controlled for EI or MT reasons."""
    if not (f.academic and f.permanent_employee and is_foreign_recipient(f)) or _foreign_destinations(f):
        return None
    excluded = {"EI", "MT"} & {r for e in _controlled_eccns(f) for r in control_reasons(e, _named(f))}
    return not excluded and not in_group(f, "D:5")


def _license_routes(f: Facts) -> str:
    routes = ["a BIS license"]
    if _encryption_entries(f):
        routes.append("License Exception ENC (15 CFR 740.17)")
    if "hand_carry" in f.modes:
        routes.append("License Exception TMP (15 CFR 740.9) for technology carried by employees as tools of trade")
    university = _university_tsu(f)
    if university:
        routes.append(
            "License Exception TSU (15 CFR 740.13(f)) for a U.S. university's bona fide full-time regular employee who "
            "lives in the United States, is not a D:5 national and is told in writing not to pass it on"
        )
    closed = [e for e in _controlled_eccns(f) if tsr(e) == "no"]
    if _tsr_open(f):
        routes.append(
            "License Exception TSR (15 CFR 740.6) where the entry allows it and the destination is in Country Group B"
        )
    text = ", or ".join(routes)
    if closed:
        text += f"; License Exception TSR is not available for {', '.join(closed)} (its entry marks TSR N/A)"
    if university is False:
        text += (
            "; License Exception TSU for university employees (15 CFR 740.13(f)) is not available: it excludes D:5 "
            "nationals and technology controlled for EI or MT reasons"
        )
    return text


def _foreign_destinations(f: Facts) -> list[str]:
    return [d for d in f.destinations if d != "United States"]


def _de_minimis(f: Facts) -> tuple[str, float] | None:
    """The de minimis paragraph and level that apply to foreign technology with a stated share of controlled U.S.
    content: 10% (paragraph (c)) when it goes to Country Group E:1 or E:2, 25% (paragraph (d)) elsewhere. None for
    U.S.-made technology, and for 5E002 encryption or 9E003 hot-section technology, which have no de minimis level
    (15 CFR 734.4(a)(2), (a)(4))."""
    if f.us_content_percent is None or f.origin == "United States" or not _foreign_destinations(f):
        return None
    if {_entry_code(e) for e in eccns(f)} & {"5E002", "9E003"}:
        return None
    strict = any(in_group(f, g) for g in ("E:1", "E:2"))
    return ("15 CFR 734.4(c)", 10.0) if strict else ("15 CFR 734.4(d)", 25.0)


def _within_de_minimis(f: Facts) -> bool | None:
    """Whether the stated U.S. share is within the de minimis level; None where no level applies."""
    level = _de_minimis(f)
    return None if level is None or f.us_content_percent is None else f.us_content_percent <= level[1]


def _release_place(f: Facts) -> str | None:
    """Where an entity outside the United States holds the technology: the exporter's own country, or the one
    foreign place named ("our subsidiary in Munich holds it")."""
    if f.origin and f.origin != "United States":
        return f.origin
    abroad = _foreign_destinations(f)
    return abroad[0] if len(abroad) == 1 else None


def _not_deemed_reexport(f: Facts) -> str | None:
    """The paragraph of 15 CFR 734.20 that takes a release abroad, by the entity holding U.S.-origin technology, to
    its own permanent employee out of the deemed-reexport rule: (b) for nationals of Country Group A:5 released in
    an A:5 country, (a) when an export from the United States to the employee's country would need no license,
    (c) for other nationals when the entity screens its staff for substantive contacts with D:5 countries."""
    return _734_20(f, f.permanent_employee)


def _734_20(f: Facts, employed: bool) -> str | None:
    here = _release_place(f)
    nationals = f.recipient_nationalities
    if not (
        f.us_origin
        and here
        and "employment" in f.modes
        and employed
        and nationals
        and here not in nationals
        and set(_foreign_destinations(f)) <= {here}
        and not (f.red_flags or f.uncertain_flags)
        and is_foreign_recipient(f)
    ):
        return None
    if "A:5" in groups(here) and all("A:5" in groups(n) for n in nationals):
        return "15 CFR 734.20(b)"
    entries = _controlled_eccns(f)
    technology = [e for e in entries if product_group(e) in ("D", "E")] or entries
    if technology and all(_exportable(e, n, f) for e in technology for n in nationals):
        return "15 CFR 734.20(a)"
    return "15 CFR 734.20(c)" if f.diversion_screening else None


_734_20_WHY = {
    "15 CFR 734.20(b)": ", a Country Group A:5 country, and the release takes place in an A:5 country.",
    "15 CFR 734.20(a)": ", to which an export from the United States would need no license (or could go under License "
    "Exception TSR).",
    "15 CFR 734.20(c)": ", because the entity screens its staff for substantive contacts with Country Group D:5 "
    "countries under a technology security plan, has them sign a non-disclosure agreement and keeps the records.",
}


def _exportable(eccn: str, national: str, f: Facts) -> bool:
    """Whether `eccn` could go from the United States to `national`'s country without a license: no reason on the
    Country Chart, or License Exception TSR, which the whole entry allows and reaches Country Group B countries
    other than those of D:1, E:1 and E:2 (15 CFR 740.6)."""
    if license_reasons(eccn, national, _named(f)) == []:
        return True
    return tsr(eccn) == "yes" and "B" in groups(national) and not groups(national) & _TSR_BARRED


_TSR_BARRED = frozenset({"D:1", "E:1", "E:2"})


def _nationals_need_tsr(f: Facts) -> bool:
    """Some recipient's country is marked on the chart for a named entry, so only TSR makes it exportable."""
    return any(license_reasons(e, n, _named(f)) for e in _controlled_eccns(f) for n in f.recipient_nationalities)


RULES: list[Rule] = [
    Rule(
        "Is a U.S. person supporting advanced-node chip production in China or another D:5 country?",
        lambda f: (
            f.advanced_node_fab
            and not published(f)  # 744.6(d): information outside the EAR under part 734 is not covered
            and "us_person" in f.recipient_status
            and any("D:5" in groups(p) or p == "Macau" for p in f.destinations)
        ),
        "A U.S. person needs a license to ship, transmit or service, or to facilitate that, even items not subject to "
        "the EAR that will be used to develop or produce ICs at a fab in Macau or a Country Group D:5 country where "
        "advanced-node ICs are produced; advising or servicing such a fab is covered, whatever the data's origin.",
        cite=("15 CFR 744.6(c)(2)", "15 CFR 744.6"),
        then="controlled",
        next_steps=("Stop the support until BIS licenses it; check whether the fab is also on the Entity List.",),
    ),
    Rule(
        "Is a U.S. person supporting a WMD or military end use?",
        # teaching a catalog course is no service to an end user: its subject (rockets) is not its students' end use
        lambda f: "assistance" in f.modes
        and bool({"wmd_end_use", "military_end_use", "military_intelligence"} & set(f.red_flags))
        and "educational" not in f.info_status,
        "A U.S. person may not, without a license, support WMD or military-intelligence end uses or end users "
        "(performing services, consulting, training) even when no item subject to the EAR changes hands.",
        cite=("15 CFR 744.6",),
        cite_more=lambda f: _flag_citations([x for x in f.red_flags if x == "military_intelligence"]),
        then="controlled",
        next_steps=("Do not perform the service; ask BIS whether a license can be granted.",),
    ),
    Rule(
        "Is the information published?",
        lambda f: f.publication_unknown,
        "Whether the information was published (e.g. released at an open session) decides whether it is subject to the EAR at all.",
        cite=("15 CFR 734.7",),
        then="depends",
        missing=("publication_status",),
    ),
    Rule(
        "Is it printed matter?",
        lambda f: "printed" in f.info_status and not set(f.modes) & {"email", "cloud", "shared_drive", "repository"},
        "Printed books and similar printed publications are not subject to the EAR, even where they set out "
        "encryption source code; the same content sent as a file stays subject.",
        cite=("15 CFR 734.3(b)(2)",),
        then="not_controlled",
        next_steps=("Send the printed copy only; an electronic copy needs its own analysis.",),
    ),
    Rule(
        "Is published encryption software still subject to the EAR?",
        lambda f: (
            published(f)
            and bool({"software", "source_code"} & set(f.info_kinds))
            and f.encryption_mentioned
            and not f.classifications
        ),
        "Publishing does not release encryption software classified under ECCN 5D002: it stays subject to the EAR "
        "unless it is publicly available encryption source code (or object code built from it) under 742.15(b). "
        "Whether the software's encryption makes it 5D002 has not been assessed.",
        cite=("15 CFR 734.7(b)", "15 CFR 734.7"),
        cite_more=lambda f: ["15 CFR 742.15(b)"],
        then="depends",
        missing=("classification",),
        next_steps=("Classify the software's encryption functionality (5D002, 5D992 or mass market under 740.17).",),
    ),
    Rule(
        "Is the information published?",
        published,
        "Published information (available to the public without restriction, or submitted to journal "
        "editors, reviewers or open-conference organisers for publication) is not subject to the EAR.",
        cite=("15 CFR 734.7", "15 CFR 734.3(b)(3)"),
        cite_more=lambda f: ["15 CFR 734.3(b)(3)", *(["15 CFR 734.8"] if "fundamental_research" in f.info_status else [])],
        then="not_controlled",
        next_steps=("Keep evidence of the publication (citation, date, URL) with the file.",),
    ),
    Rule(
        "Is the transfer itself a publication?",
        lambda f: f.publishing and not f.destinations and not is_foreign_recipient(f) and not f.red_flags,
        "Making the information available to the public without restriction (an open repository, a public website, a "
        "journal) publishes it, and published information is not subject to the EAR; publicly available encryption "
        "source code is released in the same way.",
        cite=("15 CFR 734.7(a)", "15 CFR 734.7"),
        cite_more=lambda f: ["15 CFR 742.15(b)"] if any(e.split()[-1][:2] == "5D" for e in eccns(f)) else [],
        then="not_controlled",
        next_steps=("Publish without access restrictions, and keep the date and location of publication on file.",),
    ),
    Rule(
        "Is the technology released to conduct the research, rather than arising from it?",
        lambda f: "fundamental_research" in f.info_status and f.research_input,
        "Technology released to researchers to conduct fundamental research, such as a sponsor's proprietary data, "
        "does not arise from the research: the exclusion does not reach it, and it stays subject to the EAR.",
        cite=("15 CFR 734.8(a)", "15 CFR 734.8"),
    ),
    Rule(
        "Is it fundamental research?",
        lambda f: "fundamental_research" in f.info_status and not f.research_input,
        "Technology that arises during or results from fundamental research intended to be published is not subject to the EAR.",
        cite=("15 CFR 734.8",),
        cite_more=lambda f: ["15 CFR 734.3(b)(3)"],  # the provision that puts it outside the EAR
        then="not_controlled",
    ),
    Rule(
        "Is the research free to be published?",
        lambda f: "fundamental_research" in f.not_status and f.academic,
        "Research whose sponsor may stop or restrict publication of results, beyond a short review for patent rights "
        "or the sponsor's proprietary inputs, is not fundamental research: its technology stays subject to the EAR.",
        cite=("15 CFR 734.8(b)", "15 CFR 734.8"),
    ),
    Rule(
        "Is it patent information?",
        lambda f: "patent" in f.info_status,
        "Information in a patent or an open (published) patent application is not subject to the EAR.",
        cite=("15 CFR 734.10", "15 CFR 734.3(b)(3)"),
        cite_more=lambda f: ["15 CFR 734.3(b)(3)"],  # the provision that puts it outside the EAR
        then="not_controlled",
    ),
    Rule(
        "Is it released for a standards-related activity?",
        # (b)(2): for a published standard, or one meant to be published
        lambda f: "standards_activity" in f.info_status
        and bool({"will_be_published", "published", "submitted_for_publication"} & set(f.info_status))
        and _standards_eligible(f),
        "Technology released for developing or revising a standard that is or will be published is not subject to the "
        "EAR when it is EAR99, anti-terrorism-only, or the 5D002/5E002 and 9D515/9E515 items the rule names, whoever "
        "takes part (Entity List companies included).",
        cite=("15 CFR 734.10(b)", "15 CFR 734.10"),
        cite_more=lambda f: ["15 CFR 734.3(b)(3)"],  # the provision that puts it outside the EAR
        then="not_controlled",
        next_steps=("Keep to what the standard needs; other controlled technology still needs its own review.",),
    ),
    Rule(
        "Is it educational information?",
        lambda f: "educational" in f.info_status,
        "Information released by instruction in catalog courses and associated teaching laboratories is not subject to the EAR.",
        cite=("15 CFR 734.3(b)(3)",),
        then="not_controlled",
    ),
    Rule(
        "Is it the minimum technology for an item whose export was authorized?",
        minimum_for_authorised_export,
        "The authorization to export an item also covers the minimum technology for its installation, operation, "
        "maintenance and repair (General Technology Note); overhaul and refurbishing are not part of it. License "
        "Exception TSU authorises the same minimum operation technology to wherever the item lawfully went.",
        cite=("15 CFR 774 Supp. 2",),
        cite_more=lambda f: ["15 CFR 740.13(a)"],
        then="not_controlled",
    ),
    Rule(
        "Is it 'technology' at all?",
        only_non_technology,
        "Marketing material, general descriptions and basic principles are not information 'required' for the "
        "development, production or use of an item, so they are not controlled technology.",
        cite=("15 CFR 772.1",),
        then="not_controlled",
    ),
    Rule(
        "Is the information 'required' for the listed item?",
        lambda f: f.not_required and bool(f.classifications) and not f.red_flags and not embargoed_places(f),
        "Only technology peculiarly responsible for reaching the controlled performance or functions is 'required' "
        "for a listed item; information used unchanged for uncontrolled items, or without effect on the controlled "
        "parameters, is not caught by the entry (it is EAR99 at most, needing no licence for this destination).",
        cite=("15 CFR 772.1",),
        cite_more=lambda f: ["15 CFR 774 Supp. 2", *named_classification(f)],
        then="not_controlled",
        next_steps=("Record why the information is not 'required', and send nothing beyond it.",),
    ),
    Rule(
        "Is the U.S. content de minimis?",
        lambda f: _within_de_minimis(f) is True,
        lambda f: (
            f"Foreign technology drawn from or commingled with controlled U.S.-origin technology worth "
            f"{f.us_content_percent:g}% of its value (at most {(_de_minimis(f) or ('', 0.0))[1]:g}% for this "
            "destination) is not subject to the EAR when sent on, "
            + ("the one-time report to BIS having been filed." if f.de_minimis_report else "once the one-time report to BIS is filed.")
        ),
        cite=("15 CFR 734.4",),
        cite_more=lambda f: [(_de_minimis(f) or ("15 CFR 734.4",))[0]],
        then="not_controlled",
        next_steps=(
            "Keep the de minimis calculation on file, and file the one-time report with BIS before relying on it if "
            "that has not been done.",
        ),
    ),
    Rule(
        "Is the U.S. content above the de minimis level?",
        lambda f: _within_de_minimis(f) is False,
        lambda f: (
            f"The controlled U.S.-origin content ({f.us_content_percent:g}%) is above the de minimis level for this "
            f"destination ({(_de_minimis(f) or ('', 0.0))[1]:g}%), so the foreign technology is subject to the EAR."
        ),
        cite=("15 CFR 734.4",),
        cite_more=lambda f: [(_de_minimis(f) or ("15 CFR 734.4",))[0]],
    ),
    Rule(
        "Is the recipient a foreign person?",
        lambda f: (
            recipient_not_foreign(f)
            and not (set(f.destinations) - {"United States"})
            and "hand_carry" not in f.modes
            and not f.destination_undecided
        ),
        "Transferring technology within the United States to a U.S. citizen, permanent resident or protected "
        "individual is not an export, reexport or transfer.",
        cite=("15 CFR 734.18(a)(2)", "15 CFR 772.1"),
        cite_more=lambda f: ["15 CFR 772.1"],  # where "U.S. person" and "foreign person" are defined
        then="not_controlled",
        next_steps=("Confirm the person's status (citizenship, green card) in your records before release.",),
    ),
    *follow_ups(
        {
            "destination": Ask(
                "The destination is not settled (or not known), and it decides whether a license or license exception "
                "is available: embargoed and Country Group E destinations rule most exceptions out.",
                cite=("15 CFR 734.13", "15 CFR 740.2"),
                cite_more=lambda f: [*eccns(f), *_chart_to_check(f), "15 CFR 740.2"],
            ),
            "storage": Ask(
                "The storage country is not settled; encrypted storage abroad stays outside the export definition only "
                "if it is not intentionally stored in a Country Group D:5 country.",
                cite=("15 CFR 734.18(a)(5)", "15 CFR 734.18"),
            ),
            "status": Ask(
                STATUS_OPEN,
                cite=("15 CFR 772.1", "15 CFR 734.13(b)"),
            ),
            "nationality": Ask(
                "The recipient's citizenship is not known: a release to a U.S. citizen, permanent resident or protected "
                "individual is no export, while a release to a foreign person is a deemed export to their country.",
                cite=("15 CFR 734.13(b)", "15 CFR 734.13"),
                cite_more=lambda f: ["15 CFR 772.1", *eccns(f), *_chart_to_check(f)],
            ),
        }
    ),
    Rule(
        "Does the technology stay with U.S. persons in one foreign country?",
        among_us_persons_abroad,
        "Passing technology on within the same foreign country only between persons who are not foreign persons is "
        "not an export, reexport or transfer, as long as no foreign person gets access.",
        cite=("15 CFR 734.18(a)(3)", "15 CFR 734.18"),
        then="not_controlled",
        next_steps=("Make sure the technology reached that country lawfully and no local staff can open it.",),
    ),
    Rule(
        "Is anything sent or released at all?",
        only_receiving,
        "Receiving technology is not an export: the EAR binds whoever ships, transmits or releases it, and nothing "
        "is sent on or shown to a foreign person here (sending it on later needs its own review).",
        cite=("15 CFR 734.13(a)", "15 CFR 734.13"),
        then="not_controlled",
    ),
    Rule(
        "Is it encryption software released inside the United States?",
        lambda f: (
            bool(eccns(f))
            and all(e.split()[-1].startswith("5D002") for e in eccns(f))
            and bool({"source_code", "software"} & set(f.info_kinds))
            and is_foreign_recipient(f)
            and not (set(f.destinations) - {"United States"})
            and "hand_carry" not in f.modes
            and bool(f.recipient_in_origin or {"employment", "visit"} & set(f.modes))  # known to be here
        ),
        "For 5D002 encryption source and object code, an export is only a transmission out of the United States (or "
        "a transfer to a foreign embassy or affiliate here): releasing the code to a foreign person in the United "
        "States is not a deemed export. Encryption technology (5E002) has no such rule.",
        cite=("15 CFR 734.17", "15 CFR 734.13"),
        cite_more=lambda f: eccns(f),
        then="not_controlled",
        next_steps=("Keep the design documents and other 5E002 technology out of the repository access.",),
    ),
    *carveout_rules(CARVEOUT),
    encryption_unknown_rule(CARVEOUT),
    Rule(
        "Does presenting it publish it?",
        lambda f: "conference" in f.modes and not published(f),
        "A talk publishes technology only when the conference, seminar or trade show is generally accessible to the "
        "interested public and the material is distributed without restriction; a session limited to invitees, "
        "customers or NDA signatories is not, so its content stays subject to the EAR.",
        cite=("15 CFR 734.7(a)", "15 CFR 734.7"),
    ),
    Rule(
        "Is it an export or a release?",
        lambda f: is_foreign_recipient(f) and not f.destinations,
        lambda f: (
            "Releasing technology to a foreign person in the United States is a deemed export to the person's most "
            f"recent country of citizenship or permanent residency ({', '.join(f.recipient_nationalities) or 'unknown'})."
        ),
        cite=("15 CFR 734.13(b)", "15 CFR 734.13", "15 CFR 734.15"),
        cite_more=lambda f: ["15 CFR 734.15(a)"],  # what a release is: seeing it, or an oral or written exchange
    ),
    Rule(
        "Is the recipient a permanent and regular employee?",
        lambda f: f.employment_unknown and bool(_734_20(f, True)),
        lambda f: (
            f"A release in {_release_place(f)} by the entity holding the technology to its own bona fide permanent and "
            "regular employee (employed for at least a year, or a long-term contractor working only for it under its "
            f"direction) is not a deemed reexport under {_734_20(f, True)}; an agency placement or short assignment "
            "is, and needs the authorisation an export to the person's country would. Whether the person is such an "
            "employee is not known."
        ),
        cite=("15 CFR 734.20(d)", "15 CFR 734.20"),
        cite_more=lambda f: [_734_20(f, True) or "15 CFR 734.20", "15 CFR 734.14(b)"],
        then="depends",
        missing=("recipient_status",),
    ),
    Rule(
        "Is the release abroad a deemed reexport?",
        lambda f: bool(_not_deemed_reexport(f)),
        lambda f: (
            f"Releasing the technology in {_release_place(f)} to a bona fide permanent and regular employee of the entity that "
            f"holds it is not a deemed reexport when the employee is a national of {', '.join(f.recipient_nationalities)}"
            + _734_20_WHY[_not_deemed_reexport(f) or "15 CFR 734.20(a)"]
            + " This assumes the entity received the technology lawfully and the employee is not a proscribed person."
        ),
        cite_more=lambda f: [
            _not_deemed_reexport(f) or "15 CFR 734.20",
            "15 CFR 734.14(b)",
            # the Country Groups of paragraph (b), or License Exception TSR when (a) rests on it
            *(["15 CFR 740 Supp. 1"] if _not_deemed_reexport(f) == "15 CFR 734.20(b)" else []),
            *(["15 CFR 740.6"] if _not_deemed_reexport(f) == "15 CFR 734.20(a)" and _nationals_need_tsr(f) else []),
        ],
        then="not_controlled",
        next_steps=("Keep the employment record, the nationality check and the screening result on file.",),
    ),
    Rule(
        "Is it a reexport?",
        lambda f: f.us_origin and bool(places(f) or f.recipient_nationalities),
        "The technology is of U.S. origin and held outside the United States: sending it on to another country "
        "is a reexport, and releasing it abroad to a national of a third country is a deemed reexport; each "
        "needs what an export from the United States to that country would need.",
        cite=("15 CFR 734.14",),
        cite_more=lambda f: ["15 CFR 734.20"] if is_foreign_recipient(f) else [],
    ),
    Rule(
        "Is it an export or a release?",
        lambda f: bool(places(f)),
        lambda f: (
            f"Sending, uploading or making the technology available to someone in {_where(f)} is an export "
            "(e-mail, cloud, remote access and visual or oral release all count)."
        ),
        cite=("15 CFR 734.13", "15 CFR 734.15"),
        cite_more=lambda f: [
            *(["15 CFR 734.15"] if set(f.modes) & RELEASE_MODES or is_foreign_recipient(f) else []),
            # the recipient's immigration status was raised: "foreign person" is defined there
            *(["15 CFR 772.1"] if is_foreign_recipient(f) and "foreign_person" in f.recipient_status else []),
            *(["15 CFR 734.14"] if f.origin and f.origin != "United States" and not f.us_origin else []),
            # Encryption was raised but the carve-out did not apply (someone abroad gets the data, or a key holder).
            *(["15 CFR 734.18(a)(5)"] if f.encryption_mentioned else []),
        ],
    ),
    Rule(
        "Do the Russia and Belarus sanctions reach a release at home?",
        lambda f: bool(spared_deemed_exports(f)),
        lambda f: (
            f"The sanctions license requirements for {', '.join(spared_deemed_exports(f))} do not apply to deemed "
            "exports or reexports: releasing technology to its nationals here needs a license only where the "
            "Commerce Control List (or an end-use or end-user rule) requires one."
        ),
        cite=("15 CFR 746.8(a)(12)", "15 CFR 746.8"),
    ),
    Rule(
        "Do the Russia and Belarus sanctions reach EAR99 technology?",
        lambda f: bool(sanctions_spare_ear99_technology(f)),
        lambda f: (
            f"The sanctions on {', '.join(sanctions_spare_ear99_technology(f))} require a license for items in any "
            "ECCN, the goods their supplements list and certain EAR99 software, but not for EAR99 technology; a "
            "license is still needed if the recipient is a military end user or the end use is military."
        ),
        cite=("15 CFR 746.8(a)", "15 CFR 746.8"),
        cite_more=lambda f: ["15 CFR 744.21"],
    ),
    Rule(
        "Is the destination embargoed or sanctioned?",
        lambda f: bool(embargoed_places(f)),
        lambda f: (
            f"The sanctions on {', '.join(embargoed_places(f))} require a license for EAR99 software of the types "
            "15 CFR 746.8(a)(8) lists (ERP, CRM, CAD, CAM, PLM, CNC operating software and the like) and for its "
            "updates, reviewed under a policy of denial; only firms exclusively in agriculture or medicine are excluded."
            if f.sanctioned_software and set(embargoed_places(f)) <= DEEMED_EXPORTS_SPARED
            else f"{', '.join(embargoed_places(f))} is under comprehensive embargo or sanctions: a license is required "
            "for nearly all items subject to the EAR, including EAR99 technology, and is generally denied."
        ),
        cite_more=lambda f: [*_embargo_citations(f), *(["EAR99"] if "ear99" in classification_family(f) else [])],
        cite=("15 CFR 746.1",),
        then="controlled",
        next_steps=("Do not transfer; consult counsel. A license application is required and is generally denied.",),
    ),
    Rule(
        "Are there red flags about the end use or the end user?",
        lambda f: bool(_party_flags(f)),
        lambda f: (
            "Red flags ("
            + ", ".join(x.replace("_", " ") for x in sorted(_party_flags(f), key=f.red_flags.index))
            + ") trigger end-use and end-user license requirements even for items that otherwise need no license."
        ),
        cite_more=lambda f: [*_flag_citations(list(_party_flags(f))), *named_classification(f)],
        then="controlled",
        next_steps=(
            "Screen the parties against the Entity List and other lists; stop if a red flag cannot be resolved.",
        ),
    ),
    Rule(
        "Has the recipient been screened against the Entity List?",
        _unscreened,
        "Nobody has yet checked whether the recipient is on the Entity List; a listed party needs a license for the "
        "items its entry names, often everything subject to the EAR, EAR99 included.",
        cite=("15 CFR 744.11",),
        cite_more=lambda f: ["15 CFR 744 Supp. 4"],
        then="depends",
        missing=("recipient_status",),
        next_steps=("Screen the recipient and its institution against the Entity List and the other U.S. lists.",),
    ),
    Rule(
        "Is the end use or end user a concern?",
        _other_concerns,
        lambda f: (
            "A possible "
            + ", ".join(x.replace("_", " ") for x in f.uncertain_flags if x != "unscreened_party")
            + " is mentioned; if it is "
            "confirmed, end-use and end-user license requirements apply whatever the classification."
        ),
        cite=("15 CFR 744.6", "15 CFR 744.2", "15 CFR 744.21"),
        cite_more=lambda f: [*_flag_citations(f.uncertain_flags), *named_classification(f)],
        then="depends",
        missing=("end_use",),
    ),
    Rule(
        "Is access information being released?",
        lambda f: f.access_information,
        "Sending a decryption key, password or other access information with knowledge that it gives access to "
        "technology is treated like releasing the technology itself.",
        cite=("15 CFR 734.19",),
        cite_more=lambda f: ["15 CFR 734.15(b)"],  # a release caused through access information
    ),
    colleague_status_rule(
        "releasing the technology to them",
        "a deemed export to their most recent country of citizenship or permanent residency",
        cite=("15 CFR 734.13(b)", "15 CFR 772.1"),
        cite_more=lambda f: [*eccns(f), *_chart_to_check(f)],
    ),
    Rule(
        "Where does the technology go, and to whom?",
        lambda f: not knows_where(f),
        "The destination or the recipient's nationality decides the license requirement and is not stated.",
        cite=("15 CFR 734.13",),
        cite_more=lambda f: [*eccns(f), *_chart_to_check(f)],
        then="depends",
        missing=("destination", "recipient_nationality"),
    ),
    Rule(
        "Does the entry reach technology for using the item?",
        lambda f: bool(beyond_entry_scope(f, eccns(f))),
        lambda f: (
            f"{', '.join(beyond_entry_scope(f, eccns(f)))} controls technology only for the purposes its heading "
            "names, and information for installing, operating or maintaining the item ('use') is not among them: "
            "it is EAR99 at most, needing no license for this destination absent an embargo or end-use concern."
        ),
        cite=("15 CFR 772.1",),  # where "use" and "technology" are defined
        cite_more=lambda f: [*beyond_entry_scope(f, eccns(f)), "EAR99"],
        then="not_controlled",
        next_steps=("Record which parts of the entry were checked, and the screening of the parties.",),
    ),
    Rule(
        "Is it EAR99?",
        lambda f: classification_family(f) == {"ear99"},
        "EAR99 technology needs no license to non-embargoed destinations for ordinary end uses (NLR).",
        cite=("EAR99", "15 CFR 734.3(c)"),
        # where EAR99 is defined, and the entry whose threshold the stated figures miss
        cite_more=lambda f: ["15 CFR 734.3(c)", *f.missed_entries, *_nationals_embargo(f)],
        then="not_controlled",
        next_steps=("Record the EAR99 self-classification and the screening of the parties.",),
    ),
    Rule(
        "Is the ECCN controlled only for anti-terrorism reasons?",
        lambda f: bool(eccns(f)) and not _controlled_eccns(f),
        "The entry is controlled for anti-terrorism (AT) reasons only; a license is needed only for the embargoed "
        "destinations of Country Groups E:1/E:2, so this destination needs none (NLR).",
        cite_more=lambda f: [*eccns(f), "15 CFR 738 Supp. 1"],  # the AT column of the chart
        cite=("15 CFR 738.4",),
        then="not_controlled",
    ),
    Rule(
        "Does the Commerce Country Chart require a license for this destination?",
        lambda f: bool(_controlled_eccns(f)) and _chart_clears(f),
        lambda f: (
            f"{', '.join(_controlled_eccns(f))} is on the Commerce Control List, but the Country Chart marks none of its "
            f"reasons for control for {_where(f)}: no license is required (NLR), provided no end-use, end-user or "
            "embargo prohibition applies."
        ),
        cite=("15 CFR 738.4", "15 CFR 738 Supp. 1"),
        cite_more=lambda f: ["15 CFR 738 Supp. 1", *_controlled_eccns(f), *_everywhere_but(f)],
        then="not_controlled",
        next_steps=("Record the classification, the chart check and the screening of the parties.",),
    ),
    Rule(
        "Is the technology on the Commerce Control List?",
        lambda f: bool(_controlled_eccns(f)),
        lambda f: (
            f"{', '.join(_controlled_eccns(f))} is controlled technology on the Commerce Control List; its release "
            f"to {_where(f)} needs {_license_routes(f)}{_chart_marks(f)}."
        ),
        # The exceptions to check: TMP when the data travels with an employee, TSR otherwise.
        cite_more=lambda f: [
            *_controlled_eccns(f),
            *(["15 CFR 740.9"] if "hand_carry" in f.modes else []),
            *(["15 CFR 740.13(f)"] if _university_tsu(f) is not None else []),
            *(["15 CFR 740.17"] if _encryption_entries(f) else []),
            *(["15 CFR 738 Supp. 1"] if _chart(f) else []),  # the chart row that was read
            *_everywhere_but(f),
            *(["15 CFR 740.6"] if _tsr_open(f) else []),
            *(["15 CFR 740.2"] if any(in_group(f, g) for g in ("D:5", "E:1", "E:2")) else []),  # exceptions barred
            *(["15 CFR 740 Supp. 1"] if _tsr_open(f) else []),  # TSR turns on Country Group B
        ],
        cite=("15 CFR 738.4",),
        then="controlled",
        next_steps=(
            "Check the entry's reasons for control against the Commerce Country Chart for the destination.",
            "Check the license exceptions the entry allows (TSR, 15 CFR 740.6) and their restrictions (15 CFR 740.2); "
            "otherwise apply for a license.",
        ),
    ),
    Rule(
        "Is the technology on the Commerce Control List?",
        lambda f: "listed" in classification_family(f) and not eccns(f) and "usml" not in classification_family(f),
        lambda f: (
            f"The technology is described as listed (controlled) but without its ECCN; its release to {_where(f)} "
            "needs a license unless the entry's reasons for control do not reach that destination."
        ),
        cite=("15 CFR 774 Supp. 1", "15 CFR 738.4"),
        then="controlled",
        next_steps=("Find the ECCN and check the Commerce Country Chart and License Exception TSR (15 CFR 740.6).",),
    ),
    Rule(
        "How is the technology classified?",
        lambda f: "usml" in classification_family(f),
        "Defense-article technical data is subject to the ITAR, not the EAR.",
        cite=("15 CFR 734.3",),
        then="not_controlled",
    ),
    Rule(
        "How is the technology classified?",
        lambda f: True,
        unclassified("Without a classification (ECCN or EAR99) the license requirement cannot be determined."),
        cite=("15 CFR 774 Supp. 1", "15 CFR 734.3"),
        # Once classified, the chart row for the known destination decides.
        cite_more=lambda f: [*f.candidate_entries, *(["15 CFR 738 Supp. 1"] if knows_where(f) else [])],
        then="depends",
        missing=("classification",),
        next_steps=(
            "Classify the technology (self-classification, or a BIS classification request under 15 CFR 748.3).",
        ),
    ),
]
