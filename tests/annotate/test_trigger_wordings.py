"""Ordinary news wordings of events that no trigger held (bench/checklists/triggers.tsv measures the family), on
invented sentences: each wording gives its type through the whole pipeline, and a near miss of the same words does
not (the lexicon entries of lexicons/event_triggers.jsonl, ``events.modality`` for a subjunctive "that" clause)."""

from __future__ import annotations

import pytest


def _types(doc):
    return [e.type for e in doc.events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Senegal and Gambia struck a bargain over ferry fares on Tuesday.", "AGREE"),
    ("The Latvian parliament voted out Interior Minister Inga Ozola on Wednesday.", "DISMISS"),
    ("Tallinn mayor Peeter Rand was voted out of office on Sunday.", "DISMISS"),
    ("Serbian police picked up opposition activist Goran Vuk in Nis on Tuesday.", "COERCE"),
    ("Colombian rebels set free four kidnapped oil workers on Thursday.", "RETREAT"),
    ("Uruguay shot down Brazil's proposal for a common border tax on Friday.", "REJECT"),
    ("Armenia's defence minister vowed a firm response to the shelling of Goris on Monday.", "THREATEN"),
    ("Kyrgyzstan eased its curbs on Kazakh fuel imports on Wednesday.", "CONCEDE"),
    ("Portugal gave its highest honour to Brazilian conductor Paulo Viana on Monday.", "AWARD"),
    ("Retired Peruvian general Hugo Salas lost his battle with cancer on Saturday, his family said.", "DIE"),
    ("Chile's Senate ethics committee subpoenaed former interior minister Raul Godoy on Thursday.", "ACCUSE"),
])
def test_a_news_wording_gives_its_event(annotate_text, text, type_):
    assert type_ in _types(annotate_text(text)), [(e.type, e.trigger) for e in annotate_text(text).events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Thousands of Latvians voted in the local elections on Sunday.", "APPOINT"),
    ("Serbian President Milos Pavic picked up the phone to call his Croatian counterpart on Tuesday.", "COERCE"),
    ("The ministry set a free trade target for 2030 on Monday.", "RETREAT"),
    ("Georgian air defences shot down three drones over Batumi on Friday.", "REJECT"),
    ("The central bank eased its policy rate on Wednesday.", "CONCEDE"),
    ("Slovenian Prime Minister Janez Kovac gave a speech to the assembly on Monday.", "AWARD"),
    ("Peruvian marines lost the battle for the river port of Iquitos on Saturday.", "DIE"),
])
def test_a_near_miss_of_the_wording_gives_no_such_event(annotate_text, text, type_):
    assert type_ not in _types(annotate_text(text)), [(e.type, e.trigger) for e in annotate_text(text).events]


def test_picking_someone_for_a_post_stays_an_appointment(annotate_text):
    doc = annotate_text("Chilean President Ana Rojas picked Mateo Soto as her new finance minister on Monday.")
    assert "APPOINT" in _types(doc) and "COERCE" not in _types(doc)


def test_an_easing_asked_for_in_a_that_clause_is_no_concession(annotate_text):
    # "its demand that Y ease ...": a subjunctive, what is asked for; the demand stays
    doc = annotate_text("The Kenyan trade ministry reiterated its demand on Friday that Uganda ease restrictions on "
                        "Kenyan dairy exports.")
    assert "CONCEDE" not in _types(doc), [(e.type, e.trigger) for e in doc.events]
