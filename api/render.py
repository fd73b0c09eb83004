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
    # evidence keeps its retrieval numbering; only the passages the answer cites are listed
    cited = [(n, item) for n, item in enumerate(answer.evidence, 1) if item.citation in answer.citations]
    if cited:
        lines += ["", "Sources:"]
        lines += [f"  [{n}] {item.citation} — {item.title} (as of {item.as_of}) {item.source_url}" for n, item in cited]
    lines.append(f"\n({answer.latency_ms:.0f} ms)")
    return "\n".join(lines)
