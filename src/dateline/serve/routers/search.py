"""Serve search: articles by their words (the JSON API and the home page) and, on the page, actors by name."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from dateline.serve.deps import get_store, render
from dateline.serve.schemas import SearchHit
from dateline.store.db import Store
from dateline.store.search import search_actors, search_documents

LOGGER = logging.getLogger(__name__)

api = APIRouter(prefix="/api/search", tags=["search"])
pages = APIRouter(tags=["pages"], include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]
QText = Annotated[str, Query(max_length=500, description="Words that must all occur")]


@api.get("", response_model=list[SearchHit], summary="Full-text search over titles and bodies")
def search(store: StoreDep, q: QText = "", limit: Annotated[int, Query(ge=1, le=200)] = 20,
           offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> list[dict[str, Any]]:
    """Best matches first; FTS5 syntax in ``q`` is treated as plain words."""
    return search_documents(store, q, limit=limit, offset=offset)


@pages.get("/", response_class=HTMLResponse)
def home_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    hits = search_documents(store, q, limit=50) if q.strip() else []
    actors = search_actors(store, q) if q.strip() else []
    recent = [] if q.strip() else store.execute(
        "SELECT doc_id, title, site, published FROM documents ORDER BY published DESC, doc_id LIMIT 20")
    return render(request, "search.html", {"q": q, "hits": hits, "actors": actors, "recent": recent, "counts": store.counts()})
