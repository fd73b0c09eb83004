"""Provisions become chunks that fit the embedder and never straddle two provisions."""

from __future__ import annotations

from datetime import date

from assistant.chunking import chunk_all, chunk_provision
from assistant.embeddings import Embedder
from assistant.types import Provision


def _provision(body: str, citation: str = "15 CFR 734.18(a)(5)") -> Provision:
    return Provision(
        citation=citation,
        title="Activities that are not exports",
        jurisdiction="US-EAR",
        kind="exclusion",
        source_url="https://www.ecfr.gov/current/title-15/section-734.18",
        as_of=date(2025, 1, 17),
        body=body,
        source="t.md",
    )


def words(text: str) -> int:
    return len(text.split())


def test_a_short_provision_is_one_chunk_with_its_heading() -> None:
    chunks = chunk_provision(
        _provision("Sending encrypted technology is not an export when the conditions are met. " * 2), 100, words
    )
    assert len(chunks) == 1
    assert chunks[0].text.startswith("15 CFR 734.18(a)(5) › Activities that are not exports\n")
    assert chunks[0].citation == "15 CFR 734.18(a)(5)"


def test_a_long_provision_splits_on_paragraphs_and_every_piece_fits() -> None:
    paragraphs = [f"({letter}) " + " ".join(["word"] * 40) + "." for letter in "abcdef"]
    body = "\n\n".join(paragraphs)
    chunks = chunk_provision(_provision(body), 100, words)
    assert len(chunks) >= 3
    assert all(words(c.text) <= 100 for c in chunks)
    assert chunks[1].heading.endswith("› (c)") or chunks[1].heading.endswith("› (b)")
    provision = _provision(body)
    for chunk in chunks:
        assert provision.body[chunk.start : chunk.end].startswith("(")


def test_one_endless_sentence_is_still_cut_to_the_budget() -> None:
    chunks = chunk_provision(_provision(" ".join(["token"] * 500)), 64, words)
    assert all(words(c.text) <= 64 for c in chunks)
    assert sum(words(c.text.split("\n", 1)[1]) for c in chunks) == 500


def test_chunks_of_two_provisions_never_mix() -> None:
    a = _provision("Alpha text about release of technology to foreign persons.", "15 CFR 734.15")
    b = _provision("Beta text about publication and public availability.", "15 CFR 734.7")
    chunks = chunk_all([a, b], 200, words)
    assert [c.citation for c in chunks] == ["15 CFR 734.15", "15 CFR 734.7"]
    assert "Beta" not in chunks[0].text


def test_chunk_ids_are_content_hashes() -> None:
    a = chunk_provision(_provision("Same text about exports and releases of technology."), 100, words)
    b = chunk_provision(_provision("Same text about exports and releases of technology."), 100, words)
    c = chunk_provision(_provision("Other text about exports and releases of technology."), 100, words)
    assert a[0].id == b[0].id != c[0].id


def test_sizes_are_counted_in_the_embedders_own_word_pieces(embedder: Embedder) -> None:
    body = "\n\n".join(
        f"({n}) Cryptographic functionality implemented in field-programmable gate arrays and ASICs "
        "requires technology controlled under 5E002 for development and production." * 3
        for n in range(1, 8)
    )
    chunks = chunk_provision(_provision(body), 240, embedder.count_tokens)
    assert len(chunks) > 1
    assert all(embedder.count_tokens(c.text) <= embedder.max_tokens - 2 for c in chunks)
