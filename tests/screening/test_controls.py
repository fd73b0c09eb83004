"""Control-list matching over the bundled index: only control-entry chunks, the index's own
vectors, hybrid ranking, and the thresholds each entry states."""

from __future__ import annotations

import numpy as np

from assistant.screening import ControlList, control_list


def test_only_control_entries_are_candidates(controls: ControlList) -> None:
    assert controls.chunks and {c.kind for c in controls.chunks} == {"control-entry"}
    assert {"ECCN 3E001", "USML Cat. XI", "EU 2021/821 Annex I 3E001", "WA 3.E.1"} <= set(controls.entries)
    assert "15 CFR 734.13" not in controls.entries


def test_the_vectors_are_the_indexed_ones(controls: ControlList) -> None:
    first = controls.chunks[0]
    again = controls.embedder.embed([first.text])[0]
    assert float(np.dot(again, controls.vectors[0])) > 0.999


def test_the_control_list_is_built_once_per_index(bundled, controls: ControlList) -> None:
    assert control_list(bundled.index, bundled.embedder) is controls


def test_a_blade_casting_passage_matches_the_hot_section_entry_with_reasons(controls: ControlList) -> None:
    (matches,) = controls.match(
        ["Single-crystal turbine blade casting: withdrawal rate 3.5 mm/min, ceramic core leaching, cooling holes."]
    )
    assert matches[0].citation.endswith("9E003") and 0.3 < matches[0].similarity <= 1.0
    assert {"blade", "crystal"} <= set(matches[0].terms)
    assert len({m.citation for m in matches}) == len(matches)  # one match per entry


def test_entries_carry_the_thresholds_their_text_states(controls: ControlList) -> None:
    phrases = [t.text for t in controls.entries["ECCN 5E001"].thresholds]
    assert any(p.endswith("over 90 GHz") for p in phrases)
    assert any(t.dimension == "temperature" for t in controls.entries["ECCN 9E003"].thresholds)
