"""Clean an HTML page with trafilatura: main text, title, date (htmldate), site, author; captions apart.

Settings were measured on ../shared/bench/articles/html with bench/clean_articles.py:
``favor_precision`` with comments left out scores best there (see TRAFILATURA_SETTINGS).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import trafilatura
from lxml import html as lxml_html

from dateline.clean.captions import strip_credit
from dateline.clean.lines import effective_words
from dateline.clean.metadata import choose_published
from dateline.errors import CleanError
from dateline.model import Document, RawPage
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

TRAFILATURA_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "include_images": False,
    "with_metadata": True,
    # no extensive search: it turns "© 2025" or "since 2017" into a publication date, and the contract
    # says never to guess a date that nothing states (the WARC date or --published-default is the fallback)
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
"""Options passed to ``trafilatura.bare_extraction`` (see the module docstring for how they were chosen)."""

MIN_WORDS = 3
"""Fewer words than this is a menu or a label, not an article."""
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*")


def figure_captions(content: str) -> tuple[str, ...]:
    """Return the text of every ``<figcaption>`` on the page, credits cut, each once.

    Raises:
        CleanError: C002 when the markup cannot be parsed at all.
    """
    try:
        tree = lxml_html.fromstring(content)
    except (ValueError, lxml_html.etree.ParserError) as err:
        raise CleanError("C002", detail=str(err)) from err
    out: list[str] = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        caption, _ = strip_credit(text)
        if caption and caption not in out:
            out.append(caption)
    return tuple(out)


def body_paragraphs(text: str, captions: tuple[str, ...]) -> str:
    """Return trafilatura's text as blank-line separated paragraphs, caption lines left out."""
    caption_set = set(captions)
    paragraphs = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and line not in caption_set and strip_credit(line)[0] not in caption_set:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def clean_html(page: RawPage, opts: Options, settings: dict[str, Any] | None = None) -> Document:
    """Return the article of an HTML page as a Document.

    Raises:
        CleanError: C002 when the HTML cannot be parsed, C001 when it holds no article text.
    """
    if not page.content.strip():
        raise CleanError("C001")
    captions = figure_captions(page.content)
    result = trafilatura.bare_extraction(page.content, url=page.source.url, **(settings or TRAFILATURA_SETTINGS))
    found: dict[str, Any] = {}
    if isinstance(result, dict):
        found = result
    elif result is not None:
        found = result.as_dict()
    body = body_paragraphs(found.get("text") or "", captions)
    if effective_words(body, body.split()) < MIN_WORDS:
        # words counted from characters where a script has no spaces: two Chinese paragraphs are no menu
        raise CleanError("C001")
    found_date = found.get("date") or ""
    stated = found_date[:10] if ISO_DAY.match(found_date) else None
    published, published_from = choose_published(stated, "html-meta", page, opts)
    byline = tuple(a for a in AUTHOR_SPLIT.split(found.get("author") or "") if a)
    LOGGER.debug("%s: trafilatura kept %s chars, %s captions", page.source.path, len(body), len(captions))
    return Document(
        source=page.source,
        body=body,
        title=found.get("title") or None,
        site=found.get("sitename") or None,
        published=published,
        published_from=published_from,
        byline=byline,
        captions=captions,
    )
