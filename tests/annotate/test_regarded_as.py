"""A judgement told with a verb of regarding ("viewed the move as a breach", "regarded the ruling as unacceptable")
is a criticism (ACCUSE disapprove) of whoever did the act judged, when what it says the act is condemns
(``lexicons/event_triggers.jsonl`` ``accuse.regard_as_bad``, ``evaluation.condemns``; real-page audit, class "missed
events": diplomatic reactions). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize("text", [
    "Uruguay's foreign ministry said on Monday it viewed Paraguay's decision as a breach of the river treaty.",
    "Uruguay's foreign ministry said on Monday that it regarded the Paraguayan ruling as \"a step undermining\" the "
    "border talks.",
])
def test_a_condemning_view_of_an_act_accuses_its_doer(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    [accuse] = _of_type(doc, "ACCUSE")
    assert accuse.mode == "disapprove" and accuse.modality == "asserted"
    assert _countries(doc, accuse.source) == {"URY"} and _countries(doc, accuse.target) == {"PRY"}


@pytest.mark.parametrize("text", [
    # a view that praises, a sight, a deliberation and a passive with no judge named are no criticism
    "Uruguay's foreign ministry said on Monday it viewed Paraguay's decision as a historic step.",
    "Uruguayan soldiers saw heavy fighting near the Paraguayan border on Monday.",
    "The Uruguayan parliament will consider the Paraguayan proposal to close the bridge on Monday.",
    "The Paraguayan blockade of the bridge is widely regarded as illegal.",
])
def test_a_view_that_condemns_nothing_accuses_nobody(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "ACCUSE")


def test_no_longer_regarding_an_act_as_bad_is_negated(annotate_text: Callable[..., Document]) -> None:
    # "no longer" negates the verb through its adverb, as "not" does
    doc = annotate_text("Uruguay said on Monday that it no longer regards the Paraguayan dam as illegal.")
    assert {e.modality for e in _of_type(doc, "ACCUSE")} == {"negated"}
