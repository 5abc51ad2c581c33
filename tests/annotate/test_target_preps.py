"""Support given "behind" someone ("rallied behind X", "threw its weight behind X's plan") is aimed at X; a broker of
something "between A and B" acts on A and B, and talks it mediates are on the day it mediates them.
All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, backer, backed", [
    ("Spain threw its weight behind Morocco's autonomy plan on Tuesday.", "ESP", "MAR"),
    ("Hungarian Prime Minister Gabor Nagy rallied behind Serbian President Milan Jovic on Saturday.", "HUN", "SRB"),
])
def test_support_behind_someone_is_aimed_at_them(annotate_text: Annotate, text: str, backer: str, backed: str) -> None:
    doc = annotate_text(text)
    support = of_type(doc, "SUPPORT")
    assert support and countries(doc, support[0].source) == {backer}, doc.events
    assert countries(doc, support[0].target) == {backed}, doc.events


@pytest.mark.parametrize("text, broker, sides", [
    ("Egypt brokered a ceasefire between Israel and Hamas on Sunday.", "EGY", {"ISR", "PSE"}),
    ("Qatar mediated a dispute between Kenya and Somalia on Monday.", "QAT", {"KEN", "SOM"}),
])
def test_a_broker_acts_on_the_two_sides_its_object_names(annotate_text: Annotate, text: str, broker: str,
                                                          sides: set[str]) -> None:
    # GUIDE.md: mediation between A and B is CONSULT third-party, the mediator the source, both sides the target
    doc = annotate_text(text)
    mediation = [ev for ev in of_type(doc, "CONSULT") if countries(doc, ev.source) == {broker}]
    assert mediation and countries(doc, mediation[0].target) == sides, doc.events


def test_talks_a_third_side_mediated_take_the_day_of_the_mediating(annotate_text: Annotate) -> None:
    doc = annotate_text("Qatar mediated talks between Kenya and Somalia in Doha on Monday.", published="2025-03-18")
    talks = of_type(doc, "CONSULT")
    assert talks and talks[0].date is not None and talks[0].date.start == "2025-03-17", doc.events
