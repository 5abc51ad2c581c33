"""Turn a RawPage into a Document holding the article body, its captions and its metadata.

``clean`` is the stage function the pipeline calls; flattened text goes through the
learned line model (``text.py``), HTML through trafilatura (``html.py``); the cleaned
article's language is then told (``language.py``). Before cleaning,
a run may read all its pages once for their site furniture (``find_templates``).
"""

from __future__ import annotations

import logging

from dateline.clean.language import with_language
from dateline.clean.templates import Templates, find_templates, templates_for_run
from dateline.model import Document, RawPage
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

__all__ = ["Templates", "clean", "find_templates", "templates_for_run"]


def clean(page: RawPage, opts: Options, templates: Templates | None = None) -> Document:
    """Return the cleaned article of one page.

    ``templates``: the run's site furniture (``templates.find_templates``); flattened text
    pages drop the lines their sibling pages print too.

    Raises:
        CleanError: C001 when no article text is found, C002 when HTML cannot be parsed,
            C003 when all of a text page's article-like lines are its site's furniture.
    """
    if page.kind == "html":
        from dateline.clean.html import clean_html

        return with_language(clean_html(page, opts), opts)
    from dateline.clean.text import clean_text

    doc = clean_text(page, opts, shared=templates.of(page.source) if templates else frozenset())
    return with_language(doc, opts)
