"""Resolve a found temporal expression to a date interval or a TIMEX3 value, tense-aware.

Relative expressions are resolved against an anchor (the publication date) or, for anaphoric ones
("the previous day"), against the date of the event the clause is about; never against today's
date: with no anchor a relative expression stays unresolved and keeps its text (spec/OUTPUT.md 6).
The calendar arithmetic (``dates/periods.py``) is hand-written, standard library only, because the
tense rules (most recent Monday on or before publication in a past clause, first on or after it in
a future one) are exactly what general date parsers get wrong.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import replace
from datetime import date, timedelta

from dateline.dates import periods
from dateline.dates.tense import Tense
from dateline.lexicons import word_map
from dateline.model import Interval, Timex, TimexParts

LOGGER = logging.getLogger(__name__)

DURATION_CODE = word_map("duration_code", "date_words")
"""TIMEX3 duration designator of each unit ("day" -> D; "TH": hours, after the "T")."""
VAGUE_CODE = word_map("vague_code", "date_words")
"""Designator of a vague duration where it differs from the unit's ("decades" -> PXDE)."""
REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _day_of_month(day: int, base: date, tense: Tense | None) -> periods.Reading | None:
    """Resolve "on the 15th" to that day of the anchor's month or a neighbouring one."""
    candidates = []
    for offset in (-1, 0, 1):
        year, month = periods.add_months(base.year, base.month, offset)
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(periods.day_period(date(year, month, day)))
    return periods.pick(candidates, base, tense) if candidates else None


def _nearer_order(reading: periods.Reading, base: date) -> periods.Reading:
    """Between month/day and day/month readings of 11/12/2025, keep the one nearer the anchor (not after it)."""
    other_month, other_day = reading.start.day, reading.start.month
    other = periods.day_period(date(reading.start.year, other_month, other_day))
    choices = [r for r in (reading, other) if r.start <= base] or [reading, other]
    return min(choices, key=lambda r: abs((r.start - base).days))


def _absolute(p: TimexParts, base: date | None, tense: Tense | None) -> periods.Reading | None:
    """Resolve expressions that carry their own year, or that need the anchor only for the year."""
    year = int(p.y) if p.y is not None else None
    if p.decade is not None:
        return periods.decade_period(int(p.decade))
    if p.century is not None:
        return periods.century_period(int(p.century))
    rel_year = None
    if base is not None and p.rel is not None and p.rel not in ("T",) and (p.q is not None or p.half is not None):
        rel_year = base.year + int(p.rel)
    if base is not None and p.ry is not None:
        rel_year = base.year + int(p.ry)  # "in May last year"
    year = year if year is not None else rel_year
    if p.q is not None and p.unit is None:
        year = year if year is not None else (base.year if base else None)
        return periods.quarter_period(year, int(p.q)) if year else None
    if p.half is not None:
        year = year if year is not None else (base.year if base else None)
        return periods.half_period(year, p.half) if year else None
    if p.d is not None and p.m is None:
        return _day_of_month(int(p.d), base, tense) if base else None
    if p.m:
        month = int(p.m)
        day = int(p.d) if p.d is not None else None
        if year is not None:
            try:
                reading = periods.day_period(date(year, month, day)) if day else periods.month_period(year, month)
                if p.dm == "?" and base is not None and day:
                    reading = _nearer_order(reading, base)
                return reading
            except ValueError:
                return None
        if base is None:
            return None
        years = (base.year - 1, base.year, base.year + 1)
        if day:
            candidates = [periods.day_period(date(y, month, day)) for y in years if day <= calendar.monthrange(y, month)[1]]
        else:
            candidates = [periods.month_period(y, month) for y in years]
        rel = p.rel
        if rel == "-1":
            return max((c for c in candidates if c.end < date(base.year, base.month, 1)), key=lambda c: c.start)
        if rel == "1":
            return min((c for c in candidates if c.start > periods.month_end(base.year, base.month)), key=lambda c: c.start)
        if rel == "0":
            return next(c for c in candidates if c.start.year == base.year)
        return periods.pick(candidates, base, tense)
    if p.season is not None:
        season = p.season
        if year is not None:
            return periods.season_period(year, season)
        if base is None:
            return None
        candidates = [periods.season_period(y, season) for y in range(base.year - 2, base.year + 2)]
        rel = p.rel
        if rel == "-1":
            return max((c for c in candidates if c.end < base), key=lambda c: c.start)
        if rel == "1":
            return min((c for c in candidates if c.start > base), key=lambda c: c.start)
        return periods.pick(candidates, base, tense or "present")
    if year is not None:
        return periods.year_period(year)
    return None


def _reading(t: Timex, base: date | None, tense: Tense | None) -> periods.Reading | None:
    """Resolve a date or time expression to a periods.Reading, or None when it needs a missing anchor."""
    try:
        return _reading_unchecked(t, base, tense)
    except (ValueError, OverflowError) as exc:  # "a million years ago" falls off the calendar
        LOGGER.debug("rule %s: %r cannot be placed on the calendar: %s", t.rule, t.text, exc)
        return None


def _reading_unchecked(t: Timex, base: date | None, tense: Tense | None) -> periods.Reading | None:
    p = _range_start_year(t.parts)
    reading = _absolute(p, base, tense)
    if reading is None and base is not None:
        unit, rel = p.unit, p.rel
        if p.deictic == "overnight":  # the night just past: from the evening before the telling into its day
            night = periods.day_period(base - timedelta(days=1))
            reading = periods.Reading(night.start, base, "day", night.value)
        elif p.deictic is not None:
            offset = {"yesterday": -1, "tomorrow": 1, "the_day_before_yesterday": -2, "the_day_after_tomorrow": 2}
            reading = periods.day_period(base + timedelta(days=offset.get(p.deictic, 0)))
        elif p.ref == "PRESENT_REF":
            reading = periods.Reading(base, base, "day", "PRESENT_REF")
        elif p.wd is not None and p.rw is not None:  # "on Thursday last week": that week's Thursday
            reading = periods.day_period(periods.monday_of(base) + timedelta(weeks=int(p.rw), days=int(p.wd)))
        elif p.wd is not None:
            reading = periods.day_period(periods.weekday_near(base, int(p.wd), rel, tense))
            if p.wd2 is not None:
                reading = _weekday_range(base, int(p.wd), int(p.wd2), rel, tense)
        elif unit and p.dir is not None:
            num = p.num if p.num is not None else "1"
            if num == "X" or not num.replace(".", "").isdigit():
                return None
            sign = 1 if p.dir == "+" else -1
            reading = periods.ago(base, unit, sign * round(float(num)))
        elif unit == "weekend" and rel == "T":
            back = (base.weekday() - 5) % 7
            if tense == "future" and base.weekday() < 5:
                reading = periods.weekend_period(periods.monday_of(base))
            else:
                reading = periods.weekend_period(periods.monday_of(base - timedelta(days=back)))
        elif unit and rel is not None and rel.lstrip("-").isdigit():
            reading = periods.shift(base, unit, int(rel))
            if rel == "0" and p.mod is None and unit not in ("day", *periods.TOD_UNITS) and not t.anaphoric:
                reading = _clip_to_tense(_weekend_gone(reading, base, unit, tense), base, tense)
        elif p.hh is not None or p.clock is not None or p.tod is not None:
            reading = periods.day_period(base)
    if reading is None:
        return None
    if p.wom is not None and reading.granularity == "month":  # "the first week of March": days 1-7
        weeks_in = 0 if p.wom == "last" else int(p.wom) - 1
        first = reading.end - timedelta(days=6) if p.wom == "last" else reading.start + timedelta(weeks=weeks_in)
        reading = periods.Reading(first, min(reading.end, first + timedelta(days=6)), "week", reading.value)
    if p.offset is not None and reading.granularity == "day":  # "the day after January 9"
        moved = reading.start + timedelta(days=int(p.offset))
        reading = periods.day_period(moved)
    if t.kind == "time" and reading.granularity == "day":
        reading = periods.Reading(reading.start, reading.end, "day", reading.value + "T" + _clock(p))
    if p.y2 is not None or p.d2 is not None or p.m2 is not None:
        reading = _range_end(reading, p)
    return periods.apply_mod(reading, p.mod, base)


def _weekday_range(base: date, first: int, last: int, rel: str | None, tense: Tense | None) -> periods.Reading:
    """Resolve "from Monday to Wednesday": a past range ends on or before the base, others start from it."""
    if tense == "past":
        end = periods.weekday_near(base, last, rel, "past")
        start = end - timedelta(days=(end.weekday() - first) % 7)
    else:
        start = periods.weekday_near(base, first, rel, tense)
        end = start + timedelta(days=(last - start.weekday()) % 7)
    return periods.Reading(start, end, "day", start.isoformat())


def _weekend_gone(reading: periods.Reading, base: date, unit: str, tense: Tense | None) -> periods.Reading:
    """Read "this weekend" in a past clause on a weekday as the weekend just gone ("troops cleared the roads this
    weekend" in a Monday paper): the coming one has not happened yet."""
    if unit == "weekend" and tense == "past" and reading.start > base:
        return periods.shift(base, "weekend", -1)
    return reading


def _clip_to_tense(reading: periods.Reading, base: date, tense: Tense | None) -> periods.Reading:
    """Cut "this month" to the part before the base in a past clause, after it in a future one."""
    if not reading.start <= base <= reading.end:
        return reading
    if tense == "past":
        return periods.Reading(reading.start, base, "day", reading.value)
    if tense == "future":
        return periods.Reading(base, reading.end, "day", reading.value)
    return reading


def _clock(p: TimexParts) -> str:
    if p.clock is not None:
        return p.clock
    if p.hh is not None:
        return f"{int(p.hh):02d}:{int(p.mm if p.mm is not None else 0):02d}"
    return p.tod if p.tod is not None else ""


def _range_end(first: periods.Reading, p: TimexParts) -> periods.Reading:
    """Extend a reading to the end of a range ("January 15-17", "March to May", "from 2010 to 2014")."""
    year = int(p.y2) if p.y2 is not None else first.start.year
    try:
        if p.m2 is None and p.d2 is None:
            return periods.Reading(first.start, date(year, 12, 31), "year", first.value)
        month = int(p.m2) if p.m2 is not None else first.start.month
        end = date(year, month, int(p.d2)) if p.d2 is not None else periods.month_end(year, month)
        if end < first.start and p.y2 is None:
            end = date(year + 1, end.month, min(end.day, calendar.monthrange(year + 1, end.month)[1]))
    except ValueError:
        return first
    if end < first.start:
        return first
    return periods.Reading(first.start, end, first.granularity, first.value)


def _range_start_year(p: TimexParts) -> TimexParts:
    """Give a range's first half the year stated at its end ("from March to May 2024")."""
    if p.y is not None or p.y2 is None or (p.m2 is None and p.d2 is None):
        return p
    first = p.m if p.m is not None else "1"
    first_month, last_month = int(first), int(p.m2 if p.m2 is not None else first)
    year = int(p.y2) - (1 if first_month > last_month else 0)
    return replace(p, y=str(year))


def to_interval(t: Timex, anchor: date | None, tense: Tense | None = None, ref: Interval | None = None) -> Interval:
    """Resolve a Timex to an inclusive date interval; unresolved (dates None) when it cannot be.

    ``anchor`` is the publication date; ``ref`` the date of the event the clause is about, used
    for anaphoric expressions ("the previous day"); without it they fall back to the anchor.
    """
    unresolved = Interval(None, None, t.text, None)
    base = anchor
    if t.anaphoric and ref is not None and ref.start_date() is not None:
        base = ref.start_date()
    if t.kind == "duration":
        p = t.parts
        num = p.num if p.num is not None else ""
        if anchor is None or p.rel != "-1" or not num.isdigit() or p.unit is None or p.unit not in DURATION_CODE:
            return unresolved
        try:
            start = periods.minus(anchor, p.unit, int(num))
        except (ValueError, OverflowError):
            return unresolved
        return Interval(start.isoformat(), anchor.isoformat(), t.text, "day")
    if t.kind == "set":
        return unresolved
    if t.anaphoric and ref is not None and ref.granularity == "day" and base is not None:
        day = _counted_day(t.parts, base)
        if day is not None:
            return Interval(day.isoformat(), day.isoformat(), t.text, "day")
    reading = _reading(t, base, tense)
    if reading is None or reading.value in REF_VALUES[1:]:
        return unresolved
    if t.signal == "since" and anchor is not None and reading.start <= anchor:
        return Interval(reading.start.isoformat(), anchor.isoformat(), t.text, "day")
    end = reading.end
    if tense == "past" and anchor is not None and not t.anaphoric and reading.start <= anchor < end:
        # "expelled the envoy in November" in a November 18 article: a past act of the current month or year
        # happened by the publication date, as "this month" does (OUTPUT.md 6: the most recent November)
        end = anchor
    return Interval(reading.start.isoformat(), end.isoformat(), t.text, reading.granularity)


WEEK_DAYS = {"week": 7, "fortnight": 14}
"""Days in a unit of weeks that a count from a day moves by."""


def _counted_day(p: TimexParts, base: date) -> date | None:
    """The day a count in weeks moves a day to ("a week after" Friday May 10 is Friday May 17, not the week of May 13):
    a count from a day keeps its grain; "the following week" (no count) is still a calendar week."""
    num = p.num if p.num is not None else ""
    if p.unit not in WEEK_DAYS or p.dir not in ("+", "-") or not num.isdigit():
        return None
    return base + timedelta(days=(1 if p.dir == "+" else -1) * int(num) * WEEK_DAYS[p.unit])


def _duration_value(p: TimexParts) -> str:
    """Return a TIMEX3 duration value: "P3Y", "PT24H", "PXM", "PT3H7M35S"."""
    if p.ss is not None:
        pieces = [(p.hh, "H"), (p.mm, "M"), (p.ss, "S")]
        return "PT" + "".join(f"{int(v)}{c}" for v, c in pieces if v and int(v))
    unit = p.unit if p.unit is not None else "year"
    code = DURATION_CODE.get(unit, "Y")
    num = p.num if p.num is not None else "1"
    prefix = "PT" if code.startswith("T") else "P"
    if num == "X" or not num.replace(".", "").isdigit():
        return prefix + "X" + VAGUE_CODE.get(unit, code.lstrip("T"))
    value = float(num) * periods.DURATION_FACTOR.get(unit, 1)
    text = str(int(value)) if value == int(value) else str(value)
    return prefix + text + code.lstrip("T")


def _set_value(p: TimexParts, per: bool) -> str:
    """Return a TIMEX3 set value: "P1W" for "weekly", "XXXX-WXX-5" for "every Friday"."""
    if p.freq is not None:
        return p.freq
    if p.wd is not None:
        return f"XXXX-WXX-{int(p.wd) + 1}"
    if p.tod is not None:
        return "XXXX-XX-XXT" + p.tod
    if p.unit == "weekend":
        return "XXXX-WXX-WE"
    if p.unit in periods.TOD_UNITS:
        return "XXXX-XX-XXT" + {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}[p.unit]
    # "twice a year" is one year between repeats (the count is a frequency); "every two years" is two
    return _duration_value(replace(p, num="1" if per else (p.num if p.num is not None else "1")))


def timex3_value(t: Timex, dct: date, tense: Tense | None = None) -> str:
    """Return the TIMEX3 value of a Timex, resolving relative expressions against ``dct``."""
    p = t.parts
    if t.kind == "duration":
        return _duration_value(p)
    if t.kind == "set":
        return _set_value(p, per=t.rule.endswith("times_per"))
    if p.ref is not None and p.ref in REF_VALUES:
        return p.ref
    if p.dir is not None and p.num == "X":
        return "PAST_REF" if p.dir == "-" else "FUTURE_REF"
    reading = _reading(t, dct, tense)
    if reading is None:
        return "XXXX-XX-XX"
    return reading.value


def range_ends(t: Timex) -> tuple[Timex, Timex] | None:
    """Split a range ("from 2006 to 2011", "January 15-17") into its two ends; None if it is not one.

    Each end is a Timex of its own (offsets into the same text), so ``to_interval`` gives the start
    of a post from the first and its end from the second.
    """
    p = t.parts
    if p.p1 is None or p.p2 is None:
        return None
    shared = replace(_range_start_year(p), p1=None, p2=None, y2=None, m2=None, d2=None, wd2=None)
    ends = {"p1": (p.p1, shared), "p2": (p.p2, replace(
        shared, **{name: value for name, value in (("y", p.y2), ("m", p.m2), ("d", p.d2), ("wd", p.wd2))
                   if value is not None}))}
    pieces = []
    for offsets, parts in ends.values():
        lo, hi = (int(x) for x in offsets.split(":"))
        pieces.append(replace(t, start=t.start + lo, end=t.start + hi, text=t.text[lo:hi], parts=parts))
    return pieces[0], pieces[1]
