"""OpenAI-compatible `POST /v1/chat/completions` and `GET /v1/models`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.deps import AnsweringDep, CurrentUser
from api.events import SSE_HEADERS
from api.openai_compat import completion, completion_chunks, jurisdiction_of, models, user_messages
from api.schemas import ChatRequest, ModelList

router = APIRouter(prefix="/v1", tags=["openai-compatible"])


@router.get("/models", response_model=ModelList)
def list_models(user: CurrentUser) -> ModelList:
    """`itt-assistant` (all jurisdictions) and `itt-assistant:JURISDICTION`."""
    return models()


@router.post("/chat/completions")
def chat_completions(body: ChatRequest, user: CurrentUser, answering: AnsweringDep) -> Any:
    """Answer the last user message; earlier user messages supply the facts."""
    jurisdiction = body.jurisdiction or jurisdiction_of(body.model)
    answer = answering.complete(user, user_messages(body.messages), jurisdiction)
    if body.stream:
        return StreamingResponse(
            completion_chunks(answer, body.model), media_type="text/event-stream", headers=SSE_HEADERS
        )
    return completion(answer, body.model)
