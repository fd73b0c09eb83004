"""Real `itt serve` processes on free loopback ports, over a small index built once per session.

Servers run as subprocesses (uvicorn, as in production) so the tests can restart them, kill
them with SIGKILL and read what they left on disk.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from api.keys import KeyStore
from assistant.embeddings import Embedder
from assistant.settings import Settings
from ingest.pipeline import run_ingest
from tests.builders import SMALL_CORPUS

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """One running `itt serve`; `url` has no trailing slash."""

    data_dir: Path
    env: dict[str, str]
    log: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str = "/readyz", timeout: float = 180) -> Server:
        env = {**os.environ, **self.env, "ITT_DATA_DIR": str(self.data_dir)}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "api.cli", "serve", "--port", str(self.port), "--log-level", "warning"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"itt serve exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                if httpx.get(self.url + ready_path, timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"itt serve did not become ready in {timeout} s:\n{self.log.read_text()}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self.proc = None


@pytest.fixture(scope="session")
def index_data(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """A data folder holding an index of the small test corpus (copied for each server)."""
    root = tmp_path_factory.mktemp("api-index")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in SMALL_CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    run_ingest(Settings(data_dir=root / "data", corpus_dir=corpus), embedder=embedder)
    return root / "data"


@pytest.fixture(scope="session")
def launch(tmp_path_factory: pytest.TempPathFactory, index_data: Path) -> Iterator[Callable[..., Server]]:
    """Start a server on a fresh data folder (with a copy of the index unless `index=False`);
    every server is stopped at the end of the session."""
    servers: list[Server] = []

    def _launch(index: bool = True, start: bool = True, **env: str) -> Server:
        folder = tmp_path_factory.mktemp("server")
        data_dir = folder / "data"
        if index:
            shutil.copytree(index_data, data_dir)
        else:
            data_dir.mkdir()
        server = Server(data_dir=data_dir, env=env, log=folder / "server.log")
        servers.append(server)
        return server.start() if start else server

    yield _launch
    for server in servers:
        server.stop()


@dataclass(frozen=True)
class Keys:
    admin: str
    officer: str
    alice: str
    bob: str


@pytest.fixture(scope="session")
def keyed(launch: Callable[..., Server]) -> tuple[Server, Keys]:
    """The main server: API keys configured (an admin, an officer and two exporters)."""
    server = launch(start=False, ITT_API_RATE_LIMIT_PER_MINUTE="100000")
    store = KeyStore(server.data_dir)
    keys = Keys(*(store.create(name, role)[1] for name, role in [
        ("root", "admin"), ("olga", "officer"), ("alice", "exporter"), ("bob", "exporter"),
    ]))  # fmt: skip
    store.db.close()
    return server.start(), keys


@pytest.fixture(scope="session")
def server(keyed: tuple[Server, Keys]) -> Server:
    return keyed[0]


@pytest.fixture(scope="session")
def keys(keyed: tuple[Server, Keys]) -> Keys:
    return keyed[1]


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def error_of(response: httpx.Response) -> dict[str, object]:
    """Every error has exactly this shape, and never a stack trace."""
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == response.status_code
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body["error"]


def read_events(response: httpx.Response) -> list[tuple[str, str]]:
    """(event, data) pairs of a server-sent event stream, in order."""
    events = []
    for block in response.text.split("\n\n"):
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
        if data:
            events.append((name, "\n".join(data)))
    return events


@pytest.fixture(scope="session")
def local(launch: Callable[..., Server]) -> Server:
    """A server without API keys: requests from this machine act as a local admin."""
    return launch()
