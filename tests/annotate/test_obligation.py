"""A demand told with the spoken English of "must" ("has to", "will have to", "needs to", "is going to have to"), on
invented sentences: REQUEST from the speaker to the one obliged (annotate/senses.py ``obliged``, the ``construction.must``
of annotate/events.py), and the act demanded is no event of its own."""

from __future__ import annotations

import pytest

from dateline.annotate.senses import obliged


def _sides(doc, typ):
    names = {e.id: e.name for e in doc.entities}
    return [({names[i] for i in ev.source}, {names[i] for i in ev.target}) for ev in doc.events if ev.type == typ]


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President Kofi Mensah said on Friday that Togo is going to have to reopen the border.",
        "Ghanaian President Kofi Mensah said on Friday that Togo will have to pay for the damage to the bridge.",
        "Ghanaian President Kofi Mensah said Togo has to hand over the two smugglers.",
        "Ghanaian President Kofi Mensah told reporters in Accra that Togo needs to free the fishermen.",
    ],
)
def test_an_obligation_in_reported_speech_is_a_request(annotate_text, text):
    sides = _sides(annotate_text(text), "REQUEST")
    assert any("Kofi Mensah" in s and "Togo" in t for s, t in sides), sides


def test_the_act_demanded_is_not_asserted(annotate_text):
    doc = annotate_text('Ghanaian President Kofi Mensah said on Friday that Togo "is going to have to sign a treaty '
                        'that we like."')
    assert "AGREE" not in [v.type for v in doc.events]
    assert _sides(doc, "REQUEST")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Togo is going to have to reopen the border.", "going", True),
        ("Togo will have to reopen the border.", "have", True),
        ("Togo needs to reopen the border.", "needs", True),
        ("Togo has two weeks left.", "has", False),
        ("Togo needs fuel.", "needs", False),
        ("Togo is going to reopen the border.", "going", False),
    ],
)
def test_obliged_needs_the_verb_of_obligation_and_its_infinitive(nlp, text, word, expected):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert obliged(tok) is expected


def test_a_past_had_to_still_tells_the_act(annotate_text):
    doc = annotate_text("Kenya had to withdraw its troops from Somalia in May.")
    assert "RETREAT" in [v.type for v in doc.events]
    assert not _sides(doc, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian Foreign Minister Ana Soto said on Monday that the Chilean ambassador must leave within a week.",
        "Foreign Minister Ana Soto said on Monday that the Chilean ambassador will have to leave Peru by the end of "
        "the week.",
        "Peruvian Foreign Minister Ana Soto said the Chilean envoy is going to have to leave the country within two days.",
    ],
)
def test_a_demand_that_an_envoy_leave_is_his_expulsion(annotate_text, text):
    doc = annotate_text(text)
    assert [v.type for v in doc.events] == ["SANCTION"]
    assert doc.events[0].mode == "expel"
    assert _sides(doc, "SANCTION") == [({"Ana Soto"}, {"Chile"})]


@pytest.mark.parametrize(
    "text",
    [
        'The singer Mary Hale spoke on Monday. "Every song on the album had to sound like home," Hale said.',
        "The writer John Miller died in 2006. Miller wanted his stories to reach young readers.",
        "The banker Kenji Tanaka spoke to staff on Monday. Tanaka told the bank's managers he wants the bank to cut "
        "costs by 2027.",
    ],
)
def test_what_a_thing_has_to_be_or_is_wanted_to_do_asks_no_one(annotate_text, text):
    # the spoken "has to" and "wants X to" ask an act of X only when X names someone who can be asked
    assert "REQUEST" not in [v.type for v in annotate_text(text, "2019-11-19").events]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses Guild President Ilse Varga told a few hundred nurses who filled the square that the Assembly should "
        "release money from the reserve fund for hospital wages.",
        "Fishermen's union leader Tomas Rebane told hundreds of fishermen who blocked the harbour road that the "
        "Port Council must reopen the northern quay.",
    ],
)
def test_a_demand_told_to_listeners_described_by_a_relative_clause_is_the_speakers(annotate_text, text):
    # the parser hangs the "that" clause on the relative clause ("filled the square that ..."): the demand is still
    # the speaker's, aimed at whoever is to act, and the listeners ask nothing
    sides = _sides(annotate_text(text), "REQUEST")
    assert sides and all(s for s, _ in sides), sides
    assert all(s <= {"Ilse Varga", "Tomas Rebane"} for s, _ in sides), sides
    assert any(t & {"Assembly", "Port Council"} for _, t in sides), sides


def test_a_relative_clause_of_its_own_saying_keeps_its_speaker(annotate_text):
    # guard: a listener who says something in the relative clause is that clause's speaker
    doc = annotate_text("Mayor Ana Lind met the farmers who said that the ministry should cut the fuel tax.")
    assert not any("Ana Lind" in s for s, _ in _sides(doc, "REQUEST"))


@pytest.mark.parametrize("text", [
    "Dr. Ana Moreira, a Kenyan health official, said residents should keep taking precautions against mosquitoes.",
    "The Zambian minister said doctors must always ask patients about their bedding.",
])
def test_advice_to_a_kind_of_people_is_no_demand(annotate_text, text):  # type: ignore[no-untyped-def]
    # senses.advised_kind: a bare plural obliged by "should / must" is the public, not a party
    doc = annotate_text(text)
    assert not [e for e in doc.events if e.type == "REQUEST"], _sides(doc, "REQUEST")


def test_a_demand_on_a_named_state_stays(annotate_text):  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenyan President William Ruto said Uganda must release the fishermen.")
    assert [e for e in doc.events if e.type == "REQUEST"], _sides(doc, "REQUEST")
