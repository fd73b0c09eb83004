"""Run a question set through the product in one process and write answers, metrics and the report.

Every question goes through `Assistant.ask` exactly as a user's would: no jurisdiction filter (the
product must work the regime out; a default `ITT_JURISDICTION` is switched off for the run), the
current index, the configured embedder. Extra retrievers and the naive baseline are scored on
retrieval only.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import ITTError
from assistant.pipeline import Assistant
from assistant.retrieval import Mode
from assistant.settings import Settings
from evals.metrics import compute_metrics, retrieval_metrics, verdict
from evals.questions import Question, load_questions

Progress = Callable[[str], None]


@dataclass
class EvalResult:
    metrics: dict[str, Any]
    records: list[dict[str, Any]]
    out_dir: Path
    questions: list[Question] = field(default_factory=list)


def answer_record(question: Question, assistant: Assistant, mode: Mode, k: int) -> dict[str, Any]:
    """One answers.jsonl line: what the product said, what it retrieved, how long it took."""
    started = time.perf_counter()
    record: dict[str, Any] = {"id": question.id, "question": question.question}
    try:
        answer = assistant.ask(question.question, k=k, mode=mode)
    except ITTError as e:  # a refused question is scored as a failure, not a crashed run
        record.update(determination=None, answer="", citations=[], retrieved=[], missing_facts=[], error=e.message)
    else:
        record.update(
            determination=answer.determination,
            answer=answer.answer,
            citations=list(answer.citations),
            retrieved=list(answer.retrieved),
            missing_facts=list(answer.missing_facts),
            follow_up=answer.follow_up,
            next_steps=list(answer.next_steps),
            steps=[s.model_dump() for s in answer.steps],
            error=None,
        )
    record["latency_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return record


def _retriever_run(assistant: Assistant, questions: Sequence[Question], mode: Mode, k: int) -> list[list[str]]:
    return [assistant.retrieve(q.question, k=k, mode=mode).citations for q in questions]


def _baseline_run(settings: Settings, questions: Sequence[Question], k: int) -> tuple[dict[str, Any], list[dict]]:
    from evals.baseline import NAME, NaiveBaseline

    with NaiveBaseline.for_settings(settings) as baseline:
        rows = []
        for q in questions:
            started = time.perf_counter()
            retrieved = baseline.search(q.question, k)
            latency = round((time.perf_counter() - started) * 1000, 2)
            rows.append({"id": q.id, "retrieved": retrieved, "latency_ms": latency})
        chunks = baseline.chunks
    scores = retrieval_metrics([(r["retrieved"], q.expected.citations) for q, r in zip(questions, rows, strict=True)])
    return {"name": NAME, "chunks": chunks, **scores}, rows


def _write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_eval(
    question_paths: Sequence[Path],
    out_dir: Path,
    retrievers: Sequence[Mode] = ("hybrid",),
    k: int = 10,
    baseline: bool = False,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> EvalResult:
    """Answer every question with the first retriever, score, and write the output folder."""
    from evals.report import write_report

    say = progress or (lambda _msg: None)
    questions = load_questions(question_paths)
    retrievers = list(dict.fromkeys(retrievers)) or ["hybrid"]
    k = max(k, 10)
    settings = (settings or Settings()).model_copy(update={"jurisdiction": None})
    assistant = Assistant(settings)
    index = assistant.index  # raises IndexMissing ("Run `itt ingest` first") before any work
    assistant.embedder.embed_query("warm-up")  # model load is not a question's latency

    primary = retrievers[0]
    records = []
    for n, question in enumerate(questions, 1):
        records.append(answer_record(question, assistant, primary, k))
        say(f"[{n}/{len(questions)}] {question.id}")
    for question, record in zip(questions, records, strict=True):
        record["reasons"] = verdict(question, record)
        record["verdict"] = "fail" if record["reasons"] else "pass"

    metrics = compute_metrics(questions, records)
    runs = {primary: [r["retrieved"] for r in records]}
    for mode in retrievers[1:]:
        say(f"retrieval only: {mode}")
        runs[mode] = _retriever_run(assistant, questions, mode, k)
    metrics["retriever"] = primary
    metrics["k"] = k
    metrics["questions_files"] = [str(p) for p in question_paths]
    metrics["build"] = index.build.id
    # Expected provisions the index does not hold at all: corpus gaps, not ranking failures.
    metrics["expected_not_indexed"] = [
        f"{q.id}: {c}" for q in questions for c in q.expected.citations if not index.has_citation(c)
    ]
    metrics["retrievers"] = {
        mode: retrieval_metrics([(got, q.expected.citations) for q, got in zip(questions, run, strict=True)])
        for mode, run in runs.items()
    }

    out_dir.mkdir(parents=True, exist_ok=True)
    _write_jsonl(out_dir / "answers.jsonl", records)
    baseline_rows: list[dict[str, Any]] | None = None
    if baseline:
        say("baseline: building the naive index")
        metrics["baseline"], baseline_rows = _baseline_run(settings, questions, k)
        _write_jsonl(out_dir / "baseline.jsonl", baseline_rows)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    write_report(out_dir, metrics, questions, records, baseline_rows)
    return EvalResult(metrics=metrics, records=records, out_dir=out_dir, questions=questions)
