"""Serve one article: its text with entities and evidence highlighted, and its JSON form."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from dateline.serve.article import document_segments
from dateline.serve.deps import get_store, render
from dateline.serve.schemas import DocumentOut, ErrorOut
from dateline.store.db import Store
from dateline.store.queries import get_document

LOGGER = logging.getLogger(__name__)

api = APIRouter(prefix="/api/documents", tags=["documents"], responses={404: {"model": ErrorOut}})
pages = APIRouter(prefix="/documents", tags=["pages"], include_in_schema=False)

StoreDep = Annotated[Store, Depends(get_store)]


@api.get("/{doc_id}", response_model=DocumentOut, summary="One stored article with its facts")
def get_document_json(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """Body, captions, entities (global ids) with mention offsets, posts and events."""
    doc = get_document(store, doc_id)
    if doc is None:
        raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
    return doc


@pages.get("/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    doc = get_document(store, doc_id)
    if doc is None:
        return render(request, "missing.html", {"what": "document", "key": doc_id}, status_code=404)
    return render(request, "document.html", {"doc": doc, "segments": document_segments(doc)})
