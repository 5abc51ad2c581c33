"""Recognise, open and diagnose the SQLite file under a store: what it is, how it opens, why it failed.

Kept apart from ``db.py`` (the queries and the one writer): these helpers only look at
the file, so that every command refuses another program's database before touching it,
opens a read-only medium, and turns SQLite's failures into coded errors (issue 16,
items 9, 11 and 12).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import StoreError

LOGGER = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file."""

STORE_TABLES = ("documents", "entities", "events", "failures", "inputs")
"""Tables every dateline store holds since migration 1: what tells a store from another program's database."""


def check_header(path: Path) -> None:
    """Refuse a non-empty file that is not an SQLite database at all (a text file given as --db).

    Raises:
        StoreError: S006, leaving the file unchanged.
    """
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError("S001", path=str(path), detail=exc.strerror or str(exc)) from exc
    if head and head != SQLITE_HEADER:
        raise StoreError("S006", path=str(path), detail="not an SQLite database")


def statements(sql: str) -> Iterator[str]:
    """Split a migration into its SQL statements, so they can run inside one open transaction.

    ``executescript`` would commit first; sqlite3's own ``complete_statement`` decides
    where a statement ends (semicolons inside strings and trigger bodies included).
    """
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if any(ln.strip() and not ln.strip().startswith("--") for ln in pending.splitlines()):
        yield pending  # an unterminated statement: let SQLite name the problem


_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_FULL = ("SQLITE_FULL",)
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")
_IO = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOMEM")


def coded_error(path: Path, exc: sqlite3.Error | OSError, *, writing: bool) -> StoreError | None:
    """Turn an SQLite or OS failure of the store file into its coded StoreError; None for a programming error.

    A damaged file is S008, a write refused for a full disk or a read-only file S007, any
    other I/O failure S007 when writing and S009 when reading (issue 16, item 12).
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    where = str(path)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StoreError("S007", path=where, detail=f"the disk is full ({exc.strerror})")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreError("S007", path=where, detail=f"the file or its folder is read-only ({exc.strerror})")
        return StoreError("S007" if writing else "S009", path=where, detail=str(exc))
    if name.startswith(_DAMAGED):
        return StoreError("S008", path=where, detail=str(exc))
    if name.startswith(_FULL):
        return StoreError("S007", path=where, detail=f"the disk is full ({exc})")
    if name.startswith(_READ_ONLY):
        return StoreError("S007", path=where, detail=f"the file or its folder is read-only ({exc})")
    if name.startswith(_IO):
        return StoreError("S007" if writing else "S009", path=where, detail=str(exc))
    return None


def store_version(conn: sqlite3.Connection, path: Path) -> int:
    """Return the schema version of the dateline store on ``conn``: 0 for an empty database.

    Raises:
        StoreError: S006 when the file holds another program's tables (or none of a store's),
            so that no command ever adds dateline's tables to it (issue 16, item 11).
    """
    # one statement, so one snapshot: read apart, a migration committed in between would show
    # a version of 0 beside a store's tables
    rows = conn.execute("SELECT v.user_version, m.name FROM pragma_user_version AS v"
                        " LEFT JOIN sqlite_master AS m ON m.type = 'table'").fetchall()
    version = int(rows[0][0])
    tables = {row[1] for row in rows if row[1] is not None}
    if version == 0 and not tables:
        return 0
    missing = [t for t in STORE_TABLES if t not in tables]
    if version == 0 or missing:
        others = sorted(tables - set(STORE_TABLES))
        shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
        detail = f"it holds other tables: {shown}" if others else f"it lacks the tables {', '.join(missing)}"
        raise StoreError("S006", path=str(path), detail=detail)
    return version


def use_wal(conn: sqlite3.Connection, wait_s: float = 30.0) -> None:
    """Switch the store to WAL mode, retrying for up to ``wait_s`` while another connection holds it.

    When two connections open a new store at once, SQLite can answer the mode change
    with SQLITE_BUSY straight away, without calling the busy handler (issue 16, item 9).

    Raises:
        sqlite3.OperationalError: when the store stays busy for ``wait_s``.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` with ``mode=ro`` and ``query_only``; on read-only media, as an immutable file.

    A WAL store needs its ``-shm`` file; where the folder or the file system is read-only
    and that file cannot be made, SQLite can still read the file as immutable (nothing
    else can be writing it there).

    Raises:
        StoreError: S001 when the file cannot be opened at all.
    """
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            last = exc
            continue
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA query_only=1")
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            if getattr(exc, "sqlite_errorname", "").startswith(_DAMAGED):
                raise StoreError("S008", path=str(path), detail=str(exc)) from exc
            last = exc
            continue
        return conn
    raise StoreError("S001", path=str(path), detail=str(last))
