"""Whoever is, stays or remains in a place "for talks" or "for a summit" takes part in the meeting: its doer
(``arguments.ArgumentReader._noun_on_phrase``), so the meeting keeps both sides. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import countries, names, of_type


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("Chile's foreign minister, Ana Rojas, is in Lima for talks with Peruvian officials, her office said on Monday.",
     "Ana Rojas", "PER"),
    ("The Estonian prime minister, Kaja Tamm, was in Vilnius on Friday for a meeting with Lithuania's president.",
     "Kaja Tamm", "LTU"),
    ("Nepalese Foreign Minister Bimala Rai was in Delhi on Thursday for consultations with Indian officials.",
     "Bimala Rai", "IND"),
])
def test_a_stay_for_talks_makes_the_visitor_a_side(annotate_text: Any, text: str, guest: str, host: str) -> None:
    doc = annotate_text(text)
    meetings = of_type(doc, "CONSULT")
    assert meetings and guest in names(doc, meetings[0].actors()), doc.events
    assert host in countries(doc, meetings[0].actors()), doc.events


def test_being_ready_for_talks_is_no_meeting(annotate_text: Any) -> None:
    doc = annotate_text("Nepal's foreign minister said on Monday that the time was right for talks with India.")
    assert not of_type(doc, "CONSULT"), doc.events
