"""Test date resolution: intervals and TIMEX3 values for each rule family, with fixed anchor dates."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates.find import find_timexes
from dateline.dates.normalize import range_ends, timex3_value, to_interval
from dateline.dates.tense import clause_tense
from dateline.dates.timeml import timeml_records
from dateline.model import Interval

SEED_DAY = date(2025, 3, 18)  # Tuesday, publication date of seeds/003_93c6255f195fee48.txt


def resolve(text: str, anchor: date | None, ref: Interval | None = None, index: int = 0) -> tuple[str | None, str | None]:
    """Resolve the index-th timex of a sentence with the tense of its own clause."""
    t = find_timexes(text)[index]
    interval = to_interval(t, anchor, clause_tense(text, t.start, t.end), ref)
    assert interval.text == t.text
    return interval.start, interval.end


def value(text: str, dct: date = date(2013, 3, 22), index: int = 0) -> str:
    t = find_timexes(text)[index]
    return timex3_value(t, dct, clause_tense(text, t.start, t.end))


# -- the constructions of the seed page's dates (spec/OUTPUT.md section 6), in invented sentences

def test_seed_weekday_in_past_clause():
    assert resolve("Ortiz left Lima on Monday to visit Chile.", SEED_DAY) == ("2025-03-17", "2025-03-17")


def test_seed_previous_day_is_relative_to_the_event():
    monday = Interval("2025-03-17", "2025-03-17", "Monday", "day")
    assert resolve("A trade mission also flew to Chile the previous day.", SEED_DAY, ref=monday) == ("2025-03-16", "2025-03-16")


@pytest.mark.parametrize("text,expected", [
    ("He had arrived the day before.", "2025-03-09"),
    ("A delegation had left a day earlier.", "2025-03-09"),
    ("Talks resumed two days later.", "2025-03-12"),
    ("They met again the next day.", "2025-03-11"),
    ("Officials confirmed it that day.", "2025-03-10"),
])
def test_anaphoric_expressions_count_from_the_reference_event(text, expected):
    ref = Interval("2025-03-10", "2025-03-10", "March 10", "day")
    assert resolve(text, SEED_DAY, ref=ref) == (expected, expected)


def test_anaphoric_without_ref_falls_back_to_anchor():
    assert resolve("A delegation also left the previous day.", SEED_DAY) == ("2025-03-17", "2025-03-17")


@pytest.mark.parametrize("text,expected", [
    ("a committee meeting held in Pyongyang in November", ("2024-11-01", "2024-11-30")),
    ("the treaty signed in Pyongyang in June", ("2024-06-01", "2024-06-30")),
    ("the agreement they signed last year", ("2024-01-01", "2024-12-31")),
    ("The mission had been touring Mongolia since Friday.", ("2025-03-14", "2025-03-18")),
    ("state news media reported Tuesday", ("2025-03-18", "2025-03-18")),
])
def test_seed_relative_dates(text, expected):
    assert resolve(text, SEED_DAY) == expected


# -- weekdays, tense and calendar edges

@pytest.mark.parametrize("text,anchor,expected", [
    ("He arrived on Sunday.", date(2025, 4, 1), "2025-03-30"),          # back across a month end
    ("They will meet on Friday.", date(2025, 4, 1), "2025-04-04"),
    ("She died last Tuesday.", date(2026, 1, 1), "2025-12-30"),          # back across a year end
    ("He spoke on Wednesday.", date(2026, 1, 1), "2025-12-31"),
    ("Talks will resume on Monday.", date(2026, 1, 1), "2026-01-05"),
    ("The summit will open on Friday.", date(2025, 12, 31), "2026-01-02"),  # forward across a year end
    ("They will meet on Wednesday.", date(2025, 12, 31), "2025-12-31"),   # on or after: the same day
    ("He will leave next Tuesday.", date(2025, 3, 18), "2025-03-25"),
    ("They met this past Sunday.", date(2025, 3, 18), "2025-03-16"),
    ("The missile was fired early Monday.", date(2025, 3, 18), "2025-03-17"),
    ("Matsegora had died last Saturday.", date(2025, 12, 11), "2025-12-06"),
])
def test_weekday_arithmetic(text, anchor, expected):
    assert resolve(text, anchor) == (expected, expected)


@pytest.mark.parametrize("text,anchor,expected", [
    # the weekday of a named Monday-to-Sunday week, one expression (not "last week" as a whole week)
    ("A court ruled on Thursday last week.", date(2025, 3, 18), "2025-03-13"),
    ("A court ruled on Thursday last week.", date(2025, 3, 21), "2025-03-13"),    # not yesterday
    ("The envoy left on Friday of last week.", date(2025, 3, 16), "2025-03-07"),   # a Sunday anchor: its week ends
    ("They will meet on Monday next week.", date(2025, 3, 18), "2025-03-24"),
    ("He spoke Wednesday this week.", date(2025, 3, 20), "2025-03-19"),
])
def test_a_weekday_of_a_named_week(text, anchor, expected):
    assert resolve(text, anchor) == (expected, expected)


# -- relative units, months, modifiers

@pytest.mark.parametrize("text,expected", [
    ("It happened last week.", ("2025-03-10", "2025-03-16")),
    ("He will travel next month.", ("2025-04-01", "2025-04-30")),
    ("Yellen came to Beijing this month.", ("2025-03-01", "2025-03-18")),
    ("Troops were shipped earlier this month.", ("2025-03-01", "2025-03-17")),
    ("The deal collapsed late last year.", ("2024-09-01", "2024-12-31")),
    ("He visited in early August.", ("2024-08-01", "2024-08-10")),
    ("The plant opened in mid-2023.", ("2023-05-01", "2023-08-31")),
    ("He left yesterday.", ("2025-03-17", "2025-03-17")),
    ("The minister arrives today.", ("2025-03-18", "2025-03-18")),
    ("He spoke this morning.", ("2025-03-18", "2025-03-18")),
    ("They met on June 25.", ("2024-06-25", "2024-06-25")),
    ("Elections will be held on June 25.", ("2025-06-25", "2025-06-25")),
    ("The ministry said this week that talks failed.", ("2025-03-17", "2025-03-18")),
    ("Parliament will vote next year.", ("2026-01-01", "2026-12-31")),
    ("She speaks tonight.", ("2025-03-18", "2025-03-18")),
    ("It was founded four years ago.", ("2021-01-01", "2021-12-31")),
    ("He will visit in May.", ("2025-05-01", "2025-05-31")),
    ("He visited in May.", ("2024-05-01", "2024-05-31")),
    ("The talks were held last summer.", ("2024-06-01", "2024-08-31")),
])
def test_relative_expressions(text, expected):
    assert resolve(text, SEED_DAY) == expected


# -- absolute formats and ranges

@pytest.mark.parametrize("text,anchor,expected", [
    ("on 21 October 2024", None, ("2024-10-21", "2024-10-21")),
    ("dated 2024-10-21", None, ("2024-10-21", "2024-10-21")),
    ("registered 2024.10.21", None, ("2024-10-21", "2024-10-21")),
    ("in February 2024", None, ("2024-02-01", "2024-02-29")),
    ("appointed in 2014", None, ("2014-01-01", "2014-12-31")),
    ("in the 1990s", None, ("1990-01-01", "1999-12-31")),
    ("arrived in Vladivostok on Oct. 29", date(2024, 11, 5), ("2024-10-29", "2024-10-29")),
    ("the medal will be presented on December 10", date(2025, 10, 10), ("2025-12-10", "2025-12-10")),
    ("the forum was held January 15-17", SEED_DAY, ("2025-01-15", "2025-01-17")),
    ("the fair runs from March 3 to 5", SEED_DAY, ("2025-03-03", "2025-03-05")),
    ("he served between 2010 and 2014", None, ("2010-01-01", "2014-12-31")),
    ("results for the first quarter of 2024", None, ("2024-01-01", "2024-03-31")),
    ("fighting from March to May 2024", None, ("2024-03-01", "2024-05-31")),
    ("The talks ran from Monday to Wednesday.", SEED_DAY, ("2025-03-10", "2025-03-12")),
    ("He was sworn in the day after January 9.", SEED_DAY, ("2025-01-10", "2025-01-10")),
    ("in the first week of March 2025", None, ("2025-03-01", "2025-03-07")),
    ("during the last week of June 2024", None, ("2024-06-24", "2024-06-30")),
    ("The fair will run Friday through Sunday.", SEED_DAY, ("2025-03-21", "2025-03-23")),
    ("from November to February 2024", None, ("2023-11-01", "2024-02-29")),
    ("Issued on: 11/12/2025", date(2025, 12, 11), ("2025-12-11", "2025-12-11")),  # day/month order by anchor
    ("posted 10/21/2024", None, ("2024-10-21", "2024-10-21")),
    ("the talks resumed after Christmas", date(2025, 3, 18), ("2024-12-25", "2024-12-25")),
    ("He will return on the 15th.", date(2025, 3, 18), ("2025-04-15", "2025-04-15")),
    ("It opened on the 3rd.", date(2025, 3, 18), ("2025-03-03", "2025-03-03")),
    ("founded in 1625", None, ("1625-01-01", "1625-12-31")),
])
def test_absolute_dates_and_ranges(text, anchor, expected):
    assert resolve(text, anchor) == expected


# -- a document with no publication date

@pytest.mark.parametrize("text", [
    "The Foreign Ministry said Monday.", "They signed an agreement last year.", "He left the previous day.",
    "It happened in November.", "Oct. 21", "yesterday", "four years ago", "earlier this month",
])
def test_no_anchor_leaves_relative_expressions_unresolved(text):
    t = find_timexes(text)[0]
    assert to_interval(t, None) == Interval(None, None, t.text, None)


def test_durations_and_sets_have_no_interval_unless_anchored_to_the_past():
    (t,) = find_timexes("for a five-year stint")
    assert not to_interval(t, SEED_DAY).resolved
    (t,) = find_timexes("in the past two years")
    assert to_interval(t, SEED_DAY) == Interval("2023-03-18", "2025-03-18", "the past two years", "day")


# -- TIMEX3 values (TempEval-3 conventions), document creation date Friday 2013-03-22

@pytest.mark.parametrize("text,expected", [
    ("three years", "P3Y"), ("a five-year stint", "P5Y"), ("a mere 24 hours", "PT24H"), ("a decade", "P10Y"),
    ("in recent weeks", "PXW"), ("finished in 3:07:35", "PT3H7M35S"), ("every Friday", "XXXX-WXX-5"),
    ("weekly", "P1W"), ("twice a year", "P1Y"), ("every morning", "XXXX-XX-XXTMO"), ("now", "PRESENT_REF"),
    ("this week", "2013-W12"), ("the talks last week", "2013-W11"), ("The flu peaked last summer.", "2012-SU"),
    ("The towers will close at 15:00 GMT Saturday.", "2013-03-23T15:00"), ("on Friday afternoon", "2013-03-22TAF"),
    ("It was founded four years ago.", "2009"), ("in the 20th century", "19"), ("in early 2011", "2011"),
    ("He was arrested in August.", "2012-08"), ("results next year", "2014"), ("last May", "2012-05"),
    ("the first quarter of 2024", "2024-Q1"), ("It closed years ago.", "PAST_REF"),
])
def test_timex3_values(text, expected):
    assert value(text) == expected


def test_timeml_records_split_ranges_and_relative_durations():
    text = "The 2009-2010 pandemic ended a month earlier, eight years from now."
    got = [(r["text"], r["type"], r["value"]) for r in timeml_records(text, date(2013, 3, 22))]
    assert got == [("2009", "DATE", "2009"), ("2010", "DATE", "2010"), ("a month", "DURATION", "P1M"),
                   ("eight years", "DURATION", "P8Y"), ("now", "DATE", "PRESENT_REF")]


# -- clause tense

@pytest.mark.parametrize("text,expected", [
    ("He will visit Moscow on Monday.", "future"),
    ("He left Pyongyang on Monday.", "past"),
    ("The meeting will be held on Monday.", "future"),
    ("The ministry said it would resume talks on Monday.", "future"),
    ("Talks are expected to resume on Monday.", "future"),
    ("Officials met on Monday, and they will meet again soon.", "past"),
    ("Kim has visited Russia since Friday.", "past"),
    ("The summit opens Monday in Kazan.", "future"),
    ("The ministry said the summit opens Monday.", "future"),
    ("On Monday.", None),
])
def test_clause_tense(text, expected):
    start = text.index("Monday") if "Monday" in text else text.index("Friday")
    assert clause_tense(text, start, start + 6) == expected


# -- robustness: any text, any anchor, never an exception, offsets always valid

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = ["on", "Monday", "last", "next", "the", "previous", "day", "year", "years", "ago", "later", "since", "in",
         "November", "Oct.", "21", "2024", "-", "to", "between", "and", "every", "a", "three", "weeks", "early",
         "mid-", "1990s", "1000000", "0", "31", "12/11/2024", "will", "said", ",", ".", "spring", "the 15th", "noon"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=14),
       anchor=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_any_text_resolves_without_error(words, anchor):
    text = " ".join(words)
    for t in find_timexes(text):
        assert text[t.start:t.end] == t.text
        tense = clause_tense(text, t.start, t.end)
        interval = to_interval(t, anchor, tense)
        if interval.resolved:
            assert interval.start <= interval.end
        if anchor is not None:
            assert timex3_value(t, anchor, tense)


def test_expressions_off_the_calendar_stay_unresolved():
    (t,) = find_timexes("a million years ago")
    assert not to_interval(t, SEED_DAY).resolved


def test_range_ends_date_the_start_and_the_end_of_a_post():
    (t,) = find_timexes("He was first secretary in Hanoi from 2006 to 2011.")
    first, last = range_ends(t)
    assert (first.text, last.text) == ("2006", "2011")
    assert to_interval(first, None).start == "2006-01-01" and to_interval(last, None).end == "2011-12-31"
    (t,) = find_timexes("fighting from March to May 2024")
    first, last = range_ends(t)
    assert to_interval(first, None) == Interval("2024-03-01", "2024-03-31", "March", "month")
    assert range_ends(find_timexes("in 2014")[0]) is None


def test_a_past_act_in_the_current_month_or_year_ends_by_publication() -> None:
    """ "Expelled the envoy in November" in a November 18 article happened by the 18th, as "this month" does; an act to
    come in the month keeps the whole month."""
    day = date(2019, 11, 18)
    assert resolve("Kenya expelled the Ugandan envoy in November.", day) == ("2019-11-01", "2019-11-18")
    assert resolve("Kenya expelled the Ugandan envoy in 2019.", day) == ("2019-01-01", "2019-11-18")
    assert resolve("Kenya will expel the Ugandan envoy in November.", day) == ("2019-11-01", "2019-11-30")
    assert resolve("Kenya expelled the Ugandan envoy in October.", day) == ("2019-10-01", "2019-10-31")


MONDAY = date(2019, 11, 18)


@pytest.mark.parametrize("text,expected", [
    ("Bolivian soldiers cleared the roadblocks in La Paz this weekend.", ("2019-11-16", "2019-11-17")),
    ("The Ecuadorean navy seized two trawlers this weekend, officials said.", ("2019-11-16", "2019-11-17")),
    ("Bolivian soldiers will clear the roadblocks this weekend.", ("2019-11-23", "2019-11-24")),
])
def test_this_weekend_in_a_past_clause_is_the_weekend_just_gone(text, expected):
    assert resolve(text, MONDAY) == expected


def test_this_weekend_on_a_sunday_stays_that_weekend():
    assert resolve("Bolivian soldiers cleared the roadblocks this weekend.", date(2019, 11, 17)) == (
        "2019-11-16", "2019-11-17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A week later, a court freed him.", ("2025-03-14", "2025-03-14")),
        ("Two weeks earlier, the envoy had left.", ("2025-02-21", "2025-02-21")),
        ("A fortnight after, the border reopened.", ("2025-03-21", "2025-03-21")),
    ],
)
def test_a_count_in_weeks_from_a_day_is_a_day(text, expected):
    friday = Interval("2025-03-07", "2025-03-07", "on March 7", "day")
    assert resolve(text, SEED_DAY, friday) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # guards: a calendar week named from a day, a count from a month, a count from publication
        ("The following week, the border reopened.", Interval("2025-03-07", "2025-03-07", "x", "day"),
         ("2025-03-10", "2025-03-16")),
        ("A week later, the border reopened.", Interval("2025-02-01", "2025-02-28", "x", "month"),
         ("2025-02-03", "2025-02-09")),
        ("It happened two weeks ago.", None, ("2025-03-03", "2025-03-09")),
    ],
)
def test_a_week_stays_a_week_when_not_counted_from_a_day(text, ref, expected):
    assert resolve(text, SEED_DAY, ref) == expected


def test_a_resignation_a_week_before_a_dated_appointment_is_a_day(annotate_text):
    doc = annotate_text("Kenyan President Daniel Kamau appointed a new police chief, Ruth Nyambura, on Friday, a week "
                        "after her predecessor resigned.")
    days = sorted((e.type, e.date.start, e.date.end) for e in doc.events if e.date is not None)
    assert ("DISMISS", "2025-03-07", "2025-03-07") in days and ("APPOINT", "2025-03-14", "2025-03-14") in days
