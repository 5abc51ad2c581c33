"""A leader who removes an official told by post alone ("sacked his finance minister", "dismissed the government") is
the source of the dismissal, and the target is the leader's state, whose official leaves
(``roles_posts._unnamed_official_removed``). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, names, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, leader, state", [
    ("Kenyan President Mwai Kamau sacked his finance minister on Monday.", "Mwai Kamau", "KEN"),
    ("Russian President Pavel Orlov dismissed the entire government on Tuesday.", "Pavel Orlov", "RUS"),
])
def test_the_leader_removes_his_states_official(annotate_text: Annotate, text: str, leader: str, state: str) -> None:
    doc = annotate_text(text)
    dismissals = of_type(doc, "DISMISS")
    assert dismissals and names(doc, dismissals[0].source) == {leader}, doc.events
    assert countries(doc, dismissals[0].target) == {state} and leader not in names(doc, dismissals[0].target), \
        doc.events


def test_a_named_official_is_the_target(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan President Mwai Kamau sacked Finance Minister David Otieno on Monday.")
    dismissals = of_type(doc, "DISMISS")
    assert dismissals and names(doc, dismissals[0].target) == {"David Otieno"}, doc.events
