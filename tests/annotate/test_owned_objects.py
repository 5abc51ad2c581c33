"""A stance on a thing that a possessive pronoun gives to another person is aimed at that person
(``roles_speech._role_owner_of_judged_object``). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, typ, owner", [
    ("German Chancellor Olaf Brandt met Polish President Jan Nowak on Monday. Brandt criticized his decision to "
     "close the border.", "ACCUSE", "Jan Nowak"),
    ("Senator Tom Hale met President Ellen Carter on Tuesday. Hale criticized her handling of the crisis.",
     "ACCUSE", "Ellen Carter"),
    ("Marta Lind met the Latvian prime minister, Karlis Ozols, on Monday. She praised his efforts to curb "
     "smuggling.", "SUPPORT", "Karlis Ozols"),
])
def test_the_owner_of_the_judged_thing_is_the_target(annotate_text: Annotate, text: str, typ: str,
                                                     owner: str) -> None:
    doc = annotate_text(text)
    stances = of_type(doc, typ)
    assert stances and names(doc, stances[-1].target) == {owner}, doc.events


def test_praise_of_ones_own_is_aimed_at_no_one_else(annotate_text: Annotate) -> None:
    # a man praising "his" team: the pronoun may well be his own, so no one else is taken
    doc = annotate_text("Prime Minister Karl Berg met the opposition leader, Jonas Falk, on Monday. Berg praised his "
                        "team's work on the budget.")
    assert not any(names(doc, ev.target) == {"Jonas Falk"} for ev in of_type(doc, "SUPPORT")), doc.events


def test_an_owner_of_the_other_gender_is_not_taken(annotate_text: Annotate) -> None:
    doc = annotate_text("Senator Tom Hale met President Ellen Carter on Tuesday. Carter criticized his handling of "
                        "the crisis.")
    assert not any(names(doc, ev.target) == {"Ellen Carter"} for ev in of_type(doc, "ACCUSE")), doc.events
