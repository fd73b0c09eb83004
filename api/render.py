"""Plain-text rendering of an answer for the terminal."""

from __future__ import annotations

from assistant.answer import Answer

BADGES = {
    "controlled": "CONTROLLED — authorization needed",
    "not_controlled": "NOT CONTROLLED — no authorization needed",
    "depends": "DEPENDS — a deciding fact is missing",
    "out_of_scope": "OUT OF SCOPE",
}


def render_answer(answer: Answer) -> str:
    lines: list[str] = []
    if answer.determination:
        lines.append(f"Determination: {BADGES.get(answer.determination, answer.determination)}")
        lines.append("")
    lines.append(answer.answer)
    if answer.follow_up:
        lines += ["", f"Follow-up: {answer.follow_up}"]
    if answer.evidence:
        lines += ["", "Sources:"]
        for n, item in enumerate(answer.evidence, 1):
            if item.citation in answer.citations:
                lines.append(f"  [{n}] {item.citation} — {item.title} (as of {item.as_of}) {item.source_url}")
    lines.append(f"\n({answer.latency_ms:.0f} ms)")
    return "\n".join(lines)
