"""Recognise photo captions in flattened page text and strip their trailing photo credits.

A caption is told by its credit (``[YONHAP]``, ``Photo: Reuters``, ``(courtesy of ...)``,
``Chilean Embassy in Peru / Facebook``, ``© AFP``, a news agency's name after the
last sentence) or by being printed twice in a row near the top of the page, as image
galleries do. The caption sentence is kept; only the credit is cut.
"""

from __future__ import annotations

import logging
import re

from dateline.lexicons import word_list

LOGGER = logging.getLogger(__name__)

WORDS = "clean_words"
"""The lexicon (``lexicons/clean_words.tsv``) this module's word classes come from."""

AGENCIES: tuple[str, ...] = word_list("agency", WORDS)
"""News and photo agencies whose name alone, after a caption's last sentence, is its credit."""

_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
CREDIT_TAILS: tuple[re.Pattern[str], ...] = (
    # "... the previous day. [YONHAP]"
    re.compile(r"\s*\[[A-Z][A-Za-z .&'/-]{1,40}\]\s*$"),
    # "... in Lisbon on Feb. 9. (courtesy of the Presidential Office)", "(AP Photo)", "(credit: Jane Doe)"
    re.compile(r"\s*\((?:courtesy|photo|ap photo|afp|reuters|getty|yonhap|source|credit)[^()]*\)\s*$", re.IGNORECASE),
    # "... in Lima on 3 May. (Peruvian Presidency/AFP)", "(Jane Doe/Getty Images)": a source, a slash, an agency
    re.compile(r"\s*\([^()]{2,80}/\s*(?:%s)\s*\)\s*$" % _AGENCY_ALT),
    # "... Photo: Reuters", "Photograph: AP", "Photo by Elysee Palace Pool/UPI | License Photo"
    re.compile(r"(?<=[.!?\"”])\s*(?:photo|photograph|image|picture|credit|foto|illustration)s?\s*(?:by\b|:).*$",
               re.IGNORECASE),
    # "... © AFP"
    re.compile(r"\s*©.*$"),
    # "... Solberg. Chilean Embassy in Peru / Facebook"
    re.compile(r"(?<=[.!?\"”])\s+[^.!?]{2,80}/\s*(?:facebook|twitter|instagram|telegram|x|youtube|vk)\s*$",
               re.IGNORECASE),
    # "... state media. Yonhap", "... in Niamey. AFP", "... at a rally. AP Photo"
    re.compile(r"(?<=[.!?\"”])\s+(?:%s)(?:\s+(?i:photos?|file photo|news))?\s*$" % _AGENCY_ALT),
)


def strip_credit(text: str) -> tuple[str, bool]:
    """Return the line without its trailing photo credit, and whether a credit was found."""
    for pattern in CREDIT_TAILS:
        m = pattern.search(text)
        if m and m.start() > 0:
            LOGGER.debug("caption credit %r cut by %s", text[m.start():], pattern.pattern[:30])
            return text[: m.start()].rstrip(), True
    return text, False


def caption_of(text: str, repeated: bool) -> str | None:
    """Return the caption sentence when a line is a photo caption, else None.

    ``repeated`` says the same line also occurs next to itself on the page.
    """
    if text.count(" ") < 4:
        return None
    stripped, credited = strip_credit(text)
    n_words = len(stripped.split())
    if n_words < 5:
        return None
    if credited or repeated:
        return stripped
    return None
