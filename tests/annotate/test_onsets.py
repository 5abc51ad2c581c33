"""An event noun whose start a verb dates is an event told; an undated, ended or hedged start is background
(annotate/onsets.py)."""

from __future__ import annotations

import pytest

from dateline.annotate.onsets import announcing_speaker, dated_onset
from event_helpers import countries, of_type


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_a_truce_whose_start_is_dated_is_told(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A ten-day truce between Chad and Sudan began on March 3.")
    [truce] = of_type(doc, "RETREAT")
    assert truce.mode == "ceasefire" and truce.modality == "asserted"
    assert countries(doc, truce.target) == {"TCD", "SDN"}
    assert truce.date is not None and truce.date.start == "2025-03-03"


def test_a_truce_due_to_start_is_planned(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A truce between Armenia and Azerbaijan is due to start at noon on Sunday, according to the "
                        "Kazakh mediator.")
    [truce] = of_type(doc, "RETREAT")
    assert truce.modality == "planned"
    assert truce.date is not None and truce.date.start == "2025-03-23"


def test_a_dated_start_naming_no_side_is_between_the_story_sides(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chad and Sudan struck a deal on Wednesday night to halt the fighting along their border. At a "
                        "briefing in Riyadh, a Saudi spokesman announced that the truce will come into force at dawn "
                        "on Saturday. The only earlier lull in the conflict, a ten-day truce that began on May 22, "
                        "2023, broke down quickly.")
    truces = of_type(doc, "RETREAT")
    assert [t.modality for t in truces] == ["planned", "asserted"], [(t.trigger, t.modality) for t in truces]
    assert all(countries(doc, t.target) == {"TCD", "SDN"} for t in truces)


def test_dated_onset_reads_the_start(nlp) -> None:  # type: ignore[no-untyped-def]
    assert dated_onset(_word(nlp("The truce, which began on May 3, held for a week."), "truce")) == "asserted"
    assert dated_onset(_word(nlp("The ceasefire came into force at midnight on Friday."), "ceasefire")) == "asserted"
    envoy = nlp("A Qatari envoy said the truce will come into force at dawn on Monday.")
    assert dated_onset(_word(envoy, "truce")) == "planned"
    for text, word in (("Since the truce began, aid has reached the city.", "truce"),
                       ("The truce between the two armies collapsed on Friday.", "truce"),
                       ("The truce could take effect on Monday.", "truce"),
                       ("The truce took its toll on the rebels in May.", "truce")):
        assert dated_onset(_word(nlp(text), word)) is None, text


def test_a_measure_to_be_unveiled_on_a_day_is_planned_by_the_announcer(  # type: ignore[no-untyped-def]
        annotate_text) -> None:
    doc = annotate_text("Canberra's trade minister said fresh sanctions will be unveiled on Thursday alongside New "
                        "Zealand.")
    [measure] = of_type(doc, "SANCTION")
    assert measure.modality == "planned" and countries(doc, measure.source) == {"AUS"}
    assert measure.date is not None and measure.date.start == "2025-03-20"  # the unveiling's day, not the report's


def test_dated_onset_reads_the_enacting_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Canberra's trade minister said fresh sanctions will be unveiled on Thursday.")
    assert dated_onset(_word(doc, "sanctions")) == "planned"
    assert announcing_speaker(_word(doc, "sanctions")).text == "minister"
    for text in ("The trade minister said fresh sanctions will be debated on Thursday.",
                 "The trade minister said fresh sanctions will be unveiled soon."):
        assert dated_onset(_word(nlp(text), "sanctions")) is None, text
