"""Find a flattened page's headline: rank the lines above the article by a learned model of headline shape.

Above an article a flattened page prints menus, teasers of other stories, share buttons and
the headline. The headline is a line of a few words, not a sentence, close above the first
paragraph, often followed by a date or byline, and its words come back in the article; a
``<title>``-style line elsewhere may repeat it with the site's name appended. Each of these is
a feature; a logistic model (``metadata_model.json``, fitted by bench/train_metadata.py on
../shared/bench/articles) weighs them. Hand-written candidate rules, since no library finds
headlines in plain text (trafilatura reads them from markup).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dateline.clean.captions import caption_of
from dateline.clean.lines import CJK, COPYRIGHT_SHAPE, GLUED, INNER_SENTENCE, NAV_SHAPE, UI_WORDS, WORD, Line
from dateline.clean.metadata_model import floor, load_words, score
from dateline.clean.site import norm

LOGGER = logging.getLogger(__name__)

TITLE_FEATURES: tuple[str, ...] = (
    "bias", "above", "near", "below", "words", "few_words", "ends_period", "inner_sentence", "overlap_body",
    "overlap_lead", "contained_elsewhere", "repeated", "dated_below", "ui_words", "nav_shape", "dated", "kept",
    "capitalised", "position", "glued", "first_line", "copyright", "longest_near", "prev_headline", "next_sentence",
    "next_words", "first_strong", "is_dek", "dek_below", "contains_other", "site_like", "caption",
    "caption_words", "ends_ellipsis", "names_brand",
)
"""Features of a candidate line, in the order of the model's weights."""
WINDOW_ABOVE = 80
"""How many lines above the article's first paragraph are candidates."""
WINDOW_BELOW = 4
"""How many lines from the first paragraph on are candidates (a headline the line model kept)."""
MIN_WORDS, MAX_WORDS = 2, 40
LEAD_LINES = 3
DEK_OVERLAP = 0.3
"""Share of its words a headline above a chosen standfirst must share with the article."""
MIN_DEK_WORDS, DEK_RATIO, MIN_HEADLINE_OVER_DEK = 8, 1.5, 5
"""A standfirst without a full stop: at least this many words and this many times the words of the
headline-shaped line right above it, which has at least ``MIN_HEADLINE_OVER_DEK`` words."""
DEK_HEADLINE_ODDS = 0.5
"""The ranker's probability of the line above a standfirst, as a share of the standfirst's, for it to be the headline."""
MAX_KICKER_WORDS, KICKER_GAP = 4, 3
"""A kicker or tag line has at most this many words, and its headline follows within this many lines."""
STRONG_WINDOW = 15
"""Lines above the first paragraph in which the topmost line sharing the article's words is sought."""
CAPTION_WORDS = re.compile(r"\b(?:left|right|center|centre|pictured|shown|seen|file photo|photo|image|getty|reuters|ap)\b|"
                           r"\(\w[^)]{0,40}\)\s*$", re.IGNORECASE)
"""Words a photo caption states and a headline rarely does ("Esper, left, and ...", "(AP Photo)")."""
MAX_TRAIL_WORDS = 3
"""Capitalised words a breadcrumb may glue before a headline ("Home Holidays ...")."""
MAX_MASTHEAD_WORDS = 4
"""A line naming the outlet in at most this many words is its masthead (``_masthead``)."""
BYLINE_START = re.compile(r"^(?:[Bb]y|BY)\s+\S")
"""A byline line ("By Ann Lee", "by Ann Lee and Bo Kim")."""
BYLINE_REACH, MAX_BYLINE_WORDS, BYLINE_ODDS, DEK_GAP = 6, 8, 0.3, 2
"""How far above the first paragraph the article's byline is sought, how many words it has at most, and the share
of the ranker's choice's probability the line above it needs to be taken; a choice up to ``DEK_GAP`` lines above
that line is kept, as it may be the headline over a standfirst (``_headline_over_byline``)."""
BREADCRUMB = re.compile(r"\s[>›»/]\s")
"""A breadcrumb trail ("News > North Korea") is never the headline."""


def _tokens(text: str) -> set[str]:
    """Return a line's content tokens; character pairs for scripts written without spaces."""
    if CJK.search(text):
        folded = norm(text)
        return {folded[k:k + 2] for k in range(len(folded) - 1)}
    return {w for w in WORD.findall(text.casefold()) if len(w) >= 3 and not w.isdigit()}


def _overlap(tokens: set[str], other: set[str]) -> float:
    return len(tokens & other) / len(tokens) if tokens else 0.0


def window(n_lines: int, start: int) -> range:
    """Return the indexes of candidate lines around the first paragraph at ``start``."""
    return range(max(0, start - WINDOW_ABOVE), min(n_lines, start + WINDOW_BELOW))


def candidates(lines: list[Line], keep: list[bool], start: int, end: int,
               dated: list[bool], brands: frozenset[str] = frozenset()) -> list[tuple[int, list[float]]]:
    """Return (index, features) for each line that may be the headline.

    ``keep``: the line model's decisions; ``start``/``end``: indexes of the first and last
    body line; ``dated``: per line, whether it is a short date or byline line; ``brands``:
    folded names the page uses for its outlet (``site.brand_keys``).
    """
    n = len(lines)
    body = [lines[i].text for i in range(start, min(n, end + 1)) if keep[i]]
    body_tokens = set().union(*(_tokens(t) for t in body)) if body else set()
    lead_tokens = set().union(*(_tokens(t) for t in body[:LEAD_LINES])) if body else set()
    folded = [norm(ln.text) for ln in lines]
    counts: dict[str, int] = {}
    for f in folded:
        counts[f] = counts.get(f, 0) + 1
    idx = [i for i in window(n, start) if MIN_WORDS <= _effective_words(lines[i].text) <= MAX_WORDS
           and not BREADCRUMB.search(lines[i].text) and folded[i] not in brands
           and (i < start or _headline_like(lines[i].text))]  # the article's own prose is no headline
    overlaps = {i: _overlap(_tokens(lines[i].text), body_tokens) for i in idx}
    strong = [i for i in idx if start - STRONG_WINDOW <= i < start and overlaps[i] >= 0.5 and not dated[i]
              and 3 <= _effective_words(lines[i].text) <= 25]
    out = []
    for i in idx:
        text = lines[i].text
        words = text.split()
        n_words = _effective_words(text)
        toks = _tokens(text)
        near_words = [_effective_words(lines[j].text) for j in idx if abs(j - i) <= 5]
        contained = bool(folded[i]) and any(
            j != i and len(folded[j]) > len(folded[i]) and folded[i] in folded[j] for j in range(n))
        out.append((i, [
            1.0,
            min(max(start - i, 0), 20) / 20.0,
            float(0 < start - i <= 3),
            float(i >= start),
            min(n_words, 30) / 30.0,
            float(n_words <= 2),
            float(text.endswith(".") and not text.endswith("...")),
            float(bool(INNER_SENTENCE.search(text))),
            _overlap(toks, body_tokens),
            _overlap(toks, lead_tokens),
            float(contained),
            float(counts[folded[i]] > 1),
            float(any(dated[j] for j in range(i + 1, min(n, i + 5)))),
            float(bool(UI_WORDS.search(text.lower()))),
            float(bool(NAV_SHAPE.search(text))),
            float(dated[i]),
            float(keep[i]),
            sum(1 for w in words if w[:1].isupper()) / max(1, len(words)),
            i / max(1, n),
            float(bool(GLUED.search(text))),
            float(i == 0),
            float(bool(COPYRIGHT_SHAPE.search(text.lower()))),
            n_words / max(near_words),
            float(i > 0 and _headline_like(lines[i - 1].text) and overlaps.get(i - 1, 0.0) >= 0.5),
            float(i + 1 < n and _sentence_like(lines[i + 1].text)),
            min(_effective_words(lines[i + 1].text), 40) / 40.0 if i + 1 < n else 0.0,
            float(bool(strong) and i == strong[0]),
            float(i > 0 and _headline_like(lines[i - 1].text) and n_words > _effective_words(lines[i - 1].text)
                  and _sentence_like(text)),
            float(i + 1 < n and _sentence_like(lines[i + 1].text)
                  and _effective_words(lines[i + 1].text) > n_words and not _sentence_like(text)),
            float(any(j != i and len(folded[i]) > len(folded[j]) > 10 and folded[j] in folded[i] for j in idx)),
            float(folded[i] in brands),
            float(caption_of(text, False) is not None),
            float(bool(CAPTION_WORDS.search(text))),
            float(text.rstrip().endswith(("…", "..."))),
            float(any(len(b) >= 4 and b in folded[i] for b in brands)),
        ]))
    return out


@lru_cache(maxsize=1)
def furniture_re() -> re.Pattern[str]:
    """Return the pattern of a page-furniture phrase (``title_furniture`` of ``metadata_words.json``), as whole words.

    The ranker sees such lines too rarely to learn them ("you are here: Home News", "Breaking
    News Emails"): ``choose_title`` passes over them whatever their score.
    """
    phrases = sorted(load_words()["title_furniture"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(p) for p in phrases), re.IGNORECASE)


def _masthead(text: str, site: str | None) -> bool:
    """True for a short line that names the outlet ("The Example Blog", "Example Daily Edition"): a masthead, not a headline.

    ``site``: the outlet's name as chosen for the page; a line of at most ``MAX_MASTHEAD_WORDS``
    words holding it (four letters or more, folded) is the outlet's name dressed up.
    """
    key = norm(site or "")
    return len(key) >= 4 and len(text.split()) <= MAX_MASTHEAD_WORDS and key in norm(text)


def _byline_label(text: str) -> bool:
    """True for a line that is only a byline's label ("Author:", "Written by"): the line below it is the writer's name."""
    return text.strip().rstrip(":").strip().casefold() in {w.casefold() for w in load_words()["byline_labels"]}


def _headline_like(text: str) -> bool:
    """True for a line shaped like a headline: a few words, no closing full stop."""
    n = _effective_words(text)
    return 3 <= n <= 25 and not text.endswith(".") and not INNER_SENTENCE.search(text)


def _sentence_like(text: str) -> bool:
    """True for a line that reads as a sentence (a standfirst or the first paragraph)."""
    return _effective_words(text) >= 8 and text.rstrip("”\"'’)").endswith((".", "!", "?", "…"))


def _effective_words(text: str) -> int:
    cjk = len(CJK.findall(text))
    return len(text.split()) + cjk // 3


def cut_site(title: str, site: str | None) -> str:
    """Cut a trailing site or section name from a <title>-style line ("Headline | Section | Site" -> "Headline")."""
    if not site:
        return title
    seps = "|".join(re.escape(s) for s in sorted(load_words()["title_cut"], key=len, reverse=True))
    key = norm(site)
    for m in re.finditer(r"\s+(?:%s)\s+" % seps, title):
        if key and norm(title[m.end():]).endswith(key) and len(title[: m.start()].split()) >= 2:
            return title[: m.start()]
    return title


def choose_title(lines: list[Line], keep: list[bool], start: int, end: int, dated: list[bool],
                 brands: frozenset[str] = frozenset(), model: dict[str, Any] | None = None,
                 site: str | None = None) -> int | None:
    """Return the index of the headline line, or None when no line is likely one.

    The ranker's best line wins, save page furniture (``furniture_re``), credited photo
    captions (``captions.caption_of``), the outlet's masthead (``_masthead``; ``site``: the
    outlet's name chosen for the page) and a name under a byline label (``_byline_label``),
    which are passed over whatever their score; then the steps below may move the choice to the
    headline beside it. ``model`` replaces the shipped model (cross-validation).
    """
    best: tuple[float, int] | None = None
    found = candidates(lines, keep, start, end, dated, brands)
    ranked = _Ranked({i: score("title", feats, model) for i, feats in found},
                     {i: feats[TITLE_FEATURES.index("overlap_body")] for i, feats in found},
                     frozenset(i for i, d in enumerate(dated) if d))
    for i, p in ranked.probs.items():
        if (best is None or p > best[0]) and not furniture_re().search(lines[i].text) \
                and caption_of(lines[i].text, False) is None and not _masthead(lines[i].text, site) \
                and not (i > 0 and _byline_label(lines[i - 1].text)):
            best = (p, i)
    if best is None or best[0] < floor("title", model):
        return None
    i = _headline_over_byline(lines, best[1], ranked, start)
    for step in (_headline_over_standfirst, _headline_under_kicker, _repeated_form):
        i = step(lines, i, ranked)
    LOGGER.debug("title: %r (p=%.2f)", lines[i].text, best[0])
    return i


@dataclass(frozen=True, slots=True)
class _Ranked:
    """What the ranker said of the candidate lines: per line index, its probability and its overlap with the article.

    ``dated``: the indexes of the page's short date and byline lines, which no step moves the headline to.
    """

    probs: dict[int, float]
    overlap: dict[int, float]
    dated: frozenset[int] = frozenset()


def _headline_over_byline(lines: list[Line], i: int, ranked: _Ranked, start: int) -> int:
    """Return the line right above the article's byline when it is shaped like a headline, else ``i``.

    A page prints its article's headline, then the byline ("By Ann Lee"), then the article, while
    the lists of other stories above it ("Most read", "More from ...") hold lines the ranker may
    like as well: the headline-shaped candidate right above the last byline within
    ``BYLINE_REACH`` lines above the first paragraph (date lines between them skipped) is the
    headline, when the ranker gives it at least ``BYLINE_ODDS`` of its choice's probability and
    its choice is not one of the ``DEK_GAP`` lines right above it (a headline over its standfirst).
    """
    for j in range(start - 1, max(0, start - BYLINE_REACH) - 1, -1):
        if BYLINE_START.match(lines[j].text) and len(lines[j].text.split()) <= MAX_BYLINE_WORDS:
            above = j - 1
            while above in ranked.dated:
                above -= 1
            if above - DEK_GAP <= i <= above or above not in ranked.probs or not _headline_like(lines[above].text) \
                    or ranked.probs[above] < BYLINE_ODDS * ranked.probs[i]:
                return i
            LOGGER.debug("title: %r stands above the byline %r", lines[above].text, lines[j].text)
            return above
    return i


def _headline_over_standfirst(lines: list[Line], i: int, ranked: _Ranked) -> int:
    """Return the headline above line ``i`` when ``i`` is its standfirst, else ``i``.

    A standfirst sits right below its headline and reads like it: a sentence, or a line well
    longer than a headline-shaped line of ``MIN_HEADLINE_OVER_DEK`` words or more right above it
    that shares the article's words and that the ranker finds nearly as likely
    (``DEK_HEADLINE_ODDS``). A date or byline line above ("Last Updated: 3 May 2024 | Source: X")
    is no headline, nor is a short line above ("Dancing Shows", a kicker or tag), nor a line the
    standfirst contains.
    """
    if i == 0 or ranked.overlap.get(i - 1, 0.0) < DEK_OVERLAP or not _headline_like(lines[i - 1].text) \
            or i - 1 in ranked.dated:
        return i
    text, above = lines[i].text, lines[i - 1].text
    n, n_above = _effective_words(text), _effective_words(above)
    longer = n >= MIN_DEK_WORDS and n >= DEK_RATIO * n_above and n_above >= MIN_HEADLINE_OVER_DEK \
        and norm(above) not in norm(text) and ranked.probs.get(i - 1, 0.0) >= DEK_HEADLINE_ODDS * ranked.probs[i]
    if _sentence_like(text) or longer:
        LOGGER.debug("title: %r is a standfirst; its headline is above it", text)
        return i - 1
    return i


def _headline_under_kicker(lines: list[Line], i: int, ranked: _Ranked) -> int:
    """Return the headline just below line ``i`` when ``i`` is a kicker or tag it repeats, else ``i``.

    Above a headline pages print a kicker, a topic or series name ("Space Race"), and the headline
    often repeats it ("Space Race: a bigger role for a big rocket"). A short line whose words a
    longer headline-shaped line within ``KICKER_GAP`` lines below contains, not at its end (where a
    breadcrumb trail or a ``<title>`` line ends with the headline itself), is that headline's kicker.
    """
    text = lines[i].text
    if _effective_words(text) > MAX_KICKER_WORDS or not norm(text):
        return i
    key = norm(text)
    for j in range(i + 1, min(len(lines), i + 1 + KICKER_GAP)):
        below = norm(lines[j].text)
        if len(below) > len(key) and key in below and not below.endswith(key) and _headline_like(lines[j].text) \
                and not BREADCRUMB.search(lines[j].text):
            LOGGER.debug("title: %r is a kicker; its headline is %r", text, lines[j].text)
            return j
    return i


def _repeated_form(lines: list[Line], i: int, ranked: _Ranked | None = None) -> int:
    """Return the index of the plain form of headline ``i`` when the page repeats it, else ``i``.

    A page prints its headline more than once, and the form the ranker picked may be a teaser cut
    short ("Mayor opens bridge as river…", the full line elsewhere) or carry the section trail a
    breadcrumb glued before it ("Home Local Mayor opens bridge", the bare headline elsewhere):
    the full, bare line is the headline.
    """
    text = lines[i].text.rstrip()
    if text.endswith(("…", "...")):
        stem = norm(text.rstrip(".… "))
        for j, ln in enumerate(lines):
            if j != i and len(stem) >= 10 and norm(ln.text).startswith(stem) and len(norm(ln.text)) > len(stem):
                LOGGER.debug("title: %r is cut short; the page prints %r", text, ln.text)
                return j
    words = text.split()
    for j, ln in enumerate(lines):
        extra = len(words) - len(ln.text.split())
        if j != i and 0 < extra <= MAX_TRAIL_WORDS and _headline_like(ln.text) and text.endswith(" " + ln.text) \
                and all(w[:1].isupper() for w in words[:extra]):
            LOGGER.debug("title: %r carries a section trail; the page prints %r", text, ln.text)
            return j
    return i
