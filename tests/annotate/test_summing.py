"""A speech-act noun after a comma that sums up the clause before it ("..., a demand Niamey rejected"), and a verb of
insisting with a subjunctive ("insisted that Niger reopen the border"): annotate/summing.py and the insisting
construction of constructions._constructions (issue 13). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "asker", "asked"), [
    ("The Malian foreign minister insisted that Niger reopen the border crossing at Gao.", "MLI", "NER"),
    ("Portugal's envoy insisted on Monday that Morocco hand back the impounded trawlers.", "PRT", "MAR"),
    ("The Finnish delegation insisted that Estonia pay for the damaged undersea cable.", "FIN", "EST"),
])
def test_insisting_that_a_state_do_something_asks_it(annotate_text: Callable[..., Document], text: str,
                                                      asker: str, asked: str) -> None:
    doc = annotate_text(text)
    requests = _of_type(doc, "REQUEST")
    assert any(asker in _countries(doc, e.source) and asked in _countries(doc, e.target) for e in requests)


@pytest.mark.parametrize(("text", "asker", "asked"), [
    ("The Malian envoy insisted that Niger reopen the border crossing at Gao, a demand Niamey rejected.", "MLI",
     "NER"),
    ("Portugal's fisheries minister insisted that Morocco compensate the crews, a demand Rabat dismissed on Monday.",
     "PRT", "MAR"),
    ("The Finnish delegation insisted that Estonia pay for the damaged cable, a demand Tallinn rejected.", "FIN",
     "EST"),
])
def test_a_demand_summed_up_and_rejected_is_one_request_and_its_rejection(
        annotate_text: Callable[..., Document], text: str, asker: str, asked: str) -> None:
    doc = annotate_text(text)
    requests = _of_type(doc, "REQUEST")
    assert len(requests) == 1
    assert asker in _countries(doc, requests[0].source) and asked in _countries(doc, requests[0].target)
    assert any(asked in _countries(doc, e.source) for e in _of_type(doc, "REJECT"))


@pytest.mark.parametrize(("text", "doer"), [
    ("Lithuania accused Belarus of flying balloons into its airspace, a charge Minsk rejected on Monday.", "BLR"),
    ("Ecuador accused Colombia of sheltering the rebel commander, a charge Bogota denied.", "COL"),
])
def test_a_charge_summed_up_keeps_the_accusation_beside_its_denial(annotate_text: Callable[..., Document],
                                                                   text: str, doer: str) -> None:
    doc = annotate_text(text)
    assert any(doer in _countries(doc, e.target) for e in _of_type(doc, "ACCUSE"))
    assert any(doer in _countries(doc, e.source) for e in _of_type(doc, "REJECT"))


@pytest.mark.parametrize(("text", "summed"), [
    ("Ecuador accused Colombia of sheltering the rebel commander, a charge Bogota denied.", True),
    ("Ecuador accused Colombia of sheltering the rebel commander and Bogota denied it.", False),
])
def test_the_misread_root_of_a_summing_noun_is_recognised(nlp, text: str, summed: bool) -> None:
    from dateline.annotate.summing import summing_root  # noqa: PLC0415 (the other tests run without the module)

    doc = nlp(text)
    roots = [t for t in doc if summing_root(t) is not None]
    assert bool(roots) is summed
