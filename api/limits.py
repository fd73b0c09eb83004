"""Request limits: the body size (checked before the body is read) and a per-key rate limit."""

from __future__ import annotations

import math
import threading
import time

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import RateLimited, error_response


def _too_large_message(limit: int) -> str:
    return f"The request body is larger than {limit:,} bytes (ITT_API_MAX_BODY_BYTES)."


class BodyLimit:
    """Pure ASGI middleware: a declared Content-Length over the limit is refused at once; a
    chunked body is counted as it arrives and refused when it passes the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await error_response(413, _too_large_message(self.max_bytes))(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # FastAPI re-raises HTTPException from body parsing; the error handler renders it.
                    raise HTTPException(413, _too_large_message(self.max_bytes))
            return message

        await self.app(scope, counted, send)


class RateLimiter:
    """A token bucket per API key: `per_minute` requests as a burst, refilled evenly."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key_id: str) -> None:
        """Take one token for `key_id` or raise `RateLimited` with the seconds until the next one."""
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key_id, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[key_id] = (tokens, now)
                raise RateLimited(max(1, math.ceil((1.0 - tokens) / rate)))
            self._buckets[key_id] = (tokens - 1.0, now)
