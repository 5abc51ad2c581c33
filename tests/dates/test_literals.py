"""Tests for dateline.dates.literals: the literal words a pattern needs, and the skip it allows never losing a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.dates import find as timex
from dateline.dates.literals import folded, possible, requirements


def test_a_literal_run_and_an_alternation_are_needed() -> None:
    needs = requirements(re.compile(r"(?:about )?(\d+) (?:years?|days?) ago", re.IGNORECASE))
    assert frozenset({" ago"}) in needs  # a literal run keeps its space
    assert frozenset({"year", "day"}) in needs
    assert frozenset({"about"}) not in needs  # optional: a match can do without it


def test_a_part_that_may_start_with_a_digit_needs_no_word() -> None:
    needs = requirements(re.compile(r"(?:\d+|one|two) weeks", re.IGNORECASE))
    assert needs == (frozenset({" weeks"}),)


def test_a_pattern_is_possible_only_with_one_word_of_each_set() -> None:
    needs = requirements(re.compile(r"(?:Monday|Tuesday) (?:morning|evening)", re.IGNORECASE))
    assert possible(needs, folded("On MONDAY Evening they met"))
    assert not possible(needs, folded("On Monday they met"))
    seen: dict[frozenset[str], bool] = {}
    assert not possible(needs, folded("On Monday they met"), seen)
    assert seen  # the answers are kept for the next pattern on the same text


def test_characters_that_ignore_case_folds_to_ascii_count() -> None:
    # "ſ" (long s) and the Kelvin sign match "s" and "k" in a case-insensitive pattern
    pattern = re.compile(r"september|week", re.IGNORECASE)
    for text in ("ſeptember", "WEEK", "wee\u212a"):
        assert pattern.search(text)
        assert possible(requirements(pattern), folded(text))


WORDS = ["ago", "Monday", "MAY", "the", "next", "day", "years", "2019", "5", "from", "now", "ſeptember", "early",
         "last", "week", "İn", "at", "10:30", "a.m.", "-", ",", "'s", "since", "half", "of", "Q3", "twice", "\u212aST"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from([" ", "  ", "-", ""]))
def test_a_time_rule_that_matches_is_never_skipped(words: list[str], sep: str) -> None:
    text = sep.join(words)
    low = folded(text)
    for rule, needs in zip(timex.load_rules(), timex.rule_needs()):
        if rule.regex.search(text):
            assert possible(needs, low), (rule.id, text)


@pytest.mark.parametrize("rule", timex.load_rules(), ids=lambda r: r.id)
def test_every_example_of_a_time_rule_passes_its_gate(rule: timex.TimeRule) -> None:
    needs = timex.rule_needs()[timex.load_rules().index(rule)]
    for example in rule.examples:
        assert possible(needs, folded(example)), example
        assert possible(needs, folded(example.upper())), example


def test_the_skip_finds_the_same_time_expressions(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(e for rule in timex.load_rules() for e in (*rule.examples, *rule.not_))
    gated = timex.find_timexes(text)
    monkeypatch.setattr(timex, "possible", lambda *_args: True)
    assert timex.find_timexes(text) == gated
    assert gated
