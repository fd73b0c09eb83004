"""Foundation benchmark (run on demand, not a test): prints ingest chunks/s, the time of an unchanged
re-ingest, raw embedding throughput, and `ask` latency p50/p95 over 50 questions in one warm process.

    .venv/bin/python -m benchmarks.run
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import yaml

from assistant.embeddings import get_embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.pipeline import run_ingest

REPO = Path(__file__).resolve().parents[1]


def _questions(n: int) -> list[str]:
    items: list[str] = []
    for path in sorted((REPO / "evals" / "questions").glob("*.yaml")):
        items += [q["question"] for q in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    return (items * (n // max(1, len(items)) + 1))[:n]


def main() -> None:
    embedder = get_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data")
        embedder.embed(["warm up"])
        started = time.perf_counter()
        result = run_ingest(settings, embedder=embedder)
        ingest_s = time.perf_counter() - started
        chunks = result.report.chunks
        print(f"ingest: {chunks} chunks from {result.provisions} provisions in {ingest_s:.1f} s = {chunks / ingest_s:.1f} chunks/s")

        started = time.perf_counter()
        again = run_ingest(settings, embedder=embedder)
        print(f"re-ingest unchanged: {time.perf_counter() - started:.2f} s, {again.report.embedded} embedded")

        texts = [c.text for c in Assistant(settings).index.chunks[:256]]
        started = time.perf_counter()
        embedder.embed(texts)
        raw = len(texts) / (time.perf_counter() - started)
        print(f"raw embedding: {raw:.1f} texts/s (chunks of the corpus); ingest/raw = {chunks / ingest_s / raw:.2f}")

        assistant = Assistant(settings)
        assistant.ask("warm up: can I email 3E001 to India?")
        latencies, retrieval_decision = [], []
        for question in _questions(50):
            t = time.perf_counter()
            answer = assistant.ask(question)
            latencies.append((time.perf_counter() - t) * 1000)
            retrieval_decision.append(answer.latency_ms)
        q = statistics.quantiles(latencies, n=20)
        print(f"ask latency over {len(latencies)} questions: p50 {statistics.median(latencies):.1f} ms, p95 {q[18]:.1f} ms")


if __name__ == "__main__":
    main()
