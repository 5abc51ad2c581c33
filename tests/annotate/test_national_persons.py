"""One unnamed person a state modifies is a GROUP actor of that state, as the plural is ("Iran detained a British aid
worker" befalls the United Kingdom): ``actors.NATIONAL_PERSON_NOUNS``. Never without a state ("a journalist"), never
for a title before a name ("Turkish journalist Deniz Aksoy" is that person), and a stance is no nationality ("an
anti-Syria journalist": ``nationality._stance``). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import countries, names, of_type


@pytest.mark.parametrize(("text", "kind", "state"), [
    ("Iran detained a British aid worker in May.", "COERCE", "GBR"),
    ("Belarus arrested a Polish journalist on Monday.", "COERCE", "POL"),
    ("A Japanese tourist was killed in Bali on Saturday.", "DIE", "JPN"),
])
def test_an_unnamed_national_is_an_actor_of_the_state(annotate_text: Any, text: str, kind: str, state: str) -> None:
    doc = annotate_text(text)
    assert any(state in countries(doc, e.target) for e in of_type(doc, kind)), doc.events


def test_an_unnamed_person_of_no_state_is_no_actor(annotate_text: Any) -> None:
    doc = annotate_text("Police arrested a journalist in the capital on Monday.")
    assert not any("journalist" in n for e in doc.events for n in names(doc, e.target)), doc.events


def test_a_title_before_a_name_is_the_person(annotate_text: Any) -> None:
    doc = annotate_text("Ankara released Turkish journalist Deniz Aksoy on Friday.")
    assert any("Deniz Aksoy" in names(doc, e.target) for e in doc.events), doc.events
    assert not any("Turkish journalist" in names(doc, e.target) for e in doc.events), doc.events


def test_a_stance_is_no_nationality(annotate_text: Any) -> None:
    doc = annotate_text("Police in Beirut detained an anti-Syria activist on Monday.")
    assert not any("activist" in e.name and e.country == "SYR" for e in doc.entities), doc.entities
