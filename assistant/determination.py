"""The ITT determination: regime procedures written as ordered rules over `Facts`.

Each regime is a list of `Rule`s. A rule that applies is recorded as a `Step` citing the first of
its candidate provisions that the index holds (so every citation shown was looked up and its
passage can be opened); a rule with an outcome ends the procedure. Regimes are combined by the
most restrictive outcome. The rules depend only on facts, never on the wording of the question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.facts import Facts

Outcome = Literal["controlled", "not_controlled", "depends", "out_of_scope"]
_SEVERITY = {"controlled": 3, "depends": 2, "not_controlled": 1, "out_of_scope": 0}

Text = str | Callable[[Facts], str]


@dataclass(frozen=True)
class Rule:
    """One step of a procedure: the question it answers, when it applies, and what it decides."""

    ask: str
    when: Callable[[Facts], bool]
    finding: Text
    cite: tuple[str, ...] = ()
    then: Outcome | None = None
    missing: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    cite_more: Callable[[Facts], Sequence[str]] | None = None


@dataclass
class Step:
    question: str
    finding: str
    citation: str | None = None
    regime: str = ""


@dataclass
class RegimeResult:
    regime: str
    outcome: Outcome
    steps: list[Step] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)


@dataclass
class Determination:
    outcome: Outcome | None
    regimes: list[RegimeResult]
    steps: list[Step]
    missing: list[str]
    follow_up: str | None
    next_steps: list[str]

    @classmethod
    def none(cls) -> Determination:
        """No determination: the message asks about a rule, not about a transfer."""
        return cls(None, [], [], [], None, [])


Lookup = Callable[[str], bool]

# The question of a step that only adds a further provision the decision rests on (the entry, the
# definition); the answer shows the provision's title as its finding.
SUPPORTING = "Which provision applies?"


def run_procedure(regime: str, rules: Sequence[Rule], facts: Facts, has: Lookup) -> RegimeResult:
    """Apply rules in order; the first rule with an outcome decides."""
    steps: list[Step] = []
    for position, rule in enumerate(rules):
        if not rule.when(facts):
            continue
        candidates = [*rule.cite, *(rule.cite_more(facts) if rule.cite_more else ())]
        citation = next((c for c in candidates if has(c)), None)
        finding = rule.finding(facts) if callable(rule.finding) else rule.finding
        steps.append(Step(rule.ask, finding, citation, regime))
        if rule.cite_more:  # extra decisive provisions (e.g. the ECCN itself) as their own cited lines
            for extra in rule.cite_more(facts):
                if has(extra) and extra != citation:
                    steps.append(Step(SUPPORTING, f"See {extra}.", extra, regime))
        if rule.then == "depends":
            missing = list(dict.fromkeys([*rule.missing, *_also_open(rules[position + 1 :], facts)]))
            return RegimeResult(regime, "depends", steps, missing, list(rule.next_steps))
        if rule.then:
            return RegimeResult(regime, rule.then, steps, list(rule.missing), list(rule.next_steps))
    return RegimeResult(
        regime, "depends", steps, ["classification"], ["Classify the technology against the control list."]
    )


FOLLOW_UPS = {
    "destination": "Where is the recipient located (country), or where will the data be stored?",
    "recipient_nationality": "What is the recipient's nationality (every citizenship) and are they a U.S. person or permanent resident?",
    "classification": "How is the technology classified (ECCN, EAR99, USML category or EU Annex I entry), or what does it describe?",
    "publication_status": "Has the information already been published or made publicly available without restriction?",
    "encryption": "Is the data end-to-end encrypted with a FIPS 140-validated module, and who holds the keys?",
    "storage_location": "In which country are the servers, and did you choose that location?",
    "end_use": "What is the end use, and is the end user a military or listed party?",
    "recipient_status": "Is the recipient a U.S. person, a permanent resident, or a foreign person?",
    "transfer_mode": "How will the technology be transferred (e-mail, cloud, remote access, visit, call)?",
}


def _also_open(rules: Sequence[Rule], facts: Facts) -> list[str]:
    """Further deciding facts that are open: the procedure, had the first open fact turned out harmless, would
    next meet these `depends` steps before any step that decides, so the user is asked for all of them at once."""
    out: list[str] = []
    for rule in rules:
        if not rule.when(facts):
            continue
        if rule.then == "depends":
            out += rule.missing
        elif rule.then:
            break
    return out


def combine(results: Sequence[RegimeResult]) -> Determination:
    """The most restrictive regime outcome decides; steps and missing facts are kept per regime."""
    if not results:
        raise ValueError("no regime applied")
    worst = max(results, key=lambda r: _SEVERITY[r.outcome])
    outcome = worst.outcome
    steps = [s for r in results for s in r.steps]
    missing = list(dict.fromkeys(m for r in results if r.outcome == "depends" for m in r.missing))
    if outcome != "depends":
        missing = []
    next_steps = list(dict.fromkeys(n for r in results for n in r.next_steps))
    follow_up = FOLLOW_UPS.get(missing[0]) if missing else None
    if follow_up and len(missing) > 1:
        follow_up = " ".join(FOLLOW_UPS[m] for m in missing[:2] if m in FOLLOW_UPS)
    return Determination(outcome, list(results), steps, missing, follow_up, next_steps)
