"""Arms and equipment a state gives or hands to another (``aid.send_troops`` with "give" / "hand" and military
objects), and a company's supply of planes, which is no aid. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, typ", [
    ("Turkey gave Azerbaijan six patrol boats on Tuesday.", "AID"),
    ("Japan said on Monday it would give Vietnam two coast guard cutters.", "AGREE"),
])
def test_equipment_given_to_a_state(annotate_text: Annotate, text: str, typ: str) -> None:
    doc = annotate_text(text)
    events = of_type(doc, typ)
    assert events and countries(doc, events[0].target) <= {"AZE", "VNM"} and countries(doc, events[0].target), \
        doc.events


def test_a_company_supplying_planes_is_no_aid(annotate_text: Annotate) -> None:
    doc = annotate_text("The contract called for the company to supply 100 planes to the air force.")
    assert not doc.events


def test_special_treatment_given_is_no_aid(annotate_text: Annotate) -> None:
    doc = annotate_text("A former Navy official admitted on Monday giving special treatment to the firm.")
    assert not of_type(doc, "AID") and not of_type(doc, "MOBILIZE"), doc.events


@pytest.mark.parametrize("text", [
    "Rebels in the north gave up their weapons to the army on Monday.",
    "Iraq handed its arms to the inspectors on Monday.",
])
def test_arms_given_up_are_no_aid(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "AID") and not of_type(doc, "MOBILIZE"), doc.events
