"""`create_app(settings)`: the HTTP service around the same `Assistant` the CLI uses.

The model and the index are loaded at start-up (lifespan), so the first question is as fast as
the rest; if the index is missing the server still starts and `/readyz` says why.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from api.deps import Services
from api.errors import install_error_handlers
from api.routes import admin, ask, chat, check, health, me, sessions, sources
from assistant.errors import ITTError
from assistant.pipeline import Assistant
from assistant.settings import Settings

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("itt.api")

# The web UI loads nothing from elsewhere and runs no inline script.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def warm_up(services: Services) -> None:
    """Load the model, open the index and answer one question (not audited), so the first
    request is as fast as the rest."""
    assistant = services.assistant
    assistant.embedder.embed_query("warm up")
    services.model_loaded = True
    try:
        assistant.ask("Can I e-mail ECCN 3E001 technology to an engineer in Germany?")
    except ITTError as e:
        log.warning("Not ready: %s", e.message)


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    services = Services.build(settings, assistant)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(warm_up, services)
        yield
        services.close()

    app = FastAPI(
        title="ITT review assistant",
        version="0.1.0",
        summary="Cited determinations for intangible technology transfers under export-control law.",
        lifespan=lifespan,
        telemetry={"auto_configure": False},
    )
    app.state.services = services
    install_error_handlers(app)
    app.add_middleware(  # the pre-check route takes larger uploads than the rest
        check.UploadBodyLimit, max_bytes=settings.api_max_body_bytes, upload_bytes=settings.check_max_upload_bytes
    )
    for router in (
        health.router,
        ask.router,
        sessions.router,
        chat.router,
        sources.sources_router,
        sources.passages_router,
        check.router,
        admin.keys_router,
        admin.audit_router,
        me.router,
    ):
        app.include_router(router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": _CSP})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
