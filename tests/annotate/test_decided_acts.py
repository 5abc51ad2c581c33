"""An act told as the content of a decision or an order is told as done, with the decision's time; a plan, an
invitation or an attempt stays unrealised (annotate/events.py::_subordinate, DECISION_NOUNS; GUIDE.md)."""

from __future__ import annotations

from event_helpers import countries, of_type


def test_the_act_decided_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Lima condemned Chile's decision to expel two Peruvian diplomats on Monday.")
    [expulsion] = of_type(doc, "SANCTION")
    assert expulsion.mode == "expel" and countries(doc, expulsion.source) == {"CHL"}
    assert expulsion.date is not None and expulsion.date.start == "2025-03-17"
    assert of_type(doc, "ACCUSE")


def test_a_plan_or_an_invitation_is_not_the_act(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Lima condemned Chile's plan to expel two Peruvian diplomats on Monday.")
    assert not of_type(doc, "SANCTION"), [(e.type, e.trigger) for e in doc.events]
    doc = annotate_text("Chile sent Peru an invitation to meet its foreign minister on Monday.")
    assert [e.trigger for e in doc.events if e.trigger == "meet"] == []
