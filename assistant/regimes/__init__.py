"""Which regimes apply to a transfer, and the determination across them."""

from __future__ import annotations

from functools import cache

from assistant.citations import same_section
from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.determination import (
    FOLLOW_UPS,
    SUPPORTING,
    Determination,
    Lookup,
    RegimeResult,
    Rule,
    Step,
    combine,
    run_procedure,
)
from assistant.facts import Facts
from assistant.regimes import listed, us_ear, us_itar
from assistant.regimes.conditions import at_only, classification_family, groups

_HOME_REGIME = {"United States": "US-EAR", "Japan": "JP", "United Kingdom": "UK", "Singapore": "SG", "Malaysia": "MY"}


@cache
def procedure(regime: str) -> tuple[Rule, ...]:
    if regime == "US-EAR":
        return tuple(us_ear.RULES)
    if regime == "US-ITAR":
        return tuple(us_itar.RULES)
    return tuple(listed.rules_for(listed.SPECS[regime]))


def regimes_for(facts: Facts, preferred: list[str] | None = None) -> list[str]:
    """Regimes named or implied by the facts (classification, exporter's country); EAR by default.

    The Wassenaar notes are a fallback only: they apply when no national regime does.
    """
    chosen = list(preferred or []) or list(facts.regimes)
    family = classification_family(facts)
    if "usml" in family:
        chosen.append("US-ITAR")
    elif (facts.defense_article or facts.military_training) and not chosen and family <= {"listed"} and facts.origin in (
        None,
        "United States",
    ):
        # a missile or a howitzer is a defense article, whatever it is not classified as; training another country's
        # forces is a defense service (22 CFR 120.32(a)(3))
        chosen.append("US-ITAR")
    home = _HOME_REGIME.get(facts.origin or "") or ("EU" if facts.origin and "EU" in groups(facts.origin) else None)
    if home and not preferred and (not chosen or home != "US-EAR"):
        chosen.append(home)  # the exporter's own law applies to what leaves its territory
    if facts.us_origin and not preferred and "US-ITAR" not in chosen:
        chosen.append("US-EAR")  # U.S.-origin technology is subject to the EAR wherever it is (15 CFR 734.3(a)(2))
    if ("eccn" in family or ("ear99" in family and "WA" not in facts.regimes)) and not [r for r in chosen if r != "WA"]:
        # an ECCN is U.S. numbering: "Germany is Wassenaar" does not make it a WA question; but an item that misses
        # every threshold in a question put to the Wassenaar list is simply unlisted there
        chosen.append("US-EAR")
    if "eu" in family and not chosen:
        chosen.append("EU")
    if not chosen:
        chosen.append("WA" if "wa" in family else "US-EAR")
    national = [r for r in dict.fromkeys(chosen) if r != "WA"]
    return national or ["WA"]


def describes_transfer(facts: Facts) -> bool:
    """Whether the facts describe a transfer (who, where, how), not only an item or a rule."""
    return bool(
        facts.modes
        or facts.destinations
        or facts.storage_countries
        or facts.recipient_nationalities
        or facts.recipient_status
        or facts.red_flags
        or facts.uncertain_flags
        or facts.info_status
        or facts.abroad
        or facts.export_authorised
        or facts.nationality_unknown
        or facts.destination_undecided
        or facts.storage_undecided
        # "our files sit in a vault with FIPS modules, keys only ours: is storing there an export?" describes a store
        # (a module or a key holder), where "end-to-end encryption ITAR" only names a topic
        or facts.encryption.validated_module is not None
        or facts.encryption.provider_holds_keys is not None
        or facts.classification_unknown  # "is our know-how caught by ML22? we have not determined ..." asks about ours
        or facts.status_unknown
        or (facts.recipient_mentioned and facts.transfer_verb)
    )


def classification_status(facts: Facts, has: Lookup) -> Determination:
    """'Is 9E003 controlled?': the status of the named entries, without a transfer to decide on."""
    steps: list[Step] = []
    outcome: str = "not_controlled"
    for citation in facts.classifications:
        if citation == "EAR99":
            finding = "EAR99 technology is subject to the EAR but not listed: no license for most destinations."
        elif citation.startswith("ECCN") and at_only(citation):
            finding = f"{citation} is controlled for anti-terrorism reasons only: a license is needed for embargoed destinations."
            outcome = "controlled"
        elif citation.startswith(("ECCN", "EU ", "WA ", "USML")):
            finding = (
                f"{citation} is on a control list: sending it abroad or releasing it to a foreign person needs an "
                "authorization for most destinations."
            )
            outcome = "controlled"
        else:
            continue
        steps.append(Step("Is the technology listed?", finding, citation if has(citation) else None, "classification"))
        steps += _counterparts(citation, has)
    if not steps:
        return Determination.none()
    return Determination(
        outcome, [], steps, [], None, ["Describe the transfer (destination, recipient) for a full determination."]
    )  # type: ignore[arg-type]


def _counterparts(citation: str, has: Lookup) -> list[Step]:
    """The same entry in the other numbering schemes (ECCN, EU Annex I, Wassenaar), from the cross-walk."""
    record = crosswalk_lookup(citation)
    if record is None:
        return []
    if record.us_only:
        return [
            Step(
                "Is there a Wassenaar or EU counterpart?",
                f"{record.eccn} is a U.S.-only entry. {record.note}".strip(),
                record.eccn if has(record.eccn) else None,
                "classification",
            )
        ]
    others = [c for c in record.citations if c != citation]
    return [
        Step(
            "Which entry corresponds?",
            f"{citation} corresponds to {other}." + (f" {record.note}" if n == len(others) - 1 and record.note else ""),
            other if has(other) else None,
            "classification",
        )
        for n, other in enumerate(others)
    ]


# The provision that says what an export (or transfer) of technology is under each regime: every answer
# about a transfer rests on it, whether the transfer turns out to be one or not.
# (The Wassenaar notes define no export of their own: they are implemented in national law.)
_SCOPE = {
    "US-EAR": "15 CFR 734.13",
    "US-ITAR": "22 CFR 120.50",
    **{name: spec.export[0] for name, spec in listed.SPECS.items() if name != "WA"},
}


def _entries(regime: str, facts: Facts) -> list[str]:
    """The provisions behind the technology the facts name, in the regime's own numbering: the list entries, and
    for the Wassenaar-based regimes the articles that make the list law and require the authorisation (ECCN 9E003
    is EU 2021/821 Annex I 9E003 and Art. 3 under the EU regime; ML22 is UK ECO 2008 Sch. 2 and Art. 3 under the UK's)."""
    if regime == "US-EAR":
        return us_ear.named_classification(facts)
    if regime == "US-ITAR":
        return us_itar.usml_categories(facts)
    spec = listed.SPECS[regime]
    return [*listed.authorisations(spec, facts), *listed.named_entries(spec, facts)]


def _with_support(result: RegimeResult, facts: Facts, has: Lookup) -> RegimeResult:
    """Supporting steps for what every answer about a transfer rests on, when the procedure did not cite it:
    the regime's definition of export and the provisions behind the technology the facts name."""
    moves = set(facts.modes) - {"publication"} or facts.destinations or facts.storage_countries or facts.recipient_nationalities or facts.abroad
    wanted = [_SCOPE[result.regime]] if result.regime in _SCOPE and moves else []
    wanted += _entries(result.regime, facts)
    for citation in wanted:
        cited = [s.citation for s in result.steps if s.citation]
        if has(citation) and not any(same_section(citation, c) for c in cited):
            result.steps.append(Step(SUPPORTING, f"See {citation}.", citation, result.regime))
    return result


def _seen_by(regime: str, facts: Facts) -> Facts:
    """The facts as a regime reads them. The EAR sends a deemed export to the person's most recent country of
    citizenship only (15 CFR 734.13(b)); the ITAR to every country of citizenship (22 CFR 120.50(b))."""
    latest = facts.latest_nationality
    if regime != "US-EAR" or not latest or facts.recipient_nationalities == [latest]:
        return facts
    status = [s for s in facts.recipient_status if s != "dual_national"]
    return facts.model_copy(update={"recipient_nationalities": [latest], "recipient_status": status})


def decide(facts: Facts, has: Lookup, preferred: list[str] | None = None) -> Determination:
    """The determination for `facts`; `has` says whether the index holds a citation."""
    if facts.evasion:
        return _declined(facts, has, preferred)
    if not facts.domain_signal:
        return Determination("out_of_scope", [], [], [], None, [])
    if not describes_transfer(facts) and facts.classifications:
        return classification_status(facts, has)
    options = _options(facts)
    if options:
        kind, alternatives = options
        outcomes = {name: _decide_regimes(alternative, has, preferred) for name, alternative in alternatives}
        if len({d.outcome for d in outcomes.values()}) > 1:
            return _either_way(kind, outcomes)
        if kind == "recipient_nationality":  # every citizenship ends the same way: decide on all of them
            facts = facts.model_copy(update={"nationality_unknown": False})
        # An open destination stays a follow-up even when the places named agree: where it goes may be neither.
    return _decide_regimes(facts, has, preferred)


def _decide_regimes(facts: Facts, has: Lookup, preferred: list[str] | None) -> Determination:
    results: list[RegimeResult] = [
        _with_support(run_procedure(r, procedure(r), _seen_by(r, facts), has), facts, has)
        for r in regimes_for(facts, preferred)
    ]
    return combine(results)


def _options(facts: Facts) -> tuple[str, list[tuple[str, Facts]]] | None:
    """The named alternatives of a fact the asker says is open ("Guam or Okinawa, not decided"; "a Canadian and
    an Indian passport, and nobody knows which citizenship came last"), each as settled facts."""
    if facts.destination_undecided and len(facts.destinations) >= 2:
        return "destination", [
            (place, facts.model_copy(update={"destinations": [place], "destination_undecided": False}))
            for place in facts.destinations
        ]
    if facts.nationality_unknown and len(facts.recipient_nationalities) >= 2:
        status = [s for s in facts.recipient_status if s != "dual_national"]
        return "recipient_nationality", [
            (
                country,
                facts.model_copy(
                    update={
                        "recipient_nationalities": [country],
                        "recipient_status": status,
                        "nationality_unknown": False,
                        "latest_nationality": None,
                    }
                ),
            )
            for country in facts.recipient_nationalities
        ]
    return None


_LABEL = {"controlled": "controlled", "not_controlled": "not controlled", "depends": "still open"}


def _either_way(kind: str, outcomes: dict[str, Determination]) -> Determination:
    """`depends` on an open fact whose named alternatives lead to different outcomes: say where each one leads."""
    steps: list[Step] = []
    runs = [d.steps for d in outcomes.values()]
    # the steps every alternative goes through word for word ("encrypted storage abroad is no export") come first
    for step in runs[0] if runs else []:
        if step.question != SUPPORTING and step not in steps and all(step in run for run in runs[1:]):
            steps.append(step)
    for name, determination in outcomes.items():
        at = next((i for i in range(len(determination.steps) - 1, -1, -1) if determination.steps[i].question != SUPPORTING), None)
        if at is None:
            continue
        decisive = determination.steps[at]
        label = _LABEL.get(determination.outcome or "", determination.outcome or "")
        where = "for" if kind == "destination" else "for a national of"
        steps.append(Step(f"What if it is {name}?", f"{label.capitalize()} {where} {name}: {decisive.finding}", decisive.citation, decisive.regime))
        # and the provisions that step rests on (the entry, the chart)
        steps += [s for s in determination.steps[at + 1 :] if s.citation not in {t.citation for t in steps}]
    return Determination("depends", [r for d in outcomes.values() for r in d.regimes], steps, [kind], FOLLOW_UPS[kind], [])


_US_ROUTES = (
    "Classify the technology (self-classification or a BIS classification request, 15 CFR 748.3).",
    "Apply for the license or use a license exception/exemption that really applies.",
    "If something was already sent without authorisation, consider a voluntary self-disclosure (15 CFR 764.5 / 22 CFR 127.12).",
)
_ROUTES = (
    "Classify the technology against the control list of the country it leaves from.",
    "Apply for the authorisation, or use a general or open licence whose conditions really are met.",
    "If something was already sent without authorisation, ask the licensing authority about a voluntary disclosure.",
)
# What the declined answer rests on, for the law the transfer falls under: the prohibition (and, in the U.S.
# regimes, the voluntary disclosure route). Citing the EAR to a Japanese exporter would point to the wrong law;
# under the Wassenaar fallback no national law is known, and the lists prohibit nothing, so nothing is cited.
_EVASION_CITATIONS = {
    "US-EAR": ("15 CFR 764.2", "15 CFR 764.5"),
    "US-ITAR": ("22 CFR 127.1", "22 CFR 127.12"),
    "EU": ("EU 2021/821 Art. 3",),
    "UK": ("UK ECO 2008 Art. 3",),
    "JP": ("JP FEFTA Art. 25",),
    "SG": ("SG SGCA s. 5",),
    "MY": ("MY STA 2010 s. 9",),
}


def _declined(facts: Facts, has: Lookup, preferred: list[str] | None) -> Determination:
    regime = regimes_for(facts, preferred)[0]
    citations = [c for c in _EVASION_CITATIONS.get(regime, ()) if has(c)]
    steps = [
        Step(
            "Is this a request to evade export controls?",
            "Yes: the assistant does not help to conceal, split, mislabel or reroute a transfer to avoid a license. "
            "Doing so is a violation in itself.",
            citations[0] if citations else None,
            "policy",
        )
    ]
    steps += [
        Step("What are the lawful routes?", "Voluntary self-disclosure is the route for past violations.", c, "policy")
        for c in citations[1:2]
    ]
    routes = _US_ROUTES if regime.startswith("US") else _ROUTES
    return Determination("out_of_scope", [], steps, [], None, list(routes))
