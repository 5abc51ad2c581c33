"""A removal from power told only by a participle on the post or the name ("the ousted president, A") is A's
DISMISS, with no time of its own (annotate/construction_cues.py::_ousted_person, dating.attributive_act; issue 14)."""

from __future__ import annotations

from dateline.annotate.construction_cues import _ousted_person
from event_helpers import names, of_type


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_the_ousted_president_was_removed(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Gabon's deposed leader Ali Bongo was freed on Wednesday.")
    [removal] = of_type(doc, "DISMISS")
    assert names(doc, removal.target) == {"Ali Bongo"} and not removal.source
    assert removal.date is None  # Wednesday is the release's day, not the removal's
    [release] = of_type(doc, "RETREAT")
    assert release.date is not None and release.date.start == "2025-03-12"


def test_a_removal_told_before_absorbs_the_participle(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The army toppled President Ali Bongo on August 30. Ali Bongo, the overthrown president, was "
                        "freed on Wednesday.")
    [removal] = of_type(doc, "DISMISS")
    assert removal.date is not None and removal.date.start == "2024-08-30"


def test_ousted_person_reads_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Opposition leaders in Libreville continued to back the ousted leader, Ali Bongo, as head of state.",
                 "Chile granted a visa to the wife of ousted Bolivian President Evo Quispe.",
                 "Evo Quispe, the ousted president, remains in detention."):
        person = _ousted_person(_word(nlp(text), "ousted"))
        assert person is not None and person.text in ("Bongo", "Quispe"), text
    for text in ("Protesters demanded the return of the ousted government.",
                 "The rebels ousted President Evo Quispe in May."):
        assert _ousted_person(_word(nlp(text), "ousted")) is None, text
