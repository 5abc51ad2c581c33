"""A post told with dates in a clause of its own is a career step (``annotate._career_events``): "served as finance
minister from 2016 to 2019" is an appointment in 2016 and a departure in 2019. A post kept to this day ("has led the
department since 2019") is a standing state, no appointment (GUIDE.md: the standing present is ``not_event``), while
the act the sentence reports stays. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


def test_a_closed_term_is_an_appointment_and_a_departure(annotate_text: Any) -> None:
    doc = annotate_text("Mayor Tomas Lenti met the envoy on Monday. Lenti served as finance minister from 1994 to 1996.")
    starts = [e.date.start for e in of_type(doc, "APPOINT") if e.date and any("Lenti" in n for n in names(doc, e.target))]
    ends = [e.date.start for e in of_type(doc, "DISMISS") if e.date and any("Lenti" in n for n in names(doc, e.target))]
    assert starts == ["1994-01-01"] and ends == ["1996-01-01"], doc.events


@pytest.mark.parametrize("text", [
    "Police chief Darnell Okafor, who has led the department since 2019, was suspended in December.",
    "Senator Ray Dunn, who has served as party leader since 1995, criticised the budget on Tuesday.",
])
def test_a_post_kept_since_a_date_is_no_appointment(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "APPOINT"), doc.events
