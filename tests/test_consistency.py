"""Wording must not matter: the same facts in other words give the same determination.

The scenarios and their paraphrases in tests/data/paraphrases.yaml were written by hand, not by
the code under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.facts import extract_facts
from assistant.regimes import decide

# Scenarios the rule-based extractor does not yet read consistently (measured, not hidden): each is an
# xfail(strict=True), so fixing one makes the suite fail until it is removed from this list.
KNOWN_GAPS = {"para-11", "para-18", "para-29"}

SCENARIOS = yaml.safe_load((Path(__file__).parent / "data" / "paraphrases.yaml").read_text(encoding="utf-8"))


def test_there_are_at_least_30_scenarios_of_three_paraphrases() -> None:
    assert len(SCENARIOS) >= 30
    assert all(len(s["paraphrases"]) >= 3 for s in SCENARIOS)


@pytest.mark.parametrize(
    "scenario",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="known extraction gap")) if s["id"] in KNOWN_GAPS else s
        for s in SCENARIOS
    ],
    ids=lambda s: s["id"],
)
def test_paraphrases_give_the_same_determination(scenario: dict) -> None:
    outcomes = [decide(extract_facts(q), has=lambda c: True).outcome for q in scenario["paraphrases"]]
    assert outcomes == [scenario["determination"]] * len(outcomes), list(zip(scenario["paraphrases"], outcomes, strict=True))
