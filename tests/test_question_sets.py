"""The hand-written question sets are well formed and cover what the evaluation claims to measure.

The graded sets (evals/questions/dev.yaml, test.yaml), the retrieval questions and the paraphrase
scenarios (tests/data/) are written by hand, independently of the product. A malformed item would
silently score as a product error, and a set that drifts towards one determination or one
regime would measure the wrong thing, so every rule in evals/questions/README.md is checked here.
The validators return lists of problems; the last tests feed them broken items to show they can fail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.citations import is_canonical, parse, section_key
from assistant.provisions import corpus_files, parse_provision

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "evals" / "questions"
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"

PERSONAS = {"officer", "exporter"}
JURISDICTIONS = {"US-EAR", "US-ITAR", "EU", "WA", "UK", "JP", "SG", "MY", "multi", "none"}
DETERMINATIONS = {"controlled", "not_controlled", "depends", "out_of_scope"}
FACTS = {
    "destination",
    "recipient_nationality",
    "classification",
    "publication_status",
    "encryption",
    "end_use",
    "recipient_status",
    "storage_location",
    "transfer_mode",
}
# Transfer modes are tagged at the start of each rationale as "[mode: ...]"; "none" marks items
# (classification look-ups, off-topic questions) that describe no transfer.
MODES = {
    "email",
    "cloud",
    "remote",
    "shared-drive",
    "visit",
    "deemed-export",
    "conference",
    "publication",
    "call",
    "hand-carry",
    "repository",
    "assistance",
    "none",
}
ADVERSARIAL = {"injection", "evasion", "off-topic", "foreign-language"}
ITEM_KEYS = {"id", "question", "persona", "jurisdiction", "grade", "expected", "rationale"}
EXPECTED_KEYS = {"determination", "citations", "must_mention", "missing_facts"}
REGIMES_NEEDING_FIVE_RETRIEVAL_QUESTIONS = ("EU", "WA", "UK", "JP", "SG", "MY")

_MODE_TAG = re.compile(r"\[mode: ([a-z-]+)\]")
_ADVERSARIAL_TAG = re.compile(r"\[adversarial: ([a-z-]+)\]")


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()  # any script: Japanese questions too


def modes_of(item: dict[str, Any]) -> list[str]:
    return _MODE_TAG.findall(str(item.get("rationale", "")))


def adversarial_tags_of(item: dict[str, Any]) -> list[str]:
    return _ADVERSARIAL_TAG.findall(str(item.get("rationale", "")))


# ------------------------------------------------------------------ validators


def item_problems(item: Any, split: str) -> list[str]:
    """Everything wrong with one graded item; an empty list means the item is valid."""
    if not isinstance(item, dict):
        return [f"item is not a mapping: {item!r}"]
    name = str(item.get("id", "<no id>"))
    problems: list[str] = []
    if set(item) != ITEM_KEYS:
        problems.append(f"{name}: keys {sorted(item)} != {sorted(ITEM_KEYS)}")
        return problems
    if not re.fullmatch(rf"{split}-\d{{3,}}", str(item["id"])):
        problems.append(f"{name}: id must look like {split}-001")
    if not isinstance(item["question"], str) or len(item["question"].strip()) < 10:
        problems.append(f"{name}: question is missing or too short")
    if item["persona"] not in PERSONAS:
        problems.append(f"{name}: persona {item['persona']!r}")
    if item["jurisdiction"] not in JURISDICTIONS:
        problems.append(f"{name}: jurisdiction {item['jurisdiction']!r}")
    if item["grade"] not in (1, 2, 3):
        problems.append(f"{name}: grade {item['grade']!r}")
    if not isinstance(item["rationale"], str) or len(item["rationale"]) < 30:
        problems.append(f"{name}: rationale is missing or too short")
    else:
        modes = modes_of(item)
        if not modes or any(m not in MODES for m in modes):
            problems.append(f"{name}: rationale needs [mode: ...] tags from {sorted(MODES)}, got {modes}")
        if any(t not in ADVERSARIAL for t in adversarial_tags_of(item)):
            problems.append(f"{name}: unknown adversarial tag in {adversarial_tags_of(item)}")
    expected = item["expected"]
    if not isinstance(expected, dict) or set(expected) != EXPECTED_KEYS:
        problems.append(f"{name}: expected must have exactly {sorted(EXPECTED_KEYS)}")
        return problems
    determination = expected["determination"]
    if determination not in DETERMINATIONS:
        problems.append(f"{name}: determination {determination!r}")
    citations, mentions, facts = expected["citations"], expected["must_mention"], expected["missing_facts"]
    if not isinstance(citations, list) or not isinstance(mentions, list) or not isinstance(facts, list):
        problems.append(f"{name}: citations, must_mention and missing_facts must be lists")
        return problems
    low = 0 if determination == "out_of_scope" else 1
    if not low <= len(citations) <= 3:
        problems.append(f"{name}: {len(citations)} citations (allowed {low}-3)")
    for cite in citations:
        if not isinstance(cite, str) or not is_canonical(cite):
            problems.append(f"{name}: citation {cite!r} is not canonical")
    if len({section_key(c) for c in citations if isinstance(c, str)}) != len(citations):
        problems.append(f"{name}: the same section is cited twice")
    if len(mentions) > 3:
        problems.append(f"{name}: more than 3 must_mention terms")
    for term in mentions:
        if not isinstance(term, str) or not term.strip() or term != term.lower():
            problems.append(f"{name}: must_mention term {term!r} must be a non-empty lowercase string")
    if any(f not in FACTS for f in facts) or len(set(facts)) != len(facts):
        problems.append(f"{name}: missing_facts {facts} must be distinct names from {sorted(FACTS)}")
    if determination == "depends" and not facts:
        problems.append(f"{name}: a 'depends' item must name its missing facts")
    if determination != "depends" and facts:
        problems.append(f"{name}: only 'depends' items list missing facts")
    if item["jurisdiction"] == "none" and determination != "out_of_scope":
        problems.append(f"{name}: a question with no export-control content must be out_of_scope")
    return problems


def split_problems(items: list[dict[str, Any]], split: str) -> list[str]:
    """Coverage rules for one split (dev or test)."""
    problems: list[str] = []
    n = len(items)
    determinations = Counter(i["expected"]["determination"] for i in items)
    for d in DETERMINATIONS:
        if determinations[d] < 0.15 * n:
            problems.append(f"{split}: {d} is {determinations[d]}/{n}, below 15%")
    jurisdictions = Counter(i["jurisdiction"] for i in items)
    missing = JURISDICTIONS - set(jurisdictions)
    if missing:
        problems.append(f"{split}: no item for {sorted(missing)}")
    if jurisdictions and jurisdictions.most_common(1)[0][0] != "US-EAR":
        problems.append(f"{split}: US-EAR must be the largest jurisdiction, got {jurisdictions.most_common(2)}")
    if {i["grade"] for i in items} != {1, 2, 3}:
        problems.append(f"{split}: grades 1-3 must all appear")
    if {i["persona"] for i in items} != PERSONAS:
        problems.append(f"{split}: both personas must appear")
    modes = Counter(m for i in items for m in set(modes_of(i)))
    thin = sorted(m for m in MODES - {"none"} if modes[m] < 2)
    if thin:
        problems.append(f"{split}: fewer than 2 items for transfer modes {thin}")
    adversarial = [i for i in items if adversarial_tags_of(i)]
    if len(adversarial) < 12:
        problems.append(f"{split}: only {len(adversarial)} adversarial items (need 12)")
    kinds = Counter(t for i in adversarial for t in set(adversarial_tags_of(i)))
    if set(kinds) != ADVERSARIAL:
        problems.append(f"{split}: adversarial kinds present {sorted(kinds)}, need all of {sorted(ADVERSARIAL)}")
    for i in adversarial:
        tags = set(adversarial_tags_of(i))
        if tags & {"evasion", "off-topic", "foreign-language"} and i["expected"]["determination"] != "out_of_scope":
            problems.append(f"{i['id']}: evasion and off-topic items must be out_of_scope")
    return problems


def retrieval_problems(items: Any) -> list[str]:
    problems: list[str] = []
    if not isinstance(items, list):
        return ["retrieval questions must be a list"]
    for n, item in enumerate(items):
        name = f"retrieval[{n}]"
        if not isinstance(item, dict) or set(item) != {"question", "expected", "jurisdiction"}:
            problems.append(f"{name}: keys must be question, expected, jurisdiction")
            continue
        if not isinstance(item["question"], str) or len(item["question"].strip()) < 10:
            problems.append(f"{name}: question too short")
        if item["jurisdiction"] not in JURISDICTIONS - {"none"}:
            problems.append(f"{name}: jurisdiction {item['jurisdiction']!r}")
        expected = item["expected"]
        if not isinstance(expected, list) or not 1 <= len(expected) <= 3:
            problems.append(f"{name}: expected must list 1-3 citations")
            continue
        for cite in expected:
            if not isinstance(cite, str) or not is_canonical(cite):
                problems.append(f"{name}: {cite!r} is not canonical")
            elif item["jurisdiction"] != "multi" and parse(cite).jurisdiction != item["jurisdiction"]:
                problems.append(f"{name}: {cite} does not belong to {item['jurisdiction']}")
    return problems


def paraphrase_problems(items: Any) -> list[str]:
    problems: list[str] = []
    if not isinstance(items, list):
        return ["paraphrases must be a list"]
    seen: set[str] = set()
    for n, item in enumerate(items):
        name = str(item.get("id", f"paraphrases[{n}]")) if isinstance(item, dict) else f"paraphrases[{n}]"
        if not isinstance(item, dict) or set(item) != {"id", "paraphrases", "determination"}:
            problems.append(f"{name}: keys must be id, paraphrases, determination")
            continue
        if name in seen:
            problems.append(f"{name}: duplicate id")
        seen.add(name)
        if item["determination"] not in DETERMINATIONS:
            problems.append(f"{name}: determination {item['determination']!r}")
        texts = item["paraphrases"]
        if not isinstance(texts, list) or len(texts) != 3 or not all(isinstance(t, str) for t in texts):
            problems.append(f"{name}: needs exactly three paraphrases")
            continue
        words = [set(_normalise(t).split()) for t in texts]
        for a in range(3):
            for b in range(a + 1, 3):
                overlap = len(words[a] & words[b]) / max(1, len(words[a] | words[b]))
                if overlap > 0.6:
                    problems.append(f"{name}: paraphrases {a + 1} and {b + 1} share {overlap:.0%} of their words")
    return problems


def _corpus_sections() -> set[str]:
    keys: set[str] = set()
    for path in corpus_files(CORPUS):
        provision = parse_provision(path.read_text(encoding="utf-8"), str(path))
        keys.add(section_key(provision.citation))
    return keys


# ------------------------------------------------------------------ the files

SPLITS = {"dev": QUESTIONS / "dev.yaml", "test": QUESTIONS / "test.yaml"}


@pytest.fixture(scope="module")
def sets() -> dict[str, list[dict[str, Any]]]:
    return {split: _load(path) for split, path in SPLITS.items()}


def _all(sets: dict[str, list[dict[str, Any]]]) -> Iterable[dict[str, Any]]:
    for items in sets.values():
        yield from items


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_graded_item_follows_the_schema(sets: dict[str, list[dict[str, Any]]], split: str) -> None:
    problems = [p for item in sets[split] for p in item_problems(item, split)]
    assert problems == []


def test_ids_and_questions_are_unique_across_both_splits(sets: dict[str, list[dict[str, Any]]]) -> None:
    ids = Counter(i["id"] for i in _all(sets))
    questions = Counter(_normalise(i["question"]) for i in _all(sets))
    assert [k for k, n in ids.items() if n > 1] == []
    assert [k for k, n in questions.items() if n > 1] == []


def test_the_sets_are_large_enough(sets: dict[str, list[dict[str, Any]]]) -> None:
    assert len(sets["dev"]) + len(sets["test"]) >= 170
    assert len(sets["dev"]) >= 90
    assert len(sets["test"]) >= 65


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_each_split_covers_determinations_regimes_modes_and_adversarial_items(
    sets: dict[str, list[dict[str, Any]]], split: str
) -> None:
    assert split_problems(sets[split], split) == []


def test_dev_and_test_have_the_same_mix_of_determinations(sets: dict[str, list[dict[str, Any]]]) -> None:
    shares = {
        split: {d: sum(i["expected"]["determination"] == d for i in items) / len(items) for d in DETERMINATIONS}
        for split, items in sets.items()
    }
    gaps = {d: abs(shares["dev"][d] - shares["test"][d]) for d in DETERMINATIONS}
    assert max(gaps.values()) <= 0.10, gaps


def test_retrieval_questions_are_well_formed_and_cover_every_regime() -> None:
    items = _load(DATA / "retrieval_questions.yaml")
    assert retrieval_problems(items) == []
    assert len(items) >= 70
    per_regime = Counter(i["jurisdiction"] for i in items)
    assert {r: per_regime[r] for r in REGIMES_NEEDING_FIVE_RETRIEVAL_QUESTIONS if per_regime[r] < 5} == {}
    assert per_regime["US-EAR"] >= 5 and per_regime["US-ITAR"] >= 5


def test_retrieval_questions_expect_provisions_that_exist_in_the_corpus() -> None:
    """A retrieval question whose answer is not in the corpus can only ever score zero."""
    sections = _corpus_sections()
    items = _load(DATA / "retrieval_questions.yaml")
    absent = sorted({c for i in items for c in i["expected"] if section_key(c) not in sections})
    assert absent == []


# Real provisions that graded items rest on but the bundled corpus does not (yet) digest. An item
# may cite them; any other absent citation is a typo or an invented provision.
PENDING_IN_CORPUS = {
    "15 CFR 742.14",
    "15 CFR 742.15",
    "UK ECO 2008 Sch. 2",
    "EU 2021/821 Annex I 1E201",
    "EU 2021/821 Annex I 1E102",
    # cited by batch 20 (2026-11-29): goods entries beside the technology entry, the de minimis guidelines,
    # Singapore's definitions and the Wassenaar fire-control entry
    "15 CFR 734 Supp. 2",
    "EU 2021/821 Annex I 2B001",
    "EU 2021/821 Annex I 1C010",
    "EU 2021/821 Annex I 0E001",
    "EU 2021/821 Annex I 3A001",
    "WA 1.C.10",
    "SG SGCA s. 2",
    "WA ML5",
    # cited by batch 21 (2026-11-29): goods entries beside the technology entry, and registration to use a UK
    # general licence
    "ECCN 3A001",
    "ECCN 1C010",
    "ECCN 3B001",
    "WA 9.A.12",
    "WA 3.A.1",
    "WA 6.A.3",
    "UK ECO 2008 Art. 28",
    # cited by batch 22 (2026-11-29): the goods entry whose technical note decides a 5D002 question
    "ECCN 5A002",
    # cited by batch 23 (2026-11-29): License Exception GOV, the 0Y521 license requirement, a goods entry beside
    # its technology entry, and the Wassenaar acoustic-software entry
    "15 CFR 740.11",
    "15 CFR 742.6",
    "ECCN 2B001",
    "WA 6.D.3",
    # cited by batch 24 (2026-11-29): License Exception STA, the Commerce Control List itself, two EU goods and
    # software entries beside their technology entries, and the Wassenaar laser entry
    "15 CFR 740.20",
    "15 CFR 774 Supp. 1",
    "EU 2021/821 Annex I 1D103",
    "EU 2021/821 Annex I 2B350",
    "WA 6.A.5",
    # cited by batch 26 (2026-11-30): goods entries beside the technology entries whose parameters decide them
    "ECCN 3A991",
    "ECCN 6A003",
    "WA 2.B.1",
    "WA 5.A.2",
    "WA 6.A.2",
    "WA 7.A.2",
    # cited by batch 27 (2026-11-30): the EU technology entry for using 2B350-2B352 chemical and biological equipment
    "EU 2021/821 Annex I 2E301",
}


def test_graded_items_cite_provisions_the_corpus_holds_or_knowingly_lacks(
    sets: dict[str, list[dict[str, Any]]],
) -> None:
    sections = _corpus_sections()
    absent = {c for i in _all(sets) for c in i["expected"]["citations"] if section_key(c) not in sections}
    pending = {section_key(c) for c in PENDING_IN_CORPUS}
    assert sorted(c for c in absent if section_key(c) not in pending) == []


def test_paraphrase_scenarios_are_well_formed_and_span_all_determinations() -> None:
    items = _load(DATA / "paraphrases.yaml")
    assert paraphrase_problems(items) == []
    assert len(items) >= 32
    assert {i["determination"] for i in items} == DETERMINATIONS


# ------------------------------------------------------------------ the validators can fail

_GOOD = {
    "id": "dev-001",
    "question": "Can we email 9E003 drawings to Mumbai?",
    "persona": "exporter",
    "jurisdiction": "US-EAR",
    "grade": 1,
    "expected": {
        "determination": "controlled",
        "citations": ["15 CFR 734.13", "ECCN 9E003"],
        "must_mention": ["license"],
        "missing_facts": [],
    },
    "rationale": "[mode: email] Emailing 9E003 technology to India is an export needing a license.",
}


def _with(**changes: Any) -> dict[str, Any]:
    item = {**_GOOD, "expected": dict(_GOOD["expected"])}
    for key, value in changes.items():
        if key in EXPECTED_KEYS:
            item["expected"][key] = value
        else:
            item[key] = value
    return item


def test_the_reference_item_is_valid() -> None:
    assert item_problems(_GOOD, "dev") == []


@pytest.mark.parametrize(
    "broken",
    [
        _with(persona="lawyer"),
        _with(jurisdiction="FR"),
        _with(grade=4),
        _with(id="test-001"),
        _with(determination="maybe"),
        _with(citations=["734.13"]),
        _with(citations=[]),
        _with(citations=["15 CFR 734.13", "15 CFR 734.13(a)(1)"]),
        _with(must_mention=["License"]),
        _with(missing_facts=["destination"]),
        _with(determination="depends"),
        _with(determination="depends", missing_facts=["country"]),
        _with(rationale="No mode tag here, only prose about the export."),
        _with(rationale="[mode: carrier-pigeon] Sent by pigeon to Mumbai, an export."),
        _with(jurisdiction="none"),
    ],
)
def test_item_validator_rejects_broken_items(broken: dict[str, Any]) -> None:
    assert item_problems(broken, "dev") != []


def test_split_validator_rejects_a_lopsided_split() -> None:
    lopsided = [_with(id=f"dev-{n:03d}") for n in range(1, 40)]
    problems = split_problems(lopsided, "dev")
    assert any("below 15%" in p for p in problems)
    assert any("adversarial" in p for p in problems)
    assert any("transfer modes" in p for p in problems)


def test_retrieval_validator_rejects_a_citation_from_the_wrong_regime() -> None:
    bad = [{"question": "What is an export under Malaysian law?", "expected": ["SG SGCA s. 2"], "jurisdiction": "MY"}]
    assert retrieval_problems(bad) != []


def test_paraphrase_validator_rejects_near_copies() -> None:
    copies = [
        {
            "id": "p-1",
            "determination": "controlled",
            "paraphrases": [
                "Can we email 9E003 drawings to our contractor in Mumbai?",
                "Can we email the 9E003 drawings to our contractor in Mumbai?",
                "Is sending 9E003 files to India by mail allowed?",
            ],
        }
    ]
    assert paraphrase_problems(copies) != []
