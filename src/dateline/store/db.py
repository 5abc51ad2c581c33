"""Own every connection to the SQLite store: migrations, the one writer, and time-limited reads.

Follows Datasette's discipline (``datasette/database.py``): reads go through read-only
connections (``mode=ro`` and ``PRAGMA query_only``) under a time limit, writes go through
one writer connection, every value is a bound parameter, and table names never come
from user input.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import QueryInterrupted, StoreError
from dateline.store.sqlite_file import (
    check_header, coded_error, open_read_only, statements, store_version, use_wal,
)
from dateline.model import Document, Failure, Span

LOGGER = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_MS = 1000
"""Reads using more CPU time than this are interrupted (S003)."""

UNDATED = "~"
"""Sort key of an event with neither a date nor a publication date (sorts after every ISO date)."""

_MIGRATION = re.compile(r"^-- migration: (\d+)\s*$", re.MULTILINE)


def migrations() -> list[tuple[int, str]]:
    """Return the numbered migrations of ``schema.sql``, in order."""
    text = resources.files("dateline.store").joinpath("schema.sql").read_text(encoding="utf-8")
    marks = list(_MIGRATION.finditer(text))
    out: list[tuple[int, str]] = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((int(mark.group(1)), text[mark.end():end]))
    return out


SCHEMA_VERSION = max(n for n, _ in migrations())


def identify(conn: sqlite3.Connection, path: Path) -> int:
    """Return the schema version of the dateline store on ``conn`` (0 for an empty database).

    Raises:
        StoreError: S006 for another program's database, S002 for a newer schema than this dateline's.
    """
    version = store_version(conn, path)
    if version > SCHEMA_VERSION:
        raise StoreError("S002", path=str(path), found=version, expected=SCHEMA_VERSION)
    return version


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass
class BatchReport:
    """What one ``write_batch`` stored: documents written and failures recorded."""

    documents: int = 0
    failures: list[Failure] = field(default_factory=list)


class Store:
    """The one owner of all database access; open with ``Store.writer`` or ``Store.reader``."""

    def __init__(self, path: str | Path, conn: sqlite3.Connection, *, readonly: bool,
                 time_limit_ms: int = DEFAULT_TIME_LIMIT_MS) -> None:
        self.path = Path(path)
        self.conn = conn
        self.readonly = readonly
        self.time_limit_ms = time_limit_ms

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def writer(cls, path: str | Path) -> Store:
        """Open (creating and migrating if needed) the store for writing, in WAL mode.

        Raises:
            StoreError: S001 when the file cannot be opened, S002 when its schema is newer.
        """
        path = Path(path)
        check_header(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError("S001", path=str(path), detail=str(exc)) from exc
        conn.row_factory = sqlite3.Row
        store = cls(path, conn, readonly=False)
        try:
            identify(conn, path)  # before anything changes the file: never convert another program's database
            use_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            store.migrate()
        except sqlite3.Error as exc:
            conn.close()
            coded = coded_error(path, exc, writing=True)
            raise coded or StoreError("S001", path=str(path), detail=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def reader(cls, path: str | Path, time_limit_ms: int = DEFAULT_TIME_LIMIT_MS) -> Store:
        """Open the store read-only (``mode=ro``, ``query_only``), safe to share across threads.

        Raises:
            StoreError: S004 when the file does not exist, S001 when it cannot be opened,
                S002 when its schema version is not this dateline's.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreError("S004", path=str(path))
        if path.stat().st_size == 0:
            raise StoreError("S006", path=str(path), detail="an empty file")
        check_header(path)
        conn = open_read_only(path)
        try:
            found = identify(conn, path)
        except sqlite3.Error as exc:
            conn.close()
            coded = coded_error(path, exc, writing=False)
            raise coded or StoreError("S001", path=str(path), detail=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        if found != SCHEMA_VERSION:
            conn.close()
            if found == 0:
                raise StoreError("S006", path=str(path), detail="an empty database")
            raise StoreError("S002", path=str(path), found=found, expected=SCHEMA_VERSION)
        return cls(path, conn, readonly=True, time_limit_ms=time_limit_ms)

    def migrate(self) -> int:
        """Apply the migrations this store lacks, all in one immediate transaction; return the version.

        The version is read again once the write lock is held, so two processes opening a
        new store at once migrate it once: the second waits, then finds nothing to do
        (issue 16, item 9).

        Raises:
            StoreError: S002 when the store's schema is newer than this dateline's, S006 when
                the file is another program's database.
        """
        if identify(self.conn, self.path) == SCHEMA_VERSION:
            return SCHEMA_VERSION
        with self._transaction() as cur:
            found = identify(self.conn, self.path)
            for number, sql in migrations():
                if number <= found:
                    continue
                LOGGER.info("applying store migration %s to %s", number, self.path)
                for statement in statements(sql):
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version={int(number)}")
        return SCHEMA_VERSION

    def close(self) -> None:
        """Close the connection (after a checkpoint when writing; a failed checkpoint loses nothing)."""
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            # the committed transactions stay in the WAL file, which the next opening replays
            LOGGER.warning("store %s: checkpoint on close failed: %s", self.path, exc)
        finally:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run one read query with bound parameters under the time limit; return all rows.

        The limit counts the CPU time of this thread (``time.thread_time``), not wall time:
        under many concurrent requests a query also waits for a core and for the GIL, and
        that wait is not its own doing (issue 16, item 7: 21% of 13 ms queries became 503s
        at 50 clients). A runaway query still burns CPU and is stopped.

        Raises:
            QueryInterrupted: S003 when the query uses more than ``time_limit_ms`` of CPU.
            StoreError: S008 when the store is damaged, S009 when it cannot be read.
        """
        budget = self.time_limit_ms / 1000
        started = time.thread_time()

        def check() -> int:
            return 1 if time.thread_time() - started > budget else 0

        self.conn.set_progress_handler(check, 1000)
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
                raise QueryInterrupted("S003", limit_ms=self.time_limit_ms) from exc
            raise coded_error(self.path, exc, writing=False) or exc
        finally:
            self.conn.set_progress_handler(None, 1000)

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[sqlite3.Row]:
        """Stream the rows of a read query without a time limit (exports).

        Raises:
            StoreError: S008 when the store is damaged, S009 when it cannot be read.
        """
        try:
            yield from self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise coded_error(self.path, exc, writing=False) or exc

    # -- writing (the one writer) ------------------------------------------------------

    def _require_writer(self) -> None:
        if self.readonly:
            raise StoreError("S001", path=str(self.path), detail="opened read-only")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        """Run the body in one ``BEGIN IMMEDIATE`` transaction: committed whole or rolled back.

        Raises:
            StoreError: S007 for a full disk or read-only file, S008 for a damaged store.
        """
        self._require_writer()
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # SQLite may already have rolled back (SQLITE_FULL)
                    cur.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            coded = coded_error(self.path, exc, writing=True)
            if coded is None:
                raise
            raise coded from exc

    def input_seen(self, path: str, size: int, mtime_ns: int) -> bool:
        """Say whether this input file, unchanged, was already committed by an earlier run."""
        rows = self.execute("SELECT 1 FROM inputs WHERE path = ? AND size = ? AND mtime_ns = ?",
                            (path, size, mtime_ns))
        return bool(rows)

    def write_batch(self, results: Sequence[Document | Failure],
                    inputs: Sequence[tuple[str, int, int]] = ()) -> BatchReport:
        """Store documents (replacing any with the same doc_id) and failures in one transaction.

        A document retires the one stored earlier from the same source (path and record)
        under another doc_id, so an edited page is stored once (issue 16, item 8).
        ``inputs`` lists the (path, size, mtime_ns) of the files these results came from, so
        a resumed run skips them; they must be complete files, whose every result is in
        ``results``: documents stored earlier from those files that the batch no longer
        yields are retired. Either the whole batch is stored or none of it is.

        Raises:
            StoreError: S007 when the disk is full or the store read-only, S008 when it is damaged.
        """
        report = BatchReport()
        now = _now()
        with self._transaction() as cur:
            for result in results:
                if isinstance(result, Failure):
                    self._write_failure(cur, result, now)
                    report.failures.append(result)
                else:
                    self._write_document(cur, result, now)
                    report.documents += 1
            if inputs:
                self._retire_unyielded(cur, results)
            for path, size, mtime_ns in inputs:
                cur.execute(
                    "INSERT OR REPLACE INTO inputs (path, size, mtime_ns, documents, failures, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (path, size, mtime_ns, report.documents, len(report.failures), now),
                )
        return report

    @staticmethod
    def _retire(cur: sqlite3.Cursor, doc_id: str) -> None:
        """Delete one document and every row it owns."""
        row = cur.execute("SELECT rowid FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return
        for table in ("event_links", "event_actors", "events", "positions", "mentions", "entities"):
            cur.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))  # table names are constants
        cur.execute("DELETE FROM documents_fts WHERE rowid = ?", (row[0],))
        cur.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _retire_unyielded(self, cur: sqlite3.Cursor, results: Sequence[Document | Failure]) -> None:
        """Retire documents stored from these results' files that the files no longer yield (a page edited away)."""
        kept: dict[str, set[str]] = {}
        for result in results:
            ids = kept.setdefault(result.source.path, set())
            if isinstance(result, Document):
                ids.add(result.doc_id)
        for path, ids in kept.items():
            for (doc_id,) in cur.execute("SELECT doc_id FROM documents WHERE path = ?", (path,)).fetchall():
                if doc_id not in ids:
                    LOGGER.info("retiring %s: %s no longer yields it", doc_id, path)
                    self._retire(cur, doc_id)

    @staticmethod
    def _write_failure(cur: sqlite3.Cursor, failure: Failure, now: str) -> None:
        src = failure.source
        cur.execute(
            "INSERT OR REPLACE INTO failures (path, record, url, error, failed_at) VALUES (?, ?, ?, ?, ?)",
            (src.path, "" if src.record is None else str(src.record), src.url, failure.error, now),
        )

    @staticmethod
    def _span_row(span: Span) -> tuple[int, int, str, int | None]:
        return span.start, span.end, span.where, span.caption

    def _write_document(self, cur: sqlite3.Cursor, doc: Document, now: str) -> None:
        did = doc.doc_id
        src = doc.source
        record = None if src.record is None else str(src.record)
        # an edited page keeps its source but gets a new doc_id (the body hash): retire the old text
        for (stale,) in cur.execute("SELECT doc_id FROM documents WHERE path = ? AND record IS ? AND doc_id != ?",
                                    (src.path, record, did)).fetchall():
            LOGGER.info("retiring %s: %s record %s now holds %s", stale, src.path, record, did)
            self._retire(cur, stale)
        # idempotent by doc_id: a document stored again replaces every row it owned
        self._retire(cur, did)
        cur.execute(
            "DELETE FROM failures WHERE path = ? AND record = ?",
            (src.path, "" if src.record is None else str(src.record)),
        )
        cur.execute(
            "INSERT INTO documents (doc_id, path, url, record, title, site, published, published_from,"
            " byline, body, captions, removed, ingested_at, language, warnings)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (did, src.path, src.url, record, doc.title, doc.site,
             doc.published, doc.published_from, _dumps(list(doc.byline)), doc.body,
             _dumps(list(doc.captions)), _dumps([r.to_json() for r in doc.removed]), now, doc.language,
             _dumps(list(doc.warnings))),
        )
        cur.execute("INSERT INTO documents_fts (rowid, doc_id, title, body) VALUES (?, ?, ?, ?)",
                    (cur.lastrowid, did, doc.title or "", doc.body))
        cur.executemany(
            "INSERT OR REPLACE INTO entities (doc_id, local_id, type, name, aliases, country, global_id,"
            " country_guess) VALUES (?,?,?,?,?,?,?,?)",
            [(did, e.id, e.type, e.name, _dumps(list(e.aliases)), e.country, e.id, e.country_guess)
             for e in doc.entities],
        )
        cur.executemany(
            'INSERT INTO mentions (doc_id, local_id, start, "end", place, caption) VALUES (?,?,?,?,?,?)',
            [(did, e.id, *self._span_row(m)) for e in doc.entities for m in e.mentions],
        )
        cur.executemany(
            'INSERT INTO positions (doc_id, seq, person, title, title_text, country, org, start, "end", as_of,'
            " ev_text, ev_start, ev_end, ev_place, ev_caption) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (did, i, p.person, p.title, p.title_text, p.country, p.org,
                 _dumps(p.start.to_json()) if p.start else None, _dumps(p.end.to_json()) if p.end else None,
                 p.as_of, p.evidence.text, p.evidence.start, p.evidence.end, p.evidence.where,
                 p.evidence.caption)
                for i, p in enumerate(doc.positions)
            ],
        )
        cur.executemany(
            "INSERT OR REPLACE INTO events (doc_id, local_id, type, mode, modality, date_start, date_end,"
            " date_text, granularity, location, attribution, trigger, occurrence, ev_text, ev_start, ev_end,"
            " ev_place, ev_caption, sort_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (did, v.id, v.type, v.mode, v.modality,
                 v.date.start if v.date else None, v.date.end if v.date else None,
                 v.date.text if v.date else None, v.date.to_json()["granularity"] if v.date else None,
                 v.location, v.attribution, v.trigger, v.occurrence, v.evidence.text, v.evidence.start,
                 v.evidence.end, v.evidence.where, v.evidence.caption,
                 (v.date.start if v.date and v.date.start else None) or doc.published or UNDATED)
                for v in doc.events
            ],
        )
        cur.executemany(
            "INSERT OR IGNORE INTO event_actors (doc_id, event_id, role, entity) VALUES (?,?,?,?)",
            [
                (did, v.id, role, actor)
                for v in doc.events
                for role, actors in (("source", v.source), ("target", v.target), ("participant", v.participants))
                for actor in actors
            ],
        )

    def set_global_ids(self, mapping: dict[tuple[str, str], str]) -> int:
        """Set entities' global ids from ``{(doc_id, local_id): global_id}``, in one transaction."""
        with self._transaction() as cur:
            cur.executemany(
                "UPDATE entities SET global_id = ? WHERE doc_id = ? AND local_id = ? AND global_id != ?",
                [(gid, doc_id, local_id, gid) for (doc_id, local_id), gid in mapping.items()],
            )
            changed = cur.rowcount
        return changed

    def set_occurrences(self, mapping: dict[tuple[str, str], str]) -> None:
        """Set events' occurrence keys from ``{(doc_id, event_id): occurrence}``, in one transaction."""
        with self._transaction() as cur:
            cur.executemany(
                "UPDATE events SET occurrence = ? WHERE doc_id = ? AND local_id = ?",
                [(occ, doc_id, event_id) for (doc_id, event_id), occ in mapping.items()],
            )

    def replace_event_links(self, rows: Sequence[tuple[str, str, str, str, str | None, str, str]]) -> None:
        """Replace the graph's edge rows (doc_id, event_id, type, sort_date, date_end, source, target)."""
        with self._transaction() as cur:
            cur.execute("DELETE FROM event_links")
            cur.executemany("INSERT INTO event_links (doc_id, event_id, type, sort_date, date_end, source, target)"
                            " VALUES (?,?,?,?,?,?,?)", rows)

    def counts(self) -> dict[str, int]:
        """Return row counts of the main tables (for reports and the home page)."""
        tables = ("documents", "entities", "positions", "events", "failures")
        return {t: int(self.execute(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}
