"""Open input paths as byte streams: expand folders, unwrap gzip, sniff the format, read within a size limit.

Everything here streams: a reader gets a binary stream and decides how much of it to
hold. Gzip is recognised by its magic bytes, not by the file name, so a mis-named
archive still opens and a ``.gz`` that is not gzip fails with R004. A gzip stream that
is cut or damaged first ends cleanly after its last good byte and only then raises
(``deferred_error``), so the records complete before the damage are kept (issue 16).
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal, cast, get_args

from dateline.errors import InputError, LexiconError
from dateline.lexicons import word_list, word_map

LOGGER = logging.getLogger(__name__)

Format = Literal["warc", "jsonl", "html", "text"]

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 16
SNIFF_BYTES = 4096


def _extension_formats() -> dict[str, Format]:
    """The ``extension_format`` rows of ``lexicons/read_words.tsv``, each value checked to be a ``Format``.

    Raises:
        LexiconError: L001 for a format this module cannot read.
    """
    table = word_map("extension_format", "read_words")
    for ext, fmt in table.items():
        if fmt not in get_args(Format):
            raise LexiconError("L001", file="read_words.tsv", line=0, detail=f"{ext!r}: no format {fmt!r}")
    return cast(dict[str, Format], table)


# Extensions decide the format first (after any ".gz" is stripped); sniffing decides the rest.
EXTENSION_FORMATS = _extension_formats()
# Markup that marks a page as HTML when it opens the (BOM- and space-stripped) content.
HTML_OPENERS: tuple[bytes, ...] = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")
# Inside a folder, files with these endings are code, notes or settings, not pages: skipped.
# A file named on the command line is always read, whatever its name.
FOLDER_SKIP_SUFFIXES = word_list("folder_skip_suffix", "read_words")
BOMS: tuple[bytes, ...] = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def printable_path(path: str) -> str:
    """Return a path as text that can be written anywhere: bytes that are not UTF-8 become ``\\xNN``.

    Python hands file names that are not valid UTF-8 (old Latin-1 archives) over as lone
    surrogates, which no UTF-8 output, JSON line or SQLite text can hold. The escaped form
    is the one ``ls -b`` and Python's ``repr`` show, so a user can still find the file.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def rereadable(path: str) -> bool:
    """Say whether an input can be read twice: a regular file or a folder, not stdin, a FIFO or ``<(...)``."""
    if path == "-":
        return False
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True  # its reader reports what is wrong, and reading it consumes nothing
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def expand_paths(paths: list[str] | tuple[str, ...]) -> Iterator[str]:
    """Yield input paths in order, each folder replaced by its files (recursively, sorted).

    Inside a folder, hidden entries (names starting with ".") and files ending in one of
    ``FOLDER_SKIP_SUFFIXES`` are skipped; a path that does not exist is yielded as given,
    and its reader reports R001. A folder that cannot be listed is yielded itself, and
    its reader reports R010 with the reason.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for file in _walk_sorted(Path(path)):
                yield str(file)
        else:
            yield path


def _walk_sorted(folder: Path, seen: set[Path] | None = None) -> Iterator[Path]:
    """Yield the files under a folder depth-first, entries sorted by name (each real folder once)."""
    seen = set() if seen is None else seen
    real = folder.resolve()
    if real in seen:
        LOGGER.warning("folder %s was already read (symbolic link loop?); skipped", folder)
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        # Yielded so that the batch reports it as a failed input (R010), not a warning only.
        LOGGER.debug("cannot list folder %s: %s", folder, exc)
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk_sorted(entry, seen)
        elif entry.is_file() and not entry.name.lower().endswith(FOLDER_SKIP_SUFFIXES):
            yield entry


def open_input(path: str, stdin: BinaryIO | None = None) -> io.BufferedReader:
    """Open a path (or "-" for stdin) as a buffered binary stream.

    Raises:
        InputError: R001 when the path does not exist, R010 when it cannot be opened.
    """
    if path == "-":
        raw = stdin if stdin is not None else _stdin_bytes()
        return raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(_RawAdapter(raw), CHUNK)
    if not os.path.exists(path):
        raise InputError("R001", path=printable_path(path))
    if os.path.isdir(path):
        raise InputError("R010", path=printable_path(path), detail=_folder_problem(path))
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller owns and closes the stream
    except OSError as exc:
        raise InputError("R010", path=printable_path(path), detail=exc.strerror or str(exc)) from exc


def _folder_problem(path: str) -> str:
    """Say why a folder reached the reader: it cannot be listed (and why), or it is a folder."""
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return f"folder cannot be listed: {exc.strerror or exc}"
    return "is a folder"


def _stdin_bytes() -> BinaryIO:
    import sys

    return sys.stdin.buffer


class _RawAdapter(io.RawIOBase):
    """Present any object with ``read`` as a raw stream so it can be buffered (and peeked)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: io.BufferedReader, size: int = SNIFF_BYTES) -> bytes:
    """Return up to ``size`` leading bytes of a buffered stream without consuming them."""
    # BufferedReader.peek returns at most one buffer fill (>= 8 KiB here): enough to sniff.
    return stream.peek(size)[:size]


def unwrap_gzip(stream: io.BufferedReader, path: str) -> tuple[io.BufferedReader, bool]:
    """Return a stream of the decompressed bytes when ``stream`` holds gzip, else ``stream`` itself.

    The gzip stream is decompressed lazily, member by member, so memory stays bounded.

    Raises:
        InputError: R004 when a file named ``.gz`` does not hold gzip data.
    """
    head = peek(stream, 2)
    if head.startswith(GZIP_MAGIC):
        return io.BufferedReader(_GzipGuard(gzip.GzipFile(fileobj=stream, mode="rb")), CHUNK), True
    if path.lower().endswith(".gz") and head:
        raise InputError("R004", detail=f"{path} does not start with the gzip signature")
    return stream, False


class _GzipGuard(io.RawIOBase):
    """Turn the errors of a damaged gzip stream into InputError R004, deferred past the last good byte.

    A buffered reader that meets an error inside one ``read(n)`` drops the bytes it had
    gathered in that call, so a cut archive would lose up to a buffer of complete records.
    The guard therefore reads the gzip stream one decompressed chunk at a time, ends the
    stream cleanly at the damage (``readinto`` returns 0) and keeps the error: later reads
    raise it, and ``deferred_error`` hands it to a reader that has reached the end.
    """

    def __init__(self, inner: gzip.GzipFile) -> None:
        self._inner = inner
        self.error: InputError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.error is not None:
            raise self.error
        try:
            data = self._inner.read1(len(buffer))
        except EOFError as exc:
            self.error = InputError("R004", detail=f"stream ends early ({exc})")
            return 0
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            self.error = InputError("R004", detail=str(exc))
            return 0
        buffer[: len(data)] = data
        return len(data)


def deferred_error(stream: BinaryIO) -> InputError | None:
    """Return the error a damaged gzip stream kept after its last good byte, or None for a clean end."""
    raw = getattr(stream, "raw", None)
    return raw.error if isinstance(raw, _GzipGuard) else None


def format_of(path: str, head: bytes) -> Format:
    """Decide how to read an input from its name (``.gz`` stripped) and its first bytes."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for ext, fmt in EXTENSION_FORMATS.items():
        if name.endswith(ext):
            return fmt
    return sniff_format(head)


def sniff_format(head: bytes) -> Format:
    """Guess the format of content whose name says nothing (stdin, ``.txt``, no extension)."""
    stripped = strip_bom(head).lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if looks_like_html(stripped):
        return "html"
    if stripped.startswith(b"{") and (b'"text"' in stripped or b'"html"' in stripped):
        return "jsonl"
    return "text"


def looks_like_html(head: bytes) -> bool:
    """Say whether content opens like an HTML document (doctype, ``<html>`` and kin)."""
    lowered = strip_bom(head).lstrip()[:64].lower()
    return any(lowered.startswith(opener) for opener in HTML_OPENERS)


def strip_bom(data: bytes) -> bytes:
    """Drop a leading UTF-8 byte-order mark (UTF-16 marks are kept: they decide the codec)."""
    return data[3:] if data.startswith(BOMS[0]) else data


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Read a whole page, refusing it once it grows past ``limit`` bytes.

    Past the limit the rest is counted in fixed-size chunks and dropped, so the
    error can state the size while memory stays bounded by ``limit``.

    Raises:
        InputError: R008 when the page is larger than ``limit`` bytes, R004 when its gzip
            layer is cut or damaged.
    """
    data = stream.read(limit + 1)
    if len(data) <= limit:
        error = deferred_error(stream)
        if error is not None:
            raise error  # a cut page is not a page
        return data
    size = len(data)
    del data
    while chunk := stream.read(CHUNK):
        size += len(chunk)
    raise InputError("R008", limit=limit, size=size)


def file_size(path: str) -> int | None:
    """Return the size on disk of a regular file, or None (stdin, pipes)."""
    if path == "-":
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size if os.path.isfile(path) else None
