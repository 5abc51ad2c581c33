"""A time told inside what a dated saying reports, and an act told only inside such a report (annotate/dating.py
``_saying_day``, ``accusation_at_its_saying``, ``occasion_time``; dates/ ``time.overnight``), on invented stories."""

from __future__ import annotations

import pytest

PUBLISHED = "2019-05-15"  # a Wednesday


def _dates(doc, kind):  # type: ignore[no-untyped-def]
    return [(v.date.start, v.date.end) if v.date is not None else None for v in doc.events if v.type == kind]


def test_a_weekday_in_what_a_past_saying_reports_counts_from_the_saying(annotate_text) -> None:
    doc = annotate_text("Peru's trade minister, Lucia Arana, said on Thursday that she had signed a fishing accord "
                        "with Ecuador in Quito on Tuesday.", PUBLISHED)
    assert _dates(doc, "AGREE") == [("2019-05-07", "2019-05-07")]  # the Tuesday before Thursday 9 May


def test_a_weekday_with_no_saying_day_counts_from_publication(annotate_text) -> None:
    doc = annotate_text("Peru's trade minister, Lucia Arana, said she had signed a fishing accord with Ecuador in "
                        "Quito on Tuesday.", PUBLISHED)
    assert _dates(doc, "AGREE") == [("2019-05-14", "2019-05-14")]


def test_a_date_of_the_calendar_in_a_report_is_not_moved(annotate_text) -> None:
    doc = annotate_text("Peru's trade minister, Lucia Arana, said on Thursday that she had signed a fishing accord "
                        "with Ecuador in Quito on May 2.", PUBLISHED)
    assert _dates(doc, "AGREE") == [("2019-05-02", "2019-05-02")]


@pytest.mark.parametrize(("text", "night"), [
    ("Separatist fighters shelled the Cameroonian town of Kumbo overnight, the army said on Monday.",
     ("2019-05-12", "2019-05-13")),
    ("Separatist fighters shelled the Cameroonian town of Kumbo overnight, the army said.",
     ("2019-05-14", "2019-05-15")),
])
def test_overnight_is_the_night_before_the_telling(annotate_text, text, night) -> None:
    assert _dates(annotate_text(text, PUBLISHED), "ASSAULT") == [night]


def test_an_overnight_flight_names_no_time(annotate_text) -> None:
    doc = annotate_text("Angola expelled a Namibian diplomat on Monday, hours after an overnight flight from "
                        "Windhoek landed in Luanda.", PUBLISHED)
    assert _dates(doc, "SANCTION") == [("2019-05-13", "2019-05-13")]


def test_an_accusation_told_by_the_act_it_charges_is_made_on_the_saying_day(annotate_text) -> None:
    doc = annotate_text("Cyprus told the UN Security Council on Friday that Turkish jets had violated its airspace on "
                        "Tuesday and Wednesday.", PUBLISHED)
    assert ("2019-05-10", "2019-05-10") in _dates(doc, "ACCUSE")


def test_an_accusation_verb_in_a_report_keeps_its_own_day(annotate_text) -> None:
    doc = annotate_text("Kenya said on Monday that Uganda had accused it on Saturday of sheltering rebel commanders.",
                        PUBLISHED)
    assert ("2019-05-11", "2019-05-11") in _dates(doc, "ACCUSE")


def test_an_act_on_the_sidelines_of_that_meeting_takes_the_meetings_day(annotate_text) -> None:
    doc = annotate_text("The prime ministers of Laos and Cambodia met in Vientiane on April 3. On the sidelines of "
                        "that meeting, they agreed to reopen a border post, Lao state media reported on Tuesday.",
                        PUBLISHED)
    assert _dates(doc, "AGREE") == [("2019-04-03", "2019-04-03")]


def test_the_sidelines_of_a_summit_never_told_do_not_point_at_another_meeting(annotate_text) -> None:
    doc = annotate_text("Chile's foreign minister visited Lima on Sunday. On the margins of the Pacific summit, he "
                        "signed a fishing accord with Bolivia, the ministry said on Tuesday.", PUBLISHED)
    assert _dates(doc, "AGREE") == [("2019-05-14", "2019-05-14")]  # not the visit's Sunday
