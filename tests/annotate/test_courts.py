"""Court acts told in the court's own idiom (annotate/courts.py, events.py ``construction.court_*`` and the role pass
``court_sides``): charges told by a trial set on them (ACCUSE), a fine or a contempt finding by a court (SANCTION), a
penalty lifted (CONCEDE), a jury's sentence (SANCTION convict, not a request), and appeals that are no act. Every
sentence here is invented; publication Tuesday 2025-03-18."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import countries, names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize(("text", "setter", "accused"), [
    ("Judge Irma Vales on Monday set a trial for May 6 on perjury charges against the lobbyist Otto Brenner.",
     "Irma Vales", "Otto Brenner"),
    ("Judge Kofi Asante scheduled a trial for April 2 on fraud charges against the trader Ama Boateng.",
     "Kofi Asante", "Ama Boateng"),
])
def test_a_trial_set_on_charges_tells_the_charging(annotate_text: Any, text: str, setter: str, accused: str) -> None:
    doc = annotate_text(text)
    accusations = of_type(doc, "ACCUSE")
    assert accusations, _types(doc)
    assert setter in names(doc, accusations[0].source) and accused in names(doc, accusations[0].target)


def test_a_trial_set_without_charges_is_no_accusation(annotate_text: Any) -> None:
    doc = annotate_text("The organisers set a date for the chess final in Oslo on Monday.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_a_magistrate_fining_someone_is_a_sanction_by_the_state(annotate_text: Any) -> None:
    doc = annotate_text("A Ugandan magistrate fined the opposition lawmaker John Okello on Monday.")
    fines = of_type(doc, "SANCTION")
    assert fines, _types(doc)
    assert "John Okello" in names(doc, fines[0].target) and "UGA" in countries(doc, fines[0].source)


def test_a_league_fining_a_player_is_no_court_fine(annotate_text: Any) -> None:
    doc = annotate_text("The league fined the striker Paulo Reis 5,000 euros on Monday for his red card.")
    assert not of_type(doc, "SANCTION"), _types(doc)


def test_a_fine_suspended_is_a_concession_to_the_one_fined(annotate_text: Any) -> None:
    doc = annotate_text("Judge Rosa Iglesias on Monday suspended the daily fine she had imposed on the columnist "
                        "Hector Ruiz when she found him in contempt in January.")
    conceded, sanctions = of_type(doc, "CONCEDE"), of_type(doc, "SANCTION")
    assert conceded and sanctions, _types(doc)
    assert "Hector Ruiz" in names(doc, conceded[0].target) and "Rosa Iglesias" in names(doc, conceded[0].source)
    assert "Hector Ruiz" in names(doc, sanctions[0].target)


@pytest.mark.parametrize("text", [
    "A Texas jury on Monday recommended the death penalty for the former trucker Dale Voss.",
    "A Texas jury said on Monday that the former trucker Dale Voss should die for his crimes.",
])
def test_a_jury_sentence_is_a_sanction_not_a_request(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    sentences = of_type(doc, "SANCTION")
    assert sentences and not of_type(doc, "REQUEST"), _types(doc)
    assert "Dale Voss" in names(doc, sentences[0].target) and "USA" in countries(doc, sentences[0].source)


@pytest.mark.parametrize("text", [
    "The two editors, Karla Benz and Tim Ross, are appealing the contempt charges against them.",
    "Because he was sentenced to death, his case will be automatically appealed to the state supreme court.",
])
def test_a_pending_or_automatic_appeal_is_no_request(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "REQUEST"), _types(doc)


def test_an_appeal_lodged_stays_a_request(annotate_text: Any) -> None:
    doc = annotate_text("The former mayor Lars Holm appealed his conviction to the supreme court on Monday.")
    assert of_type(doc, "REQUEST"), _types(doc)


def test_a_prosecutors_case_to_the_jury_accuses_the_one_named(annotate_text: Any) -> None:
    doc = annotate_text("In closing arguments on Monday, prosecutor Lena Hart told the jury that Oskar Brandt had "
                        "poisoned his neighbour, Ida Moss, to take her farm.")
    accusations = of_type(doc, "ACCUSE")
    assert accusations, _types(doc)
    assert names(doc, accusations[0].source) == {"Lena Hart"} and "Oskar Brandt" in names(doc, accusations[0].target)


def test_a_defense_lawyer_telling_the_jury_is_no_accusation(annotate_text: Any) -> None:
    doc = annotate_text("Defense lawyer Paul Kerr told the jury on Monday that Oskar Brandt was at home that night.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_testimony_of_a_condition_is_no_accusation(annotate_text: Any) -> None:
    doc = annotate_text("Dr. Nora Lind, who examined the defendant, testified on Monday that the arsonist, Karl Hesse, "
                        "suffers from a severe personality disorder.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


@pytest.mark.parametrize(("waiting", "day"), [
    ("His fate will not be clear until he is sentenced April 7", "2025-04-07"),
    ("Renz's fate won't be clear until he is sentenced Jan. 19", "2026-01-19"),
])
def test_a_sentencing_awaited_on_a_date_is_planned(annotate_text: Any, waiting: str, day: str) -> None:
    doc = annotate_text(f"Former banker Ivo Renz pleaded guilty to fraud on Monday. {waiting}, prosecutors said.")
    sentences = of_type(doc, "SANCTION")
    assert sentences and sentences[0].modality == "planned", _types(doc)
    assert "Ivo Renz" in names(doc, sentences[0].target)
    assert sentences[0].date is not None and sentences[0].date.start == day


def test_jurors_asking_the_court_is_no_request(annotate_text: Any) -> None:
    doc = annotate_text("Jurors in the trial of the pharmacist Ellen Vogt asked on Monday to hear the recordings again.")
    assert not of_type(doc, "REQUEST"), _types(doc)


def test_charges_naming_no_one_are_against_the_one_the_court_acted_on_before(annotate_text: Any) -> None:
    doc = annotate_text("Judge Irma Vales fined the editor Otto Brenner in May for refusing to name a source.\n\n"
                        "On Monday, the judge scheduled a trial for June 3 on criminal contempt charges.")
    accusations = of_type(doc, "ACCUSE")
    assert accusations, _types(doc)
    assert "Otto Brenner" in names(doc, accusations[0].target) and "Irma Vales" in names(doc, accusations[0].source)


def test_a_prosecutor_named_before_speaks_by_he_or_she(annotate_text: Any) -> None:
    doc = annotate_text("Prosecutor Lena Hart reminded jurors of the missing money on Monday.\n\n"
                        "\"Oskar Brandt is a cold and greedy man,\" she told the jury in closing arguments.\n\n"
                        "Defense lawyer Paul Kerr spoke next. \"Oskar Brandt is a loving father,\" he told the jury.")
    accusations = of_type(doc, "ACCUSE")
    assert [names(doc, e.source) for e in accusations] == [{"Lena Hart"}], _types(doc)
    assert "Oskar Brandt" in names(doc, accusations[0].target)


def test_charges_that_could_jail_someone_are_against_him(annotate_text: Any) -> None:
    doc = annotate_text("But Judge Irma Vales scheduled a trial for June 3 on criminal contempt charges that might "
                        "send the editor Otto Brenner to jail.")
    accusations = of_type(doc, "ACCUSE")
    assert accusations and "Otto Brenner" in names(doc, accusations[0].target), _types(doc)


def test_a_sentencing_with_no_court_is_by_the_state_of_the_prosecutors_named(annotate_text: Any) -> None:
    doc = annotate_text("The Peruvian trader Hugo Salas has pleaded guilty to smuggling and will be sentenced "
                        "Aug. 21, U.S. prosecutors said on Tuesday.")
    sentences = of_type(doc, "SANCTION")
    assert sentences and "USA" in countries(doc, sentences[0].source), _types(doc)
