"""OpenAI chat-completions shapes for the answer, so the official `openai` client and Open WebUI
can talk to the assistant.

The message content is the rendered answer followed by numbered references; the structured
answer travels beside it in the extra fields `citations` and `itt` (on the final chunk when
streaming), so a client that knows them loses nothing and one that does not still sees the sources.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Iterator
from typing import Any

from api.render import BADGES
from api.schemas import ModelCard, ModelList, Reference
from assistant.answer import Answer
from assistant.errors import BadInput, NotFound
from assistant.types import JURISDICTIONS

MODEL = "itt-assistant"
_CREATED = 1_735_689_600  # 2025-01-01: model cards need a fixed creation time


def models() -> ModelList:
    """One model over all jurisdictions and one per jurisdiction (`itt-assistant:US-EAR`)."""
    names = [MODEL, *(f"{MODEL}:{j}" for j in JURISDICTIONS)]
    return ModelList(data=[ModelCard(id=name, created=_CREATED) for name in names])


def jurisdiction_of(model: str) -> str | None:
    name, _, jurisdiction = model.partition(":")
    if name != MODEL or (jurisdiction and jurisdiction not in JURISDICTIONS):
        raise NotFound(f"No model {model!r}; GET /v1/models lists {MODEL!r} and {MODEL}:JURISDICTION.")
    return jurisdiction or None


def user_messages(messages: list[Any]) -> list[str]:
    """The user turns of a chat; earlier ones supply facts, the last one is answered."""
    texts = [m.text().strip() for m in messages if m.role == "user"]
    if not texts or not texts[-1]:
        raise BadInput("The chat has no user message to answer; the last user message must contain text.")
    return [t for t in texts if t]


def references(answer: Answer) -> list[Reference]:
    """The cited provisions, numbered in order of citation, each with its passage and link."""
    cited = list(dict.fromkeys([*answer.citations, *(s.citation for s in answer.steps if s.citation)]))
    by_citation = {}
    for item in answer.evidence:
        by_citation.setdefault(item.citation, item)
    out = []
    for citation in cited:
        item = by_citation.get(citation)
        if item is not None:
            out.append(
                Reference(
                    n=len(out) + 1,
                    citation=citation,
                    title=item.title,
                    source_url=item.source_url,
                    chunk_id=item.chunk_id,
                    as_of=item.as_of,
                )
            )
    return out


def render_content(answer: Answer, refs: list[Reference]) -> str:
    """The determination, the answer text (its reasons, follow-up and next steps included) and the
    numbered references."""
    parts: list[str] = []
    if answer.determination:
        parts.append(f"Determination: {BADGES.get(answer.determination, answer.determination)}")
    parts.append(answer.answer)
    if refs:
        parts.append("References:\n" + "\n".join(reference_line(r) for r in refs))
    return "\n\n".join(parts)


def reference_line(ref: Reference) -> str:
    return f"[{ref.n}] {ref.citation} — {ref.title} — {ref.source_url}"


def _annotations(content: str, refs: list[Reference]) -> list[dict[str, Any]]:
    out = []
    for ref in refs:
        line = reference_line(ref)
        start = content.rfind(line)
        if start >= 0:
            out.append(
                {
                    "type": "url_citation",
                    "url_citation": {
                        "start_index": start,
                        "end_index": start + len(line),
                        "title": f"{ref.citation} — {ref.title}",
                        "url": ref.source_url,
                    },
                }
            )
    return out


def _extras(answer: Answer, refs: list[Reference]) -> dict[str, Any]:
    return {"citations": [r.model_dump() for r in refs], "itt": answer.model_dump(mode="json")}


def completion(answer: Answer, model: str) -> dict[str, Any]:
    refs = references(answer)
    content = render_content(answer, refs)
    return {
        "id": f"chatcmpl-{secrets.token_hex(12)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "annotations": _annotations(content, refs)},
                "finish_reason": "stop",
            }
        ],
        **_extras(answer, refs),
    }


def pieces(text: str, words: int = 6) -> Iterator[str]:
    """The text in small pieces of whole words (whitespace kept), as a token stream would carry it."""
    tokens = re.findall(r"\s*\S+\s*", text)
    for i in range(0, len(tokens), words):
        yield "".join(tokens[i : i + words])


def completion_chunks(answer: Answer, model: str) -> Iterator[str]:
    """Server-sent events of a streamed completion: role, content pieces (references included),
    a final chunk with the extra fields, then `[DONE]`."""
    refs = references(answer)
    base = {"id": f"chatcmpl-{secrets.token_hex(12)}", "object": "chat.completion.chunk", "created": int(time.time())}
    base["model"] = model

    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    for piece in pieces(render_content(answer, refs)):
        yield event({"content": piece})
    yield event({}, "stop", **_extras(answer, refs))
    yield "data: [DONE]\n\n"
