"""Sides of an event in shapes pages nobody tuned for use (invented examples of unseen-errors classes A2 and A5, and
weapons used or tested, OUTPUT.md 5). Publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


@pytest.mark.parametrize("text, sides", [
    # invented (unseen-errors A2): "the two" alone as subject is the pair under discussion, states when no one is named
    ("Kenya's foreign minister met his Somali counterpart in Nairobi on Monday. The two had spoken by phone the "
     "previous day.", "countries"),
    ("Kenyan Foreign Minister Joseph Mwangi met Somali Foreign Minister Ali Farah in Nairobi on Monday. The two had "
     "spoken by phone the previous day.", "names"),
])
def test_the_two_alone_are_the_pair_under_discussion(annotate_text: Callable[..., Document], text: str,
                                                     sides: str) -> None:
    doc = annotate_text(text)
    call = next(e for e in _of_type(doc, "CONSULT") if e.date is not None and e.date.start == "2025-03-16")
    everyone = call.source + call.target + call.participants
    if sides == "countries":
        assert _countries(doc, everyone) == {"KEN", "SOM"}
    else:
        assert _names(doc, everyone) == {"Joseph Mwangi", "Ali Farah"}


def test_both_after_named_subjects_is_not_the_earlier_pair(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday. Kenya's "
                        "finance minister, Amos Kiprono, and its trade minister, Ruth Wanjiku, both resigned on Monday.")
    gone = {n for e in _of_type(doc, "DISMISS") for n in _names(doc, e.target)}
    assert not gone & {"William Ruto", "Yoweri Museveni"}


@pytest.mark.parametrize("text", [
    # invented (unseen-errors A5): the subject of a warning's clause is threatened unless it is the speaker's own side
    "Ghanaian President Kofi Mensah warned on Thursday that his government would not tolerate foreign interference.",
    "Ghanaian President Kofi Mensah warned on Thursday that Ghana would respond firmly to any attack.",
])
def test_the_speaker_s_own_side_in_a_warning_is_not_its_target(annotate_text: Callable[..., Document],
                                                               text: str) -> None:
    [threat] = _of_type(annotate_text(text), "THREATEN")
    assert not threat.target


def test_another_side_in_a_warning_is_its_target(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghanaian President Kofi Mensah warned on Thursday that Togo would pay a heavy price for the raid.")
    [threat] = _of_type(doc, "THREATEN")
    assert _countries(doc, threat.target) == {"TGO"}


@pytest.mark.parametrize("text", [
    # invented (unseen-errors A5): whoever protests or condemns an act did not do it
    "The Swedish government summoned the Iranian ambassador on Tuesday to protest the execution of a Swedish-Iranian "
    "doctor.",
    "Norway's foreign minister travelled to Geneva on Monday to denounce the bombing of a hospital in Sudan.",
])
def test_the_one_who_reacts_to_an_act_is_not_its_doer(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    reactors = {"SWE", "NOR"}
    assert not [e for e in _of_type(doc, "ASSAULT") if _countries(doc, e.source) & reactors]


@pytest.mark.parametrize("text", [
    # invented (OUTPUT.md 5): a weapon aimed at something is used, not tested
    "The Houthis fired two anti-ship missiles at a Greek-owned tanker in the Gulf of Aden on Sunday.",
    "Sudanese paramilitary forces launched a swarm of drones against an oil depot near the port on Monday.",
])
def test_a_weapon_aimed_at_a_thing_is_an_attack(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert _of_type(doc, "ASSAULT") and not _of_type(doc, "MOBILIZE")


def test_a_weapon_fired_toward_the_sea_is_a_test(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Iran fired a ballistic missile toward the sea off its southern coast on Sunday.")
    assert _of_type(doc, "MOBILIZE") and not _of_type(doc, "ASSAULT")


def test_a_town_naming_a_meeting_is_its_venue_not_a_side(annotate_text: Callable[..., Document]) -> None:
    # invented (unseen-errors A7): "the Jeddah meeting" was held there; "the Kenya-Uganda talks" are between states
    doc = annotate_text("Egyptian Foreign Minister Hany Sabry attended the Jeddah meeting on Sunday. Ghana's foreign "
                        "minister attended the Kenya-Uganda talks in Nairobi on Monday.")
    sabry, ghana = sorted(_of_type(doc, "CONSULT"), key=lambda e: e.evidence.start if e.evidence else 0)
    assert not sabry.target
    assert _countries(doc, ghana.target) == {"KEN", "UGA"}


@pytest.mark.parametrize(("text", "reactor", "drawer"), [
    ("Gabon seized a Cameroonian trawler on Monday, drawing criticism from Yaounde.", "CMR", "GAB"),
    ("Kenya's decision to close the border sparked condemnation from Uganda.", "UGA", "KEN"),
    ("Peru detained three Chilean fishermen on Sunday, drawing a sharp rebuke from Chile's foreign ministry.", "CHL",
     "PER"),
])
def test_a_reaction_drawn_from_someone_is_theirs_and_aimed_at_the_act(
        annotate_text: Callable[..., Document], text: str, reactor: str, drawer: str) -> None:
    # "drawing criticism from X": X criticises the one whose act drew it (arguments._noun_drawn_reaction)
    doc = annotate_text(text)
    assert any(reactor in _countries(doc, e.source) and drawer in _countries(doc, e.target)
               for e in _of_type(doc, "ACCUSE")), [(e.type, _countries(doc, e.source), _countries(doc, e.target))
                                                   for e in doc.events]


@pytest.mark.parametrize("text, asked", [
    ("Nairobi on Monday called for Kampala to reopen the crossing at Malaba.", {"UGA"}),
    ("Nairobi on Monday pressed for Kampala to reopen the crossing at Malaba.", {"UGA"}),
    ("Kenya is pushing hard for Uganda to drop the new levy on Kenyan milk.", {"UGA"}),
])
def test_a_call_for_someone_to_act_asks_them(annotate_text: Callable[..., Document], text: str,
                                              asked: set[str]) -> None:
    # GUIDE.md: a call on someone to act is REQUEST, aimed at whoever is to act ("for X to do" as "that X should do")
    doc = annotate_text(text)
    [demand] = _of_type(doc, "REQUEST")
    assert _countries(doc, demand.source) == {"KEN"} and _countries(doc, demand.target) == asked


def test_a_call_for_a_thing_asks_no_one_named_in_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Nairobi on Monday called for calm in the border towns near Uganda.")
    assert all(not e.target for e in _of_type(doc, "REQUEST")), [(e.trigger, e.target) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Analysts recalled President Dora Lind's abrupt exit from a meeting last March in Oslo with Chilean leader "
    "Tomas Ibarra.",
    "Senator Hal Brenner spoke on Monday. His remarks after talks with Chilean leader Tomas Ibarra were cautious.",
])
def test_a_talk_its_partner_names_has_the_owner_of_what_was_done_there(annotate_text: Callable[..., Document],
                                                                      text: str) -> None:
    doc = annotate_text(text)
    talks = [(_names(doc, e.source), _names(doc, e.target)) for e in _of_type(doc, "CONSULT")]
    assert talks in ([({"Dora Lind"}, {"Tomas Ibarra"})], [({"Hal Brenner"}, {"Tomas Ibarra"})]), talks


def test_who_stayed_away_from_a_talk_took_no_part(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Senator Hal Brenner spoke on Monday. His absence from the meeting with Chilean leader Tomas "
                        "Ibarra was noted.")
    assert not [e for e in _of_type(doc, "CONSULT") if "Hal Brenner" in _names(doc, e.actors())]
