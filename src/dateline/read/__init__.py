"""Read input paths (files, folders, "-" for stdin) into RawPages, one Failure per unreadable input.

``iter_pages`` is the stage's one entry point. Each path is opened as a stream, gzip
is undone by its magic bytes, and the format (WARC, JSON Lines, HTML, PDF, flattened
text) is taken from the name or sniffed from the first bytes; ``warc``, ``jsonl``,
``html``, ``pdf`` and ``text`` then turn the stream into pages. Nothing escapes as an exception: a broken
input becomes a ``Failure`` carrying a coded message, and the iteration goes on.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from dateline.errors import InputError
from dateline.model import Failure, RawPage, Source
from dateline.read.files import (
    deferred_error,
    expand_paths,
    file_size,
    format_of,
    open_input,
    peek,
    printable_path,
    read_limited,
    unwrap_gzip,
)
from dateline.read.html import html_page
from dateline.read.jsonl import iter_jsonl
from dateline.read.pdf import is_pdf, pdf_page
from dateline.read.text import text_page
from dateline.read.warc import iter_warc
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

__all__ = ["iter_pages", "read_path"]


def iter_pages(paths: Sequence[str], opts: Options, stdin: BinaryIO | None = None) -> Iterator[RawPage | Failure]:
    """Yield the pages of every input path in order: a RawPage per document, a Failure per unreadable one.

    Folders recurse in sorted order; "-" reads ``stdin`` (default: the process's stdin, as bytes).
    """
    for given in paths:
        found = False
        for path in expand_paths((given,)):
            found = True
            yield from read_path(path, opts, stdin)
        if not found:
            # A folder with nothing to read is most likely a mistake worth an error line.
            name = printable_path(given)
            yield Failure(Source(name), str(InputError("R002", path=name)))


def read_path(path: str, opts: Options, stdin: BinaryIO | None = None) -> Iterator[RawPage | Failure]:
    """Yield the pages of one file (or "-"), ending with a Failure when it cannot be read to the end.

    Sources and messages name the file by its ``printable_path``; only opening it uses ``path`` itself.
    """
    name = printable_path(path)
    stream: io.BufferedReader | None = None
    try:
        stream = open_input(path, stdin)
        yield from _read_stream(stream, path, name, opts)
    except InputError as exc:
        LOGGER.debug("%s: %s", name, exc)
        yield Failure(Source(name), str(exc))
    except Exception as exc:  # noqa: BLE001 - the reader's contract: one bad input never stops the run
        LOGGER.warning("%s: unexpected %s while reading", name, type(exc).__name__, exc_info=True)
        yield Failure(Source(name), str(InputError("R010", path=name, detail=f"{type(exc).__name__}: {exc}")))
    finally:
        if stream is not None and path != "-":
            stream.close()


def _read_stream(stream: io.BufferedReader, path: str, name: str, opts: Options) -> Iterator[RawPage | Failure]:
    """Dispatch one opened input (``path`` on disk, ``name`` in sources and messages) to the reader for its format."""
    if not peek(stream, 1):
        raise InputError("R002", path=name)
    stream, compressed = unwrap_gzip(stream, name)
    head = peek(stream)
    if not head:
        raise deferred_error(stream) or InputError("R002", path=name)
    pdf = is_pdf(head, name)
    fmt = "pdf" if pdf else format_of(name, head)
    LOGGER.debug("%s: reading as %s%s", name, fmt, " (gzip)" if compressed else "")
    if fmt in ("warc", "jsonl"):
        records = iter_warc if fmt == "warc" else iter_jsonl
        count = 0
        for item in records(stream, name, opts.max_page_bytes):
            count += 1
            yield item
        if count == 0:
            # Every input yields something: an archive of images or a file of blank lines says so.
            raise InputError("R012" if fmt == "warc" else "R002", path=name)
        return
    size = None if compressed else file_size(path)
    if size is not None and size > opts.max_page_bytes:
        # Refuse a page that is too big from its size on disk, before reading any of it.
        raise InputError("R008", limit=opts.max_page_bytes, size=size)
    data = read_limited(stream, opts.max_page_bytes)
    source = Source(name)
    if pdf:
        yield pdf_page(data, source, name)
    elif fmt == "html":
        yield html_page(data, source, name)
    else:
        yield text_page(data, source, name)
