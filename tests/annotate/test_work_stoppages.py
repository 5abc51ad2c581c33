"""A strike told by a light verb ("went on strike") or by stopping work ("downed tools", "stopped work") is PROTEST
strike; a firm halting work is not (issue 12: events found nowhere). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, state", [
    ("Ghanaian nurses went on strike on Monday.", "GHA"),
    ("Zambian copper miners went on an indefinite strike on Wednesday.", "ZMB"),
    ("Copper miners in Zambia downed tools on Wednesday over unpaid bonuses.", "ZMB"),
    ("Bus drivers in Lisbon stopped work for 24 hours on Tuesday over a pay freeze.", "PRT"),
])
def test_a_work_stoppage_is_a_strike(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "strike"
    assert _countries(doc, protest.source) == {state}
    assert not _of_type(doc, "ASSAULT")


def test_a_contractor_halting_work_is_no_strike(annotate_text: Annotate) -> None:
    assert not annotate_text("Contractors stopped work on the new dam in Uganda after funding ran out.").events



@pytest.mark.parametrize("text", [
    "Ghanaian Mayor Tomas Reyk walked across the square in Accra to greet the crowd on Sunday.",
    "Hungarian Minister Lena Varga walked into the press room in Budapest an hour late on Monday.",
    "Two Kenyan pupils were walking to school in Kisumu on Tuesday when the storm began.",
])
def test_a_walk_that_is_no_walkout_is_no_strike(annotate_text: Annotate, text: str) -> None:
    """Walking into a room or down a street is no protest, however sure the learned decision is (``senses.walks_only``:
    a walk is a strike only "out")."""
    doc = annotate_text(text)
    assert not _of_type(doc, "PROTEST"), [(e.type, e.trigger) for e in doc.events]


def test_walking_off_the_job_is_a_strike(annotate_text: Annotate) -> None:
    """ "Walked off the job" leaves work as "walked out" does (``senses.walks_only``, ``protest.walk_off``)."""
    doc = annotate_text("Kenyan hospital cleaners walked off the job in Eldoret on Thursday over late pay.")
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "strike"


def test_a_walkout_stays_a_strike(annotate_text: Annotate) -> None:
    doc = annotate_text("Dock workers in Mombasa walked out on Friday over unpaid wages.")
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "strike" and _countries(doc, protest.source) == {"KEN"}
