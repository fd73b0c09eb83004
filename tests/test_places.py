"""Places by role: the exporter's own country is not a destination, whatever words name it."""

import pytest

from assistant.places import find_places, foreign_employer, foreign_residency, recase_places


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("Italian machine-tool maker here. Our engineer will train a customer's staff in Egypt.", "Italy", "Egypt"),
        ("Belgian SME: we want our partner in Texas to work on our CAD models.", "Belgium", "United States"),
        ("UK firm here: we want to share design files with a partner in Australia.", "United Kingdom", "Australia"),
        ("From Tokyo, can I send our manufacturing know-how to a partner in Hanoi?", "Japan", "Vietnam"),
        ("We're in Singapore and want to email the technology to a customer in Johor Bahru.", "Singapore", "Malaysia"),
        ("We exported a machine from Singapore last year; the customer in Vietnam needs the manual.", "Singapore", "Vietnam"),
        ("A Dutch university group wants to share raw measurements with collaborators in Beijing.", "Netherlands", "China"),
        ("Our company in Lyon wants to send the package to a partner in Canada.", "France", "Canada"),
        ("Start-up in Ljubljana. We want to give an integrator in Cairo access to our repo.", "Slovenia", "Egypt"),
        ("University in Johor, physics department. Our collaborators in Sydney want the data.", "Malaysia", "Australia"),
        ("Export manager in Rotterdam: can our engineer email the drawings to Brazil?", "Netherlands", "Brazil"),
        ("Small detonics firm near Uppsala. A lab in Tampere wants our documentation.", "Sweden", "Finland"),
        ("We are a fabless design house in Singapore. A customer in Chengdu wants the database.", "Singapore", "China"),
        ("Our design office in Rotterdam wants to drop the files into the folder of our yard in Gdansk.", "Netherlands", "Poland"),
        ("UK forge here (family-owned). A distributor in Luanda wants the casting drawings.", "United Kingdom", "Angola"),
        ("Trade compliance at a machine-tool builder near Bremen. The tool's servers are in Texas.", "Germany", "United States"),
    ],
)
def test_the_exporters_own_country_is_the_origin(text: str, origin: str, destination: str) -> None:
    places = find_places(text)
    assert places.origin == origin
    assert destination in places.destinations
    assert origin not in places.destinations


@pytest.mark.parametrize(
    "text",
    [
        "A German customer asked us for the drawings of our process.",
        "Our engineering team in Bangalore needs access to the turbine data.",
        "Engineers at our Bangalore subsidiary get VPN access to the vault.",
        "We will share the files with our Korean partner company.",
        "A company in Shenzhen asked us for the drawings of our process.",
    ],
)
def test_a_counterpart_or_a_branch_abroad_is_not_the_origin(text: str) -> None:
    places = find_places(text)
    assert places.origin is None
    assert places.destinations


def test_a_company_owned_from_abroad_is_not_foreign_by_that() -> None:
    assert find_places("We are a Chinese-owned firm; can we email drawings to Canada?").origin is None


@pytest.mark.parametrize(
    "text",
    [
        "Munich GmbH, subsidiary of a US chip company. The process lead needs the folder.",
        "We are owned by a Saudi group; the process lead in Munich needs the folder.",
    ],
)
def test_the_country_of_the_writer_s_parent_is_not_where_data_goes(text: str) -> None:
    assert not {"United States", "Saudi Arabia"} & set(find_places(text).destinations)


def test_a_us_state_is_a_destination_only_when_the_exporter_is_abroad() -> None:
    assert "United States" in find_places("We are a German company; our partner in Texas needs the data.").destinations
    assert find_places("Our engineer in Texas needs the data.").destinations == []


def test_a_country_named_as_the_owner_of_something_is_not_where_data_goes() -> None:
    """"Japan's exports of chip tools" talks about Japan; nothing is sent there."""
    assert find_places("What was the total value of Japan's exports of chip tools in 2023?").destinations == []
    assert find_places("Can we email the drawings to Japan's largest carmaker in Japan?").destinations == ["Japan"]


def test_a_demonym_before_a_place_word_is_not_a_person_s_nationality() -> None:
    assert find_places("Which Dutch town is the Wassenaar Arrangement named after?").nationalities == []
    assert find_places("Our Dutch engineer will read the drawings.").nationalities == ["Netherlands"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Compliance at a Brno machine-builder. R&D wants engineers at our joint venture in Bursa to open the site.", "Czechia"),
        ("Officer at an Italian telecom-software vendor. Product wants to give an operator in Muscat access.", "Italy"),
    ],
)
def test_the_writer_s_own_organisation_named_with_its_place_is_the_origin(text: str, origin: str) -> None:
    places = find_places(text)
    assert places.origin == origin and origin not in places.nationalities


def test_a_person_s_past_is_not_where_data_goes() -> None:
    places = find_places("My boss, who used to work for a US company, disagrees. Our engineer is a refugee from Eritrea.")
    assert places.destinations == []


def test_the_citizenship_acquired_last_is_recorded() -> None:
    assert find_places("Iranian citizen by birth, he became a Canadian citizen in 2014.").latest_nationality == "Canada"
    assert find_places("She holds Turkish and Swedish citizenship.").latest_nationality is None


def test_lower_case_place_names_are_recased_only_in_lower_case_messages() -> None:
    assert recase_places("our customer in hsinchu") == "our customer in Hsinchu"
    assert recase_places("Our customer in Hsinchu wants a nice reading of the rules") == "Our customer in Hsinchu wants a nice reading of the rules"
    assert recase_places("a nice reading list") == "a nice reading list"


def test_a_permanent_residency_abroad_is_a_country_not_a_us_status() -> None:
    """15 CFR 734.13(b): a deemed export goes to the latest country of citizenship or permanent residency."""
    assert foreign_residency("She became a Singapore permanent resident in 2019.") == ["Singapore"]
    assert foreign_residency("He holds permanent residency in Canada.") == ["Canada"]
    assert foreign_residency("He is not an Irish permanent resident.") == []
    assert foreign_residency("She is a US permanent resident.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Any release abroad to a non-British person is a deemed reexport, says our US office.",
        "He works here on an Irish Critical Skills permit.",
        "Only our two US engineers can open the share; the Japanese staff have no permissions on it.",
        "The Korean contractors cannot see that folder.",
    ],
)
def test_a_negated_demonym_a_document_or_people_kept_away_name_no_nationality(text: str) -> None:
    assert find_places(text).nationalities == []


def test_our_site_that_hires_people_is_where_the_exporter_is() -> None:
    assert find_places("Our Munich plant has hired a Chinese engineer.").origin == "Germany"
    assert find_places("Our Bangalore team needs the drawings.").origin is None
    assert find_places("Our office in Lyon wants to upload the drawings for Canada.").origin == "France"


def test_another_place_in_the_exporters_own_country_is_a_home_destination() -> None:
    places = find_places("Compliance, Shah Alam. We send the technology to our own plant in Kuching.")
    assert places.origin == "Malaysia" and places.destinations == [] and places.home_destination
    assert not find_places("Compliance, Shah Alam. We send the technology to a customer in Bangkok.").home_destination


def test_a_place_name_that_is_also_a_word_or_a_first_name_needs_a_preposition() -> None:
    assert find_places("Our engineer Sofia will email the drawings to Brazil.").destinations == ["Brazil"]
    assert find_places("Our supplier in Sofia needs the drawings.").destinations == ["Bulgaria"]


@pytest.mark.parametrize(
    ("text", "origin", "destinations"),
    [
        ("Our support desk in Ljubljana answers tickets from customers in Serbia.", "Slovenia", ["Serbia"]),
        ("Our Tallinn team lead talks our engineers in Warsaw through the process.", "Estonia", ["Poland"]),
        ("Our engineer from Rzeszów gives a talk at a trade show in Dubai.", "Poland", ["United Arab Emirates"]),
    ],
)
def test_our_own_site_or_staff_is_where_the_exporter_is_when_nothing_else_says(
    text: str, origin: str, destinations: list[str]
) -> None:
    places = find_places(text)
    assert (places.origin, places.destinations) == (origin, destinations)


@pytest.mark.parametrize(
    "text",
    [
        "We give logins to the team at our new Penang office.",  # the site that receives
        "We want our field service engineers in Dubai to dial into the portal.",
        "Our colleague from India, employed here for two years, needs the data.",  # where a person is from
        "Our engineers in Munich need the drawings from our US server.",  # a U.S. exporter's site abroad
    ],
)
def test_our_site_that_receives_the_data_is_not_the_exporters_place(text: str) -> None:
    assert find_places(text).origin is None


def test_the_place_a_traveller_leaves_from_is_the_origin() -> None:
    places = find_places("UK engineer flies Heathrow to Warsaw Monday with a printed design pack.")
    assert places.origin == "United Kingdom" and places.destinations == ["Poland"]
    assert find_places("Quick check from the Grenoble site. Our colleagues in Eindhoven get access.").origin == "France"


def test_a_resident_employed_by_an_organisation_abroad_has_a_foreign_employer() -> None:
    """METI's first "specified category" under JP FEFTA Art. 25: a resident contracted to a foreign entity."""
    assert foreign_employer("He is employed directly by a drone maker in Shenzhen as their representative.", "Japan")
    assert not foreign_employer("She is employed by a trading house in Osaka.", "Japan")


def test_a_message_that_opens_with_who_and_where_the_writer_is_names_the_origin() -> None:
    assert find_places("Small machine shop in Lancashire. A customer in Casablanca wants our drawings.").origin == "United Kingdom"
    assert find_places("A customer in Casablanca wants our drawings.").origin is None  # the other party, not the writer


def test_a_later_verb_of_the_sentence_does_not_make_our_site_the_recipient() -> None:
    """'Our Warrington design team' is the writer's site even when the new starter 'gets VPN access' later on."""
    facts = find_places("New starter joins our Warrington design team, fully remote, and gets VPN access to the vault.")
    assert facts.origin == "United Kingdom"


def test_a_us_hosted_service_does_not_tie_the_writer_to_the_united_states() -> None:
    facts = find_places("One of our stress engineers in Yeovil posted FE screenshots on a US-hosted forum.")
    assert facts.origin == "United Kingdom"


@pytest.mark.parametrize(
    "text",
    [
        "Polish HR won't tell us the new engineer's citizenship.",
        "Our Dutch parent asked us to give the engineer in Penang access.",
        "The German works council has to approve the new hire's access.",
    ],
)
def test_a_demonym_on_a_department_or_a_parent_company_is_no_ones_nationality(text: str) -> None:
    assert find_places(text).nationalities == []


def test_the_writer_opening_with_a_role_at_an_organisation_in_a_city_is_the_origin() -> None:
    places = find_places("Trade compliance lead at a two-person design house in Tampere. A customer in Osaka wants the files.")
    assert places.origin == "Finland"
    assert places.destinations == ["Japan"]


def test_a_country_said_to_be_in_a_country_group_is_not_the_exporters_group() -> None:
    places = find_places("Our partner in Suwon wants the package. Korea is Country Group B, so TSR applies?")
    assert places.origin != "South Korea"
    assert "South Korea" in places.destinations


def test_south_america_is_a_region_not_the_united_states() -> None:
    assert "United States" not in find_places("Our buyer is in South America, near Lima in Peru.").destinations


def test_a_country_a_destination_is_likened_to_is_not_where_data_goes() -> None:
    places = find_places("The plant is in Almaty. My boss says Kazakhstan is basically Russia for BIS purposes.")
    assert "Russia" not in places.destinations


def test_the_country_of_someone_who_holds_an_opinion_is_not_where_data_goes() -> None:
    text = "Our Derby office hires a Chinese engineer. My US colleagues keep saying we need a deemed export licence."
    assert "United States" not in find_places(text).destinations
    assert "United States" in find_places("Our US colleagues need the drawings by Friday.").destinations


def test_a_place_named_before_a_server_word_is_where_data_is_stored() -> None:
    places = find_places("Our MSP offers a replica in their Hong Kong data centre, cheaper than the Singapore one.")
    assert "Hong Kong" in places.storage


def test_a_signature_of_role_sector_and_place_names_the_origin() -> None:
    places = find_places("Engineering manager, defence electronics, Luton. A prime in Warsaw wants the design notes.")
    assert places.origin == "United Kingdom" and places.destinations == ["Poland"]


def test_the_place_someone_sends_from_is_the_origin_not_their_nationality() -> None:
    places = find_places("The Poles want the slides. He wants to e-mail them from Bristol this afternoon.")
    assert places.origin == "United Kingdom" and places.nationalities == []
    assert find_places("She is from Bristol and wants the drawings.").nationalities == ["United Kingdom"]


def test_places_in_northern_ireland_name_where_the_exporter_is() -> None:
    assert find_places("Belfast. Our partner in Dublin needs the data.").northern_ireland
    assert not find_places("We are in Bristol. Our partner in Dublin needs the data.").northern_ireland


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Hello, I lead a small group at a university in Valencia. A lab in Shanghai wants our slides.", "Spain"),
        ("we are small maker of milling machines near Stuttgart, new partner in Hai Phong need the procedure", "Germany"),
        ("I'm a thermal engineer at a design firm near Munich. Our subcontractor in Pune wants the layout.", "Germany"),
        ("Hola. Robotics integrator in Zaragoza. A supplier in Saltillo wants the robot drawings.", "Spain"),
        ("ECO at a Ghent photonics SME. Attendees so far from Ankara and Pune.", "Belgium"),
        ("Our plant near Pordenone builds winding machines. A customer in Izmir wants the documentation.", "Italy"),
        ("We're a 12-person marketing agency in Rotterdam. The machines ship straight from Taichung.", "Netherlands"),
        ("Compliance question from a security firm in Leuven. Our R&D in Tallinn needs the files.", "Belgium"),
        ("An engineer from Brazil is joining our Kobe team and will need access to the design data.", "Japan"),
        ("We're a Toulouse subcontractor on a launcher contract. Our partner in Colleferro needs the data.", "France"),
    ],
)
def test_the_writer_introducing_their_own_organisation_names_the_origin(text: str, origin: str) -> None:
    assert find_places(text).origin == origin


def test_only_users_based_at_home_make_home_the_destination() -> None:
    text = "Our Singapore team moves the file server to a cloud region in Singapore. Only our Singapore-based engineers log in."
    assert find_places(text).home_destination


def test_our_site_abroad_that_clones_the_repository_receives_it() -> None:
    places = find_places("Pushing the RTL to a git repo that our Bengaluru design center clones.")
    assert places.origin is None and places.destinations == ["India"]


def test_a_countrys_rule_named_for_comparison_is_no_destination() -> None:
    text = "University spin-out in Dublin, hiring a Chinese postdoc. In the US I would need a deemed export licence for that."
    assert find_places(text).destinations == []


@pytest.mark.parametrize(
    "text",
    [
        "A freelance developer in Tehran offered to help with our app. Can I email him the docs?",
        "We're giving engineers at our Bangalore subsidiary VPN access to our PLM.",
        "We'd like engineers based in Russia to work on our VPN product's source.",
        "IDEX in Abu Dhabi. The brochure we hand out shows our small UAV.",
        "State-owned engineering group in Cairo is licensing our filament-winding know-how.",
        "Our engineers will open the portal. Is access from Brazil an export?",
    ],
)
def test_someone_elses_organisation_a_fair_or_a_question_is_not_the_writers_place(text: str) -> None:
    assert find_places(text).origin is None


def test_the_site_of_a_foreign_parent_names_the_parent_not_a_destination() -> None:
    places = find_places("Compliance at the Cork site of a US chip company. A new engineer joins us next month.")
    assert places.origin == "Ireland" and places.destinations == []


@pytest.mark.parametrize(
    ("text", "nationalities", "destinations"),
    [
        ("Engineers from China, India and Brazil will join our Ohio lab.", ["China", "India", "Brazil"], []),
        ("At our conference here half the audience comes from China, India and Peru.", ["China", "India", "Peru"], []),
        ("Our Zoom webinar has attendees from Ankara, Pune and Singapore.", [], ["Türkiye", "India", "Singapore"]),
        ("We email it to China, India and Brazil.", [], ["China", "India", "Brazil"]),
    ],
)
def test_the_places_of_one_list_share_the_role_of_the_first(
    text: str, nationalities: list[str], destinations: list[str]
) -> None:
    # In a room, "attendees from X" is where they are from; online, it is where the data reaches them.
    places = find_places(text)
    assert places.nationalities == nationalities
    assert places.destinations == destinations


@pytest.mark.parametrize(
    "text",
    [
        "The design came from China, India and Brazil; we will now email it to our team in Chile.",
        "Do we need a licence for a 'deemed export' like in the US? We only email it to Chile.",
        "Unlike France or Germany, Chile gets our drawings by email.",
    ],
)
def test_places_named_for_a_comparison_or_a_source_are_not_destinations(text: str) -> None:
    assert find_places(text).destinations == ["Chile"]


@pytest.mark.parametrize(
    "text",
    [
        "Poole, we make diving kit. A company in Chennai wants the design pack by e-mail.",
        "Odd one. Our Barrow site is sending a printed drawing pack to a customer in Chennai.",
    ],
)
def test_a_town_that_is_also_a_word_is_the_origin_when_it_opens_the_message_or_names_our_site(text: str) -> None:
    places = find_places(text)
    assert places.origin == "United Kingdom" and places.destinations == ["India"]


def test_a_town_that_is_also_a_word_is_not_a_place_without_a_cue() -> None:
    assert find_places("Reading is fun. We email it to Chile.").destinations == ["Chile"]


def test_a_foreign_company_we_team_with_is_the_partner_not_the_writer() -> None:
    places = find_places("Our design documents are 9E515.a. A Japanese company we're teaming with wants access.")
    assert places.origin is None


@pytest.mark.parametrize(
    "text",
    [
        "A Brazilian engineer joins our Bristol office to read ML22 drawings. Licence, like a deemed export in the US?",
        "HR question from our Eindhoven plant: we hire a Chinese engineer. In the US they call this a deemed export.",
    ],
)
def test_another_countrys_rule_named_for_comparison_is_no_destination(text: str) -> None:
    assert "United States" not in find_places(text).destinations


def test_an_engineer_of_ours_in_a_city_who_explains_is_where_the_exporter_is() -> None:
    places = find_places("An engineer in Brno wants to walk our Serbian licensee through the spindle tuning by phone.")
    assert places.origin == "Czechia" and places.destinations == ["Serbia"]


def test_what_we_are_doing_to_someone_in_a_city_does_not_place_us_there() -> None:
    from assistant.facts import extract_facts

    f = extract_facts("Our app is EAR99. We are giving a freelance developer in Nairobi access to the private repo.")
    assert f.origin is None and f.destinations == ["Kenya"]


def test_where_we_employ_our_own_staff_is_where_the_exporter_is() -> None:
    places = find_places("Years ago we hired an Indian engineer in Nagoya as a regular employee. Can he read our data?")
    assert places.origin == "Japan"


def test_a_message_opening_with_a_place_and_a_shop_names_the_writers_country() -> None:
    places = find_places("Singapore precision engineering shop. Our sister company in Manila needs the drawings by email.")
    assert places.origin == "Singapore" and places.destinations == ["Philippines"]


def test_where_someone_lived_before_is_no_destination() -> None:
    places = find_places("Tokyo firm. A German engineer joins us on a Japanese employment contract; he was living in Germany until now.")
    assert places.destinations == [] and places.nationalities == ["Germany"]


def test_where_we_machine_and_assemble_is_the_origin() -> None:
    assert find_places("We machine and assemble gimbal mounts in Leeds. Can we email a partner in Haifa?").origin == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("The Indonesian Navy asks us to email the repair manual.", True),
        ("A French Navy officer on exchange here asks for the manual.", False),
    ],
)
def test_a_foreign_force_is_a_party_abroad_but_its_officer_here_is_a_person(text: str, destination: bool) -> None:
    assert bool(find_places(text).destinations) is destination


def test_our_site_abroad_that_needs_the_data_is_where_it_goes() -> None:
    """"Our Bangalore engineering centre needs the build drawings": the site receives; it is not the exporter."""
    places = find_places("We make galley units. Our Bangalore engineering centre needs the build drawings.")
    assert places.origin is None and places.destinations == ["India"]


def test_a_suburb_with_its_city_in_brackets_opening_the_message_is_the_origin() -> None:
    places = find_places("Søborg (Copenhagen). We design spray dryers. A fabricator in Hyderabad will build them.")
    assert places.origin == "Denmark" and places.destinations == ["India"]
