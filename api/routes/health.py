"""Liveness (`/healthz`: the process answers) and readiness (`/readyz`: model loaded, index
readable, vector store reachable; 503 with the reason otherwise)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ServicesDep
from api.schemas import Health, Ready
from assistant.errors import ITTError, StoreUnavailable
from assistant.store import chroma_client

router = APIRouter(tags=["health"])


class NotReady(ITTError):
    status = 503


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    return Health()


@router.get("/readyz", response_model=Ready)
def readyz(services: ServicesDep) -> Ready:
    if not services.model_loaded:
        raise NotReady("The embedding model is not loaded yet; the server is starting.")
    index = services.assistant.index  # IndexMissing (503) names `itt ingest`
    if not index.build.chunks_path.exists():
        raise NotReady(f"The index build {index.build.id} in use was removed; restart the server.")
    try:
        chroma_client(services.settings, index.build).heartbeat()
    except StoreUnavailable:
        raise
    except Exception as e:  # chromadb raises a mix of its own, httpx and sqlite errors
        raise NotReady(f"The vector store does not answer: {e}") from e
    return Ready(build=index.build.id, chunks=len(index.chunks), embedding_model=services.settings.embedding_model)
