"""What the asker says is not known is a fact: it makes the answer a follow-up question."""

import pytest

from assistant.unknowns import unknown_facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("All I have is his name and employer, no idea of his citizenship.", "nationality_unknown"),
        ("HR says it might be asylum, might be TPS; no green card.", "status_unknown"),
        ("Nobody can tell me whether that means a presentation here or sending the data pack.", "mode_unknown"),
        ("We have not asked him about any outside contracts or funding.", "influence_unknown"),
        ("Itinerary isn't fixed yet; it might include Shanghai.", "destination_undecided"),
        ("The vendor offers Frankfurt, Singapore and Hong Kong; nothing's been decided.", "storage_undecided"),
    ],
)
def test_each_kind_of_unknown_is_recognised(text: str, name: str) -> None:
    assert name in unknown_facts(text)


def test_a_question_that_states_its_facts_has_no_unknowns() -> None:
    assert unknown_facts("Can I email ECCN 3E001 recipes to our French engineer in Paris?") == set()
