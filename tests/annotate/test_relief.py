"""Relief goods sent, shipped or donated to another side are AID, mode humanitarian (annotate/relief.py, GUIDE.md), not
a deployment or military aid. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "giver", "helped"), [
    ("Portugal donated 500 tents and blankets to Mozambique on Monday.", "PRT", "MOZ"),
    ("Oman flew 30 tonnes of flour and medical kits to Yemen on Sunday.", "OMN", "YEM"),
    ("Chile sent 20 tonnes of rice to Bolivia after the floods.", "CHL", "BOL"),
])
def test_relief_goods_sent_to_a_state_are_humanitarian_aid(annotate_text: Callable[..., Document], text: str,
                                                          giver: str, helped: str) -> None:
    doc = annotate_text(text)
    aid = [e for e in _of_type(doc, "AID") if giver in _countries(doc, e.source) and helped in _countries(doc, e.target)]
    assert [e.mode for e in aid] == ["humanitarian"]
    assert not _of_type(doc, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Turkey sent troops and food to the border town on Monday.",
    "The ministry sent a memo to hospital staff about food safety on Monday.",
])
def test_goods_sent_with_troops_or_no_goods_are_no_relief(nlp, text: str) -> None:
    from dateline.annotate.relief import relief_sent  # noqa: PLC0415 (the other tests run without the module)

    assert not any(relief_sent(t) for t in nlp(text))


def test_a_message_about_food_is_no_relief(nlp) -> None:
    from dateline.annotate.relief import relief_sent  # noqa: PLC0415

    doc = nlp("The ministry sent a long letter about food prices to the Chadian embassy.")
    assert not any(relief_sent(t) for t in doc)


@pytest.mark.parametrize(("text", "giver", "helped"), [
    ("The Omani envoy told reporters that Muscat would send aid to Yemen.", "OMN", "YEM"),
    ("Ireland's foreign minister told reporters that Dublin would ship relief supplies to Sudan.", "IRL", "SDN"),
])
def test_an_undated_promise_to_send_relief_is_a_commitment(annotate_text: Callable[..., Document], text: str,
                                                          giver: str, helped: str) -> None:
    # GUIDE.md: an undated "will provide / send" is AGREE asserted
    doc = annotate_text(text)
    assert any(giver in _countries(doc, e.source) and helped in _countries(doc, e.target)
               for e in _of_type(doc, "AGREE"))


def test_economic_aid_is_no_relief(nlp) -> None:
    from dateline.annotate.relief import relief_sent  # noqa: PLC0415

    assert not any(relief_sent(t) for t in nlp("Germany sent economic assistance to Moldova last week."))


@pytest.mark.parametrize(("text", "giver", "helped"), [
    ("Chile sent a team of 60 rescuers to Ecuador on Sunday after the earthquake.", "CHL", "ECU"),
    ("India sent two naval ships carrying food and doctors to Sri Lanka on Monday.", "IND", "LKA"),
    ("Brazil sent two planes loaded with medicine to Bolivia on Saturday.", "BRA", "BOL"),
])
def test_relief_crews_sent_to_a_state_are_humanitarian_aid(annotate_text: Callable[..., Document], text: str,
                                                          giver: str, helped: str) -> None:
    doc = annotate_text(text)
    assert any(giver in _countries(doc, e.source) and helped in _countries(doc, e.target)
               for e in _of_type(doc, "AID"))


@pytest.mark.parametrize(("text", "giver", "helped"), [
    ("Turkish rescuers arrived in Tripoli on Wednesday to search for people missing after the floods.", "TUR", "LBY"),
    ("A Japanese medical team arrived in Kathmandu on Friday.", "JPN", "NPL"),
])
def test_relief_crews_arriving_bring_aid_not_a_visit(annotate_text: Callable[..., Document], text: str, giver: str,
                                                     helped: str) -> None:
    doc = annotate_text(text)
    assert any(giver in _countries(doc, e.source) and helped in _countries(doc, e.target)
               for e in _of_type(doc, "AID"))
    assert not _of_type(doc, "CONSULT")


def test_travellers_arriving_bring_no_aid(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("A team of Swiss climbers arrived in Kathmandu on Monday.")
    assert not _of_type(doc, "AID")


def test_help_to_a_place_of_no_state_is_no_aid(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan volunteers assisted the Earth on Monday by planting trees.")
    assert not _of_type(doc, "AID")


@pytest.mark.parametrize(("text", "asker"), [
    ("Peru has asked the World Food Programme for 2,000 tonnes of rice, officials in Lima said on Monday.", "PER"),
    ("Kenya requested that UNICEF send water purification tablets to the flooded districts on Tuesday.", "KEN"),
    ("The Philippines appealed for foreign aid on Sunday after the typhoon destroyed thousands of homes.", "PHL"),
])
def test_a_request_for_relief_asks_for_assistance(annotate_text: Callable[..., Document], text: str,
                                                 asker: str) -> None:
    doc = annotate_text(text)
    assert [e.mode for e in _of_type(doc, "REQUEST") if asker in _countries(doc, e.source)] == ["assist"]


def test_relief_rushed_to_a_state_is_humanitarian_aid(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Saudi Arabia rushed medicine and tents to Yemen on Sunday.")
    assert [e.mode for e in _of_type(doc, "AID")] == ["humanitarian"]


def test_relief_a_state_gives_is_told_with_no_one_helped_named(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Japan has given $30 million in emergency aid, the foreign ministry said on Monday.")
    assert any("JPN" in _countries(doc, e.source) for e in _of_type(doc, "AID"))


def test_relief_given_goes_to_the_one_state_struck(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("An earthquake struck Nepal on Saturday. China provided $2.6 million in emergency aid on "
                        "Monday.")
    assert any("CHN" in _countries(doc, e.source) and "NPL" in _countries(doc, e.target)
               for e in _of_type(doc, "AID"))


def test_relief_given_by_unnamed_nations_is_no_event(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Several European nations have provided emergency aid worth $5 million.")
    assert not _of_type(doc, "AID")


def test_relief_given_is_humanitarian_whatever_the_verb(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("An earthquake struck Nepal on Saturday. India donated 500 tents on Sunday.")
    assert [e.mode for e in _of_type(doc, "AID")] == ["humanitarian"]
