"""Limits are checked before parsing, with messages naming the file, the limit and the setting."""

from __future__ import annotations

import pytest

from assistant.errors import TooLarge, UnsupportedDocument
from assistant.settings import Settings
from ingest.documents.limits import Budget, Limits, check_size, check_upload, check_zip
from tests.documents.conftest import docx, zip_bomb_docx


def test_limits_come_from_the_settings() -> None:
    limits = Limits.from_settings(Settings(check_max_pages=7, check_max_file_bytes=2048))
    assert (limits.max_pages, limits.max_file_bytes) == (7, 2048)


def test_an_oversized_file_names_the_setting() -> None:
    with pytest.raises(TooLarge, match=r"big\.pdf: 3,000 bytes; the limit is 2,048 bytes per file \(ITT_CHECK_MAX_FILE_BYTES\)"):
        check_size("big.pdf", 3000, Limits(max_file_bytes=2048))


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(UnsupportedDocument, match="empty"):
        check_size("e.txt", 0, Limits())


def test_an_oversized_upload_names_the_setting() -> None:
    with pytest.raises(TooLarge, match="ITT_CHECK_MAX_UPLOAD_BYTES"):
        check_upload(10_000, Limits(max_upload_bytes=5_000))


def test_a_normal_docx_passes_the_zip_check_and_a_bomb_does_not() -> None:
    check_zip("ok.docx", docx(["Hello"] * 50), Limits())
    with pytest.raises(UnsupportedDocument, match="zip bomb"):
        check_zip("bomb.docx", zip_bomb_docx(), Limits())


def test_the_budget_counts_across_nested_parts() -> None:
    budget = Budget(Limits(max_attachments=2, max_text_chars=1_000, max_pages=10))
    budget.attachment("a")
    budget.attachment("b")
    with pytest.raises(TooLarge):
        budget.attachment("c")
    budget.page_count("x.pdf", 6)
    with pytest.raises(TooLarge, match="per upload"):
        budget.page_count("y.pdf", 6)
    with pytest.raises(TooLarge, match="ITT_CHECK_MAX_TEXT_CHARS"):
        budget.text("t", 1_001)
