"""Serve the graph of states and people linked by events: the page (cytoscape) and its JSON."""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from dateline.model import EVENT_TYPES
from dateline.serve.deps import IsoDate, get_store, query_url, render
from dateline.serve.schemas import Graph
from dateline.store.db import Store
from dateline.store.queries import graph

LOGGER = logging.getLogger(__name__)

api = APIRouter(prefix="/api/graph", tags=["graph"])
pages = APIRouter(prefix="/graph", tags=["pages"], include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]


@api.get("", response_model=Graph, summary="States and people linked by events")
def get_graph(store: StoreDep, type: Annotated[str | None, Query(max_length=20)] = None,
              since: IsoDate | None = None, until: IsoDate | None = None,
              limit: Annotated[int, Query(ge=1, le=2000)] = 400) -> dict[str, Any]:
    """Nodes are states (``c:ISO3``) and people; an edge counts the events two of them share."""
    return graph(store, type=type, since=since.isoformat() if since else None,
                 until=until.isoformat() if until else None, limit=limit)


@pages.get("", response_class=HTMLResponse)
def graph_page(request: Request, type: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    chosen = (type or "").upper()
    return render(request, "graph.html", {"types": EVENT_TYPES, "type": chosen,
                                          "data_url": query_url("/api/graph", type=chosen)})
