"""Per-key rate limit, request timeout, and readiness when the index is missing or removed."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from api.keys import KeyStore
from tests.api.conftest import Server, bearer, error_of


@pytest.fixture(scope="module")
def limited(launch: Callable[..., Server]) -> tuple[Server, dict[str, str]]:
    """Three requests a minute per key, and answers given one millisecond."""
    server = launch(start=False, ITT_API_RATE_LIMIT_PER_MINUTE="3", ITT_API_REQUEST_TIMEOUT_S="0.001")
    store = KeyStore(server.data_dir)
    keys = {
        name: store.create(name, role)[1]
        for name, role in [("first", "exporter"), ("second", "exporter"), ("root", "admin")]
    }
    store.db.close()
    return server.start(), keys


def test_rate_limit_is_per_key_with_retry_after(limited: tuple[Server, dict[str, str]]) -> None:
    server, keys = limited
    statuses = [httpx.get(f"{server.url}/v1/me", headers=bearer(keys["first"])).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited_response = httpx.get(f"{server.url}/v1/me", headers=bearer(keys["first"]))
    assert limited_response.status_code == 429 and 1 <= int(limited_response.headers["retry-after"]) <= 20
    assert "ITT_API_RATE_LIMIT_PER_MINUTE" in error_of(limited_response)["message"]
    assert httpx.get(f"{server.url}/v1/me", headers=bearer(keys["second"])).status_code == 200  # its own bucket


def test_an_answer_slower_than_the_timeout_is_a_504(limited: tuple[Server, dict[str, str]]) -> None:
    server, keys = limited
    r = httpx.post(
        f"{server.url}/v1/ask",
        json={"question": "Is uploading technology abroad an export?"},
        headers=bearer(keys["root"]),
        timeout=30,
    )
    assert r.status_code == 504 and "ITT_API_REQUEST_TIMEOUT_S" in error_of(r)["message"]
    audit = httpx.get(f"{server.url}/v1/audit", headers=bearer(keys["root"])).json()
    assert audit["records"] == []  # nothing was answered, so nothing was logged


def test_without_an_index_the_server_is_alive_but_not_ready(launch: Callable[..., Server]) -> None:
    server = launch(index=False, start=False)
    server.start(ready_path="/healthz")
    r = httpx.get(f"{server.url}/readyz")
    assert r.status_code == 503 and "Run `itt ingest` first" in error_of(r)["message"]
    ask = httpx.post(f"{server.url}/v1/ask", json={"question": "Is a deemed export an export?"}, timeout=30)
    assert ask.status_code == 503 and "itt ingest" in error_of(ask)["message"]


def test_readiness_fails_when_the_build_in_use_disappears(local: Server) -> None:
    server = local
    build = httpx.get(f"{server.url}/readyz").json()["build"]
    chunks = server.data_dir / "index" / "builds" / build / "chunks.jsonl"
    moved = chunks.rename(chunks.with_suffix(".moved"))
    try:
        r = httpx.get(f"{server.url}/readyz")
        assert r.status_code == 503 and build in error_of(r)["message"]
    finally:
        moved.rename(chunks)
    assert httpx.get(f"{server.url}/readyz").status_code == 200
