"""Tests for dateline.clean.lines: line splitting, line shapes and the page description."""

from __future__ import annotations

import pytest

from dateline.clean.lines import PAGE_PASSES, describe_page, is_trailer_heading, is_wire_credit, page_lines


def test_page_lines_keeps_numbers_and_skips_blanks() -> None:
    lines = page_lines("Title\n\n \nFirst  paragraph here.\n")
    assert [(ln.number, ln.text) for ln in lines] == [(1, "Title"), (4, "First paragraph here.")]


def test_trailer_headings_in_several_languages_and_with_counts() -> None:
    for heading in ("Related", "[ 167 comments ]", "Comments (12)", "» Read more", "More from Reuters",
                    "Você pode gostar...", "Lesen Sie auch:", "Читайте также", "관련기사"):
        assert is_trailer_heading(heading), heading
    for line in ("The related story ran on Monday.", "Comments were closed after the vote, officials said.",
                 "More than 100 people attended", "Seoul"):
        assert not is_trailer_heading(line), line


def test_describe_page_runs_the_named_passes_in_order() -> None:
    prose = "An article line that reads as prose and ends as a sentence does, in the usual way, on every page."
    page = describe_page(page_lines("\n".join(["Home | News", prose, prose, "Reply", "Related"])))
    assert [name for name, _ in PAGE_PASSES] == [
        "words", "vocabulary", "prose", "headlines", "neighbourhood", "comments", "trailers"]
    assert (page.first_main, page.last_main) == (1, 2)
    assert page.prose == [False, True, True, False, False]
    assert page.said == [False, False, False, True, False]
    assert page.trailer == [False, False, False, False, True]
    assert page.nearest == [1, 0, 0, 1, 2]
    assert page.repeats[prose] == 2 and page.longest == len(prose)
    assert all(len(v) == 5 for v in (page.words, page.n_words, page.headline, page.runs, page.share,
                                     page.said_before, page.trailer_before))


def test_every_page_pass_has_a_one_line_docstring() -> None:
    for name, run in PAGE_PASSES:
        assert run.__doc__ and "\n" not in run.__doc__.strip(), name



@pytest.mark.parametrize("text", [
    "(Reporting by Paul Ondo in Libreville; Additional reporting by Marthe Ekane in Yaounde; Editing by Hugh Lawson)",
    "Reporting by Paul Ondo; Writing by Marthe Ekane; Editing by Reuters editors",
    "Associated Press writer Marthe Ekane in Yaounde contributed to this report.",
    "Marthe Ekane contributed reporting from Yaounde.",
    "Compiled by Paul Ondo; edited by Hugh Lawson and Clara Fenn",
    "(Reporting by Neema Juma in Dar es Salaam; Editing by Hugh Lawson)",
    "(Reporting by Paul Ondo, Marthe Ekane, with additional reporting by Clara Fenn, editing by Hugh Lawson.)",
    "Reporting by Neema Juma and Paul Ondo, editing by Clara Fenn",
    "Contributing: Marthe Ekane, Paul Ondo",
    "Email Paul Ondo at pondo@example.com or follow him on Twitter.",
    "Have a tip? Marthe Ekane may be reached at mekane@example.org. Follow her on Twitter @mekane.",
])
def test_a_wire_credit_line_is_found(text: str) -> None:
    assert is_wire_credit(text)


@pytest.mark.parametrize("text", [
    "Reporting by state media showed that the border had been closed for a week.",
    "Gabon contributed to the fund last year.",
    "Edited by the ministry, the report blamed the customs service for the delays at the crossing.",
    "By Paul Ondo",
    "Contributing: higher fuel prices and a weak currency pushed inflation up in the spring.",
    "Reach out to the ministry, said Paul Ondo, whose office answers at desk@example.com on weekdays only.",
    "Emails sent by Marthe Ekane to staff@example.org were shown to the court on Tuesday.",
    "Reporting by the local radio, with help from Paul Ondo, editing the list of victims took a week.",
])
def test_running_text_is_no_wire_credit(text: str) -> None:
    assert not is_wire_credit(text)
