"""The OpenAI-compatible endpoints, driven by the official `openai` client."""

from __future__ import annotations

import pytest
from openai import NotFoundError, OpenAI

from tests.api.conftest import Keys, Server

REFERENCE = "[1] 15 CFR 734.7 — Published — https://www.ecfr.gov/current/title-15"


@pytest.fixture
def client(server: Server, keys: Keys) -> OpenAI:
    return OpenAI(base_url=f"{server.url}/v1", api_key=keys.alice, max_retries=0, timeout=30)


def test_models_list_the_assistant_and_one_model_per_jurisdiction(client: OpenAI) -> None:
    ids = {m.id for m in client.models.list()}
    assert {"itt-assistant", "itt-assistant:US-EAR", "itt-assistant:EU", "itt-assistant:MY"} <= ids


def test_a_completion_carries_numbered_references_and_the_answer_object(client: OpenAI) -> None:
    completion = client.chat.completions.create(
        model="itt-assistant",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "Is published information subject to the EAR?"},
        ],
    )
    message = completion.choices[0].message
    assert completion.choices[0].finish_reason == "stop"
    assert message.content.startswith("Determination: NOT CONTROLLED")
    assert REFERENCE in message.content
    extra = completion.model_extra or {}
    assert extra["itt"]["determination"] == "not_controlled"
    assert extra["citations"][0]["citation"] == "15 CFR 734.7" and extra["citations"][0]["n"] == 1
    assert message.annotations and message.annotations[0].url_citation.url.startswith("https://")


def test_a_streamed_completion_keeps_the_references_and_ends_with_the_answer_object(client: OpenAI) -> None:
    stream = client.chat.completions.create(
        model="itt-assistant:US-EAR",
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "Is published information subject to the EAR?"}]}
        ],
        stream=True,
    )
    chunks = list(stream)
    content = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert REFERENCE in content and content.rstrip().endswith("title-15")
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert (last.model_extra or {})["itt"]["citations"] == ["15 CFR 734.7"]
    assert (last.model_extra or {})["itt"]["jurisdictions"] == ["US-EAR"]
    assert all("itt" not in (c.model_extra or {}) for c in chunks[:-1])


def test_facts_accumulate_over_the_user_turns_of_the_messages_list(client: OpenAI) -> None:
    completion = client.chat.completions.create(
        model="itt-assistant",
        messages=[
            {"role": "user", "content": "Can I e-mail ECCN 3E001 technology to our new engineer?"},
            {"role": "assistant", "content": "Determination: DEPENDS — where is the recipient?"},
            {"role": "user", "content": "She is a French national working in Paris."},
        ],
    )
    facts = (completion.model_extra or {})["itt"]["facts"]
    assert "ECCN 3E001" in facts["classifications"] and "France" in facts["destinations"]


def test_an_unknown_model_is_a_404_the_client_understands(client: OpenAI) -> None:
    with pytest.raises(NotFoundError, match="GET /v1/models lists"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])
