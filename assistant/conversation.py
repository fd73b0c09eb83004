"""A multi-turn conversation: the turns so far, so a later message can build on earlier ones."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer import Answer
from assistant.pipeline import Assistant


@dataclass
class Conversation:
    assistant: Assistant
    jurisdiction: str | None = None
    turns: list[tuple[str, Answer]] = field(default_factory=list)

    def send(self, message: str) -> Answer:
        answer = self.assistant.ask(message, self.jurisdiction)
        self.turns.append((message, answer))
        return answer
