"""Test the JSON Lines reader: one page per line, and a bad line failing alone."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.model import Failure, RawPage
from dateline.settings import Options

from .helpers import codes, read_all


def test_each_line_is_a_page_or_its_own_failure(data_dir: Path) -> None:
    items = read_all([data_dir / "lines.jsonl"])
    assert codes(items) == ["page", "R006", "R007", "page", "R011", "R007"]
    assert [item.source.record for item in items] == [1, 2, 3, 4, 5, 6]
    first, fourth = items[0], items[3]
    assert isinstance(first, RawPage) and first.kind == "text"
    assert first.source.url == "https://example.org/a"
    assert (first.published, first.published_from) == ("2025-02-04", "user")
    assert isinstance(fourth, RawPage) and fourth.kind == "html"
    assert (fourth.published, fourth.published_from) == ("2025-02-05", "user")


def test_gzipped_jsonl(data_dir: Path) -> None:
    items = read_all([data_dir / "pages.jsonl.gz"])
    assert [(i.kind, i.published_from) for i in items if isinstance(i, RawPage)] == [("text", None), ("html", None)]


def test_over_long_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [{"text": "short one"}, {"text": "x" * 5000}, {"text": "short two"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    items = read_all([path], Options(max_page_bytes=1000))
    assert codes(items) == ["page", "R008", "page"]
    assert items[1].source.record == 2
    assert isinstance(items[2], RawPage) and items[2].content == "short two"


def test_line_in_another_encoding_is_r009(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"text": "Tromsø"}\n'.encode("cp1252") + b'{"text": "fine"}\n')
    items = read_all([path])
    assert codes(items) == ["R009", "page"]
    assert isinstance(items[0], Failure) and items[0].source.record == 1


def test_html_field_wins_over_text(tmp_path: Path) -> None:
    path = tmp_path / "both.jsonl"
    path.write_text(json.dumps({"text": "flat", "html": "<p>marked up</p>"}) + "\n")
    [page] = read_all([path])
    assert isinstance(page, RawPage) and page.kind == "html" and page.content == "<p>marked up</p>"


def test_file_of_blank_lines_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n")
    assert codes(read_all([path])) == ["R002"]
