"""Question in, cited answer out: the one path the CLI, the API and the evaluation share."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from langchain_core.language_models import BaseChatModel

from assistant.answer import (
    DISCLAIMER,
    NOT_FOUND,
    Answer,
    EvidenceOut,
    StepOut,
    enforce_citations,
    write_extractive,
)
from assistant.compose import write_determination
from assistant.determination import SUPPORTING, Determination
from assistant.embeddings import Embedder, get_embedder
from assistant.errors import BadInput
from assistant.facts import Facts, asking_sentence, extract_facts, strip_instructions
from assistant.index import Index
from assistant.regimes import decide, describes_transfer
from assistant.retrieval import Mode, Retrieval, retrieve
from assistant.settings import Settings
from assistant.types import JURISDICTIONS, Evidence
from assistant.wording import chat_model, reword


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

    @cached_property
    def chat_model(self) -> BaseChatModel | None:
        return chat_model(self.settings)

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

    def _off_topic(self, question: str, facts: Facts) -> bool:
        """Whether a question that describes no transfer asks about something no provision is near.

        The lexicon sees words, not topics: "what's a fun name for our export-compliance team's bowling
        league?" has export words in it but asks nothing the corpus answers. What the asking sentence asks
        is compared with every provision; a short follow-up ("True?") is read with its context."""
        if (
            not facts.domain_signal
            or facts.evasion
            or facts.classifications
            or facts.classification_unknown
            or describes_transfer(facts)
        ):
            return False
        text = strip_instructions(question)[0]
        asked = asking_sentence(text)
        if len(asked.split()) < 4:
            asked = text
        nearest = self.index.dense(self.embedder.embed_query(asked), 1)
        return not nearest or nearest[0][1] < self.settings.topic_floor

    def ask(
        self,
        question: str,
        jurisdiction: str | Sequence[str] | None = None,
        k: int | None = None,
        mode: Mode = "hybrid",
        facts: Facts | None = None,
    ) -> Answer:
        """Answer one message. `facts` are the conversation's facts so far (multi-turn)."""
        started = time.perf_counter()
        question = check_question(question, self.settings.max_question_chars)
        wanted = [jurisdiction] if isinstance(jurisdiction, str) else list(jurisdiction or [])
        if not wanted and self.settings.jurisdiction:
            wanted = [self.settings.jurisdiction]
        jurisdictions = check_jurisdictions(wanted)
        stated = extract_facts(question)
        merged = facts.merge(stated) if facts else stated
        if self._off_topic(question, merged):
            merged = merged.model_copy(update={"domain_signal": False})
        determination = decide(merged, self.index.has_citation, jurisdictions or None)
        decisive = _decisive_evidence(self.index, [s.citation for s in determination.steps if s.citation], merged)
        for step in determination.steps:  # cite the passage actually looked up (e.g. 734.13 → 734.13(b))
            if step.citation in decisive:
                passage = decisive[step.citation].chunk
                if step.question == SUPPORTING:
                    step.finding = f"{passage.title.rstrip('.')}."
                step.citation = passage.citation
        cited = [s.citation for s in determination.steps if s.citation]
        result = self.retrieve(question, jurisdictions, k=max(k or 0, 10), mode=mode, extra_citations=cited)
        evidence = list({e.chunk.id: e for e in decisive.values()}.values())
        evidence += [e for e in result.evidence if e.citation not in cited]
        evidence = evidence[: max(self.settings.top_k, len(cited))]
        if not describes_transfer(merged) and not merged.classifications and determination.outcome != "out_of_scope":
            determination = Determination.none()  # a question about the rules, not a transfer
            cited = []
        if determination.outcome == "out_of_scope" or determination.steps:
            text = write_determination(determination)
            if self.chat_model is not None and determination.outcome != "out_of_scope":
                text = reword(self.chat_model, question, text, evidence)
            text, cited = enforce_citations(text, cited, evidence)
        elif not result.found:
            text, cited = NOT_FOUND, []
        else:
            text, cited = write_extractive(question, evidence)
            text, cited = enforce_citations(text, cited, evidence)
            text = f"{text}\n\n{DISCLAIMER}" if text else NOT_FOUND
        shown = [EvidenceOut.of(e) for e in evidence] if (result.found or cited) else []
        return Answer(
            question=question,
            determination=determination.outcome,
            answer=text,
            citations=cited,
            evidence=shown,
            retrieved=result.citations,
            missing_facts=determination.missing,
            follow_up=determination.follow_up,
            facts=merged.model_dump(),
            steps=_steps_out(determination, evidence),
            next_steps=determination.next_steps,
            jurisdictions=jurisdictions or sorted({r.regime for r in determination.regimes}),
            corpus={"build": self.index.build.id, "as_of": self.index.summary["as_of"]},
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
        )


def _decisive_evidence(index: Index, citations: Sequence[str], facts: Facts | None = None) -> dict[str, Evidence]:
    """The passage behind each decisive citation, looked up by citation (official text first). A section with
    several passages (15 CFR 772.1's definitions) shows the one whose title names what the facts are about
    ("foreign person" for a visa holder, "use" for maintenance manuals)."""
    topics = [*facts.recipient_status, *facts.info_kinds, *facts.modes] if facts else []
    about = _words(" ".join(topics).replace("_", " ")) | ({"person"} if facts and facts.recipient_status else set())
    out: dict[str, Evidence] = {}
    for citation in dict.fromkeys(citations):
        chunks = index.by_citation(citation)
        exact = [c for c in chunks if c.citation == citation and c.source_kind == chunks[0].source_kind]
        if exact:  # several passages under this very citation: the one the facts are about, else the first
            chunks = sorted(exact, key=lambda c: -len(about & _words(c.title)))
        if chunks:
            out[citation] = Evidence(chunk=chunks[0], score=1.0, via="lookup")
    return out


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]{3,}", text.lower()))


def _steps_out(determination: Determination, evidence: Sequence[Evidence]) -> list[StepOut]:
    by_citation = {e.citation: e.chunk.id for e in evidence}
    return [
        StepOut(question=s.question, finding=s.finding, citation=s.citation, chunk_id=by_citation.get(s.citation or ""))
        for s in determination.steps
    ]
