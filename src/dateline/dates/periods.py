"""Build calendar periods (day, week, month, quarter, season, year, decade, century) and move them.

The arithmetic that ``dates/normalize.py`` needs to place a relative expression: the week holding a
day, the month three months back, the most recent such day before a base date, the early third of
a year. Standard library ``datetime`` only; every function is pure.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.model import Granularity
from dateline.dates.tense import Tense

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DURATION_FACTOR = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100}
TOD_UNITS = ("night", "morning", "evening", "afternoon")


@dataclass(frozen=True, slots=True)
class Reading:
    """A resolved date expression: first and last day, granularity and TIMEX3 value."""

    start: date
    end: date
    granularity: Granularity
    value: str


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def day_period(day: date) -> Reading:
    return Reading(day, day, "day", day.isoformat())


def month_period(year: int, month: int) -> Reading:
    return Reading(date(year, month, 1), month_end(year, month), "month", f"{year}-{month:02d}")


def year_period(year: int) -> Reading:
    return Reading(date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}")


def week_period(monday: date) -> Reading:
    return Reading(monday, monday + timedelta(days=6), "week", week_value(monday))


def weekend_period(monday: date) -> Reading:
    saturday = monday + timedelta(days=5)
    return Reading(saturday, saturday + timedelta(days=1), "day", week_value(monday) + "-WE")


def quarter_period(year: int, quarter: int) -> Reading:
    first = 3 * (quarter - 1) + 1
    return Reading(date(year, first, 1), month_end(year, first + 2), "quarter", f"{year}-Q{quarter}")


def half_period(year: int, half: str) -> Reading:
    first = 1 if half == "H1" else 7
    return Reading(date(year, first, 1), month_end(year, first + 5), "month", f"{year}-{half}")


def season_period(year: int, season: str) -> Reading:
    first = SEASON_START[season]
    last_y, last_m = add_months(year, first, 2)
    return Reading(date(year, first, 1), month_end(last_y, last_m), "season", f"{year}-{season}")


def decade_period(decade: int) -> Reading:
    return Reading(date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "year", str(decade))


def century_period(century: int) -> Reading:
    return Reading(date(century * 100, 1, 1), date(century * 100 + 99, 12, 31), "year", f"{century:02d}")


def pick(candidates: list[Reading], base: date, tense: Tense | None) -> Reading:
    """Choose among readings in neighbouring years: past -> latest starting on or before the base,
    future -> earliest ending on or after it, otherwise the one closest to it.

    An unknown tense takes the closest reading rather than the past one: "fixed the ballot for 14 August"
    in a July article (no tense cue) means the coming August, and "Oct. 21" in November the last one.
    """
    if tense == "past":
        earlier = [c for c in candidates if c.start <= base]
        if earlier:
            return max(earlier, key=lambda c: c.start)
    if tense == "future":
        later = [c for c in candidates if c.end >= base]
        if later:
            return min(later, key=lambda c: c.start)

    def distance(c: Reading) -> tuple[int, int]:
        if c.start <= base <= c.end:
            return (0, 0)
        return (min(abs((c.start - base).days), abs((c.end - base).days)), 0 if c.start <= base else 1)

    return min(candidates, key=distance)


def weekday_near(base: date, weekday: int, rel: str | None, tense: Tense | None) -> date:
    back = (base.weekday() - weekday) % 7
    forward = (weekday - base.weekday()) % 7
    if rel == "-1":
        return base - timedelta(days=back or 7)
    if rel == "1":
        return base + timedelta(days=forward or 7)
    if tense == "future" or (tense != "past" and forward < back):
        return base + timedelta(days=forward)
    return base - timedelta(days=back)


def shift(base: date, unit: str, amount: int) -> Reading:
    """Return the unit-sized period ``amount`` units away from the one holding ``base``."""
    if unit in ("day", *TOD_UNITS, "hour", "minute", "second"):
        return day_period(base + timedelta(days=amount))
    if unit in ("week", "fortnight"):
        return week_period(monday_of(base) + timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return weekend_period(monday_of(base) + timedelta(weeks=amount))
    if unit == "month":
        return month_period(*add_months(base.year, base.month, amount))
    if unit == "quarter":
        year, month = add_months(base.year, base.month, 3 * amount)
        return quarter_period(year, (month - 1) // 3 + 1)
    if unit == "decade":
        return decade_period(base.year // 10 + amount)
    if unit == "century":
        return century_period(base.year // 100 + amount)
    return year_period(base.year + amount)


def ago(base: date, unit: str, amount: int) -> Reading:
    """Return the unit-granular date ``amount`` units from ``base`` ("four years ago" -> that year)."""
    if unit in ("day", "hour", "minute", "second", *TOD_UNITS):
        days = amount if unit == "day" else 0
        return day_period(base + timedelta(days=days))
    if unit in ("week", "fortnight"):
        return week_period(monday_of(base + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))))
    if unit in ("month", "quarter"):
        return month_period(*add_months(base.year, base.month, amount * (3 if unit == "quarter" else 1)))
    factor = DURATION_FACTOR.get(unit, 1)
    return year_period(base.year + amount * factor)


def minus(day: date, unit: str, amount: int) -> date:
    """Return the day ``amount`` units before ``day`` (calendar arithmetic, clamped to month ends)."""
    if unit in ("second", "minute", "hour"):
        return day
    if unit in ("day", "week", "fortnight"):
        return day - timedelta(days=amount * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = amount * {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit, 12)
    year, month = add_months(day.year, day.month, -months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def apply_mod(reading: Reading, mod: str | None, base: date | None) -> Reading:
    """Narrow a reading to its early/mid/late third, or to the part before/after the base."""
    if not mod:
        return reading
    if mod in ("EARLIER", "LATER") and base is not None:
        if mod == "EARLIER":
            end = max(reading.start, min(reading.end, base - timedelta(days=1)))
            return Reading(reading.start, end, "day", reading.value)
        start = min(reading.end, max(reading.start, base + timedelta(days=1)))
        return Reading(start, reading.end, "day", reading.value)
    if mod not in ("START", "MID", "END") or reading.start == reading.end:
        return reading
    third = ("START", "MID", "END").index(mod)
    if reading.granularity == "year" and reading.end.year == reading.start.year:
        first = 1 + 4 * third
        return Reading(date(reading.start.year, first, 1), month_end(reading.start.year, first + 3), "month", reading.value)
    if reading.granularity == "month":
        start = reading.start + timedelta(days=10 * third)
        end = reading.end if third == 2 else reading.start + timedelta(days=10 * third + 9)
        return Reading(start, end, "day", reading.value)
    span = (reading.end - reading.start).days + 1
    start = reading.start + timedelta(days=span * third // 3)
    end = reading.start + timedelta(days=span * (third + 1) // 3 - 1)
    return Reading(start, end, "day", reading.value)
