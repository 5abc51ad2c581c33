"""Give the typographic apostrophe's words the lexical features of the typewriter apostrophe's, so that the tagger,
parser and NER read "Peru’s Luis Vargas" as they read "Peru's Luis Vargas".

Working journalists' pages set the apostrophe as ’ (U+2019), and the opening single quote as ‘; the pretrained
English pipeline learned from text that mostly writes '. spaCy's tokenizer splits "Peru’s" as it splits "Peru's", and
its NORM already maps "’s" to "'s", but the models also read each word's PREFIX, SUFFIX and SHAPE (the ``attrs`` of
their embedding layer), which keep the curly mark. The NER then runs a possessor into the name after it ("Peru’s Luis
Vargas" one PERSON, "the city’s Cape Hill prison" a PERSON "’s Cape Hill"), and the possessive is no longer tagged
POS. Copying the straight form's features onto its curly twin in the shared ``Vocab``, once when the pipeline is
loaded, mends that without touching the text: offsets, names and evidence keep the page's own characters.

The pairs are data: ``typographic_apostrophe`` in ``lexicons/annotate_words.tsv``.
"""

from __future__ import annotations

import logging

from spacy.language import Language

from dateline.lexicons import word_map

LOGGER = logging.getLogger(__name__)

TYPOGRAPHIC_FORMS = word_map("typographic_apostrophe", "annotate_words")
"""Each word spelt with a typographic apostrophe or single quote, and its typewriter spelling ("’s" -> "'s")."""
FEATURE_ATTRS = ("norm_", "prefix_", "suffix_", "shape_")
"""The lexical features the pipeline's models read besides the word itself (``NORM``, ``PREFIX``, ``SUFFIX``,
``SHAPE``); the word (``ORTH``, ``LOWER``) stays the page's, so rules reading it see the curly form."""


def straighten_apostrophes(nlp: Language) -> None:
    """Give every curly form of ``TYPOGRAPHIC_FORMS`` the features of its straight twin, in the pipeline's Vocab.

    Done once per loaded pipeline, outside any memory zone, so the lexemes stay for the pipeline's life.
    """
    vocab = nlp.vocab
    for curly, straight in TYPOGRAPHIC_FORMS.items():
        lexeme, model = vocab[curly], vocab[straight]
        for attr in FEATURE_ATTRS:
            setattr(lexeme, attr, getattr(model, attr))
    LOGGER.debug("typographic apostrophes read as typewriter ones: %d forms", len(TYPOGRAPHIC_FORMS))
