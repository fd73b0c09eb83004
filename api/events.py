"""Server-sent events of a session turn: the reasons (`step`), the answer text (`token`), the
full answer object (`answer`), then `done`. The answer object always comes last but one, so a
client that reads to `done` has every citation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from api.openai_compat import pieces
from assistant.answer import Answer

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def turn_events(session_id: str, turn: int, answer: Answer) -> Iterator[str]:
    for n, step in enumerate(answer.steps, 1):
        yield sse("step", {"n": n, **step.model_dump(mode="json")})
    for piece in pieces(answer.answer):
        yield sse("token", {"text": piece})
    yield sse("answer", answer.model_dump(mode="json"))
    yield sse("done", {"session_id": session_id, "turn": turn})
