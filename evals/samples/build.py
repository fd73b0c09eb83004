"""Build the pre-check sample documents: `python -m evals.samples.build [--out DIR]`.

The samples are written by the project (fictional companies, people and products) and generated
on demand, never committed: PDFs with fpdf2, Word files with python-docx, e-mails with the stdlib
`email` package. `manifest.yaml` next to this file holds each sample's expected overall outcome
and expected top control-list candidate; `evals.samples_eval` checks them.
"""

from __future__ import annotations

import argparse
import io
import tempfile
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from pathlib import Path

import yaml

MANIFEST = Path(__file__).resolve().parent / "manifest.yaml"
_LATIN = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "•": "-", "›": ">"})


def latin(text: str) -> str:
    """fpdf2's core fonts are Latin-1: typographic dashes and quotes become plain ones."""
    return text.translate(_LATIN).encode("latin-1", "replace").decode("latin-1")


def pdf(pages: Sequence[Sequence[str]], landscape: bool = False, header: str | None = None) -> bytes:
    """A PDF with one page per list of paragraphs. "# " starts a heading; slides use large type."""
    try:
        from fpdf import FPDF
        from fpdf.enums import XPos, YPos
    except ImportError as e:  # fpdf2 is a test dependency
        from assistant.errors import ITTError

        raise ITTError("Building the sample PDFs needs fpdf2: pip install -e '.[test]'.") from e

    doc = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    doc.set_auto_page_break(True, margin=15)
    body = 16 if landscape else 10.5
    for paragraphs in pages:
        doc.add_page()
        if header:
            doc.set_font("Helvetica", "B", 8)
            doc.multi_cell(0, 5, latin(header), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.ln(2)
        for para in paragraphs:
            heading = para.startswith("# ")
            doc.set_font("Helvetica", "B" if heading else "", (body + 6) if heading else body)
            doc.multi_cell(0, body * 0.55, latin(para.removeprefix("# ")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.ln(body * 0.35)
    return bytes(doc.output())


def docx(
    paragraphs: Sequence[str],
    tables: Sequence[Sequence[Sequence[str]]] = (),
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """A Word document: "# " paragraphs are headings; tables follow the paragraphs."""
    import docx as python_docx

    document = python_docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for para in paragraphs:
        if para.startswith("# "):
            document.add_heading(para[2:], level=1)
        else:
            document.add_paragraph(para)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def eml(
    sender: str,
    to: Sequence[str],
    subject: str,
    body: str,
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    attachments: Sequence[tuple[str, bytes | EmailMessage]] = (),
    date: str = "Tue, 14 Oct 2025 09:30:00 +0000",
) -> bytes:
    """An e-mail; an attachment given as an `EmailMessage` is attached as message/rfc822."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    if bcc:
        message["Bcc"] = ", ".join(bcc)
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    types = {".pdf": ("application", "pdf"), ".txt": ("text", "plain"), ".md": ("text", "markdown"),
             ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}  # fmt: skip
    for name, data in attachments:
        if isinstance(data, EmailMessage):
            message.add_attachment(data, filename=name)
        else:
            maintype, subtype = types.get(Path(name).suffix, ("application", "octet-stream"))
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def parse_eml(data: bytes) -> EmailMessage:
    from email import policy
    from email.parser import BytesParser

    return BytesParser(policy=policy.default).parsebytes(data)  # type: ignore[return-value]


def load_manifest(path: Path = MANIFEST) -> list[dict[str, object]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["samples"])


def samples() -> dict[str, Callable[[], bytes]]:
    """File name → a function that writes the sample's bytes."""
    from evals.samples import docs, mail

    return {**docs.SAMPLES, **mail.SAMPLES}


def build(out: Path) -> list[Path]:
    """Write every sample into `out` (created); returns the paths in manifest order."""
    out.mkdir(parents=True, exist_ok=True)
    makers = samples()
    paths = []
    for entry in load_manifest():
        name = str(entry["file"])
        path = out / name
        path.write_bytes(makers[name]())
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the pre-check sample documents.")
    parser.add_argument("--out", type=Path, help="Output folder (default: a new temporary folder; never committed).")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="itt-samples-"))
    paths = build(out)
    print(f"Wrote {len(paths)} samples to {out}")


if __name__ == "__main__":
    main()
