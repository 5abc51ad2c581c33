"""Run a time rule only near the words it needs: the same matches as ``finditer`` over the whole text, for less work.

``literals.possible`` skips a rule on a text that lacks a word every match of the rule holds. A page of
some length usually has the word somewhere ("from" for "three years from now", a month's name in "summary"
or "mayor"), and the rule then ran over every position of the page, most of them word starts where its
alternations of number words, units and month names were tried one by one: most of what finding time
expressions (``dates/find.py``) cost. A match holds one of those words, so it starts at most the rule's
greatest width before an occurrence of one: ``Scan.finditer`` tries only those starts (on the throughput
bench's pages, about a ninth of the positions the rules were tried at, and 0.24 -> 0.10 s CPU per set).

Exact, not a heuristic. The greatest width of a match is read from the pattern's parse tree (``re._parser``,
as ``literals.requirements`` reads it). The time rules repeat only two things without limit, a space (a
space in a rule is " +") and a digit (``\\d+`` in a number), and no match holds a longer run of either than
the text does, so the width is a number of characters plus so many of the text's longest space run and of
its longest digit run (``Extent``). Each window is searched with an ``endpos`` past the last character the
engine may look at from a start in it (the reach: the width and what lookaheads and word boundaries peek at
beyond it), so every start is tried on the text a whole-text search sees; lookbehinds see the text before
a window as ``re`` lets them (``pos`` does not hide it). Matches follow each other as ``finditer`` gives them:
each search starts where the last match ended. A pattern with another unbounded repeat, an end anchor or a
conditional, or one that can match the empty string, gets no bound and runs over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from dateline.dates.literals import Requirements

MERGE_GAP = 64
"""Windows closer than this many characters are searched as one: a longer search costs less than another call."""

_SPACE_RUN = re.compile(" +")
_DIGIT_RUN = re.compile(r"\d+")  # the very ``\d`` the rules use (Unicode decimal digits)

_CHARACTER_OPS = frozenset(getattr(_sre_constants, name) for name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"))
_REPEATS = frozenset(getattr(_sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                     if hasattr(_sre_constants, name))
_PEEKING_ANCHORS = frozenset({_sre_constants.AT_BOUNDARY, _sre_constants.AT_NON_BOUNDARY})
"""Zero-width tests that look at the character at the position only (``\\b``, ``\\B``), not at the text's end."""
_SPACE = (_sre_constants.LITERAL, 32)
_DIGIT = (_sre_constants.IN, [(_sre_constants.CATEGORY, _sre_constants.CATEGORY_DIGIT)])


class Runs(NamedTuple):
    """The longest run of spaces and of digits in one text: what bounds the unbounded repeats of a rule there."""

    spaces: int
    digits: int


def longest_runs(text: str) -> Runs:
    """Measure ``Runs`` of a text (its white space already made plain spaces, as ``find`` does)."""
    return Runs(max(map(len, _SPACE_RUN.findall(text)), default=0), max(map(len, _DIGIT_RUN.findall(text)), default=0))


class Extent(NamedTuple):
    """A count of characters: ``fixed``, plus ``spaces`` times a text's longest space run, plus ``digits`` times
    its longest digit run. Sums and maxima of extents are extents (the maximum taken term by term, which is
    never less than the larger of the two for any text)."""

    fixed: int
    spaces: int
    digits: int

    def plus(self, other: Extent) -> Extent:
        return Extent(self.fixed + other.fixed, self.spaces + other.spaces, self.digits + other.digits)

    def times(self, n: int) -> Extent:
        return Extent(self.fixed * n, self.spaces * n, self.digits * n)

    def most(self, other: Extent) -> Extent:
        return Extent(max(self.fixed, other.fixed), max(self.spaces, other.spaces), max(self.digits, other.digits))

    def on(self, runs: Runs) -> int:
        """The count for one text."""
        return self.fixed + self.spaces * runs.spaces + self.digits * runs.digits


NONE = Extent(0, 0, 0)
ONE = Extent(1, 0, 0)


class Bound(NamedTuple):
    """How far a match of a pattern can reach from its start: its greatest ``width`` and the furthest
    character the engine may look at (``reach``: one past it), as extents."""

    width: Extent
    reach: Extent


def bound(pattern: re.Pattern[str]) -> Bound | None:
    """The ``Bound`` of a compiled pattern, or None when it has none this module can read (see the module's text)."""
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None  # an empty match moves ``finditer`` on by one character, which a window search would not copy
    return _sequence(parsed.data, {})


def _sequence(items: Any, groups: dict[int, Extent]) -> Bound | None:
    width, reach = NONE, NONE
    for op, arg in items:
        item = _item(op, arg, groups)
        if item is None:
            return None
        reach = reach.most(width.plus(item.reach))
        width = width.plus(item.width)
    return Bound(width, reach)


def _item(op: Any, arg: Any, groups: dict[int, Extent]) -> Bound | None:
    """The bound of one parse item; ``groups`` collects each group's width for a back reference to it."""
    if op in _CHARACTER_OPS:
        return Bound(ONE, ONE)
    if op is _sre_constants.AT:
        return Bound(NONE, ONE) if arg in _PEEKING_ANCHORS else None
    if op is _sre_constants.SUBPATTERN:
        inner = _sequence(arg[-1], groups)
        if inner is not None and arg[0] is not None:
            groups[arg[0]] = inner.width
        return inner
    if op is getattr(_sre_constants, "ATOMIC_GROUP", None):
        return _sequence(arg, groups)
    if op is _sre_constants.BRANCH:
        alternatives = [_sequence(alternative, groups) for alternative in arg[1]]
        if any(b is None for b in alternatives):
            return None
        width, reach = NONE, NONE
        for b in alternatives:
            assert b is not None
            width, reach = width.most(b.width), reach.most(b.reach)
        return Bound(width, reach)
    if op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
        inner = _sequence(arg[1], groups)
        # a lookahead reads ahead of the position, a lookbehind behind it: either way no further than its reach
        return None if inner is None else Bound(NONE, inner.reach)
    if op in _REPEATS:
        low, high, body = arg
        inner = _sequence(body, groups)
        if inner is None:
            return None
        if high == _sre_constants.MAXREPEAT:
            run = _run(body)
            # the run, and one more try of the body that fails
            return None if run is None else Bound(run, run.plus(inner.reach))
        return Bound(inner.width.times(high), inner.width.times(high).plus(inner.reach))
    if op is _sre_constants.GROUPREF and arg in groups:
        return Bound(groups[arg], groups[arg])
    return None


def _run(body: Any) -> Extent | None:
    """The extent of an unbounded repeat of ``body``: the text's longest run of spaces or of digits, if it is one."""
    items = list(body)
    if items == [_SPACE]:
        return Extent(0, 1, 0)
    if items == [_DIGIT]:
        return Extent(0, 0, 1)
    return None


@dataclass(frozen=True, slots=True)
class Scan:
    """A compiled rule with what its windows are made from: the words it needs most telling of, and its bound."""

    regex: re.Pattern[str]
    anchor: frozenset[str]
    bound: Bound | None

    @classmethod
    def of(cls, regex: re.Pattern[str], needs: Requirements) -> Scan:
        """The scan of a rule with these needs (``literals.requirements``); windows are made around the set of
        words whose shortest is longest (the fewest places in a text), with no such set the rule runs whole."""
        usable = [words for words in needs if words and all(words)]
        anchor = max(usable, key=lambda w: (min(map(len, w)), -len(w)), default=frozenset())
        return cls(regex, anchor, bound(regex))

    def finditer(self, text: str, low: str, runs: Runs,
                 found: dict[frozenset[str], list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
        """The matches ``self.regex.finditer(text)`` gives, in order, searched only near the anchor words.

        ``low``: ``literals.folded(text)``; ``runs``: ``longest_runs(text)``; ``found``: where each set of words
        occurs in this text, kept for the other rules run over it (many share one: a month's name).
        """
        if self.bound is None or not self.anchor:
            yield from self.regex.finditer(text)
            return
        places = found.get(self.anchor)
        if places is None:
            places = found[self.anchor] = _occurrences(self.anchor, low)
        width, reach = self.bound.width.on(runs), self.bound.reach.on(runs)
        pos = 0
        for first, last in _windows(places, min(map(len, self.anchor)) - width):
            pos = max(pos, first)
            end = min(len(text), last + reach + 1)
            while pos <= last:
                match = self.regex.search(text, pos, end)
                if match is None or match.start() > last:
                    break  # a match starting after the window is found (on the whole text) from a later window
                yield match
                pos = match.end()


def _occurrences(words: frozenset[str], low: str) -> list[tuple[int, int]]:
    """Where any of ``words`` occurs in ``low`` (start and end), overlaps included, in text order."""
    out: list[tuple[int, int]] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = low.find(word, at + 1)
    out.sort()
    return out


def _windows(occurrences: list[tuple[int, int]], before: int) -> Iterator[tuple[int, int]]:
    """The first and last start of a match holding each occurrence (from ``before`` characters after its start,
    a negative number, to its start), joined where they overlap or nearly touch (``MERGE_GAP``)."""
    first = last = -1
    for at, _ in occurrences:
        start = max(0, at + before)
        if last >= 0 and start <= last + MERGE_GAP:
            last = at
            continue
        if last >= 0:
            yield first, last
        first, last = start, at
    if last >= 0:
        yield first, last
