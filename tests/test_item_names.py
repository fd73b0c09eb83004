"""Items named by what they are: the table's checks, and how names are found in a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.item_names import DATA, ItemNameError, load, named_items

TABLE = """
items:
  - names: [botulinum toxin, botulinum neurotoxin]
    eccn: ECCN 1C351
    wa: null
    usml: null
    by_name: true
    threshold: null
  - names: [torpedo, torpedoes]
    eccn: null
    wa: WA ML4
    usml: USML Cat. IV
    by_name: true
    threshold: null
  - names: [hot isostatic press]
    eccn: ECCN 2B004
    wa: WA 2.B.4
    usml: null
    by_name: false
    threshold: a controlled thermal environment with an inside cavity diameter of 406 mm or more
"""


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "item_names.yaml"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_a_name_in_a_question_finds_its_entry(table: Path) -> None:
    found = named_items("A clinic abroad wants our botulinum toxin purification SOPs.", table)
    assert [item.eccn for item in found] == ["ECCN 1C351"]


def test_names_match_whole_words_in_any_case_and_with_hyphens(table: Path) -> None:
    assert named_items("Drawings of the TORPEDO afterbody", table)
    assert named_items("our hot-isostatic press line", table)
    assert not named_items("torpedoing the deal", table)


def test_a_name_said_not_to_be_the_item_is_not_found(table: Path) -> None:
    assert not named_items("It is not a torpedo but a towed sonar body.", table)


def test_the_entry_follows_the_exporters_numbering(table: Path) -> None:
    (torpedo,) = named_items("a torpedo", table)
    assert torpedo.entry_for("US") == "USML Cat. IV"
    assert torpedo.entry_for("WA") == "WA ML4"
    (press,) = named_items("a hot isostatic press", table)
    assert press.entry_for("EU") == "EU 2021/821 Annex I 2E001"


def test_an_intangible_transfer_takes_the_technology_entry_for_the_goods_named(table: Path) -> None:
    """15 CFR 774 Supp. 1: technology for 1C351 toxins is controlled by 1E001, in the CCL and in EU Annex I."""
    (toxin,) = named_items("botulinum toxin", table)
    assert toxin.entry_for("US") == "ECCN 1E001"
    assert toxin.entry_for("EU") == "EU 2021/821 Annex I 1E001"


def test_a_us_only_entry_has_no_eu_counterpart(table: Path) -> None:
    table.write_text(TABLE + "  - {names: [leg irons], eccn: ECCN 0A982, by_name: true}\n", encoding="utf-8")
    (irons,) = named_items("leg irons", table)
    assert irons.entry_for("US") == "ECCN 0E982"
    assert irons.entry_for("EU") is None


def test_an_item_listed_only_past_a_threshold_keeps_its_test(table: Path) -> None:
    (press,) = named_items("a hot isostatic press", table)
    assert not press.by_name and "406 mm" in (press.threshold or "")


FIBRE = """
  - names: [aramid fibre]
    eccn: ECCN 1C010
    by_name: false
    threshold: specific modulus above 12.7 x 10^6 m and specific tensile strength above 23.5 x 10^4 m
    test:
      - {near: [specific modulus], above: 12.7e6, unit: m}
      - {near: [specific tensile strength], above: 23.5e4, unit: m}
  - names: [test furnace]
    eccn: ECCN 2B004
    by_name: false
    threshold: working pressure above 207 MPa
    unlisted_otherwise: true
    test:
      - {near: [pressure], above: 207, unit: MPa}
"""


@pytest.fixture
def measured(table: Path) -> Path:
    table.write_text(TABLE + FIBRE, encoding="utf-8")
    return table


def test_stated_figures_that_meet_every_condition_settle_the_entry(measured: Path) -> None:
    (fibre,) = named_items("aramid fibre", measured)
    text = "Our aramid fibre has a specific modulus of about 13.5 x 10^6 m and a specific tensile strength of 25 x 10^4 m."
    assert fibre.meets(text) is True


def test_a_missing_figure_leaves_the_test_open(measured: Path) -> None:
    (fibre,) = named_items("aramid fibre", measured)
    assert fibre.meets("Our aramid fibre reaches a specific modulus of 13.5 x 10^6 m.") is None
    assert fibre.meets("Our aramid fibre is strong, about 25 x 10^4 m, we think.") is None  # no parameter named


def test_a_failed_condition_unlists_the_item_only_where_the_row_says_nothing_else_lists_it(measured: Path) -> None:
    (fibre,) = named_items("aramid fibre", measured)
    low = "aramid fibre: specific modulus 11 x 10^6 m, specific tensile strength 25 x 10^4 m"
    assert fibre.meets(low) is None  # another entry (1C210) could still list a lower grade
    (furnace,) = named_items("test furnace", measured)
    assert furnace.meets("a test furnace with a working pressure of 150 MPa") is False
    assert furnace.meets("a test furnace with a working pressure of 0.25 GPa") is True  # units are converted


def test_a_figure_counts_for_the_parameter_written_next_to_it(measured: Path) -> None:
    (furnace,) = named_items("test furnace", measured)
    assert furnace.meets("a test furnace at 150 MPa; the tube pressure rating is 300 MPa") is True
    assert furnace.meets("a test furnace; pressure 150 MPa; and the tube 300 MPa") is False


def test_a_row_may_offer_alternative_branches(table: Path) -> None:
    """2B004-like: a big enough cavity with either a high pressure or a high temperature."""
    row = """
  - names: [press]
    eccn: ECCN 2B004
    by_name: false
    threshold: cavity of 406 mm or more, with pressure above 207 MPa or temperature above 1,773 K
    unlisted_otherwise: true
    test:
      any:
        - [{near: [diameter], at_least: 406, unit: mm}, {near: [pressure], above: 207, unit: MPa}]
        - [{near: [diameter], at_least: 406, unit: mm}, {near: [temperature], above: 1773, unit: K}]
"""
    table.write_text(TABLE.replace("  - names: [hot isostatic press]", "  - names: [hip unit]") + row, encoding="utf-8")
    (press,) = named_items("our press", table)
    assert press.meets("press: diameter 500 mm, pressure 150 MPa, temperature 1,600 °C") is True
    assert press.meets("press: diameter 500 mm, pressure 150 MPa, temperature 1,200 °C") is False
    assert press.meets("press: diameter 500 mm, pressure 150 MPa") is None


LOWER = """
  - names: [test adc]
    eccn: ECCN 3A001
    by_name: false
    threshold: 12 bit above 400 MSPS (3A001); 12 bit above 105 MSPS is 3A991
    test:
      - {near: [resolution], at_least: 12, unit: bit}
      - {near: [sample rate], above: 400, unit: MSPS}
    lower:
      eccn: ECCN 3A991
      test:
        - {near: [resolution], at_least: 12, unit: bit}
        - {near: [sample rate], above: 105, unit: MSPS}
"""


def test_an_item_short_of_the_threshold_falls_to_the_lower_entry_when_it_meets_that_entrys_test(table: Path) -> None:
    table.write_text(TABLE + LOWER, encoding="utf-8")
    (adc,) = named_items("our test adc", table)
    assert adc.meets("test adc: resolution 12 bit, sample rate 500 MSPS") is True
    short = "test adc: resolution 12 bit, sample rate 250 MSPS"
    assert adc.meets(short) is False and adc.below_entry(short) == "ECCN 3E991"  # the technology entry
    assert adc.below_entry(short, "EU") is None  # 3A991 is a U.S.-only entry: unlisted in the EU
    slow = "test adc: resolution 12 bit, sample rate 50 MSPS"
    assert adc.meets(slow) is False and adc.below_entry(slow) is None  # below both: EAR99


def test_the_lower_entry_of_a_named_item_gives_the_technology_entry_of_a_us_question() -> None:
    if not DATA.exists():
        pytest.skip("no bundled item table")
    from assistant.facts import extract_facts

    short = extract_facts("Emailing the layout of our ADC chip to a design house in Germany. The part: 12 bit, 250 MSPS.")
    assert short.classifications == ["ECCN 3E991"]
    slow = extract_facts("Emailing the layout of our ADC chip to a design house in Germany. The part: 12 bit, 50 MSPS.")
    assert slow.classifications == ["EAR99"]


def test_a_fibre_short_of_1c010_that_meets_the_nuclear_entry_is_still_listed_in_the_eu() -> None:
    if not DATA.exists():
        pytest.skip("no bundled item table")
    from assistant.facts import extract_facts

    ask = "We make carbon fibre in Porto, Portugal: tensile modulus {} GPa, tensile strength {} GPa, density 1.78 g/cm3."
    assert extract_facts(ask.format(230, 4.9)).classifications == ["EU 2021/821 Annex I 1E001"]  # 1C210.a
    assert extract_facts(ask.format(200, 3.0)).classifications == ["EAR99"]  # below 1C010.b and 1C210.a


def test_a_name_that_opens_the_next_figure_does_not_label_the_one_before(measured: Path) -> None:
    (furnace,) = named_items("test furnace", measured)
    assert furnace.meets("test furnace: 250 MPa load, pressure 150 MPa") is False


def test_figures_listed_after_an_aside_on_the_item_still_belong_to_it(measured: Path) -> None:
    (furnace,) = named_items("test furnace", measured)
    text = "test furnace, working pressure (catalog model, not built for any one customer or programme): 250 MPa"
    assert furnace.meets(text) is True


def test_a_unit_the_units_table_lacks_is_matched_in_each_listed_spelling(table: Path) -> None:
    row = """
  - names: [test gyro]
    eccn: ECCN 7A002
    by_name: false
    threshold: angle random walk of 0.0035 degree per root hour or better
    test:
      - {near: [angle random walk, arw], at_most: 0.0035, unit: [deg/√h, °/√h, deg/rt-hr]}
"""
    table.write_text(TABLE + row, encoding="utf-8")
    (gyro,) = named_items("test gyro", table)
    assert gyro.meets("a test gyro with an angle random walk of 0.002 °/√h") is True
    assert gyro.meets("a test gyro, ARW 0.01 deg/rt-hr") is None  # fails, but other entries may list it
    assert gyro.meets("a test gyro, ARW 0.002 deg per root hour") is None  # a spelling not listed


def test_a_unit_that_names_its_parameter_labels_its_own_figure(table: Path) -> None:
    row = """
  - names: [test fpga]
    eccn: ECCN 3A001
    by_name: false
    threshold: more than 700 user I/Os
    test:
      - {near: [user], above: 700.0, unit: [user I/Os, I/Os]}
"""
    table.write_text(TABLE + row, encoding="utf-8")
    (fpga,) = named_items("test fpga", table)
    assert fpga.meets("our test fpga technology (devices with 1,100 user I/Os)") is True
    assert fpga.meets("our test fpga technology (devices with 1,100 I/Os)") is None  # "I/Os" alone names nothing


def test_figures_stacked_before_one_noun_all_belong_to_it(table: Path) -> None:
    row = """
  - names: [test converter]
    eccn: ECCN 3A001
    by_name: false
    threshold: 16 bit and above 65 MSPS
    test:
      - {near: [adc], at_least: 16.0, unit: bit}
      - {near: [adc], above: 65.0, unit: MSPS}
"""
    table.write_text(TABLE + row, encoding="utf-8")
    (adc,) = named_items("test converter", table)
    assert adc.meets("the test converter design: a 16-bit, 125 MSPS ADC in a plastic package") is True
    # a list of figures opened by the item's name or a "Specs:" heading belongs to the item
    assert adc.meets("the test converter for our new ADC: 16-bit resolution, 125 MSPS, 28 nm CMOS") is True
    assert adc.meets("the test converter is in the shared drive. Specs: 16-bit, 125 MSPS.") is True


def test_a_specific_property_is_worked_out_from_the_property_and_the_density(table: Path) -> None:
    """1C010: specific modulus is Young's modulus divided by specific weight (density times standard gravity)."""
    row = """
  - names: [test fibre]
    eccn: ECCN 1C010
    by_name: false
    threshold: specific modulus above 14.65 x 10^6 m
    test:
      - {near: [specific modulus], above: 14.65e6, unit: m, per_density: [tensile modulus, modulus]}
"""
    table.write_text(TABLE + row, encoding="utf-8")
    (fibre,) = named_items("test fibre", table)
    assert fibre.meets("Our test fibre: tensile modulus 294 GPa, density 1.80 g/cm3.") is True  # 16.7 x 10^6 m
    assert fibre.meets("Our test fibre: modulus 230 GPa, density 1.80 g/cm3.") is None  # 13.0 x 10^6 m: fails
    assert fibre.meets("Our test fibre: tensile modulus 294 GPa.") is None  # no density, nothing to divide by
    assert fibre.meets("Our test fibre: specific modulus 12 x 10^6 m, modulus 294 GPa, density 1.8 g/cm3.") is None


def test_a_band_given_as_a_range_counts_at_both_ends_and_gives_its_fractional_bandwidth(table: Path) -> None:
    """3A001.b.2.b.2: over 8.5 up to 16 GHz, more than 5 W, fractional bandwidth over 10 % (2 x span / sum)."""
    row = """
  - names: [test amplifier]
    eccn: ECCN 3A001
    by_name: false
    threshold: over 8.5 to 16 GHz, above 5 W, more than 10 % fractional bandwidth
    unlisted_otherwise: true
    test:
      - {near: [band, rated], above: 8.5, unit: GHz}
      - {near: [band, rated], at_most: 16.0, unit: GHz}
      - {near: [saturated], above: 5.0, unit: W}
      - {near: [fractional bandwidth], above: 10.0, unit: '%', from_band: true}
"""
    table.write_text(TABLE + row, encoding="utf-8")
    (amplifier,) = named_items("test amplifier", table)
    assert amplifier.meets("test amplifier rated 9 to 11 GHz, 43 dBm saturated output") is True  # 20 %, 20 W
    assert amplifier.meets("test amplifier rated 9.5-10 GHz, 43 dBm saturated output") is False  # 5.1 %
    assert amplifier.meets("test amplifier rated 9.5-10 GHz, fractional bandwidth 12 %, 8 W saturated") is True
    assert amplifier.meets("test amplifier rated 17 to 20 GHz, 8 W saturated") is False  # above the band
    assert amplifier.meets("test amplifier, 8 W saturated") is None  # no band stated


def test_the_question_facts_carry_a_measured_classification() -> None:
    from assistant.facts import extract_facts

    met = extract_facts(
        "Can we email Bursa our carbon fibre spinning recipe? Specific modulus about 16 x 10^6 m, "
        "specific tensile strength about 31 x 10^4 m."
    )
    assert met.classifications == ["ECCN 1E001"] and not met.candidate_entries
    open_test = extract_facts("Can we email Bursa our carbon fibre spinning recipe?")
    assert not open_test.classifications and open_test.candidate_entries == ["ECCN 1E001"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("  - {names: [sarin], eccn: ECCN 1C350 (a), by_name: true}", "canonical"),
        ("  - {names: [sarin], by_name: true}", "at least one entry"),
        ("  - {names: [sarin], eccn: ECCN 1C350, by_name: false}", "threshold"),
        ("  - {names: [torpedo], wa: WA ML4, by_name: true}", "twice"),
        ("  - {names: [x], eccn: ECCN 1C010, by_name: false, threshold: t, test: [{near: [m], unit: m}]}", "one of"),
        ("  - {names: [x], eccn: ECCN 1C010, by_name: false, threshold: t, unlisted_otherwise: true}", "needs a test"),
        ("  - {names: [x], eccn: ECCN 1C010, by_name: false, threshold: t, test: [{near: [p], above: 1, unit: MPa}],"
         " lower: {eccn: ECCN 1C210}}", "lower entry needs"),
        ("  - {names: [x], eccn: ECCN 1C010, by_name: false, threshold: t, test: [{near: [p], above: 1, unit: [MPa, bar]}]}",
         "converted"),
        ("  - {names: [x], eccn: ECCN 1C010, by_name: false, threshold: t, needs_figures: true}", "needs_figures needs a test"),
    ],
)
def test_a_row_that_could_mislead_is_refused(table: Path, row: str, problem: str) -> None:
    table.write_text(TABLE + row + "\n", encoding="utf-8")
    with pytest.raises(ItemNameError, match=problem):
        load(table)


def test_a_generic_name_speaks_only_when_a_figure_of_its_test_is_stated(table: Path) -> None:
    """"ICs" alone says nothing about 3A001; "ICs rated to 10 kGy(Si)" does."""
    table.write_text(
        TABLE + "  - {names: [ics], eccn: ECCN 3A001, by_name: false, threshold: t, needs_figures: true,"
        " test: [{near: [total dose], at_least: 5000, unit: Gy}]}\n",
        encoding="utf-8",
    )
    (ics,) = named_items("layout rules for our ICs", table)
    assert not ics.speaks_to("layout rules for our ICs")
    assert ics.speaks_to("our ICs, total dose 10 kGy(Si)") and ics.meets("our ICs, total dose 10 kGy(Si)")
    assert ics.speaks_to("our ICs, total dose 1 kGy(Si)") and ics.meets("our ICs, total dose 1 kGy(Si)") is None


def test_the_bundled_table_loads_and_every_entry_is_canonical() -> None:
    """The table ships with the corpus; load() refuses any row with a non-canonical citation."""
    if not DATA.exists():
        pytest.skip("no bundled item table")
    assert len(load()) >= 50


@pytest.mark.parametrize(
    ("question", "classification"),
    [
        # 3A001.a.2: above +125 °C, below -55 °C, or over the whole -55 to +125 °C range
        ("Can we email Pune the RTL of our microcontroller, rated -55 °C to +125 °C ambient?", "ECCN 3E001"),
        ("Can we email Pune the RTL of our microcontroller, ambient operating range -40 C to +125 C?", "EAR99"),
        # 3A001.a.1.a: a total dose of 5 x 10^3 Gy(Si) or more
        ("Can we email Pune the layout of our rad-hard SRAM, total dose rating 1 Mrad(Si)?", "ECCN 3E001"),
        # 7A002: a range of 500 degrees per second or more with bias stability better than 4 degrees per hour
        ("Can we email Pune the design of our MEMS gyro: 2000 °/s range, bias stability 3 °/h?", "ECCN 7E001"),
        # 2B006.a: a volumetric MPE of (1.7 + L/1,000) µm or better
        ("Can we email Pune the design files of our next CMM, E0,MPE of 1.4 + L/1000 µm?", "ECCN 2E001"),
        # 6A002.a.3.c: a two-dimensional array peaking between 1,200 and 30,000 nm
        ("Can we email Pune the layout of our HgCdTe 320x256 arrays, peak response 8 to 10 µm?", "ECCN 6E001"),
        # 3A001.a.1.a said of chips named only as ICs; 4E001.b.1 above 24 WT although the computer is not 4A003
        ("Can we email Pune the process flow for ICs rated to a total ionising dose of 10 kGy(Si)?", "ECCN 3E001"),
        ("Can we email Pune the design of our HPC nodes, an APP of about 40 Weighted TeraFLOPS?", "ECCN 4E001"),
        # 2B352.b: closed fermenters of 20 litres or more (Australia Group list)
        ("Can we email Pune how we designed the seals of our 50-litre fermenter, sterilised in place?", "ECCN 2E001"),
        # 9E003.a.4 / a.5: at 1,500 C the blades are listed whether cooled or not
        ("Can we email Pune how we design our HP turbine blades, gas path temperature 1,500 C?", "ECCN 9E003"),
        # 7A003.a.3 and 7E003: overhaul technology for 7A001 to 7A004 has its own entry; 7E001 is development only
        ("He takes the overhaul procedures for our marine inertial navigation units (drift 1 nm CEP per 24 h) to Mumbai.", "ECCN 7E003"),
        ("He takes the design files for our marine inertial navigation units (drift 1 nm CEP per 24 h) to Mumbai.", "ECCN 7E001"),
        # 8A001.c.1: an autonomous underwater vehicle decides its own course; 8E002.b is its overhaul technology
        ("Can we email Batam the hull design of our survey AUV?", "ECCN 8E001"),
        ("Can we email Batam our overhaul and refurbishment manual for the AUVs?", "ECCN 8E002"),
        # 7A001.a.1: 15 g or less, bias stability better than 130 micro-g over a year
        ("Can we give Hanoi our repo for the navigation-grade accelerometer (range 10 g, bias stability 40 micro-g)?", "ECCN 7E001"),
        # 3A001.a.5.a.4 needs more than 250 MSPS at 14 bits; 3A991.c takes in the rest (its technology is 3E991)
        ("Our 14-bit ADC is specified for sample rates up to 250 MSPS. The team insists it is 3A001. Does he?", "ECCN 3E991"),
        # 7A117: guidance sets usable in missiles with a system accuracy of 3.33% of range or better (USML Cat. IV)
        ("Can we email Toulouse the design of our guidance set (system accuracy about 3% of range)?", "USML Cat. IV"),
        # 9A012.a.2: built for flight beyond the operator's natural sight, endurance of 1 hour or more
        ("Our fixed-wing drone flies beyond line of sight, about 2.5 hours endurance. Can we email Jakarta its design?", "ECCN 9E001"),
        # 6A005.b.6.a: 975 to 1,150 nm, pulses under 1 ps, above 30 W average
        ("Visitors will see the design of our 1030 nm femtosecond laser (100 W average power).", "ECCN 6E001"),
    ],
)
def test_the_bundled_rows_read_the_figures_of_an_item(question: str, classification: str) -> None:
    """The row's figures decide the entry, and what the technology is for (design or overhaul) decides which
    technology entry it falls in."""
    from assistant.facts import extract_facts

    assert extract_facts(question).classifications == [classification]



def test_an_overhaul_entry_must_be_a_technology_eccn(table: Path) -> None:
    table.write_text(
        "items:\n- names: [widget]\n  eccn: ECCN 7A003\n  wa: null\n  usml: null\n  by_name: true\n  threshold: null\n"
        "  overhaul: ECCN 7A003\n",
        encoding="utf-8",
    )
    with pytest.raises(ItemNameError, match="overhaul"):
        load(table)


def test_a_name_of_three_words_or_more_may_carry_one_qualifier_before_its_last_two() -> None:
    if not DATA.exists():
        pytest.skip("no bundled item table")
    assert [i.eccn for i in named_items("our 5-axis simultaneous milling center")] == ["ECCN 2B001"]
    assert [i.eccn for i in named_items("an aromatic polyetherimide")] == ["ECCN 1C008"]
    assert named_items("carbon reinforced fibre") == []  # two-word names take no qualifier


@pytest.mark.parametrize(
    ("text", "first", "met"),
    [
        # 3A001.b.3.b.2: above 15 W between 8.5 and 12 GHz
        ("Our GaN discrete transistor gives 25 W saturated output at 10 GHz.", "discrete microwave transistor", True),
        ("Our GaN discrete transistor gives 10 W saturated output at 10 GHz.", "discrete microwave transistor", None),
        # 3E003.b Note: HEMTs operating below 31.8 GHz are left out
        ("A pHEMT process for parts operating at 94 GHz.", "hemt", True),
        ("A pHEMT process for parts operating at 28 GHz.", "hemt", False),
        # 1C010.b worked out from the plain properties and the density; a modulus is never read as a strength
        ("Our carbon fiber: tensile around 5.9 GPa, modulus about 294 GPa, density 1.81 g/cm3.", "carbon fibre", True),
        ("Our carbon fibre: tensile modulus 294 GPa, tensile strength 3.0 GPa, density 1.80 g/cm3.", "carbon fibre", False),
        # 3A001.e.1.a.1: primary cells above 550 Wh/kg with above 50 W/kg
        ("A lithium primary cell with an energy density of 600 Wh/kg and a continuous power density of 60 W/kg.", "lithium primary cell", True),
    ],
)
def test_the_bundled_rows_read_stated_figures_against_the_entry(text: str, first: str, met: bool | None) -> None:
    """Rows checked against 15 CFR 774 Supp. 1 and the 2025 Wassenaar list; a transistor short of 3A001.b.3 stays
    open because HEMT and HBT technology can still be 3E003.b."""
    row = next(r for r in named_items(text) if r.names[0] == first)
    assert row.meets(text) is met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Our lithium-ion cell: 3.6 V nominal, 20 Ah, 270 g.", False),  # 267 Wh/kg: 3A991.j.2, not 3A001.e.1.b
        ("Our lithium-ion cell: 3.7 V nominal, 5,000 mAh, 32 g.", True),  # 578 Wh/kg
        ("Our lithium-ion cell: 3.6 V nominal and 20 Ah.", None),  # no mass: nothing to compute
    ],
)
def test_3a001_e_1_energy_density_is_computed_from_voltage_capacity_and_mass(text: str, met: bool | None) -> None:
    """3A001.e.1 Technical Note: nominal voltage times nominal capacity in Ah divided by the mass in kg."""
    row = next(r for r in named_items(text) if r.names[0] == "lithium ion cell")
    assert row.meets(text) is met
