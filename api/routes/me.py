"""`GET /v1/me`: who the key belongs to and what this server offers (the web UI reads it)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import CurrentUser, ServicesDep
from api.schemas import Me

router = APIRouter(prefix="/v1/me", tags=["me"])


@router.get("", response_model=Me)
def me(user: CurrentUser, services: ServicesDep) -> Me:
    return Me(
        name=user.name,
        role=user.role,
        key_id=user.key_id,
        auth_required=services.keys.any_active(),
        features={"check": True},
    )
