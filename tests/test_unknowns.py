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
        ("Its geo-redundancy copies our files to regions the provider chooses; the contract does not list them.", "storage_undecided"),
        ("Data may be replicated across any of our global regions, and they won't give us the region list.", "storage_undecided"),
        ("Data may be replicated to 'regional data centers worldwide', and the contract doesn't list which ones.", "storage_undecided"),
        ("HR has not told me yet what kind of contract he has with us.", "status_unknown"),
        ("The partner is registered in Malaysia but has engineers in several countries.", "destination_undecided"),
        ("The vendor won't commit to which regions the geo-redundant replicas land in.", "storage_undecided"),
        ("Some say he's a naturalized citizen, others think he's still here on a work visa.", "status_unknown"),
        ("She is 'American, but grew up in Munich'. I haven't seen her I-9 documents.", "status_unknown"),
        ("Email it to the sister lab. We have two sister labs, one in Leuven and one in Bangalore.", "destination_undecided"),
        ("My boss is not sure this thing is in the Strategic Items Order or not.", "classification_unknown"),
        ("We screened them. We don't actually know what this particular project is for.", "end_use_unknown"),
    ],
)
def test_each_kind_of_unknown_is_recognised(text: str, name: str) -> None:
    assert name in unknown_facts(text)


def test_a_question_that_states_its_facts_has_no_unknowns() -> None:
    assert unknown_facts("Can I email ECCN 3E001 recipes to our French engineer in Paris?") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The aircraft will be either at their base in Riyadh or in Caracas; they'll confirm Friday.", "destination_undecided"),
        ("I don't know if the journal already put it online or it's still in production.", "publication_unknown"),
        ("Engineering hasn't decided whether the variant counts as specially designed.", "classification_unknown"),
        ("What the housings are for, we don't know yet: we asked for an end-user statement.", "end_use_unknown"),
        ("The request doesn't say which line the workshop is for, and they haven't answered.", "end_use_unknown"),
        ("Who the end customer for this batch is, they wouldn't say.", "end_use_unknown"),
        ("I don't know yet how his study is funded: maybe his government's scholarship.", "influence_unknown"),
        ("We did not yet check which university exactly.", "screening_open"),
        ("Is the white paper public? Honestly, I don't know.", "publication_unknown"),
        ("The contractor did not say from which countries the people on work permits come.", "nationality_unknown"),
    ],
)
def test_an_open_sentence_names_the_fact_it_is_about(text: str, name: str) -> None:
    """Whatever the wording of the doubt, what the doubtful sentence is about is the fact to ask for."""
    assert name in unknown_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We checked: the technology is 3E001 and the customer in Pune is not on any list.",
        "She is a French national working in Paris; we will e-mail the drawings on Monday.",
    ],
)
def test_a_sentence_without_doubt_opens_nothing(text: str) -> None:
    assert unknown_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quality writes EAR99 on the sheet, but the 2016 agreement lists it as 2E003.f. Which one is correct I don't know.", "classification_unknown"),
        ("Our FAE says it's public. I haven't checked whether it's also on the open download page or in a conference paper.", "publication_unknown"),
        ("The Entity List has an almost identical name, and we can't confirm it's a different company.", "screening_open"),
        ("Our IT lead says we may never have enabled the encryption on those drives.", "encryption_open"),
        ("He refuses to say which company or country until the NDA is signed: could be Ljubljana, could be Belgrade.", "destination_undecided"),
        ("The work order doesn't show which design those hulls carry.", "classification_unknown"),
    ],
)
def test_doubt_said_in_other_words_still_names_the_open_fact(text: str, name: str) -> None:
    assert name in unknown_facts(text)


def test_a_classification_request_still_with_the_authority_leaves_the_classification_open() -> None:
    text = "Is it ML15 or 6A003? The classification enquiry is still sitting with ECJU, we'll hear back Tuesday."
    assert "classification_unknown" in unknown_facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The team there is about 30 people and I don't have a breakdown of citizenships.", "nationality_unknown"),
        ("Whether the finished drone is on the Munitions List, we have not determined.", "classification_unknown"),
    ],
)
def test_more_ways_of_saying_a_fact_is_open(text: str, name: str) -> None:
    assert name in unknown_facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rota isn't fixed yet: it's either the lad at Devonport or the one with our Gibraltar team.", "destination_undecided"),
        ("The lab runs two sites, Weil am Rhein and Basel, and only tells us on the day which site takes the job.", "destination_undecided"),
        ("He'll either berth in Cowes or, if the weather holds, cross to Cherbourg.", "destination_undecided"),
        ("The sales rep thinks it's their Johor data centre but it might be Singapore.", "storage_undecided"),
        ("DR replica in the paired region, Cardiff or Dublin, vendor can't say yet.", "storage_undecided"),
        ("Two options are on the table: they come to Eindhoven for training, or we e-mail them the package.", "mode_unknown"),
    ],
)
def test_a_choice_still_to_be_made_leaves_its_fact_open(text: str, name: str) -> None:
    assert name in unknown_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has checked the radar or this technology against the list yet.",  # lower-case 'or' is no place choice
        "A talk at a customer-hosted workshop; the flyer doesn't say who can register.",
        "The TAA doesn't name any dual or third-country nationals.",  # a kind of person, not an open destination
    ],
)
def test_an_open_sentence_about_something_else_leaves_destination_and_storage_alone(text: str) -> None:
    assert not {"destination_undecided", "storage_undecided"} & unknown_facts(text)


def test_not_saying_what_an_item_is_for_leaves_the_end_use_open() -> None:
    assert "end_use_unknown" in unknown_facts("The drawings are EAR99. They won't say what the big mixer is for.")


def test_nobody_with_a_qualifier_who_can_tell_still_leaves_the_fact_open() -> None:
    assert "encryption_open" in unknown_facts("Nobody on my side can tell me whether the backup job encrypts the drives.")


@pytest.mark.parametrize(
    "text",
    [
        "The test lab hasn't finished the positioning-accuracy measurements on the new spindle yet.",
        "Nobody has measured how far the Tg drops after a wet soak, and the entry turns on that figure.",
        "Engineering has not told me what operating temperature the seals are rated for.",
        "I haven't seen the version of the slide deck that sales wants to send.",
    ],
)
def test_a_figure_or_version_not_yet_in_hand_leaves_the_classification_open(text: str) -> None:
    """An entry's threshold (e.g. ECCN 1C008 Tg, 2B001 accuracy) decides the classification: an unmeasured figure is an open one."""
    assert "classification_unknown" in unknown_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whether the downloads page is open to everyone or sits behind the distributor login, I can't confirm today.",
        "The white paper is in our resource centre, but I don't know how the registration works there.",
    ],
)
def test_not_knowing_who_can_reach_a_document_leaves_its_publication_open(text: str) -> None:
    """15 CFR 734.7(a): published means available to the public without restriction; a login may be a restriction."""
    assert "publication_unknown" in unknown_facts(text)


def test_registration_papers_of_a_company_say_nothing_about_publication() -> None:
    text = "We haven't received their trade licence or registration papers, so we can't confirm who they are."
    assert "publication_unknown" not in unknown_facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency sent his CV, nothing about his citizenship.", "nationality_unknown"),
        ("The contract was signed before anyone asked about her nationality.", "nationality_unknown"),
        ("It could be a Swiss passport or an Austrian one.", "nationality_unknown"),
        ("Nobody here remembers which region the tenant was created in.", "storage_undecided"),
        ("The admin picked a zone for our files, but nobody can tell me which zone.", "storage_undecided"),
        ("IT says the keys stay with us; the vendor says it manages them. I can't get a straight answer.", "encryption_open"),
    ],
)
def test_missing_papers_two_possibilities_and_forgotten_settings_are_open(text: str, name: str) -> None:
    assert name in unknown_facts(text)


def test_saying_nothing_is_on_our_side_is_not_a_doubt() -> None:
    assert unknown_facts("The keys are vendor-managed, nothing on our side.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Where she goes next is still open.",
        "The purchase order says Lisbon, the buyer's signature says Casablanca.",
        "His business card shows a branch in Vienna and a head office in Almaty.",
    ],
)
def test_an_open_or_contradicted_destination_is_undecided(text: str) -> None:
    assert "destination_undecided" in unknown_facts(text)


def test_a_place_that_depends_on_the_week_is_undecided() -> None:
    assert "destination_undecided" in unknown_facts("He works from Singapore or Batam, depends on the week.")


def test_which_one_is_read_against_the_places_named_next() -> None:
    text = "The client hasn't said which one yet. They have sites in Cancun and in Havana."
    assert "destination_undecided" in unknown_facts(text)


def test_a_visitor_vague_about_which_plant_it_is_for_leaves_the_end_use_open() -> None:
    from assistant.facts import extract_facts

    f = extract_facts("Two engineers from a Lahore customer come to learn our EAR99 brazing process. They are vague about which plant it is for.")
    assert "end_use_unknown" in f.uncertain_flags
