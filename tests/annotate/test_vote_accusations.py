"""Accusations aimed at a vote and its organisers. Invented sentences.

- A reported clause whose verb names a wrong charges its subject, also a state's body that "the" alone picks out
  ("said the authorities had rigged the vote": ``evaluation.charged_doer``), and stealing and lying are such wrongs.
- An allegation with no one charged but a vote befalls the state that held it ("alleged massive fraud in Sunday's
  runoff", "criticised the conduct of the vote in Belarus": ``roles_votes._role_vote_holder``)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import countries, names, of_type

STORY = "Ukraine's election commission declared Prime Minister Viktor Yanko the winner on Monday. "


@pytest.mark.parametrize("text", [
    STORY + "Opposition leader Viktor Yushko said the authorities had rigged the vote.",
    STORY + "Opposition leader Viktor Yushko said the government had stolen the election.",
    STORY + "Tens of thousands protested in Kiev. Opposition leader Viktor Yushko alleged massive fraud in Sunday's "
            "runoff.",
])
def test_a_charged_vote_accuses_its_state(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert any("Viktor Yushko" in names(doc, e.source) and "UKR" in countries(doc, e.target)
               for e in of_type(doc, "ACCUSE")), doc.events


def test_monitors_criticise_the_state_of_the_vote(annotate_text: Any) -> None:
    doc = annotate_text("Election monitors from the OSCE criticised the conduct of the vote in Belarus on Monday.")
    assert any("BLR" in countries(doc, e.target) for e in of_type(doc, "ACCUSE")), doc.events


def test_a_lie_is_charged_to_its_teller(annotate_text: Any) -> None:
    doc = annotate_text("Foreign Minister Ana Rusu of Moldova said Russia had lied about the deal.")
    assert any("Russia" in names(doc, e.target) for e in of_type(doc, "ACCUSE")), doc.events


def test_a_sports_contest_is_no_vote(annotate_text: Any) -> None:
    doc = annotate_text("The coach criticised the referee in Sunday's match.")
    assert not of_type(doc, "ACCUSE"), doc.events
