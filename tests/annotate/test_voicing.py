"""The official who voiced or led a state's act in the next sentence (annotate/voicing.py)."""

from __future__ import annotations

from event_helpers import names, of_type


def test_the_official_who_announced_a_decision_takes_part(annotate_text):
    doc = annotate_text("Kenya expelled two Tanzanian diplomats on Monday. The decision was announced by Foreign "
                        "Minister Amina Odhiambo.")
    [expel] = of_type(doc, "SANCTION")
    assert "Amina Odhiambo" in names(doc, expel.participants)


def test_an_official_announcing_the_act_a_reaction_was_about_is_not_the_reactors(annotate_text):
    doc = annotate_text("Uganda welcomed Kenya's decision to reopen the border on Sunday. President William Mutai had "
                        "announced the move on Friday.")
    assert all("William Mutai" not in names(doc, e.participants) for e in of_type(doc, "SUPPORT"))
