"""Split flattened page text into lines and describe the page they make up for the line features.

The shapes a line may have (dates, bylines, photo credits, comment headers, trailer
headings, menus) are named here once for every reader of lines (``line_features``,
``text``, ``title``, ``site``); ``describe_page`` gathers what the line features read about
the whole page (stop list, prose, runs of short lines, clusters) in small named passes.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
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

TRAILER_PHRASES: tuple[str, ...] = word_list("trailer_heading", WORDS)
"""Headings of what follows an article (related stories, recommendations, comments), in several languages."""
TRAILER_PREFIXES: tuple[str, ...] = (
    tuple(f"{w} " for w in word_list("trailer_prefix", WORDS)) + word_list("trailer_prefix_stem", WORDS))
"""Beginnings of trailer headings that go on with a name ("More from Reuters"); a stem may go on in the same word."""
_TRAILER_SET = frozenset(TRAILER_PHRASES)
LINK_LABELS = frozenset(word_list("link_label", WORDS))
"""Labels that put another story's headline on the line after a colon ("Read also: ...", "Related: ...")."""
LINK_HEADLINE_WORDS = 30
"""The most words of a headline behind a link label: a longer line is running text that happens to start so."""
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


SITE_LINK = re.compile(r"^(?P<prefix>[a-z ]+?)\s+(?:[a-z0-9-]+\.)+[a-z]{2,}:?\s+(?P<rest>\S.*)$")
"""A trailer prefix, a site named by its domain, then a headline ("Also on example.com Floods close the pass")."""


def reads_as_sentence(text: str) -> bool:
    """True for a line that reads as a sentence of running text (words counted from characters in scripts
    written without spaces, as the line model counts them)."""
    return effective_words(text, text.split()) >= 8 and bool(SENTENCE_END.search(text))


def is_link_line(text: str) -> bool:
    """True for a line that links another story in the body: a link label, a colon, then its headline ("Read also:
    Two ministers resign over the port deal", "Related: Floods close the border crossing"), or a trailer prefix
    naming a site by its domain, then the headline ("Also on example.com Floods close the border crossing")."""
    site = SITE_LINK.match(text.lower())
    if site and f"{site.group('prefix')} " in TRAILER_PREFIXES:
        return len(site.group("rest").split()) <= LINK_HEADLINE_WORDS
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label) > 40:
        return False
    return (" ".join(_TRAILER_TRIM.sub("", label.lower()).split()) in LINK_LABELS
            and len(rest.split()) <= LINK_HEADLINE_WORDS)


_CREDIT_TASKS = (r"(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|research|translation"
                 r"|translated|graphics|production|produced)\s+by")
CREDIT_ROLE = re.compile(rf"^(?:(?:with|and)\s+)?{_CREDIT_TASKS}\s+(?P<names>\S.*)$"
                         r"|^contributing\s*:\s*(?P<listed>\S.*)$", re.IGNORECASE)
"""One part of a wire story's credit line: a task, "by", and who did it ("Additional reporting by X in Y"), or a
newspaper's list of contributors ("Contributing: X, Y")."""
CREDIT_PARTS = re.compile(rf";|,\s*(?=(?:(?:with|and)\s+)?{_CREDIT_TASKS}\b)", re.IGNORECASE)
"""Where a credit line's parts meet: a semicolon, or a comma before the next task ("Reporting by A, B, with
additional reporting by C, editing by D")."""
CONTACT = re.compile(r"^(?i:have a tip\?\s+)?(?:(?i:e-?mail|contact|reach|write to)\s+[A-Z]"
                     r"|[A-Z][^.?!]*\b(?i:may|can) be reached (?i:at|by|on)\b)")
"""How a reporter's contact line opens: "Email A at ...", "Write to A at ...", "A may be reached at ..."."""
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
"""An email address: a contact line gives one."""
CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?"
                         r"(?:\s+from\s+[A-Z][^.]*)?$")
"""The end of an agency's credit sentence: "X in Y contributed to this report", "X contributed reporting from Y"."""
CREDIT_WORDS = 40
"""The most words of a credit line; a longer line is running text."""
_CREDIT_JOINERS = frozenset({"and", "in", "from", "at", "with", "of", "the", "for", "staff", "editors", "editor",
                             "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "bureau",
                             "de", "da", "van", "von", "der", "al", "bin", "le", "la", "es", "el", "du", "des", "do",
                             "dos", "di", "del", "&"})
"""Lower-case words a credit's names and places may hold ("Reuters staff", "X in Dakar and Y", "in Dar es Salaam")."""


def _names_and_places(text: str) -> bool:
    """True when every word of ``text`` is capitalised or joins names and places ("X in Dakar and Reuters staff")."""
    words = [w.strip(",") for w in text.split() if w.strip(",")]
    return bool(words) and all(w[:1].isupper() or w.lower() in _CREDIT_JOINERS for w in words)


def is_wire_credit(text: str) -> bool:
    """True for the line crediting a story's reporters and editors, which is no article text.

    "(Reporting by A in Dakar; Additional reporting by B; Editing by C)", "Writing by A; editing by B",
    "Associated Press writer A in Lima contributed to this report", "A contributed reporting from Quito", and the
    reporter's contact line, "A may be reached at a@example.com". Each part must name people, desks or places only,
    so that "Reporting by state media showed ..." stays.
    """
    core = text.strip().strip("()[]").strip(" -–—").rstrip(".").strip()
    words = core.split()
    if not words or len(words) > CREDIT_WORDS:
        return False
    if EMAIL.search(core) and CONTACT.match(core):
        return True  # "Email A at a@example.com or follow him on Twitter": how to reach the reporter
    contributed = CONTRIBUTED.search(core)
    if contributed:
        names = core[: contributed.start()]
        return _names_and_places(names)
    parts = [p.strip() for p in CREDIT_PARTS.split(core) if p.strip()]
    matches = [CREDIT_ROLE.match(p) for p in parts]
    return bool(parts) and all(m is not None and _names_and_places(m.group("names") or m.group("listed"))
                               for m in matches)


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


def pick_stoplist(words: list[list[str]], counts: Counter[str] | None = None) -> frozenset[str]:
    """Return the stop list that covers most tokens of the page (its language's).

    ``counts``: the page's word counts, when the caller has them (counted from ``words`` in their order).
    """
    frequent = (counts if counts is not None else Counter(w for ws in words for w in ws)).most_common(100)
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


@dataclass(slots=True)
class PageFacts:
    """What the line features read about one page, filled in by the ``PAGE_PASSES`` in order.

    Every list holds one item per line of ``lines``; ``prose_idx`` lists the positions of the
    page's main prose lines, and ``first_main``/``last_main`` bound them (``n``, -1 if none).
    """

    lines: list[Line]
    words: list[list[str]] = field(default_factory=list)
    lower_words: list[list[str]] = field(default_factory=list)
    n_words: list[int] = field(default_factory=list)
    longest: int = 0
    stop: frozenset[str] = frozenset()
    frequent: set[str] = field(default_factory=set)
    repeats: Counter[str] = field(default_factory=Counter)
    prose: list[bool] = field(default_factory=list)
    long_prose: list[bool] = field(default_factory=list)
    prose_idx: list[int] = field(default_factory=list)
    first_main: int = 0
    last_main: int = -1
    headline: list[bool] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    nearest: list[int] = field(default_factory=list)
    share: list[float] = field(default_factory=list)
    largest: list[float] = field(default_factory=list)
    order: list[float] = field(default_factory=list)
    said: list[bool] = field(default_factory=list)
    said_before: list[int] = field(default_factory=list)
    said_near: list[int] = field(default_factory=list)
    trailer: list[bool] = field(default_factory=list)
    trailer_before: list[int] = field(default_factory=list)


def _page_words(page: PageFacts) -> None:
    """Split each line into words (as written and lower-cased) and count them; note the longest line."""
    page.words = [WORD.findall(ln.text) for ln in page.lines]
    page.lower_words = [[w.lower() for w in ws] for ws in page.words]  # the same words: split once
    page.n_words = [effective_words(ln.text, ws) for ln, ws in zip(page.lines, page.words)]
    page.longest = max(len(ln.text) for ln in page.lines)


def _page_vocabulary(page: PageFacts) -> None:
    """Pick the page's stop list, its 40 most frequent words and how often each line's text recurs."""
    freq = Counter(w for ws in page.lower_words for w in ws)
    page.stop = pick_stoplist(page.lower_words, freq)
    page.frequent = {w for w, _ in freq.most_common(40)}
    page.repeats = Counter(ln.text for ln in page.lines)


def _page_prose(page: PageFacts) -> None:
    """Mark the prose lines and the long ones, and bound the main text by them (long prose if any)."""
    page.prose = [is_prose(ln.text, nw) for ln, nw in zip(page.lines, page.n_words)]
    page.long_prose = [p and nw >= 25 for p, nw in zip(page.prose, page.n_words)]
    page.prose_idx = ([i for i, p in enumerate(page.long_prose) if p]
                      or [i for i, p in enumerate(page.prose) if p])
    n = len(page.lines)
    page.first_main, page.last_main = (page.prose_idx[0], page.prose_idx[-1]) if page.prose_idx else (n, -1)


def _page_headlines(page: PageFacts) -> None:
    """Mark headline-shaped lines, and measure the runs of short lines (headlines or three words at most)."""
    page.headline = [is_headline_shaped(ln.text, ws) and not p
                     for ln, ws, p in zip(page.lines, page.words, page.prose)]
    short = [h or (not p and len(ws) <= 3) for h, ws, p in zip(page.headline, page.words, page.prose)]
    page.runs = _run_lengths(short)


def _page_neighbourhood(page: PageFacts) -> None:
    """Measure each line's distance to the main prose and describe the cluster of wordy lines it is in."""
    page.nearest = _nearest_distance(page.prose_idx, len(page.lines))
    page.share, page.largest, page.order = _clusters([nw >= 10 for nw in page.n_words],
                                                     [len(ln.text) for ln in page.lines])


def _page_comments(page: PageFacts) -> None:
    """Mark comment headers ("X said:", "Reply") and count them before and around each line."""
    page.said = [bool(SAID_SHAPE.search(ln.text.lower())) for ln in page.lines]
    page.said_before, page.said_near = _said_counts(page.said, COMMENT_WINDOW)


def _page_trailers(page: PageFacts) -> None:
    """Mark trailer headings and count those at or after the main text's start above each line."""
    page.trailer = [is_trailer_heading(ln.text) for ln in page.lines]
    page.trailer_before = _counts_after(page.trailer, page.first_main)


PagePass = Callable[[PageFacts], None]
PAGE_PASSES: tuple[tuple[str, PagePass], ...] = (
    ("words", _page_words),
    ("vocabulary", _page_vocabulary),
    ("prose", _page_prose),
    ("headlines", _page_headlines),
    ("neighbourhood", _page_neighbourhood),
    ("comments", _page_comments),
    ("trailers", _page_trailers),
)
"""The passes that describe a whole page for the line features, in order (each reads what the ones before it left)."""


def describe_page(lines: list[Line]) -> PageFacts:
    """Describe a page of at least one line for its line features: the ``PAGE_PASSES``, in order."""
    page = PageFacts(lines)
    for name, run in PAGE_PASSES:
        run(page)
        LOGGER.debug("line features: page pass %s done (%s lines)", name, len(lines))
    return page


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
