"""annotate/rulers.py: the faster attribute ruler and lemmatizer give stock spaCy's annotations exactly."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from dateline.annotate.rulers import CachedLemmatizer, IndexedAttributeRuler, use_faster_components
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

# invented sentences that reach the ruler's every kind of pattern: the tag map, "IN" lists ("is"/"'s"),
# several tokens ("gonna", "let's", "there are"), "NOT_IN" (auxiliaries, determiners), "REGEX" ("ain't",
# "nothin'"), spaces, pronoun objects; and base forms and inflected ones for the lemmatizer
TEXTS = [
    "Norwegian Foreign Minister Ingrid Hovland met her Colombian counterpart in Oslo on Monday.",
    "We're gonna sign it, let's be clear: there are no talks and there is nothing left, y'all.",
    "I ain't seen nothin' like it, said the envoy, who had been told that ministers weren't coming.",
    "Gimme a minute.  The ministers gotta decide whether the talks, which began in May, will resume.\n\nC'mon.",
    "They asked him and me; the ambassador thanked you for it, though it isn't over until the vote is held.",
    "Both delegations reached an agreement, and each side's negotiators signed the documents yesterday.",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The pinned pipeline exactly as spaCy loads it."""
    return spacy.load(Options().model)


def test_the_run_pipeline_uses_the_subclasses_in_the_stock_places(nlp: Language, stock: Language) -> None:
    assert [n for n in nlp.pipe_names if not n.startswith("dateline_")] == stock.pipe_names
    assert type(nlp.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is CachedLemmatizer
    assert nlp.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


def test_matches_and_token_attributes_equal_stock_spacy(stock: Language) -> None:
    fast = spacy.load(Options().model)
    use_faster_components(fast)
    ruler, stock_ruler = fast.get_pipe("attribute_ruler"), stock.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler) and type(stock_ruler) is AttributeRuler
    for _ in range(2):  # the second pass reads the lemma cache
        for mine, theirs in zip(fast.pipe(TEXTS), stock.pipe(TEXTS)):
            assert ruler.match(mine) == stock_ruler.match(theirs)
            cols = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
            assert mine.to_array(cols).tolist() == theirs.to_array(cols).tolist()
            assert [(t.lemma_, str(t.morph), t.pos_) for t in mine] == [(t.lemma_, str(t.morph), t.pos_) for t in theirs]
    # the multi-token and regex patterns went to the ruler's own Matcher, the rest to its tables
    index = ruler._index
    assert index is not None and 0 < len(index.rest) < len(stock_ruler.patterns) // 4


def test_a_pattern_added_later_is_matched(stock: Language) -> None:
    fast = spacy.load(Options().model)
    use_faster_components(fast)
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    fast("Warm the table index up.")
    ruler.add([[{"LOWER": "hovland", "TAG": {"IN": ["NNP", "NN"]}}]], {"LEMMA": "HOVLAND"})
    ruler.add([[{"LOWER": "oslo"}, {"LOWER": "on"}]], {"LEMMA": "ON-OSLO"}, index=1)
    doc = fast(TEXTS[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("hovland", "on")] == ["HOVLAND", "ON-OSLO"]


def test_the_lemma_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.annotate.rulers as rulers

    fast = spacy.load(Options().model)
    use_faster_components(fast)
    monkeypatch.setattr(rulers, "MAX_CACHED_LEMMAS", 5)
    lemmatizer = fast.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, CachedLemmatizer)
    doc = fast(TEXTS[1])
    assert len(lemmatizer.cache) <= 5
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in spacy.load(Options().model)(TEXTS[1])]
