"""Undo the HTTP transfer and content encodings of an archived response payload, within a size limit.

FastWARC can decode payloads itself (``auto_decode``), but in FastWARC 2.0.1 decoding
one chunked or gzip-encoded record makes the iterator lose the records after it, so
the WARC reader asks for raw payloads and decodes them here. Archivers often store the
payload already decoded while keeping the header; a payload that does not decode as
its header says is therefore kept as it is.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable

from dateline.errors import InputError

LOGGER = logging.getLogger(__name__)


def decode_payload(payload: bytes, transfer: str | None, content: str | None, limit: int) -> bytes:
    """Return the payload with chunked transfer coding and gzip/deflate/br content coding undone.

    Raises:
        InputError: R008 when the decoded payload grows past ``limit`` bytes.
    """
    if transfer and "chunked" in transfer.lower():
        payload = dechunk(payload)
    for coding in reversed([c.strip().lower() for c in (content or "").split(",") if c.strip()]):
        decoder = CONTENT_DECODERS.get(coding)
        if decoder is None:
            if coding != "identity":
                LOGGER.debug("unknown content coding %r; payload kept as stored", coding)
            break
        try:
            payload = decoder(payload, limit)
        except (zlib.error, OSError, ValueError) as exc:
            LOGGER.debug("payload is not %s as its header says (%s); kept as stored", coding, exc)
            break
    return payload


def dechunk(data: bytes) -> bytes:
    """Join the chunks of a chunked transfer coding; return ``data`` unchanged when it is not chunked."""
    parts: list[bytes] = []
    pos = 0
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return data
        size_field = data[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            return data
        if size == 0:
            return b"".join(parts)
        start = line_end + 2
        if start + size > len(data):
            # a cut last chunk: keep what arrived
            parts.append(data[start:])
            return b"".join(parts)
        parts.append(data[start : start + size])
        pos = start + size + 2


def _inflate(data: bytes, limit: int, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise InputError("R008", limit=limit, size=f"more than {limit} once decompressed")
    return out


def _gunzip(data: bytes, limit: int) -> bytes:
    return _inflate(data, limit, 16 + zlib.MAX_WBITS)


def _deflate(data: bytes, limit: int) -> bytes:
    # "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
    try:
        return _inflate(data, limit, zlib.MAX_WBITS)
    except zlib.error:
        return _inflate(data, limit, -zlib.MAX_WBITS)


def _brotli(data: bytes, limit: int) -> bytes:
    # brotli comes with FastWARC; the output limit stops a decompression bomb early.
    import brotli  # type: ignore[import-not-found, unused-ignore]

    try:
        out: bytes = brotli.Decompressor().process(data, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise ValueError(str(exc)) from exc
    if len(out) > limit:
        raise InputError("R008", limit=limit, size=f"more than {limit} once decompressed")
    return out


CONTENT_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": _gunzip,
    "x-gzip": _gunzip,
    "deflate": _deflate,
    "br": _brotli,
}
