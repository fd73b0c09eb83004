"""`itt keys create|list|revoke`: API keys with a role (officer, exporter, admin)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from api.commands import load_settings

app = typer.Typer(help="API keys for the HTTP service: create, list, revoke.", no_args_is_help=True)


def _store():
    from api.keys import KeyStore

    return KeyStore(load_settings().data_dir)


@app.command("create")
def create(
    role: Annotated[str, typer.Option(help="officer, exporter or admin.")],
    name: Annotated[str, typer.Option(help="Who or what uses the key.")],
) -> None:
    """Create a key and print it once; only its hash is stored."""
    record, key = _store().create(name, role)
    typer.echo(key)
    typer.echo(f"Key {record.id} for {record.name!r} ({record.role}). Store it now: it is not shown again.", err=True)


@app.command("list")
def list_keys(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every key with its id, name, role and state (secrets are never shown)."""
    keys = _store().list()
    if as_json:
        typer.echo(json.dumps([vars(k) for k in keys], indent=2))
        return
    if not keys:
        typer.echo("No keys: the server answers only local requests. Create one with `itt keys create`.")
    for k in keys:
        state = f"revoked {k.revoked}" if k.revoked else "active"
        typer.echo(f"{k.id}  {k.role:<8}  {k.name:<24}  created {k.created}  {state}")


@app.command("revoke")
def revoke(key: Annotated[str, typer.Argument(help="The key's id or name.")]) -> None:
    """Revoke a key at once; requests with it get 401."""
    record = _store().revoke(key)
    typer.echo(f"Revoked key {record.id} ({record.name}, {record.role}).")
