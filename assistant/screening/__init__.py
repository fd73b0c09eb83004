"""Exporter pre-check: screen a read document (segments) before it leaves, with located, cited
findings and an overall outcome from the determination engine.

    report = screen(document, control_list(index, embedder), index.has_citation)

Pure over its inputs: reading files is `ingest.documents`' job, storing anything is the caller's.
"""

from __future__ import annotations

import time
from typing import Any

from assistant.answer import StepOut
from assistant.screening.candidates import evaluate
from assistant.screening.controls import ControlList, control_list
from assistant.screening.indicators import (
    Lookup,
    markings,
    publication_hints,
    red_flags,
    screening_texts,
    technical_indicators,
)
from assistant.screening.overall import conclude
from assistant.screening.recipients import analyse
from assistant.screening.types import (
    SEVERITY_RANK,
    Candidate,
    Document,
    Finding,
    Location,
    Passage,
    Report,
    Segment,
)

__all__ = [
    "Candidate",
    "ControlList",
    "Document",
    "Finding",
    "Location",
    "Report",
    "Segment",
    "control_list",
    "screen",
]


def screen(document: Document, controls: ControlList, has: Lookup, corpus: dict[str, Any] | None = None) -> Report:
    """Screen one document: findings, control-list candidates, the decision path and an outcome."""
    started = time.perf_counter()
    segments = document.segments
    texts, findings = screening_texts(segments)
    findings += technical_indicators(segments, texts, has)
    findings += markings(segments, texts, has)
    findings += publication_hints(segments, texts, has)
    findings += red_flags(segments, texts, has)
    recipients, recipient_findings = analyse(segments, has)
    findings += recipient_findings
    technical = any(f.kind == "technical-data" for f in findings)
    software = any(f.data.get("info_kind") == "source_code" for f in findings)
    marked = [str(f.data["classification"]) for f in findings if f.kind == "marking" and f.data.get("classification")]
    candidates, candidate_findings = evaluate(segments, texts, controls, has, technical, software, marked)
    findings += candidate_findings
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.segment, f.start))
    conclusion = conclude(document.kind, findings, candidates, recipients, has)
    determination = conclusion.determination
    unscreened = [n for n in document.notes if n.startswith("not screened:")]
    if unscreened and conclusion.overall == "likely not controlled":
        conclusion.overall = "needs review"
        conclusion.summary = f"Needs review: {len(unscreened)} attached file(s) could not be read and were not screened."
        conclusion.next_steps.insert(0, "Send the unreadable attachments in a readable form and check again.")
    shown = sorted({f.segment for f in findings})
    notes = list(document.notes)
    if conclusion.facts.injection:
        notes.append("Instructions inside the document were ignored.")
    return Report(
        file=document.name,
        kind=document.kind,
        pages=document.pages,
        segments=len(segments),
        size=document.size,
        overall=conclusion.overall,
        summary=conclusion.summary,
        determination=determination.outcome,
        steps=[StepOut(question=s.question, finding=s.finding, citation=s.citation) for s in determination.steps],
        missing_facts=list(determination.missing),
        next_steps=conclusion.next_steps,
        candidates=candidates,
        findings=findings,
        passages=[Passage(segment=i, location=segments[i].location, text=segments[i].text) for i in shown],
        notes=notes,
        facts=conclusion.facts.model_dump(),
        corpus=corpus or {},
        latency_ms=round((time.perf_counter() - started) * 1000, 2),
    )
