"""A gathering of protesters, or of a crowd that demands, chants or protests, is a demonstration (PROTEST demo);
mourners and onlookers are not (issue 12: events found nowhere). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, state", [
    ("A crowd of Peruvian cocoa farmers converged on the regional assembly in Cusco on Monday, chanting slogans "
     "against the tax.", "PER"),
    ("Some 3,000 Nigerian marchers gathered outside the labour ministry in Abuja on Thursday.", "NGA"),
    ("A crowd of several hundred gathered outside a police station in Nairobi on Sunday, demanding the release "
     "of a jailed blogger.", "KEN"),
])
def test_a_protesting_crowd_gathering_is_a_demonstration(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "demo"
    assert state in _countries(doc, protest.actors())


@pytest.mark.parametrize("text", [
    "Mourners gathered outside the cathedral in Lisbon on Sunday.",
    "A large crowd gathered at the scene of the crash in Porto on Sunday.",
])
def test_other_gatherings_are_no_protest(annotate_text: Annotate, text: str) -> None:
    assert not _of_type(annotate_text(text), "PROTEST")


@pytest.mark.parametrize("text, state", [
    ("On Wednesday, about 200 Kenyan truck drivers blocked the highway near the border crossing, demanding the release "
     "of their colleagues.", "KEN"),
    ("Hundreds of Bolivian farmers blocked the main highway to La Paz on Monday.", "BOL"),
])
def test_civilians_blocking_a_road_obstruct_it_in_protest(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "obstruct"
    assert state in _countries(doc, protest.actors())


def test_a_road_blocked_by_a_landslide_is_no_protest(annotate_text: Annotate) -> None:
    assert not _of_type(annotate_text("A landslide blocked the highway near Cusco on Monday."), "PROTEST")
