"""Fault: article text nested deeper than libxml2's default depth limit (255 elements)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dateline.clean.html import MAX_DEPTH
from dateline.model import Failure

from .helpers import article_html, documents, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language


def _nested(i: int, depth: int) -> bytes:
    page = article_html(i)
    start, end = page.index(b"<article>"), page.index(b"</article>") + len(b"</article>")
    return page[:start] + b"<div>" * depth + page[start:end] + b"</div>" * depth + page[end:]


def test_text_300_elements_deep_is_read(tmp_path: Path, nlp: Language) -> None:
    paths = [tmp_path / "a.html", tmp_path / "b.html"]
    paths[0].write_bytes(article_html(0))
    paths[1].write_bytes(_nested(1, 300))
    results = run_batch(paths, nlp)
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1]
    assert "Harbour master Nils Brekke" in documents(results)[1].body


def test_text_deeper_than_the_parser_reads_is_c004(tmp_path: Path, nlp: Language) -> None:
    paths = [tmp_path / "a.html", tmp_path / "b.html", tmp_path / "c.html"]
    paths[0].write_bytes(article_html(0))
    paths[1].write_bytes(_nested(1, MAX_DEPTH + 50))
    paths[2].write_bytes(article_html(2))
    results = run_batch(paths, nlp)
    assert error_codes(results) == ["C004"]
    assert page_numbers(results) == [0, 2]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert failure.source.path == str(paths[1])
