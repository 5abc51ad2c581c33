"""The wrong someone is suspected of is no act of those who arrest or name them (``accusations.suspected_act``, read
by ``events._clause_actors``). All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries, of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text", [
    "Italian police arrested a local businessman, Aldo Ferri, as a suspect in the killing on Monday.",
    "Italian police detained two men on Monday in connection with the bombing of the embassy.",
])
def test_the_suspected_wrong_is_not_the_arresters(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert of_type(doc, "COERCE"), doc.events
    assert not any(countries(doc, ev.source) == {"ITA"} for ev in of_type(doc, "ASSAULT")), doc.events


def test_an_attack_told_beside_an_arrest_keeps_its_doer(annotate_text: Annotate) -> None:
    doc = annotate_text("Italian police raided a farm on Monday and killed two gunmen in the shootout.")
    assert any(countries(doc, ev.source) == {"ITA"} for ev in of_type(doc, "ASSAULT")), doc.events
