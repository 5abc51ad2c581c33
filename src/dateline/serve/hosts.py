"""Refuse requests whose Host header names a host the app was not bound for (DNS rebinding)."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOGGER = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
"""Host names a loopback-bound app answers for: a page elsewhere that rebinds its own name to
127.0.0.1 sends its name in the Host header and is refused (issue 16, item 13)."""

WILDCARD_BINDS = ("0.0.0.0", "::", "")
"""Addresses that bind every interface: the names the app is reached by cannot be known."""

ANY_HOST = "*"


def is_loopback(bind: str) -> bool:
    """Say whether ``bind`` (an address or host name given to --host) reaches only this machine."""
    if bind in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(bind.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind: str, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Return the Host names to answer for when serving on ``bind``, plus ``extra`` (--allow-host).

    Loopback names always; the bound address or name itself; any name (``*``) when
    ``bind`` is a wildcard address and no ``extra`` names were given.
    """
    if bind in WILDCARD_BINDS and not extra:
        return (ANY_HOST,)
    names = list(LOOPBACK_NAMES)
    for name in (bind, *extra):
        name = name.strip("[]").lower()
        if name and name not in names and name not in WILDCARD_BINDS:
            names.append(name)
    return tuple(names)


def host_name(header: str) -> str | None:
    """Return the host name of a Host header value without its port (IPv6 literals unbracketed)."""
    try:
        name = urlsplit("//" + header).hostname
    except ValueError:
        return None
    return name or None


class HostCheck:
    """Answer 400 to any request whose Host header is not one of the allowed names (pure ASGI middleware).

    Written here rather than using Starlette's TrustedHostMiddleware, which cuts the
    header at the first ':' and so refuses IPv6 literals such as ``[::1]:8000``.
    """

    def __init__(self, app: ASGIApp, allowed: Sequence[str]) -> None:
        self.app = app
        self.any = ANY_HOST in allowed
        self.allowed = frozenset(name.lower() for name in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.any:
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        LOGGER.warning("refused a request for host %r (allowed: %s)", header[:100], ", ".join(sorted(self.allowed)))
        response = PlainTextResponse("Bad Request: this server does not answer for that host name", status_code=400)
        await response(scope, receive, send)
