"""A stance on "the decision" or "the move" that names no maker is aimed at the maker of the latest decision told
before with its maker (annotate/events.py ``_role_maker_of_judged_decision``), on invented sentences."""

from __future__ import annotations

import pytest


def _targets(doc, typ="ACCUSE"):
    names = {e.id: e.name for e in doc.entities}
    return [{names[i] for i in ev.target} for ev in doc.events if ev.type == typ]


@pytest.mark.parametrize(
    "text",
    [
        "Norway announced on Monday its decision to close its consulate in Murmansk. Sweden condemned the decision on "
        "Tuesday.",
        "Norway announced on Monday its decision to close its consulate in Murmansk. Finland criticised the move on "
        "Tuesday, and Sweden condemned the decision on Wednesday.",
    ],
)
def test_a_stance_on_the_decision_is_aimed_at_its_maker(annotate_text, text):
    targets = _targets(annotate_text(text, "2019-11-20"))
    assert targets and all("Norway" in t for t in targets), targets


def test_the_latest_maker_told_is_taken(annotate_text):
    doc = annotate_text("Norway announced on Monday its decision to close its consulate in Murmansk. On Tuesday "
                        "Russia's decision to expel two Norwegian diplomats followed. Sweden condemned the decision on "
                        "Wednesday.", "2019-11-20")
    assert {"Russia"} in _targets(doc)


def test_no_maker_told_leaves_the_stance_without_target(annotate_text):
    assert _targets(annotate_text("Peru condemned the decision on Tuesday.", "2019-11-20")) == [set()]


def test_a_judge_is_not_aimed_at_its_own_decision(annotate_text):
    doc = annotate_text("Sweden announced on Monday its decision to close its consulate in Murmansk. Swedish "
                        "Foreign Minister Eva Lind defended the decision on Tuesday.", "2019-11-20")
    assert all("Sweden" not in t for t in _targets(doc, "SUPPORT"))
