"""A finite verb the parser joins to a gerund or an infinitive is the main clause's second verb, with its subject
and, for "it" / "them", its object (arguments._subject_of, ``_nonfinite_governor``,
``_by_shared_collective_object``); on invented sentences."""

from __future__ import annotations

import pytest


def _events(doc, type_):
    countries = {e.id: e.country for e in doc.entities}
    return [({countries[i] for i in ev.source}, {countries[i] for i in ev.target}) for ev in doc.events
            if ev.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "doer", "addressee"),
    [
        ("Ukraine accused Russia on Monday of shelling the plant and called on Turkey to act.", "REQUEST", "UKR",
         "TUR"),
        ("Chile urged Peru on Monday to withdraw the decree and accused it of violating the treaty.", "ACCUSE", "CHL",
         "PER"),
    ],
)
def test_a_finite_verb_joined_to_a_gerund_or_infinitive_is_the_main_clauses(annotate_text, text, type_, doer,
                                                                             addressee):
    found = _events(annotate_text(text, "2024-05-15"), type_)
    assert any(doer in source and addressee in target for source, target in found), found


def test_a_participle_after_an_infinitive_is_the_main_clauses_act(annotate_text):
    doc = annotate_text("Kenya urged Uganda on Monday to stop backing the rebels, accusing Kampala of fuelling the "
                        "conflict.", "2024-05-15")
    found = _events(doc, "ACCUSE")
    assert any("KEN" in source and "UGA" in target for source, target in found), found


def test_him_after_a_demand_for_a_persons_act_is_that_person(annotate_text):
    doc = annotate_text("Senator Jon Kerrick called for the resignation of Defense Secretary Dan Rumsby on Friday, "
                        "accusing him of mishandling the war.", "2024-05-15")
    names = {e.id: e.name for e in doc.entities}
    assert any(ev.type == "ACCUSE" and {names[i] for i in ev.target} == {"Dan Rumsby"} for ev in doc.events), doc.events
