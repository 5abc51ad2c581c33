"""Turn a RawPage into a Document holding the article body, its captions and its metadata.

``clean`` is the stage function the pipeline calls; flattened text goes through the
learned line model (``text.py``), HTML through trafilatura (``html.py``).
"""

from __future__ import annotations

import logging

from dateline.model import Document, RawPage
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

__all__ = ["clean"]


def clean(page: RawPage, opts: Options) -> Document:
    """Return the cleaned article of one page.

    Raises:
        CleanError: C001 when no article text is found, C002 when HTML cannot be parsed.
    """
    if page.kind == "html":
        from dateline.clean.html import clean_html

        return clean_html(page, opts)
    from dateline.clean.text import clean_text

    return clean_text(page, opts)
