"""An event noun that names its own doer and time, or the death of a named person, reports an act done, whatever the
learned factuality reads; a noun told as to come, asked for, only possible or unconfirmed does not
(annotate/told_nouns.py). Every sentence here is invented."""

from __future__ import annotations

import pytest

from dateline.annotate.eventcat import Candidate
from dateline.annotate.events import _factuality
from dateline.annotate.told_nouns import told_noun
from event_helpers import names, of_type


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("Trade in Elbonia still suffers from the levies imposed on Ruritanian steel on 1 June.", "levies"),
    ("Her lawyers filed an appeal against her arrest in Tarsk last Friday.", "arrest"),
    ("The dispute turns on the governor's March 3 call with Prime Minister Ivo Dar.", "call"),
    ("The party mourned the death of its founder, Peter Osei.", "death"),
    ("Flags flew at half mast over the deaths of Senator Peter Osei and Judge Lena Varga.", "deaths"),
])
def test_an_act_noun_with_its_own_doer_and_time_is_told(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert told_noun(_word(nlp(text), word)), text


@pytest.mark.parametrize("text, word", [
    ("Talks between the two countries have stalled.", "Talks"),  # no time of its own
    ("Aides worked on a possible meeting on Friday with Prime Minister Ivo Dar.", "meeting"),  # only possible
    ("The opposition called for a meeting on Friday with Prime Minister Ivo Dar.", "meeting"),  # asked for
    ("The governor's meeting next week with Prime Minister Ivo Dar was cancelled.", "meeting"),  # to come
    ("The governor's planned call on Friday with Prime Minister Ivo Dar was announced.", "call"),  # planned
    ("Ruritania's talks with Elbonia could resume on Monday.", "talks"),  # a guess
    ("Officials feared the death of the hostage, Anna Kovac.", "death"),  # feared, not told
    ("Rumours of the death of Peter Osei spread on Monday.", "death"),  # unconfirmed
    ("The death toll climbed to eleven overnight.", "death"),  # no one named
])
def test_other_nouns_are_left_to_the_model(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not told_noun(_word(nlp(text), word)), text


def test_a_told_noun_read_as_background_is_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trade in Elbonia still suffers from the levies imposed on Ruritanian steel on 1 June.")
    levies = _word(doc, "levies")
    assert _factuality(Candidate(levies.i, "SANCTION", 0.9, "not_event", 0.85), levies) == "asserted"
    talks = _word(nlp("Aides worked on a possible meeting on Friday with Prime Minister Ivo Dar."), "meeting")
    assert _factuality(Candidate(talks.i, "CONSULT", 0.9, "hypothetical", 0.85), talks) == "hypothetical"


def test_deaths_told_as_an_occasion_are_one_undated_death_each(annotate_text) -> None:  # type: ignore[no-untyped-def]
    """The motion's day is not the deaths' (OUTPUT.md 6): they have no time of their own."""
    doc = annotate_text("Deputies on Tuesday adjourned their sitting in mourning for the deaths of Senator Peter Osei "
                        "and the retired judge Lena Varga.")
    deaths = of_type(doc, "DIE")
    assert sorted(n for d in deaths for n in names(doc, d.target)) == ["Lena Varga", "Peter Osei"]
    assert all(d.modality == "asserted" and (d.date is None or d.date.start is None) for d in deaths)


def test_an_announced_death_keeps_the_announcement_day(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The governor announced the death of Peter Osei on Monday.")
    [death] = of_type(doc, "DIE")
    assert names(doc, death.target) == {"Peter Osei"}
    assert death.date is not None and death.date.start == "2025-03-17"


def test_a_rumoured_death_is_no_event(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Rumours of the death of Peter Osei spread across the capital on Monday.")
    assert not of_type(doc, "DIE")


def test_a_judged_act_noun_is_the_dated_act_told_again(annotate_text) -> None:  # type: ignore[no-untyped-def]
    """ "Petrov's call with Dar was improper" refers to the call told with its day: not a second call on the story's
    day, and the one call keeps the mode its telling gives (OUTPUT.md 5: one occurrence, one event)."""
    doc = annotate_text("President Ana Petrov spoke with Prime Minister Ivo Dar by phone on March 3. On Monday, "
                        "lawmakers heard three witnesses. The opposition alleges that Petrov's call with Dar was "
                        "improper.")
    [call] = of_type(doc, "CONSULT")
    assert names(doc, call.source + call.target) == {"Ana Petrov", "Ivo Dar"}
    assert call.mode == "phone" and call.date is not None and call.date.start == "2025-03-03"


def test_a_judged_act_noun_with_its_own_day_keeps_it(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("On Monday, lawmakers heard three witnesses about President Ana Petrov. The opposition alleges "
                        "that Petrov's March 3 call with Prime Minister Ivo Dar was improper.")
    calls = of_type(doc, "CONSULT")
    assert [c.date.start for c in calls if c.date is not None] == ["2025-03-03"], calls


def test_a_call_the_inquiry_centres_on_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    """The parser reads "centres" as a plural noun, the sentence's root: no frame of a role (non_acts._frame_of_role),
    the verb of the sentence, and the call it is about is told with its own day."""
    doc = annotate_text("The impeachment inquiry centres on Governor Ana Petrov's July 25 call with Prime Minister "
                        "Ivo Dar.", published="2025-11-20")
    [call] = of_type(doc, "CONSULT")
    assert names(doc, call.source + call.target) == {"Ana Petrov", "Ivo Dar"}
    assert call.date is not None and call.date.start == "2025-07-25"


def test_a_witness_in_an_inquiry_still_frames_it(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Lena Varga, a key witness in the bribery inquiry, spoke to reporters in Tarsk on Monday.")
    assert not of_type(doc, "ACCUSE")
