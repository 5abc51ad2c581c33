"""A passive act's "by" phrase set off by a comma after one of its adjuncts names its doers, wherever the parser hung it
(annotate/arguments.py::displaced_agent; issue 14)."""

from __future__ import annotations

from dateline.annotate.arguments import displaced_agent
from event_helpers import countries, names, of_type


TRUCE = ("The truce was agreed in Jeddah on Tuesday, at the first talks between the two governments since 2021, by "
         "delegations led by Chadian Defence Minister Idriss Mahamat and Sudanese presidential aide Omar Siddiq.")


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_an_agreement_by_delegations_after_an_adjunct_names_their_leaders(  # type: ignore[no-untyped-def]
        annotate_text) -> None:
    doc = annotate_text(TRUCE)
    [deal] = of_type(doc, "AGREE")
    assert names(doc, deal.actors()) == {"Idriss Mahamat", "Omar Siddiq"}
    assert countries(doc, deal.actors()) == {"TCD", "SDN"}


def test_displaced_agent_reads_the_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TRUCE)
    by = displaced_agent(_word(doc, "agreed"))
    assert by is not None and by.lower_ == "by" and by.head.text == "talks"
    for text in ("The accord was signed at a ceremony hosted by Saudi Arabia.",
                 "The accord was signed by Chad and Sudan at a ceremony in Jeddah."):
        assert displaced_agent(_word(nlp(text), "signed")) is None, text
