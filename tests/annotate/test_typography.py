"""annotate/typography.py: a typographic apostrophe (’) is read by the models as a typewriter one ('), text unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pytest

from dateline.annotate.typography import FEATURE_ATTRS, TYPOGRAPHIC_FORMS

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.model import Document

CURLY = [
    "Chilean President Ana Gomez met Peru’s Luis Vargas in Lima on Friday.",
    "Minister Lena Berg toured the city’s Cape Hill prison before flying to Accra.",
    "The Kenyan government’s spokesman Ali Omar said Nairobi wouldn’t recall its envoy.",
]


@pytest.mark.parametrize("text", CURLY)
def test_curly_and_straight_apostrophes_give_the_same_entities(nlp: Language, text: str) -> None:
    curly, straight = nlp(text), nlp(text.replace("’", "'"))
    assert curly.text == text  # the page's own characters stay
    assert [(e.start_char, e.end_char, e.label_) for e in curly.ents] == [
        (e.start_char, e.end_char, e.label_) for e in straight.ents]
    assert [t.tag_ for t in curly] == [t.tag_ for t in straight]


def test_a_possessor_state_is_not_run_into_the_name_after_it(nlp: Language) -> None:
    ents = {(e.text, e.label_) for e in nlp(CURLY[0]).ents}
    assert ("Luis Vargas", "PERSON") in ents and ("Peru", "GPE") in ents
    assert not any(e.text.startswith("’") for e in nlp(CURLY[1]).ents)


def test_the_person_met_keeps_the_possessor_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text(CURLY[0])
    names = {e.id: (e.name, e.country) for e in doc.entities}
    met = [ev for ev in doc.events if ev.type == "CONSULT"]
    assert met and ("Luis Vargas", "PER") in [names[i] for i in (*met[0].source, *met[0].target)]


def test_every_curly_form_has_its_twin_features(nlp: Language) -> None:
    for curly, straight in TYPOGRAPHIC_FORMS.items():
        assert "’" in curly or "‘" in curly
        for attr in FEATURE_ATTRS:
            assert getattr(nlp.vocab[curly], attr) == getattr(nlp.vocab[straight], attr), (curly, attr)
