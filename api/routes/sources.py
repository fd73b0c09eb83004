"""What is indexed (`GET /v1/sources`) and one passage with its citation (`GET /v1/passages/ID`)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import AssistantDep, CurrentUser
from api.schemas import PassageOut, SourcesOut

sources_router = APIRouter(prefix="/v1/sources", tags=["sources"])
passages_router = APIRouter(prefix="/v1/passages", tags=["sources"])


@sources_router.get("", response_model=SourcesOut)
def list_sources(user: CurrentUser, assistant: AssistantDep) -> SourcesOut:
    """Totals by jurisdiction and kind, the newest as-of date, and every source file."""
    index = assistant.index
    return SourcesOut(**index.summary, sources=index.sources())


@passages_router.get("/{chunk_id}", response_model=PassageOut)
def get_passage(chunk_id: str, user: CurrentUser, assistant: AssistantDep) -> PassageOut:
    """The passage a citation chip points to, with its official link and version."""
    index = assistant.index
    chunk = index.get(chunk_id)
    return PassageOut(
        chunk_id=chunk.id,
        citation=chunk.citation,
        heading=chunk.heading,
        title=chunk.title,
        text=chunk.text.split("\n", 1)[-1].strip(),
        jurisdiction=chunk.jurisdiction,
        kind=chunk.kind,
        source=chunk.source,
        source_kind=chunk.source_kind,
        source_url=chunk.source_url,
        as_of=chunk.as_of,
        page=chunk.page,
        build=index.build.id,
    )
