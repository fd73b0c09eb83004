"""Pure pieces of the OpenAI-compatible shapes and the rate limiter (no server)."""

from __future__ import annotations

import pytest

from api.errors import RateLimited
from api.limits import RateLimiter
from api.openai_compat import jurisdiction_of, pieces, references, render_content
from assistant.answer import Answer, EvidenceOut, StepOut
from assistant.errors import NotFound


def _evidence(citation: str, title: str) -> EvidenceOut:
    return EvidenceOut(
        citation=citation,
        title=title,
        snippet="…",
        score=1.0,
        source_url=f"https://example.gov/{title}",
        chunk_id=title,
    )


@pytest.mark.parametrize(
    "text", ["", "one", "  lead and trail  ", "a\n\nb [1] 15 CFR 734.7 — x — https://e.g/\n", "x " * 50]
)
def test_pieces_rebuild_the_text_exactly(text: str) -> None:
    assert "".join(pieces(text)) == text


def test_references_follow_citation_order_and_include_step_citations_once() -> None:
    answer = Answer(
        question="q",
        determination="controlled",
        answer="Controlled.",
        citations=["ECCN 3E001", "15 CFR 734.13"],
        evidence=[_evidence("15 CFR 734.13", "Export"), _evidence("ECCN 3E001", "Tech"), _evidence("EAR99", "Other")],
        steps=[StepOut(question="?", finding="f", citation="15 CFR 734.13"), StepOut(question="?", finding="g")],
    )
    refs = references(answer)
    assert [(r.n, r.citation) for r in refs] == [(1, "ECCN 3E001"), (2, "15 CFR 734.13")]
    content = render_content(answer, refs)
    assert content.startswith("Determination: CONTROLLED")
    assert content.endswith("[2] 15 CFR 734.13 — Export — https://example.gov/Export")


@pytest.mark.parametrize(
    ("model", "jurisdiction"),
    [("itt-assistant", None), ("itt-assistant:EU", "EU"), ("itt-assistant:US-ITAR", "US-ITAR")],
)
def test_the_model_name_selects_the_jurisdiction(model: str, jurisdiction: str | None) -> None:
    assert jurisdiction_of(model) == jurisdiction


@pytest.mark.parametrize("model", ["gpt-4o", "itt-assistant:XX", "itt:EU"])
def test_unknown_models_are_not_found(model: str) -> None:
    with pytest.raises(NotFound):
        jurisdiction_of(model)


def test_the_rate_limit_refills_evenly(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr("api.limits.time.monotonic", lambda: now[0])
    limiter = RateLimiter(per_minute=2)
    limiter.check("k")
    limiter.check("k")
    with pytest.raises(RateLimited) as refused:
        limiter.check("k")
    assert refused.value.headers == {"Retry-After": "30"}
    now[0] += 30
    limiter.check("k")  # one token back after 30 s
    RateLimiter(per_minute=0).check("k")  # 0 = no limit
