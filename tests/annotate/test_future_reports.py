"""A time told in a reported clause about the future ("said the two would sign an accord next month") dates that
clause's act, never a past act beside it ("met Y and said ..."); an act told in the future itself may follow on from
it. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text", [
    "British envoy Tom Hill met Peruvian President Alan Ruiz on a visit to Lima and said the two countries would sign "
    "a trade accord next month.",
    "British envoy Tom Hill told reporters after meeting Peruvian President Alan Ruiz that the two countries would "
    "sign a trade accord next month.",
])
def test_a_past_meeting_is_not_dated_by_the_future_it_reports(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text, published="2025-03-18")
    meetings = [ev for ev in of_type(doc, "CONSULT") if ev.modality == "asserted"]
    assert meetings, doc.events
    assert all(ev.date is None or ev.date.start is None or ev.date.start < "2025-04-01" for ev in meetings), doc.events
    signings = of_type(doc, "AGREE")
    assert signings and signings[0].date is not None and signings[0].date.start == "2025-04-01", doc.events
