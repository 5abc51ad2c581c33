"""Acts whose sides the story does not name, kept with the state that stands for them. Invented sentences.

- Counted dead of an attack befall the state where it happened (``roles_harm._role_bystanders_of_the_place``), also
  when the place is below what the governing clause struck ("attacked a police post in X, killing four people") or in
  another clause of the sentence ("a bomber attacked a post in X; four people were killed"), not where it was said.
- With no place of a state in the sentence, the state the story is about.
- A home organ that says its pronoun did the act did it ("Police in X said they detained 23 people":
  ``organs._reporting_organ``)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


@pytest.mark.parametrize(("text", "state"), [
    ("A suicide bomber attacked a police post in Mosul on Monday, killing six people.", "Iraq"),
    ("Gunmen attacked a bus near Quetta, Pakistan, on Friday, killing nine passengers.", "Pakistan"),
    ("A suicide bomber attacked a police post in Mosul on Monday; six people were killed and nine wounded.",
     "Iraq"),
])
def test_counted_dead_befall_the_state_of_the_place(annotate_text: Any, text: str, state: str) -> None:
    doc = annotate_text(text)
    assert any(state in names(doc, e.target) for e in of_type(doc, "ASSAULT")), doc.events


def test_where_the_dead_were_told_of_is_no_place_of_the_attack(annotate_text: Any) -> None:
    doc = annotate_text("Speaking in Paris on Monday, the minister said four soldiers were killed.")
    assert not any("France" in names(doc, e.target) for e in of_type(doc, "ASSAULT")), doc.events


@pytest.mark.parametrize("text", [
    "Police in Ulaanbaatar said they detained 23 people late on Sunday.",
    "Police said they had arrested 23 people in Ulaanbaatar on Sunday.",
])
def test_an_organ_that_says_it_acted_is_the_doer(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert any("Mongolia" in names(doc, e.source) for e in of_type(doc, "COERCE")), doc.events


def test_counted_dead_of_no_named_place_befall_the_story_state(annotate_text: Any) -> None:
    # no place of a state in the sentence: the state the story is about (``organs.story_state``)
    doc = annotate_text("Iraq summoned Turkey's ambassador on Tuesday. A drone strike hit a car on a mountain road on "
                        "Monday, killing four people, Iraqi officials said. Iraq said the strike was a violation of "
                        "its sovereignty.")
    assert any("Iraq" in names(doc, e.target) for e in of_type(doc, "ASSAULT")), doc.events
