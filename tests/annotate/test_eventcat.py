"""The learned event decision: a registered component, candidates from the lexicons, the model's types."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.eventcat import cameo, corpus_spelling, default_model_dir, features, load_model, verb_of
from dateline.annotate.events import find_events

if TYPE_CHECKING:
    from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    return [(f.trigger.type, f.modality) for f in find_events(0, doc, nlp, actors, {})]


def test_the_component_is_in_the_pipeline_and_declares_what_it_writes(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "dateline_events"
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"]["dateline_events"]
    assert "doc._.event_candidates" in analysis["summary"]["dateline_events"]["assigns"]
    doc = nlp("Kenya ruled out any negotiation with the rebels.")
    assert any(doc[c.i].lower_ == "ruled" and c.type == "REJECT" for c in doc._.event_candidates)


def test_the_shipped_model_loads_offline() -> None:
    model = load_model(str(default_model_dir()))
    assert model is not None and model.types[0] == "NONE" and len(model.vocab) > 1000


@pytest.mark.parametrize("noun, verb", [("resignation", "resign"), ("negotiation", "negotiate"),
                                        ("withdrawal", "withdraw"), ("expulsion", "expel"), ("attack", "attack")])
def test_an_event_noun_is_traced_to_its_verb(noun: str, verb: str) -> None:
    assert verb_of(noun, set(cameo()) | {verb}) == verb


@pytest.mark.parametrize("word, spelt", [("apologize", "apologise"), ("mobilization", "mobilisation"),
                                         ("criticize", "criticise"), ("seize", "seize"), ("size", "size")])
def test_an_american_spelling_is_read_as_the_corpus_spells_it(word: str, spelt: str) -> None:
    learned = {"apologise": {"CONCEDE": 1}, "mobilisation": {"MOBILIZE": 1}, "criticise": {"ACCUSE": 1},
               "seize": {"COERCE": 1}}
    assert corpus_spelling(word, learned) == spelt


def test_a_word_no_suffix_fits_is_answered_without_walking_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """One ``str.endswith`` over every suffix tells "drought" or "border" no derived noun and no American spelling
    (issue 12: each candidate noun walked the 23 derivations, twice); a word a suffix fits still walks them."""
    from dateline.annotate import eventcat

    eventcat.derivation_suffixes()
    walked: list[str] = []
    original = eventcat.derivations
    monkeypatch.setattr(eventcat, "derivations", lambda: walked.append("derivations") or original())
    learned = {"apologise": {"CONCEDE": 1}}
    for word in ("drought", "border", "ceasefire", "truce"):
        assert verb_of(word, cameo()) is None and corpus_spelling(word, learned) == word
    assert not walked
    assert verb_of("expulsion", {"expel"}) == "expel" and walked


def test_an_american_spelling_gets_the_features_of_the_british_one(nlp: Language) -> None:
    # invented: the corpus labels "apologised" (CONCEDE); American news writes "apologized", which the learned
    # decision read as an unseen word and typed by CAMEO's SUPPORT
    model = load_model(str(default_model_dir()))
    assert model is not None
    us, gb = nlp("Chile apologized to Peru on Monday."), nlp("Chile apologised to Peru on Monday.")
    feats = [{f for f in features(d[1], model.triggers, {}) if not f.startswith(("lower=", "vq"))} for d in (us, gb)]
    assert "w=apologise" in feats[0] and feats[0] == feats[1]  # the contextual vector classes may differ


@pytest.mark.parametrize("text, expected", [
    # invented examples of classes T1 and S2 of reports/unseen-errors.md: words no lexicon entry held
    # ("ruled out" itself is now in the lexicon: reject.rule_out)
    ("Kenya shrugged off the demand of the rebels for talks.", "REJECT"),
    ("Norway froze the assets of three Chilean trawling companies on Tuesday.", "SANCTION"),
    # ("spoke by phone" itself is now in the lexicon: consult.speak_with is reciprocal with a plural subject)
    ("Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister Joseph Mrema conversed by phone on Monday.",
     "CONSULT"),
])
def test_words_outside_the_trigger_lexicon_are_found(nlp: Language, text: str, expected: str) -> None:
    assert expected in {t for t, _ in _events(nlp, text)}
    assert expected not in {t for t, _ in [(f.trigger.type, 0) for f in _lexicon_only(nlp, text)]}


def _lexicon_only(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    return find_events(0, doc, nlp, actors, {}, model=None)


def test_a_promise_of_an_act_is_a_commitment(nlp: Language) -> None:
    assert ("AGREE", "asserted") in _events(nlp, "Norway will give Malawi a grant of 3 million dollars.")


def test_a_pledge_of_support_is_support(nlp: Language) -> None:
    # OUTPUT.md section 5: "pledges of support such as 'vowed to stand with Russia' is SUPPORT"
    assert ("SUPPORT", "asserted") in _events(nlp, "Japan will support Kenya's bid for a Security Council seat.")


def test_a_dated_future_meeting_stays_a_planned_meeting(nlp: Language) -> None:
    assert ("CONSULT", "planned") in _events(nlp, "Kenyan President William Ruto will meet Tanzanian President "
                                                  "Samia Suluhu Hassan in Arusha on Monday.")


def test_the_event_word_classes_are_data_and_a_misspelt_class_is_refused() -> None:
    from dateline.errors import LexiconError
    from dateline.lexicons import word_class

    assert "student" in word_class("private_people") and "town" in word_class("territory_nouns")
    with pytest.raises(LexiconError):
        word_class("privat_people")


def test_vector_classes_of_a_document_at_once_equal_one_by_one(nlp: Language) -> None:
    from dateline.annotate.eventcat import default_model_dir, document_classes, load_model, vector_classes

    model = load_model(str(default_model_dir()))
    assert model is not None and model.codebooks
    doc = nlp("Kenya and Tanzania signed a border accord on Monday after talks in Arusha, officials said.")
    toks = [t for t in doc if t.pos_ in ("VERB", "NOUN")]
    assert document_classes(toks, model.codebooks) == [vector_classes(t, model.codebooks) for t in toks]


def test_codebook_products_run_on_one_blas_thread_and_leave_the_setting_as_found(nlp: Language) -> None:
    """A threaded BLAS costs ~40 times the product's own CPU on these small products (bench/throughput.py)."""
    import numpy as np
    from threadpoolctl import threadpool_info

    from dateline.annotate.eventcat import default_model_dir, document_classes, load_model

    def blas_threads() -> int:
        return max((lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"), default=0)

    if not blas_threads():
        pytest.skip("numpy loaded no BLAS library threadpoolctl knows")
    seen: list[int] = []

    class Probe(np.ndarray):  # type: ignore[type-arg]
        """A codebook that notes the BLAS thread count whenever it is multiplied."""

        def __array_ufunc__(self, ufunc: np.ufunc, method: str, *inputs: object, **kwargs: object) -> object:
            if ufunc is np.matmul:
                seen.append(blas_threads())
            return getattr(ufunc, method)(*(np.asarray(x) for x in inputs), **kwargs)

    model = load_model(str(default_model_dir()))
    assert model is not None and model.codebooks
    probes = [cb.view(Probe) for cb in model.codebooks]
    doc = nlp("Kenya and Tanzania signed a border accord on Monday after talks in Arusha, officials said.")
    toks = [t for t in doc if t.pos_ in ("VERB", "NOUN")]
    before = blas_threads()
    assert document_classes(toks, probes) == document_classes(toks, model.codebooks)
    assert seen and set(seen) == {1}
    assert blas_threads() == before
