"""Test undoing HTTP transfer and content codings of archived payloads."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest

from dateline.errors import InputError
from dateline.read.http import dechunk, decode_payload

BODY = b"<html><body><p>payload</p></body></html>"


def test_dechunk_joins_chunks_and_ignores_extensions() -> None:
    assert dechunk(b"5;ext=1\r\n<html\r\n3\r\n><b\r\n0\r\n\r\n") == b"<html><b"


def test_dechunk_keeps_data_that_is_not_chunked() -> None:
    assert dechunk(BODY) == BODY


@pytest.mark.parametrize(
    ("coding", "packed"),
    [
        ("gzip", gzip.compress(BODY, mtime=0)),
        ("x-gzip", gzip.compress(BODY, mtime=0)),
        ("deflate", zlib.compress(BODY)),
        ("deflate", zlib.compress(BODY)[2:-4]),  # raw deflate, as many servers send it
        ("br", brotli.compress(BODY)),
        ("identity", BODY),
        ("gzip", BODY),  # header kept after the archiver decoded the payload
    ],
    ids=["gzip", "x-gzip", "deflate", "raw-deflate", "br", "identity", "gzip-decoded"],  # stable under pytest-xdist
)
def test_content_codings_are_undone(coding: str, packed: bytes) -> None:
    assert decode_payload(packed, None, coding, 10_000) == BODY


def test_decompression_past_the_limit_is_r008() -> None:
    with pytest.raises(InputError) as err:
        decode_payload(gzip.compress(b" " * 100_000), None, "gzip", 1000)
    assert err.value.code == "R008"
