"""API keys and roles: who may call what, and the one ownership rule for sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from api.cli import app
from api.keys import KeyStore
from tests.api.conftest import REPO, Keys, Server, bearer, error_of


def test_without_a_key_the_request_is_refused_with_the_header_to_send(server: Server) -> None:
    r = httpx.post(f"{server.url}/v1/ask", json={"question": "Is a deemed export an export?"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer KEY" in error_of(r)["message"]


def test_a_wrong_key_is_refused_and_x_api_key_is_accepted(server: Server, keys: Keys) -> None:
    assert httpx.get(f"{server.url}/v1/me", headers=bearer("itt_bad_key")).status_code == 401
    me = httpx.get(f"{server.url}/v1/me", headers={"X-API-Key": keys.officer}).json()
    assert (me["name"], me["role"], me["auth_required"]) == ("olga", "officer", True)


def test_an_exporter_cannot_see_another_exporters_session(server: Server, keys: Keys) -> None:
    session = httpx.post(f"{server.url}/v1/sessions", json={}, headers=bearer(keys.alice)).json()
    url = f"{server.url}/v1/sessions/{session['id']}"
    assert httpx.get(url, headers=bearer(keys.alice)).status_code == 200

    foreign = httpx.get(url, headers=bearer(keys.bob))
    absent = httpx.get(f"{server.url}/v1/sessions/no-such-session", headers=bearer(keys.bob))
    assert foreign.status_code == absent.status_code == 404  # indistinguishable from a missing one
    post = httpx.post(f"{url}/messages", json={"message": "Is this an export?"}, headers=bearer(keys.bob))
    assert post.status_code == 404
    assert session["id"] not in {
        s["id"] for s in httpx.get(f"{server.url}/v1/sessions", headers=bearer(keys.bob)).json()
    }

    # Officers review exporters' conversations; admins see everything.
    assert httpx.get(url, headers=bearer(keys.officer)).status_code == 200
    assert httpx.get(url, headers=bearer(keys.admin)).status_code == 200


@pytest.mark.parametrize("path", ["/v1/keys", "/v1/audit"])
def test_only_admins_manage_keys_and_read_the_audit_log(server: Server, keys: Keys, path: str) -> None:
    for key in (keys.alice, keys.officer):
        r = httpx.get(server.url + path, headers=bearer(key))
        assert r.status_code == 403 and "admin" in error_of(r)["message"]
    assert httpx.get(server.url + path, headers=bearer(keys.admin)).status_code == 200


def test_an_admin_creates_and_revokes_a_key_over_the_api(server: Server, keys: Keys) -> None:
    created = httpx.post(
        f"{server.url}/v1/keys", json={"name": "carol", "role": "exporter"}, headers=bearer(keys.admin)
    )
    assert created.status_code == 201
    new = created.json()
    assert new["key"].startswith(f"itt_{new['id']}_")
    assert httpx.get(f"{server.url}/v1/me", headers=bearer(new["key"])).json()["name"] == "carol"
    listed = httpx.get(f"{server.url}/v1/keys", headers=bearer(keys.admin)).json()
    assert all("key" not in k and "hash" not in k for k in listed)

    revoked = httpx.delete(f"{server.url}/v1/keys/{new['id']}", headers=bearer(keys.admin))
    assert revoked.status_code == 200 and revoked.json()["revoked"]
    assert httpx.get(f"{server.url}/v1/me", headers=bearer(new["key"])).status_code == 401
    bad_role = httpx.post(f"{server.url}/v1/keys", json={"name": "x", "role": "root"}, headers=bearer(keys.admin))
    assert bad_role.status_code == 422


def test_keys_cli_prints_the_key_once_and_stores_only_its_hash(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"ITT_DATA_DIR": str(tmp_path)}
    created = runner.invoke(app, ["keys", "create", "--role", "officer", "--name", "alice"], env=env)
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert key.startswith("itt_") and "not shown again" in created.stderr
    assert key.encode() not in (tmp_path / "keys.sqlite3").read_bytes()
    store = KeyStore(tmp_path)
    assert store.verify(key) is not None and store.verify(key).role == "officer"

    listed = runner.invoke(app, ["keys", "list"], env=env)
    assert "alice" in listed.stdout and "officer" in listed.stdout and key not in listed.stdout
    assert runner.invoke(app, ["keys", "revoke", "alice"], env=env).exit_code == 0
    assert store.verify(key) is None and "revoked" in runner.invoke(app, ["keys", "list"], env=env).stdout


def test_without_keys_the_server_refuses_a_public_interface(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--host", "0.0.0.0", "--port", "9"],
        cwd=REPO,
        env={**os.environ, "ITT_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "listens only on 127.0.0.1, not 0.0.0.0" in result.stderr
    assert "itt keys create --role admin" in result.stderr
