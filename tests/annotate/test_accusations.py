"""Accusations whose accuser goes untold but whose accused is named (annotate/accusations.py): a verb sharing a
passive ("was arrested and charged"), a charge brought by a state's organ named by its kind ("Police ... charged
him"), criticism the subject comes under or faces, and the critics a "from" phrase names; on invented sentences."""

from __future__ import annotations

import pytest

from dateline.annotate.accusations import charged_by_unnamed_organ, shares_passive


def _accusations(doc):
    names = {e.id: e.name for e in doc.entities}
    countries = {e.id: e.country for e in doc.entities}
    return [({names[i] for i in ev.source} | {countries[i] for i in ev.source},
             {names[i] for i in ev.target} | {countries[i] for i in ev.target}) for ev in doc.events
            if ev.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The Dravian governor Oskar Lamm was arrested on Monday and charged with money laundering.", "Oskar Lamm"),
        ("Police arrested the shopkeeper Ivo Markel on Sunday and charged him with arson.", "Ivo Markel"),
        ("Prosecutors indicted the former mayor Elsa Brandvik on Tuesday.", "Elsa Brandvik"),
        ("Authorities detained the editor Farid Osmani and accused him of insulting the judges.", "Farid Osmani"),
        ("Prosecutors brought charges against the former minister Ivo Dorn on Monday.", "Ivo Dorn"),
        ("The senator Tilda Norcross came under fire from fellow Democrats on Monday for the vote.", "Tilda Norcross"),
        ("The senator Tilda Norcross faced sharp criticism from party activists on Monday.", "Tilda Norcross"),
    ],
)
def test_an_accusation_with_its_accuser_left_out_keeps_the_one_accused(annotate_text, text, accused):
    found = _accusations(annotate_text(text, "2024-05-15"))
    assert any(accused in target for _, target in found), found


def test_criticism_faced_from_a_state_is_that_states(annotate_text):
    found = _accusations(annotate_text("The Canadian Prime Minister Dana Whitfield faced criticism from the United "
                                       "States on Thursday over her tariff plan.", "2024-05-15"))
    assert any("USA" in source and "Dana Whitfield" in target for source, target in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups have long accused the Burmese military of using forced labour.",  # a standing stance
        "If the inquiry finds wrongdoing, the minister could face charges of abuse of office.",  # hypothetical
        "The minister faced reporters at the airport on Monday.",  # no criticism faced
    ],
)
def test_no_accusation_where_none_is_told(annotate_text, text):
    assert not _accusations(annotate_text(text, "2024-05-15"))


def test_shares_passive_reads_the_bare_participle_after_a_passive(nlp):
    doc = nlp("The governor was arrested on Monday and charged with fraud.")
    assert shares_passive(next(t for t in doc if t.lower_ == "charged"))
    doc = nlp("Police arrested the governor on Monday and charged him with fraud.")
    assert not shares_passive(next(t for t in doc if t.lower_ == "charged"))


def test_charged_by_unnamed_organ_reads_the_doer_a_coordinated_verb_shares(nlp):
    doc = nlp("Police arrested the governor on Monday and charged him with fraud.")
    assert charged_by_unnamed_organ(next(t for t in doc if t.lower_ == "charged"))
    doc = nlp("The opposition charged the governor with fraud.")
    assert not charged_by_unnamed_organ(next(t for t in doc if t.lower_ == "charged"))
