"""The surname after a courtesy title ("Mr Arkwright", "Dr Osei") is a person where the tagger saw none
(``nlp.NameRepair._add_after_courtesy_titles``); invented texts."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import names, of_type

Annotate = Callable[..., Document]


def test_a_surname_after_mr_opening_a_long_sentence_is_a_person(annotate_text: Annotate) -> None:
    doc = annotate_text("Mr Arkwright, who arrived in Lima on Sunday for a three-day visit, told reporters after "
                        "meeting Peruvian President Alan Ruiz that the two countries would sign a trade accord.")
    assert "Arkwright" in {e.name for e in doc.entities if e.type == "PERSON"}, doc.entities
    met = [names(doc, ev.source + ev.target + ev.participants) for ev in of_type(doc, "CONSULT")]
    assert {"Arkwright", "Alan Ruiz"} in met, doc.events


def test_a_place_or_an_organisation_after_a_courtesy_title_is_no_person(annotate_text: Annotate) -> None:
    doc = annotate_text("Dr Congo was the nickname the press gave the clinic, officials said on Monday.")
    assert "Congo" not in {e.name for e in doc.entities if e.type == "PERSON"}, doc.entities
