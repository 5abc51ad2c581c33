"""Blame told by its content or by "held ... responsible" (annotate/accusations.py ``blamed_in_clause``,
``held_responsible``, ``blamed_harm``), and wrongs named by a reported clause's own verb ("said X had misled ...",
the ``wrongdoing_verbs`` of evaluation.charged_doer); on invented sentences."""

from __future__ import annotations

import pytest


def _events(doc, type_):
    names = {e.id: e.name for e in doc.entities}
    countries = {e.id: e.country for e in doc.entities}
    return [({names[i] for i in ev.source} | {countries[i] for i in ev.source},
             {names[i] for i in ev.target} | {countries[i] for i in ev.target}) for ev in doc.events
            if ev.type == type_]


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("The Dutch government said on Thursday that Russia was responsible for a cyber attack on its election "
         "commission.", "NLD", "RUS"),
        ("The Estonian prime minister said Moscow was behind the blasts at the depot.", "EST", "RUS"),
        ("The Lebanese Prime Minister Samir Aoudi on Tuesday held Israel responsible for the strike on the power "
         "plant.", "LBN", "ISR"),
        ("The senator Ruth Okello said the former minister Paul Mwangi had misled parliament about the contracts.",
         "Ruth Okello", "Paul Mwangi"),
        ("The Venezuelan President Diego Ramos said on Tuesday that Colombia was harbouring armed rebels.", "VEN",
         "COL"),
        ("Ecuador said on Monday that Peru had interfered in its election.", "ECU", "PER"),
    ],
)
def test_blame_and_wrongs_in_reported_speech_accuse(annotate_text, text, accuser, accused):
    found = _events(annotate_text(text, "2024-05-15"), "ACCUSE")
    assert any(accuser in source and accused in target for source, target in found), found


def test_the_harm_blamed_is_no_attack_told(annotate_text):
    doc = annotate_text("The Lebanese Prime Minister Samir Aoudi on Tuesday held Israel responsible for the strike on "
                        "the power plant.", "2024-05-15")
    assert not _events(doc, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Somalia was responsible for security at the border.",  # a duty, no harm
        "Chad warned that it would hold Sudan responsible for any attack on its soil.",  # a warning, not a charge
        "The Chilean Foreign Minister Elena Soto said on Tuesday that Peru had opened a new consulate in Arica.",
    ],
)
def test_no_accusation_without_blame_for_a_harm(annotate_text, text):
    assert not _events(annotate_text(text, "2024-05-15"), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Police named the former minister Jan Kovac as the main suspect in the killing on Monday.", "Jan Kovac"),
        ("Investigators in Lima identified the Chilean national Pedro Soto as the gunman on Tuesday.", "Pedro Soto"),
        ("Jan Kovac was named as a suspect in the bombing on Monday.", "Jan Kovac"),
    ],
)
def test_one_named_as_the_culprit_is_accused_not_appointed(annotate_text, text, accused):
    doc = annotate_text(text, "2024-05-15")
    assert any(accused in target for _, target in _events(doc, "ACCUSE")), doc.events
    assert not _events(doc, "APPOINT")


def test_one_named_to_a_post_is_still_appointed(annotate_text):
    doc = annotate_text("The president named Ana Lind as her spokeswoman on Monday.", "2024-05-15")
    assert _events(doc, "APPOINT") and not _events(doc, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "denier", "owner"),
    [
        ("Russia's foreign ministry on Monday called the Georgian accusations absurd.", "RUS", "GEO"),
        ("The Chilean government described the Peruvian charges as baseless on Monday.", "CHL", "PER"),
    ],
)
def test_a_claim_called_untrue_is_denied_not_a_new_accusation(annotate_text, text, denier, owner):
    doc = annotate_text(text, "2024-05-15")
    assert any(denier in source and owner in target for source, target in _events(doc, "REJECT")), doc.events
    assert not _events(doc, "ACCUSE")


def test_an_accusation_noun_accuses_the_subject_of_its_that_clause(annotate_text):
    doc = annotate_text("Georgia repeated its accusation on Monday that Russia had armed the separatists.",
                        "2024-05-15")
    assert any("GEO" in source and "RUS" in target for source, target in _events(doc, "ACCUSE")), doc.events


def test_calling_an_actors_act_bad_accuses_the_actor(annotate_text):
    doc = annotate_text("Chile on Monday called Peru's decision unacceptable.", "2024-05-15")
    assert any("CHL" in source and "PER" in target for source, target in _events(doc, "ACCUSE")), doc.events


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Armenia said Azerbaijani troops had shelled three border villages overnight.", "ARM", "AZE"),
        ("The Armenian foreign ministry said Azerbaijani troops had shelled three border villages.", "ARM", "AZE"),
    ],
)
def test_a_state_reporting_another_states_attack_accuses_it(annotate_text, text, accuser, accused):
    found = _events(annotate_text(text, "2024-05-15"), "ACCUSE")
    assert any(accuser in source and accused in target for source, target in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian army said its troops had killed 20 Russian soldiers.",  # its own act
        "The Gaza civil defence agency said Israeli strikes had killed 40 people.",  # an agency counting the dead
    ],
)
def test_no_accusation_in_a_report_of_ones_own_attack_or_a_count_of_the_dead(annotate_text, text):
    assert not _events(annotate_text(text, "2024-05-15"), "ACCUSE")
