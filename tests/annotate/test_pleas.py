"""A plea in court is no request: "pleaded guilty" admits the charge (CONCEDE), "pleaded not guilty" denies it
(REJECT) (annotate/pleas.py, GUIDE.md: an admission of wrongdoing is CONCEDE, denying the charges REJECT); "pleaded
with X to" stays a request. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names


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
