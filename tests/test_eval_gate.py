"""The CI quality gate: the bundled corpus, indexed from scratch, answers the dev question set at
or above the floors of evals/gate.py. Ingesting the full corpus takes a minute or two; the index is
built once per session in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings
from evals.gate import CEILINGS, FLOORS, check
from evals.runner import EvalResult, run_eval
from ingest.pipeline import run_ingest

DEV = REPO_ROOT / "evals" / "questions" / "dev.yaml"


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:
    settings = Settings(data_dir=tmp_path_factory.mktemp("bundled-data"), corpus_dir=REPO_ROOT / "corpus")
    run_ingest(settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def dev_run(bundled_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> EvalResult:
    return run_eval([DEV], tmp_path_factory.mktemp("dev-eval"), settings=bundled_settings)


def test_the_dev_set_meets_the_gate(dev_run: EvalResult) -> None:
    m = dev_run.metrics
    shown = {key: m.get(key) for key in [*FLOORS, *CEILINGS, "n", "passed", "retrieval_recall_at_5", "latency_ms_p50"]}
    print("dev-set metrics:", json.dumps(shown, indent=1))
    problems = check(m)
    assert not problems, "dev set below the gate:\n" + "\n".join(problems) + f"\nreport: {dev_run.out_dir}/report.md"


def test_the_dev_run_wrote_one_answer_per_question_and_a_report(dev_run: EvalResult) -> None:
    out: Path = dev_run.out_dir
    lines = (out / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == dev_run.metrics["n"] == len(dev_run.questions)
    assert all(len(json.loads(line)["retrieved"]) >= 1 for line in lines)
    assert (out / "report.html").stat().st_size > 0 and (out / "report.md").stat().st_size > 0
