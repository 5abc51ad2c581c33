"""Answer errors in the form of the route that failed: an HTML page for pages, JSON under /api."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import StoreError
from dateline.serve.deps import render

LOGGER = logging.getLogger(__name__)

API_PREFIX = "/api"

MAX_ECHO = 80
"""Characters of a rejected value echoed back in a 422 (never the whole 10 KB of it)."""


def is_api(request: Request) -> bool:
    """Say whether the request is for the JSON API rather than a page."""
    path = request.url.path
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def _page(request: Request, status: int, title: str, lines: list[str]) -> Response:
    return render(request, "error.html", {"title": title, "lines": lines}, status_code=status)


async def store_error(request: Request, exc: Exception) -> Response:
    """Answer a store that is missing, not a store, too new, damaged or too slow with 503 and its coded message."""
    LOGGER.warning("store error on %s: %s", request.url.path, exc)
    code = exc.code if isinstance(exc, StoreError) else None
    if is_api(request):
        return JSONResponse({"detail": str(exc), "code": code}, status_code=503)
    return _page(request, 503, "The store cannot answer", [str(exc)])


def _short(value: Any) -> Any:
    text = value if isinstance(value, str) else None
    if text is not None and len(text) > MAX_ECHO:
        return text[:MAX_ECHO] + f"… ({len(text)} characters)"
    return value


async def validation_error(request: Request, exc: Exception) -> Response:
    """Answer a bad parameter with 422, naming the parameter and the rule, echoing at most MAX_ECHO characters."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", ""),
               "input": _short(e.get("input"))} for e in errors]
    if is_api(request):
        return JSONResponse({"detail": detail}, status_code=422)
    lines = [f"{'.'.join(str(p) for p in d['loc'][1:]) or 'request'}: {d['msg']}" for d in detail]
    return _page(request, 422, "This address asks for something the app cannot read", lines)


async def http_error(request: Request, exc: Exception) -> Response:
    """Answer 404, 405 and the like as a page for pages and as JSON for the API."""
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = exc.detail if isinstance(exc, StarletteHTTPException) else "error"
    headers = getattr(exc, "headers", None)
    if is_api(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    return _page(request, status, "Not found" if status == 404 else "Cannot answer", [str(detail)])
