"""Test the event-dating passes of annotate/dating.py: their order, their debug log, and the story's time."""

from __future__ import annotations

import logging

import pytest

from dateline.annotate.dating import MENTION_PASSES, SENTENCE_PASSES, Dating, move_story_time
from dateline.model import Interval


def test_the_passes_run_in_the_documented_order() -> None:
    assert [name for name, _ in MENTION_PASSES] == [
        "stated_time", "reported_by_another", "commitment_at_its_saying", "pledge_at_its_saying",
        "accusation_at_its_saying", "career_edge",
        "occasion_time", "anchored_time", "saying_told_next", "story_time", "attributive_act",
        "move_story_time", "record", "record_repeats",
        "remember"]
    assert [name for name, _ in SENTENCE_PASSES] == ["advance_day"]


def test_now_does_not_move_the_story_time() -> None:
    state = Dating(anchor=None)
    state.when = Interval("2025-03-18", "2025-03-18", "now", "day")
    move_story_time(state)
    assert state.narrative is None and state.paragraph_date == {}
    state.when = Interval("2025-03-17", "2025-03-17", "Monday", "day")
    move_story_time(state)
    assert state.narrative == state.when and state.paragraph_date == {0: state.when}


def test_every_pass_is_logged_by_name(annotate_text, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="dateline.annotate.dating"):
        annotate_text("Iran launched a ballistic missile on Thursday.")
    logged = {r.args[0] for r in caplog.records if r.name == "dateline.annotate.dating" and r.args}
    assert {name for name, _ in (*MENTION_PASSES, *SENTENCE_PASSES)} <= logged


def test_an_undated_clause_goes_on_at_the_story_time(annotate_text) -> None:
    doc = annotate_text("Iran launched a ballistic missile on Thursday. North Korea fired two cruise missiles.")
    days = sorted((e.date.start, e.date.end) for e in doc.events if e.date is not None)
    assert days == [("2025-03-13", "2025-03-13"), ("2025-03-13", "2025-03-13")], [e.to_json() for e in doc.events]


@pytest.mark.parametrize(("text", "type_", "year"), [
    # from a year of its own sentence
    ("Peru arrested the rebel leader in Chile in 2005 and extradited him to Lima two years later.", "COOPERATE", "2007"),
    # from a year told before, in a sentence with no event
    ("The rebel leader fled Peru in 1994. Police arrested him in Bolivia the following year.", "COERCE", "1995"),
])
def test_a_time_counted_in_years_counts_from_the_latest_time_told(annotate_text, text, type_, year) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.type == type_]
    assert event.date is not None and (event.date.start, event.date.end) == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(("text", "type_", "day"), [
    ("Relations between the neighbours have been strained since 2023, when Tanzania banned Kenyan maize imports.",
     "SANCTION", ("2023-01-01", "2023-12-31")),
    ("Trade between the two has slowed since March 2024, when Kenya expelled two Ugandan diplomats.",
     "SANCTION", ("2024-03-01", "2024-03-31")),
])
def test_an_act_in_a_when_clause_on_a_since_time_happened_then(annotate_text, text, type_, day) -> None:
    # the "since" is the outer clause's span; the "when" clause the time heads tells its starting point (real pages,
    # unseen-errors family D: "since" stretched a point act to the publication date)
    [event] = [e for e in annotate_text(text).events if e.type == type_]
    assert event.date is not None and (event.date.start, event.date.end) == day


def test_what_has_gone_on_for_years_waits_for_no_news_day(annotate_text) -> None:
    # an undated lead goes on at the story's first news day, but not an act that has gone on for more than a decade
    # (invented probe: a decade-long dispute was dated by the week's meeting)
    doc = annotate_text("For more than a decade, Egypt and Ethiopia have argued bitterly over the dam.\n\n"
                        "Egyptian Foreign Minister Karim Sabri met the Ethiopian envoy in Cairo on Monday.")
    dates = {e.type: e.date for e in doc.events}
    assert dates.get("CONSULT") is not None and dates["CONSULT"].start == "2025-03-17"
    assert all(e.date is None for e in doc.events if e.type != "CONSULT"), [e.to_json() for e in doc.events]
    assert len(doc.events) == 2, [e.to_json() for e in doc.events]


def test_a_month_of_an_act_told_as_done_is_the_one_before_publication(annotate_text) -> None:
    # published 2025-03-18: a summit told as held, in a September named without its year, is September 2024, even
    # inside a clause that looks ahead (real pages: such a month was read as the coming one)
    doc = annotate_text("The border pact, still expected to be signed within days of a September summit between "
                        "Kenyan President Daniel Kiprop and Ugandan President Yoweri Museveni, has stalled.")
    [summit] = [e for e in doc.events if e.type == "CONSULT"]
    assert summit.date is not None and (summit.date.start, summit.date.end) == ("2024-09-01", "2024-09-30")


def test_a_year_naming_a_thing_dates_no_event(annotate_text) -> None:
    # "the 1960 treaty": a year in front of a noun names the treaty; the event goes on at the story time
    doc = annotate_text("Kenya expelled two Tanzanian diplomats on Thursday. Nairobi also put the 1960 border treaty "
                        "in abeyance with immediate effect.")
    years = {e.date.start[:4] for e in doc.events if e.date is not None and e.date.start}
    assert years == {"2025"}, [e.to_json() for e in doc.events]


def test_a_gerund_adjunct_of_a_past_verb_is_past(annotate_text) -> None:
    # published Tuesday 2025-03-18: "the weekend" of a past act is the one before, not the coming one
    doc = annotate_text("Over the weekend Accra retaliated by calling off a scheduled trip by Togo's foreign "
                        "minister, Kodjo Amegan.")
    [event] = [e for e in doc.events if e.type in ("REJECT", "SANCTION")]
    assert event.date is not None and (event.date.start, event.date.end) == ("2025-03-15", "2025-03-16")


def test_a_day_of_a_clause_about_the_future_does_not_move_the_story(annotate_text) -> None:
    doc = annotate_text("Ghanaian President Kofi Asante said on Saturday evening that he planned to speak by phone "
                        "with Togolese President Yao Koffi on Monday. Ghanaian Foreign Minister Ama Boateng had a call "
                        "with Beninese Foreign Minister Paul Hounkpe the same day.", published="2025-05-18")
    [call] = [e for e in doc.events if e.date and e.date.text == "the same day"]
    assert (call.date.start, call.date.end) == ("2025-05-17", "2025-05-17")


@pytest.mark.parametrize(("text", "appointed", "left"), [
    ("Kenyan diplomat Peter Otieno served as ambassador to Uganda from 2006 to 2011.", "2006", "2011"),
    ("Kenyan diplomat Peter Otieno served as ambassador to Uganda from March 2006 to May 2011.", "2006-03", "2011-05"),
])
def test_a_post_held_over_a_range_is_taken_at_its_start_and_left_at_its_end(annotate_text, text, appointed,
                                                                            left) -> None:
    doc = annotate_text(text)
    [appoint] = [e for e in doc.events if e.type == "APPOINT"]
    assert appoint.date is not None and appoint.date.start.startswith(appointed)
    assert appoint.date.end.startswith(appointed)
    assert all(e.date is not None and e.date.start.startswith(left) for e in doc.events if e.type == "DISMISS")


def test_a_background_clause_in_the_past_perfect_does_not_move_the_story(annotate_text) -> None:
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo died in a helicopter crash on Sunday, less than a year "
                        "after she had taken office on June 28. Hours later, her deputy Peter Otieno was appointed "
                        "acting foreign minister.", published="2025-05-20")
    [appointed] = [e for e in doc.events if e.type == "APPOINT" and e.trigger == "appointed"]
    assert appointed.date is not None and appointed.date.start == "2025-05-18"


def test_a_day_after_publication_does_not_move_the_story(annotate_text) -> None:
    doc = annotate_text("The council named Ana Ruiz interim leader on Monday. Officials later fixed July 30, 2024 as "
                        "the date of the election. Hours later, Pedro Soto was appointed acting foreign minister.",
                        published="2024-05-22")
    [appointed] = [e for e in doc.events if e.type == "APPOINT" and e.trigger == "appointed"]
    assert appointed.date is not None and appointed.date.start == "2024-05-20"


def test_hours_later_is_the_day_of_the_act_before_not_of_a_clause_beside_it(annotate_text) -> None:
    doc = annotate_text("Kenyan police raided the offices of a Ugandan newspaper on Monday. Hours later the Ugandan "
                        "Foreign Ministry summoned Kenya's ambassador, Peter Otieno, and on Wednesday Deputy Foreign "
                        "Minister Ana Mrema handed him a note.", published="2025-03-20")
    [summoned] = [e for e in doc.events if e.trigger == "summoned"]
    assert summoned.date is not None and (summoned.date.start, summoned.date.end) == ("2025-03-17", "2025-03-17")


@pytest.mark.parametrize("text", [
    # a relative clause
    "Tomas Varga was sworn in as president on Wednesday. His mandate started at 7:05 a.m., when the electoral board "
    "certified Tuesday's runoff, in which Varga took 53 percent. Shortly afterwards he appointed "
    "Ivan Horvat as chief of staff.",
    # a clause under a past-perfect one
    "Tomas Varga was sworn in on Wednesday. Because the post had stood empty since parliament impeached Juraj Kral "
    "on May 2, there was no handover. Shortly afterwards he appointed Ivan Horvat as adviser.",
])
def test_a_background_clause_does_not_move_the_story_time(annotate_text, text) -> None:
    doc = annotate_text(text, published="2025-06-04")
    [named] = [e for e in doc.events if e.trigger == "appointed"]
    assert named.date is not None and named.date.start == "2025-06-04", named.date


def test_a_time_between_the_saying_and_the_said_subject_is_the_sayings(annotate_text) -> None:
    doc = annotate_text("Ghana said on Monday it would recall its ambassador from Togo on Friday.")
    [recall] = doc.events
    assert recall.date is not None and recall.date.start == "2025-03-21", recall.date


def test_a_day_told_in_a_past_clause_is_past_for_an_act_to_come(annotate_text) -> None:
    doc = annotate_text("The moves followed Latvia's announcement on Monday that it would expel 20 Belarusian embassy "
                        "staff.")
    [expel] = doc.events
    assert expel.date is not None and expel.date.start == "2025-03-17", expel.date


def _dated(doc, trigger: str) -> tuple[str | None, str | None] | None:
    [event] = [e for e in doc.events if e.trigger == trigger]
    return (event.date.start, event.date.end) if event.date is not None else None


def test_a_weekday_of_last_week_dates_its_day_not_the_week(annotate_text) -> None:
    doc = annotate_text("On Thursday last week Kenyan police arrested the Ugandan trade attache.")
    assert _dated(doc, "arrested") == ("2025-03-13", "2025-03-13")


def test_a_time_of_a_relative_clause_does_not_date_the_main_act(annotate_text) -> None:
    doc = annotate_text("Ghana's president visited a border post on Monday. He awarded a medal to Captain Ruth Mensah, "
                        "whose unit repelled an attack by Togolese gunmen on February 9.")
    assert _dated(doc, "awarded") == ("2025-03-17", "2025-03-17")
    assert _dated(doc, "attack") == ("2025-02-09", "2025-02-09")


def test_a_time_set_off_before_a_coordinated_verb_is_that_verbs(annotate_text) -> None:
    doc = annotate_text("The smuggler escaped from a Togolese jail in 2011, hid in Benin for three years and, in 2016, "
                        "was convicted of fraud by a court in Accra.")
    assert _dated(doc, "convicted") == ("2016-01-01", "2016-12-31")


def test_a_background_adverbial_clause_does_not_move_the_story(annotate_text) -> None:
    doc = annotate_text("Ghana's foreign minister arrived in Lome on Tuesday for talks with Togolese President Faure "
                        "Kodjo, the third envoy to visit Togo since rebels shelled a Togolese town three days earlier. "
                        "Kodjo condemned the shelling.", published="2025-03-20")
    assert _dated(doc, "shelled") == ("2025-03-15", "2025-03-15")
    assert _dated(doc, "condemned") == ("2025-03-18", "2025-03-18")


def test_a_time_counted_from_an_act_does_not_date_that_act(annotate_text) -> None:
    doc = annotate_text("Kenyan police arrested the opposition leader nine days after Ugandan troops detained his aide "
                        "on March 2.")
    assert _dated(doc, "detained") == ("2025-03-02", "2025-03-02")
    assert _dated(doc, "arrested") == ("2025-03-11", "2025-03-11")  # counted from that act's own day


def test_an_act_counted_from_is_that_much_before_the_act_counted(annotate_text) -> None:
    doc = annotate_text("Ghana recalled its ambassador from Togo on Friday, two days after Togo expelled a Ghanaian "
                        "diplomat.")
    assert _dated(doc, "recalled") == ("2025-03-14", "2025-03-14")
    assert _dated(doc, "expelled") == ("2025-03-12", "2025-03-12")


def test_an_act_before_which_a_span_is_counted_keeps_its_own_time(annotate_text) -> None:
    doc = annotate_text("The rebel commander hid in the forest for almost two decades before being arrested by Ugandan "
                        "police in 2014.")
    assert _dated(doc, "arrested") == ("2014-01-01", "2014-12-31")


def test_the_baseline_clause_of_a_first_meeting_does_not_date_it(annotate_text) -> None:
    doc = annotate_text("Ghana opened a regional trade fair in Accra on Friday. Ghanaian President Kofi Mensah also met "
                        "Togolese Foreign Minister Ama Kodjo at the fair, their first encounter since Kodjo was "
                        "appointed in March.", published="2025-05-24")
    assert _dated(doc, "met") == ("2025-05-23", "2025-05-23")
    assert _dated(doc, "appointed") == ("2025-03-01", "2025-03-31")


def test_the_same_occasion_is_the_one_just_told_not_the_last_of_its_type(annotate_text) -> None:
    doc = annotate_text("Ghanaian President Kofi Mensah met Togolese President Faure Kodjo in Lome on May 2.\n\n"
                        "Ghana's defence minister inspected a naval base in Takoradi on Tuesday and accused Togo of "
                        "harbouring smugglers. During the same visit, he awarded medals to three sailors.",
                        published="2025-06-15")
    assert _dated(doc, "met") == ("2025-05-02", "2025-05-02")
    assert _dated(doc, "awarded") == ("2025-06-10", "2025-06-10")


def test_a_deadline_is_not_the_day_of_the_order_that_sets_it(annotate_text) -> None:
    doc = annotate_text("Ghana's cabinet met on Thursday.\n\n"
                        "In a statement afterwards, it declared two Togolese attachés persona non grata and told "
                        "them to go by 12 May.", published="2025-04-25")
    assert {e.date.start for e in doc.events if e.type == "SANCTION" and e.date} == {"2025-04-24"}


STORY = ("Parliament voted on March 4 to remove Prime Minister Anton Vell. A court jailed opposition leader Mara Quist "
         "on Friday last week.\n\n")


@pytest.mark.parametrize(("text", "day"), [
    # the noun names an act told before: its day, not the story's latest (Friday last week)
    (STORY + "Within hours of the vote, Foreign Minister Oskar Brandt resigned.", "2025-03-04"),
    (STORY + "Two days after the vote, Foreign Minister Oskar Brandt resigned.", "2025-03-06"),
    # the act told as a verb under a noun of the same base ("television" -> "televise")
    ("Prime Minister Anton Vell, who took office in 2019, was ousted by parliament on March 4, shortly after he "
     "appeared on state television to dissolve the assembly. A court jailed opposition leader Mara Quist on Friday last week."
     "\n\nHours after his televised speech, Foreign Minister Oskar Brandt resigned.", "2025-03-04"),
])
def test_a_clause_counted_from_an_act_told_before_takes_that_acts_day(annotate_text, text, day) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.type == "DISMISS" and "resigned" in e.evidence.text]
    assert event.date is not None and (event.date.start, event.date.end) == (day, day), event.to_json()


def test_later_that_day_counts_from_the_act_a_clause_is_counted_from(annotate_text) -> None:
    doc = annotate_text(STORY + "Within hours of the vote, Foreign Minister Oskar Brandt resigned. Deputy Prime "
                        "Minister Ilse Varga was sworn in to lead the government later that day.")
    sworn = [e for e in doc.events if e.type == "APPOINT" and e.date is not None and e.date.text == "later that day"]
    assert sworn and sworn[0].date is not None and sworn[0].date.start == "2025-03-04", [e.to_json() for e in doc.events]


def test_after_an_act_with_no_count_keeps_the_story_time(annotate_text) -> None:
    # "after the vote" says nothing of the gap: the clause goes on at the story's time
    doc = annotate_text(STORY + "After the vote, Foreign Minister Oskar Brandt resigned.")
    [event] = [e for e in doc.events if e.type == "DISMISS" and "resigned" in e.evidence.text]
    assert event.date is not None and event.date.start == "2025-03-14", event.to_json()


def test_an_act_counted_back_from_across_a_determiner(annotate_text) -> None:
    # "three days after a popular revolt toppled ...": the count opens a clause, whatever word starts it
    doc = annotate_text("The rebel leader Omar Kell was sworn in as president on Thursday, three days after a popular "
                        "revolt toppled President Ivo Marek.")
    days = {e.type: e.date.start for e in doc.events if e.date is not None}
    assert days.get("APPOINT") == "2025-03-13" and days.get("DISMISS") == "2025-03-10", [e.to_json() for e in doc.events]


def test_a_count_from_a_clause_counts_for_the_clause_it_hangs_on(annotate_text) -> None:
    # the count hangs on the saying: the strike is the night before the report's day, the swap a day before it
    doc = annotate_text("Ugandan forces fired 300 drones at Goma overnight, the Congolese army reported on "
                        "Monday, one day after the two armies swapped prisoners.")
    days = {e.type: (e.date.start, e.date.end) for e in doc.events if e.date is not None}
    assert days.get("ASSAULT") == ("2025-03-16", "2025-03-17"), [e.to_json() for e in doc.events]
    assert days.get("RETREAT") == ("2025-03-16", "2025-03-16"), [e.to_json() for e in doc.events]


def test_a_day_told_outright_dates_its_clause_before_a_count_that_retells_it(annotate_text) -> None:
    # invented (unseen-errors D): "on March 14, a day after winning": the oath is on the 14th, not the 15th
    doc = annotate_text("Lina Varga was sworn in as president of Hungary on March 14, a day after winning the run-off.")
    days = {e.date.start for e in doc.events if e.type == "APPOINT" and e.date is not None}
    assert "2025-03-14" in days and "2025-03-15" not in days, [e.to_json() for e in doc.events]


def test_an_act_counted_from_an_undated_clause_is_that_much_before_the_story_s_day(annotate_text) -> None:
    # invented (unseen-errors D): the meeting goes on at the story's Monday; the suspension was two weeks before
    doc = annotate_text("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe on Monday. The "
                        "meeting came two weeks after the African Union suspended the border talks.")
    [halt] = [e for e in doc.events if e.trigger == "suspended"]
    assert halt.date is not None and halt.date.end is not None and halt.date.end < "2025-03-17", halt.to_json()


def test_a_count_from_an_untimed_act_dates_nothing(annotate_text) -> None:
    # "two days after troops detained his aide": the detention's day is not told, so the arrest is not put two days
    # after some other day (the report's): the report's day bounds it
    doc = annotate_text("The ministry said on Monday that police arrested Omar Kell, two days after troops detained "
                        "his aide.")
    [arrest] = [e for e in doc.events if e.type == "COERCE" and e.trigger == "arrested"]
    assert arrest.date is not None and arrest.date.start == "2025-03-17", arrest.to_json()


def test_a_handover_told_in_the_present_is_scheduled(annotate_text) -> None:
    # "who succeeds the governor on Monday": a timetable's present tense speaks of the coming Monday, not the last
    doc = annotate_text("In Accra, Governor Kofi Mensah praised the deal. His deputy Ama Boateng, who succeeds the "
                        "governor on Monday, had already taken credit for it in a radio interview.")
    days = {e.date.start for e in doc.events if e.trigger == "succeeds" and e.date is not None}
    assert days == {"2025-03-24"}, [e.to_json() for e in doc.events]


def test_a_day_named_as_a_thing_is_no_time_of_the_story(annotate_text) -> None:
    # "picked May 9 as polling day" names a day; "hours later" counts from Monday, not from May 9
    doc = annotate_text("President Ivo Marek was found dead on Monday. Parliament named Speaker Lena Krug interim "
                        "head of state the same day; the electoral board later picked May 9 as polling day.\n\n"
                        "Hours later, Foreign Minister Oskar Brandt was appointed acting prime minister.")
    [appointed] = [e for e in doc.events if e.trigger == "appointed"]
    assert appointed.date is not None and appointed.date.start == "2025-03-17", appointed.to_json()


def test_a_role_given_to_an_object_leaves_the_time_its_own(annotate_text) -> None:
    # "rejected the offer that month as a stunt": the role is the offer's; "that month" dates the rejection
    doc = annotate_text("President Ivo Marek wrote to rebel commander Omar Kell on March 12. Kell openly rejected the "
                        "offer that month as a stunt.")
    [rejected] = [e for e in doc.events if e.type == "REJECT"]
    assert rejected.date is not None and rejected.date.text == "that month", rejected.to_json()


def test_an_act_counted_from_takes_the_day_its_event_was_given(annotate_text) -> None:
    # the detentions were told with "the next day" (Tuesday): the resignation counted from them is that day, not the
    # story's latest (Friday), though the telling names no day outright
    doc = annotate_text("Kenya and Tanzania held talks on Monday. The next day, Kenyan police detained two Tanzanian "
                        "diplomats. On Friday, a court released them.\n\nWithin hours of the detentions, Tanzanian "
                        "Foreign Minister Oskar Brandt resigned.", "2025-03-21")
    [resigned] = [e for e in doc.events if e.trigger == "resigned"]
    assert resigned.date is not None and resigned.date.start == "2025-03-18", resigned.to_json()


@pytest.mark.parametrize(("text", "start"), [
    # a week counted from a month told before counts from that month, not from the publication date
    ("In January, Kenya expelled two Tanzanian diplomats. Tanzania recalled its ambassador the following week.",
     "2025-01-06"),
    # with no time told before, a week still to come dates no past act
    ("Tanzania recalled its ambassador the following week.", None),
])
def test_a_following_week_is_never_one_the_story_has_not_reached(annotate_text, text, start) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.trigger == "recalled"]
    assert (event.date.start if event.date is not None else None) == start, event.to_json()


def test_a_since_time_of_a_state_does_not_date_the_talks_it_followed(annotate_text) -> None:
    # the parser hangs "after talks" on "closed": 2011 began the closure, the talks are no state of nine years
    doc = annotate_text("Chad and Niger agreed on Wednesday to reopen their shared border, closed since 2011, after "
                        "talks between their presidents in Niamey.")
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and all(not (e.date and (e.date.start or "").startswith("2011")) for e in talks)


def test_a_day_between_said_and_the_reported_clause_is_the_saying_day(annotate_text) -> None:
    # the parser hangs "on Thursday" on "attend"; the refusal was said on the past Thursday (2025-03-13)
    doc = annotate_text("Chilean President Rosa Paredes said on Thursday she would not attend the summit in Quito.",
                        published="2025-03-18")
    assert [(e.type, e.date.start if e.date else None) for e in doc.events] == [("REJECT", "2025-03-13")]


def test_a_relative_clause_inside_a_noun_act_dates_its_own_noun(annotate_text) -> None:
    """"an appeal to X to dissolve its panel, which had monitored the border since 1994": 1994 is the monitoring's;
    the appeal goes on at the story's time (issue 12)."""
    doc = annotate_text("The ceremony took place in Lima on Friday. At the ceremony, Chile and Bolivia issued a joint "
                        "appeal to the United Nations to dissolve its Andean panel, which had monitored the border since "
                        "1994.")
    (request,) = [e for e in doc.events if e.type == "REQUEST"]
    assert request.date is not None and request.date.start == "2025-03-14", request.date


def test_a_later_month_moves_the_story_past_an_earlier_day(annotate_text) -> None:
    """A long page opens on a dated statement and then tells a later month: an undated clause after it goes on in that
    month, not on the first day the page named."""
    doc = annotate_text("In a joint statement published on October 2, Kenya and Tanzania accused Uganda of arming "
                        "rebels in the border region.\n\nA Kenyan army spokesman, Colonel Peter Mwangi, condemned Uganda "
                        "in November for sending weapons across the border.\n\nMwangi urged Uganda to stop the "
                        "shipments.", published="2019-11-18")
    [urged] = [e for e in doc.events if e.type == "REQUEST"]
    assert urged.date is not None and (urged.date.start, urged.date.end) == ("2019-11-01", "2019-11-18"), \
        urged.to_json()


def _day_of(doc, type_: str) -> tuple[str | None, str | None]:
    [event] = [e for e in doc.events if e.type == type_]
    assert event.date is not None, [e.to_json() for e in doc.events]
    return event.date.start, event.date.end


def test_a_date_labelling_an_earlier_act_does_not_take_the_story_back(annotate_text) -> None:
    # "the February 12 talks": a day recalled in front of a noun, not a step of a story that has reached Monday
    doc = annotate_text("Ghana's finance minister testified on Monday about the February 12 talks between Ghana and "
                        "China. Togo accused Ghana of hiding the debt deal.")
    assert _day_of(doc, "ACCUSE") == ("2025-03-17", "2025-03-17")


def test_a_day_named_in_a_quotation_dates_the_quotation_only(annotate_text) -> None:
    # the speaker's "today" is not a day the reporter's later paragraphs go on at
    doc = annotate_text('Chile recalled its ambassador to Bolivia on Monday.\n\n"Today we have run out of patience," '
                        'the Chilean foreign minister said.\n\nBolivia accused Chile of provoking a crisis.')
    assert _day_of(doc, "ACCUSE") == ("2025-03-17", "2025-03-17")


def test_the_rest_of_a_quotation_goes_on_at_the_day_it_names(annotate_text) -> None:
    doc = annotate_text('Peru expelled a Bolivian diplomat on Friday.\n\n"Soldiers detained my brother at the border '
                        'on March 2. Then they beat him and deported him," a farmer told reporters.\n\n'
                        'Bolivia accused Peru of provoking a crisis.')
    assert _day_of(doc, "ACCUSE") == ("2025-03-14", "2025-03-14")
    dates = {(e.trigger, e.date.start if e.date else None) for e in doc.events if e.type == "COERCE"}
    assert all(start == "2025-03-02" for _, start in dates), dates


def test_a_present_act_is_not_dated_by_its_objects_past(annotate_text) -> None:
    # "has lifted the ban imposed in 2021": the participle tells the ban's past, not when it was lifted
    doc = annotate_text("Ecuador has lifted the export ban imposed on Peruvian shrimp in 2021.")
    [lifted] = [e for e in doc.events if e.type == "CONCEDE"]
    assert lifted.date is None or not (lifted.date.start or "").startswith("2021"), lifted.to_json()
    doc = annotate_text("Mali wants France to withdraw the troops deployed in the north in 2013.")
    [wants] = [e for e in doc.events if e.type == "REQUEST"]
    assert wants.date is None or not (wants.date.start or "").startswith("2013"), wants.to_json()


def test_a_past_act_keeps_the_time_its_participle_tells(annotate_text) -> None:
    # after a past verb the participle re-tells the act: "in a statement issued on Tuesday"
    doc = annotate_text("Chile congratulated Peru's new president in a statement issued in Santiago on Monday.")
    assert _day_of(doc, "SUPPORT") == ("2025-03-17", "2025-03-17")


def test_an_undated_lead_goes_on_at_the_first_day_of_the_news(annotate_text) -> None:
    # "has expelled": told before the story names any time, the lead waits for the first day the story reaches
    doc = annotate_text("Uganda has expelled two Kenyan diplomats.\n\n"
                        "The foreign ministry ordered them out on Monday, a spokesman said.")
    assert _day_of(doc, "SANCTION") == ("2025-03-17", "2025-03-17")


def test_an_undated_lead_takes_no_day_of_the_background(annotate_text) -> None:
    # a first day years before publication is background, not the news of the lead: the lead is the news, bounded by
    # publication (``_news_day_of_unreached``)
    doc = annotate_text("Uganda has expelled two Kenyan diplomats.\n\n"
                        "The two countries signed a border pact on June 3, 2019.")
    [expelled] = [e for e in doc.events if e.type == "SANCTION"]
    assert expelled.date is not None and (expelled.date.start, expelled.date.end) == ("2025-03-17", "2025-03-18"), (
        expelled.to_json())


def test_a_scene_setting_time_dates_the_rest_of_its_paragraph(annotate_text) -> None:
    # "In January, X wrote that ...": the sentence tells no event, but its month is the paragraph's time, so the
    # demand told next goes on in January, not on the day the story reached two paragraphs before
    doc = annotate_text("Ruritanian President Ivo Marek visited Osterlich on Thursday.\n\n"
                        "Farmers in the north have struggled with falling prices for months.\n\n"
                        "In January, Ana Lopes, who leads the growers' union, wrote that harvests had never been so "
                        "poor. She urged Mr. Marek to sign a grain deal with Osterlich.")
    [demand] = [e for e in doc.events if e.type == "REQUEST"]
    assert demand.date is not None and (demand.date.start, demand.date.end) == ("2025-01-01", "2025-01-31")


def test_a_scene_setting_time_leaves_other_paragraphs_at_the_story_day(annotate_text) -> None:
    # the guard: the month dates its own paragraph only; the next paragraph's undated act keeps the story's day
    doc = annotate_text("Ruritanian President Ivo Marek visited Osterlich on Thursday.\n\n"
                        "In January, Ana Lopes wrote that harvests had never been so poor.\n\n"
                        "Mr. Marek also met Osterlich's trade minister, Karl Brandt.")
    [meeting] = [e for e in doc.events if e.type == "CONSULT" and "Karl Brandt" in
                 {x.name for x in doc.entities if x.id in e.actors()}]
    assert meeting.date is not None and meeting.date.start == "2025-03-13"


def test_a_pledge_a_saying_announces_has_the_day_of_the_saying(annotate_text) -> None:
    # invented: the promise is made by the announcement, on Monday, though the boats are still to come
    doc = annotate_text("Polish Defence Minister Marek Zielak announced on Monday that Poland will provide the Latvian "
                        "coast guard with two surplus patrol boats.")
    [pledge] = [e for e in doc.events if e.type == "AGREE"]
    assert pledge.date is not None and (pledge.date.start, pledge.date.end) == ("2025-03-17", "2025-03-17"), \
        pledge.to_json()


def test_a_pledge_announced_in_an_undated_sentence_goes_on_at_the_story_s_day(annotate_text) -> None:
    # invented: the visit sets the story's Monday; the announcement that follows is made on it
    doc = annotate_text("Polish Defence Minister Marek Zielak arrived in Riga on Monday for talks with Latvian "
                        "officials.\n\nZielak announced that Poland will give Latvia two surplus patrol boats.")
    [pledge] = [e for e in doc.events if e.type == "AGREE"]
    assert pledge.date is not None and pledge.date.start == "2025-03-17", pledge.to_json()


def test_a_promised_act_with_a_day_of_its_own_keeps_that_day(annotate_text) -> None:
    # guard: "will sign ... on Friday" is the signing's own day, not the saying's Monday
    doc = annotate_text("Polish Defence Minister Marek Zielak said on Monday that Poland will sign a defence accord "
                        "with Latvia on Friday.")
    [signing] = [e for e in doc.events if e.type == "AGREE"]
    assert signing.date is not None and signing.date.start == "2025-03-21", signing.to_json()


def test_an_act_counted_in_years_from_an_undated_clause_counts_from_the_story_s_month(annotate_text) -> None:
    # invented: the story stands at May 2024 (a month, no day); "came six years after" puts the flight in 2018
    doc = annotate_text("Danish prosecutors reopened the fraud case against the trader Nils Aas in May.\n\nThat came six "
                        "years after Aas sought asylum at the Brazilian embassy in Oslo.")
    [asylum] = [e for e in doc.events if e.trigger == "sought"]
    assert asylum.date is not None and asylum.date.start is not None and asylum.date.start[:4] == "2018", \
        asylum.to_json()


FEATURE_LEAD = "Hungarian Foreign Minister Lina Varga met Serbian President Goran Ilic in Belgrade on {day}.\n\n"


def test_a_present_perfect_clause_does_not_go_on_at_an_old_story_day(annotate_text) -> None:
    # invented: Feb. 3 is weeks before publication; "has accused" speaks from now, not from that day
    doc = annotate_text(FEATURE_LEAD.format(day="Feb. 3") + "Serbia has accused Hungary of blocking its bid to join "
                        "the bloc.")
    [charge] = [e for e in doc.events if e.type == "ACCUSE"]
    assert charge.date is None or charge.date.start != "2025-02-03", charge.to_json()


@pytest.mark.parametrize(("day", "verb", "start"), [("Monday", "has accused", "2025-03-17"),
                                                    ("Feb. 3", "accused", "2025-02-03")])
def test_a_past_clause_or_a_present_perfect_of_the_news_week_keeps_the_story_day(annotate_text, day, verb,
                                                                                  start) -> None:
    # guards: the simple past goes on at the story's day however old; the present perfect does within the news week
    doc = annotate_text(FEATURE_LEAD.format(day=day) + f"Serbia {verb} Hungary of blocking its bid to join the bloc.")
    [charge] = [e for e in doc.events if e.type == "ACCUSE"]
    assert charge.date is not None and charge.date.start == start, charge.to_json()


def test_a_count_set_before_the_clause_from_a_dated_noun_moves_the_clause(annotate_text) -> None:
    # "Two days after Saturday's election, X resigned": the count dates the resignation, counted from the election's
    # day, not the election's day itself (a count from a noun is no clause counted from)
    doc = annotate_text("Two days after Saturday's election, Prime Minister Ivo Mardal of Norway resigned.")
    [quit] = [e for e in doc.events if e.type == "DISMISS"]
    assert quit.date is not None and (quit.date.start, quit.date.end) == ("2025-03-17", "2025-03-17")


def test_an_act_counted_from_keeps_its_own_day(annotate_text) -> None:
    # guard: the clause after "after" is the act counted from, with the time its own clause states
    doc = annotate_text("Two days after soldiers detained his aide on Saturday, police in Tirana arrested the Albanian "
                        "opposition leader Edi Korra.")
    days = sorted((e.date.start, e.date.end) for e in doc.events if e.type == "COERCE" and e.date is not None)
    assert days == [("2025-03-15", "2025-03-15"), ("2025-03-17", "2025-03-17")]


def test_on_the_eve_of_an_occasion_told_before_is_the_day_before_it(annotate_text) -> None:
    doc = annotate_text("A regional summit opened in Porto Velho on Friday. On the eve of the summit, Chilean "
                        "President Marta Ulloa met Peru's foreign minister, Rosa Quenta.")
    [talk] = [e for e in doc.events if e.type == "CONSULT"]
    assert talk.date is not None and (talk.date.start, talk.date.end) == ("2025-03-13", "2025-03-13")


def test_until_a_day_to_act_is_a_deadline_not_the_day_of_the_order(annotate_text) -> None:
    doc = annotate_text("Gabon gave two Cameroonian diplomats until Friday to leave the country, its foreign ministry "
                        "said on Monday.")
    [expel] = [e for e in doc.events if e.type == "SANCTION"]
    assert expel.date is not None and expel.date.end == "2025-03-17" and expel.date.start != "2025-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lagos detained 40 Nigerian opposition activists on the eve of Sunday's vote.",
        # guard: a count told outright is counted once
        "Police in Lagos detained 40 Nigerian opposition activists a day before Sunday's vote.",
    ],
)
def test_the_eve_of_an_occasion_named_with_its_day_is_the_day_before(annotate_text, text) -> None:
    [held] = [e for e in annotate_text(text).events if e.type == "COERCE"]
    assert held.date is not None and (held.date.start, held.date.end) == ("2025-03-15", "2025-03-15")


def test_a_count_from_the_talks_is_counted_from_the_meeting_told_before(annotate_text) -> None:
    doc = annotate_text("Iran's deputy foreign minister, Ali Farahani, met Swiss envoys in Bern on Saturday. A day "
                        "after the talks, Tehran expelled two Swiss diplomats.")
    [expel] = [e for e in doc.events if e.type == "SANCTION"]
    assert expel.date is not None and (expel.date.start, expel.date.end) == ("2025-03-16", "2025-03-16")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Egypt hosted talks between Israeli and Hamas officials in Cairo on Sunday.", "2025-03-16"),
        ("Norway will host peace talks between the Colombian government and rebel commanders in Bergen on Friday.",
         "2025-03-21"),
    ],
)
def test_talks_with_sides_of_their_own_take_the_day_of_the_verb_that_holds_them(annotate_text, text, day) -> None:
    [talks] = [e for e in annotate_text(text).events if e.type == "CONSULT"]
    assert talks.date is not None and (talks.date.start, talks.date.end) == (day, day)


def test_a_judged_call_with_sides_of_its_own_keeps_its_own_time(annotate_text) -> None:
    # guard: the judging verb's day is not the call's
    doc = annotate_text("On Tuesday the Slovak envoy described Kovac's call with the Russian leader in March as "
                        "improper.", published="2024-05-15")
    [call] = [e for e in doc.events if e.type == "CONSULT"]
    assert call.date is not None and (call.date.start, call.date.end) == ("2024-03-01", "2024-03-31")


@pytest.mark.parametrize(("text", "type_", "day"), [
    # the gerund's own time, through its infinitive, not the admission's
    ("Ravel Osk, a farmer from Corvina, admitted on Monday to threatening to harm Judge Lina Marek in January, the "
     "court heard.", "THREATEN", ("2025-01-01", "2025-01-31")),
    # guard: a time in a noun of the gerund's own phrase already dated it
    ("Ravel Osk, a farmer from Corvina, admitted on Monday to threatening Judge Lina Marek in a January 9 letter.",
     "THREATEN", ("2025-01-09", "2025-01-09")),
])
def test_a_gerund_act_under_a_plea_takes_its_own_time(annotate_text, text, type_, day) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.type == type_]
    assert event.date is not None and (event.date.start, event.date.end) == day, event.to_json()


def test_a_gerund_act_under_a_plea_without_a_time_of_its_own_is_undated(annotate_text) -> None:
    # the admission's day is not the threat's, nor is the story's
    doc = annotate_text("Ravel Osk, a farmer from Corvina, admitted on Monday to threatening Judge Lina Marek.")
    [event] = [e for e in doc.events if e.type == "THREATEN"]
    assert event.date is None, event.to_json()


def test_an_act_told_outright_keeps_the_time_of_its_clause(annotate_text) -> None:
    # guard: no plea, no gerund: the threat's own day
    doc = annotate_text("Ravel Osk, a farmer from Corvina, threatened Judge Lina Marek on Monday, the court heard.")
    [event] = [e for e in doc.events if e.type == "THREATEN"]
    assert event.date is not None and event.date.start == "2025-03-17", event.to_json()


LEAD = ("Oren Kavel was detained in January over a threatening letter he sent to the mayor of Brisk, a court heard on "
        "Monday.\n\nHis lawyer said he regretted the letter.\n\n")


@pytest.mark.parametrize("text", [
    # the parser reads "the detention" as the subject of "accused" and "after" as a conjunction
    LEAD + "Councillor Ilse Varga soon after the detention accused the broadcaster Ben Tarrow of stoking hatred.",
    # guard: the phrase fronted, parsed as a preposition
    LEAD + "Soon after the detention, Councillor Ilse Varga accused the broadcaster Ben Tarrow of stoking hatred.",
])
def test_an_act_soon_after_a_dated_act_takes_its_time(annotate_text, text) -> None:
    doc = annotate_text(text)
    [event] = [e for e in doc.events if e.type == "ACCUSE"]
    assert event.date is not None, event.to_json()
    assert (event.date.start, event.date.end) == ("2025-01-01", "2025-01-31"), event.to_json()


def test_a_passive_appointment_keeps_its_bare_weekday(annotate_text) -> None:
    # _named_as: in "was appointed Thursday as foreign minister" the "as" role is the passive subject's, and the
    # weekday is the appointment's time, not a day named
    doc = annotate_text("Gianfranco Ferri was appointed Thursday as the new Italian foreign minister. Ferri spoke.",
                        published="2004-11-19")
    (appoint,) = [e for e in doc.events if e.type == "APPOINT"]
    assert appoint.date is not None and (appoint.date.start, appoint.date.end) == ("2004-11-18", "2004-11-18")


def test_a_departure_announced_is_dated_by_its_announcement(annotate_text) -> None:
    # pledge_at_its_saying: "announced on Tuesday that he is stepping down" dates the departure by the saying; the "he"
    # of a relative clause's saying is its antecedent (arguments._relative_speaker), not the main clause's subject
    doc = annotate_text("If confirmed, David Mensah will replace Tom Okoro, who announced Tuesday that he is stepping "
                        "down as interior minister.", published="2025-03-20")
    names = {e.id: e.name for e in doc.entities}
    dismissals = [e for e in doc.events if e.type == "DISMISS"]
    assert [names[t] for e in dismissals for t in e.target] == ["Tom Okoro"], [e.to_json() for e in doc.events]
    assert dismissals[0].date is not None and dismissals[0].date.start == "2025-03-18"
