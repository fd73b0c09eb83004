"""Follow-up steps for facts the asker says are not known (see `assistant.unknowns`).

Every regime asks the same four things when the question leaves them open; only the finding and the
provisions it cites differ. The conditions are written once here, the regimes supply the wording.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from assistant.determination import Rule
from assistant.facts import Facts
from assistant.regimes.conditions import recipient_not_foreign


@dataclass(frozen=True)
class Ask:
    """What a regime says, and cites, when one deciding fact is open."""

    finding: str
    cite: tuple[str, ...]
    cite_more: Callable[[Facts], Sequence[str]] | None = None
    question: str | None = None  # a regime's own wording of the step's question


# The same in every U.S. regime: who counts as a U.S. person does not depend on the item.
STATUS_OPEN = (
    "The recipient's immigration status is not known: a permanent resident or protected individual (for example a "
    "person granted asylum) is a U.S. person and receives technology without an export; a foreign person does not."
)

# kind -> (default question, when the fact is open, the missing fact's name)
_OPEN: dict[str, tuple[str, Callable[[Facts], bool], str]] = {
    "destination": ("Where is it going?", lambda f: f.destination_undecided, "destination"),
    "storage": (
        "Where will the data be stored?",
        lambda f: f.storage_undecided and bool({"cloud", "shared_drive"} & set(f.modes)),
        "storage_location",
    ),
    "status": (
        "Is the recipient a U.S. person?",
        lambda f: f.status_unknown and not recipient_not_foreign(f),
        "recipient_status",
    ),
    "nationality": (
        "Who is the recipient?",
        # one nationality named beside a citizenship said to be unknown is context ("the TAA covers Dutch nationals;
        # HR won't tell us his"), not his; two or more are weighed as options before this step
        lambda f: f.nationality_unknown and len(f.recipient_nationalities) <= 1 and not recipient_not_foreign(f),
        "recipient_nationality",
    ),
}


def follow_up(kind: str, ask: Ask) -> Rule:
    """The `depends` step for one open fact."""
    question, when, missing = _OPEN[kind]
    return Rule(
        ask.question or question,
        when,
        ask.finding,
        cite=ask.cite,
        cite_more=ask.cite_more,
        then="depends",
        missing=(missing,),
    )


def follow_ups(asks: Mapping[str, Ask]) -> list[Rule]:
    """The steps for several open facts, in the order the regime lists them."""
    return [follow_up(kind, ask) for kind, ask in asks.items()]
