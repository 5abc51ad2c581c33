"""Read JSON Lines input, one page per line (``text`` or ``html``, optional ``url`` and ``published``).

Lines are read one at a time, each bounded by the page size limit, so a huge file or
a huge line never sits in memory whole. A bad line fails alone; the next line goes on.
A gzip file cut short keeps every complete line and ends with one R004 for the cut.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from dateline.errors import InputError
from dateline.model import Failure, PageKind, PublishedFrom, RawPage, Source
from dateline.read.files import CHUNK, deferred_error
from dateline.read.text import repair

LOGGER = logging.getLogger(__name__)

# When a line carries both fields, the markup wins: the cleaner gets more structure from it.
CONTENT_FIELDS: tuple[tuple[str, PageKind], ...] = (("html", "html"), ("text", "text"))
# A "\ud800" escape with no partner is valid JSON (JavaScript and Java write it for a cut
# emoji) but no text: json.loads keeps it as a lone surrogate, which UTF-8 cannot encode.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def iter_jsonl(stream: io.BufferedReader, path: str, max_page_bytes: int) -> Iterator[RawPage | Failure]:
    """Yield a RawPage or a Failure for each non-blank line of a JSON Lines stream."""
    number = 0
    while True:
        number += 1
        try:
            line = _read_line(stream, max_page_bytes)
        except InputError as exc:
            yield Failure(Source(path, None, number), str(exc))
            if exc.code == "R008":
                continue  # only that line was too long; the stream stands at the next one
            return
        if line is None:
            return
        if not line.endswith(b"\n") and (cut := deferred_error(stream)) is not None:
            # The line was cut with its gzip stream: one error for the cut, not a JSON error too.
            yield Failure(Source(path, None, number), str(cut))
            return
        if not line.strip():
            continue
        yield _page(line, path, number)


def _read_line(stream: io.BufferedReader, limit: int) -> bytes | None:
    """Return the next line (None at end of stream); skip and refuse a line longer than ``limit``.

    Raises:
        InputError: R008 for an over-long line (the stream is left at the next line),
            R004 from a damaged gzip layer.
    """
    line = stream.readline(limit + 1)
    if not line:
        error = deferred_error(stream)
        if error is not None:
            raise error
        return None
    if len(line) <= limit or line.endswith(b"\n"):
        return line
    size = len(line)
    while True:
        rest = stream.readline(CHUNK)
        size += len(rest)
        if not rest or rest.endswith(b"\n"):
            break
    raise InputError("R008", limit=limit, size=size)


def _page(line: bytes, path: str, number: int) -> RawPage | Failure:
    """Turn one JSON line into a RawPage, or a Failure saying what the line lacks."""
    source = Source(path, None, number)
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        # JSON text is UTF-8 (RFC 8259); a line in another encoding is refused, not guessed.
        return Failure(source, str(InputError("R009", detail=f"line {number} is not UTF-8 at byte {exc.start}")))
    except (json.JSONDecodeError, RecursionError) as exc:
        return Failure(source, str(InputError("R006", line=number, detail=str(exc))))
    if not isinstance(record, dict):
        return Failure(source, str(InputError("R007", line=number)))
    record = {key: _text(value, f"{path} line {number} field {key!r}") for key, value in record.items()}
    url = record.get("url") if isinstance(record.get("url"), str) else None
    source = Source(path, url, number)
    published = _published(record)
    if isinstance(published, InputError):
        return Failure(source, str(published))
    for field, kind in CONTENT_FIELDS:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return _make(value, kind, source, published)
    return Failure(source, str(InputError("R007", line=number)))


def _text(value: Any, label: str) -> Any:
    """Return a field's value with lone surrogates replaced by U+FFFD (one character each, so offsets hold)."""
    if not isinstance(value, str):
        return value
    fixed, count = LONE_SURROGATE.subn("\ufffd", value)
    if count:
        LOGGER.warning("%s: replaced %s lone surrogate(s) with U+FFFD", label, count)
    return fixed


def _make(value: str, kind: PageKind, source: Source, published: str | None) -> RawPage:
    """Build the RawPage for one line's content field, mojibake repaired."""
    origin: PublishedFrom | None = "user" if published else None
    return RawPage(source=source, content=repair(value), kind=kind, published=published, published_from=origin)


def _published(record: dict[str, Any]) -> str | None | InputError:
    """Return the line's ``published`` as YYYY-MM-DD, None when absent, or the error for a bad value."""
    value = record.get("published")
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return InputError("R011", field="published", value=str(value)[:40])
