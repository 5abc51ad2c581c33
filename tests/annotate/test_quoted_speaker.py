"""A first-person word in a quoted clause is its speaker ("'We call on Lima to ...,' the minister said"), and "her
country" in a reported clause is the speaker's state (arguments.ArgumentReader._by_quoted_speaker, _by_own_country;
issue 13). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "type_", "speaker"), [
    ('"We call on Serbia to free the three journalists," Croatian Foreign Minister Ivana Kralj said on Monday.',
     "REQUEST", "HRV"),
    ('"We reject this verdict entirely," Ghana\'s attorney general told reporters in Accra on Monday.', "REJECT",
     "GHA"),
    ('"Our country will never accept the new border line," Armenian Prime Minister Davit Sargsyan said on Sunday.',
     "REJECT", "ARM"),
])
def test_a_first_person_quote_is_its_speaker_s(annotate_text: Callable[..., Document], text: str, type_: str,
                                               speaker: str) -> None:
    doc = annotate_text(text)
    assert any(speaker in _countries(doc, e.source) for e in _of_type(doc, type_))


@pytest.mark.parametrize(("text", "type_", "state"), [
    ("Peru's trade minister said on Monday that her country would not accept the new quotas.", "REJECT", "PER"),
    ("Morocco's foreign minister said his country would not accept any mediation by Algeria.", "REJECT", "MAR"),
])
def test_her_country_in_a_reported_clause_is_the_speaker_s_state(annotate_text: Callable[..., Document], text: str,
                                                                 type_: str, state: str) -> None:
    doc = annotate_text(text)
    assert any(state in _countries(doc, e.source) for e in _of_type(doc, type_))


@pytest.mark.parametrize("text", [
    "Chile's president accepted an offer of US mediation in the quarrel over fishing rights, an aide said.",
    "Ecuador's president has agreed to a US proposal for joint coast guard patrols, a senior Ecuadorian official said.",
])
def test_the_us_is_no_first_person(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert any("USA" in _countries(doc, e.actors()) for e in doc.events)


@pytest.mark.parametrize(("text", "type_", "state"), [
    ("The Chadian army said its forces had killed 30 rebels near the Sudanese border.", "ASSAULT", "TCD"),
    ("The Malian junta said its soldiers had arrested three Belgian nationals in Gao.", "COERCE", "MLI"),
    ("The Gabonese navy said on Monday that its ships had seized a trawler fishing without a licence.", "COERCE",
     "GAB"),
    ("Bolivia's interior ministry said its police had detained two Peruvian smugglers near Lake Titicaca.", "COERCE",
     "BOL"),
])
def test_the_forces_a_speaker_owns_in_a_reported_clause_are_the_speaker_s(
        annotate_text: Callable[..., Document], text: str, type_: str, state: str) -> None:
    doc = annotate_text(text)
    assert any(state in _countries(doc, e.source) for e in _of_type(doc, type_)), [
        (e.type, _countries(doc, e.source)) for e in doc.events]


def test_forces_owned_outside_a_reported_clause_are_left_to_the_pronoun(annotate_text: Callable[..., Document]) -> None:
    # no saying verb: "its" is read as before, never the subject of some other clause
    doc = annotate_text("Chad closed the border crossing after its soldiers were attacked by rebels on Sunday.")
    assert not any("rebels" in str(e.source) for e in doc.events)


@pytest.mark.parametrize(("text", "type_", "speaker"), [
    ('"We will not accept these tariffs," Peruvian Trade Minister Lucia Paredes wrote on social media.', "REJECT",
     "PER"),
    ('"We call on Serbia to free the journalists," Croatian Foreign Minister Ivana Kralj posted on X.', "REQUEST",
     "HRV"),
    ('"We condemn this cowardly attack," Kenyan President Daniel Oketch tweeted on Sunday.', "ACCUSE", "KEN"),
])
def test_a_first_person_quote_written_or_posted_is_its_writer_s(annotate_text: Callable[..., Document], text: str,
                                                                 type_: str, speaker: str) -> None:
    # officials speak on social media as often as to reporters: "wrote", "posted", "tweeted" report the quote too
    doc = annotate_text(text)
    assert any(speaker in _countries(doc, e.source) for e in _of_type(doc, type_)), [
        (e.type, _countries(doc, e.source)) for e in doc.events]
