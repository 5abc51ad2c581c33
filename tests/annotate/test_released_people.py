"""People a state holds after seizing them at sea or abroad (fishermen, sailors, a crew, another state's nationals)
are released like prisoners: RETREAT release (GUIDE.md: releasing prisoners; lexicon entry ``retreat.release``).
Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import countries, of_type


@pytest.mark.parametrize(("text", "state"), [
    ("Officials said on Monday that Eritrea had released nine Yemeni sailors on Friday.", "YEM"),
    ("Pakistan released 80 Indian fishermen at the Wagah crossing on Thursday.", "IND"),
    ("Three days after the talks, Iran released two detained Dutch seamen.", "NLD"),
    ("On Friday Venezuela released six Colombian nationals it had held since March.", "COL"),
])
def test_people_seized_abroad_are_released(annotate_text: Any, text: str, state: str) -> None:
    doc = annotate_text(text)
    releases = [e for e in of_type(doc, "RETREAT") if e.mode == "release"]
    assert releases and state in countries(doc, releases[0].target), doc.events


def test_a_crew_list_or_a_report_released_is_no_release(annotate_text: Any) -> None:
    doc = annotate_text("The ferry company released its crew roster and a report on the sinking on Tuesday.")
    assert not of_type(doc, "RETREAT"), doc.events
