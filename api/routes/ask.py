"""`POST /v1/ask`: one question, one answer (the object `itt ask --json` prints)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import AnsweringDep, CurrentUser
from api.schemas import AskRequest
from assistant.answer import Answer

router = APIRouter(prefix="/v1/ask", tags=["ask"])


@router.post("", response_model=Answer)
def ask(body: AskRequest, user: CurrentUser, answering: AnsweringDep) -> Answer:
    """Answer one question with a determination and the provisions it rests on."""
    return answering.ask(user, body.question, body.jurisdiction)
