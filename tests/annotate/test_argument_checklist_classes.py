"""Who acted on whom in shapes the argument CheckList (bench/checklists/arguments.jsonl) found read wrong: a side
hung on the object's "of" noun, an envoy recalled "to" a capital, "they" after a two-sided meeting. Invented
sentences, not the CheckList's own. Publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


@pytest.mark.parametrize("text, kind, other", [
    # the parser hangs "with X" / "to X" on the "of" noun of a named object: it is the object's own complement
    ("Uruguay signed a protocol of cooperation with Paraguay on river dredging on Monday.", "AGREE", "PRY"),
    ("Zambia signed a memorandum of cooperation with Angola in Lusaka on Friday.", "AGREE", "AGO"),
])
def test_a_side_on_the_object_s_of_noun_is_the_object_s(annotate_text: Callable[..., Document], text: str,
                                                         kind: str, other: str) -> None:
    doc = annotate_text(text)
    [event] = _of_type(doc, kind)
    assert other in _countries(doc, event.source + event.target)


def test_an_actor_in_the_object_s_of_phrase_is_not_taken_further(annotate_text: Callable[..., Document]) -> None:
    # guard: "the president of Chad" names the one met; no complement below it is read as a side
    doc = annotate_text("Niger's prime minister met the president of Chad in N'Djamena on Sunday.")
    [meeting] = _of_type(doc, "CONSULT")
    assert "TCD" in _countries(doc, meeting.source + meeting.target)


def test_an_envoy_recalled_to_a_foreign_capital_concerns_that_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana recalled its ambassador to Lome on Monday after the border shooting.")
    [recall] = _of_type(doc, "SANCTION")
    assert _countries(doc, recall.source) == {"GHA"}
    assert _countries(doc, recall.target) == {"TGO"}


def test_an_envoy_recalled_to_the_own_capital_is_called_home(annotate_text: Callable[..., Document]) -> None:
    # guard: "to" the recalling state's own capital is the way home, not a side
    doc = annotate_text("Ghana recalled its ambassador to Accra for consultations on Monday.")
    [recall] = _of_type(doc, "SANCTION")
    assert "GHA" not in _countries(doc, recall.target)


def test_they_after_a_meeting_of_two_states_are_both(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Bolivian President Rosa Quiroga met Paraguay's leader in Tarija on Saturday. They signed a "
                        "road-building accord before she flew home.")
    [accord] = _of_type(doc, "AGREE")
    assert _countries(doc, accord.source + accord.target) == {"BOL", "PRY"}


def test_they_after_no_two_sided_event_stays_one_side(annotate_text: Callable[..., Document]) -> None:
    # guard: with no event between two states before, "they" is not given a second side
    doc = annotate_text("Paraguay's ministers gathered in Asuncion on Saturday. They signed a road-building accord.")
    for accord in _of_type(doc, "AGREE"):
        assert len({c for c in _countries(doc, accord.source + accord.target) if c}) <= 1


def test_the_people_a_counted_noun_s_apposition_names_are_acted_upon(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Bandits released four hostages, Musa Danjuma, Halima Sani, Ibrahim Garba and Zainab Umar, "
                        "near Katsina on Sunday.")
    [release] = _of_type(doc, "RETREAT")
    assert {"Musa Danjuma", "Halima Sani", "Ibrahim Garba", "Zainab Umar"} <= _names(doc, release.target)


def test_a_counted_noun_without_names_stays_a_group(annotate_text: Callable[..., Document]) -> None:
    # guard: an apposition that names no one adds no one
    doc = annotate_text("Bandits released four hostages, all of them farmers, near Katsina on Sunday.")
    kinds = {e.id: e.type for e in doc.entities}
    for release in _of_type(doc, "RETREAT"):
        assert all(kinds[i] != "PERSON" for i in release.target)


@pytest.mark.parametrize("text, owner", [
    # someone known only by a tie to a named person is not that person
    ("The brother of jailed blogger Tariq Salem accused Jordanian police on Friday of torturing him.", "Tariq Salem"),
    ("Reporter Mona Adel's source inside the prison said the Egyptian interior ministry's claims were untrue.",
     "Mona Adel"),
    ("The mother of detained student Ali Rezaei demanded that Iranian authorities free him.", "Ali Rezaei"),
])
def test_a_person_s_kin_or_contact_does_not_make_that_person_act(annotate_text: Callable[..., Document], text: str,
                                                                 owner: str) -> None:
    doc = annotate_text(text)
    assert all(owner not in _names(doc, event.source) for event in doc.events)


def test_kin_named_in_apposition_acts(annotate_text: Callable[..., Document]) -> None:
    # guard: "X's sister, Y, warned" names the one who warns
    doc = annotate_text("The Burundian president's brother, Pascal Ndayi, accused Rwanda on Monday of arming rebels.")
    [accusation] = _of_type(doc, "ACCUSE")
    assert _names(doc, accusation.source) == {"Pascal Ndayi"}


def test_who_gives_an_honour_to_others_stays_its_giver(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean President Tomas Lagos conferred the Order of Merit on Friday to the miners' rescue "
                        "team.")
    [award] = _of_type(doc, "AWARD")
    assert "Tomas Lagos" not in _names(doc, award.target)


def test_who_returns_to_power_is_the_one_it_befalls(annotate_text: Callable[..., Document]) -> None:
    # guard: "returned to power" has no object to give; its subject takes office
    doc = annotate_text("Former Chilean president Tomas Lagos returned to power on Sunday after a run-off.")
    [office] = _of_type(doc, "APPOINT")
    assert _names(doc, office.target) == {"Tomas Lagos"}


def test_the_agent_in_a_passive_verb_s_complement_is_its_doer(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Three Eritrean attaches were declared persona non grata by Djibouti on Thursday.")
    [expulsion] = _of_type(doc, "SANCTION")
    assert _countries(doc, expulsion.source) == {"DJI"}
    assert "ERI" in _countries(doc, expulsion.target)
