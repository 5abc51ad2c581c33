"""Count a store's rows from a test while another process may be writing it (shared by the ingest tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def count_rows(db: Path, table: str = "documents") -> int:
    """Count a table's rows while another process may be creating the store (0 until it can be read)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
