"""Request and response bodies of the HTTP API. The answer itself is `assistant.answer.Answer`,
the same object `itt ask --json` prints."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.keys import Role
from assistant.answer import Answer


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskRequest(Strict):
    question: str = Field(description="The question, in plain words.")
    jurisdiction: str | None = Field(None, description="US-EAR, US-ITAR, EU, WA, UK, JP, SG or MY; unset = all.")


class SessionCreate(Strict):
    jurisdiction: str | None = Field(None, description="Jurisdiction filter for every turn; unset = all.")


class MessageRequest(Strict):
    message: str = Field(description="The next message; facts from earlier turns carry over.")
    stream: bool = Field(False, description="Answer as server-sent events: step, token, answer, done.")


class TurnOut(BaseModel):
    n: int
    at: str
    user: str
    message: str
    answer: Answer


class SessionOut(BaseModel):
    id: str
    owner: str
    jurisdiction: str | None
    created: str
    facts: dict[str, Any] | None = Field(None, description="The facts known after the latest turn.")
    turns: list[TurnOut] = Field(default_factory=list)


class SessionSummary(BaseModel):
    id: str
    owner: str
    jurisdiction: str | None
    created: str


class PassageOut(BaseModel):
    chunk_id: str
    citation: str
    heading: str
    title: str
    text: str
    jurisdiction: str
    kind: str
    source: str
    source_kind: str
    source_url: str
    as_of: str = Field(description="Version of the text: the date it was current.")
    page: int | None = None
    build: str


class SourcesOut(BaseModel):
    build: str
    created: str | None = None
    embedding_model: str | None = None
    chunks: int
    provisions: int
    by_jurisdiction: dict[str, int]
    by_kind: dict[str, int]
    as_of: str | None = None
    sources: dict[str, dict[str, Any]]


class KeyCreate(Strict):
    name: str = Field(min_length=1, max_length=100)
    role: Role


class KeyOut(BaseModel):
    id: str
    name: str
    role: str
    created: str
    revoked: str | None = None


class KeyCreated(KeyOut):
    key: str = Field(description="The secret; shown once, stored only as a hash.")


class AuditRecordOut(BaseModel):
    id: int
    at: str
    user: str
    key_id: str
    role: str
    channel: str
    session_id: str | None
    question: str
    jurisdictions: list[str]
    facts: dict[str, Any] | None
    determination: str | None
    citations: list[str]
    corpus_build: str | None
    latency_ms: float
    answer: Answer


class AuditPage(BaseModel):
    records: list[AuditRecordOut]
    next_after: int | None = Field(description="Pass as `after` for the next page; null at the end.")


class Me(BaseModel):
    name: str
    role: str
    key_id: str
    auth_required: bool
    features: dict[str, bool]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    build: str
    chunks: int
    embedding_model: str


# --- OpenAI-compatible chat ------------------------------------------------------------------


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "\n".join(p.text for p in self.content if p.type == "text" and p.text)
        return self.content or ""


class ChatRequest(BaseModel):
    """OpenAI chat request; sampling options (temperature, …) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    jurisdiction: str | None = Field(None, description="Overrides the jurisdiction the model name selects.")


class Reference(BaseModel):
    n: int
    citation: str
    title: str
    source_url: str
    chunk_id: str
    as_of: str


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "itt-assistant"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]
