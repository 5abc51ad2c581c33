"""Test the store file helpers: migration statements, telling a store from other files, coded failures."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.store.db import migrations
from dateline.store.sqlite_file import coded_error, statements, store_version


def test_statements_keep_semicolons_inside_strings_and_triggers() -> None:
    sql = """-- a comment; with a semicolon
CREATE TABLE t (a TEXT DEFAULT 'x;y');
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN
    UPDATE t SET a = 'z;' WHERE rowid = new.rowid;
END;
-- trailing comment
"""
    parts = list(statements(sql))
    assert len(parts) == 2 and parts[1].strip().endswith("END;")
    conn = sqlite3.connect(":memory:")
    for part in parts:
        conn.execute(part)
    conn.execute("INSERT INTO t DEFAULT VALUES")
    assert conn.execute("SELECT a FROM t").fetchone()[0] == "z;"


def test_every_migration_splits_into_statements_that_run() -> None:
    conn = sqlite3.connect(":memory:")
    for _, sql in migrations():
        for statement in statements(sql):
            conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").fetchone()[0] == 1


def test_store_version_tells_a_store_from_other_files(tmp_path: Path) -> None:
    empty = sqlite3.connect(":memory:")
    assert store_version(empty, Path("new.db")) == 0
    other = sqlite3.connect(":memory:")
    other.execute("CREATE TABLE notes (x)")
    with pytest.raises(StoreError) as err:
        store_version(other, Path("notes.db"))
    assert err.value.code == "S006" and "notes" in str(err.value)
    versioned = sqlite3.connect(":memory:")
    versioned.execute("PRAGMA user_version=3")  # a version but none of a store's tables
    with pytest.raises(StoreError) as err:
        store_version(versioned, Path("v.db"))
    assert err.value.code == "S006"


@pytest.mark.parametrize(("exc", "writing", "code"), [
    (OSError(errno.ENOSPC, "No space left on device"), True, "S007"),
    (OSError(errno.EROFS, "Read-only file system"), True, "S007"),
    (OSError(errno.EIO, "Input/output error"), False, "S009"),
])
def test_os_failures_are_coded(exc: OSError, writing: bool, code: str) -> None:
    coded = coded_error(Path("s.db"), exc, writing=writing)
    assert coded is not None and coded.code == code


def test_sqlite_failures_are_coded_and_programming_errors_are_not(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as bug:
        conn.execute("SELECT * FROM no_such_table")
    assert coded_error(Path("s.db"), bug.value, writing=False) is None
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.Error) as full:
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 5000,)] * 100)
    coded = coded_error(Path("s.db"), full.value, writing=True)
    assert coded is not None and coded.code == "S007" and "full" in str(coded)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.Error) as damaged:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    coded = coded_error(garbage, damaged.value, writing=False)
    assert coded is not None and coded.code == "S008"
