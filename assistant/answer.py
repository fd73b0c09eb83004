"""The answer object every face returns (`itt ask --json`, `POST /v1/ask`), and the extractive
writer used when no LLM is configured.

Every sentence of an extractive answer is taken from a cited chunk, and `enforce_citations`
removes any citation that is not in the evidence: the answer cannot cite what it did not retrieve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from assistant.citations import find_mentions, section_key
from assistant.lexical import tokenize
from assistant.types import Evidence

NOT_FOUND = "Not found in sources: the indexed provisions do not cover this question."
DISCLAIMER = "Decision support, not legal advice: confirm with your export-control officer or counsel."


class EvidenceOut(BaseModel):
    citation: str
    title: str
    snippet: str
    score: float
    source_url: str
    chunk_id: str
    as_of: str = ""
    source: str = ""
    page: int | None = None
    via: str = ""

    @classmethod
    def of(cls, item: Evidence, snippet_chars: int = 320) -> EvidenceOut:
        chunk = item.chunk
        body = chunk.text.split("\n", 1)[-1]
        snippet = body if len(body) <= snippet_chars else body[:snippet_chars].rsplit(" ", 1)[0] + " …"
        return cls(
            citation=chunk.citation,
            title=chunk.title,
            snippet=snippet,
            score=item.score,
            source_url=chunk.source_url,
            chunk_id=chunk.id,
            as_of=chunk.as_of,
            source=chunk.source,
            page=chunk.page,
            via=item.via,
        )


class StepOut(BaseModel):
    """One reason of the decision path, with the provision it rests on."""

    question: str
    finding: str
    citation: str | None = None
    chunk_id: str | None = None


class Answer(BaseModel):
    question: str
    determination: str | None = None
    answer: str
    citations: list[str] = Field(default_factory=list)
    evidence: list[EvidenceOut] = Field(default_factory=list)
    retrieved: list[str] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list)
    follow_up: str | None = None
    facts: dict[str, Any] | None = None
    steps: list[StepOut] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    corpus: dict[str, Any] = Field(default_factory=dict)
    latency_ms: float = 0.0


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")


def _sentences(text: str) -> list[str]:
    body = text.split("\n", 1)[-1]
    body = re.sub(r"(?m)^Keywords:.*$", "", body)
    return [s.strip() for s in _SENTENCE.split(body.replace("\n", " ")) if len(s.strip()) > 25]


def best_sentences(question: str, item: Evidence, n: int = 2) -> list[str]:
    """The `n` sentences of a chunk that share the most terms with the question, in text order."""
    terms = set(tokenize(question))
    sentences = _sentences(item.chunk.text)
    if not sentences:
        return []
    scored = sorted(range(len(sentences)), key=lambda i: (-len(terms & set(tokenize(sentences[i]))), i))[:n]
    return [sentences[i] for i in sorted(scored)]


def write_extractive(question: str, evidence: Sequence[Evidence], max_items: int = 3) -> tuple[str, list[str]]:
    """An answer made of sentences from the best evidence, one cited paragraph per provision."""
    lines: list[str] = []
    cited: list[str] = []
    for item in evidence:
        if len(cited) >= max_items:
            break
        if any(section_key(c) == section_key(item.citation) for c in cited):
            continue
        sentences = best_sentences(question, item)
        if not sentences:
            continue
        cited.append(item.citation)
        lines.append(f"- {' '.join(sentences)} [{item.citation}]")
    return "\n".join(lines), cited


def enforce_citations(text: str, citations: Sequence[str], evidence: Sequence[Evidence]) -> tuple[str, list[str]]:
    """Drop citations absent from the evidence, in the list and in bracketed references in the text."""
    allowed = {section_key(e.citation) for e in evidence}
    kept = [c for c in citations if section_key(c) in allowed]

    def _strip(match: re.Match[str]) -> str:
        inside = match.group(1)
        mentions = find_mentions(inside) or [inside]
        return match.group(0) if all(section_key(m) in allowed for m in mentions) else ""

    cleaned = re.sub(r"\s?\[([^\[\]]{2,60})\]", _strip, text)
    return cleaned, list(dict.fromkeys(kept))
