"""From findings to the overall outcome: the document's facts are put through the same regime
procedures as a question (`assistant.regimes.decide`), so the decision path a reviewer reads is
the one the chat gives.

Facts come from the findings, never from the document's wording at large: classifications from
markings (or, in a technical document, from a strong control-list candidate), destinations from
the recipients, publication status from the hints, red flags from the red-flag findings.

The label: `likely controlled` when the procedure says controlled, or when it only lacks the
destination for a listed classification (the document is controlled technology; where it goes
decides the licence); `likely not controlled` when it says not controlled or finds nothing of
export-control interest; `needs review` otherwise, and whenever the findings contradict each
other (an EAR99 marking on a document whose parameters meet a listed threshold).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.crosswalk import lookup as crosswalk_lookup
from assistant.determination import SUPPORTING, Determination
from assistant.facts import Facts
from assistant.regimes import decide
from assistant.regimes.conditions import at_only, groups
from assistant.screening.indicators import Lookup
from assistant.screening.patterns import PUBLISHED_STATUSES
from assistant.screening.recipients import Recipients
from assistant.screening.types import Candidate, Finding, Overall

_HOME = {"Japan": "JP", "United Kingdom": "UK", "Singapore": "SG", "Malaysia": "MY"}
_DESTINATION_ONLY = {"destination", "recipient_nationality"}


@dataclass
class Conclusion:
    overall: Overall
    summary: str
    facts: Facts
    determination: Determination
    next_steps: list[str]


def _listed(classification: str) -> bool:
    if classification.startswith("ECCN"):
        return not at_only(classification)
    return classification.startswith(("USML", "EU 2021/821 Annex I", "WA "))


def build_facts(
    kind: str, findings: Sequence[Finding], candidates: Sequence[Candidate], recipients: Recipients
) -> Facts:
    """The transfer the document describes, in the determination's terms."""
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    marked = [str(f.data["classification"]) for f in by_kind.get("marking", []) if f.data.get("classification")]
    technical = bool(by_kind.get("technical-data"))
    classifications = list(dict.fromkeys(marked))
    if any(c.startswith("USML Cat.") for c in classifications):  # "ITAR controlled" adds nothing to a category
        classifications = [c for c in classifications if c != "USML"]
    if not classifications and technical and candidates and candidates[0].strong:
        classifications.append(candidates[0].citation)  # the leading candidate only, never a runner-up
    for c in list(classifications):  # the same entry in the other lists, for the listed regimes
        record = crosswalk_lookup(c)
        classifications += [x for x in (record.citations if record else ()) if x not in classifications]
    kinds = list(dict.fromkeys(str(f.data["info_kind"]) for k in ("technical-data", "non-technical") for f in by_kind.get(k, [])))
    statuses = {str(f.data["status"]) for f in by_kind.get("publication", [])}
    for f in by_kind.get("marking", []):
        if f.data.get("letter") == "A":
            statuses.add("published")
    closed = bool(statuses & {"proprietary", "not_published"})
    public = statuses & PUBLISHED_STATUSES
    info_status = sorted(public) if public and not closed else (["proprietary"] if closed else [])
    not_status = ["published"] if closed else []
    flags = [str(f.data["flag"]) for f in by_kind.get("red-flag", []) if f.data.get("flag") != "evasion"]
    if recipients.embargoed:
        flags.append("embargoed_destination")
    regimes: list[str] = []
    if any(c.startswith("USML") for c in marked):
        regimes.append("US-ITAR")
    if any(c.startswith("EU ") for c in marked) or any(f.data.get("label") == "EU dual-use" for f in by_kind.get("marking", [])):
        regimes.append("EU")
    origin = recipients.origin
    home = _HOME.get(origin or "") or ("EU" if origin and "EU" in groups(origin) else None)
    if home:
        regimes.append(home)
    if regimes and (origin == "United States" or any(c.startswith(("ECCN", "EAR99")) for c in marked)):
        regimes.append("US-EAR")
    # Something for the procedures to decide on: technical content, a marking, a met threshold, or
    # material whose status or kind the rules release (published, marketing, basic principles).
    raised = any(f.severity == "high" for f in by_kind.get("parameter", []))
    signal = bool(marked or technical or raised or by_kind.get("non-technical") or public)
    return Facts(
        regimes=list(dict.fromkeys(regimes)),
        modes=["email"] if kind == "eml" else [],
        origin=origin,
        destinations=[d for d in recipients.destinations if d != origin],
        classifications=classifications,
        info_kinds=kinds,
        info_status=info_status,
        not_status=not_status,
        red_flags=list(dict.fromkeys(flags)),
        evasion=any(f.data.get("flag") == "evasion" for f in by_kind.get("red-flag", [])),
        injection=bool(by_kind.get("instructions")),
        domain_signal=signal or bool(recipients.restrictive) or bool(flags),
    )


_SUPPORTING = {"Which entry corresponds?", "Is there a Wassenaar or EU counterpart?", SUPPORTING}


def _deciding(determination: Determination, default: str) -> str:
    """The finding of the step that decided (not a step that only names a counterpart or provision)."""
    steps = [s for s in determination.steps if s.question not in _SUPPORTING]
    if not steps:
        return default
    decisive = steps[-1] if determination.regimes else steps[0]
    return decisive.finding


def _contradiction(facts: Facts, findings: Sequence[Finding]) -> str | None:
    raised = [f for f in findings if f.kind == "parameter" and f.severity == "high"]
    if "EAR99" in facts.classifications and raised:
        return "the document is marked EAR99 but a parameter meets a threshold of a listed entry"
    public = set(facts.info_status) & PUBLISHED_STATUSES
    itar = any(c.startswith("USML") for c in facts.classifications)
    if public and itar:
        return "the document carries an ITAR marking and also looks published"
    return None


def conclude(
    kind: str, findings: Sequence[Finding], candidates: Sequence[Candidate], recipients: Recipients, has: Lookup
) -> Conclusion:
    facts = build_facts(kind, findings, candidates, recipients)
    determination = decide(facts, has, facts.regimes or None)
    outcome = determination.outcome
    conflict = _contradiction(facts, findings)
    listed = any(_listed(c) for c in facts.classifications)
    if facts.evasion:
        overall: Overall = "needs review"
        summary = "Needs review: the document contains wording about evading export controls."
    elif conflict:
        overall, summary = "needs review", f"Needs review: {conflict}."
    elif outcome == "controlled":
        overall = "likely controlled"
        summary = "Likely controlled: " + _deciding(determination, "a licence or other authorisation is needed.")
    elif outcome == "depends" and not listed and facts.classifications and set(determination.missing) <= _DESTINATION_ONLY:
        overall = "likely not controlled"
        summary = (
            f"Likely not controlled: classified {', '.join(facts.classifications)}, which needs no licence except for "
            "embargoed destinations or prohibited end uses; confirm where it goes."
        )
    elif outcome == "depends" and listed and set(determination.missing) <= _DESTINATION_ONLY:
        overall = "likely controlled"
        summary = (
            "Likely controlled: the document looks like listed technology "
            f"({', '.join(c for c in facts.classifications if _listed(c))[:120]}); "
            "whether a licence is needed depends on where and to whom it goes."
        )
    elif outcome == "not_controlled":
        overall = "likely not controlled"
        summary = "Likely not controlled: " + _deciding(determination, "no control applies.")
    elif outcome == "out_of_scope":
        overall = "likely not controlled"
        summary = "Likely not controlled: nothing of export-control interest was found (no technical data, markings or listed parameters)."
    else:
        overall = "needs review"
        summary = "Needs review: " + (determination.follow_up or "a deciding fact is missing.")
    return Conclusion(overall, summary, facts, determination, _next_steps(overall, facts, determination, recipients, candidates, findings))


def _next_steps(
    overall: Overall,
    facts: Facts,
    determination: Determination,
    recipients: Recipients,
    candidates: Sequence[Candidate],
    findings: Sequence[Finding],
) -> list[str]:
    steps: list[str] = []
    if facts.evasion:
        steps.append("Do not send. Escalate to the export-control officer: the text discusses evading controls.")
    if recipients.embargoed or recipients.restrictive:
        where = ", ".join(dict.fromkeys([*recipients.embargoed, *recipients.restrictive]))
        steps.append(f"Do not send to {where} without the export-control officer: embargo or restrictive country group.")
    if recipients.webmail:
        steps.append("Ask webmail recipients for an institutional address and confirm who and where they are.")
    if overall == "likely controlled":
        marked = any(f.kind == "marking" and f.data.get("classification") for f in findings)
        if not marked and facts.classifications:
            steps.append(
                f"Confirm the classification against the full text of {facts.classifications[0]}, then mark the "
                "document with it: it carries no classification marking."
            )
        steps.append("Hold the document until a licence, licence exception or exemption covers each recipient's country.")
    elif overall == "needs review":
        if candidates:
            steps.append(f"Classify the document; the closest control-list entry is {candidates[0].citation}.")
        steps.append("Send this report with the document to the export-control officer for review.")
    else:
        steps.append("Keep this report with the file as the record of the pre-check.")
    steps += [s for s in determination.next_steps if s not in steps]
    return steps
