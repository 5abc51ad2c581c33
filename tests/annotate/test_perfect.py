"""A present perfect that reports one recent act is an event; one that sums up a habit or a standing state is not
(annotate/perfect.py)."""

from __future__ import annotations

import pytest

from dateline.annotate.perfect import reported_perfect
from event_helpers import countries, of_type


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_a_recent_act_in_the_present_perfect_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Border guards in Laos have tortured several Thai fishermen, a rights group said.")
    [assault] = of_type(doc, "ASSAULT")
    assert "THA" in countries(doc, assault.target)
    assert assault.modality == "asserted"


def test_an_act_noun_of_a_support_verb_in_the_present_perfect_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Bolivian farmers have staged rallies in La Paz against the finance minister, saying he must "
                        "resign.")
    assert [e.type for e in doc.events] == ["PROTEST"], [(e.type, e.trigger) for e in doc.events]


def test_a_habit_in_the_present_perfect_is_no_event(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The presidents of Chile and Peru have met twenty times since 2020.")
    assert not doc.events, [(e.type, e.trigger) for e in doc.events]


def test_reported_perfect_reads_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Peru has expelled two Chilean diplomats, the ministry said.")
    assert reported_perfect(_word(doc, "expelled"))
    doc = nlp("Officials said Peru has expelled and deported two Chilean traders.")
    assert reported_perfect(_word(doc, "expelled")) and reported_perfect(_word(doc, "deported"))
    for text, word in (("Chile has long accused Peru of spying.", "accused"),
                       ("Peru has expelled Chilean diplomats several times.", "expelled"),
                       ("Peru has not expelled the Chilean envoy.", "expelled"),
                       ("Peru would have expelled the Chilean envoy.", "expelled"),
                       ("Peru had expelled the envoy before the talks.", "expelled"),
                       ("The envoy, who has visited Lima, spoke on Monday.", "visited")):
        assert not reported_perfect(_word(nlp(text), word)), text


@pytest.mark.parametrize("text", [
    "Bolivian Finance Minister Rosa Mamani, who has held the post since 2021, met the bankers on Monday.",
    "Dario Ferri has occupied the presidency of the senate since 2018.",
])
def test_a_post_kept_to_this_day_is_no_appointment(annotate_text, text):  # type: ignore[no-untyped-def]
    # perfect.standing_post: GUIDE.md codes "has held the job since 1996" not_event
    assert "APPOINT" not in [e.type for e in annotate_text(text).events]


def test_a_post_held_in_the_past_perfect_stays_an_appointment(annotate_text):  # type: ignore[no-untyped-def]
    doc = annotate_text("Dario Ferri had held the portfolio since June 2019 when he resigned on Monday.")
    assert "APPOINT" in [e.type for e in doc.events]
