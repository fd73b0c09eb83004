"""The HTML report is one self-contained, printable page in which document text is only ever text."""

from __future__ import annotations

from api.check_html import render_html
from assistant.screening import Report
from assistant.screening.types import Candidate, Finding, Location, Passage

HOSTILE = 'Gate etch at 95 GHz <script>alert("x")</script> & <img src=x onerror=alert(1)>'


def report() -> Report:
    where = Location(file="a<b>.txt", line=1)
    start = HOSTILE.index("95 GHz")
    return Report(
        file="a<b>.txt", kind="text", overall="likely controlled", summary="Likely controlled: <b>bold</b>",
        candidates=[Candidate(citation="ECCN 3E001", title="Technology", jurisdiction="US-EAR", score=0.9,
                              similarity=0.5, equivalents=["WA 3.E.1"], strong=True)],
        findings=[Finding(kind="parameter", severity="high", message="Parameter meets a threshold.", segment=0,
                          location=where, start=start, end=start + 6, quote="95 GHz", citations=["ECCN 3E001"])],
        passages=[Passage(segment=0, location=where, text=HOSTILE)],
    )  # fmt: skip


def test_document_text_is_escaped_and_spans_are_marked() -> None:
    page = render_html([report()])
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<mark class="high" id="r0f0">95 GHz</mark>' in page
    assert "a&lt;b&gt;.txt" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_the_page_is_self_contained_and_printable() -> None:
    page = render_html([report()], errors=[("locked.pdf", "the PDF is encrypted")])
    assert "<script" not in page.replace("&lt;script", "") and "http://" not in page and "https://" not in page
    assert "@media print" in page and "break-inside: avoid" in page
    assert "Not checked: locked.pdf: the PDF is encrypted" in page
    assert "ECCN 3E001" in page and "also WA 3.E.1" in page and "Likely controlled" in page
