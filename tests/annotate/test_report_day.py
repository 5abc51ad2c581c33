"""An event told by the saying verb itself (a demand or an accusation in reported speech) takes the day of the saying,
not a day of the clause it reports (annotate/dating.py ``_reporting_date``: "unless the event is the report"), on
invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua must free the students arrested on 3 May, Chilean Foreign Minister Ana Ruiz said on Tuesday.",
        "Nicaragua must free the students detained during the protests on 3 May, said Chilean Foreign Minister Ana "
        "Ruiz on Tuesday, May 7.",
    ],
)
def test_a_demand_told_by_the_saying_verb_has_the_day_of_the_saying(annotate_text, text):
    doc = annotate_text(text, "2019-05-08")
    [demand] = [v for v in doc.events if v.type == "REQUEST"]
    assert demand.date is not None and (demand.date.start, demand.date.end) == ("2019-05-07", "2019-05-07")


def test_an_act_reported_keeps_its_own_day(annotate_text):
    doc = annotate_text("Chilean police detained 40 students on 3 May, Foreign Minister Ana Ruiz said on Tuesday.",
                        "2019-05-08")
    [arrest] = [v for v in doc.events if v.type == "COERCE"]
    assert arrest.date is not None and arrest.date.start == "2019-05-03"
