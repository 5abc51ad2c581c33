"""Whom a demand is addressed to and whom a refusal answers (``annotate/roles_requests.py`` and the extradition
reading of ``roles_speech._role_asked_of``). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


def test_calls_for_two_states_along_with_a_third_are_one_demand_on_all(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Norway's envoy renewed calls on Tuesday for Kenya, along with Tanzania, to reopen the border.")
    [event] = _of_type(doc, "REQUEST")
    assert _countries(doc, event.target) == {"KEN", "TZA"}


def test_along_with_before_the_verb_is_not_asked(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Norway, along with Denmark, urged Kenya on Monday to reopen the border.")
    assert {c for e in _of_type(doc, "REQUEST") for c in _countries(doc, e.target)} == {"KEN"}


def test_an_extradition_called_for_from_a_state_asks_that_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Poland called on Monday for the extradition of the banker Ivan Petrov from Austria.")
    [event] = _of_type(doc, "REQUEST")
    assert _countries(doc, event.target) == {"AUT"} and _names(doc, event.participants) == {"Ivan Petrov"}


def test_a_refused_handover_answers_the_receiving_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Austria refused on Monday to hand over the banker Ivan Petrov to Poland.")
    [event] = _of_type(doc, "REJECT")
    assert _countries(doc, event.source) == {"AUT"} and _countries(doc, event.target) == {"POL"}


def test_a_refused_proposal_by_a_state_answers_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana on Monday rejected the proposal by Togo to share the port.")
    [event] = _of_type(doc, "REJECT")
    assert _countries(doc, event.target) == {"TGO"}


def test_a_demand_made_in_a_letter_asks_its_addressee(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("In a letter to the Kenyan president on Friday, Uganda's foreign minister asked for the return "
                        "of the cattle.")
    [event] = _of_type(doc, "REQUEST")
    assert _countries(doc, event.source) == {"UGA"} and _countries(doc, event.target) == {"KEN"}


def test_rejecting_it_answers_the_one_who_asked(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenya asked Uganda on Monday for a loan of grain. Kampala rejected it on Tuesday.")
    [event] = _of_type(doc, "REJECT")
    assert _countries(doc, event.source) == {"UGA"} and _countries(doc, event.target) == {"KEN"}


def test_a_report_refused_before_its_object_answers_its_maker(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana on Monday dismissed as groundless a Togolese army report that its troops had crossed "
                        "the border.")
    [event] = _of_type(doc, "REJECT")
    assert _countries(doc, event.source) == {"GHA"} and _countries(doc, event.target) == {"TGO"}
