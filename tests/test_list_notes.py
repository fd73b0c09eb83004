"""Notes under a list entry that take some technology out of it (Wassenaar lists, EU Annex I, UK lists)."""

import pytest

from assistant.list_notes import entry_code, excluding_notes, load


@pytest.mark.parametrize(
    ("citation", "code"),
    [("ECCN 3E001", "3E001"), ("WA 3.E.1", "3E001"), ("EU 2021/821 Annex I 3E001", "3E001"), ("WA ML22", "ML22")],
)
def test_an_entry_is_the_same_code_in_every_numbering(citation: str, code: str) -> None:
    assert entry_code(citation) == code


def test_every_note_cites_an_entry_it_belongs_to() -> None:
    for note in load():
        assert entry_code(note.cite) in note.entries, note.note


PDK = "A start-up abroad wants our process design kit for a 40 nm process: design rules, DRC decks, SPICE models."


def test_3_e_1_note_3_a_process_design_kit_is_not_3_e_1_technology() -> None:
    assert [n.note for n in excluding_notes(PDK, ["WA 3.E.1"])] == ["3.E.1 Note 3"]


@pytest.mark.parametrize(
    ("question", "excluded"),
    [
        ("Our FPGA (3.A.1.a.7) is made on a 180 nm process with three metal layers.", True),
        ("A 14-bit ADC on our 0.18 µm BiCMOS process (three metal layers).", True),
        ("Our FPGA (3.A.1.a.7) is made on a 90 nm process with three metal layers.", False),
        ("Our FPGA (3.A.1.a.7) is made on a 180 nm process with six metal layers.", False),
    ],
)
def test_3_e_1_note_2_coarse_chips_with_few_metal_layers_are_not_3_e_1_technology(question: str, excluded: bool) -> None:
    """WA 3.E.1 Note 2: at or above 0.130 micrometre and three or fewer metal layers, both."""
    assert bool(excluding_notes(question, ["WA 3.E.1"])) is excluded


def test_a_note_counts_only_when_the_question_names_its_entry() -> None:
    assert excluding_notes(PDK, []) == []
    assert excluding_notes(PDK, ["WA 4.E.1"]) == []


def test_what_stops_a_note_counts_unless_the_question_says_it_is_absent() -> None:
    """3.E.1 Note 3: a PDK that includes libraries implementing 3.A.1 functions stays controlled."""
    assert excluding_notes(PDK + " It includes the standard-cell libraries.", ["WA 3.E.1"]) == []
    assert excluding_notes(PDK + " No IP blocks, no standard-cell libraries.", ["WA 3.E.1"])


def test_ml22_note_2_c_civil_maglev_propulsion_is_not_military_technology() -> None:
    q = "Is the magnetic-levitation propulsion design for a civil maglev passenger train caught by ML22?"
    assert [n.note for n in excluding_notes(q, ["WA ML22"])] == ["ML22 Note 2.c"]


def test_5_a_1_f_note_operator_test_equipment_is_not_interception_kit_but_police_kit_is() -> None:
    q = "Our drive-test scanner for mobile operators decodes signalling on the air interface. Is it 5.A.1.f?"
    assert [n.note for n in excluding_notes(q, ["WA 5.E.1"])] == ["5.A.1.f Note"]
    police = q.replace("for mobile operators", "sold to operators and to police forces")
    assert excluding_notes(police, ["WA 5.E.1"]) == []


def test_1_e_2_f_note_civil_airliner_carbon_epoxy_repairs_from_the_makers_manual_are_left_out() -> None:
    q = "He takes the Airbus structural repair manual pages to repair carbon/epoxy skin damage on an A320 flap."
    assert [n.note for n in excluding_notes(q, ["WA 1.E.2"])] == ["1.E.2.f Note"]


def test_a_note_that_takes_out_the_entry_an_item_may_fall_in_settles_the_question() -> None:
    """Composite repair technology may be 1.E.2.f or nothing; the Note leaves out the airliner SRM repair either way."""
    from assistant.facts import extract_facts

    q = (
        "Wassenaar question: our technician takes the Airbus structural repair manual pages to Surabaya to help "
        "repair carbon/epoxy skin damage on an A320 flap. Is composite repair technology caught?"
    )
    assert extract_facts(q).excluded_by_notes == ["1.E.2.f Note"]
