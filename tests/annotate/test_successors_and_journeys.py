"""Successions told with a subject the verb does not hold ("was unopposed to replace Y", "her deputy, X, will
replace Y"), journeys to a state for a gathering, and "the country" standing for the state named before it (issue 13:
real news pages, blind set of stop 43). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, successor, predecessor", [
    # the successor is the subject of the clause "to replace" hangs on
    ("Senator Tomas Berg of Leeds was unopposed on Tuesday to replace Ana Vidal as the party's whip.",
     "Tomas Berg", "Ana Vidal"),
    # the subject is a post named by its holder in apposition
    ("Her deputy, Karl Mann, will replace Lena Ost as interior minister, officials said on Monday.",
     "Karl Mann", "Lena Ost"),
    ("The deputy finance minister, Karl Mann, replaced Lena Ost on Monday.", "Karl Mann", "Lena Ost"),
])
def test_a_successor_named_outside_the_verb_takes_the_post(annotate_text: Annotate, text: str, successor: str,
                                                           predecessor: str) -> None:
    doc = annotate_text(text)
    appointed = [_names(doc, ev.target) for ev in _of_type(doc, "APPOINT")]
    left = [_names(doc, ev.target) for ev in _of_type(doc, "DISMISS")]
    assert {successor} in appointed, doc.events
    assert {predecessor} in left and not any(predecessor in who for who in appointed), doc.events


def test_a_successor_only_expected_is_no_event(annotate_text: Annotate) -> None:
    doc = annotate_text("Grace Mensah is expected to succeed Yaw Boateng as party leader.")
    assert not _of_type(doc, "APPOINT") and not _of_type(doc, "DISMISS"), doc.events


def test_a_journey_to_a_state_for_a_gathering_visits_the_state(annotate_text: Annotate) -> None:
    doc = annotate_text("Dutch Foreign Minister Karl Mann will travel to Egypt on Monday for a conference on Iraq.")
    [visit] = _of_type(doc, "CONSULT")
    assert "EGY" in _countries(doc, visit.target), doc.events


def test_a_journey_to_a_city_for_a_gathering_still_visits_no_state(annotate_text: Annotate) -> None:
    doc = annotate_text("Dutch Foreign Minister Karl Mann flew to Vienna on Monday for the donor conference.")
    assert not any("AUT" in _countries(doc, ev.target) for ev in doc.events), doc.events


@pytest.mark.parametrize("text, state", [
    ("Floods hit Sri Lanka on Sunday. The country has requested that the WHO supply emergency health kits.", "LKA"),
    ("An earthquake struck northern Peru on Monday. The nation asked Chile for tents and water.", "PER"),
])
def test_the_country_is_the_state_named_before(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [request] = _of_type(doc, "REQUEST")
    assert state in _countries(doc, request.source), doc.events


def test_another_country_is_not_the_state_named_before(annotate_text: Annotate) -> None:
    doc = annotate_text("Floods hit Sri Lanka on Sunday. The other country has requested that the WHO send kits.")
    assert not any("LKA" in _countries(doc, ev.source) for ev in _of_type(doc, "REQUEST")), doc.events

