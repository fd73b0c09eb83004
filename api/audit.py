"""The audit log: every answered question, appended to SQLite before the answer is sent.

WAL mode with `synchronous=FULL` makes each append durable when `append` returns; triggers refuse
UPDATE and DELETE, and this module has no path that edits a record, so the log is append-only.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from api.db import Database
from api.keys import User
from assistant.answer import Answer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    key_id TEXT NOT NULL,
    role TEXT NOT NULL,
    channel TEXT NOT NULL,
    session_id TEXT,
    question TEXT NOT NULL,
    jurisdictions TEXT NOT NULL,
    facts TEXT,
    determination TEXT,
    citations TEXT NOT NULL,
    corpus_build TEXT,
    latency_ms REAL NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

COLUMNS = (
    "id", "at", "user", "key_id", "role", "channel", "session_id", "question", "jurisdictions",
    "facts", "determination", "citations", "corpus_build", "latency_ms", "answer",
)  # fmt: skip
_JSON_COLUMNS = ("jurisdictions", "facts", "citations", "answer")


class AuditLog:
    def __init__(self, data_dir: Path) -> None:
        self.db = Database(data_dir / "audit.sqlite3", _SCHEMA)

    def append(self, user: User, channel: str, answer: Answer, session_id: str | None = None) -> int:
        """Record one answered question; durable on return."""
        row = (
            datetime.now(UTC).isoformat(timespec="milliseconds"),
            user.name,
            user.key_id,
            user.role,
            channel,
            session_id,
            answer.question,
            json.dumps(answer.jurisdictions),
            json.dumps(answer.facts) if answer.facts is not None else None,
            answer.determination,
            json.dumps(answer.citations),
            str(answer.corpus.get("build", "")) or None,
            answer.latency_ms,
            answer.model_dump_json(),
        )
        with self.db.transaction() as conn:
            cursor = conn.execute(f"INSERT INTO audit ({', '.join(COLUMNS[1:])}) VALUES ({', '.join('?' * 14)})", row)
        return int(cursor.lastrowid or 0)

    def records(
        self, since: str | None = None, until: str | None = None, after_id: int = 0, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Records in the order written; `since`/`until` are ISO dates or times (UTC), `until` exclusive."""
        sql = f"SELECT {', '.join(COLUMNS)} FROM audit WHERE id > ?"
        params: list[Any] = [after_id]
        if since:
            sql += " AND at >= ?"
            params.append(since)
        if until:
            sql += " AND at < ?"
            params.append(until)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_decode(dict(row)) for row in self.db.query(sql, tuple(params))]


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for column in _JSON_COLUMNS:
        if row[column] is not None:
            row[column] = json.loads(row[column])
    return row


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One flat row per record: lists and facts as JSON text, the answer as its text only."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        flat = dict(record)
        flat["answer"] = (record["answer"] or {}).get("answer", "")
        for column in ("jurisdictions", "facts", "citations"):
            if flat[column] is not None:
                flat[column] = json.dumps(flat[column], ensure_ascii=False)
        writer.writerow([flat[c] for c in COLUMNS])
        count += 1
    return count
