"""Fault: a WARC response whose HTTP header is huge (long cookies, CSP), its framing intact."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dateline.model import Failure
from dateline.read.warc import MAX_HEADER_BYTES

from .helpers import article_html, error_codes, page_numbers, run_batch, warc_of

if TYPE_CHECKING:
    from spacy.language import Language


def _archive(tmp_path: Path, cookie_bytes: int, compress: bool) -> Path:
    pages = [(f"https://example.org/{i}", article_html(i), [("Set-Cookie", "id=" + "x" * cookie_bytes)] if i == 1 else [])
             for i in range(4)]
    path = tmp_path / ("big-header.warc.gz" if compress else "big-header.warc")
    path.write_bytes(warc_of(pages, compress))
    return path


@pytest.mark.parametrize("compress", [False, True])
def test_a_40_kb_http_header_is_read(tmp_path: Path, nlp: Language, compress: bool) -> None:
    results = run_batch([_archive(tmp_path, 40_000, compress)], nlp)
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1, 2, 3]


@pytest.mark.parametrize("compress", [False, True])
def test_a_header_past_the_limit_fails_its_record_alone(tmp_path: Path, nlp: Language, compress: bool) -> None:
    results = run_batch([_archive(tmp_path, 2 * MAX_HEADER_BYTES, compress)], nlp)
    assert error_codes(results) == ["R005"]
    assert page_numbers(results) == [0, 2, 3]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert failure.source.record == 1 and "header" in failure.error
