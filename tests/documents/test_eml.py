"""E-mails: envelope headers, the body, and attachments read recursively (an e-mail attached to an
e-mail, a PDF inside that), with locations that name the path through them."""

from __future__ import annotations

import pytest

from assistant.errors import TooLarge, UnsupportedDocument
from ingest.documents import Limits, read_document
from ingest.documents.eml import html_text
from tests.documents.conftest import docx, eml, encrypted_pdf, parse_eml, pdf


def nested_message() -> bytes:
    """outer.eml → attachment 1 (fwd.eml) → attachment 1 (spec.pdf, 2 pages); plus a DOCX."""
    spec = pdf([["Cover page of the specification."], ["The amplifier operates at 95 GHz."]])
    inner = parse_eml(eml("lena@northgate.com", ["dan@acme.com"], "spec", "Spec attached.", attachments=[("spec.pdf", spec)]))
    return eml(
        "Dan <dan@acme.com>", ["wang@foundry.com.cn"], "Fwd: spec", "Forwarding the spec.\n\nRegards,\nDan",
        cc=["boss@acme.com"], bcc=["audit@acme.com"],
        attachments=[("fwd.eml", inner), ("notes.docx", docx(["Gate recess etch recipe."]))],
    )  # fmt: skip


def test_headers_body_and_nested_attachments_with_their_paths() -> None:
    document = read_document("outer.eml", nested_message(), Limits())
    assert document.kind == "eml" and document.pages == 2
    by_field = {s.location.field: s.text for s in document.segments if s.location.field and not s.location.parts}
    assert by_field["To"] == "wang@foundry.com.cn" and by_field["Bcc"] == "audit@acme.com"
    assert by_field["Subject"] == "Fwd: spec" and "From" in by_field and "Date" in by_field
    body = next(s for s in document.segments if s.location.parts == ("body",))
    assert body.text.startswith("Forwarding the spec.")
    page2 = next(s for s in document.segments if "95 GHz" in s.text)
    assert page2.location.label == "outer.eml › attachment 1 › fwd.eml › attachment 1 › spec.pdf › page 2 › line 1"
    inner_to = next(s for s in document.segments if s.location.field == "To" and s.location.parts)
    assert inner_to.location.parts == ("attachment 1", "fwd.eml") and inner_to.text == "dan@acme.com"
    recipe = next(s for s in document.segments if "recipe" in s.text)
    assert recipe.location.label == "outer.eml › attachment 2 › notes.docx › paragraph 1"


def test_an_html_only_body_is_read_as_visible_text() -> None:
    assert html_text("<html><head><style>p{}</style></head><body><p>Gate</p><p>recipe &amp; etch</p></body></html>").split() == [
        "Gate", "recipe", "&", "etch",
    ]  # fmt: skip


def test_an_unreadable_attachment_is_named_and_the_rest_is_screened() -> None:
    data = eml("a@x.com", ["b@y.de"], "files", "Two files.", attachments=[("locked.pdf", encrypted_pdf()), ("ok.txt", b"Recipe text")])
    document = read_document("m.eml", data, Limits())
    assert any(n.startswith("not screened: attachment 1 › locked.pdf") and "encrypted" in n for n in document.notes)
    assert any(s.text == "Recipe text" for s in document.segments)


def test_too_many_attachments_are_refused() -> None:
    data = eml("a@x.com", ["b@y.de"], "many", "Files.", attachments=[(f"f{n}.txt", b"text") for n in range(4)])
    with pytest.raises(TooLarge, match=r"more than 3 attachments"):
        read_document("m.eml", data, Limits(max_attachments=3))


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    message = eml("a@x.com", ["b@y.de"], "level 0", "innermost")
    for level in range(1, 4):
        message = eml("a@x.com", ["b@y.de"], f"level {level}", "wrapper", attachments=[("m.eml", parse_eml(message))])
    with pytest.raises(TooLarge, match="nested more than 2 deep"):
        read_document("deep.eml", message, Limits(max_depth=2))


def test_a_file_named_eml_without_headers_is_not_an_email() -> None:
    with pytest.raises(UnsupportedDocument, match=r"x\.eml: not an e-mail"):
        read_document("x.eml", b"just a line of text\n", Limits())
