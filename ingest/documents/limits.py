"""Limits for reading uploaded documents, and the checks that enforce them before any parser runs.

Why before: a parser given a hostile file (a zip bomb disguised as DOCX, a 10,000-page PDF, an
e-mail with attachments nested forever) spends the memory and time before it can fail. Sizes,
counts and the zip's declared expansion are checked first, with messages that name the file, the
limit and the setting that raises it.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from assistant.errors import TooLarge, UnsupportedDocument
from assistant.settings import Settings


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 20_000_000
    max_upload_bytes: int = 50_000_000
    max_pages: int = 500
    max_attachments: int = 50
    max_depth: int = 3
    max_uncompressed_bytes: int = 200_000_000
    max_compression_ratio: float = 100.0
    max_text_chars: int = 5_000_000

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            max_file_bytes=settings.check_max_file_bytes,
            max_upload_bytes=settings.check_max_upload_bytes,
            max_pages=settings.check_max_pages,
            max_attachments=settings.check_max_attachments,
            max_depth=settings.check_max_depth,
            max_uncompressed_bytes=settings.check_max_uncompressed_bytes,
            max_compression_ratio=settings.check_max_compression_ratio,
            max_text_chars=settings.check_max_text_chars,
        )


@dataclass
class Budget:
    """What one upload has used so far (attachments and text across nested parts)."""

    limits: Limits
    attachments: int = 0
    chars: int = 0
    pages: int = 0
    notes: list[str] = field(default_factory=list)

    def attachment(self, where: str) -> None:
        self.attachments += 1
        if self.attachments > self.limits.max_attachments:
            raise TooLarge(
                f"{where}: more than {self.limits.max_attachments} attachments (ITT_CHECK_MAX_ATTACHMENTS); "
                "split the message or check the attachments one by one."
            )

    def text(self, where: str, amount: int) -> None:
        self.chars += amount
        if self.chars > self.limits.max_text_chars:
            raise TooLarge(
                f"{where}: more than {self.limits.max_text_chars:,} characters of text (ITT_CHECK_MAX_TEXT_CHARS)."
            )

    def page_count(self, where: str, pages: int) -> None:
        self.pages += pages
        if pages > self.limits.max_pages or self.pages > self.limits.max_pages:
            raise TooLarge(
                f"{where}: {pages:,} pages; the limit is {self.limits.max_pages:,} pages per upload (ITT_CHECK_MAX_PAGES)."
            )


def check_size(name: str, size: int, limits: Limits) -> None:
    if size == 0:
        raise UnsupportedDocument(f"{name}: the file is empty.")
    if size > limits.max_file_bytes:
        raise TooLarge(
            f"{name}: {size:,} bytes; the limit is {limits.max_file_bytes:,} bytes per file (ITT_CHECK_MAX_FILE_BYTES)."
        )


def check_upload(total: int, limits: Limits) -> None:
    if total > limits.max_upload_bytes:
        raise TooLarge(
            f"The upload is {total:,} bytes; the limit is {limits.max_upload_bytes:,} bytes (ITT_CHECK_MAX_UPLOAD_BYTES)."
        )


def check_zip(name: str, data: bytes, limits: Limits) -> None:
    """Refuse a zip container (DOCX) whose declared expansion is too large or too steep, before
    anything in it is decompressed. The declared sizes bind: Python's zip reader never returns more
    than an entry's declared size, so checking them bounds what python-docx can inflate."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise UnsupportedDocument(f"{name}: not a readable DOCX (the zip container is damaged: {e}).") from e
    if len(infos) > 10_000:
        raise UnsupportedDocument(f"{name}: the DOCX holds {len(infos):,} parts; refusing an archive this large.")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise TooLarge(
            f"{name}: the DOCX would expand to {total:,} bytes; the limit is {limits.max_uncompressed_bytes:,} "
            "(ITT_CHECK_MAX_UNCOMPRESSED_BYTES). It may be a zip bomb."
        )
    ratio = total / max(packed, 1)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos), default=0.0)
    if max(ratio, worst) > limits.max_compression_ratio and total > 1_000_000:
        raise UnsupportedDocument(
            f"{name}: the DOCX compresses {max(ratio, worst):,.0f}:1, beyond {limits.max_compression_ratio:,.0f}:1 "
            "(ITT_CHECK_MAX_COMPRESSION_RATIO); refusing a likely zip bomb."
        )
