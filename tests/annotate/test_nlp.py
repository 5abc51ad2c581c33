"""annotate/nlp.py: entity_at reads the entity holding a token as doc.ents has it; paragraphs start sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.annotate.nlp import entity_at, sentences

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = ("SEOUL, Nov. 5 (UPI) -- North Korean leader Kim Jong-un met Russian Ambassador Aleksandr Matsegora "
        "at the Russian Embassy in Pyongyang on Wednesday\n\nA headline without a stop\n\n"
        "The Foreign Ministry of Chile said Oda Lindqvist would travel to Norway.")


def test_entity_at_agrees_with_doc_ents_for_every_token(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert doc.ents
    holder = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    for tok in doc:
        found, want = entity_at(doc, tok.i), holder.get(tok.i)
        if want is None:
            assert found is None, tok
        else:
            assert found is not None and (found.start, found.end, found.label_) == (want.start, want.end, want.label_)
    assert entity_at(doc, -1) is None and entity_at(doc, len(doc)) is None


def test_blank_lines_and_a_wire_dateline_start_sentences(nlp: Language) -> None:
    starts = [s[0].text for s in sentences(nlp(TEXT))]
    assert starts[:2] == ["SEOUL", "North"]
    assert "A" in starts and "The" in starts
