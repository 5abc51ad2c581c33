"""Create the web app: include one router per resource, the static files, and the shared security headers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import StoreError
from dateline.serve import deps, errors
from dateline.serve.head import HeadAsGet
from dateline.serve.hosts import LOOPBACK_NAMES, HostCheck
from dateline.serve.routers import documents, events, graph, persons, search

LOGGER = logging.getLogger(__name__)

ROUTERS = (search, persons, events, documents, graph)


def create_app(db_path: str | Path, allowed_hosts: Sequence[str] = LOOPBACK_NAMES) -> FastAPI:
    """Return the app serving the store at ``db_path`` read-only (pages, and the JSON API under /api).

    Requests whose Host header is not in ``allowed_hosts`` (``"*"`` for any) get 400.
    """
    app = FastAPI(title="dateline", summary="A dated, sourced record of who did what with whom.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.db_path = Path(db_path)
    app.middleware("http")(deps.security_headers)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostCheck, allowed=tuple(allowed_hosts))  # added last: runs first
    app.add_exception_handler(StoreError, errors.store_error)
    app.add_exception_handler(RequestValidationError, errors.validation_error)
    app.add_exception_handler(StarletteHTTPException, errors.http_error)
    app.mount("/static", StaticFiles(directory=deps.STATIC_DIR), name="static")
    for module in ROUTERS:
        app.include_router(module.api)
        app.include_router(module.pages)
    return app
