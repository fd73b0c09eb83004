"""API keys: created by an admin, shown once, stored only as a SHA-256 hash.

A key is `itt_<id>_<secret>`; the id is public (it names the key in lists, the audit log and
session ownership), the secret is 32 random bytes, so an unsalted hash is enough to look it up.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args

from api.db import Database
from assistant.errors import BadInput, NotFound

Role = Literal["officer", "exporter", "admin"]
ROLES: tuple[str, ...] = get_args(Role)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('officer', 'exporter', 'admin')),
    hash TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    revoked TEXT
);
"""


@dataclass(frozen=True)
class User:
    """Who is calling: the key's id and name, and its role."""

    key_id: str
    name: str
    role: str

    @property
    def reads_all_sessions(self) -> bool:
        """Officers review exporters' conversations; exporters see only their own."""
        return self.role in ("officer", "admin")


LOCAL_ADMIN = User(key_id="local", name="local", role="admin")


@dataclass(frozen=True)
class KeyRecord:
    id: str
    name: str
    role: str
    created: str
    revoked: str | None

    @property
    def active(self) -> bool:
        return self.revoked is None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class KeyStore:
    def __init__(self, data_dir: Path) -> None:
        self.db = Database(data_dir / "keys.sqlite3", _SCHEMA)

    def create(self, name: str, role: str) -> tuple[KeyRecord, str]:
        """A new key; the secret is returned here and never again."""
        name = name.strip()
        if not name:
            raise BadInput("A key needs a name (who or what uses it), e.g. --name alice.")
        if role not in ROLES:
            raise BadInput(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        key_id = secrets.token_hex(4)
        key = f"itt_{key_id}_{secrets.token_urlsafe(32)}"
        record = KeyRecord(key_id, name, role, _now(), None)
        with self.db.transaction() as conn:
            taken = conn.execute("SELECT 1 FROM keys WHERE name = ? AND revoked IS NULL", (name,)).fetchone()
            if taken:
                raise BadInput(f"An active key named {name!r} exists; revoke it first or pick another name.")
            conn.execute(
                "INSERT INTO keys (id, name, role, hash, created) VALUES (?, ?, ?, ?, ?)",
                (key_id, name, role, hash_key(key), record.created),
            )
        return record, key

    def list(self) -> list[KeyRecord]:
        rows = self.db.query("SELECT id, name, role, created, revoked FROM keys ORDER BY created, id")
        return [KeyRecord(**dict(row)) for row in rows]

    def revoke(self, id_or_name: str) -> KeyRecord:
        """Revoke the active key with this id (or, failing that, this name)."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM keys WHERE revoked IS NULL AND (id = ? OR name = ?) ORDER BY id = ? DESC LIMIT 1",
                (id_or_name, id_or_name, id_or_name),
            ).fetchone()
            if row is None:
                raise NotFound(f"No active key with id or name {id_or_name!r}; `itt keys list` shows them.")
            conn.execute("UPDATE keys SET revoked = ? WHERE id = ?", (_now(), row["id"]))
        return next(k for k in self.list() if k.id == row["id"])

    def verify(self, key: str) -> User | None:
        rows = self.db.query("SELECT id, name, role FROM keys WHERE hash = ? AND revoked IS NULL", (hash_key(key),))
        return User(key_id=rows[0]["id"], name=rows[0]["name"], role=rows[0]["role"]) if rows else None

    def any_active(self) -> bool:
        return bool(self.db.query("SELECT 1 FROM keys WHERE revoked IS NULL LIMIT 1"))
