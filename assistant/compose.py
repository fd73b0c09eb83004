"""Writing the answer for a determination: verdict, numbered cited reasons, next steps.

Every reason's citation comes from a step whose provision was looked up in the index, so the
reader can open the passage; `enforce_citations` in the pipeline removes anything else.
"""

from __future__ import annotations

from assistant.answer import DISCLAIMER
from assistant.determination import SUPPORTING, Determination

VERDICTS = {
    "controlled": "Controlled: an authorization (license, license exception or exemption) is needed before this transfer.",
    "not_controlled": "Not controlled: no authorization is needed for this transfer as described.",
    "depends": "It depends: a fact that decides the outcome is missing.",
    "out_of_scope": "Out of scope.",
}

# For a question about an item rather than a transfer ("Is 9E003 controlled?").
LISTED_VERDICTS = {
    "controlled": "Controlled: this technology is on a control list; transferring it abroad or releasing it to a "
    "foreign person needs an authorization for most destinations.",
    "not_controlled": "Not controlled: this technology is not on a control list (no license for most destinations).",
}

WHAT_IF = {
    "destination": "If the recipient is a U.S. person inside the United States, it is not an export; if the data goes to "
    "(or is opened in) another country, the license requirement for that country applies.",
    "recipient_nationality": "A U.S. citizen, permanent resident or protected individual in the United States is not a "
    "foreign person; for a foreign national the release is a (deemed) export to the person's country.",
    "classification": "EAR99 or unlisted technology usually needs no license outside embargoed destinations; a listed "
    "entry (ECCN, USML category, Annex I entry) needs a license or exception for most destinations.",
    "publication_status": "Already published information is not subject to control; unpublished information is.",
    "encryption": "End-to-end encryption with a validated module and keys you alone hold can take storage abroad out of "
    "the definition of export; otherwise storing it abroad is an export.",
}

OFF_TOPIC = (
    "This does not look like an export-control question, so there is no determination to make. Ask about sending, "
    "sharing or releasing technology, technical data or software (e.g. 'Can I e-mail 3E001 process specs to a "
    "contractor in India?')."
)

DECLINE = (
    "I can't help with avoiding or concealing export controls. Structuring, mislabelling, splitting or rerouting a "
    "transfer to avoid a license requirement is itself a violation."
)


def write_determination(d: Determination) -> str:
    if d.outcome == "out_of_scope" and not d.steps:
        return OFF_TOPIC
    about_items = bool(d.steps) and all(s.regime == "classification" for s in d.steps)
    verdict = LISTED_VERDICTS.get(d.outcome, "") if about_items else VERDICTS[d.outcome]
    lines = [DECLINE if d.outcome == "out_of_scope" else verdict, ""]
    reasons = [s for s in d.steps if s.question != SUPPORTING or s.citation]
    if reasons and d.outcome != "out_of_scope":
        lines.append("Why:")
    for n, step in enumerate(reasons, 1):
        cite = f" [{step.citation}]" if step.citation else ""
        label = f"{step.regime}: " if step.regime and len({s.regime for s in reasons}) > 1 else ""
        lines.append(f"{n}. {label}{step.finding}{cite}")
    if d.outcome == "depends":
        lines += ["", f"Missing: {', '.join(m.replace('_', ' ') for m in d.missing)}."]
        if d.follow_up:
            lines.append(f"Question: {d.follow_up}")
        for missing in d.missing:
            if missing in WHAT_IF:
                lines.append(f"- {WHAT_IF[missing]}")
    if d.next_steps:
        lines += ["", "Next steps:" if d.outcome != "out_of_scope" else "Lawful routes:"]
        lines += [f"- {s}" for s in d.next_steps]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)
