"""Tests for dateline.clean.line_features: the feature layout and the named features."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dateline.clean
from dateline.clean.line_features import FEATURE_NAMES, LINE_FEATURES, LineFacts, features
from dateline.clean.lines import describe_page, page_lines


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


def test_feature_names_are_those_of_the_table_and_of_the_shipped_model() -> None:
    shipped = json.loads((Path(dateline.clean.__file__).parent / "line_model.json").read_text(encoding="utf-8"))
    assert FEATURE_NAMES == tuple(name for name, _ in LINE_FEATURES) == tuple(shipped["features"])
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_every_feature_has_a_one_line_docstring() -> None:
    for name, feature in LINE_FEATURES:
        assert feature.__doc__ and "\n" not in feature.__doc__.strip(), name


@pytest.mark.parametrize(("line", "name", "value"), [
    ("By Jane Doe", "byline_shape", 1.0),
    ("Jane Doe reported from the scene of the accident on the coast road this week.", "byline_shape", 0.0),
    ("March 3, 2024", "mostly_date", 1.0),
    ("The council met on March 3, 2024 to discuss the budget for the coming year.", "mostly_date", 0.0),
    ("(AP Photo/Jane Doe)", "credit_shape", 1.0),
    ("© 2024 Example News. All rights reserved.", "copyright", 1.0),
    ("BREAKING NEWS", "all_caps", 1.0),
    ("Share on Facebook", "ui_words", 1.0),
    ("Go", "tiny", 1.0),
])
def test_a_named_feature_reads_its_line_shape(line: str, name: str, value: float) -> None:
    page = describe_page(page_lines(line))
    feature = dict(LINE_FEATURES)[name]
    assert feature(LineFacts.of(page, 0)) == value
    assert features(page.lines)[0][FEATURE_NAMES.index(name)] == value


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
