"""Split a WARC archive into one RawPage per HTTP 200 HTML (or PDF) response record, streaming.

FastWARC parses the records. It stops without complaint when an archive ends inside
a record, so the stream is fed through ``_Tracker``, which counts and remembers the
latest bytes: each record's framing (header block + ``Content-Length`` bytes) is
checked against what the stream really held, and a cut archive yields R005 (or R004
when the gzip layer broke) after the pages that were complete. Gzip is undone by
``files.unwrap_gzip`` before FastWARC sees the bytes, so positions are uncompressed.

FastWARC ends its iteration at the first record it cannot parse (an HTTP header past
``MAX_HEADER_BYTES``, a malformed header line). When that record's own WARC framing is
intact, the record fails alone (R005) and reading resumes after its block, from a new
iterator on the same tracker, so no later record is lost (issue 16).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from dateline.errors import InputError
from dateline.model import Failure, RawPage, Source
from dateline.read.files import deferred_error, looks_like_html
from dateline.read.html import charset_from_content_type, html_page
from dateline.read.http import decode_payload
from dateline.read.pdf import PDF_TYPES, is_pdf, pdf_page

LOGGER = logging.getLogger(__name__)

HTML_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})
BUFFER_SIZE = 1 << 16
# Longest WARC or HTTP header block read; real responses carry cookies and CSP headers
# of 40-100 KB. A record past it fails alone (R005) and the archive goes on.
MAX_HEADER_BYTES = 1 << 20
# The tracker keeps enough recent bytes to still hold a record's header when it is yielded.
WINDOW_BYTES = 4 * BUFFER_SIZE + 2 * MAX_HEADER_BYTES
# FastWARC's errors on malformed framing or HTTP headers.
FASTWARC_ERRORS = (OSError, ValueError, RuntimeError, UnicodeDecodeError)
# The length line of a WARC header block, read by hand to step over a record FastWARC refused.
CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


class _Tracker(io.RawIOBase):
    """Count the bytes FastWARC reads, keep the latest ones, and turn a read error into EOF."""

    def __init__(self, inner: io.BufferedReader) -> None:
        self._inner = inner
        self.pos = 0
        self.eof = False
        self.error: InputError | None = None
        self.window = bytearray()
        self.window_start = 0
        self._replay = bytearray()  # bytes handed out before a ``resume_at`` went back: served again first

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        # FastWARC asks where the stream starts; a plain RawIOBase would try to seek.
        return self.pos

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._replay:
            data = bytes(self._replay[: len(buffer)])
            del self._replay[: len(data)]
        elif self.eof:
            return 0
        else:
            data = self._read(len(buffer))
        if not data:
            self.eof = True
            return 0
        buffer[: len(data)] = data
        self.pos += len(data)
        self.window += data
        excess = len(self.window) - WINDOW_BYTES
        if excess > 0:
            del self.window[:excess]
            self.window_start += excess
        return len(data)

    def _read(self, size: int) -> bytes:
        """Read from the archive; a read error becomes an end of stream, kept in ``error``."""
        try:
            data = self._inner.read(size)
        except InputError as exc:
            # Hand FastWARC an end of stream so the complete records are still yielded.
            self.error, data = exc, b""
        except OSError as exc:
            self.error, data = InputError("R010", path="archive", detail=str(exc)), b""
        if not data and self.error is None:
            self.error = deferred_error(self._inner)  # a cut gzip layer ends first, then says why
        return data

    def resume_at(self, offset: int) -> bool:
        """Make ``offset`` the next byte read: held bytes are served again, unread ones skipped.

        Returns False when that is impossible: the bytes were dropped from the window, or
        the stream ends before ``offset``.
        """
        if offset < self.window_start:
            return False
        if offset <= self.pos:
            held = offset - self.window_start
            self._replay[:0] = self.window[held:]
            del self.window[held:]
            self.pos = offset
            return True
        scratch = memoryview(bytearray(BUFFER_SIZE))
        while self.pos < offset:
            if not self.readinto(scratch[: min(BUFFER_SIZE, offset - self.pos)]):
                return False
        return True

    def header_length(self, start: int) -> int | None:
        """Return the length of the header block starting at stream offset ``start``.

        None when those bytes are no longer held; -1 when the block has no end (cut short).
        """
        offset = start - self.window_start
        if offset < 0:
            return None
        ends = [
            (found + len(sep))
            for sep in (b"\r\n\r\n", b"\n\n")
            if (found := self.window.find(sep, offset, offset + MAX_HEADER_BYTES)) >= 0
        ]
        return min(ends) - offset if ends else -1

    def is_blank(self, start: int, end: int | None = None) -> bool:
        """Say whether the held bytes from stream offset ``start`` to ``end`` (default: the end) are all white space."""
        if end is not None and end < start:
            return False
        first = max(start - self.window_start, 0)
        last = len(self.window) if end is None else max(end - self.window_start, 0)
        return not bytes(self.window[first:last]).strip()

    def record_after(self, start: int) -> tuple[int, int] | None:
        """Return where the record after offset ``start`` begins and where its block ends, from its WARC header.

        None when the bytes are no longer held, anything but white space comes first, or
        the header block has no end or no ``Content-Length``.
        """
        offset = start - self.window_start
        if offset < 0:
            return None
        begin = self.window.find(b"WARC/", offset, offset + MAX_HEADER_BYTES)
        if begin < 0 or bytes(self.window[offset:begin]).strip():
            return None
        header = self.header_length(self.window_start + begin)
        if header is None or header < 0:
            return None
        length = CONTENT_LENGTH.search(bytes(self.window[begin : begin + header]))
        if length is None:
            return None
        first = self.window_start + begin
        return first, first + header + int(length.group(1))


@dataclass(slots=True)
class _Progress:
    """Where an archive's reading stands: the last record, where its block ends, and whether reading is over."""

    index: int = -1
    block_end: int | None = None
    done: bool = False
    reported: bool = False  # the end was reported with the last record: nothing to check at the end


def iter_warc(stream: io.BufferedReader, path: str, max_page_bytes: int) -> Iterator[RawPage | Failure]:
    """Yield a RawPage per HTTP 200 HTML or PDF response, a Failure per bad record, then R004/R005 for a cut archive."""
    tracker = _Tracker(stream)
    progress = _Progress()
    while not progress.done:
        try:
            yield from _records(tracker, path, max_page_bytes, progress)
        except BaseException as exc:
            # FastWARC's Rust core reports some malformed input as a pyo3 PanicException, which
            # derives from BaseException; only that one joins FastWARC's ordinary errors here.
            if not isinstance(exc, FASTWARC_ERRORS) and type(exc).__name__ != "PanicException":
                raise
            yield _broken(path, progress.index + 1, tracker, exc)
            if not _step_over(tracker, progress):
                return
    problem = None if progress.reported else _framing_problem(tracker, progress.index, progress.block_end)
    if problem is not None:
        yield Failure(Source(path, None, max(progress.index, 0)), str(problem))


def _records(tracker: _Tracker, path: str, max_page_bytes: int, progress: _Progress) -> Iterator[RawPage | Failure]:
    """Yield the pages of the records FastWARC parses from the tracker's position on; set ``progress.done`` at the end."""
    records = ArchiveIterator(
        tracker, parse_http=True, auto_decode="none", stream_detect=False, buffer_size=BUFFER_SIZE,
        max_header_len=MAX_HEADER_BYTES,
    )
    for record in records:
        progress.index += 1
        index, block_end = progress.index, progress.block_end
        source = Source(path, record.headers.get("WARC-Target-URI"), index)
        if block_end is not None and not tracker.is_blank(block_end, record.stream_pos):
            # The previous record's Content-Length does not reach this one: bytes were
            # added or lost in between, and FastWARC skipped them.
            yield Failure(source, str(InputError("R005", detail=f"unexpected bytes before record {index}")))
        try:
            block_end = progress.block_end = _block_end(record, tracker)
        except InputError as exc:
            yield Failure(source, str(tracker.error or exc))
            progress.done = progress.reported = True
            return
        if record.record_type != WarcRecordType.response or not _is_html_200(record):
            continue
        item = _page(record, source, tracker, block_end, max_page_bytes)
        if item is not None:
            yield item
        if tracker.eof and block_end is not None and tracker.pos < block_end:
            # the record was cut short and reported; nothing follows it
            progress.done = progress.reported = True
            return
    progress.done = True


def _step_over(tracker: _Tracker, progress: _Progress) -> bool:
    """Resume reading after the record FastWARC refused, when its WARC framing says where it ends.

    Returns False when the archive cannot go on: its gzip layer broke, or the refused
    record's start, header or length cannot be found.
    """
    start = 0 if progress.index < 0 else progress.block_end
    if tracker.error is not None or start is None:
        return False
    extent = tracker.record_after(start)
    if extent is None or not tracker.resume_at(extent[1]):
        return False
    LOGGER.debug("record %s refused by the parser; reading on from byte %s", progress.index + 1, extent[1])
    progress.index += 1
    progress.block_end = extent[1]
    return True


def _broken(path: str, index: int, tracker: _Tracker, exc: BaseException) -> Failure:
    """Return the Failure for an archive FastWARC could not parse past record ``index``."""
    error = tracker.error or InputError("R005", detail=f"record {index}: {exc}")
    return Failure(Source(path, None, index), str(error))


def _block_end(record: WarcRecord, tracker: _Tracker) -> int | None:
    """Return the stream offset where a record's block ends, or None when it cannot be known.

    Raises:
        InputError: R005 when the record's header block is cut short or has no length.
    """
    header = tracker.header_length(record.stream_pos)
    if header == -1:
        raise InputError("R005", detail=f"header of the record at byte {record.stream_pos} has no end")
    length = (record.headers.get("Content-Length") or "").strip()
    if not length.isdigit():
        raise InputError("R005", detail=f"record at byte {record.stream_pos} has no valid Content-Length")
    return None if header is None else record.stream_pos + header + int(length)


def _is_html_200(record: WarcRecord) -> bool:
    """Say whether a response record is an HTTP 200 carrying an HTML document or a PDF."""
    if not record.is_http or record.http_headers is None or record.http_headers.status_code != 200:
        return False
    content_type = (record.http_content_type or "").split(";")[0].strip().lower()
    # Without a content type the payload itself decides (see ``_page``).
    return not content_type or content_type in HTML_TYPES or content_type in PDF_TYPES


def _content_type(record: WarcRecord) -> str:
    """Return a response's media type, lower case and without parameters ("" when it states none)."""
    return (record.http_content_type or "").split(";")[0].strip().lower()


def _page(
    record: WarcRecord, source: Source, tracker: _Tracker, block_end: int | None, max_page_bytes: int
) -> RawPage | Failure | None:
    """Read one response's payload into a RawPage, a Failure naming what is wrong, or None to skip it."""
    declared = record.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_page_bytes:
        return Failure(source, str(InputError("R008", limit=max_page_bytes, size=int(declared))))
    try:
        payload = record.reader.read(max_page_bytes + 1)
    except FASTWARC_ERRORS as exc:
        detail = f"record {source.record}: payload cannot be read: {exc}"
        return Failure(source, str(InputError("R005", detail=detail)))
    if len(payload) > max_page_bytes:
        return Failure(source, str(InputError("R008", limit=max_page_bytes, size=f"more than {max_page_bytes}")))
    if block_end is not None and tracker.eof and tracker.pos < block_end:
        length = int(declared or 0)
        held = tracker.pos - (block_end - length)
        detail = f"record {source.record} ends early ({held} of {length} bytes)"
        cut = tracker.error or InputError("R005", detail=detail)
        return Failure(source, str(cut))
    label = f"{source.path} record {source.record}"
    http = record.http_headers
    try:
        payload = decode_payload(payload, http.get("Transfer-Encoding"), http.get("Content-Encoding"), max_page_bytes)
        if _content_type(record) in PDF_TYPES or is_pdf(payload[:1024]):
            return pdf_page(payload, source, label, published=_warc_date(record), published_from="warc")
        if not record.http_content_type and not looks_like_html(payload):
            LOGGER.debug("record %s has no content type and does not open like HTML; skipped", source.record)
            return None
        return html_page(
            payload, source, label, http_charset=charset_from_content_type(record.http_content_type),
            published=_warc_date(record), published_from="warc",
        )
    except InputError as exc:
        return Failure(source, str(exc))


def _warc_date(record: WarcRecord) -> str | None:
    """Return the record's WARC-Date as YYYY-MM-DD, or None when absent or malformed."""
    value = (record.headers.get("WARC-Date") or "")[:10]
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _framing_problem(tracker: _Tracker, last_index: int, block_end: int | None) -> InputError | None:
    """Return why the archive's end does not match its last record, or None when it does."""
    if tracker.error is not None:
        return tracker.error
    if last_index < 0:
        if tracker.pos == 0:
            return None
        return InputError("R005", detail="no WARC record found")
    if block_end is None:
        return None
    if tracker.pos < block_end:
        return InputError("R005", detail=f"record {last_index} ends early at byte {tracker.pos} of {block_end}")
    if not tracker.is_blank(block_end):
        return InputError("R005", detail=f"archive ends inside a record after record {last_index}")
    return None
