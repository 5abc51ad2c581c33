"""Load the reviewable lexicons (JSONL and TSV data files) and check them against their schemas."""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.errors import LexiconError

LOGGER = logging.getLogger(__name__)

_JSONL_REQUIRED = ("id", "label", "pattern", "examples")


def _text(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict[str, Any], ...]:
    """Return the entries of ``NAME.jsonl``, checked: required fields, unique sorted ids, list patterns.

    Raises:
        LexiconError: L001 naming the file and line of the first malformed entry.
    """
    filename = f"{name}.jsonl"
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(_text(filename).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError("L001", file=filename, line=lineno, detail=f"not JSON ({exc.msg})") from exc
        missing = [f for f in _JSONL_REQUIRED if f not in entry]
        if missing:
            raise LexiconError("L001", file=filename, line=lineno, detail=f"missing {', '.join(missing)}")
        if not isinstance(entry["pattern"], list) or not all(isinstance(t, dict) for t in entry["pattern"]):
            raise LexiconError("L001", file=filename, line=lineno, detail="pattern must be a list of token constraints")
        if not entry["examples"]:
            raise LexiconError("L001", file=filename, line=lineno, detail="needs at least one example")
        if entry["id"] in seen:
            raise LexiconError("L001", file=filename, line=lineno, detail=f"duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        entries.append(entry)
    ids = [e["id"] for e in entries]
    if ids != sorted(ids):
        LOGGER.warning("%s is not sorted by id", filename)
    return tuple(entries)


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of ``NAME.tsv`` (comment lines skipped), each with at least two fields.

    Raises:
        LexiconError: L001 for a row with fewer than two fields.
    """
    filename = f"{name}.tsv"
    rows: list[tuple[str, ...]] = []
    for lineno, line in enumerate(_text(filename).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) < 2 or not fields[0] or not fields[1]:
            raise LexiconError("L001", file=filename, line=lineno, detail="expected NAME<TAB>VALUE")
        rows.append(fields)
    return tuple(rows)


@lru_cache(maxsize=None)
def word_list(name: str, table: str = "event_words") -> tuple[str, ...]:
    """The words of one class of a ``class<TAB>word`` table (``event_words.tsv`` by default), in file order.

    Raises:
        LexiconError: L001 when the table has no word of that class (a misspelt class name).
    """
    words = tuple(row[1] for row in load_table(table) if row[0] == name)
    if not words:
        raise LexiconError("L001", file=f"{table}.tsv", line=0, detail=f"no word of class {name!r}")
    return words


@lru_cache(maxsize=None)
def word_class(name: str, table: str = "event_words") -> frozenset[str]:
    """The words of one class of a ``class<TAB>word`` table (``event_words.tsv`` by default: the word lists the
    event and argument rules decide by), as a set.

    Raises:
        LexiconError: L001 when the table has no word of that class (a misspelt class name).
    """
    return frozenset(word_list(name, table))


def word_map(name: str, table: str) -> dict[str, str]:
    """The ``class<TAB>word<TAB>value`` rows of one class as {word: value}, in file order.

    Raises:
        LexiconError: L001 when a row of the class has no value, or the table has no row of that class.
    """
    rows = [row for row in load_table(table) if row[0] == name]
    if not rows:
        raise LexiconError("L001", file=f"{table}.tsv", line=0, detail=f"no word of class {name!r}")
    short = next((row for row in rows if len(row) < 3 or not row[2]), None)
    if short is not None:
        raise LexiconError("L001", file=f"{table}.tsv", line=0, detail=f"{short[1]!r} of class {name!r} has no value")
    return {row[1]: row[2] for row in rows}
