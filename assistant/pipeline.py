"""Question in, cited answer out: the one path the CLI, the API and the evaluation share."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from assistant.answer import (
    DISCLAIMER,
    NOT_FOUND,
    Answer,
    EvidenceOut,
    enforce_citations,
    write_extractive,
)
from assistant.embeddings import Embedder, get_embedder
from assistant.errors import BadInput
from assistant.index import Index
from assistant.retrieval import Mode, Retrieval, retrieve
from assistant.settings import Settings
from assistant.types import JURISDICTIONS


def check_question(question: str, max_chars: int) -> str:
    """Reject what cannot be a question: empty, over-long, or binary."""
    if not isinstance(question, str) or not question.strip():
        raise BadInput("The question is empty. Ask about a transfer, e.g. 'Can I email 3E001 specs to Malaysia?'")
    if len(question) > max_chars:
        raise BadInput(
            f"The question is {len(question):,} characters; the limit is {max_chars:,} (ITT_MAX_QUESTION_CHARS). "
            "To screen a whole document use `itt check FILE`."
        )
    controls = sum(1 for ch in question if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t")
    if "\x00" in question or controls > max(2, len(question) // 50):
        raise BadInput("The question looks like binary data, not text. Send UTF-8 text.")
    return question.strip()


def check_jurisdictions(values: Sequence[str] | None) -> list[str]:
    if not values:
        return []
    unknown = [v for v in values if v not in JURISDICTIONS]
    if unknown:
        raise BadInput(f"Unknown jurisdiction {', '.join(map(repr, unknown))}; use one of {', '.join(JURISDICTIONS)}.")
    return list(values)


class Assistant:
    """Holds the settings, the embedder and the opened index for one process."""

    def __init__(self, settings: Settings, index: Index | None = None) -> None:
        self.settings = settings
        self._index = index

    @cached_property
    def embedder(self) -> Embedder:
        return get_embedder(self.settings.embedding_model, self.settings.embedding_batch_size)

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = Index.open(self.settings)
        return self._index

    def reload(self) -> None:
        """Open the current build again (after an ingest)."""
        self._index = Index.open(self.settings)

    def retrieve(
        self,
        question: str,
        jurisdictions: Sequence[str] | None = None,
        k: int | None = None,
        mode: Mode = "hybrid",
        extra_citations: Sequence[str] = (),
    ) -> Retrieval:
        return retrieve(
            self.index,
            self.embedder,
            question,
            k=k or self.settings.top_k,
            jurisdictions=jurisdictions or None,
            mode=mode,
            floor=self.settings.relevance_floor,
            extra_citations=extra_citations,
        )

    def ask(
        self,
        question: str,
        jurisdiction: str | Sequence[str] | None = None,
        k: int | None = None,
        mode: Mode = "hybrid",
    ) -> Answer:
        started = time.perf_counter()
        question = check_question(question, self.settings.max_question_chars)
        wanted = [jurisdiction] if isinstance(jurisdiction, str) else list(jurisdiction or [])
        if not wanted and self.settings.jurisdiction:
            wanted = [self.settings.jurisdiction]
        jurisdictions = check_jurisdictions(wanted)
        result = self.retrieve(question, jurisdictions, k=max(k or 0, 10), mode=mode)
        top = result.evidence[: self.settings.top_k]
        if not result.found:
            text, cited = NOT_FOUND, []
        else:
            text, cited = write_extractive(question, top)
            text, cited = enforce_citations(text, cited, top)
            text = f"{text}\n\n{DISCLAIMER}" if text else NOT_FOUND
        return Answer(
            question=question,
            determination=None,
            answer=text,
            citations=cited,
            evidence=[EvidenceOut.of(e) for e in top] if result.found else [],
            retrieved=result.citations,
            jurisdictions=jurisdictions,
            corpus={"build": self.index.build.id},
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
        )
