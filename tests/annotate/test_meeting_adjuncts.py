"""A meeting a clause happened in or at ("raised the issue in talks with Y", "at a meeting with Y") is a meeting of
the clause's subject with Y; "the talks" told as a known process, and other acts after "in", say nothing of who met.
All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text", [
    "The Estonian foreign minister raised the issue in talks with his Latvian counterpart on Tuesday.",
    "The Estonian foreign minister voiced concern at a meeting with his Latvian counterpart on Tuesday.",
])
def test_a_meeting_the_clause_happened_in_is_the_subjects(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    met = [_countries(doc, ev.source + ev.target + ev.participants) for ev in _of_type(doc, "CONSULT")]
    assert {"EST", "LVA"} in met, doc.events


def test_talks_told_as_a_known_process_are_no_meeting(annotate_text: Annotate) -> None:
    doc = annotate_text("The Estonian premier has agreed to Finnish mediation in the border talks with Latvia, "
                        "an Estonian official said.")
    assert not _of_type(doc, "CONSULT"), doc.events


@pytest.mark.parametrize("text", [
    "Bolivia and Peru signed a border accord after talks in Lima on Monday.",
    "After talks in Lima on Monday, Bolivia and Peru agreed to reopen the border.",
    "Bolivia and Peru signed a border accord following two days of talks in Lima.",
])
def test_talks_of_the_sides_the_clause_joins_are_their_meeting(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    met = [_countries(doc, ev.source + ev.target + ev.participants) for ev in _of_type(doc, "CONSULT")]
    assert {"BOL", "PER"} in met, doc.events


def test_a_measure_of_talks_with_a_partner_is_a_meeting(annotate_text: Annotate) -> None:
    doc = annotate_text("Bolivia signed the accord on Monday after three rounds of talks with Peru.")
    met = [_countries(doc, ev.source + ev.target + ev.participants) for ev in _of_type(doc, "CONSULT")]
    assert {"BOL", "PER"} in met, doc.events


@pytest.mark.parametrize("text", [
    "Bolivia and Peru signed the accord after the talks.",
    "Bolivia signed the accord after talks in Lima on Monday.",
])
def test_known_talks_or_talks_of_one_side_name_no_meeting(annotate_text: Annotate, text: str) -> None:
    assert not _of_type(annotate_text(text), "CONSULT")
