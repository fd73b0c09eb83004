"""Admin resources: API keys (`/v1/keys`) and the audit log (`GET /v1/audit`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import AdminUser, ServicesDep
from api.schemas import AuditPage, AuditRecordOut, KeyCreate, KeyCreated, KeyOut

keys_router = APIRouter(prefix="/v1/keys", tags=["admin"])
audit_router = APIRouter(prefix="/v1/audit", tags=["admin"])


@keys_router.get("", response_model=list[KeyOut])
def list_keys(admin: AdminUser, services: ServicesDep) -> list[KeyOut]:
    return [KeyOut(**vars(k)) for k in services.keys.list()]


@keys_router.post("", response_model=KeyCreated, status_code=201)
def create_key(body: KeyCreate, admin: AdminUser, services: ServicesDep) -> KeyCreated:
    """Create a key; the secret is in this response only."""
    record, key = services.keys.create(body.name, body.role)
    return KeyCreated(**vars(record), key=key)


@keys_router.delete("/{key_id}", response_model=KeyOut)
def revoke_key(key_id: str, admin: AdminUser, services: ServicesDep) -> KeyOut:
    return KeyOut(**vars(services.keys.revoke(key_id)))


@audit_router.get("", response_model=AuditPage)
def read_audit(
    admin: AdminUser,
    services: ServicesDep,
    since: Annotated[str | None, Query(description="ISO date or time (UTC), inclusive.")] = None,
    until: Annotated[str | None, Query(description="ISO date or time (UTC), exclusive.")] = None,
    after: Annotated[int, Query(ge=0, description="Return records after this id (paging).")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> AuditPage:
    """Audit records in the order written."""
    records = services.audit.records(since, until, after, limit)
    next_after = records[-1]["id"] if len(records) == limit else None
    return AuditPage(records=[AuditRecordOut(**r) for r in records], next_after=next_after)
