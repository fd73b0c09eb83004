"""Fixtures for the pre-check: the bundled index's control list (built once per session) and a
way to make documents out of plain strings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from assistant.pipeline import Assistant
from assistant.screening import ControlList, Document, Finding, Location, Segment, control_list


def make_document(*texts: str, kind: str = "text", name: str = "doc.txt", headers: dict[str, str] | None = None) -> Document:
    """A document of one segment per text (paragraph n at line n), plus e-mail headers if given."""
    segments = [
        Segment(text=value, kind="header", location=Location(file=name, field=field))
        for field, value in (headers or {}).items()
    ]
    segments += [
        Segment(text=text, location=Location(file=name, parts=("body",) if headers else (), line=n))
        for n, text in enumerate(texts, start=1)
    ]
    return Document(name=name, kind="eml" if headers else kind, segments=segments)


@pytest.fixture
def doc() -> Callable[..., Document]:
    return make_document


@pytest.fixture(scope="session")
def controls(bundled: Assistant) -> ControlList:
    return control_list(bundled.index, bundled.embedder)


@pytest.fixture(scope="session")
def has(bundled: Assistant) -> Callable[[str], bool]:
    return bundled.index.has_citation


def kinds(findings: Sequence[Finding]) -> set[str]:
    return {f.kind for f in findings}
