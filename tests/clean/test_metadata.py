"""Tests for dateline.clean.metadata: dates in common shapes, bylines, title and site lines."""

from __future__ import annotations

import pytest

from dateline.clean.lines import page_lines
from dateline.clean.metadata import byline_names, extract, find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published: 4 Feb. 2023, 16:45", "2023-02-04"),
        ("2025.03.18 14:20", "2025-03-18"),
        ("Posted : 2024-08-02 09:15  Updated : 2024-08-02 18:30", "2024-08-02"),
        ("March 18, 2025 5:41 PM EDT", "2025-03-18"),
        ("8:31pm, 25 Jul, 2023", "2023-07-25"),
        ("Jan. 9, 2023 / 7:52 PM", "2023-01-09"),
        ("Thu 14 Mar 2024 09.30 GMT", "2024-03-14"),
        ("Issued on: 03/07/2024 - 19:05", "2024-07-03"),
        ("Updated 9:03 AM EDT, 09/27/2025", "2025-09-27"),
        ("Updated 2 hours ago", None),
        ("Sept. 3, 2024", "2024-09-03"),
        ("31/02/2024", None),
        # other languages' month names (lexicons/month_names.tsv) and CJK dates
        ("Publié le 18 mars 2025 à 10h42", "2025-03-18"),
        ("Von Moritz Bachmann publiziert am 25. September 2018", "2018-09-25"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
        ("18 марта 2025, 10:42", "2025-03-18"),
        ("Текст: Лида Буслаева·11 октября 2018", "2018-10-11"),
        ("2025年03月18日 10:42　来源：新华社", "2025-03-18"),
        ("2019년 11월 20일", "2019-11-20"),
        ("le 31 février 2025", None),
        ("Mars 2025 mission", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Text by: FRANCE 24", ("FRANCE 24",)),
        ("Yonhap", ("Yonhap",)),
        ("Newsroom with AFP", ("Newsroom", "AFP")),
        ("Sign up for our newsletter", ()),
    ],
)
def test_byline_names(text: str, names: tuple[str, ...]) -> None:
    assert byline_names(text) == names


def test_crawler_line_gives_date_title_and_site() -> None:
    content = (" date 2024-02-01  Ministers meet in Geneva on trade\nThe Daily Planet\n\nHome > World\n\n"
               "Ministers meet in Geneva on trade\n\nThe ministers met on Thursday to discuss trade and tariffs, "
               "officials said, in a meeting that lasted most of the day.\n")
    lines = page_lines(content)
    meta = extract(lines, content.splitlines(), 4, 4)
    assert (meta.title, meta.site, meta.published) == ("Ministers meet in Geneva on trade", "The Daily Planet", "2024-02-01")
    assert {1, 2, 6} <= meta.lines


def test_site_is_the_recurring_name_inside_an_appeal() -> None:
    content = ("Support The Daily Planet!\nTown hall reopens after repairs\n"
               "The town hall reopened on Monday after two years of repairs, the mayor said at a ceremony.\n"
               "A message from The Daily Planet:\n")
    lines = page_lines(content)
    meta = extract(lines, content.splitlines(), 2, 2)
    assert meta.site == "The Daily Planet"
    assert meta.title == "Town hall reopens after repairs"
    assert meta.published is None


def test_menu_first_line_is_not_a_site() -> None:
    content = ("Skip to main content\nMayor opens new bridge over the river\n"
               "The mayor opened the new bridge on Saturday, two years after building work began, officials said.\n")
    meta = extract(page_lines(content), content.splitlines(), 2, 2)
    assert meta.site is None
    assert meta.title == "Mayor opens new bridge over the river"


def test_agency_phrase_is_not_a_byline() -> None:
    assert byline_names("Get push notifications from AFP") == ()
    assert byline_names("Hankyoreh staff with AFP") == ("Hankyoreh staff", "AFP")


def test_a_long_labelled_date_line_still_dates_the_page() -> None:
    content = ("The Daily Planet\nMinisters meet in Geneva on trade\n"
               "Published date: 3 February 2024 10:15 GMT | Last update: 2 hours 40 mins ago by the web desk\n\n"
               "The ministers met on Thursday to discuss trade and tariffs, officials said, in a meeting that "
               "lasted most of the day.\n")
    lines = page_lines(content)
    meta = extract(lines, content.splitlines(), 3, 3)
    assert meta.published == "2024-02-03"
