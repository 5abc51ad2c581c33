"""Test the store's click commands: ingest, search, people, events, export, serve (usage errors only)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dateline.cli_common import EXIT_UNAVAILABLE, EXIT_USAGE
from dateline.cli_store import (
    bind_port, events_command, export_command, ingest_command, people_command, search_command, serve_command,
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
    assert [row["title"] for row in rows if row["kind"] == "article"] == ["Russian deputy minister visits Pyongyang"]
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
    assert r.exit_code == 2 and "'April' is not a date in the form YYYY-MM-DD" in r.output


def test_export_formats(db: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(export_command, ["--db", str(db)])
    assert len(r.stdout.splitlines()) == 3
    r = CliRunner().invoke(export_command, ["--db", str(db), "--format", "csv", "--table", "positions"])
    assert "deputy foreign minister" in r.output
    out = tmp_path / "e.parquet"
    r = CliRunner().invoke(export_command, ["--db", str(db), "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0 and pq.read_table(out).num_rows == 4
    assert CliRunner().invoke(export_command, ["--db", str(db), "--format", "parquet"]).exit_code == 2


def test_missing_store_is_one_sentence_and_status_3(tmp_path: Path) -> None:
    for command, args in ((search_command, ["x"]), (people_command, []), (events_command, []),
                          (serve_command, []), (export_command, [])):
        r = CliRunner().invoke(command, [*args, "--db", str(tmp_path / "none.db")])
        assert r.exit_code == EXIT_UNAVAILABLE and r.output.startswith("Error: S004: ")
        assert r.output.count("\n") == 1


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


def _width(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def test_dossier_reads_at_80_columns(db: Path) -> None:
    r = CliRunner(env={"COLUMNS": "80"}).invoke(people_command, ["Rudenko", "--db", str(db)])
    assert r.exit_code == 0 and _width(r.stdout) <= 80
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Andrey Rudenko  (PERSON")
    # the evidence is a wrapped paragraph of its own, indented under its post, not a column
    quote = next(i for i, line in enumerate(lines) if line.lstrip().startswith("“"))
    assert lines[quote].startswith("      “") and len(lines[quote]) > 60
    assert "Posts (" in r.stdout and "Events (" in r.stdout and "Met (" in r.stdout and "Choe Son Hui" in r.stdout


def test_event_list_keeps_dates_whole_at_80_columns(db: Path) -> None:
    r = CliRunner(env={"COLUMNS": "80"}).invoke(events_command, ["--db", str(db)])
    assert r.exit_code == 0 and _width(r.stdout) <= 80
    heads = [line for line in r.stdout.split("\n\n")]
    rows = [json.loads(line) for line in CliRunner().invoke(events_command, ["--db", str(db), "--json"]).stdout.splitlines()]
    assert len(heads) == len(rows)
    for block, v in zip(heads, rows):
        start = v["date"]["start"] or "undated"
        assert block.startswith(start), block  # each event starts with its whole date
        assert v["evidence"]["text"].split()[0] in block


def test_narrow_terminal_never_splits_a_date(db: Path) -> None:
    r = CliRunner(env={"COLUMNS": "40"}).invoke(events_command, ["--db", str(db)])
    for line in r.stdout.splitlines():
        for word in line.split():
            if word[:2] == "20" and "-" in word:
                assert len(word.split("..")[0]) == 10, word


def test_unknown_event_type_suggests_the_right_one(db: Path) -> None:
    r = CliRunner().invoke(events_command, ["--db", str(db), "--type", "MEET"])
    assert r.exit_code == EXIT_USAGE
    assert "'MEET' is not an event type; did you mean CONSULT?" in r.output
    r = CliRunner().invoke(events_command, ["--db", str(db), "--type", "Xyzzy"])
    assert r.exit_code == EXIT_USAGE and "did you mean" not in r.output and "AGREE" in r.output
    r = CliRunner().invoke(events_command, ["--db", str(db), "--type", "agree", "--json"])
    assert r.exit_code == 0 and {json.loads(x)["type"] for x in r.stdout.splitlines()} == {"AGREE"}


def test_nothing_found_says_so_on_stderr(db: Path) -> None:
    for command, args in ((people_command, ["Xyzzy"]), (search_command, ["Xyzzy"]),
                          (events_command, ["--actor", "Xyzzy"])):
        r = CliRunner().invoke(command, [*args, "--db", str(db)])
        assert r.exit_code == 0 and r.stdout == "", command.name
        assert "Xyzzy" in r.stderr or "no events match" in r.stderr, command.name


def test_search_finds_people_by_name_with_their_id(db: Path) -> None:
    r = CliRunner(env={"COLUMNS": "80"}).invoke(search_command, ["Rudenko", "--db", str(db)])
    assert r.exit_code == 0
    assert r.stdout.startswith("People and organisations")
    assert "Andrey Rudenko  (PERSON" in r.stdout
    person_id = json.loads(CliRunner().invoke(people_command, ["Rudenko", "--db", str(db), "--json"]).stdout)["id"]
    assert f"[{person_id}]" in r.stdout and "Articles (" in r.stdout
    rows = [json.loads(x) for x in CliRunner().invoke(search_command, ["Rudenko", "--db", str(db), "--json"]).stdout.splitlines()]
    assert rows[0] == {**rows[0], "kind": "actor", "id": person_id}


def test_search_stems_and_prefixes(db: Path) -> None:
    def titles(text: str) -> list[str]:
        r = CliRunner().invoke(search_command, [text, "--db", str(db), "--csv"])
        return [row["title"] for row in csv.DictReader(io.StringIO(r.stdout))]

    assert titles("envoys") == titles("envoy") != []
    assert titles("Pyongya*") == ["Russian deputy minister visits Pyongyang"]


def test_serve_refuses_a_busy_port_before_announcing(db: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = CliRunner().invoke(serve_command, ["--db", str(db), "--port", str(port)])
    assert r.exit_code == EXIT_UNAVAILABLE
    assert r.output.startswith(f"Error: G006: cannot listen on 127.0.0.1:{port}")
    assert "is serving" not in r.output


def test_bind_port_gives_a_listening_socket() -> None:
    import socket

    with bind_port("127.0.0.1", 0) as sock:
        port = sock.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass


def test_text_dossier_lists_consolidated_posts_and_occurrences(tmp_path: Path) -> None:
    from dateline.cli_store import dossier_text
    from dateline.model import Document, Entity, Event, Evidence, Interval, Position, Source
    from dateline.store.db import Store
    from dateline.store.ingest import ingest_results
    from dateline.store.queries import dossier

    def page(path: str, published: str, sentence: str, start: str | None, end: str | None) -> Document:
        def year(y: str | None) -> Interval | None:
            return Interval(f"{y}-01-01", f"{y}-12-31", y, "year") if y else None

        return Document(
            source=Source(path), body=sentence, published=published, title=f"Page {path}",
            entities=(Entity("e:aleksandr-matsegora", "PERSON", "Aleksandr Matsegora", (), "RUS"),),
            positions=(Position("e:aleksandr-matsegora", "minister-counsellor", "minister-counsellor", "RUS",
                                Evidence(sentence, 0, len(sentence)), start=year(start), end=year(end),
                                as_of=published),),
            events=(Event("v:1", "DIE", Evidence(sentence, 0, len(sentence)), target=("e:aleksandr-matsegora",),
                          date=Interval("2025-12-06", "2025-12-06", "Saturday", "day")),),
        )

    db = tmp_path / "x.db"
    ingest_results(db, [
        page("a.txt", "2025-12-11", "Matsegora, who died Saturday, served as minister-counsellor from 2006 to 2011.",
             "2006", "2011"),
        page("b.txt", "2025-12-12", "Matsegora, a former minister-counsellor, died on Saturday.", None, None),
    ])
    with Store.reader(db) as store:
        info = dossier(store, "e:aleksandr-matsegora")
    assert info is not None
    text = dossier_text(info, 100, 10)
    assert "Posts (1)" in text and "2006–2011  minister-counsellor (RUS)" in text
    assert "Events (1)" in text and "reported by 2 sources" in text
