"""`itt eval` end to end over the four-provision SMALL_CORPUS, scored against figures worked out by hand.

Retrieval figures are exact: every question that expects an indexed provision names it, and a named
provision is looked up first, in the order the question names them. The determination, citation and
wording figures depend on the answer writer (and the determination engine, once it lands), so they
are checked against what answers.jsonl says the product answered, recomputed here by hand.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from assistant.citations import section_key
from assistant.errors import IndexMissing
from evals.questions import Question
from evals.report import write_report
from evals.runner import run_eval
from ingest.pipeline import run_ingest

# SMALL_CORPUS indexes 15 CFR 734.13, 15 CFR 734.7, 22 CFR 120.54(a)(5) and ECCN 3E001 (one chunk each).
FILE_A = """
- id: r-1
  question: "Under 15 CFR 734.7, is a paper presented at a conference open to the public published?"
  persona: officer
  jurisdiction: US-EAR
  grade: 1
  expected: {determination: not_controlled, citations: ["15 CFR 734.7(a)"], must_mention: ["published", "conference"]}
  rationale: "Named provision, paragraph-level expected citation: rank 1 at section level."
- id: r-2
  question: "Is technical data protected by end-to-end encryption an export under 22 CFR 120.54, and how does EU Regulation 2021/821 treat the same transfer?"
  persona: exporter
  jurisdiction: multi
  grade: 2
  expected: {determination: not_controlled, citations: ["22 CFR 120.54", "EU 2021/821 Art. 2(2)"], must_mention: ["encryption"]}
  rationale: "120.54 named (rank 1); the EU article is not indexed, so recall stays at 1/2."
- id: r-3
  question: "Does ECCN 3E001 cover chip design data, and is e-mailing it abroad an export under 15 CFR 734.13?"
  persona: exporter
  jurisdiction: US-EAR
  grade: 2
  expected: {determination: controlled, citations: ["ECCN 3E001", "15 CFR 734.13"], must_mention: ["national security", "license"]}
  rationale: "Both named, in this order: ranks 1 and 2."
"""

FILE_B = """
- id: r-4
  question: "Our unpublished design files (see 15 CFR 734.7) go to a server in Germany. Is that upload an export under 15 CFR 734.13?"
  persona: officer
  jurisdiction: US-EAR
  grade: 3
  expected: {determination: depends, citations: ["15 CFR 734.13"], missing_facts: ["classification"]}
  rationale: "734.7 is named first (rank 1), the expected 734.13 second (rank 2)."
- id: r-5
  question: "What is a good recipe for banana bread?"
  persona: exporter
  jurisdiction: none
  grade: 1
  expected: {determination: out_of_scope}
  rationale: "Off topic; no expected citation, so left out of citation and retrieval metrics."
- id: r-6
  question: "Under the UK Export Control Order 2008, is e-mailing controlled technology from London to Dubai a transfer?"
  persona: officer
  jurisdiction: UK
  grade: 2
  expected: {determination: controlled, citations: ["UK ECO 2008 Art. 2"]}
  rationale: "No UK provision is indexed: recall, reciprocal rank and nDCG are 0."
"""

GRADES = {"r-1": "1", "r-2": "2", "r-3": "2", "r-4": "3", "r-5": "1", "r-6": "2"}
JURISDICTIONS = {"r-1": "US-EAR", "r-2": "multi", "r-3": "US-EAR", "r-4": "US-EAR", "r-5": "none", "r-6": "UK"}
EXPECTED = {
    "r-1": ("not_controlled", ["15 CFR 734.7(a)"], ["published", "conference"], []),
    "r-2": ("not_controlled", ["22 CFR 120.54", "EU 2021/821 Art. 2(2)"], ["encryption"], []),
    "r-3": ("controlled", ["ECCN 3E001", "15 CFR 734.13"], ["national security", "license"], []),
    "r-4": ("depends", ["15 CFR 734.13"], [], ["classification"]),
    "r-5": ("out_of_scope", [], [], []),
    "r-6": ("controlled", ["UK ECO 2008 Art. 2"], [], []),
}
SCORED = ["r-1", "r-2", "r-3", "r-4", "r-6"]  # r-5 expects no citation

# Recall@k by question (k = 1, then 2..10): r-1 1, 1 | r-2 1/2, 1/2 | r-3 1/2, 1 | r-4 0, 1 | r-6 0, 0.
CURVE = [round((1 + 0.5 + 0.5 + 0 + 0) / 5, 4)] + [round((1 + 0.5 + 1 + 1 + 0) / 5, 4)] * 9  # 0.4, then 0.7
MRR = (1 + 1 + 1 + 0.5 + 0) / 5  # 0.7
# nDCG@10: r-1 1; r-2 1 / (1 + 1/log2 3) = 0.613147; r-3 1; r-4 (1/log2 3) / 1 = 0.630930; r-6 0.
NDCG = (1 + 0.613147 + 1 + 0.630930 + 0) / 5  # 0.648815


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _first_hit(retrieved: list[str], expected: list[str]) -> float:
    wanted = {section_key(c) for c in expected}
    distinct = list(dict.fromkeys(section_key(c) for c in retrieved))[:10]
    return next((1 / rank for rank, key in enumerate(distinct, 1) if key in wanted), 0.0)


@pytest.fixture
def indexed(make_corpus, settings_for, embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    settings = settings_for(make_corpus())
    run_ingest(settings, embedder=embedder)
    monkeypatch.setenv("ITT_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ITT_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.delenv("ITT_JURISDICTION", raising=False)
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(FILE_A, encoding="utf-8")
    b.write_text(FILE_B, encoding="utf-8")
    return settings, a, b


def test_itt_eval_scores_every_metric_as_computed_by_hand(indexed, tmp_path: Path) -> None:
    _, a, b = indexed
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "--questions", str(a), str(b), "--out", str(out), "--baseline"])
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert "6 questions" in result.output

    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    answers = _read_jsonl(out / "answers.jsonl")
    by_id = {r["id"]: r for r in answers}
    assert [r["id"] for r in answers] == ["r-1", "r-2", "r-3", "r-4", "r-5", "r-6"]
    for r in answers:
        assert {
            "id",
            "question",
            "determination",
            "answer",
            "citations",
            "retrieved",
            "missing_facts",
            "latency_ms",
        } <= set(r)
        assert r["error"] is None
    assert by_id["r-3"]["retrieved"][:2] == ["ECCN 3E001", "15 CFR 734.13"]  # named provisions first, in order

    # Retrieval: exact.
    assert m["n"] == 6
    assert (m["citation_scored"], m["citation_excluded"]) == (5, 1)
    assert m["retrieval_recall_curve"] == pytest.approx(CURVE)
    assert m["retrieval_recall_at_5"] == pytest.approx(0.7)
    assert m["retrieval_recall_at_10"] == pytest.approx(0.7)
    assert m["mrr_at_10"] == pytest.approx(MRR)
    assert m["ndcg_at_10"] == pytest.approx(NDCG, abs=1e-4)
    assert m["retrievers"]["hybrid"]["mrr_at_10"] == m["mrr_at_10"]

    # Determinations, from what the product answered.
    correct = {qid: by_id[qid]["determination"] == EXPECTED[qid][0] for qid in EXPECTED}
    assert m["determination_accuracy"] == pytest.approx(sum(correct.values()) / 6, abs=1e-4)
    for grade in ("1", "2", "3"):
        ids = [q for q, g in GRADES.items() if g == grade]
        assert m["determination_by_grade"][grade]["n"] == len(ids)
        assert m["determination_by_grade"][grade]["correct"] == sum(correct[q] for q in ids)
    for jurisdiction in ("US-EAR", "multi", "none", "UK"):
        ids = [q for q, j in JURISDICTIONS.items() if j == jurisdiction]
        assert m["determination_by_jurisdiction"][jurisdiction]["correct"] == sum(correct[q] for q in ids)
    assert m["determination_by_expected"]["controlled"]["n"] == 2
    assert m["refusal_accuracy"] == float(by_id["r-5"]["determination"] == "out_of_scope")
    asked = " ".join([*by_id["r-4"]["missing_facts"], by_id["r-4"].get("follow_up") or ""]).lower()
    assert m["missing_facts_recall"] == float("classification" in asked)

    # Citations (macro over the five scored questions) and wording, from answers.jsonl.
    precisions, recalls, f2s = [], [], []
    for qid in SCORED:
        cited = {section_key(c) for c in by_id[qid]["citations"]}
        wanted = {section_key(c) for c in EXPECTED[qid][1]}
        p = len(cited & wanted) / len(cited) if cited else 0.0
        r = len(cited & wanted) / len(wanted)
        precisions.append(p)
        recalls.append(r)
        f2s.append(5 * p * r / (4 * p + r) if p + r else 0.0)
    assert m["citation_precision"] == pytest.approx(_mean(precisions), abs=1e-4)
    assert m["citation_recall"] == pytest.approx(_mean(recalls), abs=1e-4)
    assert m["citation_f2"] == pytest.approx(_mean(f2s), abs=1e-4)
    fractions = []
    for qid in ("r-1", "r-2", "r-3"):
        text = " ".join([by_id[qid]["answer"], *by_id[qid]["missing_facts"]]).lower()
        terms = EXPECTED[qid][2]
        fractions.append(sum(t in text for t in terms) / len(terms))
    assert m["must_mention_scored"] == 3
    assert m["must_mention"] == pytest.approx(_mean(fractions), abs=1e-4)

    # The answer cites only what it retrieved.
    assert m["unsupported_citations"] == 0
    assert m["answer_citations"] == sum(len(r["citations"]) for r in answers)

    # Latency percentiles: linear interpolation over the six sorted latencies.
    lat = sorted(r["latency_ms"] for r in answers)
    assert m["latency_ms_p50"] == pytest.approx((lat[2] + lat[3]) / 2, abs=0.01)
    assert m["latency_ms_p95"] == pytest.approx(lat[4] + 0.75 * (lat[5] - lat[4]), abs=0.01)

    # Baseline: one chunk per provision (bodies are far below 4000 characters), all four returned, so
    # Recall@5 = Recall@10 = 0.7 as for the product; its ranking is the embedder's own.
    base = m["baseline"]
    assert base["chunks"] == 4
    assert (base["retrieval_recall_at_5"], base["retrieval_recall_at_10"]) == (pytest.approx(0.7), pytest.approx(0.7))
    rows = {r["id"]: r for r in _read_jsonl(out / "baseline.jsonl")}
    assert all(len(rows[q]["retrieved"]) == 4 for q in EXPECTED)
    assert base["mrr_at_10"] == pytest.approx(
        _mean([_first_hit(rows[q]["retrieved"], EXPECTED[q][1]) for q in SCORED]), abs=1e-4
    )

    # Reports: both exist, plots are embedded (HTML) or written beside (Markdown), failures come first.
    html = (out / "report.html").read_text(encoding="utf-8")
    pngs = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html)
    assert len(pngs) == 5
    assert all(base64.b64decode(p)[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    md = (out / "report.md").read_text(encoding="utf-8")
    for name in re.findall(r"\]\(plots/([a-z_]+\.png)\)", md):
        assert (out / "plots" / name).read_bytes()[:4] == b"\x89PNG"
    marks = re.findall(r"^### (PASS|FAIL) (r-\d)", md, flags=re.M)
    assert sorted(q for _, q in marks) == sorted(EXPECTED)
    assert [mark for mark, _ in marks] == sorted((mark for mark, _ in marks), key=lambda s: s != "FAIL")
    assert {q: mark for mark, q in marks} == {r["id"]: r["verdict"].upper() for r in answers}
    assert "Baseline retrieved" in md and "naive" in html


def test_an_extra_retriever_is_scored_on_retrieval_only(indexed, tmp_path: Path) -> None:
    settings, a, _ = indexed
    result = run_eval([a], tmp_path / "out", retrievers=["hybrid", "lexical"], settings=settings)
    assert set(result.metrics["retrievers"]) == {"hybrid", "lexical"}
    assert len(result.metrics["retrievers"]["lexical"]["recall_curve"]) == 10
    assert "baseline" not in result.metrics


def test_without_an_index_the_runner_says_to_ingest_first(make_corpus, settings_for, tmp_path: Path) -> None:
    questions = tmp_path / "a.yaml"
    questions.write_text(FILE_A, encoding="utf-8")
    with pytest.raises(IndexMissing, match="Run `itt ingest` first"):
        run_eval([questions], tmp_path / "out", settings=settings_for(make_corpus()))
    assert not (tmp_path / "out").exists()


def test_the_report_lists_failures_before_passes(tmp_path: Path) -> None:
    first = Question.model_validate(
        {
            "id": "p-1",
            "question": "passes",
            "persona": "officer",
            "jurisdiction": "US-EAR",
            "grade": 1,
            "expected": {"determination": "controlled", "citations": ["ECCN 3E001"]},
        }
    )
    second = first.model_copy(update={"id": "f-2", "question": "fails"})
    records = [
        {
            "id": "p-1",
            "determination": "controlled",
            "answer": "",
            "citations": ["ECCN 3E001"],
            "retrieved": ["ECCN 3E001"],
            "missing_facts": [],
            "latency_ms": 5.0,
            "reasons": [],
            "verdict": "pass",
        },
        {
            "id": "f-2",
            "determination": None,
            "answer": "",
            "citations": [],
            "retrieved": [],
            "missing_facts": [],
            "latency_ms": 7.0,
            "reasons": ["determination: expected controlled, got none"],
            "verdict": "fail",
        },
    ]
    from evals.metrics import compute_metrics

    metrics = {**compute_metrics([first, second], records), "retrievers": {}}
    write_report(tmp_path, metrics, [first, second], records)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert md.index("### FAIL f-2") < md.index("### PASS p-1")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.index("FAIL f-2") < html.index("PASS p-1")
    assert "expected controlled, got none" in html
