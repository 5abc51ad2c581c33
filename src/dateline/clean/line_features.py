"""Describe each line of flattened page text by numeric features for the boilerplate line model.

Hand-written because no library classifies lines whose markup is already gone: the
features follow jusText's block features (length, stop-word density, link-like
separators) plus line shapes that flattened news pages show (dates, bylines, photo
credits, runs of other stories' headlines) and the line's place on the page.
Every feature is scaled to roughly [0, 1] so one weight vector fits all pages.
Each feature is one small named function of ``LINE_FEATURES``; what they read about the
whole page is gathered first by ``lines.describe_page``.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateline.clean.lines import (
    BYLINE_SHAPE, COPYRIGHT_SHAPE, CREDIT_BRACKET, CREDIT_SHAPE, DATE_SHAPE, GLUED, INNER_SENTENCE, SENTENCE_END,
    SEPARATORS, UI_WORDS, Line, PageFacts, describe_page,
)

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LineFacts:
    """One line as the line features read it: its position, text, words and the date shape found in it."""

    page: PageFacts
    i: int
    text: str
    low: str
    words: list[str]
    lower_words: list[str]
    nw: int
    """Word count, estimated from characters for scripts written without spaces (``effective_words``)."""
    chars: int
    digits: int
    date: re.Match[str] | None

    @classmethod
    def of(cls, page: PageFacts, i: int) -> LineFacts:
        """Read line ``i`` of a described page."""
        text = page.lines[i].text
        low = text.lower()
        digits = sum(map(str.isdigit, text))
        return cls(page, i, text, low, page.words[i], page.lower_words[i], page.n_words[i], len(text), digits,
                   DATE_SHAPE.search(low) if digits else None)


def _bias(ln: LineFacts) -> float:
    """The constant term."""
    return 1.0


def _length(ln: LineFacts) -> float:
    """Characters, log-scaled."""
    return math.log1p(ln.chars) / 7.0


def _words(ln: LineFacts) -> float:
    """Words, log-scaled."""
    return math.log1p(ln.nw) / 5.0


def _stop_density(ln: LineFacts) -> float:
    """Share of the words on the page's stop list."""
    return sum(1 for w in ln.lower_words if w in ln.page.stop) / ln.nw if ln.nw else 0.0


def _frequent_density(ln: LineFacts) -> float:
    """Share of the words among the page's 40 most frequent."""
    return sum(1 for w in ln.lower_words if w in ln.page.frequent) / ln.nw if ln.nw else 0.0


def _ends_sentence(ln: LineFacts) -> float:
    """Ends as a sentence does."""
    return 1.0 if SENTENCE_END.search(ln.text) else 0.0


def _sentences(ln: LineFacts) -> float:
    """Sentence breaks inside the line, up to five."""
    return min(len(INNER_SENTENCE.findall(ln.text)), 5) / 5.0


def _comma_density(ln: LineFacts) -> float:
    """Commas per word, up to one."""
    return min(ln.text.count(",") / ln.nw, 1.0) if ln.nw else 0.0


def _capitalised(ln: LineFacts) -> float:
    """Share of the alphabetic words that start with a capital."""
    alpha = [w for w in ln.words if w[:1].isalpha()]
    return sum(1 for w in alpha if w[:1].isupper()) / len(alpha) if alpha else 0.0


def _all_caps(ln: LineFacts) -> float:
    """Written in capitals only."""
    letters = "".join(filter(str.isalpha, ln.text))
    return 1.0 if len(letters) > 1 and letters.isupper() else 0.0


def _digits(ln: LineFacts) -> float:
    """Share of the characters that are digits."""
    return ln.digits / ln.chars


def _position(ln: LineFacts) -> float:
    """Place on the page, from 0 at the top."""
    return ln.i / len(ln.page.lines)


def _position_sq(ln: LineFacts) -> float:
    """Place on the page, squared."""
    return (ln.i / len(ln.page.lines)) ** 2


def _repeated(ln: LineFacts) -> float:
    """The same text stands on another line of the page."""
    return 1.0 if ln.page.repeats[ln.text] > 1 else 0.0


def _separators(ln: LineFacts) -> float:
    """Menu separators (bars, arrows, bullets) per word, up to one."""
    return min(len(SEPARATORS.findall(ln.text)) / max(ln.nw, 1), 1.0)


def _date_shape(ln: LineFacts) -> float:
    """Holds a date or a time of day."""
    return 1.0 if ln.date else 0.0


def _mostly_date(ln: LineFacts) -> float:
    """The date is most of the line."""
    return 1.0 if ln.date and (ln.date.end() - ln.date.start()) * 2 >= ln.chars - 12 else 0.0


def _byline_shape(ln: LineFacts) -> float:
    """A short line opening as a byline ("By ...")."""
    return 1.0 if BYLINE_SHAPE.search(ln.low) and ln.nw <= 8 else 0.0


def _credit_shape(ln: LineFacts) -> float:
    """A photo credit."""
    return 1.0 if CREDIT_SHAPE.search(ln.low) or CREDIT_BRACKET.search(ln.text) else 0.0


def _copyright(ln: LineFacts) -> float:
    """A copyright notice."""
    return 1.0 if COPYRIGHT_SHAPE.search(ln.low) else 0.0


def _ui_words(ln: LineFacts) -> float:
    """Words of page controls (share, subscribe, log in) per word, doubled, up to one."""
    return min(len(UI_WORDS.findall(ln.low)) / max(ln.nw, 1) * 2.0, 1.0)


def _headline_shape(ln: LineFacts) -> float:
    """Shaped as a headline and not prose."""
    return 1.0 if ln.page.headline[ln.i] else 0.0


def _short_run(ln: LineFacts) -> float:
    """Length of the run of short lines it stands in, log-scaled."""
    return math.log1p(ln.page.runs[ln.i]) / 3.0


def _prose_near(ln: LineFacts) -> float:
    """Prose lines among the three either side."""
    prose, i = ln.page.prose, ln.i
    return sum(prose[max(0, i - 3): i] + prose[i + 1: i + 4]) / 6.0


def _inside_main(ln: LineFacts) -> float:
    """Between the first and last main prose lines."""
    return 1.0 if ln.page.first_main <= ln.i <= ln.page.last_main else 0.0


def _main_distance(ln: LineFacts) -> float:
    """Lines to the nearest main prose line, log-scaled."""
    return math.log1p(ln.page.nearest[ln.i]) / 5.0


def _long_prose(ln: LineFacts) -> float:
    """Prose of 25 words or more."""
    return 1.0 if ln.page.long_prose[ln.i] else 0.0


def _tiny(ln: LineFacts) -> float:
    """Two words at most."""
    return 1.0 if ln.nw <= 2 else 0.0


def _length_rel(ln: LineFacts) -> float:
    """Characters relative to the page's longest line."""
    return ln.chars / ln.page.longest


def _said_shape(ln: LineFacts) -> float:
    """A comment header ("X said:", "Reply", "3 likes")."""
    return 1.0 if ln.page.said[ln.i] else 0.0


def _glued_title(ln: LineFacts) -> float:
    """Words glued together where markup was flattened ("NewsWorld")."""
    return 1.0 if GLUED.search(ln.text) else 0.0


def _cluster_share(ln: LineFacts) -> float:
    """Its cluster's share of the page's wordy characters."""
    return ln.page.share[ln.i]


def _largest_cluster(ln: LineFacts) -> float:
    """In the largest cluster of wordy lines."""
    return ln.page.largest[ln.i]


def _cluster_order(ln: LineFacts) -> float:
    """Its cluster's order on the page, from 0."""
    return ln.page.order[ln.i]


def _comments_before(ln: LineFacts) -> float:
    """Comment headers above it, log-scaled."""
    return math.log1p(ln.page.said_before[ln.i]) / 3.0


def _comments_near(ln: LineFacts) -> float:
    """Comment headers within ``COMMENT_WINDOW`` lines either side, log-scaled."""
    return math.log1p(ln.page.said_near[ln.i]) / 3.0


def _trailer_heading(ln: LineFacts) -> float:
    """A heading of related stories, recommendations or comments."""
    return 1.0 if ln.page.trailer[ln.i] else 0.0


def _trailer_before(ln: LineFacts) -> float:
    """Trailer headings above it from the main text on, log-scaled."""
    return math.log1p(ln.page.trailer_before[ln.i]) / 2.0


LineFeature = Callable[[LineFacts], float]
LINE_FEATURES: tuple[tuple[str, LineFeature], ...] = (
    ("bias", _bias), ("length", _length), ("words", _words), ("stop_density", _stop_density),
    ("frequent_density", _frequent_density), ("ends_sentence", _ends_sentence), ("sentences", _sentences),
    ("comma_density", _comma_density), ("capitalised", _capitalised), ("all_caps", _all_caps),
    ("digits", _digits), ("position", _position), ("position_sq", _position_sq), ("repeated", _repeated),
    ("separators", _separators), ("date_shape", _date_shape), ("mostly_date", _mostly_date),
    ("byline_shape", _byline_shape), ("credit_shape", _credit_shape), ("copyright", _copyright),
    ("ui_words", _ui_words), ("headline_shape", _headline_shape), ("short_run", _short_run),
    ("prose_near", _prose_near), ("inside_main", _inside_main), ("main_distance", _main_distance),
    ("long_prose", _long_prose), ("tiny", _tiny), ("length_rel", _length_rel), ("said_shape", _said_shape),
    ("glued_title", _glued_title), ("cluster_share", _cluster_share), ("largest_cluster", _largest_cluster),
    ("cluster_order", _cluster_order), ("comments_before", _comments_before), ("comments_near", _comments_near),
    ("trailer_heading", _trailer_heading), ("trailer_before", _trailer_before),
)
"""The features of one line, in the order of its vector; the shipped line model names them (``FEATURE_NAMES``)."""
FEATURE_NAMES: tuple[str, ...] = tuple(name for name, _ in LINE_FEATURES)


def features(lines: list[Line]) -> list[list[float]]:
    """Return one feature vector (ordered as ``FEATURE_NAMES``) per line of one page."""
    if not lines:
        return []
    page = describe_page(lines)
    calls = [feature for _, feature in LINE_FEATURES]
    return [[feature(ln) for feature in calls] for ln in (LineFacts.of(page, i) for i in range(len(lines)))]
