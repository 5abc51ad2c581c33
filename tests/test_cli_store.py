"""Test the store's click commands: ingest, search, people, events, export, serve (usage errors only)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dateline.cli_store import (
    events_command, export_command, ingest_command, people_command, search_command, serve_command,
)

SAMPLE = Path(__file__).resolve().parent / "data" / "store" / "sample.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    result = CliRunner().invoke(ingest_command, ["--jsonl", str(SAMPLE), "--db", str(path)])
    # the sample holds one failed input: recorded, reported, exit status 1
    assert result.exit_code == 1
    assert "a4_empty.txt" in result.output and "stored 3 documents" in result.output
    return path


def test_ingest_needs_input() -> None:
    result = CliRunner().invoke(ingest_command, [])
    assert result.exit_code == 2


def test_search_json_and_csv(db: Path) -> None:
    r = CliRunner().invoke(search_command, ["Pyongyang", "--db", str(db), "--json"])
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["title"] for row in rows] == ["Russian deputy minister visits Pyongyang"]
    r = CliRunner().invoke(search_command, ["envoy", "--db", str(db), "--csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["title"] == '<script>alert("title")</script> Envoy talks'


def test_table_output_keeps_hostile_text(db: Path) -> None:
    r = CliRunner(env={"COLUMNS": "200"}).invoke(people_command, ["--db", str(db)])
    assert r.exit_code == 0
    assert 'Jean "Johnny" O\'Neil' in r.output


def test_people_dossier(db: Path) -> None:
    r = CliRunner().invoke(people_command, ["Rudenko", "--db", str(db), "--json"])
    d = json.loads(r.stdout)
    assert d["name"] == "Andrey Rudenko" and d["positions"][0]["title"] == "deputy foreign minister"
    r = CliRunner(env={"COLUMNS": "200"}).invoke(people_command, ["Rudenko", "--db", str(db)])
    assert "Deputy Foreign Minister" in r.output and "Choe Son Hui" in r.output


def test_events_filters(db: Path) -> None:
    r = CliRunner().invoke(events_command, ["--db", str(db), "--country", "RUS", "--with", "PRK",
                                            "--since", "2025-04-01", "--json"])
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [v["type"] for v in rows] == ["AGREE"]
    r = CliRunner().invoke(events_command, ["--db", str(db), "--since", "April"])
    assert r.exit_code == 2 and "%Y-%m-%d" in r.output


def test_export_formats(db: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(export_command, ["--db", str(db)])
    assert len(r.stdout.splitlines()) == 3
    r = CliRunner().invoke(export_command, ["--db", str(db), "--format", "csv", "--table", "positions"])
    assert "deputy foreign minister" in r.output
    out = tmp_path / "e.parquet"
    r = CliRunner().invoke(export_command, ["--db", str(db), "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0 and pq.read_table(out).num_rows == 4
    assert CliRunner().invoke(export_command, ["--db", str(db), "--format", "parquet"]).exit_code == 2


def test_missing_store_is_one_sentence_and_status_1(tmp_path: Path) -> None:
    for command, args in ((search_command, ["x"]), (people_command, []), (events_command, []),
                          (serve_command, [])):
        r = CliRunner().invoke(command, [*args, "--db", str(tmp_path / "none.db")])
        assert r.exit_code == 1 and "S004" in r.output


def test_serve_binds_localhost_by_default() -> None:
    host = next(p for p in serve_command.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_query_commands_upgrade_an_older_store(tmp_path: Path) -> None:
    import sqlite3

    from dateline.store.db import SCHEMA_VERSION, migrations

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(migrations()[0][1] + "\nPRAGMA user_version=1;")
    conn.close()
    r = CliRunner().invoke(events_command, ["--db", str(db), "--json"])
    assert r.exit_code == 0 and r.stdout == ""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
