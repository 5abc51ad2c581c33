"""Provide what every router shares: the read-only store per request, templates, and security headers."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pydantic import BeforeValidator

from dateline.store.db import Store
from dateline.store.search import snippet_parts

LOGGER = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
"""No inline script or style, nothing from another origin: a page's text can never run."""

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

TEMPLATE_DIR = Path(str(resources.files("dateline.serve").joinpath("templates")))
STATIC_DIR = Path(str(resources.files("dateline.serve").joinpath("static")))


def get_store(request: Request) -> Iterator[Store]:
    """Open a read-only connection to the app's store for one request, and close it after."""
    store = Store.reader(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


def entity_url(entity_id: str) -> str:
    """Return the dossier URL of an entity (its id percent-encoded as one path segment)."""
    return "/persons/" + quote(entity_id, safe="")


def document_url(doc_id: str, anchor: str | None = None) -> str:
    """Return the article view URL of a document, optionally at a fact's evidence anchor."""
    return "/documents/" + quote(doc_id, safe="") + (f"#{quote(anchor, safe='')}" if anchor else "")


def query_url(path: str, **params: Any) -> str:
    """Return ``path`` with the non-empty parameters as an encoded query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def date_text(interval: dict[str, Any] | None) -> str:
    """Render a date interval compactly: a day, or start..end."""
    if not interval or not interval.get("start"):
        return (interval or {}).get("text") or "undated"
    start, end = interval["start"], interval.get("end")
    return start if not end or end == start else f"{start} – {end}"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True, undefined=StrictUndefined)
    env.globals.update(entity_url=entity_url, document_url=document_url, query_url=query_url)
    env.filters.update(date_text=date_text, snippet_parts=snippet_parts)
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Render one page template with the request in its context."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


async def security_headers(request: Request, call_next: Any) -> Any:
    """Add the Content-Security-Policy and related headers to every response (HTTP middleware)."""
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: Any) -> Any:
    """Accept a date parameter only as YYYY-MM-DD (pydantic alone reads ``0`` as 1970-01-01, a Unix time).

    Raises:
        ValueError: for anything else, which FastAPI answers with 422.
    """
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("not a date: give YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(iso_day)]
"""A query parameter holding a calendar day written YYYY-MM-DD."""
