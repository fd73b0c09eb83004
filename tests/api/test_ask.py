"""`POST /v1/ask`, the sources and passages, health, and the single JSON error shape."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import Keys, Server, bearer, error_of

EXPORT = "Is uploading technology to a server abroad an export?"
PUBLISHED = "Is published information subject to the EAR?"


def test_ask_returns_the_same_answer_object_as_the_cli(server: Server, keys: Keys) -> None:
    r = httpx.post(f"{server.url}/v1/ask", json={"question": PUBLISHED}, headers=bearer(keys.alice), timeout=30)
    assert r.status_code == 200
    answer = r.json()
    assert answer["question"] == PUBLISHED
    assert answer["determination"] == "not_controlled"
    assert "15 CFR 734.7" in answer["citations"]
    cited = next(e for e in answer["evidence"] if e["citation"] == "15 CFR 734.7")
    assert cited["source_url"].startswith("https://") and cited["chunk_id"]
    assert answer["corpus"]["build"] and answer["latency_ms"] > 0


def test_a_jurisdiction_filter_is_applied_and_an_unknown_one_is_a_400(server: Server, keys: Keys) -> None:
    ok = httpx.post(
        f"{server.url}/v1/ask",
        json={"question": EXPORT, "jurisdiction": "US-EAR"},
        headers=bearer(keys.alice),
        timeout=30,
    )
    assert ok.status_code == 200 and ok.json()["jurisdictions"] == ["US-EAR"]
    bad = httpx.post(
        f"{server.url}/v1/ask", json={"question": EXPORT, "jurisdiction": "XX"}, headers=bearer(keys.alice), timeout=30
    )
    assert bad.status_code == 400 and "Unknown jurisdiction 'XX'" in error_of(bad)["message"]


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (b'{"question": "Is', 400, "not valid JSON"),
        (b"[1, 2]", 422, "Invalid request"),
        (b'{"q": "hi"}', 422, "question: Field required"),
        (b'{"question": ""}', 400, "The question is empty"),
        (b'{"question": 42}', 422, "question"),
    ],
)
def test_malformed_and_invalid_bodies_are_json_errors(server: Server, keys: Keys, body, status, says) -> None:
    r = httpx.post(
        f"{server.url}/v1/ask",
        content=body,
        headers={**bearer(keys.alice), "Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code == status
    assert says in error_of(r)["message"]


def test_an_over_long_question_is_refused_with_the_limit_named(server: Server, keys: Keys) -> None:
    r = httpx.post(f"{server.url}/v1/ask", json={"question": "a " * 2500}, headers=bearer(keys.alice), timeout=30)
    assert r.status_code == 400
    assert "the limit is 4,000" in error_of(r)["message"]


def test_an_oversized_body_is_a_413_whether_declared_or_streamed(server: Server, keys: Keys) -> None:
    big = b'{"question": "' + b"x" * 70_000 + b'"}'
    declared = httpx.post(
        f"{server.url}/v1/ask", content=big, headers={**bearer(keys.alice), "Content-Type": "application/json"}
    )
    assert declared.status_code == 413 and "65,536 bytes" in error_of(declared)["message"]

    def chunks():  # no Content-Length: the server has to count
        for i in range(0, len(big), 8192):
            yield big[i : i + 8192]

    streamed = httpx.post(
        f"{server.url}/v1/ask", content=chunks(), headers={**bearer(keys.alice), "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413 and "ITT_API_MAX_BODY_BYTES" in error_of(streamed)["message"]


def test_a_passage_comes_with_its_citation_link_and_version(server: Server, keys: Keys) -> None:
    answer = httpx.post(
        f"{server.url}/v1/ask", json={"question": PUBLISHED}, headers=bearer(keys.bob), timeout=30
    ).json()
    chunk_id = next(e["chunk_id"] for e in answer["evidence"] if e["citation"] == "15 CFR 734.7")
    r = httpx.get(f"{server.url}/v1/passages/{chunk_id}", headers=bearer(keys.bob))
    assert r.status_code == 200
    passage = r.json()
    assert passage["citation"] == "15 CFR 734.7" and passage["title"] == "Published"
    assert passage["source"] == "published.md" and passage["source_url"].startswith("https://www.ecfr.gov/")
    assert passage["as_of"] == "2025-01-17" and "page" in passage
    assert "made available to" in passage["text"] and passage["build"] == answer["corpus"]["build"]
    missing = httpx.get(f"{server.url}/v1/passages/nope", headers=bearer(keys.bob))
    assert missing.status_code == 404 and "nope" in error_of(missing)["message"]


def test_sources_lists_the_index(server: Server, keys: Keys) -> None:
    r = httpx.get(f"{server.url}/v1/sources", headers=bearer(keys.officer))
    assert r.status_code == 200
    body = r.json()
    assert body["chunks"] == 4 and body["by_jurisdiction"] == {"US-EAR": 3, "US-ITAR": 1}
    assert set(body["sources"]) >= {"export.md", "published.md"}


def test_health_and_readiness(server: Server) -> None:
    assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{server.url}/readyz").json()
    assert ready["status"] == "ready" and ready["chunks"] == 4


def test_unknown_routes_and_methods_use_the_error_shape(server: Server, keys: Keys) -> None:
    assert "No route GET /v1/nothing" in error_of(httpx.get(f"{server.url}/v1/nothing"))["message"]
    r = httpx.get(f"{server.url}/v1/ask", headers=bearer(keys.alice))
    assert r.status_code == 405 and "GET is not allowed" in error_of(r)["message"]


def test_the_web_ui_is_served_with_a_strict_content_policy(server: Server) -> None:
    r = httpx.get(f"{server.url}/")
    assert r.status_code == 200 and "ITT review assistant" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    for asset in ("app.js", "app.css"):
        assert httpx.get(f"{server.url}/static/{asset}").status_code == 200
