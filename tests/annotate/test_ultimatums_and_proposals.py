"""Ultimatums in the speaker's words are threats, and a meeting put forward is a request to meet (GUIDE.md: a
conditional warning is THREATEN; "proposed / suggested talks, a summit" is REQUEST meet). Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize("text, speaker", [
    ('"If you do not hand the smugglers over, we will come and take them," Moldovan Interior Minister Ion Ciobanu '
     'told Ukraine on Friday.', "Ion Ciobanu"),
    ('"If they don\'t pull their ships back, we will," Peruvian Defence Minister Rosa Quispe said on Monday.',
     "Rosa Quispe"),
    ('"Unless the raids stop, we will go in after them," Ghanaian President Kofi Mensah said.',
     "Kofi Mensah"),
])
def test_an_ultimatum_by_the_speakers_side_threatens(annotate_text: Callable[..., Document], text: str,
                                                      speaker: str) -> None:
    doc = annotate_text(text)
    threats = _of_type(doc, "THREATEN")
    assert threats and any(_names(doc, t.source) == {speaker} for t in threats)
    assert not _of_type(doc, "RETREAT")  # "we will come and take them" is one threat, no release


@pytest.mark.parametrize("text, speaker, addressee", [
    ('"If you do not give the hostages back, we will come for them," Moldovan Interior Minister Ion Ciobanu told '
     'Ukraine on Friday.', "Ion Ciobanu", "Ukraine"),
    ('"If you do not stop, we will," Peruvian President Rosa Quispe said in a radio message to Chile on Tuesday.',
     "Rosa Quispe", "Chile"),
])
def test_an_ultimatum_is_aimed_at_whom_the_speaker_addresses(annotate_text: Callable[..., Document], text: str,
                                                             speaker: str, addressee: str) -> None:
    doc = annotate_text(text)
    assert any(_names(doc, t.source) == {speaker} and _names(doc, t.target) == {addressee}
               for t in _of_type(doc, "THREATEN"))


@pytest.mark.parametrize("text", [
    '"If you sign the accord, we will open the border," Ghanaian President Kofi Mensah told Togo on Friday.',
    "The Chilean central bank warned on Tuesday that food prices would rise in the spring.",
])
def test_a_promise_or_a_forecast_is_no_threat(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "THREATEN")


@pytest.mark.parametrize("text, proposer", [
    ("Chilean President Rosa Ibarra suggested a meeting with her Bolivian counterpart Luis Cruz.", "Rosa Ibarra"),
    ("Ecuadorian President Marta Benavides, who had floated a summit with Peru, flew to Lima on Friday.",
     "Marta Benavides"),
    ("Kazakh President Arman Seitov on Tuesday proposed a summit with Kyrgyzstan in Almaty.", "Arman Seitov"),
])
def test_a_meeting_put_forward_is_a_request_to_meet(annotate_text: Callable[..., Document], text: str,
                                                    proposer: str) -> None:
    doc = annotate_text(text)
    assert any(r.mode == "meet" and _names(doc, r.source) == {proposer} for r in _of_type(doc, "REQUEST"))


@pytest.mark.parametrize("text", [
    "The Malian army gave the rebels until Friday to leave Kidal.",
    "Niger gave French troops one week on Monday to leave its territory.",
    "On Sunday the Somali government gave the militants 72 hours to quit the port of Kismayo.",
])
def test_a_deadline_to_leave_given_to_an_armed_force_is_an_ultimatum(annotate_text: Callable[..., Document],
                                                                     text: str) -> None:
    doc = annotate_text(text)
    assert _of_type(doc, "THREATEN") and not _of_type(doc, "SANCTION"), doc.events


def test_a_deadline_to_leave_given_to_diplomats_stays_an_expulsion(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Russia gave three Estonian diplomats five days to quit Moscow on Monday.")
    assert [e.mode for e in _of_type(doc, "SANCTION")] == ["expel"] and not _of_type(doc, "THREATEN"), doc.events
