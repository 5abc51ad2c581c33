"""The side a spokesperson named by post alone speaks for (annotate/spokespeople.py): the body or state of the "for"
phrase, a person served as that person's state; on invented sentences."""

from __future__ import annotations

import pytest


def _events(doc, type_):
    countries = {e.id: e.country for e in doc.entities}
    return [({countries[i] for i in ev.source}, {countries[i] for i in ev.target}) for ev in doc.events
            if ev.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "speaker", "addressee"),
    [
        ("A spokesman for the Chinese foreign ministry accused Japan on Monday of stoking tensions.", "ACCUSE", "CHN",
         "JPN"),
        ("A spokeswoman for the Peruvian foreign ministry urged Chile on Monday to withdraw the decree.", "REQUEST",
         "PER", "CHL"),
        ("A spokesman for Bolivian President Ana Tarija accused Chile on Monday of spreading lies.", "ACCUSE", "BOL",
         "CHL"),
    ],
)
def test_a_spokesperson_speaks_for_the_side_of_the_for_phrase(annotate_text, text, type_, speaker, addressee):
    found = _events(annotate_text(text, "2024-05-15"), type_)
    assert any(speaker in source and addressee in target for source, target in found), found
