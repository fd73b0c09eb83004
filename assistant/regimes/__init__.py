"""Which regimes apply to a transfer, and the determination across them."""

from __future__ import annotations

from functools import cache

from assistant.determination import Determination, Lookup, RegimeResult, Rule, Step, combine, run_procedure
from assistant.facts import Facts
from assistant.regimes import listed, us_ear, us_itar
from assistant.regimes.conditions import classification_family, groups

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
    if family & {"eccn", "ear99"} and not chosen:
        chosen.append("US-EAR")
    if "eu" in family and not chosen:
        chosen.append("EU")
    if facts.origin and not chosen:
        home = _HOME_REGIME.get(facts.origin) or ("EU" if "EU" in groups(facts.origin) else None)
        if home:
            chosen.append(home)
    if not chosen:
        chosen.append("WA" if "wa" in family else "US-EAR")
    national = [r for r in dict.fromkeys(chosen) if r != "WA"]
    return national or ["WA"]


def decide(facts: Facts, has: Lookup, preferred: list[str] | None = None) -> Determination:
    """The determination for `facts`; `has` says whether the index holds a citation."""
    if facts.evasion:
        return _declined(has)
    if not facts.domain_signal:
        return Determination("out_of_scope", [], [], [], None, [])
    results: list[RegimeResult] = [run_procedure(r, procedure(r), facts, has) for r in regimes_for(facts, preferred)]
    return combine(results)


_LAWFUL_ROUTES = (
    "Classify the technology (self-classification or a BIS classification request, 15 CFR 748.3).",
    "Apply for the license or use a license exception/exemption that really applies.",
    "If something was already sent without authorisation, consider a voluntary self-disclosure (15 CFR 764.5 / 22 CFR 127.12).",
)


def _declined(has: Lookup) -> Determination:
    citations = [c for c in ("15 CFR 764.2", "15 CFR 764.5", "22 CFR 127.1", "22 CFR 127.12") if has(c)]
    steps = [
        Step(
            "Is this a request to evade export controls?",
            "Yes: the assistant does not help to conceal, split, mislabel or reroute a transfer to avoid a license. "
            "Doing so is a violation in itself.",
            citations[0] if citations else None,
            "policy",
        )
    ]
    steps += [Step("What are the lawful routes?", "Voluntary self-disclosure is the route for past violations.", c, "policy") for c in citations[1:2]]
    return Determination("out_of_scope", [], steps, [], None, list(_LAWFUL_ROUTES))
