"""Regimes built on the Wassenaar-derived lists (EU, UK, Japan, Singapore, Malaysia, and the
Wassenaar notes as fallback): one procedure, parameterised by each regime's provisions.

They share a shape: technology "required" for listed items is controlled when it leaves the
country or customs union (by e-mail, upload, download or telephone); public-domain information and
basic scientific research are decontrolled by the General Technology Note; catch-all clauses reach
unlisted items with WMD or military end uses. They differ in what a release inside the country is
(Japan controls provision to non-residents and, since May 2022, to residents under strong foreign
influence; the EU and UK do not treat a release at home as an export).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.annex_iv import annex_iv_entry
from assistant.citations import names_technology
from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.determination import Rule
from assistant.facts import EMBARGO_GROUPS, Facts
from assistant.lexicon import INSIDE_EU_CUSTOMS
from assistant.list_notes import ListNote
from assistant.list_notes import named as named_notes
from assistant.regimes.conditions import (
    at_only,
    beyond_entry_scope,
    classification_family,
    eccns,
    groups,
    is_foreign_recipient,
    minimum_for_authorised_export,
    only_non_technology,
    only_receiving,
    places,
    unclassified,
)
from assistant.regimes.follow_ups import Ask, follow_ups


@dataclass(frozen=True)
class GeneralAuthorisation:
    """A general authorisation a listed export may use instead of an individual licence (EU Annex II)."""

    name: str
    citation: str
    destinations: frozenset[str]
    intra_group: bool = False  # only towards the exporter's own subsidiaries and sister companies


# Annex II Sections A and G (Regulation (EU) 2021/821): EU001 to nine allied destinations, EU007 for intra-group
# exports of software and technology. Both exclude the items of Section I and WMD or military end uses.
EU001 = GeneralAuthorisation(
    "EU001",
    "EU 2021/821 Annex II",
    frozenset(
        {
            "Australia",
            "Canada",
            "Iceland",
            "Japan",
            "New Zealand",
            "Norway",
            "Switzerland",
            "Liechtenstein",
            "United Kingdom",
            "United States",
        }
    ),
)
EU007 = GeneralAuthorisation(
    "EU007",
    "EU 2021/821 Annex II",
    frozenset(
        {
            "Argentina",
            "Brazil",
            "Chile",
            "India",
            "Indonesia",
            "Israel",
            "Jordan",
            "Malaysia",
            "Mexico",
            "Morocco",
            "Philippines",
            "Singapore",
            "South Africa",
            "South Korea",
            "Thailand",
            "Tunisia",
        }
    ),
    intra_group=True,
)


@dataclass(frozen=True)
class ListedRegime:
    name: str
    label: str
    home: frozenset[str]
    home_group: str | None
    public_domain: tuple[str, ...]
    export: tuple[str, ...]
    licence: tuple[str, ...]
    catch_all: tuple[str, ...]
    domestic_release_controlled: bool
    domestic_release: tuple[str, ...] = ()
    authority: str = "the licensing authority"
    entries: str | None = None  # how the regime numbers its list entries ("EU 2021/821 Annex I", "WA")
    control_list: tuple[str, ...] = ()  # the provision that makes the list part of the law
    military_list: tuple[str, ...] = ()  # the same, for military technology (ML entries)
    assistance: tuple[str, ...] = ()  # the authorisation for technical assistance with a catch-all concern
    intra: tuple[str, ...] = ()  # transfers inside the customs union (EU Art. 11, Annex IV)
    software_note: tuple[str, ...] = ()  # the General Software Note, for software in the public domain
    definitions: tuple[str, ...] = ()  # where "basic scientific research" and "public domain" are defined
    catch_all_spares: str | None = None  # destinations the catch-all does not reach (Japan's Group A)
    electronic_only: bool = False  # technology is exported only when sent or carried, not when told in person abroad
    authorisation: tuple[str, ...] = ()  # the article requiring an authorisation for listed technology (EU Art. 3)
    military_authorisation: tuple[str, ...] = ()  # the same for military technology (UK ECO 2008 Art. 3)
    general: tuple[GeneralAuthorisation, ...] = ()  # general authorisations to check before an individual licence
    transit: tuple[str, ...] = ()  # where passing through is not an export (EU Art. 2(11), Art. 7)
    also_home: frozenset[str] = frozenset()  # non-members inside the customs territory (Monaco for the EU)
    technology_note: tuple[str, ...] = ()  # the note through which the list's E entries control technology (GTN)
    parties: tuple[str, ...] = ()  # where the parties the licence rule names are defined (JP residents, FEFTA Art. 6)
    # The catch-all for unlisted cyber-surveillance items and their definition (EU 2021/821 Art. 5, Art. 2(20)).
    surveillance_catch_all: tuple[str, ...] = ()
    # The authorisation for brokering listed items between third countries, and its definition (EU Art. 6, 2(7)).
    brokering: tuple[str, ...] = ()
    # A military end use brings unlisted items under the catch-all only for an arms-embargoed destination (EU Art.
    # 4(1)(b), UK Art. 6); Japan's catch-all reaches it wherever METI informs the exporter.
    military_needs_embargo: bool = True
    # Providing technology in order to make it public is itself exempt (Japan's Ministerial Order under FEO Art.
    # 17(5)), where the General Technology Note frees only what is already public.
    publishing_exempt: bool = False
    # The statute's own exception for after-sales technology, where it replaces the General Technology Note's
    # (Malaysia's s. 9(7)(a) reaches any item already exported, not only one whose export was authorised).
    after_sales: str | None = None
    # A national list controlled only towards the destinations each entry names, and the article applying it
    # (UK ECO 2008 Art. 4 and Schedule 3).
    national_list: tuple[str, ...] = ()
    licensing: tuple[str, ...] = ()  # where licences are granted, and what they carry with them (UK ECO 2008 Art. 26)
    # Where a part of the country applies the EU dual-use Regulation (Northern Ireland, UK ECO 2008 Art. 2): dual-use
    # technology it sends to a Member State moves inside the Union.
    union_part: tuple[str, ...] = ()


def _public_domain(f: Facts) -> bool:
    """In the public domain (or basic research) now. Unlike the EAR (15 CFR 734.7(a)(5)), the General Technology
    Note has no rule for manuscripts submitted for publication: a draft is not public until it is published, and a
    patent application frees its information only once it is published (or for the filing itself)."""
    status = set(f.info_status)
    if "patent" in status and "published" in f.not_status:
        status.discard("patent")
    if f.encryption_mentioned and {"software", "source_code"} & set(f.info_kinds):
        status.discard("mass_market")  # the General Software Note does not reach Category 5 Part 2 (its Note 3 does)
    return bool({"published", "open_conference", "fundamental_research", "patent", "mass_market"} & status)


def is_listed(f: Facts) -> bool:
    """Whether the facts name or describe technology on a Wassenaar-based control list."""
    family = classification_family(f)
    if family & {"eu", "wa", "usml", "listed"}:
        return True
    return any(not at_only(e) and e.split()[-1][2] not in "56" for e in eccns(f))


def _unlisted(f: Facts) -> bool:
    return classification_family(f) == {"ear99"} or (bool(eccns(f)) and not is_listed(f))


def _at_home(spec: ListedRegime, place: str) -> bool:
    """Inside the regime's own country or customs union (any Member State, and Monaco, for the EU)."""
    return place in spec.home or bool(spec.home_group and spec.home_group in groups(place)) or place in spec.also_home


def _home_transfer(spec: ListedRegime, f: Facts) -> bool:
    """The data goes to another place in the exporter's own country (or, for the EU, Member State), which is not an
    export where a release at home to a foreign national is not controlled either."""
    return (
        f.home_destination
        and not f.destination_undecided
        and _at_home(spec, f.origin or "")
        and not spec.domestic_release_controlled
    )


def _abroad(spec: ListedRegime, f: Facts) -> list[str]:
    """Destinations (and storage countries) outside the home country or customs union."""
    return [
        *(p for p in dict.fromkeys([*f.destinations, *f.storage_countries]) if not _at_home(spec, p)),
        *_exclaves(spec, f),
    ]


def _exclaves(spec: ListedRegime, f: Facts) -> list[str]:
    """Places named that belong to a Member State but lie outside the Union's customs territory."""
    return f.customs_exclaves if spec.home_group == "EU" else []


def _reached(spec: ListedRegime, f: Facts) -> list[str]:
    """Countries the technology reaches. Without a deemed-export rule, a recipient's nationality is not one of
    them once it is known where the technology goes (a Chinese engineer in Milan receives it in Italy)."""
    where = {*f.destinations, *f.storage_countries}
    reached = places(f)
    return reached if spec.domestic_release_controlled or not where else [p for p in reached if p in where]


def _outside(spec: ListedRegime, f: Facts) -> list[str]:
    """Where the technology goes outside the home country or customs union, including a Member State's own
    territories that lie outside the Union's customs territory (Ceuta, Büsingen)."""
    return [*(p for p in _reached(spec, f) if not _at_home(spec, p)), *_exclaves(spec, f)]


# UK Schedule 3 entries and the destinations each is prohibited to, from the consolidated Order of May 2025:
# "*" every destination; "-" every destination but those named (the EU's members by their group).
UK_NATIONAL_ENTRIES: dict[str, tuple[str, ...]] = {
    "PL8001": ("-", "EU", "Australia", "New Zealand", "Canada", "Norway", "Switzerland", "United States", "Japan"),
    "PL9002": ("*",),
    "PL9008": ("Iran",),
    "PL9009": ("Iran",),
    "PL9012": ("Russia",),
    "PL9013": ("*",),
    "PL9014": ("*",),
    "PL9015": ("*",),
}


def _entry_prohibits(entry: str, place: str) -> bool | None:
    named = UK_NATIONAL_ENTRIES.get(entry)
    if named is None:
        return None
    if named[0] == "*":
        return True
    if named[0] == "-":
        return not (place in named or bool(set(named) & groups(place)))
    return place in named


def _prohibited(outside: list[str], f: Facts) -> bool | None:
    """Whether one of the places outside is a prohibited destination of the Schedule 3 entry: from the entry
    named, or from what the asker says the entry names; None when neither settles it."""
    verdicts = [_entry_prohibits(e, p) for e in f.schedule_3_entries for p in outside]
    if True in verdicts or set(outside) & set(f.prohibited_destinations):
        return True
    if (verdicts and None not in verdicts) or f.prohibited_destinations or set(outside) <= set(f.not_prohibited):
        return False
    return None


def _national_verdict(spec: ListedRegime, f: Facts) -> str | None:
    """For technology on the national list only (named as Schedule 3, not as a Wassenaar-based or military entry)
    that leaves the country: "prohibited", "clear" or "open" as its entry's prohibited destinations decide."""
    outside = _outside(spec, f)
    if not (spec.national_list and f.schedule_3 and outside) or classification_family(f) & {"eu", "wa", "usml"}:
        return None
    prohibited = _prohibited(outside, f)
    return "open" if prohibited is None else "prohibited" if prohibited else "clear"


# The data holds no list of EU or UK arms embargoes; the countries of 22 CFR 126.1 (US policy of denial and UN arms
# embargoes) and the embargoed groups stand in for them. An approximation, named in the README's limits.
ARMS_EMBARGO_GROUPS = frozenset({*EMBARGO_GROUPS, "ITAR:D1", "ITAR:D2"})
CATCH_ALL_FLAGS = frozenset({"military_end_use", "wmd_end_use", "missile_end_use", "embargoed_destination", "listed_party"})


def _catch_all_flags(spec: ListedRegime, f: Facts) -> set[str]:
    """The red flags the regime's catch-all answers to: a military end use alone counts only towards an
    arms-embargoed destination ("an army customer" in India is not a catch-all case under EU Art. 4(1)(b)); with the
    destination unknown it still counts."""
    flags = CATCH_ALL_FLAGS & set(f.red_flags)
    outside = _outside(spec, f)
    embargoed = any(groups(p) & ARMS_EMBARGO_GROUPS for p in outside)
    if flags == {"military_end_use"} and spec.military_needs_embargo and ((outside and not embargoed) or _stays_home(spec, f)):
        return set()
    return flags


_BROKERING_SERVICE = "Arranging the sale of listed dual-use items between third countries is a brokering service"
_BROKERING_NEEDS = (
    "it needs an authorisation only {when} the authority has informed the broker, or the broker is aware, that the "
    "items may serve a WMD or military end use of the catch-all"
)


def _brokering(spec: ListedRegime, f: Facts) -> bool:
    """Arranging a sale of listed items that never pass through the regime's territory (EU Art. 2(7), Art. 6)."""
    return bool(spec.brokering) and f.brokering and is_listed(f) and _said_clear(spec, f)


def _surveillance_case(spec: ListedRegime, f: Facts) -> bool:
    """An unlisted cyber-surveillance item leaving the customs territory, under a regime with Art. 5's catch-all."""
    return bool(spec.surveillance_catch_all) and f.cyber_surveillance and _unlisted(f) and bool(_outside(spec, f) or f.abroad)


def _nothing_leaves(spec: ListedRegime, f: Facts) -> bool:
    """The exporter is at home and no place named lies outside the territory, in a regime that does not control
    releases at home: no export for a catch-all to attach to."""
    return not spec.domestic_release_controlled and _at_home(spec, f.origin or "") and not _abroad(spec, f)


def _stays_home(spec: ListedRegime, f: Facts) -> bool:
    """The technology is released inside the exporter's own country and nothing is said to leave it (a foreign
    national on staff at home, another site of ours)."""
    return _nothing_leaves(spec, f) and (f.home_destination or is_foreign_recipient(f))


def _untouched(spec: ListedRegime, f: Facts) -> bool:
    """The asker says the transfer stays clear of the regime's territory ("nothing touches the UK"). Only for
    territorial regimes (Japan's reaches residents' dealings with non-residents; Wassenaar has no territory), and
    not for brokering or a WMD purpose, which reach a country's nationals abroad."""
    if spec.domestic_release_controlled or not (spec.home or spec.home_group):
        return False
    if f.brokering or {"wmd_end_use", "missile_end_use"} & {*f.red_flags, *f.uncertain_flags}:
        return False  # brokering and WMD purposes reach nationals abroad (EU Art. 6, UK ECO Art. 11, MY s. 11)
    return _said_clear(spec, f)


def _said_clear(spec: ListedRegime, f: Facts) -> bool:
    """The asker says nothing touches the regime's territory: the Union, or every Member State named."""
    clear = set(f.untouched)
    if spec.home_group == "EU":
        # the Union, or every Member State the question names ("nobody in Germany touches the files")
        named = [p for p in [*f.destinations, *([f.origin] if f.origin else [])] if _at_home(spec, p)]
        return "EU" in clear or (bool(named) and set(named) <= clear)
    return bool(clear & spec.home)


def _inside_territory(spec: ListedRegime, f: Facts) -> bool:
    """Every place named is inside the regime's territory (Rome to Toulouse for the EU): the catch-all controls
    exports, so it does not reach the transfer, unless the regime controls releases at home or a brokered or
    assisted activity abroad is in play."""
    places = [*f.destinations, *f.storage_countries]
    return (
        bool(places)
        and _nothing_leaves(spec, f)
        and not f.brokering
        and not f.destination_undecided
        and not is_foreign_recipient(f)
    )


def _catch_all_reaches(spec: ListedRegime, f: Facts) -> bool:
    """Whether any destination is one the catch-all covers (all of them, unless the regime spares some)."""
    where = _outside(spec, f)
    return not (spec.catch_all_spares and where and all(spec.catch_all_spares in groups(p) for p in where))


def notes_of(f: Facts) -> list[ListNote]:
    return named_notes(f.excluded_by_notes)


def entries(spec: ListedRegime, f: Facts) -> list[str]:
    """The named entries in the regime's own numbering (ECCN 3E001 is EU Annex I 3E001 and WA 3.E.1)."""
    out: list[str] = []
    for c in f.classifications:
        record = crosswalk_lookup(c) if spec.entries and c.startswith(("ECCN", "EU ", "WA ")) else None
        own = [x for x in record.citations if x.startswith(f"{spec.entries} ")] if record and not record.us_only else []
        out += own or ([c] if c.startswith(("EU ", "WA ", "ECCN")) else [])
    return list(dict.fromkeys(out))


def list_provisions(spec: ListedRegime, f: Facts) -> list[str]:
    military = any(c.startswith("WA ML") for c in f.classifications)
    return list(spec.military_list if military and spec.military_list else spec.control_list)


def _technology_note(spec: ListedRegime, f: Facts) -> list[str]:
    """A technology entry (3E001, 9.E.3) controls technology only as the General Technology Note lets it, so a
    decision resting on one rests on the note too."""
    return list(spec.technology_note) if any(names_technology(c) for c in entries(spec, f)) else []


def _military(f: Facts) -> bool:
    """Military technology: a Munitions List entry or a USML category is named."""
    return any(c.startswith(("WA ML", "USML")) for c in f.classifications)


def authorisations(spec: ListedRegime, f: Facts) -> list[str]:
    """The article that makes the named technology need an authorisation: for military technology (an ML entry or
    a USML category) the regime's military article, otherwise its article for listed technology."""
    if spec.military_authorisation and _military(f):
        return list(spec.military_authorisation)
    return list(spec.authorisation) if is_listed(f) else []


def named_entries(spec: ListedRegime, f: Facts) -> list[str]:
    """The listed entries the facts name, with the provision that makes the list law."""
    return [*list_provisions(spec, f), *entries(spec, f)] if is_listed(f) else []


def _space_exempt(f: Facts) -> bool:
    """Every Annex IV entry concerned is an MTCR item of Part I, moved on an order of ESA or a national space
    programme: Annex IV leaves those transfers out."""
    rows = [annex_iv_entry(c) for c in f.annex_iv]
    return f.space_agency_order and bool(rows) and all(r is not None and r.mtcr for r in rows)


def _union_part_transfer(spec: ListedRegime, f: Facts) -> bool:
    """Dual-use technology (not military) leaving Northern Ireland only for Member States."""
    out = _outside(spec, f)
    military = _military(f) or f.defense_article
    return bool(
        spec.union_part and f.northern_ireland and out and all("EU" in groups(p) for p in out) and not military
    )


def _general(spec: ListedRegime, f: Facts) -> list[GeneralAuthorisation]:
    """The general authorisations whose conditions the facts can meet: every destination abroad is one the
    authorisation names, and an intra-group one only when the recipient belongs to the exporter's group."""
    where = _outside(spec, f)
    return [g for g in spec.general if where and set(where) <= g.destinations and (f.intra_group or not g.intra_group)]


def _general_finding(spec: ListedRegime, f: Facts) -> str:
    found = _general(spec, f)
    if found:
        names = " or ".join(g.name for g in found)
        return (
            f"A general authorisation ({names}) may cover the transfer to {', '.join(_outside(spec, f))}, unless the "
            "item is among those it excludes or a WMD or military end use is known; the exporter must register and "
            "notify its first use."
        )
    group = [g for g in spec.general if g.intra_group]
    return (
        f"The intra-group general authorisation ({', '.join(g.name for g in group)}) does not name "
        f"{', '.join(p for p in _outside(spec, f) if not any(p in g.destinations for g in group))}, so an individual "
        "authorisation is needed."
    )


def _general_applies(spec: ListedRegime, f: Facts) -> bool:
    """Worth a step when an authorisation may cover the transfer, or when an intra-group one cannot."""
    return bool(spec.general and is_listed(f) and _outside(spec, f)) and bool(_general(spec, f) or f.intra_group)


def _foreign_national_at_home(spec: ListedRegime, f: Facts) -> bool:
    """A foreign national reached at home, where the regime has no deemed-export rule."""
    return is_foreign_recipient(f) and not _abroad(spec, f) and not spec.domestic_release_controlled


def _release_at_home(spec: ListedRegime, f: Facts) -> bool:
    """Technology given at home to a non-resident, or to a resident treated as one: a controlled provision where the
    regime controls releases at home (Japan), whatever country the person comes from."""
    return (
        spec.domestic_release_controlled
        and (is_foreign_recipient(f) or "foreign_influence" in f.recipient_status)
        and not _abroad(spec, f)
        and ("visit" in f.modes or "foreign_influence" in f.recipient_status or "employment" not in f.modes)
    )


def _assistance(spec: ListedRegime, f: Facts) -> list[str]:
    return list(spec.assistance) if "assistance" in f.modes else []


def rules_for(spec: ListedRegime) -> list[Rule]:
    # the Schedule 3 steps rest on the article applying the national list, then the list itself
    national: dict[str, Any] = {"cite": spec.national_list, "cite_more": lambda f: list(spec.national_list[1:])}
    return [
        Rule(
            "Is the information in the public domain?",
            lambda f: f.publication_unknown,
            "Whether the information really is in the public domain decides whether the General Technology Note "
            "releases it from control.",
            cite=spec.public_domain,
            then="depends",
            missing=("publication_status",),
        ),
        Rule(
            "Is the technology provided in order to make it public?",
            lambda f: spec.publishing_exempt and f.publishing and not f.red_flags,
            f"Providing technology for the purpose of making it publicly known (a paper, an open preprint or talk) is a "
            f"transaction {spec.label} exempts from permission; anything sent privately beyond what is published is not.",
            cite=spec.public_domain,
            cite_more=lambda f: list(spec.public_domain[1:2]),
            then="not_controlled",
        ),
        Rule(
            "Is the information in the public domain or basic scientific research?",
            _public_domain,
            "Technology in the public domain, basic scientific research and the minimum information for patent "
            "applications are released from control by the General Technology Note.",
            cite=spec.public_domain,
            cite_more=lambda f: [
                *(c for c in spec.public_domain[1:2] if not c.startswith("WA")),
                *(spec.software_note if {"source_code", "software"} & set(f.info_kinds) else ()),
                *(spec.definitions if "fundamental_research" in f.info_status else ()),
            ],
            then="not_controlled",
        ),
        Rule(
            "Does the transfer start in, or pass through, the regime's territory?",
            lambda f: _untouched(spec, f),
            f"The transfer neither starts in nor passes through {spec.label}"
            + (" or the EU" if spec.home_group == "EU" else "")
            + ": its export rules reach what leaves its territory, not what a national sends from abroad.",
            cite=spec.export,
            cite_more=lambda f: list(spec.licence[:1]),
            then="not_controlled",
        ),
        Rule(
            "Is brokering listed items for a WMD or military end use?",
            lambda f: _brokering(spec, f) and bool(_catch_all_flags(spec, f)),
            f"{_BROKERING_SERVICE}, and it needs an authorisation once the broker has been informed of, or is aware "
            "of, a WMD or military end use of the catch-all.",
            cite=spec.brokering,
            cite_more=lambda f: list(spec.catch_all),
            then="controlled",
        ),
        Rule(
            "Has the broker been told of, or does it know of, a WMD or military end use?",
            lambda f: _brokering(spec, f) and f.no_end_use_concern,
            f"{_BROKERING_SERVICE}; {_BROKERING_NEEDS.format(when='once')}, and neither is the case here.",
            cite=spec.brokering,
            cite_more=lambda f: list(spec.catch_all),
            then="not_controlled",
            next_steps=("Keep the due-diligence record, and tell the authority at once if a concern comes up.",),
        ),
        Rule(
            "Does the broker know of a WMD or military end use?",
            lambda f: _brokering(spec, f),
            f"{_BROKERING_SERVICE}; {_BROKERING_NEEDS.format(when='if')} (Member States may go further).",
            cite=spec.brokering,
            cite_more=lambda f: list(spec.catch_all),
            then="depends",
            missing=("end_use",),
        ),
        *follow_ups(
            {
                "destination": Ask(
                    f"Who receives the technology, and where, is not settled; only a transfer out of {spec.label}"
                    + (" and the EU" if spec.home_group == "EU" else "")
                    + " is an export.",
                    cite=spec.export,
                    cite_more=lambda f: [spec.licence[0]],
                    question="Where does the technology go?",
                ),
                "storage": Ask(
                    f"The storage country is not known: data kept on servers outside {spec.label}"
                    + (" and the EU" if spec.home_group == "EU" else "")
                    + " or made available there is exported; data kept at home and reached only from home is not.",
                    cite=spec.export,
                ),
            }
        ),
        Rule(
            "Is it the minimum technology for an item whose export was authorised?",
            minimum_for_authorised_export,
            spec.after_sales
            or "The authorisation to export an item covers the minimum technology for its installation, operation, "
            "maintenance and repair (General Technology Note); overhaul and refurbishing are not part of it.",
            cite=(*spec.licensing, *spec.public_domain),
            then="not_controlled",
        ),
        Rule(
            "Does a note to the entry take this technology out?",
            lambda f: bool(f.excluded_by_notes) and not f.red_flags,
            lambda f: "; ".join(f"{n.note} takes out {n.excludes}" for n in notes_of(f))
            + ", so the entry does not reach this technology.",
            cite=spec.public_domain,
            cite_more=lambda f: [*entries(spec, f), *(n.cite for n in notes_of(f))],
            then="not_controlled",
            next_steps=("Record the note relied on, and send nothing the note does not cover.",),
        ),
        Rule(
            "Is it controlled technology at all?",
            only_non_technology,
            "Marketing material and general descriptions are not technology 'required' for the development, "
            "production or use of a listed item.",
            cite=spec.public_domain,
            then="not_controlled",
        ),
        Rule(
            "Is the information 'required' for the listed item?",
            lambda f: f.not_required and is_listed(f) and not f.red_flags,
            "The General Technology Note controls only technology 'required' for a listed item, the part peculiarly "
            "responsible for its controlled performance or functions; information used unchanged for uncontrolled "
            "items, or without effect on the controlled parameters, is not caught by the entry.",
            cite=(*spec.definitions, *spec.public_domain),
            cite_more=lambda f: [*spec.public_domain[:1], *entries(spec, f)],
            then="not_controlled",
            next_steps=("Record why the information is not 'required', and send nothing beyond it.",),
        ),
        Rule(
            "Is it only passing through?",
            lambda f: bool(spec.transit and f.in_transit and not f.red_flags and not f.uncertain_flags),
            "Items that only pass through the customs territory on their way between two non-EU countries, without "
            "release for free circulation, are in transit, not exported; the authority where they are may still "
            "prohibit the transit, or require an authorisation for it, if they may be meant for a WMD or military end use.",
            cite=spec.transit,
            cite_more=lambda f: list(spec.transit[1:]),
            then="not_controlled",
            next_steps=("Keep the items under customs supervision, and tell the authority at once if an end-use "
                        "concern comes up.",),
        ),
        # Schedule 3's own rule (UK ECO 2008 Art. 4) comes before the catch-all, which an embargoed destination also trips
        Rule(
            "Does the Schedule 3 entry prohibit this destination?",
            lambda f: _national_verdict(spec, f) == "prohibited",
            lambda f: (
                f"UK-controlled technology (Schedule 3) may not be transferred by electronic means to a destination its "
                f"entry prohibits, or towards one through a place where it is not processed; "
                f"{', '.join(_outside(spec, f))} is reached here, so a licence is needed."
            ),
            **national,
            then="controlled",
            next_steps=("Apply for a licence to ECJU, or keep the technology away from the prohibited destination.",),
        ),
        Rule(
            "Is there a catch-all concern (WMD, military end use, embargo)?",
            lambda f: (
                bool(_catch_all_flags(spec, f))
                and (is_listed(f) or _catch_all_reaches(spec, f))
                and not (is_listed(f) and f.mode_unknown)  # listed anyway: how it goes decides whether it is exported
                and not _inside_territory(spec, f)
            ),
            f"A WMD or military end use, an arms-embargoed destination or a listed party brings even unlisted technology "
            f"under a licence requirement; {spec.authority} must be consulted.",
            cite=spec.catch_all,
            cite_more=lambda f: _assistance(spec, f),
            then="controlled",
        ),
        Rule(
            "Is there a possible catch-all concern?",
            lambda f: bool(f.uncertain_flags) and not is_listed(f) and _catch_all_reaches(spec, f),
            f"A possible WMD or military end use is mentioned; if the exporter is aware of it or informed by "
            f"{spec.authority}, the catch-all makes even unlisted technology subject to authorisation.",
            cite=spec.catch_all,
            cite_more=lambda f: _assistance(spec, f),
            then="depends",
            missing=("end_use",),
        ),
        Rule(
            "Does dual-use technology go from Northern Ireland to a Member State?",
            lambda f: _union_part_transfer(spec, f) and not f.annex_iv,
            "In Northern Ireland the EU dual-use Regulation applies (Windsor Framework), so dual-use technology sent to "
            "a Member State moves inside the Union, where an authorisation is needed only for the items of Annex IV.",
            cite=spec.union_part,
            cite_more=lambda f: list(spec.union_part[1:]),
            then="not_controlled",
        ),
        Rule(
            "Is it an Annex IV item leaving Northern Ireland for a Member State?",
            lambda f: _union_part_transfer(spec, f) and bool(f.annex_iv),
            "Inside the Union the items of Annex IV still need an intra-Union transfer authorisation.",
            cite=(*spec.union_part, "EU 2021/821 Annex IV"),
            then="controlled",
        ),
        Rule(
            "Is the Annex IV transfer made on a space agency's order?",
            lambda f: bool(spec.intra and _space_exempt(f) and places(f) and not _outside(spec, f)),
            "The Annex IV entries concerned are MTCR items of Part I, and Annex IV exempts their transfer within the EU "
            "on an order placed by ESA or a national space programme; without Annex IV, a transfer between Member "
            "States needs no authorisation.",
            cite=("EU 2021/821 Annex IV",),
            cite_more=lambda f: [*spec.intra, *entries(spec, f)],
            then="not_controlled",
            next_steps=("Keep the space agency's order or contract with the transfer records.",),
        ),
        Rule(
            "Is it an Annex IV item moving inside the EU?",
            lambda f: bool(spec.intra and f.annex_iv and places(f) and not _outside(spec, f)),
            lambda f: (
                f"{', '.join(f.annex_iv)} is listed in Annex IV ("
                + "; ".join(f"Part {e.part}: {e.subject}" for c in f.annex_iv if (e := annex_iv_entry(c)))
                + "): even a transfer to another Member State needs an authorisation."
            ),
            cite=(*spec.intra, "EU 2021/821 Annex IV"),
            cite_more=lambda f: ["EU 2021/821 Annex IV", *entries(spec, f)],
            then="controlled",
            next_steps=("Apply for an intra-Union transfer authorisation in the Member State the technology leaves.",),
        ),
        Rule(
            "Could it be an Annex IV item?",
            lambda f: bool(
                spec.intra
                and (f.listed or f.classification_unknown)
                and not f.classifications
                and not f.not_annex_iv
                and places(f)
                and not _outside(spec, f)
            ),
            "Between Member States only the technology of Annex IV needs an authorisation, and the technology is said "
            "to be listed (or is being classified) without its entry: whether that entry is in Annex IV decides.",
            cite=(*spec.intra, "EU 2021/821 Annex IV"),
            cite_more=lambda f: ["EU 2021/821 Annex IV"],
            then="depends",
            missing=("classification",),
        ),
        Rule(
            "Is anything sent or provided at all?",
            only_receiving,
            "Receiving technology is not an export: the rules bind whoever sends it out or provides it to a foreign "
            "recipient, and nothing is sent on or provided to one here (sending it on later needs its own review).",
            cite=spec.export,
            cite_more=lambda f: list(spec.licence[:1]),  # the licence requirement that an export would trigger
            then="not_controlled",
        ),
        Rule(
            "Does the technology leave the country (or the customs union)?",
            lambda f: (
                not _outside(spec, f)
                and (bool(places(f)) or (_home_transfer(spec, f) and not f.beyond_bloc))
                and not (spec.domestic_release_controlled and is_foreign_recipient(f))
            ),
            (
                "The transfer stays within the EU's customs territory, so it is not an export (a transfer between "
                "Member States needs a licence only for the items of Annex IV)."
                if spec.name == "EU"
                else f"The transfer stays within {spec.label}'s own territory"
                + (" or the EU" if spec.home_group == "EU" else "")
                + ", so it is not an export."
            ),
            cite=spec.export,
            # the Union's transfer article and its list: what decides that a transfer between Member States is free
            cite_more=lambda f: [*spec.intra, "EU 2021/821 Annex IV"] if spec.intra else list(spec.licence[:1]),
            then="not_controlled",
        ),
        Rule(
            "How will the technology be passed on?",
            lambda f: (
                f.mode_unknown
                and not spec.domestic_release_controlled
                and (is_foreign_recipient(f) or bool(_abroad(spec, f)))
            ),
            f"Showing or telling technology to visitors inside {spec.label} is not an export, but sending them the "
            "documents or data, or handing over papers or media they take abroad, is; which one is planned decides.",
            cite=spec.export,
            cite_more=lambda f: [spec.licence[0], *spec.assistance],
            then="depends",
            missing=("transfer_mode",),
        ),
        Rule(
            "Is the training at home technical assistance for a sensitive end use?",
            lambda f: (
                _foreign_national_at_home(spec, f)
                and bool(spec.assistance)
                and "assistance" in f.modes
                and "end_use_unknown" in f.uncertain_flags
            ),
            "Training a visitor from a third country at home is not an export, but it is technical assistance, which "
            "needs an authorisation once the provider is informed or aware that it may serve a WMD or similar end "
            "use; what the visitor's organisation works on has not been established.",
            cite=spec.assistance,
            cite_more=lambda f: list(spec.export),
            then="depends",
            missing=("end_use",),
        ),
        Rule(
            "Is a release at home to a foreign national controlled?",
            lambda f: _foreign_national_at_home(spec, f),
            f"{spec.label} has no deemed-export rule: showing listed technology to a foreign national at home is not an "
            "export (check national technical-assistance and any later transfer abroad).",
            cite=spec.export,
            cite_more=lambda f: list(spec.assistance),  # the technical-assistance rule the finding points to
            then="not_controlled",
        ),
        Rule(
            "Is a release at home to a non-resident controlled?",
            lambda f: _release_at_home(spec, f),
            f"Providing listed technology in {spec.label} to a non-resident, or to a resident under strong influence of "
            "a foreign government or entity, needs the same permission as sending it abroad.",
            cite=spec.domestic_release or spec.licence,
            cite_more=lambda f: list(spec.domestic_release[1:]),
        ),
        Rule(
            "Is the resident employee under foreign influence?",
            lambda f: (
                spec.domestic_release_controlled
                and is_foreign_recipient(f)
                and not _abroad(spec, f)
                and "employment" in f.modes
                and (f.influence_unknown or f.status_unknown)  # "not sure he even counts as a resident yet"
            ),
            f"A resident employee is treated like a non-resident if under strong influence of a foreign government or "
            f"entity (contracts, funding, obligations); that has not been checked, so whether {spec.label}'s "
            "permission is needed is open.",
            cite=spec.domestic_release or spec.licence,
            cite_more=lambda f: list(spec.domestic_release[1:]),
            then="depends",
            missing=("recipient_status",),
        ),
        Rule(
            "Is the recipient a resident employee?",
            lambda f: (
                spec.domestic_release_controlled
                and is_foreign_recipient(f)
                and not _abroad(spec, f)
                and "employment" in f.modes
                and not f.visiting_staff
                and "foreign_influence" not in f.recipient_status
            ),
            f"A foreign national employed and living in {spec.label} is a resident; providing technology to a resident "
            "who is not under strong influence of a foreign government or entity is not a controlled provision.",
            cite=spec.domestic_release or spec.licence,
            cite_more=lambda f: list(spec.domestic_release[1:]),
            then="not_controlled",
        ),
        Rule(
            "Where does the technology go?",
            lambda f: not places(f) and not f.abroad and not _exclaves(spec, f) and not _release_at_home(spec, f),
            "The destination (or the recipient's residence and nationality) is not stated.",
            cite=spec.export,
            cite_more=lambda f: [spec.licence[0], *entries(spec, f)],
            then="depends",
            missing=("destination", "recipient_nationality"),
        ),
        Rule(
            "Is telling it in person abroad an export?",
            lambda f: spec.electronic_only and f.in_person_only and bool(_outside(spec, f)),
            f"Technology is exported from {spec.label} when it is sent, carried on a medium or transmitted electronically "
            "(including by telephone); explaining it face to face abroad, with nothing sent or carried, is not an export. "
            "Technical assistance rules still apply if a WMD or military end use is known or notified.",
            cite=spec.export,
            cite_more=lambda f: list(spec.assistance),
            then="not_controlled",
            next_steps=("Make sure nothing is carried, sent or phoned through, and record the briefing's content.",),
        ),
        Rule(
            "Does the entry reach technology for using the item?",
            lambda f: bool(beyond_entry_scope(f, entries(spec, f))),
            lambda f: (
                f"{', '.join(beyond_entry_scope(f, entries(spec, f)))} controls technology only for the purposes it "
                "names, and information for installing, operating or maintaining the item ('use') is not among them, "
                "so the list does not catch it."
            ),
            cite=(*spec.technology_note, *spec.public_domain[-1:]),  # the General Technology Note
            cite_more=lambda f: [*beyond_entry_scope(f, entries(spec, f)), *spec.definitions],  # where 'use' is defined
            then="not_controlled",
        ),
        Rule(
            "Is the destination outside the Schedule 3 entry's prohibited destinations?",
            lambda f: _national_verdict(spec, f) == "clear" and not f.red_flags,
            lambda f: (
                f"Schedule 3 technology is controlled only towards the destinations its entry prohibits; "
                f"{', '.join(_outside(spec, f))} is not one of them, and nothing says the technology goes on unprocessed "
                "to one, so no licence is needed for this transfer."
            ),
            **national,
            then="not_controlled",
            next_steps=("Keep the entry's prohibited destinations on file; an onward transfer to one needs a licence.",),
        ),
        Rule(
            "Which Schedule 3 entry is it, and which destinations does it prohibit?",
            lambda f: _national_verdict(spec, f) == "open",
            "Schedule 3 entries each name their own prohibited destinations (some every destination, some only Iran "
            "or Russia); without the entry the licence question for this destination is open.",
            **national,
            then="depends",
            missing=("classification",),
        ),
        Rule(
            "Does a general authorisation cover it?",
            lambda f: _general_applies(spec, f),
            lambda f: _general_finding(spec, f),
            cite=tuple(dict.fromkeys(g.citation for g in spec.general)),
            cite_more=lambda f: list(spec.licence[1:]),  # the article on general authorisations (EU Art. 12)
        ),
        Rule(
            "Is the technology listed?",
            is_listed,
            lambda f: (
                f"Listed technology sent to {', '.join(_outside(spec, f) or places(f)) or 'another country'} (e-mail, upload, download, "
                f"telephone or in person) needs an authorisation from {spec.authority} before it is transferred."
            ),
            cite=spec.licence,
            cite_more=lambda f: [
                spec.export[0], *list_provisions(spec, f), *entries(spec, f), *_technology_note(spec, f),
                *_assistance(spec, f),  # training or support given with the data is also technical assistance
                *spec.parties,
                *spec.licensing,
            ],
            then="controlled",
            next_steps=(
                f"Apply to {spec.authority}, or check whether a general or bulk authorisation covers the transfer.",
            ),
        ),
        Rule(
            "Is an unlisted cyber-surveillance item going to a possible use in repression?",
            lambda f: _surveillance_case(spec, f) and f.repression_concern,
            "An unlisted cyber-surveillance item needs an authorisation once the competent authority has informed the "
            "exporter that it may be used for internal repression or serious violations of human rights, and an "
            "exporter who is aware of such a use from its own due diligence must notify the authority, which decides.",
            cite=spec.surveillance_catch_all,
            then="controlled",
            next_steps=("Do not send anything until the competent authority has decided; keep the due-diligence file.",),
        ),
        Rule(
            "What will the unlisted cyber-surveillance item be used for?",
            lambda f: _surveillance_case(spec, f),
            "An unlisted cyber-surveillance item needs an authorisation if the competent authority says, or the "
            "exporter's due diligence shows, that it may be used for internal repression or serious violations of "
            "human rights: the intended end use decides.",
            cite=spec.surveillance_catch_all,
            then="depends",
            missing=("end_use",),
        ),
        Rule(
            "Is the technology listed?",
            _unlisted,
            "The technology is not on the control list and no catch-all concern is stated, so no authorisation is needed.",
            cite=spec.licence,
            # the entry whose threshold the stated figures miss, and the catch-all that would reach unlisted technology
            cite_more=lambda f: [*f.missed_entries, *spec.catch_all[:1]],
            then="not_controlled",
        ),
        Rule(
            "How is the technology classified?",
            lambda f: True,
            unclassified("Without a classification against the control list the authorisation requirement cannot be determined."),
            cite=spec.licence,
            cite_more=lambda f: [*f.candidate_entries, spec.export[0], *(spec.control_list or spec.military_list)],
            then="depends",
            missing=("classification",),
        ),
    ]


EU = ListedRegime(
    "EU",
    "the EU",
    frozenset(),
    "EU",
    public_domain=("EU 2021/821 Annex I GTN", "EU 2021/821 Annex I"),
    export=("EU 2021/821 Art. 2(2)", "EU 2021/821 Art. 11"),
    licence=("EU 2021/821 Art. 3", "EU 2021/821 Art. 12"),
    catch_all=("EU 2021/821 Art. 4",),
    domestic_release_controlled=False,
    authority="the competent authority of the Member State where the exporter is established",
    entries="EU 2021/821 Annex I",
    assistance=("EU 2021/821 Art. 8",),
    intra=("EU 2021/821 Art. 11",),
    software_note=("EU 2021/821 Annex I GSN",),
    electronic_only=True,
    authorisation=("EU 2021/821 Art. 3",),
    general=(EU001, EU007),
    transit=("EU 2021/821 Art. 2(11)", "EU 2021/821 Art. 7"),
    also_home=frozenset(INSIDE_EU_CUSTOMS),
    technology_note=("EU 2021/821 Annex I GTN",),
    surveillance_catch_all=("EU 2021/821 Art. 5", "EU 2021/821 Art. 2(20)"),
    brokering=("EU 2021/821 Art. 6", "EU 2021/821 Art. 2(7)"),
)
UK = ListedRegime(
    "UK",
    "the UK",
    frozenset({"United Kingdom"}),
    None,
    public_domain=("UK ECO 2008 Art. 18", "UK ECO 2008 Art. 2", "WA GTN"),
    export=("UK ECO 2008 Art. 2",),
    licence=("UK ECO 2008 Art. 3", "UK ECO 2008 Art. 2"),
    catch_all=("UK ECO 2008 Art. 6", "UK ECO 2008 Art. 4"),
    domestic_release_controlled=False,
    authority="the Export Control Joint Unit (ECJU)",
    military_list=("UK ECO 2008 Sch. 2",),
    assistance=("UK ECO 2008 Art. 19",),
    electronic_only=True,
    military_authorisation=("UK ECO 2008 Art. 3",),
    licensing=("UK ECO 2008 Art. 26",),
    union_part=("UK ECO 2008 Art. 2", "EU 2021/821 Art. 11"),
    national_list=("UK ECO 2008 Art. 4", "UK ECO 2008 Sch. 3"),
)
JP = ListedRegime(
    "JP",
    "Japan",
    frozenset({"Japan"}),
    None,
    public_domain=("JP FEO Art. 17(5)", "JP FEFTA Art. 25", "WA GTN"),
    export=("JP FEFTA Art. 25",),
    licence=("JP FEFTA Art. 25", "JP FEO Art. 17"),
    catch_all=("JP FEO Art. 17", "JP FEFTA Art. 25"),
    domestic_release_controlled=True,
    domestic_release=("JP FEFTA Art. 25", "JP FEFTA Art. 6"),
    authority="METI (the Minister of Economy, Trade and Industry)",
    control_list=("JP FEO Art. 17",),
    catch_all_spares="JP:A",
    publishing_exempt=True,
    parties=("JP FEFTA Art. 6",),
    military_needs_embargo=False,
)
SG = ListedRegime(
    "SG",
    "Singapore",
    frozenset({"Singapore"}),
    None,
    public_domain=("SG SGCA s. 5(4)", "WA GTN"),
    export=("SG SGCA s. 5",),
    licence=("SG SGCA s. 5",),
    catch_all=("SG SGCA s. 5(2)", "SG SGCA s. 5"),
    domestic_release_controlled=False,
    authority="Singapore Customs (a Strategic Goods permit)",
    control_list=("SG SGCA s. 4A",),
)
MY = ListedRegime(
    "MY",
    "Malaysia",
    frozenset({"Malaysia"}),
    None,
    public_domain=("MY STA 2010 s. 9(7)", "WA GTN"),
    export=("MY STA 2010 s. 2",),
    licence=("MY STA 2010 s. 9",),
    catch_all=("MY STA 2010 s. 12",),
    domestic_release_controlled=False,
    authority="MITI (a Strategic Trade permit)",
    control_list=("MY STA 2010 s. 7",),
    assistance=("MY STA 2010 s. 10",),
    after_sales="Section 9 does not apply to strategic technology transmitted only as far as needed to install, operate, "
    "maintain or repair items already exported; overhaul and refurbishing, or anything more, still need a permit.",
)
WA = ListedRegime(
    "WA",
    "the exporting state",
    frozenset(),
    None,
    public_domain=("WA GTN",),
    export=("WA GTN",),
    licence=("WA GTN",),
    catch_all=("WA GTN",),
    domestic_release_controlled=False,
    authority="the exporting state's licensing authority (Wassenaar lists are implemented in national law)",
    entries="WA",
    software_note=("WA GSN",),
    definitions=("WA Definitions",),
)

SPECS = {spec.name: spec for spec in (EU, UK, JP, SG, MY, WA)}
