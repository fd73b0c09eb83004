"""`itt serve`: the HTTP API and web UI on uvicorn."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from api.commands import load_settings
from assistant.errors import ITTError


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: Annotated[
        str, typer.Option(help="Interface to listen on; other than 127.0.0.1 needs API keys.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the API and the web chat UI (loads the model and index before accepting requests)."""
    import uvicorn

    from api.app import create_app
    from api.keys import KeyStore

    settings = load_settings()
    active = sum(1 for k in KeyStore(settings.data_dir).list() if k.active)
    if not active and not is_loopback_host(host):
        raise ITTError(
            f"No API key is configured, so the server listens only on 127.0.0.1, not {host}. "
            f"Create a key first (`itt keys create --role admin --name NAME`), then run `itt serve --host {host}`."
        )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"ITT review assistant at http://{shown}:{port}/ (API docs at /docs); loading the model and index…")
    if active:
        typer.echo(f"API keys required ({active} active); send `Authorization: Bearer KEY`.")
    else:
        typer.echo("No API key configured: listening on this machine only; every request acts as a local admin.")
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        timeout_graceful_shutdown=5,
    )
