"""Passes that read token ids from one ``Doc.to_array`` instead of a Token per token (issue 12, throughput) find
exactly what the per-token reading finds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.annotate import eventcat
from dateline.annotate.nlp import paragraphs
from dateline.annotate.eventcat import candidates, default_model_dir, is_candidate, load_model
from dateline.annotate.events import _hits_by_token, _index, _accepts, _matches, rule_matches

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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


def _paragraph_starts_walked(doc: Doc) -> list[int]:
    """``nlp.paragraphs``'s sentence starts found by a walk over every token (the reading it replaced)."""
    para_start, starts = 0, []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or prev.is_space and "\n" in prev.text:
            starts.append(tok.i)
            para_start = tok.i
        elif (prev.text in ("--", "—", "–") or (prev.text == "-" and prev.whitespace_ and tok.i >= 2
                                                  and doc[tok.i - 2].whitespace_)) and tok.i - para_start <= 14 \
                and not tok.is_space:
            starts.append(tok.i)
    return starts


def test_paragraph_starts_are_those_of_a_walk_over_every_token(nlp: Language) -> None:
    texts = ["SEOUL, Nov. 5 (UPI) -- The envoy arrived.\n\nA headline without a stop\n\nOSLO - Talks began — "
             "and ended – today.\n \n\nLast line", "One line only.", "x", "", "\n\n\n"]
    tokenizer_only = nlp.make_doc
    for text in texts:
        doc = tokenizer_only(text)
        want = _paragraph_starts_walked(doc)
        paragraphs(doc)
        assert [t.i for t in doc if t.is_sent_start and t.i in want] == want
        assert all(t.is_sent_start is not True for t in doc if t.i not in want and t.i)
    doc = tokenizer_only(texts[0])
    assert len(_paragraph_starts_walked(doc)) >= 4
