"""Loading graded question files (evals/questions/*.yaml) and checking them against the schema.

The schema is strict (unknown keys are errors, citations must be canonical) because a typo in a
question file would otherwise silently score as a product failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.citations import is_canonical
from assistant.errors import ITTError

DeterminationLabel = Literal["controlled", "not_controlled", "depends", "out_of_scope"]
DETERMINATIONS: tuple[str, ...] = ("controlled", "not_controlled", "depends", "out_of_scope")
QuestionJurisdiction = Literal["US-EAR", "US-ITAR", "EU", "WA", "UK", "JP", "SG", "MY", "multi", "none"]


class QuestionFileError(ITTError):
    """A question file that cannot be read or does not follow the schema; names the file and item."""

    status = 422


class Expected(BaseModel):
    """What a correct answer does: its determination, the provisions it rests on, what it says or asks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determination: DeterminationLabel
    citations: tuple[str, ...] = ()
    must_mention: tuple[str, ...] = Field(default=(), max_length=3)
    missing_facts: tuple[str, ...] = ()

    @field_validator("citations")
    @classmethod
    def _canonical(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        bad = [v for v in values if not is_canonical(v)]
        if bad:
            raise ValueError(f"not canonical citations: {', '.join(map(repr, bad))}")
        return values


class Question(BaseModel):
    """One graded question; `jurisdiction` is metadata for reporting, never a retrieval filter."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    persona: Literal["officer", "exporter"]
    jurisdiction: QuestionJurisdiction
    grade: int = Field(ge=1, le=3)
    expected: Expected
    rationale: str = ""


def _describe(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'item'}: {e['msg']}" for e in error.errors())


def load_file(path: Path) -> list[Question]:
    """The questions of one YAML file (a list of items)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuestionFileError(f"{path}: no such question file.") from None
    except yaml.YAMLError as e:
        raise QuestionFileError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, list):
        raise QuestionFileError(f"{path}: a question file is a YAML list of items.")
    questions: list[Question] = []
    for n, item in enumerate(data, 1):
        label = item.get("id", f"#{n}") if isinstance(item, dict) else f"#{n}"
        try:
            questions.append(Question.model_validate(item))
        except ValidationError as e:
            raise QuestionFileError(f"{path}: item {label}: {_describe(e)}") from e
    return questions


def load_questions(paths: Sequence[Path]) -> list[Question]:
    """Every question of `paths`, in file order; ids must be unique across all files."""
    if not paths:
        raise QuestionFileError("No question file given. Use --questions evals/questions/dev.yaml.")
    questions: list[Question] = []
    seen: dict[str, Path] = {}
    for path in paths:
        for question in load_file(path):
            if question.id in seen:
                raise QuestionFileError(
                    f"{path}: question id {question.id!r} is used twice (first in {seen[question.id]})."
                )
            seen[question.id] = path
            questions.append(question)
    if not questions:
        raise QuestionFileError(f"No questions in {', '.join(map(str, paths))}.")
    return questions
