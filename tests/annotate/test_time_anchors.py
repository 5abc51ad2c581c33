"""Test that an event noun which only dates another event is no event of its own (annotate/anchors.py time_anchor), and the
other constructions where a second event word is not a second event: a refusal's complement, a declared readiness
to use force, an emergency that is lifted (annotate/events.py). Invented sentences."""

from __future__ import annotations

import pytest

from dateline.annotate.anchors import time_anchor


@pytest.mark.parametrize(
    ("text", "word", "anchor"),
    [
        ("Kenyan police imposed a curfew in Kisumu after a week of unrest by Ugandan farmers.", "unrest", True),
        ("Kenya granted asylum to five Ugandan officers since last month's Tanzanian invasion.", "invasion", True),
        ("Ugandan rebels have been disarmed since the peace accord.", "accord", True),
        ("Chile recalled its ambassador following the shelling of the border post.", "shelling", True),
        ("Chile unveiled the plan after talks with Bolivia.", "talks", False),
        ("Chile criticised the shelling of the border post.", "shelling", False),
    ],
)
def test_a_bare_event_noun_after_a_time_preposition_is_an_anchor(nlp, text, word, anchor):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    assert time_anchor(tok) is anchor


def test_an_attack_that_only_dates_an_asylum_is_no_assault(annotate_text):
    doc = annotate_text("Kenya granted asylum to five Ugandan officers hiding in an embassy since last month's "
                        "Tanzanian invasion.")
    assert [v.type for v in doc.events] == ["AID"]


def test_unrest_that_only_dates_a_curfew_is_no_protest(annotate_text):
    doc = annotate_text("Kenyan police imposed a curfew in Kisumu on Monday after a week of unrest by Ugandan farmers.")
    assert "PROTEST" not in [v.type for v in doc.events]


def test_declining_to_resign_is_a_refusal_not_a_resignation(annotate_text):
    doc = annotate_text("Kenyan Vice President Paul Okello has declined to resign over the scandal.")
    assert [(v.type, v.modality) for v in doc.events] == [("REJECT", "asserted")]


def test_prices_that_decline_refuse_nothing(annotate_text):
    assert annotate_text("Kenyan oil prices declined to their lowest level on Monday.").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya declared on Friday that it stood prepared to storm rebel camps near Kisumu.",
        "Uganda said it is ready to use force against Congolese rebels.",
    ],
)
def test_a_declared_readiness_to_use_force_is_a_threat(annotate_text, text):
    assert [v.type for v in annotate_text(text).events] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya said it is ready to send aid to Uganda.", "AGREE"),
        ("Several thousand Ugandan reservists were getting ready to enter the fighting in Congo, Kenya said.", None),
    ],
)
def test_a_readiness_to_help_or_a_getting_ready_threatens_no_one(annotate_text, text, kind):
    types = [v.type for v in annotate_text(text).events]
    assert "THREATEN" not in types
    assert kind is None or kind in types


@pytest.mark.parametrize(
    "text",
    [
        "Uganda on Monday lifted the state of emergency it had declared in Gulu.",
        "Uganda eased emergency measures in Gulu on Monday.",
    ],
)
def test_an_emergency_lifted_is_one_concession(annotate_text, text):
    assert [v.type for v in annotate_text(text).events] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan opposition leader began a sit-in outside parliament on Tuesday to protest the state's response to the "
        "floods.",
        "Kenyan nurses launched a hunger strike last week to protest the detention of their union chief.",
    ],
)
def test_the_purpose_of_a_protest_is_no_second_accusation(annotate_text, text):
    assert [v.type for v in annotate_text(text).events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan army prepared on Monday to renew its bombardment of rebel positions near the Congolese border.",
        "Kenyan troops prepared on Friday to resume bombing militia bases in the north.",
        "Several thousand Kenyan reservists were getting ready on Monday to enter Rwanda's war against Congo.",
    ],
)
def test_getting_ready_for_an_act_of_force_is_a_mobilisation(annotate_text, text):
    assert [(v.type, v.mode) for v in annotate_text(text).events] == [("MOBILIZE", "troops")]


def test_getting_ready_to_host_talks_mobilises_no_one(annotate_text):
    assert "MOBILIZE" not in [v.type for v in annotate_text("Kenya prepared on Monday to host talks between Uganda and "
                                                            "Tanzania.").events]
