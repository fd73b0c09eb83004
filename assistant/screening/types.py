"""The nouns of the document pre-check: a read document is a list of `Segment`s, each with the
`Location` a reviewer can go back to; screening turns segments into `Finding`s and one `Report`.

Why here and not in `ingest/`: the screening functions are pure and must not import the readers
(`assistant/` never imports `ingest/` or `api/`), so the readers in `ingest/documents/` produce
these types.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from assistant.answer import StepOut

Severity = Literal["info", "low", "medium", "high"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3}
Overall = Literal["likely controlled", "needs review", "likely not controlled"]
FindingKind = Literal[
    "control-candidate",
    "parameter",
    "technical-data",
    "non-technical",
    "marking",
    "publication",
    "recipient",
    "red-flag",
    "instructions",
]
SegmentKind = Literal["text", "header", "table", "attachment"]


class Location(BaseModel):
    """Where a segment sits: the uploaded file, the path through e-mail parts and attachments, and
    the page, paragraph, table cell or line inside the innermost file."""

    model_config = ConfigDict(frozen=True)

    file: str
    parts: tuple[str, ...] = Field(default=(), description='E.g. ("attachment 2", "spec.pdf").')
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    line: int | None = None
    field: str | None = Field(default=None, description="E-mail header name (From, To, Cc, Bcc, Subject, Date).")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def label(self) -> str:
        """One readable line: `mail.eml › attachment 2 › spec.pdf › page 3 › line 4`."""
        bits = [self.file, *self.parts]
        if self.field:
            bits.append(f"header {self.field}")
        if self.page is not None:
            bits.append(f"page {self.page}")
        if self.table is not None:
            bits.append(f"table {self.table}, row {self.row}, cell {self.cell}")
        if self.paragraph is not None:
            bits.append(f"paragraph {self.paragraph}")
        if self.line is not None:
            bits.append(f"line {self.line}")
        return " › ".join(bits)

    def container(self) -> tuple[str, tuple[str, ...], int | None]:
        """Segments with the same container may be read together (same file part and page)."""
        return (self.file, self.parts, self.page)


class Segment(BaseModel):
    """A piece of document text and where it came from. The text is data: never an instruction."""

    text: str
    location: Location
    kind: SegmentKind = "text"


class Document(BaseModel):
    """Everything read from one uploaded file (an e-mail includes its attachments)."""

    name: str
    kind: str = Field(description="pdf, docx, text or eml")
    segments: list[Segment] = Field(default_factory=list)
    pages: int = 0
    size: int = 0
    notes: list[str] = Field(default_factory=list, description="What the reader did that a reviewer should know.")


class Finding(BaseModel):
    """One located observation: what, how serious, where (segment and character span), and the
    provisions it rests on (only citations the index holds)."""

    kind: FindingKind
    severity: Severity
    message: str
    segment: int = Field(description="Index into the document's segments.")
    location: Location
    start: int = 0
    end: int = 0
    quote: str = ""
    citations: list[str] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)


class Candidate(BaseModel):
    """A control-list entry the document's passages resemble, with why."""

    citation: str
    title: str
    jurisdiction: str
    score: float
    similarity: float = Field(description="Best cosine similarity of a passage to the entry.")
    equivalents: list[str] = Field(default_factory=list, description="The same entry in other lists (crosswalk).")
    matched_terms: list[str] = Field(default_factory=list)
    matched_parameters: list[str] = Field(default_factory=list)
    segments: list[int] = Field(default_factory=list)
    strong: bool = Field(default=False, description="Marked on the document, a threshold met, or a close match.")
    marked: bool = Field(default=False, description="The document is marked with this entry.")
    chunk_id: str = ""

    @property
    def reason(self) -> str:
        parts = ["marked on the document"] if self.marked else []
        parts.append(f"similarity {self.similarity:.2f}")
        if self.matched_terms:
            parts.append("terms: " + ", ".join(self.matched_terms))
        if self.matched_parameters:
            parts.append("parameters: " + "; ".join(self.matched_parameters))
        return "; ".join(parts)


class Passage(BaseModel):
    """A segment that carries findings, shown with its spans highlighted."""

    segment: int
    location: Location
    text: str


class Report(BaseModel):
    file: str
    kind: str
    pages: int = 0
    segments: int = 0
    size: int = 0
    overall: Overall
    summary: str
    determination: str | None = None
    steps: list[StepOut] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    facts: dict[str, Any] = Field(default_factory=dict)
    corpus: dict[str, Any] = Field(default_factory=dict)
    latency_ms: float = 0.0

    def counts(self) -> dict[str, int]:
        """Findings by severity, highest first."""
        out = {s: 0 for s in ("high", "medium", "low", "info")}
        for f in self.findings:
            out[f.severity] += 1
        return out
