"""Fault: file names that are not valid UTF-8 (old Latin-1 archives) are read, and named in a printable form."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Failure

from .helpers import article_text, documents, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language

LATIN1_NAME = os.fsdecode(b"caf\xe9-ferry.txt")
"""``café-ferry.txt`` written in Latin-1: Python hands the byte 0xE9 over as a lone surrogate."""


def _batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(article_text(0), encoding="utf-8")
    (folder / LATIN1_NAME).write_text(article_text(1), encoding="utf-8")
    (folder / "z.txt").write_text(article_text(2), encoding="utf-8")
    return folder


def test_a_latin1_file_name_is_read_and_printed_escaped(tmp_path: Path, nlp: Language) -> None:
    results = run_batch([_batch(tmp_path / "in")], nlp)
    assert error_codes(results) == []
    assert sorted(page_numbers(results)) == [0, 1, 2]
    [latin] = [d for d in documents(results) if "caf" in d.source.path]
    assert latin.source.path.endswith("caf\\xe9-ferry.txt")
    for result in results:
        json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")  # every result can be written


def test_a_missing_latin1_name_is_r001_and_the_batch_goes_on(tmp_path: Path, nlp: Language) -> None:
    folder = _batch(tmp_path / "in")
    results = run_batch([folder / "a.txt", tmp_path / os.fsdecode(b"gone-\xe9.txt"), folder / "z.txt"], nlp)
    assert error_codes(results) == ["R001"]
    assert page_numbers(results) == [0, 2]
    [failure] = [r for r in results if isinstance(r, Failure)]
    json.dumps(failure.to_json(), ensure_ascii=False).encode("utf-8")
    assert "gone-\\xe9.txt" in failure.error


def test_cli_extract_and_ingest_take_a_latin1_name(tmp_path: Path, nlp: Language) -> None:
    folder = _batch(tmp_path / "in")
    runner = CliRunner()
    extracted = runner.invoke(main, ["extract", "--jsonl", "-q", str(folder)], catch_exceptions=False)
    assert extracted.exit_code == 0, extracted.output
    lines = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert len(lines) == 3 and not any("error" in line for line in lines)
    db = str(tmp_path / "store.db")
    first = runner.invoke(main, ["ingest", "--db", db, str(folder)], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    assert "stored 3 documents" in first.output
    again = runner.invoke(main, ["ingest", "--db", db, str(folder)], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    assert "3 inputs already stored" in again.output
