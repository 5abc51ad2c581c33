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
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import QueryInterrupted, StoreError
from dateline.model import Document, Failure, Span

LOGGER = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_MS = 1000
"""Reads running longer than this are interrupted (S003)."""

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
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError("S001", path=str(path), detail=str(exc)) from exc
        store = cls(path, conn, readonly=False)
        store.migrate()
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
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   check_same_thread=False, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only=1")
            found = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError("S001", path=str(path), detail=str(exc)) from exc
        if found != SCHEMA_VERSION:
            conn.close()
            raise StoreError("S002", path=str(path), found=found, expected=SCHEMA_VERSION)
        return cls(path, conn, readonly=True, time_limit_ms=time_limit_ms)

    def migrate(self) -> int:
        """Apply the migrations this store lacks, each in its own transaction; return the version.

        Raises:
            StoreError: S002 when the store's schema is newer than this dateline's.
        """
        found = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise StoreError("S002", path=str(self.path), found=found, expected=SCHEMA_VERSION)
        for number, sql in migrations():
            if number <= found:
                continue
            LOGGER.info("applying store migration %s to %s", number, self.path)
            # executescript commits first; BEGIN/COMMIT inside keeps the migration atomic
            self.conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={int(number)};\nCOMMIT;")
        return SCHEMA_VERSION

    def close(self) -> None:
        """Close the connection (after a checkpoint when writing)."""
        if not self.readonly:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run one read query with bound parameters under the time limit; return all rows.

        Raises:
            QueryInterrupted: S003 when the query runs past ``time_limit_ms``.
        """
        deadline = time.monotonic() + self.time_limit_ms / 1000

        def check() -> int:
            return 1 if time.monotonic() > deadline else 0

        self.conn.set_progress_handler(check, 1000)
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise QueryInterrupted("S003", limit_ms=self.time_limit_ms) from exc
            raise
        finally:
            self.conn.set_progress_handler(None, 1000)

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[sqlite3.Row]:
        """Stream the rows of a read query without a time limit (exports)."""
        yield from self.conn.execute(sql, params)

    # -- writing (the one writer) ------------------------------------------------------

    def _require_writer(self) -> None:
        if self.readonly:
            raise StoreError("S001", path=str(self.path), detail="opened read-only")

    def input_seen(self, path: str, size: int, mtime_ns: int) -> bool:
        """Say whether this input file, unchanged, was already committed by an earlier run."""
        row = self.conn.execute(
            "SELECT 1 FROM inputs WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
        ).fetchone()
        return row is not None

    def write_batch(self, results: Sequence[Document | Failure],
                    inputs: Sequence[tuple[str, int, int]] = ()) -> BatchReport:
        """Store documents (replacing any with the same doc_id) and failures in one transaction.

        ``inputs`` lists the (path, size, mtime_ns) of the files these results came from, so
        a resumed run skips them. Either the whole batch is stored or none of it is.
        """
        self._require_writer()
        report = BatchReport()
        now = _now()
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                if isinstance(result, Failure):
                    self._write_failure(cur, result, now)
                    report.failures.append(result)
                else:
                    self._write_document(cur, result, now)
                    report.documents += 1
            for path, size, mtime_ns in inputs:
                cur.execute(
                    "INSERT OR REPLACE INTO inputs (path, size, mtime_ns, documents, failures, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (path, size, mtime_ns, report.documents, len(report.failures), now),
                )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return report

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
        old = cur.execute("SELECT rowid FROM documents WHERE doc_id = ?", (did,)).fetchone()
        if old is not None:
            # idempotent by doc_id: a document stored again replaces every row it owned
            for table in ("event_links", "event_actors", "events", "positions", "mentions", "entities"):
                cur.execute(f"DELETE FROM {table} WHERE doc_id = ?", (did,))  # table names are constants
            cur.execute("DELETE FROM documents_fts WHERE rowid = ?", (old[0],))
            cur.execute("DELETE FROM documents WHERE doc_id = ?", (did,))
        src = doc.source
        cur.execute(
            "DELETE FROM failures WHERE path = ? AND record = ?",
            (src.path, "" if src.record is None else str(src.record)),
        )
        cur.execute(
            "INSERT INTO documents (doc_id, path, url, record, title, site, published, published_from,"
            " byline, body, captions, removed, ingested_at, language, warnings)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (did, src.path, src.url, None if src.record is None else str(src.record), doc.title, doc.site,
             doc.published, doc.published_from, _dumps(list(doc.byline)), doc.body,
             _dumps(list(doc.captions)), _dumps([r.to_json() for r in doc.removed]), now, doc.language,
             _dumps(list(doc.warnings))),
        )
        cur.execute("INSERT INTO documents_fts (rowid, doc_id, title, body) VALUES (?, ?, ?, ?)",
                    (cur.lastrowid, did, doc.title or "", doc.body))
        cur.executemany(
            "INSERT OR REPLACE INTO entities (doc_id, local_id, type, name, aliases, country, global_id)"
            " VALUES (?,?,?,?,?,?,?)",
            [(did, e.id, e.type, e.name, _dumps(list(e.aliases)), e.country, e.id) for e in doc.entities],
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
        self._require_writer()
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.executemany(
                "UPDATE entities SET global_id = ? WHERE doc_id = ? AND local_id = ? AND global_id != ?",
                [(gid, doc_id, local_id, gid) for (doc_id, local_id), gid in mapping.items()],
            )
            changed = cur.rowcount
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return changed

    def set_occurrences(self, mapping: dict[tuple[str, str], str]) -> None:
        """Set events' occurrence keys from ``{(doc_id, event_id): occurrence}``, in one transaction."""
        self._require_writer()
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.executemany(
                "UPDATE events SET occurrence = ? WHERE doc_id = ? AND local_id = ?",
                [(occ, doc_id, event_id) for (doc_id, event_id), occ in mapping.items()],
            )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def replace_event_links(self, rows: Sequence[tuple[str, str, str, str, str | None, str, str]]) -> None:
        """Replace the graph's edge rows (doc_id, event_id, type, sort_date, date_end, source, target)."""
        self._require_writer()
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("DELETE FROM event_links")
            cur.executemany("INSERT INTO event_links (doc_id, event_id, type, sort_date, date_end, source, target)"
                            " VALUES (?,?,?,?,?,?,?)", rows)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        """Return row counts of the main tables (for reports and the home page)."""
        tables = ("documents", "entities", "positions", "events", "failures")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
