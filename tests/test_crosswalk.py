"""The ECCN <-> EU Annex I <-> Wassenaar crosswalk: known pairs from the regulations, US-only entries, and the
data file kept honest against the corpus and (when present) the real lists in ../shared/regs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.citations import is_canonical, parse
from assistant.crosswalk import DEFAULT_PATH, CrosswalkError, load, lookup

ROOT = Path(__file__).resolve().parents[1]
ECCN_DIR = ROOT / "corpus" / "us-eccn"
REGS = Path(__file__).resolve().parents[2] / "shared" / "regs"
TABLE = load(DEFAULT_PATH)


# --- known pairs, written from the regulations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("eccn", "eu", "wa"),
    [
        ("ECCN 3E001", "EU 2021/821 Annex I 3E001", "WA 3.E.1"),
        ("ECCN 9E003", "EU 2021/821 Annex I 9E003", "WA 9.E.3"),
        ("ECCN 5E002", "EU 2021/821 Annex I 5E002", "WA 5.E.2"),
        ("ECCN 5D002", "EU 2021/821 Annex I 5D002", "WA 5.D.2"),
        ("ECCN 4E001", "EU 2021/821 Annex I 4E001", "WA 4.E.1"),
        ("ECCN 7D005", "EU 2021/821 Annex I 7D005", "WA 7.D.5"),
        ("ECCN 2E003", "EU 2021/821 Annex I 2E003", "WA 2.E.3"),
    ],
)
def test_wassenaar_derived_entries_map_in_every_direction(eccn: str, eu: str, wa: str) -> None:
    for form in (eccn, eu, wa, eccn.removeprefix("ECCN ")):
        record = lookup(form)
        assert record is not None, form
        assert (record.eccn, record.eu, record.wa, record.regime) == (eccn, eu, wa, "WA")


def test_paragraph_suffixes_and_case_resolve_to_the_entry() -> None:
    assert lookup("ECCN 9E003.a.1").eccn == "ECCN 9E003"
    assert lookup("WA 7.E.4.b").eccn == "ECCN 7E004"
    assert lookup("eu 2021/821 annex i 3d006.a").eccn == "ECCN 3D006"
    assert lookup("3e002").wa == "WA 3.E.2"


@pytest.mark.parametrize(
    "citation",
    ["ECCN 9E515", "ECCN 9D515", "ECCN 0E521", "ECCN 0D521", "ECCN 4E992", "ECCN 9E991", "ECCN 9E610", "ECCN 5D992"],
)
def test_us_only_entries_have_no_counterpart_and_say_why(citation: str) -> None:
    record = lookup(citation)
    assert record is not None and record.us_only
    assert record.eu is None and record.wa is None and record.regime is None
    assert len(record.note) > 20


@pytest.mark.parametrize(
    ("eccn", "regime"), [("ECCN 1E101", "MTCR"), ("ECCN 1E201", "NSG"), ("ECCN 2E301", "AG"), ("ECCN 9E101", "MTCR")]
)
def test_other_regime_entries_have_an_eu_number_but_no_wassenaar_number(eccn: str, regime: str) -> None:
    record = lookup(eccn)
    assert record.eu == "EU 2021/821 Annex I " + eccn.removeprefix("ECCN ")
    assert record.wa is None and record.regime == regime and not record.us_only


def test_unknown_or_unrelated_citations_return_none() -> None:
    assert lookup("ECCN 3A001") is None  # a commodity entry, not in this technology/software table
    assert lookup("WA 3.E.9") is None
    assert lookup("15 CFR 734.13") is None
    assert lookup("not a citation") is None


# --- the data file --------------------------------------------------------------------------------------------


def test_every_crosswalk_citation_is_canonical() -> None:
    for record in TABLE.records:
        for citation in record.citations:
            assert is_canonical(citation), citation


def test_crosswalk_and_eccn_corpus_cover_the_same_entries() -> None:
    in_table = {r.eccn.removeprefix("ECCN ") for r in TABLE.records}
    files = {p.stem for p in ECCN_DIR.glob("*.md") if p.name.lower() != "readme.md"}
    assert in_table - files == set(), "crosswalk ECCNs without a corpus file"
    assert files - in_table == set(), "corpus ECCN files without a crosswalk record"


def test_corpus_files_cite_the_same_counterparts_as_the_crosswalk() -> None:
    for record in TABLE.records:
        text = (ECCN_DIR / f"{record.eccn.removeprefix('ECCN ')}.md").read_text(encoding="utf-8")
        for counterpart in (record.eu, record.wa):
            if counterpart and record.regime == "WA":
                assert counterpart in text, (record.eccn, counterpart)
        if record.us_only:
            assert "EU 2021/821 Annex I" not in text and "WA " + record.eccn[5] + "." not in text, record.eccn


def test_wassenaar_numbers_follow_the_eccn() -> None:
    for record in TABLE.records:
        if record.wa:
            bare = record.eccn.removeprefix("ECCN ")
            assert record.wa == f"WA {bare[0]}.{bare[1]}.{int(bare[2:])}"
            assert record.eu == f"EU 2021/821 Annex I {bare}"


_MISLEADING = {
    "counterpart on a us_only record": [{"eccn": "9E515", "us_only": True, "wa": "WA 9.E.3", "reason": "x"}],
    "us_only without a reason": [{"eccn": "9E515", "us_only": True}],
    "non-canonical Wassenaar number": [{"eccn": "3E001", "wa": "WA 3E1", "regime": "WA"}],
    "EU field holding a Wassenaar number": [{"eccn": "3E001", "eu": "WA 3.E.1", "regime": "WA"}],
    "no counterpart and not us_only": [{"eccn": "3E001", "regime": "WA"}],
    "duplicate entry": [
        {"eccn": "3E001", "wa": "WA 3.E.1", "regime": "WA"},
        {"eccn": "3E001", "eu": "EU 2021/821 Annex I 3E001", "regime": "WA"},
    ],
    "Wassenaar number under another regime": [{"eccn": "1E101", "wa": "WA 1.E.1", "regime": "MTCR"}],
    "not a list": {"eccn": "3E001"},
}


@pytest.mark.parametrize("records", list(_MISLEADING.values()), ids=list(_MISLEADING))
def test_the_loader_rejects_records_that_would_mislead(tmp_path: Path, records: object) -> None:
    path = tmp_path / "crosswalk.yaml"
    path.write_text(json.dumps(records), encoding="utf-8")
    with pytest.raises(CrosswalkError):
        load(path)


# --- against the real regulations (skipped when ../shared/regs is absent) --------------------------------------


def test_every_eccn_exists_on_the_commerce_control_list() -> None:
    supp = REGS / "ccl-json" / "ecfr_supp1.json"
    if not supp.exists():
        pytest.skip("shared/regs CCL data not available")
    listed = {row["code"].removeprefix("ECCN-") for row in json.loads(supp.read_text(encoding="utf-8"))}
    missing = [r.eccn for r in TABLE.records if r.eccn.removeprefix("ECCN ") not in listed]
    assert missing == []


@pytest.fixture(scope="module")
def wassenaar_text() -> str:
    pdf = REGS / "wassenaar-2025" / "wassenaar_2025.pdf"
    if not pdf.exists():
        pytest.skip("shared/regs Wassenaar list not available")
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages)


def _wa_entry_present(text: str, number: str) -> bool:
    """Whether `N.X.k.` is an entry of the list. The PDF prints `9. E. 3.` with spaces, and lists later
    entries of a group as an indented `  2. "Software" ...` under the group heading."""
    cat, group, item = number.split(".")
    spaced = rf"(?<![\d.]){cat}\.\s*{group}\.\s*{item}\."
    if re.search(spaced, text):
        return True
    heading = re.search(rf"^{cat}\.\s*{group}\.\s*(?:Part 2\.\s*)?(?:SOFTWARE|TECHNOLOGY)", text, re.M)
    if not heading:
        return False
    section = text[heading.end() : heading.end() + 6000]
    return re.search(rf"^\s+{item}\.\s+(?:\"|Other|Specific)", section, re.M) is not None


def test_every_wassenaar_number_is_on_the_2025_list(wassenaar_text: str) -> None:
    numbers = [r.wa.removeprefix("WA ") for r in TABLE.records if r.wa]
    assert numbers, "no Wassenaar records to check"
    assert [n for n in numbers if not _wa_entry_present(wassenaar_text, n)] == []


def test_the_presence_check_can_fail(wassenaar_text: str) -> None:
    assert not _wa_entry_present(wassenaar_text, "3.E.9")
    assert not _wa_entry_present(wassenaar_text, "4.D.7")


def test_crosswalk_citations_parse_to_their_families() -> None:
    for record in TABLE.records:
        assert parse(record.eccn).family == "eccn"
        if record.eu:
            assert parse(record.eu).family == "eu-annex"
        if record.wa:
            assert parse(record.wa).family == "wa-entry"
