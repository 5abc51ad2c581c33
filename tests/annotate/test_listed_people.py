"""Every person of a list is an actor of the event that befalls them, where the parser hangs the last one on the verb
or the tagger takes a bare first name for a place (issue 13: a death or an appointment lacking one of the people
listed). Invented examples; publication Friday 2026-11-20."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


def test_a_last_name_hung_on_the_copula_is_among_the_dead(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Also among the dead were the harbour's master, Pavel Hruza, and Jan-Erik Al-e Dahl, the "
                        "king's envoy to the port, along with two pilots.", published="2026-11-20")
    dead = {n for e in _of_type(doc, "DIE") for n in _names(doc, e.target)}
    assert {"Pavel Hruza", "Jan-Erik Al-e Dahl"} <= dead


@pytest.mark.parametrize("text", [
    "The ferry captain's sons, Karim and Samir Haddad, drowned when the boat sank off Crete on Sunday.",
    "Both nephews of the former emir, Karim and Samir Haddad, died in the fire at the palace on Sunday.",
])
def test_each_person_of_a_listed_pair_dies_and_none_is_a_doer(annotate_text: Callable[..., Document],
                                                              text: str) -> None:
    doc = annotate_text(text, published="2026-11-20")
    deaths = _of_type(doc, "DIE")
    assert sorted(n for e in deaths for n in _names(doc, e.target)) == ["Karim", "Samir Haddad"]
    assert len(deaths) == 2 and not any(e.source for e in deaths)
