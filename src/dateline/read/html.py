"""Decode an HTML page to markup text, honouring its declared charset.

The charset comes from a byte-order mark, then the HTTP ``Content-Type`` (for WARC
responses), then a ``<meta charset>`` / ``http-equiv`` declaration in the first bytes
(as browsers prescan), then detection. Parsing the markup is the cleaner's job; a page
with no text is passed on, and the cleaner refuses it (C001).
"""

from __future__ import annotations

import logging
import re

from dateline.model import PublishedFrom, RawPage, Source
from dateline.read.text import decode

LOGGER = logging.getLogger(__name__)

PRESCAN_BYTES = 4096
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)


def meta_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in its first bytes, or None."""
    match = META_CHARSET.search(data[:PRESCAN_BYTES])
    if match is None:
        return None
    return match.group(1).decode("ascii", errors="ignore") or None


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the charset parameter of an HTTP Content-Type value, or None."""
    if not content_type:
        return None
    match = CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None


def html_page(
    data: bytes,
    source: Source,
    label: str,
    http_charset: str | None = None,
    published: str | None = None,
    published_from: PublishedFrom | None = None,
) -> RawPage:
    """Make an HTML RawPage from page bytes, decoded by the best-declared charset.

    Raises:
        InputError: R002 empty, R003 binary, R009 undecodable (see ``text.decode``).
    """
    declared = http_charset or meta_charset(data)
    content = decode(data, label, declared)
    return RawPage(source=source, content=content, kind="html", published=published, published_from=published_from)
