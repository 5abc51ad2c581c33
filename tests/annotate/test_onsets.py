"""An event noun whose start a verb dates is an event told; an undated, ended or hedged start is background
(annotate/onsets.py)."""

from __future__ import annotations

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


def test_a_ceasefire_to_take_effect_is_planned(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("A ceasefire between Armenia and Azerbaijan is to take effect on Sunday, the Kazakh mediator "
                        "said.")
    [truce] = of_type(doc, "RETREAT")
    assert truce.modality == "planned"
    assert truce.date is not None and truce.date.start == "2025-03-23"


def test_a_dated_start_naming_no_side_is_between_the_story_sides(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chad and Sudan reached a deal on Wednesday night to halt the fighting along their border. "
                        "Speaking in Jeddah, the Saudi foreign minister said the ceasefire would take effect on Sunday. "
                        "The only earlier pause in the conflict, a ten-day truce that began on May 22, 2023, collapsed "
                        "quickly.")
    truces = of_type(doc, "RETREAT")
    assert [t.modality for t in truces] == ["planned", "asserted"], [(t.trigger, t.modality) for t in truces]
    assert all(countries(doc, t.target) == {"TCD", "SDN"} for t in truces)


def test_dated_onset_reads_the_start(nlp) -> None:  # type: ignore[no-untyped-def]
    assert dated_onset(_word(nlp("The truce, which began on May 3, held for a week."), "truce")) == "asserted"
    assert dated_onset(_word(nlp("The ceasefire came into force at midnight on Friday."), "ceasefire")) == "asserted"
    assert dated_onset(_word(nlp("The envoy said the truce would take effect on Monday."), "truce")) == "planned"
    for text, word in (("Since the truce began, aid has reached the city.", "truce"),
                       ("The truce between the two armies collapsed on Friday.", "truce"),
                       ("The truce could take effect on Monday.", "truce"),
                       ("The truce took its toll on the rebels in May.", "truce")):
        assert dated_onset(_word(nlp(text), word)) is None, text


def test_a_measure_to_be_announced_on_a_day_is_planned_by_the_announcer(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The British foreign secretary said new sanctions would be announced on Friday together with "
                        "European partners.")
    [measure] = of_type(doc, "SANCTION")
    assert measure.modality == "planned" and countries(doc, measure.source) == {"GBR"}
    assert measure.date is not None and measure.date.start == "2025-03-21"  # the announcement's day, not the report's


def test_dated_onset_reads_the_enacting_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The British foreign secretary said new sanctions would be announced on Friday.")
    assert dated_onset(_word(doc, "sanctions")) == "planned"
    assert announcing_speaker(_word(doc, "sanctions")).text == "secretary"
    for text in ("The minister said new sanctions would be discussed on Friday.",
                 "The minister said new sanctions would be announced soon."):
        assert dated_onset(_word(nlp(text), "sanctions")) is None, text
