"""E-mail messages (.eml, stdlib `email` with `policy.default`): the envelope headers, the body,
and every attachment read by its own reader, recursively (an e-mail attached to an e-mail, a PDF
inside that). Locations read like `mail.eml › attachment 2 › spec.pdf › page 3`.

An attachment that cannot be read does not sink the message: it is named in the notes as not
screened, and the report says so. Counts and nesting depth are bounded (`Budget`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from assistant.errors import ITTError, TooLarge, UnsupportedDocument
from assistant.screening.types import Location, Segment
from ingest.documents.limits import Budget
from ingest.documents.text import text_segments

HEADERS = ("From", "To", "Cc", "Bcc", "Subject", "Date")
# (name, data, parts, depth) -> (segments, pages, notes)
ReadPart = Callable[[str, bytes, tuple[str, ...], int], tuple[list[Segment], int, list[str]]]


class _Text(HTMLParser):
    """Visible text of an HTML body: block elements become line breaks, scripts and styles vanish."""

    _BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                         "blockquote", "pre", "hr"))  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.out.append("\n\n" if tag in ("p", "div", "table", "h1", "h2", "h3") else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def parse_message(name: str, data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not any(message.get(h) for h in ("From", "To", "Subject", "Date", "Message-ID")):
        raise UnsupportedDocument(f"{name}: not an e-mail message (no From, To, Subject or Date header).")
    return message  # type: ignore[return-value]


def _leaves(part: Message) -> Iterator[Message]:
    """Leaf parts in order; an attached message is a leaf (read on its own, one level deeper)."""
    if part.get_content_type() == "message/rfc822":
        yield part
    elif part.is_multipart():
        for sub in part.iter_parts():  # type: ignore[attr-defined]
            yield from _leaves(sub)
    else:
        yield part


def _payload(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
        return inner.as_bytes(policy=policy.default) if isinstance(inner, Message) else str(inner).encode()
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def read_eml(
    name: str, data: bytes, file: str, parts: Sequence[str], budget: Budget, depth: int, read_part: ReadPart
) -> tuple[list[Segment], int, list[str]]:
    """(segments, pages of attached PDFs, notes)."""
    if depth > budget.limits.max_depth:
        raise TooLarge(f"{name}: e-mails nested more than {budget.limits.max_depth} deep (ITT_CHECK_MAX_DEPTH).")
    try:
        message = parse_message(name, data)
        body = message.get_body(preferencelist=("plain", "html"))
    except ITTError:
        raise
    except Exception as e:  # the email package raises a variety of errors on malformed input
        raise UnsupportedDocument(f"{name}: not a readable e-mail ({type(e).__name__}: {e}).") from e
    segments: list[Segment] = []
    for header in HEADERS:
        value = message.get(header)
        if value:
            segments.append(Segment(text=str(value), kind="header", location=Location(file=file, parts=tuple(parts), field=header)))
    if body is not None:
        text = body.get_content()
        if body.get_content_type() == "text/html":
            text = html_text(text)
        budget.text(name, len(text))
        segments += text_segments(text.replace("\r\n", "\n"), file, (*parts, "body"))
    pages, notes, number = 0, [], 0
    for part in _leaves(message):
        if part is body or (part.get_content_maintype() == "text" and not part.get_filename() and not part.is_attachment()):
            continue
        number += 1
        filename = part.get_filename() or _default_name(part, number)
        where = " › ".join([*parts, f"attachment {number}", filename])
        budget.attachment(f"{name} › attachment {number}")
        try:
            got, got_pages, got_notes = read_part(filename, _payload(part), (*parts, f"attachment {number}", filename), depth + 1)
        except TooLarge:
            raise
        except ITTError as e:
            notes.append(f"not screened: {where}: {e.message}")
            continue
        segments += got
        pages += got_pages
        notes += got_notes
    return segments, pages, notes


def _default_name(part: Message, number: int) -> str:
    if part.get_content_type() == "message/rfc822":
        return f"message-{number}.eml"
    subtype = part.get_content_subtype() or "bin"
    return f"part-{number}.{subtype}"
