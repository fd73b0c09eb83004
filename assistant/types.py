"""The domain's nouns, shared by every stage: a Provision is split into Chunks; a retrieved chunk
with its score is Evidence. Reasoning types (Facts, Determination, Step) live in `assistant.facts`
and `assistant.determination`."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.citations import CitationError, parse

Jurisdiction = Literal["US-EAR", "US-ITAR", "EU", "WA", "UK", "JP", "SG", "MY"]
JURISDICTIONS: tuple[str, ...] = ("US-EAR", "US-ITAR", "EU", "WA", "UK", "JP", "SG", "MY")
Kind = Literal["definition", "rule", "exclusion", "exception", "control-entry", "guidance"]


class Provision(BaseModel):
    """One provision or control-list entry, as written in a source (bundled digest or official text)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    citation: str
    title: str = Field(min_length=3)
    jurisdiction: Jurisdiction
    kind: Kind
    source_url: str = Field(pattern=r"^https://")
    as_of: date
    body: str = Field(min_length=40)
    related: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    source: str = Field(default="", description="Source file (relative to the corpus root or absolute).")
    source_kind: Literal["digest", "official"] = "digest"
    page: int | None = None
    heading_path: tuple[str, ...] = Field(
        default=(), description="Enclosing headings in the source, outermost first (part, subpart, section)."
    )
    offset: int = Field(
        default=0,
        ge=0,
        description=(
            "Where the provision begins in its source: characters into the file's text (for a PDF, into its "
            "page's extracted text). Chunk offsets add it, so they are absolute in the source."
        ),
    )
    source_hash: str = Field(default="", description="Content hash of the source file the provision was read from.")

    @field_validator("citation")
    @classmethod
    def _canonical(cls, value: str) -> str:
        try:
            parsed = parse(value)
        except CitationError as e:
            raise ValueError(str(e)) from e
        if str(parsed) != value:
            raise ValueError(f"citation {value!r} is not in canonical form; write {str(parsed)!r}")
        return value

    @field_validator("related")
    @classmethod
    def _related_canonical(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            cls._canonical(value)
        return values


class Chunk(BaseModel):
    """A piece of one provision small enough for the embedder; never straddles two provisions."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    citation: str
    heading: str
    title: str
    jurisdiction: str
    kind: str
    source: str
    source_url: str
    source_kind: str = "digest"
    as_of: str
    page: int | None = None
    start: int = 0
    end: int = 0
    heading_path: str = ""
    source_hash: str = ""

    @staticmethod
    def make_id(citation: str, text: str, source: str) -> str:
        """Content hash: the same text under the same citation and source keeps its id, so
        re-ingest skips it."""
        digest = hashlib.sha256(f"{citation}\x00{source}\x00{text}".encode()).hexdigest()
        return digest[:24]

    def metadata(self) -> dict[str, str | int]:
        data = self.model_dump(exclude={"id", "text"})
        return {k: v for k, v in data.items() if v is not None}


class Evidence(BaseModel):
    """A retrieved chunk with the score that ranked it; the unit an answer may cite."""

    chunk: Chunk
    score: float
    via: str = Field(default="hybrid", description="lookup | hybrid | dense | lexical")

    @property
    def citation(self) -> str:
        return self.chunk.citation
