"""The bundled corpus: every file parses, carries a canonical citation, and says where it is from."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from assistant.citations import parse
from assistant.provisions import corpus_files, parse_provision

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = corpus_files(CORPUS)


def test_the_corpus_is_not_empty() -> None:
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_file_has_valid_front_matter(path: Path) -> None:
    provision = parse_provision(path.read_text(encoding="utf-8"), str(path.relative_to(CORPUS)))
    assert parse(provision.citation).jurisdiction == provision.jurisdiction or provision.jurisdiction in (
        "US-EAR",
        "US-ITAR",
    )
    words = len(provision.body.split())
    assert 40 <= words <= 450, f"body has {words} words"


def test_titles_are_unique_within_a_citation() -> None:
    pairs = Counter()
    for path in FILES:
        p = parse_provision(path.read_text(encoding="utf-8"), path.name)
        pairs[(p.citation, p.title)] += 1
    assert [pair for pair, n in pairs.items() if n > 1] == []
