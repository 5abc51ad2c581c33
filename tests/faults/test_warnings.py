"""Fault: a recoverable oddity in an input (a broken UTF-8 byte, a folder loop) is warned about once per run."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .helpers import article_text, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language


def test_read_warnings_are_printed_once(tmp_path: Path, nlp: Language, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(article_text(0), encoding="utf-8")
    text = article_text(1).encode()
    (folder / "b.txt").write_bytes(text.replace(b"Monday", b"Monday \xe9", 1) + "Ø".encode() * 3)
    (folder / "sub" / "loop").symlink_to(folder)
    with caplog.at_level(logging.WARNING):
        results = run_batch([folder], nlp)
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1]
    warnings = [r.getMessage() for r in caplog.records if r.name.startswith("dateline.read")]
    assert len([w for w in warnings if "U+FFFD" in w]) == 1, warnings
    assert len([w for w in warnings if "already read" in w]) == 1, warnings
