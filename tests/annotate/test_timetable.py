"""A scheduled act told in the simple present with its day is a planned event; a habit is none
(annotate/timetable.py)."""

from __future__ import annotations

import pytest

from dateline.annotate.timetable import chronology_entry, timetable_present


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("text", "word", "told"), [
    ("The Serbian envoy, who takes over the embassy on Thursday, met the press.", "takes", True),
    ("Dr Petra Lind succeeds the rector on Monday, the university said.", "succeeds", True),
    ("The Czech minister meets the envoys every Monday.", "meets", False),  # a habit
    ("The ferry usually leaves on Fridays.", "leaves", False),
    ("The envoy does not arrive on Monday.", "arrive", False),  # a negation, an auxiliary
    ("The ministry oversees the ports.", "oversees", False),  # no day: a standing state
])
def test_a_present_with_its_own_day_is_a_timetable(nlp, text: str, word: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert timetable_present(_word(nlp(text), word)) is told


def test_a_scheduled_takeover_in_the_present_is_planned_on_the_coming_day(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Milan Petrovic, who takes over as ambassador on Thursday, met the Norwegian press.")
    [takes] = [e for e in doc.events if e.trigger == "takes"]
    assert takes.type == "APPOINT" and takes.modality == "planned"
    assert takes.date is not None and takes.date.start == "2025-03-20"


@pytest.mark.parametrize(("text", "word", "entry"), [
    ("Some background first.\n\nJune 7: Chilean police detain three Bolivian truckers near Arica.", "detain", True),
    ("Some background first.\n\n14:20 GMT - The Peruvian envoy leaves the talks in Lima.", "leaves", True),
    ("Some background first.\n\n2 August - Quito recalls its ambassador from Bogota.", "recalls", True),
    ("Some background first.\n\nThe Peruvian envoy leaves for Lima on 7 June.", "leaves", False),  # no label
    ("Some background first.\n\nLima, the capital: the envoy leaves on Friday.", "leaves", False),
])
def test_a_date_label_opens_a_chronology_entry(nlp, text, word, entry) -> None:  # type: ignore[no-untyped-def]
    assert chronology_entry(_word(nlp(text), word)) is entry


def test_a_timeline_entry_is_asserted_on_its_day(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The two neighbours have quarrelled over the river island for decades.\n\n"
                        "January 9: Gabonese gendarmes arrest five Cameroonian fishermen on the island.\n\n"
                        "February 2: Cameroon recalls its ambassador from Libreville.", "2025-03-13")
    arrest = next(e for e in doc.events if e.trigger == "arrest")
    recall = next(e for e in doc.events if e.trigger == "recalls")
    assert arrest.modality == "asserted" and arrest.date is not None and arrest.date.start == "2025-01-09"
    assert recall.modality == "asserted" and recall.date is not None and recall.date.start == "2025-02-02"


def test_a_live_blog_entry_in_the_present_is_asserted_on_the_day(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Our live coverage of the Nairobi talks.\n\n"
                        "11:40 GMT - Sudanese negotiator Hamid Osman rejects the Ethiopian proposal.", "2025-03-13")
    reject = next(e for e in doc.events if e.type == "REJECT")
    assert reject.modality == "asserted" and reject.date is not None and reject.date.end == "2025-03-13"


def test_a_dated_present_outside_a_timeline_is_planned(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Talks stalled last month.\n\nThe Malian envoy, who takes over the embassy in Dakar on Monday,"
                        " met the Senegalese press.")
    takes = next(e for e in doc.events if e.trigger == "takes")
    assert takes.modality == "planned"


@pytest.mark.parametrize("text", [
    "The Malian army regularly carries out drone strikes on jihadist bases near Kidal.",
    "Ecuador often holds talks with Colombia on river pollution.",
    "Sudanese troops routinely launched raids on villages in Darfur during the dry season.",
])
def test_an_act_told_as_a_habit_is_no_event(annotate_text, text):  # type: ignore[no-untyped-def]
    # events._told_as_habit: a frequency adverb on the trigger or on the light verb of a noun trigger (GUIDE.md:
    # habitual or non-specific acts are not_event)
    assert not annotate_text(text).events


def test_a_repeated_act_on_a_day_stays(annotate_text):  # type: ignore[no-untyped-def]
    doc = annotate_text("Sudanese troops repeatedly shelled the village of Um Kadada on Monday.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
