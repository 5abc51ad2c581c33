"""Passes that read token ids from one ``Doc.to_array`` instead of a Token per token (issue 12, throughput) find
exactly what the per-token reading finds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.annotate import eventcat
from dateline.annotate.eventcat import candidates, default_model_dir, is_candidate, load_model
from dateline.annotate.events import _hits_by_token, _index, _accepts, _matches, rule_matches

if TYPE_CHECKING:
    from spacy.language import Language

# invented sentences with verbs, event nouns, adjectives, names, dates and times, one-token and multi-token
# trigger lexicon entries
TEXTS = [
    "Norwegian Foreign Minister Ingrid Hovland met her Colombian counterpart in Oslo on Monday at 10 a.m.",
    "The ministry declared the attaché persona non grata on 3 May 2024 and put a deputy in charge of the embassy.",
    "Ruritania test-fired a missile overnight; its neighbours condemned the launch and demanded a withdrawal.",
    "Talks collapsed after the envoy's resignation, and both sides accused each other of sabotage last week.",
    "",
]


def test_candidates_are_the_tokens_is_candidate_accepts(nlp: Language) -> None:
    model = load_model(str(default_model_dir()))
    assert model is not None
    for doc in nlp.pipe(TEXTS):
        hits = _hits_by_token(rule_matches(doc, nlp))
        want = [t.i for t in doc if is_candidate(t, model.triggers, hits)]
        assert [c.i for c in candidates(doc, model, hits)] == want
        assert want or not len(doc)


def test_date_tokens_are_those_of_date_and_time_entities(nlp: Language) -> None:
    for doc in nlp.pipe(TEXTS):
        want = [t.i for t in doc if t.ent_type_ in ("DATE", "TIME")]
        assert eventcat._date_tokens(doc) == want
    assert any(eventcat._date_tokens(doc) for doc in nlp.pipe(TEXTS))


def test_trigger_matches_are_those_of_a_walk_over_every_token(nlp: Language) -> None:
    index = _index(nlp)
    for doc in nlp.pipe(TEXTS):
        want = [(nlp.vocab.strings[m], s, e) for m, s, e in index.matcher(doc)]
        for tok in doc:
            for key in (("LEMMA", tok.lemma_), ("LOWER", tok.lower_), ("TEXT", tok.text)):
                for entry_id in index.by_word.get(key, ()):
                    if _accepts(tok, index.entries[entry_id]["pattern"][0]):
                        want.append((entry_id, tok.i, tok.i + 1))
        assert _matches(doc, nlp) == sorted(set(want), key=lambda m: (m[1], m[0]))
    found = {m[0] for doc in nlp.pipe(TEXTS) for m in _matches(doc, nlp)}
    assert {"sanction.persona_non_grata", "mobilize.test_fire"} <= found
