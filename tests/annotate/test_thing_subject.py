"""A guess whose subject is a thing names nobody who would act, so nobody is committed (annotate/events.py,
``_thing_subject``; real-page audit class "non-events": hypothetical consequences). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_that_would_help_commits_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Nairobi could cut fuel duties next month. That would help the Kenyan president with "
                        "angry farmers.")
    assert not of_type(doc, "AGREE"), _types(doc)


def test_a_plan_that_would_help_commits_nobody(annotate_text: Any) -> None:
    doc = annotate_text("The plan would help Kenya rebuild its roads.")
    assert not of_type(doc, "AGREE"), _types(doc)


def test_a_leader_willing_to_receive_envoys_is_still_committed(annotate_text: Any) -> None:
    doc = annotate_text("Kenya's president told reporters on Tuesday that he would be willing to receive envoys of "
                        "Sudan's army and the rebels in Nairobi.")
    assert of_type(doc, "AGREE"), _types(doc)
