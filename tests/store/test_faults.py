"""Inject store faults (issue 16): concurrent first open, foreign files, full disk, read-only and damaged stores.

Each fault must end in a coded StoreError (or the CLI's one-line "error: S…" and status 1),
never a traceback, and must leave every document stored before it intact. A real full disk
and a real read-only file system come from a tiny tmpfs where the machine allows mounting
one; a full store is also simulated everywhere with SQLite's ``max_page_count``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli_common import EXIT_UNAVAILABLE
from dateline.cli_store import events_command, export_command, ingest_command, people_command, search_command
from dateline.errors import QueryInterrupted, StoreError
from dateline.model import Document, Source
from dateline.store.db import SCHEMA_VERSION, Store
from dateline.ingest import read_extracted
from dateline.store.ingest import ingest_results

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "store" / "sample.jsonl"
READ_COMMANDS = ((search_command, ["Pyongyang"]), (people_command, []), (events_command, []),
                 (export_command, []))


def _mount_tmpfs(where: Path, size: str) -> bool:
    """Mount a tmpfs of ``size`` at ``where``; False where the machine does not allow it."""
    where.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture()
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (a real disk that fills up), or a skip where mounting is not allowed."""
    where = tmp_path / "tmpfs"
    if not _mount_tmpfs(where, "2m"):
        pytest.skip("cannot mount a tmpfs here (the simulated full store test still runs)")
    yield where
    _umount(where)


def _fill(folder: Path) -> None:
    """Write into ``folder`` until the file system reports ENOSPC."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == 28  # ENOSPC
    finally:
        os.close(fd)


def _docs(n: int, tag: str = "") -> list[Document]:
    return [Document(source=Source(f"gen{tag}/{i}.txt"), body=f"Story {tag}{i}. " + "Words to fill the page. " * 200)
            for i in range(n)]


def _stored(db: Path) -> int:
    with Store.reader(db) as store:
        return int(store.counts()["documents"])


# -- item 9: two ingests opening a new store at once ----------------------------------------

def test_concurrent_first_open_migrates_once(tmp_path: Path) -> None:
    """Four writers opening one new store at the same moment (20 times) all succeed; the schema is applied once."""
    errors: list[BaseException] = []
    for trial in range(20):
        db = tmp_path / f"race{trial}.db"
        barrier = threading.Barrier(4)

        def open_store(db: Path = db, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                Store.writer(db).close()
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with Store.reader(db) as store:
            assert store.execute("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    assert errors == []


def test_concurrent_first_ingests_both_store(tmp_path: Path) -> None:
    """Two ingest processes started at once on a new store both finish, and both batches are stored."""
    db = tmp_path / "two.db"
    sources = []
    for tag in ("a", "b"):
        path = tmp_path / f"{tag}.jsonl"
        path.write_text("".join(json.dumps(d.to_json()) + "\n" for d in _docs(5, tag)))
        sources.append(path)
    code = "import sys; from dateline.cli_store import ingest_command; ingest_command(sys.argv[1:])"
    procs = [subprocess.Popen([sys.executable, "-c", code, "--jsonl", str(p), "--db", str(db), "-q"],
                              stderr=subprocess.PIPE) for p in sources]
    outs = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _stored(db) == 10


# -- item 11: read commands given an empty file or another program's database ---------------

def _foreign_db(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["empty", "foreign", "text"])
def test_read_commands_refuse_what_is_not_a_store_and_leave_it_unchanged(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "other.db"
    if kind == "empty":
        db.write_bytes(b"")
        before = b""
    elif kind == "text":
        before = b"a shopping list, not a database\n" * 50
        db.write_bytes(before)
    else:
        before = _foreign_db(db)
    for command, args in READ_COMMANDS:
        r = CliRunner().invoke(command, [*args, "--db", str(db)])
        assert r.exit_code == EXIT_UNAVAILABLE and "S006" in r.output, (command.name, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit)
        assert db.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]
    with pytest.raises(StoreError) as err:
        Store.reader(db)
    assert err.value.code == "S006"


def test_serve_refuses_another_programs_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from dateline.cli_store import serve_command

    monkeypatch.setattr(uvicorn.Server, "run", lambda *a, **k: pytest.fail("served another program's database"))

    db = tmp_path / "other.db"
    before = _foreign_db(db)
    r = CliRunner().invoke(serve_command, ["--db", str(db)])
    assert r.exit_code == EXIT_UNAVAILABLE and "S006" in r.output
    assert db.read_bytes() == before


@pytest.mark.parametrize("kind", ["foreign", "text"])
def test_writer_refuses_what_is_not_a_store(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "other.db"
    if kind == "text":
        before = b"a shopping list, not a database\n" * 50
        db.write_bytes(before)
    else:
        before = _foreign_db(db)
    with pytest.raises(StoreError) as err:
        Store.writer(db)
    assert err.value.code == "S006"
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


# -- item 12: full disk ---------------------------------------------------------------------

def test_full_store_is_a_coded_error_and_keeps_earlier_batches(tmp_path: Path) -> None:
    """SQLite's own "database or disk is full" (simulated with max_page_count) is S007; the batch rolls back."""
    db = tmp_path / "full.db"
    with Store.writer(db) as store:
        store.write_batch(_docs(3, "first"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count={pages + 2}")
        with pytest.raises(StoreError) as err:
            store.write_batch(_docs(50, "second"))
        assert err.value.code == "S007" and "full" in str(err.value)
        assert store.counts()["documents"] == 3
        store.conn.execute("PRAGMA max_page_count=1073741823")
        store.write_batch(_docs(2, "third"))  # the writer stays usable
    assert _stored(db) == 5


def test_ingest_on_a_full_disk_is_one_line_and_loses_nothing(tmpfs: Path, tmp_path: Path) -> None:
    """A real ENOSPC on a 2 MB tmpfs: ingest exits 1 with S007, and the documents stored before are intact."""
    db = tmpfs / "store.db"
    first = tmp_path / "first.jsonl"
    first.write_text(SAMPLE.read_text())
    r = CliRunner().invoke(ingest_command, ["--jsonl", str(first), "--db", str(db), "-q"])
    assert r.exit_code == 1  # the sample holds one failed input
    _fill(tmpfs)
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(d.to_json()) + "\n" for d in _docs(40, "more")))
    r = CliRunner().invoke(ingest_command, ["--jsonl", str(more), "--db", str(db), "-q"])
    assert r.exit_code == EXIT_UNAVAILABLE and "S007" in r.output, r.output
    assert not isinstance(r.exception, sqlite3.Error) and "Traceback" not in r.output
    (tmpfs / "filler").unlink()
    assert _stored(db) == 3


def test_export_to_a_full_disk_is_one_line(tmp_path: Path) -> None:
    """/dev/full answers every write with ENOSPC: export says so in one line (S010), status 1."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    db = tmp_path / "s.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    for fmt in ("jsonl", "csv"):
        r = CliRunner().invoke(export_command, ["--db", str(db), "--format", fmt, "--out", "/dev/full"])
        assert r.exit_code == EXIT_UNAVAILABLE and "S010" in r.output, r.output
        assert isinstance(r.exception, SystemExit)


# -- item 12: read-only store ---------------------------------------------------------------

@pytest.fixture()
def readonly_db(tmp_path: Path) -> Iterator[Path]:
    """A store on a read-only file system (a tmpfs remounted read-only), else in a read-only folder."""
    where = tmp_path / "ro"
    mounted = _mount_tmpfs(where, "4m")
    if not mounted and os.geteuid() == 0:
        pytest.skip("root ignores file modes and no tmpfs can be mounted here")
    db = where / "store.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    else:
        db.chmod(0o444)
        where.chmod(0o555)
    yield db
    if mounted:
        _umount(where)
    else:
        where.chmod(0o755)


def test_ingest_into_a_read_only_store_is_one_line(readonly_db: Path, tmp_path: Path) -> None:
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(d.to_json()) + "\n" for d in _docs(2, "ro")))
    r = CliRunner().invoke(ingest_command, ["--jsonl", str(more), "--db", str(readonly_db), "-q"])
    assert r.exit_code == EXIT_UNAVAILABLE and ("S007" in r.output or "S001" in r.output), r.output
    assert isinstance(r.exception, SystemExit)


def test_read_commands_work_on_a_read_only_store(readonly_db: Path) -> None:
    r = CliRunner().invoke(search_command, ["Pyongyang", "--db", str(readonly_db), "--json"])
    assert r.exit_code == 0, r.output
    assert "Russian deputy minister visits Pyongyang" in r.stdout


# -- item 12: damaged store -----------------------------------------------------------------

@pytest.fixture()
def damaged_db(tmp_path: Path) -> Path:
    """A store whose schema is intact but whose table and index pages are overwritten (bad disk sectors)."""
    db = tmp_path / "damaged.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    conn = sqlite3.connect(db)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name != 'sqlite_schema'")]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in pages:
        start = (page - 1) * size
        data[start:start + size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    return db


def test_damaged_store_queries_are_coded(damaged_db: Path) -> None:
    with Store.reader(damaged_db) as store:
        with pytest.raises(StoreError) as err:
            store.execute("SELECT title, body FROM documents")
        assert err.value.code == "S008"
        with pytest.raises(StoreError) as err:
            list(store.iterate("SELECT title, body FROM documents"))
        assert err.value.code == "S008"


def test_read_commands_on_a_damaged_store_are_one_line(damaged_db: Path) -> None:
    for command, args in READ_COMMANDS:
        r = CliRunner().invoke(command, [*args, "--db", str(damaged_db)])
        assert r.exit_code == EXIT_UNAVAILABLE and "S008" in r.output, (command.name, r.output)
        assert isinstance(r.exception, SystemExit)


def test_ingest_into_a_damaged_store_is_one_line(damaged_db: Path, tmp_path: Path) -> None:
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(d.to_json()) + "\n" for d in _docs(2, "dmg")))
    r = CliRunner().invoke(ingest_command, ["--jsonl", str(more), "--db", str(damaged_db), "-q"])
    assert r.exit_code == EXIT_UNAVAILABLE and "S008" in r.output, r.output
    assert isinstance(r.exception, SystemExit)


# -- item 7: time limits count the query's own work, not its wait ---------------------------

def test_time_waiting_does_not_count_against_the_limit(tmp_path: Path) -> None:
    """A query that mostly waits (here: sleeps between rows) runs past the limit in wall time and still answers."""
    db = tmp_path / "s.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    with Store.reader(db, time_limit_ms=100) as store:
        store.conn.create_function("nap", 1, lambda x: time.sleep(0.02) or x if x % 500 == 0 else x)
        started = time.monotonic()
        rows = store.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000)"
                             " SELECT sum(nap(x)) FROM c")
        assert time.monotonic() - started > 0.3
        assert rows[0][0] == 10000 * 10001 // 2


def test_busy_query_is_still_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest_results(db, read_extracted(str(SAMPLE)))
    with Store.reader(db, time_limit_ms=50) as store, pytest.raises(QueryInterrupted):
        store.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
