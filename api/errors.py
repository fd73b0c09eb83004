"""HTTP-only errors and the one place every error becomes the JSON shape
`{"error": {"status": int, "message": str}}`.

Domain errors (`ITTError` and subclasses) carry their status; validation errors, oversized bodies,
unknown routes and unexpected failures are mapped here too, so a client never sees another shape
and never a stack trace.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from assistant.errors import ITTError

log = logging.getLogger("itt.api")


class Unauthorized(ITTError):
    status = 401
    headers: ClassVar[dict[str, str]] = {"WWW-Authenticate": "Bearer"}


class Forbidden(ITTError):
    status = 403


class RateLimited(ITTError):
    status = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"Rate limit reached for this API key; retry in {retry_after} s (ITT_API_RATE_LIMIT_PER_MINUTE)."
        )
        self.headers = {"Retry-After": str(retry_after)}


class AnswerTimeout(ITTError):
    status = 504


class NotImplementedYet(ITTError):
    status = 501


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def _on_itt_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ITTError)
    return error_response(exc.status, exc.message, getattr(exc, "headers", None))


def describe_validation(exc: RequestValidationError) -> tuple[int, str]:
    """A malformed JSON body is a 400; a well-formed body with wrong fields is a 422 naming them."""
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = next(e for e in errors if e.get("type") == "json_invalid")
        reason = (detail.get("ctx") or {}).get("error", "invalid JSON")
        return 400, f"The request body is not valid JSON ({reason}). Send a JSON object."
    parts = []
    for e in errors[:3]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return 422, "Invalid request: " + "; ".join(parts) + more


def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(*describe_validation(exc))


def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"No route {request.method} {request.url.path}. See /docs for the API."
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}."
    return error_response(exc.status_code, message, dict(exc.headers or {}))


def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "Internal error; the server log has the details.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ITTError, _on_itt_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(HTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)
