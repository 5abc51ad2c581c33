"""annotate/__init__.py: an event's evidence is its sentence, cut from the text joined once (issue 12)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.annotate import _evidence
from dateline.annotate.actors import Unit
from dateline.annotate.nlp import TEXT_KEY, sentences

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = ("Uruguay recalled its envoy from Asuncion on Monday.  \n\nThe Paraguayan foreign minister, Rosa Benitez, "
        "called the move \"hasty\" and said talks would resume in May.\nA caption line without a stop")


def test_the_evidence_is_the_sentence_as_written(nlp: Language) -> None:
    doc = nlp(TEXT)
    unit = Unit(doc, "body")
    for sent in sentences(doc):
        ev = _evidence(unit, sent)
        assert ev.text == sent.text.rstrip()
        assert TEXT[ev.start:ev.end] == ev.text


def test_the_evidence_is_cut_from_the_kept_string(nlp: Language) -> None:
    # ``Span.text`` builds a Token per word of the sentence; the string ``nlp.text_of`` keeps is sliced instead
    doc = nlp(TEXT)
    doc.user_data[TEXT_KEY] = TEXT.upper()
    sent = sentences(doc)[0]
    assert _evidence(Unit(doc, "body"), sent).text == sent.text.rstrip().upper()
