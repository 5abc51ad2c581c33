"""A protest named as the object of a verb that puts it down ("forces crushed the protests") is what the repression
acts on, not a protest by the repressor (annotate/non_acts.py ``_put_down``), on invented sentences."""

from __future__ import annotations

import pytest


def _protests(doc):
    names = {e.id: e.name for e in doc.entities}
    return [{names[i] for i in ev.source} for ev in doc.events if ev.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Since 1994, when it crushed the student protests that began in the capital, the Nigerian army has kept out of "
        "politics.",
        "Footage shows Nigerian police using tear gas and batons to disperse protests in Lagos.",
    ],
)
def test_the_repressor_is_not_the_crowd(annotate_text, text):
    assert not any(s & {"Nigerian army", "Nigerian police"} for s in _protests(annotate_text(text)))


def test_a_protest_told_in_its_own_words_stays(annotate_text):
    doc = annotate_text("Thousands of Nigerians protested against the fuel tax in Lagos on Friday before police "
                        "dispersed the crowd.")
    assert _protests(doc)
