"""Optional LLM wording: it may reword, never re-decide, and never cite what was not retrieved.

LangChain's fake chat model stands in for a remote LLM (the only part that cannot exist here)."""

from __future__ import annotations

from datetime import date

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.chunking import chunk_provision
from assistant.types import Evidence, Provision
from assistant.wording import reword

DRAFT = "Controlled: an authorization is needed.\n\nWhy:\n1. Emailing technology abroad is an export. [15 CFR 734.13]"


def _evidence() -> list[Evidence]:
    provision = Provision(
        citation="15 CFR 734.13",
        title="Export",
        jurisdiction="US-EAR",
        kind="definition",
        source_url="https://www.ecfr.gov/current/title-15/section-734.13",
        as_of=date(2025, 1, 17),
        body="An export is a transmission of technology out of the United States, including by e-mail.",
    )
    return [Evidence(chunk=c, score=1.0) for c in chunk_provision(provision, 200, lambda t: len(t.split()))]


def test_the_models_wording_is_used_when_it_keeps_the_verdict() -> None:
    model = FakeListChatModel(responses=["Controlled: you need a license. E-mailing it abroad exports it [15 CFR 734.13]."])
    assert reword(model, "q", DRAFT, _evidence()).startswith("Controlled: you need a license.")


def test_a_citation_the_model_invents_is_removed() -> None:
    model = FakeListChatModel(responses=["Controlled: see [15 CFR 734.13] and [22 CFR 126.1]."])
    text = reword(model, "q", DRAFT, _evidence())
    assert "[15 CFR 734.13]" in text and "126.1" not in text


def test_a_model_that_changes_the_verdict_is_ignored() -> None:
    model = FakeListChatModel(responses=["Not controlled: go ahead [15 CFR 734.13]."])
    assert reword(model, "q", DRAFT, _evidence()) == DRAFT


def test_a_failing_model_leaves_the_rule_written_answer() -> None:
    class Broken(FakeListChatModel):
        def _call(self, *args, **kwargs):
            raise ConnectionError("endpoint down")

    assert reword(Broken(responses=["x"]), "q", DRAFT, _evidence()) == DRAFT
