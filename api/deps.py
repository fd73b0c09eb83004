"""Dependencies shared by the routers: the process's services, the caller, and the one
ownership check for sessions."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from api.answering import Answering
from api.audit import AuditLog
from api.errors import Forbidden, Unauthorized
from api.keys import LOCAL_ADMIN, KeyStore, User
from api.limits import RateLimiter
from api.sessions import SessionRecord, SessionStore
from assistant.errors import NotFound
from assistant.pipeline import Assistant
from assistant.settings import Settings


@dataclass
class Services:
    """Everything one server process holds, built once by `create_app`."""

    settings: Settings
    assistant: Assistant
    keys: KeyStore
    audit: AuditLog
    sessions: SessionStore
    answering: Answering
    limiter: RateLimiter
    model_loaded: bool = False

    @classmethod
    def build(cls, settings: Settings, assistant: Assistant | None = None) -> Services:
        assistant = assistant or Assistant(settings)
        audit = AuditLog(settings.data_dir)
        sessions = SessionStore(settings.data_dir)
        return cls(
            settings=settings,
            assistant=assistant,
            keys=KeyStore(settings.data_dir),
            audit=audit,
            sessions=sessions,
            answering=Answering(settings, assistant, audit, sessions),
            limiter=RateLimiter(settings.api_rate_limit_per_minute),
        )

    def close(self) -> None:
        self.answering.close()
        for store in (self.keys, self.audit, self.sessions):
            store.db.close()


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_settings(services: ServicesDep) -> Settings:
    return services.settings


def get_assistant(services: ServicesDep) -> Assistant:
    return services.assistant


SettingsDep = Annotated[Settings, Depends(get_settings)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]


def presented_key(request: Request) -> str | None:
    """The key from `Authorization: Bearer KEY` or `X-API-Key: KEY`."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-api-key", "").strip() or None


def is_loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def current_user(request: Request, services: ServicesDep) -> User:
    """The caller: a valid key when any key exists; otherwise local requests act as an admin."""
    key = presented_key(request)
    if services.keys.any_active():
        if key is None:
            raise Unauthorized(
                "This server requires an API key: send `Authorization: Bearer KEY` or `X-API-Key: KEY`. "
                "An admin creates keys with `itt keys create --role exporter --name NAME`."
            )
        user = services.keys.verify(key)
        if user is None:
            raise Unauthorized("Unknown or revoked API key; ask an admin for a new one (`itt keys list`).")
    elif is_loopback(request):
        user = LOCAL_ADMIN
    else:
        raise Unauthorized(
            "No API key is configured, so this server answers only requests from this machine. "
            "Create one with `itt keys create --role admin --name NAME`."
        )
    services.limiter.check(user.key_id)
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def admin_user(user: CurrentUser) -> User:
    if user.role != "admin":
        raise Forbidden(f"This needs an admin key; the key {user.name!r} has the role {user.role!r}.")
    return user


AdminUser = Annotated[User, Depends(admin_user)]


def visible_session(session_id: str, user: CurrentUser, services: ServicesDep) -> SessionRecord:
    """The session, if the caller may see it. Exporters see only their own; for anyone else's the
    answer is the same 404 as for a session that does not exist, so ids cannot be probed."""
    session = services.sessions.get(session_id)
    if session is None or not (user.reads_all_sessions or session.owner == user.key_id):
        raise NotFound(f"No session {session_id!r}. Start one with POST /v1/sessions.")
    return session


VisibleSession = Annotated[SessionRecord, Depends(visible_session)]


def get_answering(services: ServicesDep) -> Answering:
    return services.answering


AnsweringDep = Annotated[Answering, Depends(get_answering)]
