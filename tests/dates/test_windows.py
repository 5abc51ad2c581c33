"""Tests for dateline.dates.windows: a rule searched near the words it needs finds what a whole-text search finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.dates import find as timex
from dateline.dates.literals import folded, requirements
from dateline.dates.windows import Extent, Scan, bound, longest_runs


Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def _both(regex: re.Pattern[str], text: str) -> tuple[Found, Found]:
    """The matches of a whole-text search and of the windowed one (spans and groups)."""
    scan = Scan.of(regex, requirements(regex))
    whole = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
    windowed = [(m.span(), m.groupdict()) for m in scan.finditer(text, folded(text), longest_runs(text), {})]
    return whole, windowed


def test_the_width_counts_the_text_s_longest_runs_of_spaces_and_digits() -> None:
    found = bound(re.compile(r"\d+ +days", re.IGNORECASE))
    assert found is not None
    assert found.width == Extent(fixed=4, spaces=1, digits=1)
    assert found.width.on(longest_runs("in 2024  or 12 days")) == 4 + 2 + 4


def test_a_pattern_with_another_unbounded_repeat_has_no_bound_and_runs_whole() -> None:
    regex = re.compile(r"\w+ ago", re.IGNORECASE)
    assert bound(regex) is None
    whole, windowed = _both(regex, "It ended long ago, and years ago.")
    assert windowed == whole == [((9, 17), {}), ((23, 32), {})]


def test_a_pattern_that_can_match_nothing_has_no_bound() -> None:
    assert bound(re.compile(r"(?:day)?", re.IGNORECASE)) is None


def test_a_lookahead_past_a_long_run_of_spaces_is_seen() -> None:
    # the lookahead looks past the match over as many spaces as the text holds: the window's search must see it
    regex = re.compile(r"(?P<num>\d+) +days(?! +later)", re.IGNORECASE)
    text = "Talks lasted 3 days" + " " * 40 + "later."
    assert _both(regex, text) == ([], [])
    text = "Talks lasted 3 days" + " " * 40 + "more."
    assert _both(regex, text) == ([((13, 19), {"num": "3"})], [((13, 19), {"num": "3"})])


def test_a_lookbehind_sees_the_text_before_a_window() -> None:
    regex = re.compile(r"(?<![\w-])(?P<year>20\d\d) +election", re.IGNORECASE)
    text = "x" * 200 + " the 2024 election, not the pre-2024 election"
    whole, windowed = _both(regex, text)
    assert windowed == whole and len(whole) == 1


def test_every_time_rule_gets_a_bound_and_words_to_anchor_on() -> None:
    for rule, scan in zip(timex.load_rules(), timex.rule_scans()):
        assert scan.bound is not None, rule.id
        assert scan.anchor or not [w for w in timex.rule_needs()[timex.load_rules().index(rule)] if w], rule.id


WORDS = ["ago", "Monday", "MAY", "the", "next", "day", "years", "2019", "5", "from", "now", "ſeptember", "early",
         "last", "week", "İn", "at", "10:30", "a.m.", "-", ",", "'s", "since", "half", "of", "Q3", "twice", "\u212aST",
         "mayor", "summary", "12345678901", "March", "3rd", "1990s", "later", "earlier", "p.m.", "noon", "decades"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.sampled_from([" ", "   ", "-", ", ", "\n\n"]))
def test_every_time_rule_finds_the_same_matches_in_windows(words: list[str], sep: str) -> None:
    text = sep.join(words).replace("\n", " ")  # find_timexes makes every white space a plain space
    low, runs = folded(text), longest_runs(text)
    places: dict[frozenset[str], list[tuple[int, int]]] = {}
    for rule, scan in zip(timex.load_rules(), timex.rule_scans()):
        whole = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text, low, runs, places)] == whole, (rule.id, text)


def test_the_windows_find_the_same_time_expressions(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "  ".join(e for rule in timex.load_rules() for e in (*rule.examples, *rule.not_))
    windowed = timex.find_timexes(text)
    monkeypatch.setattr(Scan, "finditer", lambda self, text, *_args: self.regex.finditer(text))
    assert timex.find_timexes(text) == windowed
    assert windowed
