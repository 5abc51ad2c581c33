"""Serve events: the filtered timeline page and its JSON API."""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from dateline.lexicons.type_names import unknown_type_message
from dateline.model import EVENT_TYPES
from dateline.serve.deps import IsoDate, get_store, render
from dateline.serve.schemas import EventOut
from dateline.store.db import Store
from dateline.store.queries import find_events

LOGGER = logging.getLogger(__name__)

api = APIRouter(prefix="/api/events", tags=["events"])
pages = APIRouter(prefix="/events", tags=["pages"], include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]
Text = Annotated[str | None, Query(max_length=200)]

PAGE_SIZE = 200
"""Events per timeline page."""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@api.get("", response_model=list[EventOut], summary="Events in date order, filtered")
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200, description="An actor's id or part of its name")] = None,
    type: Annotated[str | None, Query(max_length=20, description="Event type, e.g. CONSULT")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO3 code of a state among the actors")] = None,
    with_: Annotated[str | None, Query(alias="with", max_length=200, description="Another actor")] = None,
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[dict[str, Any]]:
    """Each event carries its actors, its date interval and its evidence sentence."""
    return find_events(store, actor=actor, type=type, country=country, with_=with_, since=_iso(since),
                       until=_iso(until), limit=limit, offset=offset)


@pages.get("", response_class=HTMLResponse)
def timeline_page(
    request: Request, store: StoreDep, actor: Text = None, type: Text = None, country: Text = None,
    with_: Annotated[str | None, Query(alias="with", max_length=200)] = None,
    since: Text = None, until: Text = None, page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    filters = {"actor": actor or "", "type": (type or "").upper(), "country": (country or "").upper(),
               "with": with_ or "", "since": since or "", "until": until or ""}
    errors = []
    if filters["type"] and filters["type"] not in EVENT_TYPES:
        errors.append(f"type: {unknown_type_message(type or '')}")
        filters["type"] = ""
    for key in ("since", "until"):
        if filters[key]:
            try:
                filters[key] = date.fromisoformat(filters[key]).isoformat()
            except ValueError:
                errors.append(f"{key}: {filters[key]!r} is not a date (YYYY-MM-DD)")
                filters[key] = ""
    rows = find_events(store, actor=actor or None, type=filters["type"] or None,
                       country=filters["country"] or None, with_=with_ or None,
                       since=filters["since"] or None, until=filters["until"] or None,
                       limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    pages = {"number": page, "previous": page - 1 if page > 1 else None,
             "next": page + 1 if len(rows) > PAGE_SIZE else None}
    return render(request, "timeline.html", {"events": rows[:PAGE_SIZE], "filters": filters,
                                             "types": EVENT_TYPES, "errors": errors, "pages": pages})
