"""Server mode: the index's vectors live in a real `chroma run` server (ITT_CHROMA_HOST/PORT); a
server that is down gives a clear error naming it, never a traceback or a hang."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import StoreUnavailable
from assistant.pipeline import Assistant
from ingest.pipeline import run_ingest

CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    port = _free_port()
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "chroma"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def test_ingest_and_ask_through_a_chroma_server(make_corpus, settings_for, embedder, chroma_server: int) -> None:
    settings = settings_for(make_corpus(), chroma_host="127.0.0.1", chroma_port=chroma_server)
    report = run_ingest(settings, embedder=embedder).report
    assert report.embedded == report.chunks == 4
    answer = Assistant(settings).ask("Is uploading technology to a server abroad an export?")
    assert "15 CFR 734.13" in answer.retrieved[:3]
    again = run_ingest(settings, embedder=embedder).report
    assert again.up_to_date and again.embedded == 0


def test_a_chroma_server_that_is_down_gives_a_clear_error(make_corpus, settings_for, embedder) -> None:
    settings = settings_for(make_corpus(), chroma_host="127.0.0.1", chroma_port=_free_port())
    with pytest.raises(StoreUnavailable, match="not reachable") as raised:
        run_ingest(settings, embedder=embedder)
    assert raised.value.status == 503
    assert "chroma run" in raised.value.message
