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
