"""Clean an HTML page with trafilatura: main text, title, date (htmldate), site, author; captions apart.

Settings were measured on ../shared/bench/articles/html with bench/clean_articles.py:
``favor_precision`` with comments left out scores best there (see TRAFILATURA_SETTINGS).
The markup is parsed once, here, with libxml2's huge-tree limits (``parse_html``), and
the tree goes to both the caption finder and trafilatura: with its default limits
libxml2 drops everything nested deeper than 255 elements, and the page read as empty.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from dateline.clean.captions import strip_credit
from dateline.clean.lines import (SENTENCE_END, effective_words, is_link_line, is_trailer_heading, is_wire_credit,
                                  reads_as_sentence)
from dateline.clean.metadata import choose_published
from dateline.clean.text import HEADING_WORDS, REASONS
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

MAX_DEPTH = 2048
"""Deepest nesting libxml2 parses even with ``huge_tree``; a page nested deeper is refused with C004."""
MIN_WORDS = 3
"""Fewer words than this is a menu or a label, not an article."""
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
POPUP_CARD_CLASS = re.compile(r"^(?:rollover|tooltip|popover|hover-?card)(?:[-_][a-z]+)*?[-_](?:block|card|box|panel|content)$")
"""A class token that names the card a pop-up shows on hover ("rollover-people-block", "tooltip-content"), not the
link it hangs on ("rollover-people-link") nor the wrapper of both ("rollover-people"). The card sits inside the
sentence in the markup, hidden until hovered: a picture, the name again and other stories' headlines, which would
read as part of the sentence ("Rep. Ann ReyesAnn ReyesSenate passes ... MORE (D-Ore.) said")."""
AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*")
RELATED_HEADING = dict(REASONS)["related"]
"""Words of a heading over other stories' headlines ("Don't miss", "Most read"), the text cleaner's."""


def parse_html(content: str) -> lxml_html.HtmlElement:
    """Parse a page's markup with the options trafilatura uses, plus libxml2's huge-tree limits.

    The markup goes in as UTF-8 bytes with the encoding stated, so an XML declaration
    (XHTML) or a stale ``<meta charset>`` cannot make lxml refuse or re-decode the text.

    Raises:
        CleanError: C002 when the markup cannot be parsed at all, C004 when it nests
            deeper than ``MAX_DEPTH`` elements (libxml2 then keeps nothing of the page).
    """
    parser = lxml_html.HTMLParser(
        encoding="utf-8", huge_tree=True, collect_ids=False, default_doctype=False, remove_comments=True,
        remove_pis=True,
    )
    try:
        tree = lxml_html.fromstring(content.encode("utf-8"), parser=parser)
    except (ValueError, etree.ParserError) as err:
        raise CleanError("C002", detail=str(err)) from err
    if any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message.lower() for e in parser.error_log):
        raise CleanError("C004", limit=MAX_DEPTH)
    return tree


def drop_popup_cards(tree: lxml_html.HtmlElement) -> int:
    """Remove from the tree every hover card (``POPUP_CARD_CLASS``), keeping the text after it; return how many."""
    cards = [el for el in tree.iter() if isinstance(el.tag, str)
             and any(POPUP_CARD_CLASS.match(token) for token in (el.get("class") or "").lower().split())]
    for card in cards:
        card.drop_tree()
    return len(cards)


def figure_captions(tree: lxml_html.HtmlElement) -> tuple[str, ...]:
    """Return the text of every ``<figcaption>`` on the page, credits cut, each once."""
    out: list[str] = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        caption, _ = strip_credit(text)
        if caption and caption not in out:
            out.append(caption)
    return tuple(out)


def other_stories(paragraphs: list[str]) -> set[int]:
    """Return the paragraphs that point to other stories: a link line ("Read also: ...", ``lines.is_link_line``)
    wherever it stands, and, once the article has begun, a short heading that is no sentence: a trailer heading
    ("Comments", ``lines.is_trailer_heading``) alone, and a heading that opens with related-stories words ("Don't
    miss", "Most read today", ``text.REASONS``) with the headlines right after it, up to the next sentence of
    running text (the rule the text cleaner's ``widget_cuts`` applies to such headings; trafilatura keeps both when
    they sit between the paragraphs)."""
    cuts: set[int] = set()
    prose_seen = 0
    for i, para in enumerate(paragraphs):
        if is_link_line(para):
            cuts.add(i)
            continue
        if reads_as_sentence(para):
            prose_seen += 1
            continue
        if prose_seen < 1 or len(para.split()) > HEADING_WORDS or SENTENCE_END.search(para) and not para.endswith(":"):
            continue
        # the heading must open with the related-stories words: "Apple's latest tablet" heads the article's own part
        related = bool(RELATED_HEADING.match(para.lower()))
        if not related and not is_trailer_heading(para):
            continue
        cuts.add(i)
        headline = para.partition(":")[2]
        # "Related post: <headline>" is a link under a label of its own, not a heading of the lines below
        for j in range(i + 1, len(paragraphs) if related and not headline.strip() else i + 1):
            if reads_as_sentence(paragraphs[j]):
                break
            cuts.add(j)
    return cuts


def body_paragraphs(text: str, captions: tuple[str, ...]) -> str:
    """Return trafilatura's text as blank-line separated paragraphs, caption lines, the story's credit lines
    ("Reporting by A; Editing by B", ``lines.is_wire_credit``) and links to other stories (``other_stories``)
    left out."""
    caption_set = set(captions)
    paragraphs = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and line not in caption_set and strip_credit(line)[0] not in caption_set:
            paragraphs.append(line)
    cuts = other_stories(paragraphs)
    kept = [p for i, p in enumerate(paragraphs) if i not in cuts and not is_wire_credit(p)]
    return "\n\n".join(kept or paragraphs)


def clean_html(page: RawPage, opts: Options, settings: dict[str, Any] | None = None) -> Document:
    """Return the article of an HTML page as a Document.

    Raises:
        CleanError: C002 when the HTML cannot be parsed, C004 when it nests too deep to be
            read, C001 when it holds no article text.
    """
    if not page.content.strip():
        raise CleanError("C001")
    tree = parse_html(page.content)
    dropped = drop_popup_cards(tree)
    captions = figure_captions(tree)
    result = trafilatura.bare_extraction(tree, url=page.source.url, **(settings or TRAFILATURA_SETTINGS))
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
    LOGGER.debug("%s: trafilatura kept %s chars, %s captions, %s hover cards dropped", page.source.path, len(body),
                 len(captions), dropped)
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
