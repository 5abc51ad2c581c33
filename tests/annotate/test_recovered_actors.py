"""Tests for the recovery passes of dateline.annotate.events: actors found for an event that would otherwise be
dropped for lack of them (invented examples; issues 12/13, events typed right then dropped)."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


def test_a_letter_handed_over_is_addressed_to_whom_it_is_handed(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Swedish envoy Marta Lind delivered a letter to Polish President Jan Kowalczyk on Friday.")
    consults = _of_type(doc, "CONSULT")
    assert len(consults) == 1
    assert _names(doc, consults[0].source) == {"Marta Lind"}
    assert _names(doc, consults[0].target) == {"Jan Kowalczyk"}
