"""Read an annotated document's events in tests: actors by name or state, events by type (shared by the event
frame tests and the unseen-error examples)."""

from __future__ import annotations

from dateline.model import Document, Event


def names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    """The names of the entities ``ids`` point to."""
    by_id = {e.id: e for e in doc.entities}
    return {by_id[i].name for i in ids}


def countries(doc: Document, ids: tuple[str, ...]) -> set[str | None]:
    """The states of the entities ``ids`` point to."""
    by_id = {e.id: e for e in doc.entities}
    return {by_id[i].country for i in ids}


def of_type(doc: Document, type_: str) -> list[Event]:
    """The document's events of one type."""
    return [e for e in doc.events if e.type == type_]
