"""Serve people and organisations: lists and dossiers (posts on a timeline, events, co-actors, sources)."""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from dateline.serve.deps import get_store, render
from dateline.serve.schemas import Dossier, ErrorOut, PersonSummary
from dateline.store.db import Store
from dateline.store.queries import dossier, find_people

LOGGER = logging.getLogger(__name__)

EntityKind = Literal["PERSON", "ORG", "GPE", "GROUP"]

api = APIRouter(prefix="/api/persons", tags=["persons"], responses={404: {"model": ErrorOut}})
pages = APIRouter(prefix="/persons", tags=["pages"], include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]
NameQuery = Annotated[str | None, Query(max_length=200, description="Part of a name, or an id")]
TypeQuery = Annotated[list[EntityKind] | None, Query(description="Entity types (default PERSON)")]
LimitQuery = Annotated[int, Query(ge=1, le=1000)]


def _found(store: Store, entity_id: str) -> dict[str, Any]:
    info = dossier(store, entity_id)
    if info is None:
        raise HTTPException(status_code=404, detail=f"no entity with id {entity_id!r}")
    return info


@api.get("", response_model=list[PersonSummary], summary="List people (or other actors) by name")
def list_people(store: StoreDep, name: NameQuery = None, type: TypeQuery = None,
                limit: LimitQuery = 50) -> list[dict[str, Any]]:
    """People grouped by global id, most documents first."""
    return find_people(store, name, tuple(type or ("PERSON",)), limit=limit)


@api.get("/{entity_id:path}", response_model=Dossier, summary="One actor's dossier")
def get_dossier(entity_id: str, store: StoreDep) -> dict[str, Any]:
    """Posts with dates and sources, events, who they met, and the articles that name them."""
    return _found(store, entity_id)


@pages.get("", response_class=HTMLResponse)
def people_page(request: Request, store: StoreDep, name: NameQuery = None, type: TypeQuery = None) -> HTMLResponse:
    kinds = tuple(type or ("PERSON", "ORG"))
    return render(request, "people.html", {"people": find_people(store, name, kinds, limit=200),
                                           "name": name or "", "kinds": kinds})


@pages.get("/{entity_id:path}", response_class=HTMLResponse)
def dossier_page(request: Request, entity_id: str, store: StoreDep) -> HTMLResponse:
    info = dossier(store, entity_id)
    if info is None:
        return render(request, "missing.html", {"what": "entity", "key": entity_id}, status_code=404)
    return render(request, "dossier.html", {"d": info})
