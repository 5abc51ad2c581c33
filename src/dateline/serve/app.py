"""Create the web app: include one router per resource, the static files, and the shared security headers."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline.errors import StoreError
from dateline.serve import deps
from dateline.serve.routers import documents, events, graph, persons, search

LOGGER = logging.getLogger(__name__)

ROUTERS = (search, persons, events, documents, graph)


def create_app(db_path: str | Path) -> FastAPI:
    """Return the app serving the store at ``db_path`` read-only (pages, and the JSON API under /api)."""
    app = FastAPI(title="dateline", summary="A dated, sourced record of who did what with whom.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.db_path = Path(db_path)
    app.middleware("http")(deps.security_headers)
    app.add_exception_handler(StoreError, deps.store_error)
    app.mount("/static", StaticFiles(directory=deps.STATIC_DIR), name="static")
    for module in ROUTERS:
        app.include_router(module.api)
        app.include_router(module.pages)
    return app
