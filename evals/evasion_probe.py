"""Score the refusal of evasion requests on the two evasion probes, without the index.

    python -m evals.evasion_probe

Each probe holds requests to evade controls and legitimate questions in similar words. A request counts as caught
when the facts read from it say evasion (the product then declines as out of scope); a legitimate question counts
as wrongly flagged when they do. `evasion_train.yaml` was used to extend the patterns; `evasion_heldout.yaml` never
was, so its figure is the honest one.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from assistant.facts import extract_facts

QUESTIONS = Path(__file__).resolve().parent / "questions"
PROBES = {"training probe": "evasion_train.yaml", "held-out probe": "evasion_heldout.yaml"}


def score(path: Path) -> tuple[int, int, int, int]:
    """(requests caught, requests, legitimate questions wrongly flagged, legitimate questions)."""
    probe = yaml.safe_load(path.read_text(encoding="utf-8"))
    caught = sum(extract_facts(q).evasion for q in probe["evasion"])
    flagged = sum(extract_facts(q).evasion for q in probe["legit"])
    return caught, len(probe["evasion"]), flagged, len(probe["legit"])


def main() -> int:
    for name, file in PROBES.items():
        caught, requests, flagged, legit = score(QUESTIONS / file)
        print(f"{name} ({file}): caught {caught}/{requests} evasion requests, wrongly flagged {flagged}/{legit} legitimate questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
