"""Test the ``dateline timex`` command on a tiny TempEval-style JSONL file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli_timex import timex_command


def test_timex_command_writes_one_prediction_per_dated_document(tmp_path):
    source = tmp_path / "docs.jsonl"
    docs = [
        {"doc": "a", "dct": "2013-03-22", "text": "The FAA said Friday it will close towers next year."},
        {"doc": "b", "dct": "", "text": "No creation date on Monday."},
    ]
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(timex_command, ["--jsonl", str(source)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [d["doc"] for d in lines] == ["a"]
    got = [(t["text"], t["type"], t["value"]) for t in lines[0]["timexes"]]
    assert got == [("Friday", "DATE", "2013-03-22"), ("next year", "DATE", "2014")]
    text = docs[0]["text"]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in lines[0]["timexes"])


def test_timex_command_rejects_a_missing_file(tmp_path):
    result = CliRunner().invoke(timex_command, ["--jsonl", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
