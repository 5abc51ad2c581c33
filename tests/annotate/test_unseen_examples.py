"""Every invented example of families S, A, I and D of reports/unseen-errors.md gives the expected event (issue 13).

Each test quotes its example as the report states it; where the report's example only shows its failure in a
story (an event noun whose event was told before, a sketch of a named-entity error), the story is written out and
the test says so. Examples the system cannot yet read are ``xfail(strict=True)`` naming the missing capability, so
the suite fails the day one starts passing unnoticed. Publication Tuesday 2025-03-18 unless a test passes another.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document, Event
from event_helpers import countries as _countries, names as _names, of_type as _of_type

Annotate = Callable[..., Document]


def _day(event: Event) -> tuple[str | None, str | None] | None:
    return (event.date.start, event.date.end) if event.date else None


# Family S: a known trigger inside a construction that was not handled

@pytest.mark.parametrize("text, sides, year", [
    # S1: the trigger is a participle of a reduced relative, or sits in a full relative clause
    ("The 2019 fisheries accord, signed by Kenyan President William Mutai and Tanzanian President Samuel Hassan "
     "in Arusha, remains in force.", {"KEN", "TZA"}, "2019"),
    ("The border treaty that Kenya and Tanzania signed in Nairobi in 2021 is still in force.", {"KEN", "TZA"}, "2021"),
])
def test_s1_a_signing_in_a_relative_clause(annotate_text: Annotate, text: str, sides: set[str], year: str) -> None:
    doc = annotate_text(text)
    [agree] = _of_type(doc, "AGREE")
    assert _countries(doc, agree.actors()) == sides
    assert agree.date is not None and agree.date.start == f"{year}-01-01"


@pytest.mark.parametrize("text, people, day", [
    # S2: a reciprocal verb with a coordinated subject and no "with"
    ("Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister Joseph Mrema spoke by phone on Monday.",
     {"Amina Odhiambo", "Joseph Mrema"}, ("2025-03-17", "2025-03-17")),
    ("After dinner, Kenyan President William Mutai and Tanzanian President Samuel Hassan withdrew to the library, "
     "where they talked until midnight.", {"William Mutai", "Samuel Hassan"}, None),
])
def test_s2_a_plural_subject_of_a_reciprocal_verb_is_both_sides(annotate_text: Annotate, text: str, people: set[str],
                                                                 day: tuple[str, str] | None) -> None:
    doc = annotate_text(text)
    [talks] = _of_type(doc, "CONSULT")
    assert _names(doc, talks.actors()) == people
    if day:
        assert _day(talks) == day


@pytest.mark.parametrize("text, day", [
    # S3 (a) an event noun in an adjunct phrase of another clause, (c) under a measure noun
    # (a story that names no day: the talks are its news, bounded by the day before publication and publication)
    ("Kenyan President William Mutai unveiled the road plan in Arusha after talks with Tanzanian President "
     "Samuel Hassan.", ("2025-03-17", "2025-03-18")),
    ("Kenyan Foreign Minister Amina Odhiambo held five hours of negotiations with Tanzanian Foreign Minister "
     "Joseph Mrema on Saturday.", ("2025-03-15", "2025-03-15")),
])
def test_s3_talks_told_by_a_noun_keep_both_sides(annotate_text: Annotate, text: str,
                                                 day: tuple[str, str] | None) -> None:
    doc = annotate_text(text)
    [talks] = _of_type(doc, "CONSULT")
    assert _countries(doc, talks.source) == {"KEN"} and _countries(doc, talks.target) == {"TZA"}
    assert _day(talks) == day


def test_s3_an_event_noun_object_of_a_verb_off_the_light_verb_list(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan President William Mutai reimposed trade sanctions on Tanzania in 2023.")
    [sanction] = _of_type(doc, "SANCTION")
    assert _names(doc, sanction.source) == {"William Mutai"} and _countries(doc, sanction.target) == {"TZA"}


@pytest.mark.parametrize("text", [
    # S4: a stated readiness to back is a commitment of support, not speculation; the gold codes SUPPORT
    "Tanzanian President Samuel Hassan said Tanzania stood ready to back Kenya's bid for a Security Council seat.",
    "Tanzanian President Samuel Hassan said Tanzania is prepared to back Kenya's candidacy for the council.",
])
def test_s4_readiness_to_back_is_support(annotate_text: Annotate, text: str) -> None:
    doc = annotate_text(text)
    [support] = _of_type(doc, "SUPPORT")
    assert _countries(doc, support.source) == {"TZA"} and "KEN" in _countries(doc, support.target)


def test_s4_readiness_to_back_is_one_asserted_act_of_support(annotate_text: Annotate) -> None:
    # a pledge of support is support given (OUTPUT.md section 5): asserted, and no commitment beside it
    doc = annotate_text("Tanzanian President Samuel Hassan said Tanzania is prepared to back Kenya's candidacy for "
                        "the council.")
    assert [(e.type, e.modality) for e in doc.events] == [("SUPPORT", "asserted")], [
        (e.type, e.trigger) for e in doc.events]


# Family A: argument and actor resolution

def test_a1_she_is_the_protagonist_of_an_obituary(annotate_text: Annotate) -> None:
    doc = annotate_text("Former Kenyan foreign minister Grace Wanjiru has died at 88.\n\n"
                        "Flags flew at half-mast on Tuesday, and Ugandan Ambassador Paul Okello signed the book of "
                        "condolence.\n\n"
                        "In 2005 she held talks with Tanzanian President Samuel Hassan in Dodoma.")
    [talks] = _of_type(doc, "CONSULT")
    assert _names(doc, talks.actors()) == {"Grace Wanjiru", "Samuel Hassan"}


def test_a1_him_after_a_coordinated_verb_is_the_matrix_object(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo said the border would stay open.\n\n"
                        "Tanzanian police arrested Kenyan trade attache Peter Otieno at Dodoma airport on May 2 and "
                        "charged him with smuggling.")
    [arrest] = _of_type(doc, "COERCE")
    assert _names(doc, arrest.target) == {"Peter Otieno"}
    assert all(_names(doc, e.target) == {"Peter Otieno"} for e in _of_type(doc, "ACCUSE"))


def test_a2_the_two_leaders_are_the_pair_under_discussion(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo arrived in Dodoma on Monday and met Tanzanian President "
                        "Samuel Hassan. Ugandan President Moses Kato had earlier called for calm. The two leaders "
                        "previously met in Nairobi in May.")
    may = [e for e in _of_type(doc, "CONSULT") if e.date and e.date.start == "2024-05-01"]
    assert len(may) == 1 and _names(doc, may[0].actors()) == {"Amina Odhiambo", "Samuel Hassan"}


def test_a2_a_tanzanian_consul_is_a_new_person(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan consul Peter Otieno was expelled from Tanzania in May.\n\n"
                        "On Tuesday Kenya ordered a Tanzanian consul to leave the country.")
    [expel] = [e for e in doc.events if e.date and e.date.start == "2025-03-18"]
    assert _countries(doc, expel.source) == {"KEN"} and _countries(doc, expel.target) == {"TZA"}


def test_a2_they_are_the_two_presidents(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan President William Mutai and Tanzanian President Samuel Hassan met in Arusha on "
                        "Saturday. Afterwards they agreed to hold annual summits.")
    [agree] = _of_type(doc, "AGREE")
    assert _names(doc, agree.actors()) == {"William Mutai", "Samuel Hassan"}


def test_a2_they_after_two_coordinated_states_is_both_even_through_another_they(annotate_text: Annotate) -> None:
    # beside the report's example: a pronoun subject between them must not send the lookup in circles
    doc = annotate_text("Kenya and Tanzania met in Arusha on Saturday. They said they agreed to hold annual summits.")
    [agree] = _of_type(doc, "AGREE")
    assert _countries(doc, agree.actors()) == {"KEN", "TZA"}


def test_a3_a_bare_titled_visitor_goes_to_the_state_visited(annotate_text: Annotate) -> None:
    # the sentence alone names no state for Mutai (the report's failure is his null state, which only the story
    # around it could give); the visit itself must hold
    doc = annotate_text("President William Mutai ended a state visit to Tanzania on Sunday.")
    [visit] = _of_type(doc, "CONSULT")
    assert _names(doc, visit.source) == {"William Mutai"} and _countries(doc, visit.target) == {"TZA"}
    assert _day(visit) == ("2025-03-16", "2025-03-16")


def test_a3_a_multiword_metonym_is_its_state(annotate_text: Annotate) -> None:
    doc = annotate_text("The White House praised Kenya for its mediation.")
    [praise] = _of_type(doc, "SUPPORT")
    assert _countries(doc, praise.source) == {"USA"} and _countries(doc, praise.target) == {"KEN"}


def test_a3_a_recall_from_a_capital_targets_its_state(annotate_text: Annotate) -> None:
    doc = annotate_text("Mutai's government recalled its ambassador from Dodoma in March.")
    [recall] = _of_type(doc, "SANCTION")
    assert _countries(doc, recall.target) == {"TZA"}
    assert "Mutai" not in _names(doc, recall.source)


@pytest.mark.parametrize("text, type_", [
    ("Tanzanian police arrested three student activists at a rally on Sunday. One of them, Rose Mwita, was released "
     "on bail on Monday.", "COERCE"),
    ("Kenya announced sanctions against a dozen businessmen linked to the arms trade.", "SANCTION"),
])
def test_a4_unnamed_participants_are_a_target(annotate_text: Annotate, text: str, type_: str) -> None:
    doc = annotate_text(text)
    [event] = _of_type(doc, type_)
    assert event.source and event.target


def test_a5_thank_x_for_visiting_makes_x_the_visitor(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan President William Mutai thanked Tanzanian President Samuel Hassan for visiting the "
                        "flood-hit town of Garissa.")
    [visit] = [e for e in _of_type(doc, "CONSULT") if e.mode == "visit"]
    assert _names(doc, visit.source) == {"Samuel Hassan"}


def test_a5_a_demand_after_a_summons_is_aimed_at_the_envoys_state(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo summoned Tanzania's high commissioner and demanded "
                        "compensation for the seized boats.")
    [demand] = _of_type(doc, "REQUEST")
    assert _countries(doc, demand.source) == {"KEN"} and _countries(doc, demand.target) == {"TZA"}


def test_a5_denouncing_detentions_accuses_the_detainer(annotate_text: Annotate) -> None:
    # the report's example is the second sentence; the first tells the detentions it refers to
    doc = annotate_text("Tanzanian police detained twelve Kenyan fishermen on Friday.\n\n"
                        "Kenyan Foreign Minister Amina Odhiambo denounced the detentions on Sunday.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert _names(doc, accuse.source) == {"Amina Odhiambo"} and _countries(doc, accuse.target) == {"TZA"}


def test_a5_a_coordinated_verb_after_a_complement_keeps_the_speaker(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo said the fishermen had been held without charge and "
                        "called their arrest an affront to regional law.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert _names(doc, accuse.source) == {"Amina Odhiambo"}


@pytest.mark.parametrize("text, source, target", [
    # A6: names the small model mis-tags (a bare surname starting a sentence, a three-part name); the report
    # sketches them, here they are written out
    ("Kenyan Foreign Minister Amina Odhiambo arrived in Dodoma on Monday. Odhiambo accused Tanzania of bad faith.",
     {"Amina Odhiambo"}, {"TZA"}),
    ("Brazilian Foreign Minister Maria Lopes Wagner signed the accord with Argentine Foreign Minister Diego Ruiz "
     "on Friday.", {"Maria Lopes Wagner"}, {"ARG"}),
])
def test_a6_a_name_the_model_may_mis_tag_still_acts(annotate_text: Annotate, text: str, source: set[str],
                                                    target: set[str]) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.type in ("ACCUSE", "AGREE")]
    assert _names(doc, event.source) == source and _countries(doc, event.target) == target


def test_a7_coming_to_a_conference_city_is_no_visit_to_its_state(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo had come to Vienna from Paris for the donor "
                        "conference.")
    assert not any("AUT" in _countries(doc, e.target) for e in doc.events)


@pytest.mark.parametrize("text, host", [
    # beside the report's example: a journey for talks or a summit with someone is a visit
    ("Kenyan Foreign Minister Amina Odhiambo came to Vienna for talks with Austrian officials.", "AUT"),
    ("Kenyan Foreign Minister Amina Odhiambo arrived in Moscow for a summit with Vladimir Putin.", "RUS"),
])
def test_a7_coming_for_talks_is_still_a_visit(annotate_text: Annotate, text: str, host: str) -> None:
    doc = annotate_text(text)
    [visit] = _of_type(doc, "CONSULT")
    assert _countries(doc, visit.target) == {host}


def test_a7_the_host_welcomed_the_two_foreign_ministers_not_the_witness(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister Joseph Mrema signed the "
                        "accord in Washington on Friday. US Secretary of State Mark Ellison witnessed the signing. "
                        "Later, US President Daniel Brooks welcomed the two foreign ministers at the White House.")
    [meeting] = [e for e in _of_type(doc, "CONSULT") if "Daniel Brooks" in _names(doc, e.actors())]
    assert _names(doc, meeting.actors()) == {"Daniel Brooks", "Amina Odhiambo", "Joseph Mrema"}


@pytest.mark.parametrize("text, type_, official", [
    ("Kenya recalled its ambassador from Dodoma on Monday, accusing Tanzania of bad faith. The decision was "
     "announced by Foreign Minister Amina Odhiambo.", "ACCUSE", "Amina Odhiambo"),
    ("A Ugandan delegation met Kenyan officials in Nairobi on Monday. Trade Minister Paul Okello, who headed it, told "
     "reporters the talks had gone well.", "CONSULT", "Paul Okello"),
])
def test_a8_the_state_and_its_official_both_on_the_event(annotate_text: Annotate, text: str, type_: str,
                                                         official: str) -> None:
    doc = annotate_text(text)
    [event] = _of_type(doc, type_)
    assert official in _names(doc, event.actors())


@pytest.mark.parametrize("text, type_, source, target", [
    # A8 as the system reads it today: the state level is right
    ("Kenya recalled its ambassador from Dodoma on Monday, accusing Tanzania of bad faith. The decision was "
     "announced by Foreign Minister Amina Odhiambo.", "ACCUSE", {"KEN"}, {"TZA"}),
    ("A Ugandan delegation met Kenyan officials in Nairobi on Monday. Trade Minister Paul Okello, who headed it, told "
     "reporters the talks had gone well.", "CONSULT", {"UGA"}, {"KEN"}),
])
def test_a8_the_state_level_of_the_act(annotate_text: Annotate, text: str, type_: str, source: set[str],
                                       target: set[str]) -> None:
    doc = annotate_text(text)
    [event] = _of_type(doc, type_)
    assert _countries(doc, event.source) == source and _countries(doc, event.target) == target


# I: event individuation

def test_i_accusations_in_both_directions_stay_two_events(annotate_text: Annotate) -> None:
    doc = annotate_text("On Monday Uganda accused Kenya of breaking the truce, and Kenya accused Uganda of shelling "
                        "its villages.")
    pairs = {(frozenset(_countries(doc, e.source)), frozenset(_countries(doc, e.target)))
             for e in _of_type(doc, "ACCUSE")}
    assert pairs == {(frozenset({"UGA"}), frozenset({"KEN"})), (frozenset({"KEN"}), frozenset({"UGA"}))}


def test_i_an_order_to_leave_by_a_deadline_is_one_expulsion(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan consul Peter Otieno was expelled from Tanzania in May.\n\n"
                        "On Tuesday Kenya ordered a Tanzanian consul to leave the country by June 25.")
    tuesday = [e for e in doc.events if e.type in ("REQUEST", "SANCTION") and _countries(doc, e.source) == {"KEN"}]
    assert len(tuesday) == 1 and _countries(doc, tuesday[0].target) == {"TZA"}


def test_i_two_visits_told_once_are_two_events(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo visited Dodoma in 2019 and again in 2023.")
    visits = _of_type(doc, "CONSULT")
    assert sorted(v.date.start for v in visits if v.date and v.date.start) == ["2019-01-01", "2023-01-01"]


def test_i_talks_on_two_coordinated_days_stay_one_meeting(annotate_text: Annotate) -> None:
    # beside the report's example: days without "again" are one meeting over two days
    doc = annotate_text("Kenya held talks with Uganda on Monday and Tuesday.")
    assert len(_of_type(doc, "CONSULT")) == 1


# D: event-date errors on a found event

def test_d_an_agreement_is_dated_by_its_own_clause_not_the_time_agreed(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenya and Tanzania ended Saturday's round in Arusha and agreed to resume negotiations "
                        "next week.")
    [agree] = _of_type(doc, "AGREE")
    assert _day(agree) == ("2025-03-15", "2025-03-15")


def test_d_the_same_day_is_the_day_of_its_own_sentence(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenya and Uganda reopened the Busia border crossing on Tuesday.\n\n"
                        "Kenyan Foreign Minister Amina Odhiambo reached Kampala on Monday, the same day that Mutai held "
                        "talks with Ugandan President Moses Kato in Entebbe.", published="2025-06-19")
    [talks] = [e for e in _of_type(doc, "CONSULT") if "Moses Kato" in _names(doc, e.actors())]
    assert _day(talks) == ("2025-06-16", "2025-06-16")


def test_d_month_last_year_is_one_expression(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenya has deployed about 2,000 troops to Somalia since August last year.")
    [aid] = _of_type(doc, "AID")
    assert aid.date is not None and aid.date.start == "2024-08-01"


def test_d_a_reporting_date_only_bounds_the_event(annotate_text: Annotate) -> None:
    doc = annotate_text("Tanzanian Foreign Minister Joseph Mrema thanked Odhiambo for her support, the Tanzanian "
                        "foreign ministry said on Wednesday.")
    [thanks] = _of_type(doc, "SUPPORT")
    assert thanks.date is None or thanks.date.start != "2025-03-12"



@pytest.mark.parametrize(("arrival", "day"), [
    # the story's day before the report dates the act; the report's day does not
    ("on March 11", ("2025-03-11", "2025-03-11")),
    # a story's day after the report (Monday, March 17) cannot be the act's
    ("on Monday", None),
])
def test_d_a_report_bounds_the_act_the_story_dates(annotate_text: Annotate, arrival: str,
                                                   day: tuple[str, str] | None) -> None:
    doc = annotate_text(f"Kenyan Foreign Minister Amina Odhiambo arrived in Dodoma {arrival}.\n\n"
                        "Tanzanian Foreign Minister Joseph Mrema thanked Odhiambo for her support, the Tanzanian "
                        "foreign ministry said on Wednesday.")
    [thanks] = _of_type(doc, "SUPPORT")
    assert _day(thanks) == day


@pytest.mark.parametrize("text", [
    # the act's own time, before the report
    "Tanzanian Foreign Minister Joseph Mrema thanked Kenya for its support on Wednesday, the ministry said.",
    # the speaker tells of the act: the report is the act's telling
    "Tanzania's foreign minister thanked Kenya for its support, he said on Wednesday.",
])
def test_d_a_time_of_the_act_or_of_its_own_speaker_dates_it(annotate_text: Annotate, text: str) -> None:
    [thanks] = _of_type(annotate_text(text), "SUPPORT")
    assert _day(thanks) == ("2025-03-12", "2025-03-12")