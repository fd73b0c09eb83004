"""Documents the reader tests build: PDFs (fpdf2, pypdf for encryption), Word files (python-docx),
e-mails (stdlib), zip bombs, and small limits to exercise them."""

from __future__ import annotations

import io
import zipfile

import pytest

from evals.samples.build import docx, eml, parse_eml, pdf
from ingest.documents import Limits

__all__ = ["docx", "eml", "encrypted_pdf", "image_only_pdf", "parse_eml", "pdf", "zip_bomb_docx"]


def encrypted_pdf(password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([["Secret process recipe for the amplifier."]]))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A scanned page: one picture, no text layer."""
    from fpdf import FPDF
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 120), (230, 230, 230)).save(picture, format="PNG")
    doc = FPDF()
    doc.add_page()
    doc.image(picture, x=10, y=10, w=150)
    return bytes(doc.output())


def zip_bomb_docx(size: int = 20_000_000) -> bytes:
    """A real Word document plus one part of `size` zero bytes (compresses about 1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx(["Hello"]))) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        bomb.writestr("word/media/padding.bin", b"\0" * size)
    return out.getvalue()


@pytest.fixture
def limits() -> Limits:
    return Limits()
