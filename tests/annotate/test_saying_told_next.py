"""A speech act whose sentence names no time takes the day the next sentence gives its speaker's saying
(``dating.saying_told_next``). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import of_type

Annotate = Callable[..., Document]

STORY = ("Palestinian officials said on Saturday that Israel might free the prisoner. Israeli Foreign Minister Avi "
         "Dror ruled that out. \"He is a murderer,\" {speaker} said Thursday.")


def test_the_speakers_saying_next_dates_the_act(annotate_text: Annotate) -> None:
    doc = annotate_text(STORY.format(speaker="Dror"), "2026-03-07")
    refusals = of_type(doc, "REJECT")
    assert refusals and refusals[0].date is not None and refusals[0].date.start == "2026-03-05", doc.events


def test_another_speakers_saying_does_not(annotate_text: Annotate) -> None:
    doc = annotate_text(STORY.format(speaker="Peres"), "2026-03-07")
    refusals = of_type(doc, "REJECT")
    assert refusals and (refusals[0].date is None or refusals[0].date.start != "2026-03-05"), doc.events
