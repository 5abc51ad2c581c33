"""Search stored articles with FTS5, and actors by name; user text passes through one quoting function, then is bound.

The index uses FTS5's porter tokenizer over unicode61 (store migration 5), so a word finds its
other English forms ("ambassadors" finds "ambassador"); a word typed with a trailing ``*``
is a prefix query ("treat*" finds "treaty" and "treaties").
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from dateline.errors import QueryInterrupted
from dateline.store.db import Store
from dateline.store.queries import find_people

LOGGER = logging.getLogger(__name__)

SNIPPET_TOKENS = 24
"""Words of context in a search snippet."""

ACTOR_KINDS = ("PERSON", "ORG", "GROUP")
"""Entity types a search finds by name, besides articles (people and organisations)."""

MIN_NAME_QUERY = 2
"""Shortest text (in characters) matched against names: one letter would match nearly everyone."""

SNIPPET_OPEN = "\x02"
SNIPPET_CLOSE = "\x03"
"""Control characters that mark hits in snippets; the web app turns them into <mark> after escaping."""


def fts_quote(text: str) -> str:
    """Turn free text into an FTS5 query that matches all its words, with no FTS5 syntax left.

    Each whitespace-separated word becomes a quoted phrase (inner quotes doubled), so
    operators (AND, NEAR, ``:``, parentheses) typed by a user are plain text; the one
    piece of syntax kept is a trailing ``*``, which makes that word a prefix query
    (``"treat"*``). Control characters (FTS5 ends a string at NUL) become spaces.
    Returns an empty string when the text has no words.
    """
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    terms = []
    for word in text.split():
        stem = word.rstrip("*")
        if any(ch.isalnum() for ch in stem):
            terms.append('"' + stem.replace('"', '""') + '"' + ("*" if stem != word else ""))
    return " ".join(terms)


def search_actors(store: Store, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Return the people and organisations whose name (or a spelling of it) contains ``text``, most cited first."""
    name = " ".join(text.replace("*", " ").split())
    if len(name) < MIN_NAME_QUERY:
        return []
    try:
        return find_people(store, name, ACTOR_KINDS, limit=limit)
    except QueryInterrupted:  # names are matched by a scan; articles still come back when a huge store is slow
        LOGGER.warning("name search for %r ran past the time limit; showing articles only", name)
        return []


def search_documents(store: Store, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Return documents matching all words of ``text``, best first, with a marked snippet."""
    query = fts_quote(text)
    if not query:
        return []
    # rank first (FTS5 sorts by its hidden rank column), then make snippets for that page only
    ranked = [r[0] for r in store.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (query, limit, offset),
    )]
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    found = {r["rowid"]: r for r in store.execute(
        "SELECT documents_fts.rowid AS rowid, d.doc_id, d.title, d.site, d.published, d.path, d.url,"
        " snippet(documents_fts, 2, ?, ?, ' … ', ?) AS snippet"
        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
        f" WHERE documents_fts MATCH ? AND documents_fts.rowid IN ({marks})",
        (SNIPPET_OPEN, SNIPPET_CLOSE, SNIPPET_TOKENS, query, *ranked),
    )}
    rows = [found[i] for i in ranked if i in found]
    return [
        {"doc_id": r["doc_id"], "title": r["title"], "site": r["site"], "published": r["published"],
         "path": r["path"], "url": r["url"], "snippet": r["snippet"]}
        for r in rows
    ]


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, is_hit) parts for escaping templates and plain output."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(SNIPPET_OPEN)
        if start < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        end = rest.find(SNIPPET_CLOSE, start)
        end = len(rest) if end < 0 else end
        parts.append((rest[start + 1:end], True))
        rest = rest[end + 1:]
    return parts


def plain_snippet(snippet: str) -> str:
    """Return a snippet with its hit marks removed (terminal and CSV output)."""
    return snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
