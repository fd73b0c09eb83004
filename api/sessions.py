"""Chat sessions kept in SQLite, so a conversation survives a server restart.

A session stores its turns (message and answer, which carries the facts known after it); the live
`Conversation` is rebuilt from them by `restore_conversation`.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from api.db import Database
from api.keys import User
from assistant.answer import Answer
from assistant.conversation import Conversation
from assistant.pipeline import Assistant

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    jurisdiction TEXT,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    n INTEGER NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    message TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (session_id, n)
);
"""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    owner: str
    owner_name: str
    jurisdiction: str | None
    created: str


@dataclass(frozen=True)
class Turn:
    n: int
    at: str
    user: str
    message: str
    answer: Answer


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class SessionStore:
    def __init__(self, data_dir: Path) -> None:
        self.db = Database(data_dir / "sessions.sqlite3", _SCHEMA)

    def create(self, owner: User, jurisdiction: str | None) -> SessionRecord:
        record = SessionRecord(secrets.token_urlsafe(12), owner.key_id, owner.name, jurisdiction, _now())
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO sessions (id, owner, owner_name, jurisdiction, created) VALUES (?, ?, ?, ?, ?)",
                (record.id, record.owner, record.owner_name, record.jurisdiction, record.created),
            )
        return record

    def get(self, session_id: str) -> SessionRecord | None:
        rows = self.db.query("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return SessionRecord(**dict(rows[0])) if rows else None

    def list(self, owner: str | None = None, limit: int = 100) -> list[SessionRecord]:
        """Newest first; `owner` limits the list to one key's sessions."""
        if owner is None:
            rows = self.db.query("SELECT * FROM sessions ORDER BY created DESC LIMIT ?", (limit,))
        else:
            rows = self.db.query("SELECT * FROM sessions WHERE owner = ? ORDER BY created DESC LIMIT ?", (owner, limit))
        return [SessionRecord(**dict(row)) for row in rows]

    def turns(self, session_id: str) -> list[Turn]:
        rows = self.db.query(
            "SELECT n, at, user, message, answer FROM turns WHERE session_id = ? ORDER BY n", (session_id,)
        )
        return [
            Turn(row["n"], row["at"], row["user"], row["message"], Answer.model_validate_json(row["answer"]))
            for row in rows
        ]

    def add_turn(self, session_id: str, user: User, message: str, answer: Answer) -> int:
        with self.db.transaction() as conn:
            n = conn.execute(
                "SELECT COALESCE(MAX(n), 0) + 1 FROM turns WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO turns (session_id, n, at, user, message, answer) VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, n, _now(), user.name, message, answer.model_dump_json()),
            )
        return int(n)


def restore_conversation(assistant: Assistant, jurisdiction: str | None, turns: Sequence[Turn]) -> Conversation:
    """The live conversation of a stored session: its turns and the facts known after the last."""
    facts = turns[-1].answer.facts if turns else None
    return Conversation.from_dict(
        assistant,
        {
            "jurisdiction": jurisdiction,
            "facts": facts or {},
            "turns": [{"message": t.message, "answer": t.answer.model_dump()} for t in turns],
        },
    )


def replay_conversation(assistant: Assistant, jurisdiction: str | None, messages: Sequence[str]) -> Conversation:
    """A conversation rebuilt from user messages alone (an OpenAI-style chat resends only text)."""
    conversation = Conversation(assistant, jurisdiction)
    for message in messages:
        conversation.send(message)
    return conversation


class ConversationCache:
    """Recently used live conversations, so a new turn does not replay the whole history.

    `take` removes the entry: a request that fails or times out never leaves a half-updated
    conversation behind; the next turn then rebuilds it from the stored turns.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> Conversation | None:
        with self._lock:
            return self._items.pop(key, None)

    def put(self, key: str, conversation: Conversation) -> None:
        with self._lock:
            self._items[key] = conversation
            while len(self._items) > self.size:
                self._items.popitem(last=False)
