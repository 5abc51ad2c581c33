"""A threat made by police named without their state ("officers threatened to open fire") is made by a state's body,
like its arrests (roles_courts.ORGAN_ACTS): the state of the police named before, else of the story; never the state of
those the threat is aimed at. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


def test_officers_threatening_force_act_for_the_police_named_before(annotate_text: Annotate) -> None:
    doc = annotate_text("Moldovan riot police cleared a square in Chisinau on Sunday.\n\nOfficers threatened "
                        "on Monday to fire rubber bullets at anyone who came back to the square.")
    [threat] = _of_type(doc, "THREATEN")
    assert _countries(doc, threat.source) == {"MDA"}


def test_a_police_threat_is_not_made_by_the_state_of_those_threatened(annotate_text: Annotate) -> None:
    doc = annotate_text("Students held the law faculty in Chisinau for a week in Moldova.\n\nOfficers threatened on "
                        "Monday to fire on the Romanian students if they did not leave, a union leader said.")
    [threat] = _of_type(doc, "THREATEN")
    assert _countries(doc, threat.source) == {"MDA"}
    assert _countries(doc, threat.target) == {"ROU"}
