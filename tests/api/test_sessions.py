"""Multi-turn sessions: facts carry over, streaming ends with the full answer, and a session
survives a server restart."""

from __future__ import annotations

import json

import httpx

from tests.api.conftest import Keys, Server, bearer, error_of, read_events

FIRST = "Can I e-mail ECCN 3E001 technology to our new engineer?"
SECOND = "She is a French national working in Paris."


def test_facts_accumulate_over_the_turns_of_a_session(server: Server, keys: Keys) -> None:
    h = bearer(keys.alice)
    session = httpx.post(f"{server.url}/v1/sessions", json={"jurisdiction": "US-EAR"}, headers=h).json()
    assert session["jurisdiction"] == "US-EAR" and session["turns"] == [] and session["owner"] == "alice"
    url = f"{server.url}/v1/sessions/{session['id']}"
    first = httpx.post(f"{url}/messages", json={"message": FIRST}, headers=h, timeout=30).json()
    assert first["determination"] == "depends" and "destination" in first["missing_facts"]
    second = httpx.post(f"{url}/messages", json={"message": SECOND}, headers=h, timeout=30).json()
    assert "ECCN 3E001" in second["facts"]["classifications"]  # from the first turn
    assert "France" in second["facts"]["destinations"]  # from the second
    stored = httpx.get(url, headers=h).json()
    assert [t["message"] for t in stored["turns"]] == [FIRST, SECOND]
    assert [t["n"] for t in stored["turns"]] == [1, 2] and stored["facts"] == second["facts"]


def test_an_unknown_jurisdiction_is_refused_when_the_session_starts(server: Server, keys: Keys) -> None:
    r = httpx.post(f"{server.url}/v1/sessions", json={"jurisdiction": "Mars"}, headers=bearer(keys.alice))
    assert r.status_code == 400 and "Unknown jurisdiction" in error_of(r)["message"]


def test_a_streamed_turn_ends_with_the_full_answer_then_done(server: Server, keys: Keys) -> None:
    h = bearer(keys.bob)
    session = httpx.post(f"{server.url}/v1/sessions", headers=h).json()
    r = httpx.post(
        f"{server.url}/v1/sessions/{session['id']}/messages",
        json={"message": FIRST, "stream": True},
        headers=h,
        timeout=30,
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = read_events(r)
    names = [name for name, _ in events]
    assert names[-2:] == ["answer", "done"]
    assert names.count("answer") == 1 and names.count("done") == 1
    assert set(names[:-2]) == {"step", "token"} and names.index("token") > names.index("step")
    answer = json.loads(events[-2][1])
    assert "15 CFR 734.13" in answer["citations"] and answer["evidence"]
    assert "".join(json.loads(d)["text"] for n, d in events if n == "token") == answer["answer"]
    steps = [json.loads(d) for n, d in events if n == "step"]
    assert [s["finding"] for s in steps] == [s["finding"] for s in answer["steps"]]
    assert json.loads(events[-1][1]) == {"session_id": session["id"], "turn": 1}
    # The streamed turn was stored like any other.
    stored = httpx.get(f"{server.url}/v1/sessions/{session['id']}", headers=h).json()
    assert stored["turns"][0]["answer"] == answer


def test_a_session_survives_a_server_restart(local: Server) -> None:
    server = local  # no key configured: local requests act as an admin
    me = httpx.get(f"{server.url}/v1/me").json()
    assert (me["role"], me["auth_required"]) == ("admin", False)
    session = httpx.post(f"{server.url}/v1/sessions", json={}).json()
    url = f"/v1/sessions/{session['id']}"
    httpx.post(f"{server.url}{url}/messages", json={"message": FIRST}, timeout=30).raise_for_status()

    server.stop()
    server.start()

    restored = httpx.get(server.url + url).json()
    assert [t["message"] for t in restored["turns"]] == [FIRST]
    second = httpx.post(f"{server.url}{url}/messages", json={"message": SECOND}, timeout=30).json()
    assert "ECCN 3E001" in second["facts"]["classifications"] and "France" in second["facts"]["destinations"]
