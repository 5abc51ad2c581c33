"""A complement can make an event word an everyday act: releasing a report frees nobody, committing suicide commits to
nothing, taking a look is no inquiry (annotate/idle_objects.py, issue 12). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from dateline.annotate.idle_objects import idle_object
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_releasing_a_report_frees_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Belarus released a report on Sergei Tikhanovsky on Saturday.")
    assert not of_type(doc, "RETREAT"), _types(doc)


def test_releasing_a_person_stays_a_release(annotate_text: Any) -> None:
    doc = annotate_text("Belarus released opposition leader Sergei Tikhanovsky on Saturday.")
    assert of_type(doc, "RETREAT"), _types(doc)


def test_a_suicide_is_no_commitment_but_a_pledge_is(annotate_text: Any) -> None:
    assert not of_type(annotate_text("The banker Ivan Petrov committed suicide in his cell in August."), "AGREE")
    assert of_type(annotate_text("Lithuania committed on Monday to buy German tanks."), "AGREE")


def test_taking_a_look_or_a_break_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text("Ivan Petrov took a look at the plan on Monday. Ivan Petrov took a break on Tuesday.")
    assert not doc.events, _types(doc)


def test_taking_power_stays(annotate_text: Any) -> None:
    assert of_type(annotate_text("Ivan Petrov took power in Moldova on Monday."), "APPOINT")


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_idle_object_names_the_complement(nlp: Any) -> None:
    assert idle_object(_word(nlp("A video of the raid was released."), "released")).text == "video"
    assert idle_object(_word(nlp("Officers called an ambulance."), "called")).text == "ambulance"
    assert idle_object(_word(nlp("Please let me know."), "let")).text == "know"
    nominal = nlp("the release of the footage, and the release of the hostages")
    first, second = (t for t in nominal if t.text == "release")
    assert idle_object(first).text == "footage" and idle_object(second) is None


def test_executing_a_warrant_or_a_plan_kills_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan police said their warrant for Peter Otieno was executed at his farm on Friday. "
                        "The Ugandan army executed its plan to retake the bridge on Monday.")
    assert not of_type(doc, "DIE") and not of_type(doc, "ASSAULT"), _types(doc)
