"""Multi-turn sessions: facts carry over between messages; sessions are stored in SQLite."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from fastapi.responses import StreamingResponse

from api.deps import AnsweringDep, CurrentUser, ServicesDep, VisibleSession
from api.events import SSE_HEADERS, turn_events
from api.schemas import MessageRequest, SessionCreate, SessionOut, SessionSummary, TurnOut
from api.sessions import SessionRecord
from assistant.answer import Answer
from assistant.pipeline import check_jurisdictions

router = APIRouter(prefix="/v1/sessions", tags=["sessions"])


def _summary(session: SessionRecord) -> SessionSummary:
    return SessionSummary(
        id=session.id, owner=session.owner_name, jurisdiction=session.jurisdiction, created=session.created
    )


@router.post("", response_model=SessionOut, status_code=201)
def create_session(
    user: CurrentUser, services: ServicesDep, body: Annotated[SessionCreate | None, Body()] = None
) -> SessionOut:
    """Start a conversation, optionally limited to one jurisdiction."""
    jurisdiction = body.jurisdiction if body else None
    check_jurisdictions([jurisdiction] if jurisdiction else None)
    return SessionOut(**_summary(services.sessions.create(user, jurisdiction)).model_dump())


@router.get("", response_model=list[SessionSummary])
def list_sessions(user: CurrentUser, services: ServicesDep) -> list[SessionSummary]:
    """Your sessions, newest first (officers and admins see everyone's)."""
    owner = None if user.reads_all_sessions else user.key_id
    return [_summary(s) for s in services.sessions.list(owner)]


@router.get("/{session_id}", response_model=SessionOut)
def get_session(session: VisibleSession, services: ServicesDep) -> SessionOut:
    """The session with every turn and the facts known after the latest one."""
    turns = services.sessions.turns(session.id)
    return SessionOut(
        **_summary(session).model_dump(),
        facts=turns[-1].answer.facts if turns else None,
        turns=[TurnOut(n=t.n, at=t.at, user=t.user, message=t.message, answer=t.answer) for t in turns],
    )


@router.post(
    "/{session_id}/messages",
    response_model=Answer,
    responses={200: {"content": {"text/event-stream": {}}, "description": "The answer, or events when stream=true."}},
)
def send_message(body: MessageRequest, session: VisibleSession, user: CurrentUser, answering: AnsweringDep) -> Any:
    """Answer the next message. The turn is audited and stored before anything is sent, so a
    streamed answer is as durable as a plain one."""
    n, answer = answering.send(user, session, body.message)
    if body.stream:
        return StreamingResponse(
            turn_events(session.id, n, answer), media_type="text/event-stream", headers=SSE_HEADERS
        )
    return answer
