"""Tests for dateline.clean.lines: line splitting and the feature layout."""

from __future__ import annotations

from dateline.clean.lines import FEATURE_NAMES, features, page_lines


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
