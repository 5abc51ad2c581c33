"""Fault: a JSON line holding a lone surrogate escape (valid JSON that JavaScript and Java emit)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.model import RawPage
from dateline.read import iter_pages
from dateline.settings import Options

from .helpers import article_text, documents, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language


def _lines(tmp_path: Path) -> Path:
    path = tmp_path / "wire.jsonl"
    broken = json.dumps({"text": article_text(1).replace("Monday", "Monday \ud800"),
                         "url": "https://example.org/\udfff"})
    assert "\\ud800" in broken  # the escape json writes, as a browser's JSON.stringify would
    lines = [json.dumps({"text": article_text(0)}), broken, json.dumps({"text": article_text(2)})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_lone_surrogate_becomes_the_replacement_character(tmp_path: Path) -> None:
    pages = list(iter_pages([str(_lines(tmp_path))], Options()))
    assert all(isinstance(p, RawPage) for p in pages)
    second = pages[1]
    assert isinstance(second, RawPage)
    assert "Monday \ufffd" in second.content and second.source.url == "https://example.org/\ufffd"
    for page in pages:
        assert isinstance(page, RawPage)
        page.content.encode("utf-8")


def test_a_lone_surrogate_loses_no_page_of_the_batch(tmp_path: Path, nlp: Language) -> None:
    results = run_batch([_lines(tmp_path)], nlp)  # site templates on: the pre-pass reads it too
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1, 2]
    for doc in documents(results):
        json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8")
