"""The pre-check report as one self-contained HTML page: no scripts, no external assets, styles
inline, printable (print CSS keeps sections together and shows link targets). Every piece of
document text is escaped; highlights are `<mark>` elements around escaped spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape

from assistant.answer import DISCLAIMER
from assistant.screening import Report

_CSS = """
:root { --fg:#1b1f24; --muted:#5b6470; --line:#d5dae1; --red:#a4161a; --red-bg:#fde8e8; --amber:#7a4b00;
  --amber-bg:#fff1d6; --green:#176639; --green-bg:#e3f5ea; --blue:#1f5fbf; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .muted { color: var(--muted); font-size: .88rem; }
.badge { display: inline-block; font-weight: 700; padding: .15rem .7rem; border-radius: 999px; border: 2px solid; }
.badge.likely-controlled { color: var(--red); background: var(--red-bg); }
.badge.needs-review { color: var(--amber); background: var(--amber-bg); }
.badge.likely-not-controlled { color: var(--green); background: var(--green-bg); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
.sev { font-weight: 700; text-transform: uppercase; font-size: .78rem; }
.sev.high { color: var(--red); } .sev.medium { color: var(--amber); } .sev.low { color: var(--blue); }
.sev.info { color: var(--muted); }
mark { padding: 0 .1rem; border-radius: .15rem; }
mark.high { background: #f8c4c4; } mark.medium { background: #ffe2a8; } mark.low { background: #d6e6ff; }
mark.info { background: #e6e9ee; }
.passage { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid var(--line); padding: .3rem .6rem;
  margin: .3rem 0 .8rem; font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .85rem; }
.cite { font-family: ui-monospace, monospace; font-size: .85rem; white-space: nowrap; }
.error { color: var(--red); }
section.report { margin-bottom: 2.5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section.report { break-before: page; } section.report:first-of-type { break-before: auto; }
  table, .passage, li { break-inside: avoid; }
  a[href^="#"] { color: inherit; text-decoration: none; }
  .badge { border-width: 1px; }
}
"""


def _marked(text: str, spans: Sequence[tuple[int, int, str, int]], prefix: str) -> str:
    """Escaped `text` with non-overlapping spans wrapped in <mark> (the first of overlapping wins)."""
    out, cursor = [], 0
    for start, end, severity, number in sorted(spans):
        if start < cursor or end <= start:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f'<mark class="{severity}" id="{prefix}f{number}">{escape(text[start:end])}</mark>')
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _report(report: Report, n: int) -> str:
    badge = report.overall.replace(" ", "-")
    parts = [f'<section class="report" id="r{n}">', f"<h2>{escape(report.file)}</h2>"]
    parts.append(f'<p><span class="badge {badge}">{escape(report.overall.capitalize())}</span></p>')
    parts.append(f"<p>{escape(report.summary)}</p>")
    parts.append(
        f'<p class="meta">{escape(report.kind.upper())} · {report.pages} pages · {report.segments} segments · '
        f"{report.size:,} bytes · sources as of {escape(str(report.corpus.get('as_of', '?')))}</p>"
    )
    for note in report.notes:
        parts.append(f'<p class="muted">Note: {escape(note)}</p>')
    if report.steps:
        parts.append("<h3>Decision path</h3><ol>")
        for step in report.steps:
            cite = f' <span class="cite">[{escape(step.citation)}]</span>' if step.citation else ""
            parts.append(f"<li><em>{escape(step.question)}</em> {escape(step.finding)}{cite}</li>")
        parts.append("</ol>")
    if report.next_steps:
        parts.append("<h3>Next steps</h3><ul>" + "".join(f"<li>{escape(s)}</li>" for s in report.next_steps) + "</ul>")
    if report.candidates:
        parts.append("<h3>Control-list candidates</h3><table><tr><th>Entry</th><th>Score</th><th>Why</th></tr>")
        for c in report.candidates:
            also = f'<br><span class="muted">also {escape(", ".join(c.equivalents))}</span>' if c.equivalents else ""
            parts.append(
                f'<tr><td><span class="cite">{escape(c.citation)}</span><br>{escape(c.title)}{also}</td>'
                f"<td>{c.score:.2f}{' (strong)' if c.strong else ''}</td><td>{escape(c.reason)}</td></tr>"
            )
        parts.append("</table>")
    parts.append(f"<h3>Findings ({len(report.findings)})</h3>")
    if report.findings:
        parts.append("<table><tr><th>Severity</th><th>Finding</th><th>Where</th><th>Citations</th></tr>")
        for i, f in enumerate(report.findings):
            cites = "<br>".join(f'<span class="cite">{escape(c)}</span>' for c in f.citations)
            parts.append(
                f'<tr><td><span class="sev {f.severity}">{f.severity}</span></td><td>{escape(f.message)}'
                f'<br><a href="#r{n}f{i}">“{escape(f.quote[:120])}”</a></td>'
                f"<td>{escape(f.location.label)}</td><td>{cites}</td></tr>"
            )
        parts.append("</table>")
    if report.passages:
        parts.append("<h3>Passages</h3>")
        for passage in report.passages:
            spans = [
                (f.start, f.end, f.severity, i) for i, f in enumerate(report.findings) if f.segment == passage.segment
            ]
            body = _marked(passage.text, spans, f"r{n}")
            parts.append(f'<p class="muted">{escape(passage.location.label)}</p><div class="passage">{body}</div>')
    parts.append("</section>")
    return "\n".join(parts)


def render_html(reports: Sequence[Report], errors: Sequence[tuple[str, str]] = ()) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Export pre-check report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Export pre-check report</h1>",
        f'<p class="meta">Generated {when} · {len(reports)} document(s) checked, {len(errors)} failed.</p>',
        f'<p class="muted">{escape(DISCLAIMER)}</p>',
    ]
    for file, message in errors:
        body.append(f'<p class="error">Not checked: {escape(file)}: {escape(message)}</p>')
    body += [_report(r, n) for n, r in enumerate(reports)]
    body.append("</body></html>")
    return "\n".join(body)
