"""A noun that no lexicon trigger holds is an event only when the learned model is sure (``EventModel.noun_threshold``,
``data/events/train.json``): an event noun is as often a topic the sentence refers to as an act it reports (issue 12:
detection precision under cross-validation). A verb keeps the plain threshold. Every sentence here is invented."""

from __future__ import annotations

import copy
from typing import Any

from dateline.annotate.eventcat import Candidate, EventModel, default_model_dir, load_model
from dateline.annotate.events import _learned_triggers

TEXT = "Police fired tear gas at the students on Sunday, a day after the rally in the capital of Lesotho."


def _model(noun_threshold: float) -> EventModel:
    shipped = load_model(str(default_model_dir()))
    assert shipped is not None
    model = copy.copy(shipped)
    model.threshold, model.noun_threshold = 0.4, noun_threshold
    return model


def _decide(nlp: Any, p_noun: float, noun_threshold: float) -> list[tuple[str, str]]:
    doc = nlp(TEXT)
    fired, rally = (next(t for t in doc if t.text == w) for w in ("fired", "rally"))
    doc._.event_candidates = [Candidate(fired.i, "ASSAULT", 0.6, "asserted", 0.9),
                              Candidate(rally.i, "PROTEST", p_noun, "asserted", 0.9)]
    return [(t.type, t.token.text) for t in _learned_triggers(doc, [], {}, _model(noun_threshold))]


def test_an_unsure_noun_the_lexicon_does_not_hold_is_no_event(nlp: Any) -> None:
    assert _decide(nlp, 0.6, 0.75) == [("ASSAULT", "fired")]


def test_a_sure_noun_stays_an_event(nlp: Any) -> None:
    assert ("PROTEST", "rally") in _decide(nlp, 0.9, 0.75)


def test_the_verb_keeps_the_plain_threshold(nlp: Any) -> None:
    """At the plain threshold for nouns too (a model trained before the setting), both stay."""
    assert _decide(nlp, 0.6, 0.4) == [("ASSAULT", "fired"), ("PROTEST", "rally")]
