"""Tests for the recovery passes of dateline.annotate.events: actors found for an event that would otherwise be
dropped for lack of them (invented examples; issues 12/13, events typed right then dropped)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


def test_a_letter_handed_over_is_addressed_to_whom_it_is_handed(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Swedish envoy Marta Lind delivered a letter to Polish President Jan Kowalczyk on Friday.")
    consults = _of_type(doc, "CONSULT")
    assert len(consults) == 1
    assert _names(doc, consults[0].source) == {"Marta Lind"}
    assert _names(doc, consults[0].target) == {"Jan Kowalczyk"}


def test_an_arrival_naming_no_place_is_a_visit_to_where_the_story_is(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Talks on Arctic shipping opened in Lisbon on Sunday. "
                        "Danish Prime Minister Mette Holm flew in on Monday.")
    visits = [e for e in _of_type(doc, "CONSULT") if e.evidence.text.startswith("Danish")]
    assert len(visits) == 1
    assert _names(doc, visits[0].source) == {"Mette Holm"}
    assert _countries(doc, visits[0].target) == {"PRT"}


def test_what_is_flown_in_is_no_arrival_of_the_one_flying_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Talks on Arctic shipping opened in Lisbon on Sunday. "
                        "Danish Prime Minister Mette Holm flew in supplies on Monday.")
    assert not [e for e in _of_type(doc, "CONSULT") if e.evidence.text.startswith("Danish")]


def test_an_arrival_home_is_no_visit(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Talks on Arctic shipping opened in Copenhagen on Sunday. "
                        "Danish Prime Minister Mette Holm flew in on Monday.")
    assert not [e for e in _of_type(doc, "CONSULT") if e.evidence.text.startswith("Danish")]


def test_an_arrival_told_aside_in_a_relative_clause_is_not_recovered(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Talks on Arctic shipping opened in Lisbon on Sunday. "
                        "Danish Prime Minister Mette Holm, who flew in on Monday, praised the hosts.")
    assert not [e for e in _of_type(doc, "CONSULT") if e.evidence.text.startswith("Danish")]


def test_the_ones_meeting_act_when_the_parse_makes_their_meeting_the_subject(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("East African leaders meeting in Nairobi on Monday imposed sanctions on Sudan and threatened"
                        " to send troops to reinstate the deposed president.")
    threats = _of_type(doc, "THREATEN")
    assert len(threats) == 1
    assert _names(doc, threats[0].source) == {"East African leaders"}


def test_a_gerund_with_no_subject_of_its_own_names_no_actor(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Meeting in Nairobi on Monday was hard, and threatened to send troops.")
    assert not _of_type(doc, "THREATEN")


def test_a_verb_joined_to_a_complement_shares_the_first_verbs_subject(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Sweden and Poland held talks in Oslo on Saturday, with each side calling the discussions"
                        " productive and agreeing to reconvene soon.")
    agreements = _of_type(doc, "AGREE")
    assert len(agreements) == 1
    assert _countries(doc, agreements[0].source) == {"SWE", "POL"}


def test_a_verb_joined_to_a_complement_of_a_subjectless_verb_names_no_actor(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Calling the discussions productive and agreeing to reconvene soon is common.")
    assert not _of_type(doc, "AGREE")


def test_an_act_counted_from_each_side_is_between_the_storys_two_sides(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Sweden and Poland agreed on Monday to swap 500 prisoners each. "
                        "On Friday the prisoner exchange began with 200 captives from each side.")
    swaps = [e for e in _of_type(doc, "RETREAT") if e.trigger == "exchange"]
    assert len(swaps) == 1
    assert _countries(doc, swaps[0].source) == {"SWE", "POL"}


def test_a_side_not_counted_as_each_or_both_names_no_actor(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Sweden and Poland agreed on Monday to swap 500 prisoners each. "
                        "On Friday the prisoner exchange began with 200 captives from the eastern side.")
    assert not [e for e in _of_type(doc, "RETREAT") if e.trigger == "exchange"]


def test_a_mediation_effort_mediates_between_the_sides_after_its_noun(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenya's president began a mediation effort between Ethiopia and Eritrea in Nairobi on Saturday.")
    [consult] = [e for e in doc.events if e.type == "CONSULT"]
    assert consult.mode == "third-party"
    assert _countries(doc, consult.target) == {"ETH", "ERI"} and _countries(doc, consult.source) == {"KEN"}


def _public_act(doc: Document, type_: str, opening: str) -> list:
    return [e for e in _of_type(doc, type_) if e.evidence.text.startswith(opening)]


def test_relatives_welcoming_an_arrest_are_the_people_of_the_story(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Police in Quito arrested former vice-president Ana Rojas on Monday. "
                        "The families of her victims welcomed the arrest.")
    welcomes = _public_act(doc, "SUPPORT", "The families")
    assert len(welcomes) == 1
    assert _countries(doc, welcomes[0].source) == {"ECU"}
    assert _names(doc, welcomes[0].source) == {"families of her victims"}
    assert {e.type for e in doc.entities if e.id in welcomes[0].source} == {"GROUP"}


def test_a_crowd_gathering_with_a_demand_is_the_people_of_the_story(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Police in Quito arrested former vice-president Ana Rojas on Monday. "
                        "A crowd demanding her release gathered outside the prosecutor's office.")
    rallies = _public_act(doc, "PROTEST", "A crowd")
    assert len(rallies) == 1
    assert _countries(doc, rallies[0].source) == {"ECU"}
    assert _names(doc, rallies[0].source) == {"crowd"}


def test_supporters_rejecting_a_result_are_the_people_of_the_story(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenya's parliament passed the finance bill on Friday. Opposition supporters rejected the result.")
    rejections = _public_act(doc, "REJECT", "Opposition supporters")
    assert len(rejections) == 1
    assert _countries(doc, rejections[0].source) == {"KEN"}


def test_families_condemning_a_vote_are_the_people_of_the_story(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana's parliament passed the mining bill on Friday. Families of the miners condemned the vote.")
    condemnations = _public_act(doc, "ACCUSE", "Families")
    assert len(condemnations) == 1
    assert _countries(doc, condemnations[0].source) == {"GHA"}


def test_a_public_of_a_story_about_no_one_state_stays_without_actor(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chile and Peru signed a fishing accord on Friday. Families of the fishermen welcomed the deal.")
    assert not _public_act(doc, "SUPPORT", "Families")


def test_a_public_of_a_named_state_is_not_the_people_of_the_story(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenya's parliament passed the finance bill on Friday, and Kenya's police closed the border. "
                        "Thousands of Ugandan traders condemned the closure.")
    condemnations = _public_act(doc, "ACCUSE", "Thousands")
    assert all("KEN" not in _countries(doc, e.source) for e in condemnations)


def test_supporting_his_games_bid_is_support_for_the_person_named_before(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean President Rosa Vidal met Peruvian President Juan Soto in Lima on Friday. "
                        "A day later she supported his bid to host the 2031 Pan American Games.")
    backing = _public_act(doc, "SUPPORT", "A day later")
    assert len(backing) == 1
    assert _names(doc, backing[0].source) == {"Rosa Vidal"}
    assert _names(doc, backing[0].target) == {"Juan Soto"}


def test_supporting_his_bid_is_support_for_the_guest_named_before(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President Amina Odhiambo hosted Ugandan President Joseph Okello on Monday. "
                        "On Tuesday she supported his bid for a regional railway.")
    backing = _public_act(doc, "SUPPORT", "On Tuesday")
    assert len(backing) == 1
    assert _names(doc, backing[0].target) == {"Joseph Okello"}


def test_backing_her_offer_is_support_for_the_woman_named_before(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Swedish Prime Minister Karl Lind phoned Finnish President Aino Virtanen on Sunday. "
                        "The next day he backed her offer to mediate between the two parties.")
    backing = _public_act(doc, "SUPPORT", "The next day")
    assert len(backing) == 1
    assert _names(doc, backing[0].source) == {"Karl Lind"}
    assert _names(doc, backing[0].target) == {"Aino Virtanen"}


def test_supporting_her_own_bid_takes_no_one_else_as_target(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean President Rosa Vidal met Peruvian President Juan Soto in Lima on Friday. "
                        "A day later she supported her own bid to host the 2031 Pan American Games.")
    assert not [e for e in _public_act(doc, "SUPPORT", "A day later") if _names(doc, e.target) == {"Juan Soto"}]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped 32 detainees at their border on Thursday.",
    "Sudan and South Sudan exchanged 40 prisoners of war in Juba on Monday.",
    "Ukraine and Russia traded 90 captives each on Saturday.",
])
def test_a_prisoner_swap_releases_each_sides_prisoners(annotate_text: Callable[..., Document], text: str) -> None:
    releases = _of_type(annotate_text(text), "RETREAT")
    assert releases and all(e.mode == "release" for e in releases)


def test_an_exchange_of_fire_or_views_frees_no_one(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Indian and Pakistani troops exchanged fire on Monday. The two ministers exchanged views.")
    assert not _of_type(doc, "RETREAT")


@pytest.mark.parametrize("text", [
    "Mediators said on Monday that Sudan and Chad had signed an accord to stop the shelling and exchange 50 captives.",
    "The two sides agreed on a plan to pull back their troops and exchange 300 detainees.",
])
def test_a_swap_inside_a_deal_is_its_content(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "RETREAT")


def test_who_tells_of_an_act_is_not_one_of_its_actors(annotate_text: Callable[..., Document]) -> None:
    # the clause's own actors are unnamed: the monitor in the "according to" phrase neither died nor killed
    doc = annotate_text("Thirty marchers were killed across six towns last month, according to a tally kept by "
                        "Civic Watch International.")
    assert not [e for e in doc.events if "Civic Watch International" in _names(doc, e.actors())]


def test_officials_met_without_their_state_are_of_the_state_the_story_is_datelined_in(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Defence visit\n\nLIMA, Peru (AP) - Danish Defence Minister Lars Holm met with several senior "
                        "government officials on Wednesday and later toured the old city prison.")
    [meeting] = [e for e in _of_type(doc, "CONSULT") if e.trigger == "met"]
    assert _countries(doc, meeting.target) == {"PER"}
    # a meeting at home names no host
    doc = annotate_text("Defence talks\n\nCOPENHAGEN (AP) - Danish Defence Minister Lars Holm met with several senior "
                        "government officials on Wednesday.")
    assert not [e for e in _of_type(doc, "CONSULT") if "DNK" in _countries(doc, e.target)]
