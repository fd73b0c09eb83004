"""The human side of an evaluation: report.md (plots beside it in plots/) and a self-contained
report.html (plots embedded as base64 PNG), both listing every question, failures first."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.citations import section_key
from evals.metrics import sections
from evals.questions import DETERMINATIONS, Question

# (label, metrics key, is it a retrieval metric the baseline also has)
HEADLINE: list[tuple[str, str, bool]] = [
    ("Determination accuracy", "determination_accuracy", False),
    ("Refusal accuracy (out_of_scope)", "refusal_accuracy", False),
    ("Missing-facts recall (depends)", "missing_facts_recall", False),
    ("Must-mention terms found", "must_mention", False),
    ("Citation precision (macro)", "citation_precision", False),
    ("Citation recall (macro)", "citation_recall", False),
    ("Citation F2 (macro)", "citation_f2", False),
    ("Retrieval Recall@5", "retrieval_recall_at_5", True),
    ("Retrieval Recall@10", "retrieval_recall_at_10", True),
    ("MRR@10", "mrr_at_10", True),
    ("nDCG@10", "ndcg_at_10", True),
    ("Unsupported answer citations", "unsupported_citations", False),
    ("Latency p50 (ms)", "latency_ms_p50", False),
    ("Latency p95 (ms)", "latency_ms_p95", False),
]

NOTES = (
    "Citations are matched at section level (`assistant.citations.section_key`); retrieved lists are "
    "de-duplicated at that level before ranking. Citation precision/recall/F2 are computed per question "
    "and averaged (macro). Questions with no expected citation ({excluded} of {n}) are left out of the "
    "citation and retrieval metrics. Refusal accuracy is over out_of_scope items ({refusal}), missing-facts "
    "recall over depends items that list facts ({facts}). Rank k counts distinct provisions among the "
    "retrieved passages, so a list can hold fewer than 10. The answering retriever's list includes the "
    "provisions the determination engine looked up; other retrievers and the baseline are retrieval alone. "
    "A dash means nothing was scored."
)


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.1f}"
    return str(value)


def headline_rows(metrics: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(label, product value, baseline value or '') for the headline table."""
    base = metrics.get("baseline")
    rows = []
    for label, key, retrieval in HEADLINE:
        rows.append((label, _fmt(metrics.get(key)), _fmt(base.get(key)) if base and retrieval else ""))
    return rows


def retriever_rows(metrics: Mapping[str, Any]) -> list[tuple[str, str, str, str, str]]:
    runs = dict(metrics.get("retrievers", {}))
    if metrics.get("baseline"):
        runs["baseline"] = metrics["baseline"]
    return [
        (
            name,
            _fmt(run["retrieval_recall_at_5"]),
            _fmt(run["retrieval_recall_at_10"]),
            _fmt(run["mrr_at_10"]),
            _fmt(run["ndcg_at_10"]),
        )
        for name, run in runs.items()
    ]


# --------------------------------------------------------------------------- plots


def _png(fig: Any) -> bytes:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return buffer.getvalue()


def _accuracy_bars(groups: Mapping[str, Mapping[str, Any]], title: str, xlabel: str) -> bytes:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.4))
    names = list(groups)
    values = [groups[n]["accuracy"] or 0.0 for n in names]
    bars = ax.bar(names, values, color="#4c72b0")
    for bar, name in zip(bars, names, strict=True):
        ax.annotate(
            f"n={groups[name]['n']}",
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            ha="center",
            va="bottom",
            fontsize=8,
        )
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("determination accuracy")
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.tick_params(axis="x", labelrotation=30)
    return _png(fig)


def _recall_curves(metrics: Mapping[str, Any]) -> bytes:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.6))
    runs = {name: run["recall_curve"] for name, run in metrics.get("retrievers", {}).items()}
    if metrics.get("baseline"):
        runs["baseline (naive)"] = metrics["baseline"]["recall_curve"]
    styles = [("o", "-"), ("s", "--"), ("^", "-."), ("D", ":")]
    for n, (name, curve) in enumerate(runs.items()):
        ks = [k for k, v in enumerate(curve, 1) if v is not None]
        marker, line = styles[n % len(styles)]  # distinct styles: equal curves must stay visible
        ax.plot(ks, [v for v in curve if v is not None], marker=marker, linestyle=line, label=name, alpha=0.8)
    ax.set_xticks(range(1, 11))
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("k (distinct provisions)")
    ax.set_ylabel("Recall@k")
    ax.set_title("Recall@k by retriever")
    ax.grid(alpha=0.3)
    if runs:
        ax.legend(fontsize=8)
    return _png(fig)


def _confusion(metrics: Mapping[str, Any]) -> bytes:
    import matplotlib.pyplot as plt

    table: Mapping[str, Mapping[str, int]] = metrics["determination_confusion"]
    got = sorted({g for row in table.values() for g in row} | set(DETERMINATIONS), key=_label_order)
    expected = sorted(set(table) | set(DETERMINATIONS), key=_label_order)
    counts = [[table.get(e, {}).get(g, 0) for g in got] for e in expected]
    fig, ax = plt.subplots(figsize=(6, 4.2))
    ax.imshow(counts, cmap="Blues")
    top = max(max(row) for row in counts) or 1
    for i, row in enumerate(counts):
        for j, value in enumerate(row):
            color = "white" if value > top / 2 else "black"
            ax.text(j, i, str(value), ha="center", va="center", fontsize=9, color=color)
    ax.set_xticks(range(len(got)), got, rotation=30)
    ax.set_yticks(range(len(expected)), expected)
    ax.set_xlabel("determination given")
    ax.set_ylabel("expected")
    ax.set_title("Determinations")
    return _png(fig)


def _label_order(label: str) -> tuple[int, str]:
    return (DETERMINATIONS.index(label) if label in DETERMINATIONS else len(DETERMINATIONS), label)


def _latency(records: Sequence[Mapping[str, Any]]) -> bytes:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.hist([r["latency_ms"] for r in records], bins=20, color="#55a868")
    ax.set_xlabel("latency per question (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Answer latency")
    return _png(fig)


def make_plots(metrics: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> dict[str, bytes]:
    """PNG bytes by file name, rendered off-screen (Agg)."""
    import matplotlib

    matplotlib.use("Agg")
    return {
        "accuracy_by_grade.png": _accuracy_bars(metrics["determination_by_grade"], "Accuracy by grade", "grade"),
        "accuracy_by_jurisdiction.png": _accuracy_bars(
            metrics["determination_by_jurisdiction"], "Accuracy by jurisdiction", "jurisdiction"
        ),
        "recall_at_k.png": _recall_curves(metrics),
        "confusion.png": _confusion(metrics),
        "latency.png": _latency(records),
    }


# --------------------------------------------------------------------------- questions


def ordered(
    questions: Sequence[Question], records: Sequence[Mapping[str, Any]]
) -> list[tuple[Question, Mapping[str, Any]]]:
    """Failures first (most reasons first), then passes; file order within each group."""
    pairs = list(zip(questions, records, strict=True))
    return sorted(pairs, key=lambda p: (p[1]["verdict"] == "pass", -len(p[1]["reasons"])))


def _marked(retrieved: Sequence[str], expected: Sequence[str]) -> list[str]:
    wanted = set(sections(expected))
    shown: list[str] = []
    seen: set[str] = set()
    for citation in retrieved:
        key = section_key(citation)
        if key in seen:
            continue
        seen.add(key)
        shown.append(f"{citation} ✓" if key in wanted else citation)
    return shown[:10]


def question_fields(q: Question, r: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """(label, text) lines shown for one question in both reports."""
    e = q.expected
    fields = [
        ("Question", q.question),
        ("Verdict", "pass" if r["verdict"] == "pass" else "FAIL — " + "; ".join(r["reasons"])),
        ("Determination", f"expected {e.determination}, got {r.get('determination') or 'none'}"),
        ("Expected citations", ", ".join(e.citations) or "none"),
        ("Cited", ", ".join(r["citations"]) or "none"),
        ("Retrieved (✓ expected)", " · ".join(_marked(r["retrieved"], e.citations)) or "none"),
    ]
    if baseline is not None:
        fields.append(("Baseline retrieved", " · ".join(_marked(baseline["retrieved"], e.citations)) or "none"))
    if e.must_mention:
        fields.append(("Must mention", ", ".join(e.must_mention)))
    if e.missing_facts or r.get("missing_facts"):
        fields.append(
            (
                "Missing facts",
                f"expected {', '.join(e.missing_facts) or 'none'}; asked {', '.join(r.get('missing_facts') or []) or 'none'}",
            )
        )
    fields.append(("Latency", f"{r['latency_ms']:.0f} ms"))
    return fields


# --------------------------------------------------------------------------- writers


def _header(metrics: Mapping[str, Any]) -> str:
    return (
        f"{metrics['n']} questions from {', '.join(metrics.get('questions_files', []))}; "
        f"retriever {metrics.get('retriever')}, k={metrics.get('k')}; index build {metrics.get('build')}; "
        f"{metrics['passed']} passed every check; run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}."
    )


def _notes(metrics: Mapping[str, Any]) -> str:
    notes = NOTES.format(
        excluded=metrics["citation_excluded"],
        n=metrics["n"],
        refusal=metrics["refusal_scored"],
        facts=metrics["missing_facts_scored"],
    )
    gaps = metrics.get("expected_not_indexed") or []
    if gaps:
        notes += f" Expected provisions absent from the index (corpus gaps): {'; '.join(gaps)}."
    base = metrics.get("baseline")
    if base:
        notes += (
            f" Baseline: {base['name']} over the same corpus ({base['chunks']} chunks, same embedder); "
            "it has no determination, so only its retrieval is scored."
        )
    return notes


def render_markdown(
    metrics: Mapping[str, Any],
    pairs: Sequence[tuple[Question, Mapping[str, Any]]],
    plot_names: Sequence[str],
    baseline: Mapping[str, Mapping[str, Any]] | None,
) -> str:
    lines = ["# ITT assistant evaluation", "", _header(metrics), "", "## Headline", ""]
    lines += ["| metric | product | baseline |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in headline_rows(metrics)]
    lines += ["", "| retriever | Recall@5 | Recall@10 | MRR@10 | nDCG@10 |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in retriever_rows(metrics)]
    lines += ["", _notes(metrics), "", "## Plots", ""]
    lines += [f"![{name}](plots/{name})" for name in plot_names]
    lines += ["", "## Questions (failures first)", ""]
    for q, r in pairs:
        mark = "PASS" if r["verdict"] == "pass" else "FAIL"
        lines += [f"### {mark} {q.id} (grade {q.grade}, {q.jurisdiction}, {q.persona})", ""]
        lines += [f"- **{label}:** {text}" for label, text in question_fields(q, r, (baseline or {}).get(q.id))]
        lines.append("")
    return "\n".join(lines)


_CSS = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
.fail h3{color:#b00020}.pass h3{color:#1b7f3b}section{border-top:1px solid #ddd;padding:.3em 0}
img{max-width:48%;margin:.3em}dt{font-weight:600}dd{margin:0 0 .4em 1em}.note{color:#555;font-size:.9em}"""


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    h = "".join(f"<th>{html.escape(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{h}</tr>{body}</table>"


def render_html(
    metrics: Mapping[str, Any],
    pairs: Sequence[tuple[Question, Mapping[str, Any]]],
    plots: Mapping[str, bytes],
    baseline: Mapping[str, Mapping[str, Any]] | None,
) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>ITT assistant evaluation</title>",
        f"<style>{_CSS}</style></head><body><h1>ITT assistant evaluation</h1>",
        f"<p>{html.escape(_header(metrics))}</p><h2>Headline</h2>",
        _table(["metric", "product", "baseline"], headline_rows(metrics)),
        _table(["retriever", "Recall@5", "Recall@10", "MRR@10", "nDCG@10"], retriever_rows(metrics)),
        f"<p class='note'>{html.escape(_notes(metrics))}</p><h2>Plots</h2>",
    ]
    for name, data in plots.items():
        encoded = base64.b64encode(data).decode("ascii")
        parts.append(f"<img alt='{html.escape(name)}' src='data:image/png;base64,{encoded}'>")
    parts.append("<h2>Questions (failures first)</h2>")
    for q, r in pairs:
        mark = "PASS" if r["verdict"] == "pass" else "FAIL"
        items = "".join(
            f"<dt>{html.escape(label)}</dt><dd>{html.escape(text)}</dd>"
            for label, text in question_fields(q, r, (baseline or {}).get(q.id))
        )
        parts.append(
            f"<section class='{r['verdict']}' id='{html.escape(q.id)}'><h3>{mark} {html.escape(q.id)} "
            f"(grade {q.grade}, {html.escape(q.jurisdiction)}, {q.persona})</h3><dl>{items}</dl></section>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(
    out_dir: Path,
    metrics: Mapping[str, Any],
    questions: Sequence[Question],
    records: Sequence[Mapping[str, Any]],
    baseline_rows: Sequence[Mapping[str, Any]] | None = None,
) -> None:
    """Write report.md, plots/*.png and report.html into `out_dir`."""
    plots = make_plots(metrics, records)
    plot_dir = out_dir / "plots"
    plot_dir.mkdir(parents=True, exist_ok=True)
    for name, data in plots.items():
        (plot_dir / name).write_bytes(data)
    baseline = {row["id"]: row for row in baseline_rows} if baseline_rows is not None else None
    pairs = ordered(questions, records)
    (out_dir / "report.md").write_text(render_markdown(metrics, pairs, list(plots), baseline), encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(metrics, pairs, plots, baseline), encoding="utf-8")
