"""Guess the tense of the clause around a span from simple lexical cues, without spaCy.

Used to pick which Monday or which November a relative expression means: "left on Monday" is the
most recent Monday, "will visit on Monday" the next one. The nearest cue word in the sentence wins
(modal and planning words for the future, past-tense verb forms for the past, present forms of
"be"/"say" for the present); a cue across a comma or conjunction counts as further away. Hand-written
because a parser is too slow for a per-timex call and its tense tags add little on news prose.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Literal

from dateline.lexicons import word_class, word_list

LOGGER = logging.getLogger(__name__)

WORDS = "date_words"
"""The lexicon (``lexicons/date_words.tsv``) this module's word classes come from."""

Tense = Literal["past", "present", "future"]

FUTURE_CUES = word_class("future_cue", WORDS)
FUTURE_PHRASES = word_list("future_phrase", WORDS)
PRESENT_CUES = word_class("present_cue", WORDS)
# Present-simple verbs of timetables: "the summit opens Tuesday" speaks of a coming day. Verbs of
# action ("meets", "visits", "arrives") are left out: photo captions use them for past events.
SCHEDULE_CUES = word_class("schedule_cue", WORDS)
PERFECT_AUX = word_class("perfect_aux", WORDS)
BE_AUX = word_class("be_aux", WORDS)
IRREGULAR_PAST = word_class("irregular_past", WORDS)
# "-ed" words that are not past-tense verbs (or are mostly adjectives before nouns).
NOT_PAST = word_class("not_past", WORDS)
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|while|whereas|after|before|when|as)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“'‘(])|\n\s*\n")
WORD = re.compile(r"[A-Za-z’'][\w’'-]*")
BREAK_PENALTY = 40


@lru_cache(maxsize=4)
def _breaks(text: str) -> list[int]:
    """The end offsets of every sentence break of a text, found once per text (not once per clause)."""
    return [match.end() for match in SENTENCE_END.finditer(text)]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence holding [start, end).

    The scan for the last break before ``start`` resumes after the last break of the whole
    text that ends before it (the scan up to there is the same), so a long page is not
    rescanned from its first character for every clause (issue 16).
    """
    before = bisect_left(_breaks(text), start)
    left = _breaks(text)[before - 1] if before else 0
    for match in SENTENCE_END.finditer(text, left, start):
        left = match.end()
    right_match = SENTENCE_END.search(text, end)
    return left, right_match.start() + 1 if right_match else len(text)


BE_AUX_OR_TO = BE_AUX | {"to"}
"""The words before a past form that make it a passive or an infinitive."""


@lru_cache(maxsize=1)
def _future_phrases() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each of ``FUTURE_PHRASES`` with its whole-word pattern, compiled once (not once per clause)."""
    return tuple((phrase, re.compile(r"\b" + re.escape(phrase) + r"\b")) for phrase in FUTURE_PHRASES)


def _cue(words: list[str], index: int, lows: list[str] | None = None) -> Tense | None:
    """Return the tense a word signals in its context, or None (``lows``: the words in lower case, when known)."""
    low = lows if lows is not None else [w.lower() for w in words[max(0, index - 3):index + 1]]
    at = index if lows is not None else len(low) - 1
    word = low[at]
    before = low[max(0, at - 3):at]
    if word in FUTURE_CUES:
        return "future"
    if word in PERFECT_AUX:
        return "past"
    is_past_form = word in IRREGULAR_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in NOT_PAST and words[index][:1].islower()
    )
    if is_past_form:
        if word in ("was", "were", "had", "did"):
            return "past"
        if before and before[-1] in BE_AUX_OR_TO:
            return None  # passive or infinitive: the auxiliary before it carries the tense
        if len(before) >= 2 and before[-2] in BE_AUX and before[-1].endswith("ly"):
            return None
        return "past"
    if word in PRESENT_CUES:
        return "present"
    if word in SCHEDULE_CUES and not (before and before[-1] in ("it", "that", "which", "this", "what")):
        return "future"
    return None


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """Return the tense of the clause around text[start:end] from the nearest cue word, or None."""
    left, right = _sentence_bounds(text, start, end)
    sentence = text[left:right]
    low = sentence.lower()
    cues: list[tuple[int, Tense]] = []
    for phrase, pattern in _future_phrases():
        if phrase in low:  # a phrase the sentence does not hold cannot match: no scan
            for match in pattern.finditer(low):
                cues.append((left + match.start(), "future"))
    matches = list(WORD.finditer(sentence))
    words = [m.group() for m in matches]
    lows = [w.lower() for w in words]  # each word lower-cased once, not once per word that reads it
    for index, match in enumerate(matches):
        offset = left + match.start()
        if start <= offset < end:
            continue
        tense = _cue(words, index, lows)
        if tense is not None:
            cues.append((offset, tense))
    if not cues:
        return None

    def distance(cue: tuple[int, Tense]) -> tuple[int, int]:
        offset, tense = cue
        lo, hi = (offset, start) if offset < start else (end, offset)
        breaks = len(CLAUSE_BREAK.findall(text, lo, hi))
        rank = {"future": 0, "past": 1, "present": 2}[tense]
        return abs(hi - lo) + BREAK_PENALTY * breaks, rank

    best = min(cues, key=distance)
    LOGGER.debug("tense %s for %r from cue at %d", best[1], text[start:end], best[0])
    return best[1]
