"""Tests for dateline.cli_clean: the ``dateline clean --jsonl`` command and page ids."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli_clean import clean_command, page_id

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_93c6255f195fee48.txt"


def test_page_id_drops_every_extension() -> None:
    assert page_id("/x/ID.html.gz") == "ID"
    assert page_id("d01.txt") == "d01"
    assert page_id("crawl.warc.gz", 3) == "crawl#3"


def test_clean_command_prints_one_record_per_page(tmp_path: Path) -> None:
    gz = tmp_path / "seed.txt.gz"
    gz.write_bytes(gzip.compress(SEED.read_bytes()))
    result = CliRunner().invoke(clean_command, ["--jsonl", str(SEED), str(gz)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["003_93c6255f195fee48", "seed"]
    assert records[0]["text"] == records[1]["text"]
    assert set(records[0]) >= {"id", "text", "title", "site", "published", "byline", "captions", "removed"}
    assert records[0]["published"] == "2025-03-18"


def test_clean_command_reports_a_page_without_article(tmp_path: Path) -> None:
    empty = tmp_path / "nav.txt"
    empty.write_text("Home\nMenu\nLogin\n", encoding="utf-8")
    result = CliRunner().invoke(clean_command, ["--jsonl", str(empty)])
    assert result.exit_code == 1
    assert "C001" in json.loads(result.output.splitlines()[0])["error"]
