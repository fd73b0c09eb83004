"""Multi-turn chat over the bundled corpus: facts carry over, a later turn completes or corrects them."""

from __future__ import annotations

from assistant.citations import same_section
from assistant.conversation import Conversation


def test_a_depends_answer_becomes_final_once_the_missing_fact_is_given(bundled) -> None:
    chat = Conversation(bundled)
    first = chat.send("Can I send the 9E003 drawings to our engineer?")
    assert first.determination == "depends"
    assert "destination" in first.missing_facts and first.follow_up
    second = chat.send("She is a French national working in Paris")
    assert second.determination == "controlled"
    assert any(same_section(c, "ECCN 9E003") for c in second.citations)
    assert any(same_section(c, "15 CFR 734.13") for c in second.citations)


def test_a_corrected_fact_changes_the_outcome(bundled) -> None:
    chat = Conversation(bundled)
    assert chat.send("A Chinese national engineer at our Ohio plant will get our 3E001 process recipes.").determination == "controlled"
    corrected = chat.send("Correction: he is a lawful permanent resident of the United States.")
    assert corrected.determination == "not_controlled"
    assert any(same_section(c, "15 CFR 734.18") for c in corrected.citations)


def test_a_conversation_survives_a_round_trip_through_its_stored_form(bundled) -> None:
    chat = Conversation(bundled)
    chat.send("Can I send the 9E003 drawings to our engineer?")
    restored = Conversation.from_dict(bundled, chat.to_dict())
    assert restored.send("She is a French national working in Paris").determination == "controlled"


def test_the_wassenaar_equivalent_of_an_eccn_is_answered_from_the_cross_walk(bundled) -> None:
    answer = bundled.ask("What is the Wassenaar equivalent of 9E003?")
    assert "WA 9.E.3" in answer.citations
    assert "corresponds to WA 9.E.3" in answer.answer


def test_every_step_of_a_determination_cites_a_passage_that_can_be_opened(bundled) -> None:
    answer = bundled.ask("Can I email ECCN 3E001 process specs to our subsidiary in Malaysia?")
    assert answer.determination == "controlled"
    for step in answer.steps:
        if step.citation:
            assert step.chunk_id, step
            assert bundled.index.get(step.chunk_id).citation == step.citation
