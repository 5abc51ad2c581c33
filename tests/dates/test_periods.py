"""Test the calendar periods behind date resolution: ISO weeks, month ends, shifts across years."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.dates import periods


def test_iso_week_value_across_a_year_end():
    assert periods.week_period(date(2025, 12, 29)).value == "2026-W01"
    assert periods.week_period(date(2020, 12, 28)).value == "2020-W53"


def test_month_end_in_leap_and_common_years():
    assert periods.month_end(2024, 2) == date(2024, 2, 29)
    assert periods.month_end(2025, 2) == date(2025, 2, 28)


@pytest.mark.parametrize("unit,amount,expected", [
    ("month", -1, ("2025-12-01", "2025-12-31")),
    ("week", -1, ("2025-12-29", "2026-01-04")),
    ("quarter", -1, ("2025-10-01", "2025-12-31")),
    ("year", 1, ("2027-01-01", "2027-12-31")),
    ("weekend", -1, ("2026-01-03", "2026-01-04")),
])
def test_shift_from_the_first_days_of_a_year(unit, amount, expected):
    got = periods.shift(date(2026, 1, 7), unit, amount)  # a Wednesday
    assert (got.start.isoformat(), got.end.isoformat()) == expected


def test_minus_clamps_to_the_end_of_a_shorter_month():
    assert periods.minus(date(2024, 3, 31), "month", 1) == date(2024, 2, 29)


def test_winter_runs_into_the_next_year():
    winter = periods.season_period(2024, "WI")
    assert (winter.start, winter.end, winter.value) == (date(2024, 12, 1), date(2025, 2, 28), "2024-WI")
