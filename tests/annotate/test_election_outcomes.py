"""A majority, seats or a vote won is an election's outcome, not an honour (OUTPUT.md: AWARD is an honour conferred;
the lexicon's ``award.win`` is binding), and "for the first time since 1993" only compares: the story does not go
back to 1993 (dating.advance_day). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import of_type as _of_type


@pytest.mark.parametrize("text", [
    "Norland's Social Democrats won a legislative majority for the first time since 1993.",
    "The Farmers' Party of Kenya won 40 seats in the assembly.",
])
def test_an_election_won_is_no_award(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "AWARD")


def test_an_honour_won_stays_an_award(annotate_text: Callable[..., Document]) -> None:
    assert _of_type(annotate_text("Kenyan activist Wanjiru Kamau won the Sakharov Prize on Friday."), "AWARD")


def test_a_baseline_since_a_year_is_no_story_time(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenya's Farmers' Party won a majority for the first time since 1993.\n\n"
                        "Kenyan President William Ruto criticised the party's leader, Wanjiru Kamau.")
    (accusation,) = _of_type(doc, "ACCUSE")
    assert accusation.date is None or not (accusation.date.start or "").startswith("1993")


@pytest.mark.parametrize("text", [
    "Chilean Governor Marta Pizarro lost her reelection bid on Sunday.",
    "Austrian Mayor Tobias Brandt, who lost re-election in February, left the town hall on Friday.",
])
def test_an_incumbent_who_loses_reelection_leaves_the_post(annotate_text: Callable[..., Document],
                                                           text: str) -> None:
    # GUIDE.md: an incumbent losing an election is DISMISS for the loser (idle_objects._incumbents lifts the
    # lost-contest veto; the lexicon's dismiss.lose_reelection reads the words)
    (dismissal,) = _of_type(annotate_text(text), "DISMISS")
    assert dismissal.target


@pytest.mark.parametrize("text", [
    "Challenger Amos Kiptoo lost the governorship race in Nakuru on Sunday.",
    "Brazilian economist Ana Lima lost her bid for the senate on Sunday.",
])
def test_a_challenger_who_loses_leaves_no_post(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "DISMISS")
