"""The `itt` command: answers, and one clear line with a non-zero exit for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def itt(args: list[str], data_dir: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "ITT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], input=stdin, capture_output=True, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def data_dir(bundled_settings) -> Path:
    return bundled_settings.data_dir


def test_ask_json_prints_one_object_with_the_documented_fields(data_dir: Path) -> None:
    out = itt(["ask", "--json", "Can I email ECCN 9E003 drawings to a contractor in India?"], data_dir)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    for field in ("question", "determination", "answer", "citations", "evidence", "retrieved", "missing_facts", "latency_ms", "facts", "steps"):
        assert field in answer
    assert answer["determination"] == "controlled"
    assert {"citation", "title", "snippet", "score", "source_url", "chunk_id"} <= set(answer["evidence"][0])
    assert all(step["citation"] for step in answer["steps"] if step["question"] != "Which provision applies?")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["ask", ""], None, "empty"),
        (["ask", "-"], b"x" * 1_000_000, "limit"),
        (["ask", "-"], b"\x00\x01\x02\xff\xfe binary", "UTF-8"),
        (["ask", "-"], bytes(range(1, 32)) * 10, "binary"),
        (["ask", "-j", "MARS", "Can I email 3E001 to India?"], None, "Unknown jurisdiction"),
    ],
)
def test_bad_input_gets_a_clear_message_and_a_non_zero_exit(data_dir: Path, args, stdin, message: str) -> None:
    out = itt(args, data_dir, stdin)
    assert out.returncode != 0
    assert message.lower() in out.stderr.decode().lower()
    assert b"Traceback" not in out.stderr


def test_a_missing_index_tells_the_user_to_run_ingest(tmp_path: Path) -> None:
    out = itt(["ask", "Can I email 3E001 to India?"], tmp_path / "nothing")
    assert out.returncode == 2
    assert "itt ingest" in out.stderr.decode()
