"""A multi-turn conversation: facts accumulate over the turns, so "She is a French national in
Paris" completes "Can I send the 9E003 drawings to our engineer?"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.answer import Answer
from assistant.facts import Facts
from assistant.pipeline import Assistant


@dataclass
class Conversation:
    assistant: Assistant
    jurisdiction: str | None = None
    facts: Facts = field(default_factory=Facts)
    turns: list[tuple[str, Answer]] = field(default_factory=list)

    def send(self, message: str) -> Answer:
        answer = self.assistant.ask(message, self.jurisdiction, facts=self.facts)
        self.facts = Facts.model_validate(answer.facts)
        self.turns.append((message, answer))
        return answer

    def to_dict(self) -> dict[str, Any]:
        """What a session store keeps: the facts and the turns (messages and answers)."""
        return {
            "jurisdiction": self.jurisdiction,
            "facts": self.facts.model_dump(),
            "turns": [{"message": m, "answer": a.model_dump()} for m, a in self.turns],
        }

    @classmethod
    def from_dict(cls, assistant: Assistant, data: dict[str, Any]) -> Conversation:
        return cls(
            assistant,
            jurisdiction=data.get("jurisdiction"),
            facts=Facts.model_validate(data.get("facts") or {}),
            turns=[(t["message"], Answer.model_validate(t["answer"])) for t in data.get("turns", [])],
        )
