"""A strike told by a light verb ("went on strike") or by stopping work ("downed tools", "stopped work") is PROTEST
strike; a firm halting work is not (issue 12: events found nowhere). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, state", [
    ("Ghanaian nurses went on strike on Monday.", "GHA"),
    ("Zambian copper miners went on an indefinite strike on Wednesday.", "ZMB"),
    ("Copper miners in Zambia downed tools on Wednesday over unpaid bonuses.", "ZMB"),
    ("Bus drivers in Lisbon stopped work for 24 hours on Tuesday over a pay freeze.", "PRT"),
])
def test_a_work_stoppage_is_a_strike(annotate_text: Annotate, text: str, state: str) -> None:
    doc = annotate_text(text)
    [protest] = _of_type(doc, "PROTEST")
    assert protest.mode == "strike"
    assert _countries(doc, protest.source) == {state}
    assert not _of_type(doc, "ASSAULT")


def test_a_contractor_halting_work_is_no_strike(annotate_text: Annotate) -> None:
    assert not annotate_text("Contractors stopped work on the new dam in Uganda after funding ran out.").events
