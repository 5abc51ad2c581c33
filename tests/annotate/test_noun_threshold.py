"""A noun that no lexicon trigger holds is an event only when the learned model is sure (``EventModel.noun_threshold``,
``data/events/train.json``): an event noun is as often a topic the sentence refers to as an act it reports (issue 12:
detection precision under cross-validation). A verb keeps the plain threshold. Every sentence here is invented."""

from __future__ import annotations

import copy
import json
from typing import Any

from dateline.annotate.eventcat import Candidate, EventModel, default_model_dir, load_model
from dateline.annotate.events import _learned_triggers
from dateline.train.events import CONFIG

TEXT = "Police fired tear gas at the students on Sunday, a day after the rally in the capital of Lesotho."


def _model(noun_threshold: float, threshold: float = 0.4) -> EventModel:
    shipped = load_model(str(default_model_dir()))
    assert shipped is not None
    model = copy.copy(shipped)
    model.threshold, model.noun_threshold = threshold, noun_threshold
    return model


def _decide(nlp: Any, p_noun: float, noun_threshold: float, p_verb: float = 0.6,
            threshold: float = 0.4) -> list[tuple[str, str]]:
    doc = nlp(TEXT)
    fired, rally = (next(t for t in doc if t.text == w) for w in ("fired", "rally"))
    doc._.event_candidates = [Candidate(fired.i, "ASSAULT", p_verb, "asserted", 0.9),
                              Candidate(rally.i, "PROTEST", p_noun, "asserted", 0.9)]
    return [(t.type, t.token.text) for t in _learned_triggers(doc, [], {}, _model(noun_threshold, threshold))]


def test_an_unsure_noun_the_lexicon_does_not_hold_is_no_event(nlp: Any) -> None:
    assert _decide(nlp, 0.6, 0.75) == [("ASSAULT", "fired")]


def test_a_sure_noun_stays_an_event(nlp: Any) -> None:
    assert ("PROTEST", "rally") in _decide(nlp, 0.9, 0.75)


def test_the_verb_keeps_the_plain_threshold(nlp: Any) -> None:
    """At the plain threshold for nouns too (a model trained before the setting), both stay."""
    assert _decide(nlp, 0.6, 0.4) == [("ASSAULT", "fired"), ("PROTEST", "rally")]


def test_the_configured_thresholds_drop_an_unsure_verb_and_keep_a_likely_one(nlp: Any) -> None:
    """``train.json``: a word the model alone types at 0.45 is too unsure (measured under cross-validation, README)."""
    cfg = json.loads(CONFIG.read_text(encoding="utf8"))
    assert _decide(nlp, 0.9, cfg["noun_threshold"], p_verb=0.45, threshold=cfg["threshold"]) == [("PROTEST", "rally")]
    assert _decide(nlp, 0.9, cfg["noun_threshold"], p_verb=0.55, threshold=cfg["threshold"]) == [
        ("ASSAULT", "fired"), ("PROTEST", "rally")]
