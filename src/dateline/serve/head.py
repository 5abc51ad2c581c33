"""Answer HEAD requests as GET without the body, for every route (issue 16, item 13: ``HEAD /`` was 405)."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger(__name__)


class HeadAsGet:
    """Route a HEAD request as GET and send its status and headers only (pure ASGI middleware).

    FastAPI's routes list only the methods they were declared with, where Starlette's own
    routes add HEAD to GET; doing it once here keeps every router unchanged. The headers,
    Content-Length included, are those GET would send, as RFC 9110 asks of HEAD.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
