"""Diplomatic regret at another's decision or move is a criticism (lexicon entry accuse.regret, GUIDE.md: ACCUSE
disapprove), on invented sentences; regretting a loss or one's own words accuses no one."""

from __future__ import annotations

import pytest


def _accusations(doc):
    names = {e.id: e.name for e in doc.entities}
    return [({names[i] for i in ev.source}, {names[i] for i in ev.target}) for ev in doc.events if ev.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("The Dutch foreign ministry said it regretted Ankara's decision to close the consulate.",
         "Dutch foreign ministry", "Türkiye"),
        ("Norway regrets the move by Moscow to expel two of its diplomats.", "Norway", "Russia"),
        ("Norway announced on Monday its decision to close its consulate in Murmansk. Sweden said on Tuesday it "
         "deeply regretted the decision.", "Sweden", "Norway"),
    ],
)
def test_regret_at_a_decision_accuses_its_maker(annotate_text, text, accuser, accused):
    found = _accusations(annotate_text(text, "2019-11-20"))
    assert any(accuser in s and accused in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she regretted the loss of life in the floods.",
        "Prime Minister Ola Berg said he regretted his remarks about Swedish farmers.",
    ],
)
def test_regret_at_a_loss_or_at_ones_own_words_accuses_no_one(annotate_text, text):
    assert _accusations(annotate_text(text, "2019-11-20")) == []
