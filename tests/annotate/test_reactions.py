"""Reactions told from the side that received them (annotate/reactions.py): "A won praise from B" is B's SUPPORT of
A, "A's plan drew a rebuke from B" B's ACCUSE of A; on invented sentences."""

from __future__ import annotations

import pytest

from dateline.annotate.reactions import act_welcomed, reaction_received


def _events(doc, type_):
    names = {e.id: e.name for e in doc.entities}
    return [({names[i] for i in ev.source}, {names[i] for i in ev.target}) for ev in doc.events if ev.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Governor Lise Marten won praise from President Arvo Kell on Tuesday for her handling of the storm.",
         "SUPPORT", "Arvo Kell", "Lise Marten"),
        ("Prime Minister Jonas Beck received strong backing from President Ola Nyberg on Monday in his row with the "
         "miners.", "SUPPORT", "Ola Nyberg", "Jonas Beck"),
        ("Trade Minister Edda Rask won the backing of Prime Minister Tor Lunde on Monday for her plan to cut tariffs.",
         "SUPPORT", "Tor Lunde", "Edda Rask"),
        ("The mayor, Pavel Dorn, earned a sharp rebuke from Governor Ines Falk on Thursday for closing the library.",
         "ACCUSE", "Ines Falk", "Pavel Dorn"),
        ("Governor Milo Kant's decision to close the ferry drew condemnation from President Rita Sand on Wednesday.",
         "ACCUSE", "Rita Sand", "Milo Kant"),
        ("Governor Milo Kant came in for criticism from President Rita Sand on Wednesday.",
         "ACCUSE", "Rita Sand", "Milo Kant"),
        ("Governor Milo Kant drew fire from President Rita Sand on Wednesday over the ferry.",
         "ACCUSE", "Rita Sand", "Milo Kant"),
        ("Governor Milo Kant's decision to reopen the ferry was welcomed by President Rita Sand on Wednesday.",
         "SUPPORT", "Rita Sand", "Milo Kant"),
    ],
)
def test_a_reaction_received_from_a_named_actor_is_theirs(annotate_text, text, type_, source, target):
    found = _events(annotate_text(text, "2024-05-15"), type_)
    assert any(source in s and target in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The new novel by Ada Krug won praise from critics at the book fair on Sunday.",
        "The storm drew complaints from residents of Mill Lane on Monday.",
        "Senator Ida Holm said the plan would draw criticism from President Kai Berg.",
        "Governor Lise Marten did not win praise from President Arvo Kell for the budget.",
        "The convoy drew fire from Sergeant Ivo Kask near the river on Monday.",
    ],
)
def test_no_reaction_received_without_a_named_reactor_or_told_act(nlp, text):
    doc = nlp(text)
    assert all(reaction_received(t) is None for t in doc), text


def test_a_visitor_welcomed_is_no_act_welcomed(nlp):
    doc = nlp("The visiting Governor Lise Marten was welcomed by President Arvo Kell at the airport on Monday.")
    assert all(act_welcomed(t) is None for t in doc)


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("Foreign Minister Dina Lott reacted cautiously on Monday to the election results.", True),
        ("Foreign Minister Dina Lott responded with caution to the offer.", True),
        ("Foreign Minister Dina Lott reacted angrily on Monday to the remarks.", False),
    ],
)
def test_a_reaction_of_no_stance_is_no_act(nlp, text, neutral):
    from dateline.annotate.reactions import neutral_reaction
    assert any(neutral_reaction(t) for t in nlp(text)) is neutral


def test_a_stance_on_a_thing_is_aimed_at_the_maker_its_participle_names(annotate_text):
    found = _events(annotate_text("The proposal, unveiled by Finance Minister Edda Rask on Tuesday, was attacked by "
                                  "opposition leader Tor Lunde as a tax on the poor.", "2024-05-15"), "ACCUSE")
    assert any("Tor Lunde" in s and "Edda Rask" in t for s, t in found), found
