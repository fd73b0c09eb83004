"""One exception hierarchy. Each class carries the HTTP status the API renders it with; the CLI
prints the message and exits non-zero. Messages name the input and the next step."""

from __future__ import annotations


class ITTError(Exception):
    status: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(ITTError):
    """The caller's input cannot be used (empty, too long, binary, unknown jurisdiction)."""

    status = 400


class NotFound(ITTError):
    status = 404


class TooLarge(ITTError):
    status = 413


class UnsupportedDocument(ITTError):
    """A document that cannot be read: encrypted, image-only, malformed or of an unknown type."""

    status = 422


class CorpusError(ITTError):
    """A corpus or source file that does not follow the format; names the file."""

    status = 422


class IndexMissing(ITTError):
    status = 503

    def __init__(self, where: str) -> None:
        super().__init__(f"No index at {where}. Run `itt ingest` first.")


class StoreUnavailable(ITTError):
    """The vector store (e.g. a Chroma server) cannot be reached."""

    status = 503
