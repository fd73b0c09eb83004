"""`POST /v1/check`: the document pre-check over HTTP.

Multipart upload: one or more `file` fields, and optionally `format=html` (the printable report
instead of JSON) and `keep=true` (store the reports, never the documents, under
`data_dir/checks/`). The body is parsed in memory (python-multipart's parser, no spooling to
temporary files): nothing is written unless `keep` asks for it. A file that cannot be read is
listed under `errors` and the others are still checked; when every file fails, the answer is the
error of the first one.

`UploadBodyLimit` lets this one route take bodies up to `ITT_CHECK_MAX_UPLOAD_BYTES` while every
other route keeps the service's `ITT_API_MAX_BODY_BYTES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.checking import Checker, Outcome
from api.deps import CurrentUser, Services, ServicesDep
from api.errors import error_response
from api.limits import BodyLimit
from assistant.errors import BadInput
from assistant.settings import Settings
from ingest.documents.limits import check_upload

router = APIRouter(prefix="/v1/check", tags=["check"])
PATH = "/v1/check"
_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_TRUE = {"1", "true", "yes", "on"}


class UploadBodyLimit:
    """The service's body limit, with the pre-check's larger upload limit on its own path."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_bytes: int) -> None:
        self.default = BodyLimit(app, max_bytes=max_bytes)
        self.upload = BodyLimit(app, max_bytes=max(max_bytes, upload_bytes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        upload = scope["type"] == "http" and scope.get("path", "").rstrip("/") == PATH
        await (self.upload if upload else self.default)(scope, receive, send)


@dataclass
class Part:
    name: str = ""
    filename: str | None = None
    data: bytearray = field(default_factory=bytearray)


def parse_multipart(content_type: str, body: bytes, max_parts: int = 200) -> list[Part]:
    """The fields of a multipart/form-data body, in memory."""
    from python_multipart.exceptions import MultipartParseError
    from python_multipart.multipart import MultipartParser, parse_options_header

    kind, params = parse_options_header(content_type.encode("latin-1", "replace"))
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise BadInput("Send the documents as multipart/form-data, one `file` field per document.")
    parts: list[Part] = []
    header: dict[str, bytes] = {"field": b"", "value": b""}

    def on_part_begin() -> None:
        if len(parts) >= max_parts:
            raise BadInput(f"More than {max_parts} form fields; send fewer files per request.")
        parts.append(Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header["value"] += data[start:end]

    def on_header_end() -> None:
        if header["field"].lower() == b"content-disposition":
            _, options = parse_options_header(header["value"])
            parts[-1].name = options.get(b"name", b"").decode("utf-8", "replace")
            if b"filename" in options:
                parts[-1].filename = options[b"filename"].decode("utf-8", "replace") or "upload"
        header["field"], header["value"] = b"", b""

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data += data[start:end]

    callbacks = {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_part_data": on_part_data,
    }  # fmt: skip
    try:
        parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
        parser.write(body)
        parser.finalize()
    except MultipartParseError as e:
        raise BadInput(f"The multipart body is malformed ({e}).") from e
    return parts


def _checker(request: Request, settings: Settings, services: Services) -> Checker:
    checker = getattr(request.app.state, "checker", None)
    if checker is None:
        checker = Checker(settings, services.assistant)
        request.app.state.checker = checker
    return checker


_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "format": {"type": "string", "enum": ["json", "html"], "default": "json"},
                        "keep": {"type": "boolean", "default": False},
                    },
                }
            }
        },
    }
}


@router.post("", openapi_extra=_OPENAPI, responses={200: {"description": "Reports and per-file errors."}})
async def check_documents(request: Request, user: CurrentUser, services: ServicesDep) -> Response:
    """Screen uploaded documents or e-mails: located, cited findings and an overall outcome per file."""
    settings = services.settings
    checker = _checker(request, settings, services)
    body = await request.body()
    parts = parse_multipart(request.headers.get("content-type", ""), body)
    files = [p for p in parts if p.filename is not None]
    options = {p.name: p.data.decode("utf-8", "replace").strip() for p in parts if p.filename is None}
    if not files:
        raise BadInput("No document in the request: send one or more `file` fields (multipart/form-data).")
    check_upload(sum(len(p.data) for p in files), checker.limits)
    checker.ready()  # IndexMissing (503) before any file is read
    outcomes: list[Outcome] = await run_in_threadpool(checker.batch, [(p.filename or "upload", bytes(p.data)) for p in files])
    reports = [o.report for o in outcomes if o.report is not None]
    failed = [o for o in outcomes if o.report is None]
    if not reports:
        message = "; ".join(o.error or "" for o in failed)
        return error_response(failed[0].status, message)
    kept = [str(checker.keep(r)) for r in reports] if options.get("keep", "").lower() in _TRUE else []
    if (request.query_params.get("format") or options.get("format", "json")).lower() == "html":
        from api.check_html import render_html

        page = render_html(reports, [(o.file, o.error or "") for o in failed])
        return HTMLResponse(page, headers={"Content-Security-Policy": _REPORT_CSP})
    return JSONResponse({
        "reports": [r.model_dump(mode="json") for r in reports],
        "errors": [{"file": o.file, "status": o.status, "message": o.error} for o in failed],
        "kept": kept,
    })  # fmt: skip
