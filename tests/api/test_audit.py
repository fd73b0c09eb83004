"""The audit log: every answer recorded before it is sent, append-only, exportable, and durable
when the server is killed."""

from __future__ import annotations

import csv
import io
import json
import signal
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.api.conftest import Keys, Server, bearer


def test_every_answer_is_in_the_audit_log_with_who_what_and_which_corpus(server: Server, keys: Keys) -> None:
    question = "Is published information subject to the EAR? (audit check)"
    answer = httpx.post(
        f"{server.url}/v1/ask", json={"question": question}, headers=bearer(keys.bob), timeout=30
    ).json()
    records = httpx.get(f"{server.url}/v1/audit", params={"limit": 1000}, headers=bearer(keys.admin)).json()["records"]
    record = next(r for r in records if r["question"] == question)
    assert (record["user"], record["role"], record["channel"]) == ("bob", "exporter", "ask")
    assert record["determination"] == answer["determination"] == "not_controlled"
    assert record["citations"] == answer["citations"] and record["facts"] == answer["facts"]
    assert record["corpus_build"] == answer["corpus"]["build"] and record["latency_ms"] == answer["latency_ms"]
    assert record["answer"]["answer"] == answer["answer"] and record["at"].startswith("20")


def test_the_audit_table_refuses_updates_and_deletes(server: Server) -> None:
    db = sqlite3.connect(server.data_dir / "audit.sqlite3")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        for statement in ("UPDATE audit SET question = 'x'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                db.execute(statement)
    finally:
        db.close()


def test_audit_export_writes_jsonl_and_csv_since_a_date(server: Server, keys: Keys) -> None:
    httpx.post(
        f"{server.url}/v1/ask",
        json={"question": "Is an upload abroad an export?"},
        headers=bearer(keys.alice),
        timeout=30,
    )
    runner = CliRunner()
    env = {"ITT_DATA_DIR": str(server.data_dir)}
    jsonl = runner.invoke(app, ["audit", "export", "--since", "2000-01-01", "--format", "jsonl"], env=env)
    assert jsonl.exit_code == 0, jsonl.output
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert rows and all({"user", "question", "determination", "citations", "corpus_build"} <= set(r) for r in rows)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)

    table = runner.invoke(app, ["audit", "export", "--since", "2000-01-01", "--format", "csv"], env=env)
    parsed = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(parsed) == len(rows) and parsed[0]["question"] == rows[0]["question"]
    future = runner.invoke(app, ["audit", "export", "--since", "2999-01-01"], env=env)
    assert future.stdout == "" and "Exported 0 audit records" in future.stderr
    bad = runner.invoke(app, ["audit", "export", "--since", "last week"], env=env)
    assert bad.exit_code != 0


def test_every_acknowledged_answer_survives_a_sigkill(launch: Callable[..., Server], tmp_path: Path) -> None:
    server = launch()
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def client(n: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            for i in range(10_000):
                if stop.is_set():
                    return
                question = f"Is uploading technology to a server abroad an export? (client {n}, request {i})"
                try:
                    r = http.post("/v1/ask", json={"question": question})
                except httpx.TransportError:
                    return  # the server died mid-request: not acknowledged
                if r.status_code == 200 and r.json()["question"] == question:
                    with lock:
                        acknowledged.append(question)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.stop(signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join(timeout=60)

    assert len(acknowledged) >= 40
    db = sqlite3.connect(server.data_dir / "audit.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = {row[0] for row in db.execute("SELECT question FROM audit")}
    finally:
        db.close()
    missing = [q for q in acknowledged if q not in logged]
    assert not missing, f"{len(missing)} acknowledged answers are not in the audit log"
