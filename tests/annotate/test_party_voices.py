"""The person who voices a body's act in the next sentence takes part in it (annotate/party_voices.py); invented
sentences."""

from __future__ import annotations

import pytest


def _accusations(doc):
    names = {e.id: e.name for e in doc.entities}
    return [({names[i] for i in ev.source}, {names[i] for i in ev.participants}) for ev in doc.events
            if ev.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The Conservatives accused Health Minister Dora Lind of hiding the figures on Monday. Their health "
         "spokesman, Ivo Rask, said the public had been kept in the dark.", "Ivo Rask"),
        ("The Tories accused Health Secretary Carl Wend on Monday of reviving the nanny state. Anna Brisk, the shadow "
         "health secretary, said the plan would cost billions.", "Anna Brisk"),
    ],
)
def test_the_bodys_voice_takes_part_in_its_accusation(annotate_text, text, voice):
    found = _accusations(annotate_text(text, "2024-05-15"))
    assert any(voice in participants for _, participants in found), found


def test_a_person_described_otherwise_is_no_voice(annotate_text):
    found = _accusations(annotate_text("The Tories accused Health Secretary Carl Wend on Monday of reviving the "
                                       "nanny state. Anna Brisk, a professor of law, said the plan would cost "
                                       "billions.", "2024-05-15"))
    assert not any("Anna Brisk" in participants for _, participants in found), found
