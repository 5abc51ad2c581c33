"""A plea in court is no request: "pleaded guilty" admits the charge (CONCEDE), "pleaded not guilty" denies it
(REJECT) (annotate/pleas.py, GUIDE.md: an admission of wrongdoing is CONCEDE, denying the charges REJECT); "pleaded
with X to" stays a request. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names


@pytest.mark.parametrize(("text", "type_", "pleader"), [
    ("Former governor Ruben Salas pleaded guilty Friday to bribery charges brought by Cusco prosecutors.",
     "CONCEDE", "Ruben Salas"),
    ("Mayor Tomas Lind pleaded no contest on Friday to a charge of misusing campaign funds.", "CONCEDE", "Tomas Lind"),
    ("Defence minister Ana Soto pleaded not guilty on Friday to charges of leaking military secrets.", "REJECT",
     "Ana Soto"),
    ("Senator Marta Ibarra entered a plea of not guilty on Friday in a Santiago court.", "REJECT", "Marta Ibarra"),
])
def test_a_plea_in_court_admits_or_denies(annotate_text: Callable[..., Document], text: str, type_: str,
                                          pleader: str) -> None:
    doc = annotate_text(text)
    pleas = [e for e in doc.events if pleader in _names(doc, e.source)]
    assert [e.type for e in pleas] == [type_]


def test_pleading_with_someone_stays_a_request(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President William Ruto pleaded with the rebels on Monday to free the hostages.")
    assert "REQUEST" in {e.type for e in doc.events}
    assert not {"CONCEDE", "REJECT"} & {e.type for e in doc.events}


@pytest.mark.parametrize(("text", "kind"), [
    ("The judge heard that Vera pleaded guilty Monday.", "CONCEDE"),
    ("Both bankers pleaded not guilty.", "REJECT"),
    ("She pleaded innocent to the charges.", "REJECT"),
    ("He entered a guilty plea.", "CONCEDE"),
    ("The families pleaded for calm.", None),
    ("He did not plead for mercy.", None),
])
def test_the_plea_read_from_its_words(nlp, text: str, kind: str | None) -> None:
    from dateline.annotate.pleas import plea  # noqa: PLC0415

    found = {plea(t) for t in nlp(text)} - {None}
    assert found == ({kind} if kind else set())


@pytest.mark.parametrize(("text", "cleared"), [
    ("Former harbour chief Ivo Marek was cleared of all charges by a Latvian court on Friday.", "Ivo Marek"),
    ("A Latvian appeals court cleared the former mayor Ruta Ozola of the bribery allegations on Friday.", "Ruta Ozola"),
])
def test_cleared_of_charges_is_an_acquittal(annotate_text: Callable[..., Document], text: str, cleared: str) -> None:
    """An acquittal told as "cleared of" is CONCEDE in the accused's favour (GUIDE.md), and the charges it ends are no
    new accusation."""
    doc = annotate_text(text)
    conceded = [e for e in doc.events if e.type == "CONCEDE"]
    assert conceded and cleared in _names(doc, conceded[0].target), [(e.type, e.trigger) for e in doc.events]
    assert "LVA" in _countries(doc, conceded[0].source)
    assert not [e for e in doc.events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Latvian soldiers cleared the coast road of fallen trees on Friday.",
    "The Latvian parliament cleared the way for early elections on Friday.",
])
def test_clearing_a_road_or_the_way_is_no_acquittal(annotate_text: Callable[..., Document], text: str) -> None:
    # guard: no charge named, nobody acquitted
    assert not [e for e in annotate_text(text).events if e.type == "CONCEDE"]
