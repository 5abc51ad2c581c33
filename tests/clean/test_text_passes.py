"""Test that clean_text runs as ordered, named passes over one state, each logged by name at debug level."""

from __future__ import annotations

import logging

import pytest

from dateline.clean.text import PASSES, TextCleaning, clean_text, split_lines
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

ARTICLE = (
    "Home | World | Sport\n\n"
    "Ministers meet in Geneva to discuss the ceasefire\n\n"
    "The foreign ministers of the two countries met in Geneva on Tuesday to discuss a ceasefire along the border.\n\n"
    "The talks lasted five hours and ended without a joint statement, officials from both delegations said.\n\n"
    "A second round of talks is expected next month, according to a diplomat familiar with the plans.\n"
)


def _page(text: str) -> RawPage:
    return RawPage(source=Source("t.txt"), content=text, kind="text")


def test_the_passes_run_in_data_order() -> None:
    assert [name for name, _ in PASSES] == [
        "split_lines", "classify_lines", "drop_above_head", "drop_comment_thread", "drop_template_edges",
        "set_captions_apart", "cut_widgets", "cut_credits", "read_metadata", "assemble_body", "date_page"]


def test_every_pass_is_logged_by_name(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="dateline.clean.text"):
        doc = clean_text(_page(ARTICLE), Options())
    assert "ceasefire" in doc.body
    logged = [r.args[1] for r in caplog.records if r.msg.startswith("%s: clean pass") and r.args]
    assert logged == [name for name, _ in PASSES]


def test_a_page_without_lines_stops_at_the_first_pass() -> None:
    state = TextCleaning(_page(" \n\n "), Options(), None, frozenset())
    with pytest.raises(CleanError) as caught:
        split_lines(state)
    assert caught.value.code == "C001"
