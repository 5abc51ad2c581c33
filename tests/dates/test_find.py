"""Test the temporal-expression finder: every lexicon rule's examples and near misses, and spans."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.dates.find import find_timexes, load_rules, load_words
from dateline.errors import LexiconError
from dateline.model import Timex, TimexParts

RULES = load_rules()


def _texts(text: str) -> list[str]:
    return [t.text for t in find_timexes(text)]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples_match_and_near_misses_do_not(rule):
    assert rule.examples, f"{rule.id} has no example"
    for example in rule.examples:
        assert any(t.rule == rule.id for t in find_timexes(example)), example
    for near_miss in rule.not_:
        assert not any(t.rule == rule.id for t in find_timexes(near_miss)), near_miss


def test_rules_are_sorted_by_unique_id():
    ids = [r.id for r in RULES]
    assert ids == sorted(set(ids))


def test_word_lists_cover_all_months_and_weekdays():
    words = load_words()
    assert sorted(int(v) for v in words["MONTH"].values()) == list(range(1, 13))
    assert sorted(int(v) for v in words["WEEKDAY"].values()) == list(range(7))


def test_offsets_point_into_the_text():
    text = "The delegation left Pyongyang on Monday and returned\nthe previous day, in November."
    for t in find_timexes(text):
        assert text[t.start:t.end] == t.text
    assert _texts(text) == ["Monday", "the previous day", "November"]


def test_prepositions_are_signals_not_part_of_the_span():
    (t,) = find_timexes("had been touring Mongolia since Friday")
    assert (t.text, t.signal) == ("Friday", "since")


def test_longest_match_wins_and_nothing_overlaps():
    assert _texts("Tuesday, March 18, 2025 at 10:30 a.m.") == ["Tuesday, March 18, 2025", "10:30 a.m."]
    assert _texts("two years ago") == ["two years ago"]


def test_anaphoric_expressions_are_marked():
    found = {t.text: t.anaphoric for t in find_timexes("He left the previous day; two days later, last year, he died.")}
    assert found == {"the previous day": True, "two days later": True, "last year": False}


@pytest.mark.parametrize("text,kind", [
    ("a five-year stint", "duration"), ("three years", "duration"), ("every Friday", "set"),
    ("weekly", "set"), ("3 p.m.", "time"), ("this morning", "time"), ("the 1990s", "date"),
])
def test_kinds(text, kind):
    (t,) = find_timexes(text)
    assert t.kind == kind


@pytest.mark.parametrize("text", [
    "It may rain.", "They march to the square.", "Prices fall sharply.", "A second round of talks.",
    "He paid $2014 for 2014 people.", "The Korea JoongAng Daily reported.", "British Summer Time starts.",
])
def test_no_timex_in_near_misses(text):
    assert find_timexes(text) == []


def test_no_break_space_inside_a_date():
    (t,) = find_timexes("arrived on Oct.\u00a029 before")
    assert t.text == "Oct.\u00a029" and t.parts.d == "29"


def test_range_keeps_both_ends():
    (t,) = find_timexes("the forum on January 15-17")
    assert isinstance(t, Timex) and t.text == "January 15-17" and (t.parts.d, t.parts.d2) == ("15", "17")


def _chosen_by_scan(text: str) -> list[tuple[int, int, str]]:
    """The spans find_timexes must keep: longest first, each unless it overlaps one kept (a scan of all kept)."""
    from dateline.dates.find import _candidates

    taken: list[tuple[int, int, str]] = []
    for start, end, _, rule, _parts in sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0])):
        if not any(start < t_end and t_start < end for t_start, t_end, _ in taken):
            taken.append((start, end, rule.id))
    return sorted(taken)


@pytest.mark.parametrize("text", [
    "On Monday, March 3, 2025, he said that from 2010 to 2014 and since last week, two days later, he had left.",
    "the forum on January 15-17 and on Oct.\u00a029 before the 2024 vote, next Tuesday at 10 a.m., in May",
    " ".join(f"on {d} {m} {y}" for d, m, y in zip(range(1, 29), ["May", "June", "July", "Jan."] * 7, range(1990, 2018))),
])
def test_overlapping_matches_resolve_as_a_scan_of_every_kept_span_would(text: str) -> None:
    assert [(t.start, t.end, t.rule) for t in find_timexes(text)] == _chosen_by_scan(text)


def test_parts_are_a_typed_frozen_record() -> None:
    (t,) = find_timexes("met on 3 March 2021 at 5 pm")[:1]
    assert isinstance(t.parts, TimexParts) and (t.parts.y, t.parts.m, t.parts.d) == ("2021", "3", "3")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.parts.y = "2022"  # type: ignore[misc]


def test_the_hour_takes_am_pm_and_keeps_no_part_of_its_own() -> None:
    (t,) = [t for t in find_timexes("The vote closed at 5 pm on Monday.") if t.kind == "time"]
    assert t.parts.hh == "17" and not hasattr(t.parts, "ampm")


def test_a_rule_with_an_unknown_fixed_part_is_a_coded_lexicon_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.dates import find

    row = {"id": "date.bad", "label": "date", "pattern": "someday", "parts": {"weekday": "1"}}
    monkeypatch.setattr(find, "_read_jsonl", lambda name: [row])
    find.load_rules.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            find.load_rules()
        assert caught.value.code == "L001" and "weekday" in str(caught.value)
    finally:
        monkeypatch.undo()
        find.load_rules.cache_clear()


@pytest.mark.parametrize(("text", "found"), [
    ("The army withdrew a week after the fall of Goma.", ["a week"]),  # a collapse, not autumn
    ("Talks resumed in the fall of 2023.", ["fall of 2023"]),
    ("Prices rose in the fall of last year.", ["fall", "last year"]),
    ("Prices rose in the fall, traders said.", ["fall"]),
])
def test_the_fall_of_a_place_is_no_season(text, found):
    assert [t.text for t in find_timexes(text)] == found


@pytest.mark.parametrize("text", [
    "Police arrested Dana Kroll, 41, of 1119 Ninth St., on a warrant.",
    "The fire started at 2015 Linden Avenue, neighbours said.",
    "She grew up at 1884 Old Mill Road.",
])
def test_a_house_number_before_a_street_is_no_year(text):
    assert [t.text for t in find_timexes(text)] == []


def test_a_year_before_a_name_that_is_no_street_stays():
    assert [t.text for t in find_timexes("In 2019 Congress passed the law; since 1789 Parliament has sat.")] == [
        "2019", "1789"]
