"""A vehicle's run or mishap is no visit and no act (annotate/journeys.py). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.journeys import vehicle_mishap, vehicle_run
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "The Sunrise Train can cover the 420km trip between Perth and Geraldton in about five hours.",
    "The ferry can cover the trip between Dover and Calais in 90 minutes.",
    "Police said the Sunrise Train left the tracks and overturned at 2am about 300km north of Perth.",
])
def test_a_vehicles_run_or_mishap_is_no_event(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not doc.events, _types(doc)


def test_a_leaders_trip_stays_a_visit(annotate_text: Any) -> None:
    doc = annotate_text("Moldova's prime minister made a two-day trip to Bucharest on Monday for talks on energy.")
    assert of_type(doc, "CONSULT"), _types(doc)


def test_a_verdict_overturned_stays_a_concession(annotate_text: Any) -> None:
    doc = annotate_text("A Kenyan court overturned the conviction of opposition leader Ana Wambui on Monday.")
    assert of_type(doc, "CONCEDE"), _types(doc)


def test_the_vehicle_is_named(nlp: Any) -> None:
    doc = nlp("The night ferry capsized off Lamu, and the bus came off the road near Voi.")
    assert vehicle_mishap(next(t for t in doc if t.text == "capsized")).text == "ferry"
    assert vehicle_run(next(t for t in doc if t.text == "came")).text == "bus"


def test_talks_between_two_sides_are_no_route(annotate_text: Any) -> None:
    doc = annotate_text("Talks between Peru and Chile on the maritime border were held in Lima on Monday.")
    assert of_type(doc, "CONSULT"), _types(doc)
