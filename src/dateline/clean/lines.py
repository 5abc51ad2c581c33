"""Describe each line of flattened page text by numeric features for the boilerplate line model.

Hand-written because no library classifies lines whose markup is already gone: the
features follow jusText's block features (length, stop-word density, link-like
separators) plus line shapes that flattened news pages show (dates, bylines, photo
credits, runs of other stories' headlines) and the line's place on the page.
Every feature is scaled to roughly [0, 1] so one weight vector fits all pages.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from dateline.lexicons import word_list

LOGGER = logging.getLogger(__name__)

WORDS = "clean_words"
"""The lexicon (``lexicons/clean_words.tsv``) this module's word classes come from."""

STOPLIST_LANGUAGES = word_list("stoplist_language", WORDS)
"""jusText stop lists tried per page; the one with most hits on the page is used."""

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?。！？…:;]['\"”’»)\]]*$")
INNER_SENTENCE = re.compile(r"[.!?。！？][\"”’»)]*\s+[\"“‘«(]?[A-ZА-ЯЁ0-9]")
SEPARATORS = re.compile(r"\s[|>›»•·/]\s|\s[|›»•·]|[|›»•·]\s")
NAV_SHAPE = re.compile(r"\s[|>›»/]\s|\s{2,}\S")
"""A menu or breadcrumb line: items split by a bar or an arrow, or by runs of spaces (title and site candidates)."""
DATE_SHAPE = re.compile(
    r"\b(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)",
)
BYLINE_SHAPE = re.compile(r"^(?:by|text by|written by|words by|author|reporter|posted by|von|par|por|di|автор)\b[\s:]")
CREDIT_BRACKET = re.compile(r"\[[A-Z][A-Z .&'-]{1,30}\]$")
CREDIT_SHAPE = re.compile(
    r"(?:\((?:courtesy|photo|ap photo|afp|reuters|getty)[^)]*\)$"
    r"|\b(?:photo|photograph|image|picture|credit|illustration|foto)\s*(?:by|:)|©"
    r"|/\s*(?:facebook|twitter|instagram|telegram|x)$|\bgetty images\b|\bap photo\b)",
)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
SAID_SHAPE = re.compile(r"(?:\b(?:says|said|wrote|writes|replied)\s*:$|\breply\b|\d+ (?:likes?|replies)\b)")
GLUED = re.compile(r"[a-z0-9?!'’\"”][A-Z][a-z]")
COPYRIGHT_SHAPE = re.compile(r"©|\(c\)|copyright|all rights reserved")
UI_WORDS = re.compile(
    r"\b(?:share|shares|tweet|print|email|e-mail|subscribe|subscription|newsletter|sign ?up|sign ?in|log ?in"
    r"|login|register|cookies?|privacy|terms|comments?|reply|advertisement|advertising|sponsored|follow"
    r"|read more|related|trending|most (?:read|viewed|popular)|donate|support us|menu|search|skip to"
    r"|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|kakaotalk)\b",
)
FEATURE_NAMES: tuple[str, ...] = (
    "bias", "length", "words", "stop_density", "frequent_density", "ends_sentence", "sentences",
    "comma_density", "capitalised", "all_caps", "digits", "position", "position_sq", "repeated",
    "separators", "date_shape", "mostly_date", "byline_shape", "credit_shape", "copyright",
    "ui_words", "headline_shape", "short_run", "prose_near", "inside_main", "main_distance",
    "long_prose", "tiny", "length_rel", "said_shape", "glued_title", "cluster_share",
    "largest_cluster", "cluster_order", "comments_before", "comments_near",
    "trailer_heading", "trailer_before",
)

TRAILER_PHRASES: tuple[str, ...] = word_list("trailer_heading", WORDS)
"""Headings of what follows an article (related stories, recommendations, comments), in several languages."""
TRAILER_PREFIXES: tuple[str, ...] = (
    tuple(f"{w} " for w in word_list("trailer_prefix", WORDS)) + word_list("trailer_prefix_stem", WORDS))
"""Beginnings of trailer headings that go on with a name ("More from Reuters"); a stem may go on in the same word."""
_TRAILER_SET = frozenset(TRAILER_PHRASES)
_TRAILER_TRIM = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_TRAILER_COUNT = re.compile(r"\(\s*\d+\s*\)|\[\s*\d+\s*\]|^\d+\s+")


def is_trailer_heading(text: str) -> bool:
    """True for a short line that heads related stories, recommendations or comments.

    Counts and brackets around the heading are ignored: "[ 167 comments ]",
    "Comments (12)" and "» Related" are headings of the kind.
    """
    if len(text) > 60:
        return False
    low = _TRAILER_TRIM.sub("", _TRAILER_COUNT.sub(" ", text.lower())).strip()
    low = " ".join(low.split())
    if not low or len(low.split()) > 7:
        return False
    return low in _TRAILER_SET or low.startswith(TRAILER_PREFIXES) and len(low.split()) <= 5


COMMENT_WINDOW = 8
"""Lines either side within which comment headers ("X said:", "Reply", "3 likes") are counted."""


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a page: its 1-based line number and stripped text."""

    number: int
    text: str


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    """Load the jusText stop lists of ``STOPLIST_LANGUAGES`` once per process."""
    import justext  # imported here: only text-mode cleaning needs it

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in STOPLIST_LANGUAGES}


def page_lines(content: str) -> list[Line]:
    """Split page text into its non-blank lines, keeping 1-based line numbers."""
    out = []
    for number, raw in enumerate(content.splitlines(), 1):
        text = " ".join(raw.split())
        if text:
            out.append(Line(number, text))
    return out


def pick_stoplist(words: list[list[str]]) -> frozenset[str]:
    """Return the stop list that covers most tokens of the page (its language's)."""
    frequent = Counter(w for ws in words for w in ws).most_common(100)
    best: frozenset[str] = frozenset()
    best_hits = -1
    for stop in stoplists().values():
        hits = sum(c for w, c in frequent if w in stop)
        if hits > best_hits:
            best, best_hits = stop, hits
    return best


def is_headline_shaped(text: str, words: list[str]) -> bool:
    """True for a short title-like line: a few words, no closing sentence punctuation inside."""
    n = len(words)
    if not 3 <= n <= 22 or INNER_SENTENCE.search(text):
        return False
    return not text.endswith(".") or text.endswith("...")


def effective_words(text: str, words: list[str]) -> int:
    """Return the word count, estimating it from characters for scripts written without spaces."""
    cjk = len(CJK.findall(text))
    return max(len(words), len(words) + cjk // 2) if cjk else len(words)


def is_prose(text: str, n_words: int) -> bool:
    """True for a line that reads like article prose: long and ending as a sentence does."""
    return n_words >= 15 and bool(SENTENCE_END.search(text))


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of equal True flags containing it (0 if False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def features(lines: list[Line]) -> list[list[float]]:
    """Return one feature vector (ordered as ``FEATURE_NAMES``) per line of one page."""
    n = len(lines)
    if not n:
        return []
    lower_words = [[w.lower() for w in WORD.findall(ln.text)] for ln in lines]
    stop = pick_stoplist(lower_words)
    freq = Counter(w for ws in lower_words for w in ws)
    frequent = {w for w, _ in freq.most_common(40)}
    repeats = Counter(ln.text for ln in lines)
    words_of = [WORD.findall(ln.text) for ln in lines]
    n_words = [effective_words(ln.text, ws) for ln, ws in zip(lines, words_of)]
    prose = [is_prose(ln.text, nw) for ln, nw in zip(lines, n_words)]
    long_prose = [p and nw >= 25 for p, nw in zip(prose, n_words)]
    longest = max(len(ln.text) for ln in lines)
    prose_idx = [i for i, p in enumerate(long_prose) if p] or [i for i, p in enumerate(prose) if p]
    first_main, last_main = (prose_idx[0], prose_idx[-1]) if prose_idx else (n, -1)
    headline = [is_headline_shaped(ln.text, ws) and not p for ln, ws, p in zip(lines, words_of, prose)]
    short = [h or (not p and len(ws) <= 3) for h, ws, p in zip(headline, words_of, prose)]
    runs = _run_lengths(short)
    nearest = _nearest_distance(prose_idx, n)
    share, largest, order = _clusters([nw >= 10 for nw in n_words], [len(ln.text) for ln in lines])
    said = [bool(SAID_SHAPE.search(ln.text.lower())) for ln in lines]
    said_before, said_near = _said_counts(said, COMMENT_WINDOW)
    trailer = [is_trailer_heading(ln.text) for ln in lines]
    trailer_before = _counts_after(trailer, first_main)
    rows = []
    for i, (ln, ws, lws) in enumerate(zip(lines, words_of, lower_words)):
        text = ln.text
        low = text.lower()
        nw = n_words[i]
        chars = len(text)
        alpha = [w for w in ws if w[:1].isalpha()]
        caps = sum(1 for w in alpha if w[:1].isupper()) / len(alpha) if alpha else 0.0
        letters = "".join(filter(str.isalpha, text))
        digits = sum(map(str.isdigit, text))
        date_m = DATE_SHAPE.search(low) if digits else None
        window = prose[max(0, i - 3): i] + prose[i + 1: i + 4]
        rows.append([
            1.0,
            math.log1p(chars) / 7.0,
            math.log1p(nw) / 5.0,
            sum(1 for w in lws if w in stop) / nw if nw else 0.0,
            sum(1 for w in lws if w in frequent) / nw if nw else 0.0,
            1.0 if SENTENCE_END.search(text) else 0.0,
            min(len(INNER_SENTENCE.findall(text)), 5) / 5.0,
            min(text.count(",") / nw, 1.0) if nw else 0.0,
            caps,
            1.0 if len(letters) > 1 and letters.isupper() else 0.0,
            digits / chars,
            i / n,
            (i / n) ** 2,
            1.0 if repeats[text] > 1 else 0.0,
            min(len(SEPARATORS.findall(text)) / max(nw, 1), 1.0),
            1.0 if date_m else 0.0,
            1.0 if date_m and (date_m.end() - date_m.start()) * 2 >= chars - 12 else 0.0,
            1.0 if BYLINE_SHAPE.search(low) and nw <= 8 else 0.0,
            1.0 if CREDIT_SHAPE.search(low) or CREDIT_BRACKET.search(text) else 0.0,
            1.0 if COPYRIGHT_SHAPE.search(low) else 0.0,
            min(len(UI_WORDS.findall(low)) / max(nw, 1) * 2.0, 1.0),
            1.0 if headline[i] else 0.0,
            math.log1p(runs[i]) / 3.0,
            sum(window) / 6.0,
            1.0 if first_main <= i <= last_main else 0.0,
            math.log1p(nearest[i]) / 5.0,
            1.0 if long_prose[i] else 0.0,
            1.0 if nw <= 2 else 0.0,
            chars / longest,
            1.0 if said[i] else 0.0,
            1.0 if GLUED.search(text) else 0.0,
            share[i], largest[i], order[i],
            math.log1p(said_before[i]) / 3.0,
            math.log1p(said_near[i]) / 3.0,
            1.0 if trailer[i] else 0.0,
            math.log1p(trailer_before[i]) / 2.0,
        ])
    return rows


def _said_counts(said: list[bool], window: int) -> tuple[list[int], list[int]]:
    """Count comment-header lines before each line, and within ``window`` lines either side of it.

    A comment thread announces itself by repeated "name ... said:" or "Reply" lines, so a
    line below or among several of them is likely a comment, however well written.
    """
    prefix = [0]
    for flag in said:
        prefix.append(prefix[-1] + flag)
    n = len(said)
    before = prefix[:n]
    near = [prefix[min(n, i + window + 1)] - prefix[max(0, i - window)] for i in range(n)]
    return before, near


def _counts_after(flags: list[bool], start: int) -> list[int]:
    """For each position, how many flags are set strictly before it and at or after ``start``."""
    out, seen = [], 0
    for i, flag in enumerate(flags):
        out.append(seen)
        if flag and i >= start:
            seen += 1
    return out


def _nearest_distance(indices: list[int], n: int) -> list[int]:
    """For each of ``n`` positions, the distance to the nearest index in ``indices`` (n if none)."""
    out = [n] * n
    if not indices:
        return out
    prev = None
    j = 0
    for i in range(n):
        while j < len(indices) and indices[j] <= i:
            prev = indices[j]
            j += 1
        nxt = indices[j] if j < len(indices) else None
        best = n
        if prev is not None:
            best = i - prev
        if nxt is not None:
            best = min(best, nxt - i)
        out[i] = best
    return out


def _clusters(wordy: list[bool], sizes: list[int], gap: int = 3) -> tuple[list[float], list[float], list[float]]:
    """Group wordy lines into clusters (gaps of at most ``gap`` lines) and describe each line's cluster.

    Returns per line: the cluster's share of all wordy characters, 1.0 when it is the
    largest cluster, and the cluster's order on the page scaled to [0, 1]; 0 outside clusters.
    """
    n = len(wordy)
    spans: list[list[int]] = []
    for i, w in enumerate(wordy):
        if not w:
            continue
        if spans and i - spans[-1][1] <= gap + 1:
            spans[-1][1] = i
            spans[-1][2] += sizes[i]
        else:
            spans.append([i, i, sizes[i]])
    share, largest, order = [0.0] * n, [0.0] * n, [0.0] * n
    if not spans:
        return share, largest, order
    total = sum(s[2] for s in spans)
    top = max(range(len(spans)), key=lambda k: spans[k][2])
    for k, (lo, hi, size) in enumerate(spans):
        for i in range(lo, hi + 1):
            share[i] = size / total
            largest[i] = 1.0 if k == top else 0.0
            order[i] = k / len(spans)
    return share, largest, order
