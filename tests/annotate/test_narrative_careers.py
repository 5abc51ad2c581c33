"""Careers, missions and handovers told as narrative: a successor named by a post in apposition, a move between posts,
an approval of a government, a standing post, a visit told as the occasion of another act, a mission sent abroad.
All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type

Annotate = Callable[..., Document]


@pytest.mark.parametrize("text, successor, predecessor", [
    ("The chancellor replaced Interior Minister Karl Reuter with his deputy, Ute Lammers, on Friday.",
     "Ute Lammers", "Karl Reuter"),
    ("President Ana Morales on Monday replaced her finance minister, Juan Pardo, with his deputy, Rita Salas.",
     "Rita Salas", "Juan Pardo"),
])
def test_a_successor_named_by_a_post_in_apposition_takes_the_post(annotate_text: Annotate, text: str,
                                                                  successor: str, predecessor: str) -> None:
    doc = annotate_text(text)
    appointed = [_names(doc, ev.target) for ev in _of_type(doc, "APPOINT")]
    left = [_names(doc, ev.target) for ev in _of_type(doc, "DISMISS")]
    assert {successor} in appointed, doc.events
    assert {predecessor} in left and not any(successor in who for who in left), doc.events


def test_a_post_filled_by_a_body_names_no_successor(annotate_text: Annotate) -> None:
    doc = annotate_text("The council replaced the mayor with a committee of three elders on Friday.")
    assert not _of_type(doc, "APPOINT"), doc.events


@pytest.mark.parametrize("text, host", [
    ("During a state visit of five days to Turkey last week, Senegal's President Omar Diallo signed trade accords.",
     "TUR"),
    ("Senegal's President Omar Diallo, on a state visit to Turkey, signed three trade accords on Tuesday.", "TUR"),
    ("Prime Minister Joe Kalsakau of Vanuatu angered Beijing during a secret visit to Taipei on November 3.", "TWN"),
    # a trip brought in as new, its place told by the act done on it
    ("President Ines Duarte signed a loan accord with Kenya in Nairobi on Friday during a visit seeking investment.",
     "KEN"),
])
def test_a_trip_told_as_the_occasion_of_an_act_is_a_visit(annotate_text: Annotate, text: str, host: str) -> None:
    doc = annotate_text(text)
    assert any(host in _countries(doc, ev.target) for ev in _of_type(doc, "CONSULT")), doc.events


@pytest.mark.parametrize("text", [
    "President Omar Diallo signed three accords after his visit to Turkey last week.",
    # what befell the traveller on a trip: the trip is only its setting
    "The former ruler Omar Diallo was detained during a holiday trip to Turkey in 2005.",
])
def test_a_trip_that_only_sets_an_act_is_no_visit(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "CONSULT"), doc.events


@pytest.mark.parametrize("text, sender, host", [
    ("Last month, a group of South Korean lawmakers sent a fact-finding mission to Vietnam.", "KOR", "VNM"),
    ("After sending two fact-finding missions to Laos in August, Thai lawmakers proposed new loans.", "THA", "LAO"),
    ("Norway dispatched a trade mission to Vietnam on Monday.", "NOR", "VNM"),
])
def test_a_mission_sent_abroad_is_a_visit(annotate_text: Annotate, text: str, sender: str, host: str) -> None:
    doc = annotate_text(text)
    assert any(sender in _countries(doc, ev.source) and host in _countries(doc, ev.target)
               for ev in _of_type(doc, "CONSULT")), doc.events


@pytest.mark.parametrize("text", [
    "The UN sent a peacekeeping mission to Haiti in 2004.",
    "The space agency sent a robotic mission to Mars in 2020.",
])
def test_a_mission_of_force_or_science_is_no_visit(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not [ev for ev in _of_type(doc, "CONSULT") if ev.mode == "visit"], doc.events


@pytest.mark.parametrize("text, head", [
    ("Slovakia's parliament on Tuesday approved the new government of Prime Minister Juraj Benko by 79 votes to 60.",
     "Juraj Benko"),
    ("The European Parliament on Wednesday approved the new commission under Jan Kowalczyk by 449 votes to 149.",
     "Jan Kowalczyk"),
    ("Lawmakers in Strasbourg have given their approval to the revamped executive under Jan Kowalczyk.",
     "Jan Kowalczyk"),
    ("The assembly endorsed Juraj Benko's cabinet on Tuesday.", "Juraj Benko"),
])
def test_a_government_approved_appoints_its_head(annotate_text: Annotate, text: str, head: str) -> None:
    doc = annotate_text(text)
    assert any(_names(doc, ev.target) == {head} for ev in _of_type(doc, "APPOINT")), doc.events


@pytest.mark.parametrize("text", [
    "Parliament approved the government's budget on Tuesday.",
    "Parliament on Tuesday approved the budget under Finance Minister Ana Lopes.",
])
def test_an_act_of_a_government_approved_appoints_no_one(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "APPOINT"), doc.events


@pytest.mark.parametrize("text, moved", [
    ("Paulo Serra was moved from transport to the finance portfolio by Prime Minister Ines Duarte on Monday.",
     "Paulo Serra"),
    ("In a reshuffle on Monday, Prime Minister Ines Duarte moved Paulo Serra from the energy ministry to finance.",
     "Paulo Serra"),
    # the one moved named by a post with the name in apposition
    ("Portugal's nominee Rui Matos was moved from fisheries to the justice portfolio by Ines Duarte on Monday.",
     "Rui Matos"),
])
def test_a_minister_moved_to_a_post_takes_it_up(annotate_text: Annotate, text: str, moved: str) -> None:
    doc = annotate_text(text)
    assert any(_names(doc, ev.target) == {moved} for ev in _of_type(doc, "APPOINT")), doc.events
    assert not _of_type(doc, "DISMISS"), doc.events


@pytest.mark.parametrize("text", [
    "The army moved two brigades to the border on Monday.",
    "The ministry moved its offices to Lima on Monday.",
])
def test_a_move_to_no_post_appoints_no_one(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "APPOINT"), doc.events


def test_a_reshuffle_drops_the_minister_and_not_the_reshuffler(annotate_text: Annotate) -> None:
    doc = annotate_text("Chancellor Greta Halvorsen reshuffled her cabinet on Friday, dropping Interior Minister Karl "
                        "Reuter and replacing him with Ute Lammers.")
    left = [_names(doc, ev.target) for ev in _of_type(doc, "DISMISS")]
    appointed = [_names(doc, ev.target) for ev in _of_type(doc, "APPOINT")]
    assert left == [{"Karl Reuter"}], doc.events
    assert {"Ute Lammers"} in appointed and not any("Greta Halvorsen" in who for who in appointed + left), doc.events


def test_a_minister_dropped_leaves(annotate_text: Annotate) -> None:
    doc = annotate_text("Chancellor Greta Halvorsen dropped Interior Minister Karl Reuter on Tuesday.")
    [left] = _of_type(doc, "DISMISS")
    assert _names(doc, left.target) == {"Karl Reuter"} and _names(doc, left.source) == {"Greta Halvorsen"}, doc.events


@pytest.mark.parametrize("text", [
    "The coach reshuffled his team on Sunday, dropping striker Marco Ferri.",
    "The club sacked its coach, Marco Ferri, on Sunday after a fifth straight defeat and replaced him with Luca Neri.",
])
def test_a_team_reshuffled_is_no_career_step(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "APPOINT") and not _of_type(doc, "DISMISS"), doc.events


@pytest.mark.parametrize("text", [
    "Lena Marsh has served as finance minister since 1995.",
    "Lena Marsh has been finance minister since 2019, the longest tenure in the cabinet.",
])
def test_a_post_kept_to_this_day_is_no_appointment(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "APPOINT"), doc.events


@pytest.mark.parametrize("text", [
    "Lena Marsh had led the agency since 2016 when the scandal broke.",
    "Lena Marsh served as finance minister from 2016 to 2019.",
    "Lena Marsh has been acting president since April, when Tom Hale resigned.",
])
def test_a_post_taken_at_a_told_start_is_an_appointment(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert any(_names(doc, ev.target) == {"Lena Marsh"} for ev in _of_type(doc, "APPOINT")), doc.events


@pytest.mark.parametrize("text, people", [
    ("Three ministers resigned on Wednesday, among them Health Minister Mary Cole and Transport Minister Peter Stone.",
     {"Mary Cole", "Peter Stone"}),
    ("The vacancies follow three cabinet ministers whose resignations were announced on Monday by the presidency: "
     "Health Minister Mary Cole, Transport Minister Peter Stone and Trade Minister John Baker.",
     {"Mary Cole", "Peter Stone", "John Baker"}),
    ("The president sacked four generals on Friday, including army chief Peter Stone and air force commander John "
     "Baker.", {"Peter Stone", "John Baker"}),
])
def test_every_person_of_a_list_takes_the_step(annotate_text: Annotate, text: str, people: set[str]) -> None:
    doc = annotate_text(text)
    left = [_names(doc, ev.target) for ev in _of_type(doc, "DISMISS")]
    assert all({who} in left for who in people), doc.events


def test_people_named_after_the_step_in_another_clause_do_not_take_it(annotate_text: Annotate) -> None:
    doc = annotate_text("Mary Cole resigned on Monday; her allies Peter Stone and John Baker said they would stay.")
    assert [_names(doc, ev.target) for ev in _of_type(doc, "DISMISS")] == [{"Mary Cole"}], doc.events


@pytest.mark.parametrize("text", [
    "Lena Marsh was sworn in as foreign minister on Monday, succeeding Tom Hale, who resigned last week.",
    "Lena Marsh replaced Tom Hale, who was sacked in May, as foreign minister on Monday.",
])
def test_a_departure_told_in_its_own_clause_is_told_once(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    assert len([ev for ev in _of_type(doc, "DISMISS") if _names(doc, ev.target) == {"Tom Hale"}]) == 1, doc.events
    assert any(_names(doc, ev.target) == {"Lena Marsh"} for ev in _of_type(doc, "APPOINT")), doc.events


@pytest.mark.parametrize("text, giver, host", [
    ("A shipment of tents and blankets from Turkey arrived in Kabul on Sunday.", "TUR", "AFG"),
    ("The first planeload of medicine sent by the United Arab Emirates landed in Khartoum on Friday.", "ARE", "SDN"),
])
def test_relief_that_arrives_is_aid_from_its_giver(annotate_text: Annotate, text: str, giver: str, host: str) -> None:
    doc = annotate_text(text)
    assert any(giver in _countries(doc, ev.source) and host in _countries(doc, ev.target)
               for ev in _of_type(doc, "AID")), doc.events


def test_relief_from_the_hosts_own_stores_names_no_giver(annotate_text: Annotate) -> None:
    doc = annotate_text("A shipment of tents from the capital's stores arrived in Herat on Sunday.")
    assert not _of_type(doc, "AID"), doc.events


def test_a_host_who_played_host_to_a_visitor_received_a_visit(annotate_text: Annotate) -> None:
    doc = annotate_text("Prime Minister Eva Dahl of Norway played host to President Ana Lopes of Chile on Friday.")
    [visit] = _of_type(doc, "CONSULT")
    assert visit.mode == "visit", doc.events
    assert _names(doc, visit.source) == {"Ana Lopes"} and _names(doc, visit.target) == {"Eva Dahl"}, doc.events


@pytest.mark.parametrize("text", [
    "The committee would likely nominate Ana Lopes, 69, a veteran politician who has taken over Tom Hale's role as "
    "head of the party.",
    "The board would likely nominate Ana Lopes, 58, a former judge who has been sworn in as interim mayor.",
])
def test_a_step_told_in_a_present_perfect_relative_clause_is_no_guess(annotate_text: Annotate, text: str) -> None:
    # the main clause guesses; the relative clause tells what has been done
    doc = annotate_text(text)
    assert [_names(doc, ev.target) for ev in _of_type(doc, "APPOINT")] == [{"Ana Lopes"}], doc.events


def test_a_guess_without_a_clause_of_its_own_stays_a_guess(annotate_text: Annotate) -> None:
    doc = annotate_text("The committee would likely nominate Ana Lopes as head of the party.")
    assert not _of_type(doc, "APPOINT"), doc.events
