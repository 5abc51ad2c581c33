"""Tests for dateline.annotate.recipients: whom an honour is conferred on, and the honour's name as no side
(invented examples; issue 13, "X and Y recipients of awards")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from dateline.annotate.recipients import honour_tokens, recipient_tokens
from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


def test_the_on_phrase_names_the_recipient_even_when_hung_on_the_honour(nlp: Language) -> None:
    doc = nlp("Mutai conferred the Order of the Eagle with the rank of Commander on Corporal Peter Otieno.")
    verb = next(t for t in doc if t.lower_ == "conferred")
    assert [t.text for t in recipient_tokens(verb)] == ["Otieno"]
    assert "Eagle" in {t.text for t in honour_tokens(verb)} and "Otieno" not in {t.text for t in honour_tokens(verb)}


def test_an_honour_conferred_on_a_titled_person_goes_to_that_person(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President William Mutai on Sunday decorated the sailors who were attacked at sea. "
                        "Mutai conferred the Order of the Eagle with the rank of Commander on Corporal First Class "
                        "Peter Otieno, who lost his left hand in the attack.")
    awards = [a for a in _of_type(doc, "AWARD") if a.evidence.text.startswith("Mutai conferred")]
    assert len(awards) == 1
    assert _names(doc, awards[0].source) == {"William Mutai"} and _names(doc, awards[0].target) == {"Peter Otieno"}


def test_parallel_conferrals_share_their_recipient(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Indian Prime Minister Rajiv Mehta arrived on Sunday. On Monday, Governor-General Sir Tomas "
                        "Varga invested Mehta with the Grand Cross of the Order of the Lion, while Kenyan President "
                        "William Mutai conferred the Order of the Eagle on him and Ugandan President Moses Kato "
                        "presented him with the Nile Medal.")
    got = {(frozenset(_names(doc, a.source)), frozenset(_names(doc, a.target))) for a in _of_type(doc, "AWARD")}
    assert got == {(frozenset({giver}), frozenset({"Rajiv Mehta"}))
                   for giver in ("Tomas Varga", "William Mutai", "Moses Kato")}


def test_a_prize_named_as_the_event_is_no_side_of_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("The Africa Peace Prize went to Kenyan activist Jane Wambui and Ugandan lawyer Peter Okot.")
    awards = _of_type(doc, "AWARD")
    assert {frozenset(_names(doc, a.target)) for a in awards} == {frozenset({"Jane Wambui"}), frozenset({"Peter Okot"})}
    assert not any(a.source for a in awards)
