"""Tests for dateline.clean.lines: line splitting and the feature layout."""

from __future__ import annotations

from dateline.clean.lines import FEATURE_NAMES, features, is_trailer_heading, page_lines


def test_page_lines_keeps_numbers_and_skips_blanks() -> None:
    lines = page_lines("Title\n\n \nFirst  paragraph here.\n")
    assert [(ln.number, ln.text) for ln in lines] == [(1, "Title"), (4, "First paragraph here.")]


def test_features_have_the_named_layout() -> None:
    lines = page_lines("Home | News | Sport\nThe council approved the budget on Tuesday, officials said.\n")
    rows = features(lines)
    assert len(rows) == 2 and all(len(r) == len(FEATURE_NAMES) for r in rows)
    sep = FEATURE_NAMES.index("separators")
    ends = FEATURE_NAMES.index("ends_sentence")
    assert rows[0][sep] > rows[1][sep]
    assert rows[1][ends] == 1.0 and rows[0][ends] == 0.0


def test_features_of_an_empty_page() -> None:
    assert features([]) == []


def test_comment_headers_are_counted_before_and_around_a_line() -> None:
    text = "\n".join(["An article line that reads as prose and ends as a sentence does, in the usual way."] * 3
                     + ["Alex on September 17 said:", "I disagree with this.", "Reply", "Sam on September 18 said:",
                        "Good point."])
    rows = features(page_lines(text))
    before = FEATURE_NAMES.index("comments_before")
    near = FEATURE_NAMES.index("comments_near")
    assert rows[0][before] == 0.0 and rows[-1][before] > rows[4][before] > 0.0
    assert rows[4][near] > 0.0


def test_trailer_headings_in_several_languages_and_with_counts() -> None:
    for heading in ("Related", "[ 167 comments ]", "Comments (12)", "» Read more", "More from Reuters",
                    "Você pode gostar...", "Lesen Sie auch:", "Читайте также", "관련기사"):
        assert is_trailer_heading(heading), heading
    for line in ("The related story ran on Monday.", "Comments were closed after the vote, officials said.",
                 "More than 100 people attended", "Seoul"):
        assert not is_trailer_heading(line), line


def test_lines_below_a_trailer_heading_after_the_article_say_so() -> None:
    prose = "An article line that reads as prose and ends as a sentence does, in the usual way, on every page."
    text = "\n".join(["Related", prose, prose, "Read more", "Another story's headline here", prose])
    rows = features(page_lines(text))
    own = FEATURE_NAMES.index("trailer_heading")
    below = FEATURE_NAMES.index("trailer_before")
    assert [r[own] for r in rows] == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    # "Related" above the first prose line heads nothing of the article: not counted
    assert rows[1][below] == rows[2][below] == rows[3][below] == 0.0
    assert rows[4][below] > 0.0 and rows[5][below] == rows[4][below]
