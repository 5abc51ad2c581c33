"""Name the event type a user most likely meant by a word that is not one (``MEET`` -> ``CONSULT``).

The words come from the trigger lexicon (``event_triggers.jsonl``): a word that triggers
events of one type names that type, so the suggestion follows the lexicon as it is reviewed
and never a list kept here. Spelling slips (``CONSULTS``) fall back to the closest type name.
"""

from __future__ import annotations

import difflib
import logging
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from dateline.lexicons import load
from dateline.model import EVENT_TYPES

LOGGER = logging.getLogger(__name__)

_WORD_KEYS = ("LEMMA", "LOWER", "ORTH")


def _pattern_words(constraint: Any) -> list[str]:
    """The literal words a token constraint accepts (``"meet"`` or ``{"IN": [...]}``), lower-cased."""
    if isinstance(constraint, str):
        return [constraint.lower()]
    if isinstance(constraint, dict):
        return [str(w).lower() for w in constraint.get("IN", ())]
    return []


@lru_cache(maxsize=1)
def trigger_words() -> dict[str, str]:
    """Map each trigger word of the lexicon to the event type it triggers most often."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in load("event_triggers"):
        for token in entry["pattern"]:
            for key in _WORD_KEYS:
                for word in _pattern_words(token.get(key)):
                    votes[word][entry["label"]] += 1
    return {word: counts.most_common(1)[0][0] for word, counts in votes.items()}


def suggest_event_type(text: str) -> str | None:
    """Return the event type ``text`` most likely means, or None when nothing is close.

    A known type is returned as is (upper-cased); a trigger word (``meet``, ``talks``)
    gives the type it triggers; otherwise the closest type name by spelling.
    """
    word = text.strip()
    if word.upper() in EVENT_TYPES:
        return word.upper()
    found = trigger_words().get(word.lower())
    if found:
        return found
    close = difflib.get_close_matches(word.upper(), EVENT_TYPES, n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_type_message(value: str) -> str:
    """Say that ``value`` is not an event type, suggesting the one it most likely means (CLI and web app)."""
    guess = suggest_event_type(value)
    hint = f"; did you mean {guess}?" if guess else ""
    return f"{value!r} is not an event type{hint} (types: {', '.join(EVENT_TYPES)})"
