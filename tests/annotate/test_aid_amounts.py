"""An amount of aid or a pledge raised by its giver (annotate/aid_amounts.py): a pledge raised is AGREE, aid raised
AID, never a levy (SANCTION); the recipient comes from the aid noun's phrases, and aid raised with no recipient
named is still told. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "giver"), [
    ("Norway doubled its pledge for the cyclone victims to $40 million on Monday.", "NOR"),
    ("Sweden raised its aid pledge to $25 million on Friday.", "SWE"),
    ("Portugal tripled its commitment of flood relief to 9 million euros on Sunday.", "PRT"),
])
def test_a_pledge_raised_is_a_commitment(annotate_text: Callable[..., Document], text: str, giver: str) -> None:
    doc = annotate_text(text)
    assert any(giver in _countries(doc, e.source) for e in _of_type(doc, "AGREE"))
    assert not _of_type(doc, "SANCTION")


@pytest.mark.parametrize(("text", "giver", "helped"), [
    ("Germany increased its humanitarian aid for Sudan to 50 million euros on Wednesday.", "DEU", "SDN"),
    ("Britain added $20 million to its aid for flood victims in Pakistan on Monday.", "GBR", "PAK"),
    ("After the earthquake, France raised its contribution to the relief effort in Haiti to 15 million euros on "
     "Thursday.", "FRA", "HTI"),
])
def test_aid_raised_is_aid_to_whom_its_noun_names(annotate_text: Callable[..., Document], text: str, giver: str,
                                                  helped: str) -> None:
    doc = annotate_text(text)
    aid = _of_type(doc, "AID")
    assert any(giver in _countries(doc, e.source) and helped in _countries(doc, e.target) for e in aid)
    assert not _of_type(doc, "SANCTION")


def test_aid_raised_with_no_recipient_named_is_told(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Denmark increased its aid to $12 million on Monday as aid agencies counted the dead.")
    assert any("DNK" in _countries(doc, e.source) for e in _of_type(doc, "AID"))


def test_military_aid_raised_keeps_its_kind(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Latvia doubled its military aid to Moldova on Monday.")
    assert [e.mode for e in _of_type(doc, "AID")] == ["military"]


@pytest.mark.parametrize("text", [
    "The Egyptian government increased the bread subsidy to $3 billion on Monday.",
    "Kenya Airways doubled its fares to Mombasa on Friday.",
    "The company raised its contribution to the staff pension fund on Monday.",
    "The founder's death was announced on Sunday. The company raised its contribution to the staff pension fund.",
])
def test_other_amounts_raised_are_no_aid(nlp, text: str) -> None:
    from dateline.annotate.aid_amounts import aid_amount  # noqa: PLC0415 (the other tests run without the module)

    assert not any(aid_amount(t) for t in nlp(text))


def test_aid_raised_in_the_future_is_a_commitment(annotate_text: Callable[..., Document]) -> None:
    # GUIDE.md: an undated "will provide / send" is AGREE asserted
    doc = annotate_text("Japan will double its aid to the region, the prime minister said on Monday.")
    assert any("JPN" in _countries(doc, e.source) for e in _of_type(doc, "AGREE"))
    assert not _of_type(doc, "AID")


@pytest.mark.parametrize(("text", "giver", "struck"), [
    ("A cyclone tore through Fiji on Sunday. New Zealand increased its aid to $12 million on Tuesday.", "NZL", "FJI"),
    ("The earthquake in Peru killed 300 people on Sunday. Chile flew 40 tonnes of tents and blankets to the disaster "
     "zone for the survivors on Monday.", "CHL", "PER"),
])
def test_aid_with_no_recipient_goes_to_the_one_state_struck(annotate_text: Callable[..., Document], text: str,
                                                            giver: str, struck: str) -> None:
    doc = annotate_text(text)
    assert any(giver in _countries(doc, e.source) and struck in _countries(doc, e.target)
               for e in _of_type(doc, "AID"))


def test_aid_with_several_states_struck_names_none(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("The storm hit Fiji, Tonga and Samoa on Sunday. Denmark increased its aid to "
                        "$20 million on Wednesday.")
    aid = [e for e in _of_type(doc, "AID") if "DNK" in _countries(doc, e.source)]
    assert aid and all(not e.target for e in aid)


def test_unnamed_givers_get_no_stricken_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("A cyclone tore through Fiji on Sunday. Several Pacific nations have sent ships carrying food "
                        "and doctors to the devastated islands.")
    assert not _of_type(doc, "AID")


def test_a_sum_pledged_with_no_recipient_is_for_the_state_struck(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("A landslide buried three villages in Nepal on Sunday. Bhutan pledged $2 million in emergency "
                        "aid on Monday.")
    assert any({"BTN", "NPL"} <= _countries(doc, e.source + e.target) for e in _of_type(doc, "AGREE"))


@pytest.mark.parametrize(("text", "kind", "giver"), [
    ("Australia's aid was increased to $27 million on Wednesday.", "AID", "AUS"),
    ("The Danish pledge was doubled to $10 million on Monday.", "AGREE", "DNK"),
])
def test_aid_raised_in_the_passive_is_its_owners(annotate_text: Callable[..., Document], text: str, kind: str,
                                                 giver: str) -> None:
    doc = annotate_text(text)
    assert [_countries(doc, e.source) for e in _of_type(doc, kind)] == [{giver}]
