"""A wire story with no date line around its body dates itself in its opening dateline (invented pages)."""

from __future__ import annotations

import pytest

from dateline.clean.lines import page_lines
from dateline.clean.metadata import extract

HEAD = "Lake states agree on fishing quotas\n\n"
BODY = (" Ministers of the three lake states agreed on Thursday to cut fishing quotas by a fifth, officials "
        "said, after two days of talks.\n\nThe deal still needs the approval of the three parliaments.\n")


@pytest.mark.parametrize(("dateline", "iso"), [
    ("KAMPALA, Uganda, March 6, 2025 -", "2025-03-06"),
    ("KISUMU, 6 March 2025 (Wire) —", "2025-03-06"),
    ("NEW YORK, Jan. 5, 2024 --", "2024-01-05"),
])
def test_an_opening_dateline_with_a_year_dates_the_page(dateline: str, iso: str) -> None:
    content = HEAD + dateline + BODY
    meta = extract(page_lines(content), content.splitlines(), 1, 2)
    assert meta.published == iso


@pytest.mark.parametrize("dateline", ["KAMPALA, March 6 (Wire) -", "Kampala, March 6, 2025 -"])
def test_a_dateline_without_a_year_or_a_city_in_capitals_dates_nothing(dateline: str) -> None:
    content = HEAD + dateline + BODY
    meta = extract(page_lines(content), content.splitlines(), 1, 2)
    assert meta.published is None


def test_a_date_line_around_the_body_wins_over_the_dateline() -> None:
    content = HEAD + "Published 7 March 2025\n\n" + "KAMPALA, Uganda, March 6, 2025 -" + BODY
    meta = extract(page_lines(content), content.splitlines(), 2, 3)
    assert meta.published == "2025-03-07"
