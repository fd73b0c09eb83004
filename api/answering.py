"""Where the service computes answers: on a bounded thread pool, under the request timeout, with
the audit record written before the caller gets the answer.

Every answering route goes through `Answering`, so the timeout, the audit log and the session
bookkeeping cannot be forgotten by one of them.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from api.audit import AuditLog
from api.errors import AnswerTimeout
from api.keys import User
from api.sessions import ConversationCache, SessionRecord, SessionStore, replay_conversation, restore_conversation
from assistant.answer import Answer
from assistant.conversation import Conversation
from assistant.pipeline import Assistant
from assistant.settings import Settings

T = TypeVar("T")


def chat_key(user: User, jurisdiction: str | None, messages: Sequence[str]) -> str:
    """Cache key of a stateless chat history (OpenAI-style requests resend every message)."""
    raw = "\x1e".join([user.key_id, jurisdiction or "", *messages])
    return "chat:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


class Answering:
    def __init__(self, settings: Settings, assistant: Assistant, audit: AuditLog, sessions: SessionStore) -> None:
        self.settings = settings
        self.assistant = assistant
        self.audit = audit
        self.sessions = sessions
        self.cache = ConversationCache()
        self._pool = ThreadPoolExecutor(settings.api_answer_workers, thread_name_prefix="itt-answer")
        self._locks: weakref.WeakValueDictionary[str, threading.Lock] = weakref.WeakValueDictionary()
        self._locks_guard = threading.Lock()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _run(self, work: Callable[[], T]) -> T:
        """Run `work` on the pool; give up after the request timeout (the work may still finish,
        but its result is dropped: nothing is audited or stored for it)."""
        future = self._pool.submit(work)
        try:
            return future.result(timeout=self.settings.api_request_timeout_s)
        except FutureTimeout:
            future.cancel()
            raise AnswerTimeout(
                f"No answer within {self.settings.api_request_timeout_s:g} s (ITT_API_REQUEST_TIMEOUT_S); "
                "the server is busy or the question is too broad. Try again or narrow it."
            ) from None

    def _session_lock(self, session_id: str) -> threading.Lock:
        with self._locks_guard:
            lock = self._locks.get(session_id)
            if lock is None:
                lock = threading.Lock()
                self._locks[session_id] = lock
            return lock

    def ask(self, user: User, question: str, jurisdiction: str | None) -> Answer:
        answer = self._run(lambda: self.assistant.ask(question, jurisdiction))
        self.audit.append(user, "ask", answer)
        return answer

    def send(self, user: User, session: SessionRecord, message: str) -> tuple[int, Answer]:
        """One turn of a stored session; returns the turn number and the answer."""

        def turn() -> Answer:
            conversation = restore_conversation(self.assistant, session.jurisdiction, self.sessions.turns(session.id))
            return conversation.send(message)

        with self._session_lock(session.id):  # one turn at a time per session, in order
            answer = self._run(turn)
            self.audit.append(user, "session", answer, session.id)
            n = self.sessions.add_turn(session.id, user, message, answer)
        return n, answer

    def complete(self, user: User, messages: Sequence[str], jurisdiction: str | None) -> Answer:
        """Answer the last user message of a chat history, with facts from the earlier ones."""
        prior, last = list(messages[:-1]), messages[-1]

        def turn() -> tuple[Conversation, Answer]:
            conversation = self.cache.take(chat_key(user, jurisdiction, prior)) or replay_conversation(
                self.assistant, jurisdiction, prior
            )
            return conversation, conversation.send(last)

        conversation, answer = self._run(turn)
        self.audit.append(user, "chat", answer)
        self.cache.put(chat_key(user, jurisdiction, messages), conversation)
        return answer
