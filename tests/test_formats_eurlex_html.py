"""EUR-Lex HTML of Regulation 2021/821: articles, points of long articles, Annex I entries and notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.errors import UnsupportedDocument
from ingest.formats import parse_source
from tests.official_builders import EURLEX_HTML


@pytest.fixture
def provisions(tmp_path: Path) -> list:
    path = tmp_path / "eu-2021-821.html"
    path.write_text(EURLEX_HTML, encoding="utf-8")
    return parse_source(path)


def test_articles_are_cited_with_their_headings_and_the_consolidation_date(provisions: list) -> None:
    by = {p.citation: p for p in provisions}
    assert by["EU 2021/821 Art. 1"].title == "Subject matter"
    assert by["EU 2021/821 Art. 3"].body.startswith("1. An authorisation")  # the paragraph number kept apart
    assert {p.as_of for p in provisions} == {date(2025, 11, 15)}
    assert all(p.jurisdiction == "EU" and p.source_kind == "official" for p in provisions)


def test_a_long_article_is_cited_point_by_point(provisions: list) -> None:
    points = [p.citation for p in provisions if p.citation.startswith("EU 2021/821 Art. 2(")]
    assert points == [f"EU 2021/821 Art. 2({n})" for n in range(1, 15)]
    second = next(p for p in provisions if p.citation == "EU 2021/821 Art. 2(2)")
    assert second.body.startswith("(2) ‘term 2’ means") and second.kind == "definition"


def test_annex_one_entries_and_notes_get_their_own_citations(provisions: list) -> None:
    by = {p.citation: p for p in provisions}
    assert by["EU 2021/821 Annex I 3E001"].kind == "control-entry"
    assert "general-purpose processors" in by["EU 2021/821 Annex I 3E002"].body
    assert "3E002" not in by["EU 2021/821 Annex I 3E001"].body
    assert by["EU 2021/821 Annex I GTN"].title == "General Technology Note"
    assert not any("Annex III" in p.citation for p in provisions)  # no canonical citation: not indexed


def test_offsets_point_at_the_article_container(tmp_path: Path, provisions: list) -> None:
    text = EURLEX_HTML
    article = next(p for p in provisions if p.citation == "EU 2021/821 Art. 3")
    assert '<div class="eli-subdivision" id="art_3">' in text[article.offset : article.offset + 80]


def test_html_of_another_act_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.html"
    path.write_text("<html><body><p class='oj-ti-art'>Article 1</p><p>Another act.</p></body></html>")
    with pytest.raises(UnsupportedDocument, match=r"other\.html"):
        parse_source(path)
