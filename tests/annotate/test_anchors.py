"""Test annotate/anchors.py: the act a clause is counted from, named by a noun, and that act's earlier telling."""

from __future__ import annotations

import pytest

from dateline.annotate.anchors import anchor_of, bases, earlier_telling, same_act, time_anchor


def _verb(doc, lemma):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lemma_ == lemma)


@pytest.mark.parametrize(("text", "noun", "days"), [
    ("Within hours of the vote, the minister resigned.", "vote", 0),
    ("Hours after his speech, the minister resigned.", "speech", 0),
    ("Shortly after the raid, the minister resigned.", "raid", 0),
    ("Two days after the vote, the minister resigned.", "vote", 2),
    ("The minister resigned a week before the vote.", "vote", -7),
])
def test_a_count_from_a_named_act_is_read(nlp, text, noun, days) -> None:
    anchor = anchor_of(_verb(nlp(text), "resign"))
    assert anchor is not None and (anchor.noun.text, anchor.days) == (noun, days)


@pytest.mark.parametrize("text", [
    "After the vote, the minister resigned.",  # no count: the gap is unknown
    "Within days of the vote, the minister resigned.",  # a count too vague to move a day
    "Two days after a vote, the minister resigned.",  # a noun that points back to nothing told
])
def test_no_anchor_without_a_count_or_a_pointing_noun(nlp, text) -> None:
    assert anchor_of(_verb(nlp(text), "resign")) is None


def test_a_noun_and_a_verb_of_one_base_tell_one_act(nlp) -> None:
    doc = nlp("She appeared on state television on Monday. Parliament voted on Tuesday.\n\nHours after her televised "
              "speech and the vote, the minister resigned.")
    sents = list(doc.sents)
    noun = next(t for t in doc if t.text == "speech")
    assert "televise" in bases(next(t for t in doc if t.text == "television"))
    assert earlier_telling(noun, sents[:2]).text == "television"  # the noun's modifier, as the noun is not told
    vote = next(t for t in doc if t.text == "vote")
    assert earlier_telling(vote, sents[:2]).text == "voted"


def test_a_modifier_that_tells_no_act_finds_no_telling(nlp) -> None:
    doc = nlp("Israeli troops entered the town on Monday.\n\nHours after the Israeli strike, the minister resigned.")
    sents = list(doc.sents)
    noun = next(t for t in doc if t.text == "strike")
    assert earlier_telling(noun, sents[:1]) is None  # "Israeli" names a state, not the strike


def test_a_derived_noun_meets_only_its_verb(nlp) -> None:
    doc = nlp("The state media reported it on Monday. The ministry stated its view on Tuesday. Hours after the "
              "statement, the minister resigned.")
    statement = next(t for t in doc if t.text == "statement")
    state, stated = next(t for t in doc if t.text == "state"), next(t for t in doc if t.text == "stated")
    assert not same_act(statement, state) and same_act(statement, stated)


@pytest.mark.parametrize(("text", "noun"), [
    ("Police tightened security in the aftermath of the bombings in Lagos.", "bombings"),
    ("Kenya sent troops north in the wake of raids on border towns.", "raids"),
    ("Malian soldiers killed ten rebels on the eve of the vote.", "vote"),
])
def test_a_compound_preposition_of_time_anchors_its_noun(nlp, text, noun) -> None:
    assert time_anchor(next(t for t in nlp(text) if t.text == noun))


def test_a_wake_that_is_no_preposition_anchors_nothing(nlp) -> None:
    doc = nlp("Fishermen watched the wake of the bombings' survivors' boats.")
    assert not time_anchor(next(t for t in doc if t.text == "bombings"))


def test_an_anchoring_wake_makes_no_attack(annotate_text) -> None:
    doc = annotate_text("Kenyan troops crossed into Somalia on Monday in the wake of raids by al-Shabaab on "
                        "border towns.")
    assert "raids" not in [e.trigger for e in doc.events], [(e.type, e.trigger) for e in doc.events]
