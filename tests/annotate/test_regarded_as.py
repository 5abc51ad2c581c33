"""A judgement told with a verb of regarding ("viewed the move as a breach", "regarded the ruling as unacceptable")
is a criticism (ACCUSE disapprove) of whoever did the act judged, when what it says the act is condemns
(``lexicons/event_triggers.jsonl`` ``accuse.regard_as_bad``, ``evaluation.condemns``), and so is opposing a wrong
("opposes violations of the accord by X", ``accuse.oppose_wrong``); real-page audit, classes "missed events" and
"wrong type": diplomatic reactions. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize("text", [
    "Uruguay's foreign ministry said on Monday it viewed Paraguay's decision as a clear breach of their river treaty.",
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


def test_opposing_a_wrong_done_by_an_actor_accuses_it(annotate_text: Callable[..., Document]) -> None:
    # "oppose" with a wrong for object condemns its doer (``accuse.oppose_wrong``), where the learned model read a
    # rejection
    doc = annotate_text("Uruguay strongly opposes violations of the river accord by Paraguay, the foreign minister "
                        "said on Monday.")
    assert [e.type for e in doc.events] == ["ACCUSE"]
    [accuse] = doc.events
    assert _countries(doc, accuse.source) == {"URY"} and _countries(doc, accuse.target) == {"PRY"}


@pytest.mark.parametrize(("text", "kind"), [
    # opposing a plan or a bid rejects it; opposing a wrong nobody is named for accuses nobody
    ("Uruguay opposed Paraguay's bid to host the summit on Monday.", "REJECT"),
    ("\"Uruguay has always opposed bullying of small states, whoever does it,\" the foreign minister said on Monday.",
     None),
])
def test_opposing_a_plan_or_a_nameless_wrong_is_no_accusation(annotate_text: Callable[..., Document], text: str,
                                                             kind: str | None) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "ACCUSE")
    if kind:
        assert _of_type(doc, kind)
