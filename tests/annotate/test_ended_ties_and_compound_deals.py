"""Two ways a state's act went unfound (issue 12: detection recall under cross-validation). All sentences invented.

- Ending or suspending ties names its verb ("ended its defence cooperation with", "suspended trade with"):
  SANCTION discontinue, as "severed ties" already was.
- A compound treaty noun the parser splits into a subject and a verb ("signed the fisheries deal": "deal" read as a
  verb) still says what was signed: AGREE.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from spacy.language import Language

from dateline.annotate.clauses import _misread_compound
from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, source, target", [
    ("Zambia suspended trade with Malawi on Friday.", "ZMB", "MWI"),
    ("Lima cut trade with La Paz after the border dispute.", "PER", "BOL"),
    ("Madrid ended its defence cooperation with Bamako on Sunday.", "ESP", "MLI"),
    ("Norway ended its development assistance to Tanzania last month.", "NOR", "TZA"),
])
def test_ending_ties_or_trade_is_a_sanction(annotate_text: Annotate, text: str, source: str, target: str) -> None:
    doc = annotate_text(text)
    [sanction] = _of_type(doc, "SANCTION")
    assert sanction.mode == "discontinue"
    assert _countries(doc, sanction.source) == {source}
    assert _countries(doc, sanction.target) == {target}


@pytest.mark.parametrize("text", [
    "The parliament in Lusaka ended its session on Friday.",
    "The two delegations ended the meeting in Accra without a statement.",
])
def test_ending_other_things_is_no_sanction(annotate_text: Annotate, text: str) -> None:
    assert not _of_type(annotate_text(text), "SANCTION")


@pytest.mark.parametrize("text, states", [
    ("Chile and Peru signed the fisheries deal on Monday.", {"CHL", "PER"}),
    ("Chile and Peru will sign the fisheries deal on Monday.", {"CHL", "PER"}),
    ("Oman and Yemen signed the ports deal on Tuesday.", {"OMN", "YEM"}),
])
def test_a_misparsed_compound_deal_is_still_signed(annotate_text: Annotate, text: str, states: set[str]) -> None:
    doc = annotate_text(text)
    [agree] = _of_type(doc, "AGREE")
    assert _countries(doc, agree.source + agree.participants + agree.target) >= states


def test_a_said_clause_is_no_signed_deal(annotate_text: Annotate) -> None:
    assert not _of_type(annotate_text("The Kenyan minister said the farmers deal with drought every year."), "AGREE")


def test_the_compound_is_read_only_when_the_parser_split_it(nlp: Language) -> None:
    [signed] = [t for t in nlp("Chile and Peru signed the fisheries deal on Monday.") if t.lower_ == "signed"]
    assert [c.lower_ for c in signed.children if _misread_compound(c)] in ([], ["deal"])
    assert not any(_misread_compound(t) for t in nlp("Chile and Peru signed the deal that the fishermen wanted."))
