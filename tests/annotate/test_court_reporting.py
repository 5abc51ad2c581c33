"""Constructions of court and extradition reporting on real pages: one state "wants" another to act (a demand to the
other), a person "faces" charges "in" a state (accused by that state, not accusing), and a penalty faced only "if
convicted" (no sentence passed) (annotate/events.py ``construction.wanted``, ``_role_faced_act``;
annotate/non_acts.py ``_penalty_if``). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import countries, names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_wanting_another_state_to_act_is_a_demand_to_it(annotate_text: Any) -> None:
    for text, asker, asked in (("Chile wants Peru to extradite the former minister Ana Quispe.", "CHL", "PER"),
                               ("Ghana wanted Togo to hand over the two suspects.", "GHA", "TGO")):
        doc = annotate_text(text)
        asks = of_type(doc, "REQUEST")
        assert asks, (text, _types(doc))
        assert countries(doc, asks[0].source) == {asker} and countries(doc, asks[0].target) == {asked}, text


def test_wanting_to_act_oneself_or_not_wanting_is_no_demand(annotate_text: Any) -> None:
    for text in ("The Kenyan president wants to visit Uganda next year.",
                 "Kenya does not want Uganda to close the border."):
        doc = annotate_text(text)
        assert not of_type(doc, "REQUEST"), (text, _types(doc))


def test_charges_faced_in_a_state_are_that_states_accusation(annotate_text: Any) -> None:
    doc = annotate_text("Former Peruvian minister Ana Quispe faces six criminal charges in Chile.")
    accused = of_type(doc, "ACCUSE")
    assert accused, _types(doc)
    assert names(doc, accused[0].target) == {"Ana Quispe"}, _types(doc)
    assert countries(doc, accused[0].source) == {"CHL"}, _types(doc)


def test_a_penalty_faced_if_convicted_is_no_sentence(annotate_text: Any) -> None:
    doc = annotate_text("Former Peruvian minister Ana Quispe was detained in Santiago in May. She faces a prison "
                        "sentence of up to 25 years in Chile if found guilty of fraud.")
    assert not of_type(doc, "SANCTION"), _types(doc)
    assert of_type(doc, "COERCE"), _types(doc)


def test_a_sentence_passed_stays(annotate_text: Any) -> None:
    doc = annotate_text("A court in Lima sentenced Ana Quispe to six years in prison on Monday.")
    assert of_type(doc, "SANCTION"), _types(doc)


def test_a_participle_after_a_passive_shares_its_patient(annotate_text: Any) -> None:
    """ "Was arrested in March and sentenced to two years": the tagger reads "sentenced" as a past tense, but with no
    object of its own it is the passive's participle, and the one sentenced is its target, not its source."""
    doc = annotate_text("Former Chilean minister Pablo Rojas was arrested in March and sentenced to two years in "
                        "prison.")
    [sentence] = of_type(doc, "SANCTION")
    assert names(doc, sentence.target) == {"Pablo Rojas"}, sentence.to_json()
    assert "Pablo Rojas" not in names(doc, sentence.source), sentence.to_json()


def test_an_active_past_with_its_own_object_is_not_the_passives(annotate_text: Any) -> None:
    """ "Were attacked ... and arrested three gunmen": a past tense with its own object is an active verb; the police
    who arrested are not the ones arrested."""
    doc = annotate_text("Kenyan police were attacked in Garissa on Monday and arrested three Somali gunmen.")
    arrests = of_type(doc, "COERCE")
    assert arrests and "KEN" not in countries(doc, arrests[0].target), _types(doc)


def test_taken_to_court_is_a_suit_against_the_one_taken(annotate_text: Any) -> None:
    """Bringing someone before a court ("took X to court", "dragged X to court") is ACCUSE allege from the plaintiffs
    to X (GUIDE.md: charges, as "sued"), not the post the learned decision reads on "took"."""
    for text, plaintiff, sued in (
            ("Senators Ada Moss and Ben Kerr dragged the prisons inspector, Tom Hale, to court on Tuesday.", "Ada Moss",
             "Tom Hale"),
            ("Opposition leader Ruta Ozola took the interior minister, Ivo Marek, to court on Tuesday over the ban.",
             "Ruta Ozola", "Ivo Marek")):
        doc = annotate_text(text)
        accused = of_type(doc, "ACCUSE")
        assert accused and accused[0].mode == "allege", (text, _types(doc))
        assert plaintiff in names(doc, accused[0].source) and sued in names(doc, accused[0].target), _types(doc)
        assert not of_type(doc, "APPOINT"), _types(doc)


def test_taken_to_hospital_is_no_suit(annotate_text: Any) -> None:
    # guard: a journey to a place that is no court accuses no one
    doc = annotate_text("Paramedics took the injured interior minister, Ivo Marek, to hospital on Tuesday.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_an_extradition_sought_from_a_state_asks_that_state(annotate_text: Any) -> None:
    """Seeking someone's extradition "from" a state is a REQUEST to that state, the person taking part (GUIDE.md: in an
    extradition the person is a participant)."""
    for text in ("Separately, Latvia is seeking Ivo Marek's extradition from Estonia over a port fraud.",
                 "Latvia is seeking the extradition of the harbour chief Ivo Marek from Estonia, its ministry said."):
        doc = annotate_text(text)
        asked = of_type(doc, "REQUEST")
        assert asked and countries(doc, asked[0].source) == {"LVA"}, (text, _types(doc))
        assert countries(doc, asked[0].target) == {"EST"}, (text, _types(doc))
        assert "Ivo Marek" in names(doc, asked[0].participants), (text, _types(doc))


def test_an_extradition_sought_with_no_state_named_keeps_the_person(annotate_text: Any) -> None:
    # guard: with no "from" state, the person stays the one the request is about
    doc = annotate_text("Latvia is seeking the extradition of the harbour chief Ivo Marek, its ministry said.")
    asked = of_type(doc, "REQUEST")
    assert asked and "Ivo Marek" in names(doc, asked[0].target), _types(doc)


def test_the_charges_pleaded_to_are_the_states_against_the_pleader(annotate_text: Any) -> None:
    """ "Pleaded guilty to the charges": the pleader answers the charges, he does not bring them; the state the story
    is about brought them (``_role_faced_act``)."""
    for text in ("Kofi Boateng, a Ghanaian trader, admitted in court on Monday that he defrauded the mayor of Kumasi "
                 "and pleaded guilty to the charges.",
                 "Kofi Boateng, a Ghanaian trader, pleaded guilty to all charges that he had defrauded the mayor of "
                 "Kumasi, the police said on Monday."):
        doc = annotate_text(text)
        charges = [e for e in of_type(doc, "ACCUSE") if e.trigger == "charges"]
        assert charges and names(doc, charges[0].target) == {"Kofi Boateng"}, (text, _types(doc))
        assert countries(doc, charges[0].source) == {"GHA"}, (text, _types(doc))
        assert of_type(doc, "CONCEDE"), (text, _types(doc))


def test_charged_with_no_one_named_is_the_states_accusation(annotate_text: Any) -> None:
    """ "Were indicted on Monday": prosecutors of the state the story tells from charged them
    (``_role_state_through_courts``)."""
    doc = annotate_text("OSLO (Reuters) - Two guards, Lars Berge and Nils Dahl, were indicted on Monday on charges of "
                        "taking bribes.")
    charged = of_type(doc, "ACCUSE")
    assert charged and countries(doc, charged[0].source) == {"NOR"}, _types(doc)


def test_an_accusation_by_a_person_gets_no_state(annotate_text: Any) -> None:
    doc = annotate_text("OSLO (Reuters) - Lars Berge was accused on Monday of fraud by his former business partner, "
                        "Nils Dahl.")
    assert not any("NOR" in countries(doc, e.source) for e in of_type(doc, "ACCUSE")), _types(doc)


def test_a_sentence_one_is_given_befalls_the_one_given_it(annotate_text: Any) -> None:
    """ "Was given a life sentence": the passive of a support verb that keeps its object makes its subject the one
    given it, not the giver; the state through its courts gives it (``ArgumentReader._noun_support_verb``)."""
    for text in ("DAYTON, Ohio (AP) - Daniel Mercer was given a life sentence on Monday.",
                 "DAYTON, Ohio (AP) - Daniel Mercer was handed a ten-year sentence on Monday."):
        doc = annotate_text(text)
        [sentence] = of_type(doc, "SANCTION")
        assert names(doc, sentence.target) == {"Daniel Mercer"}, (text, _types(doc))
        assert countries(doc, sentence.source) == {"USA"}, (text, _types(doc))


def test_found_guilty_is_a_conviction(annotate_text: Any) -> None:
    """ "Was found guilty of arson", "a court found A guilty": a verdict of guilt convicts
    (``sanction.found_guilty``)."""
    for text, state in (("DAYTON, Ohio (AP) - Daniel Mercer was found guilty of arson on Monday.", "USA"),
                        ("A court in Lisbon found Rui Santos guilty of fraud on Monday.", "PRT")):
        doc = annotate_text(text)
        convictions = of_type(doc, "SANCTION")
        assert convictions and countries(doc, convictions[0].source) == {state}, (text, _types(doc))
        assert names(doc, convictions[0].target) in ({"Daniel Mercer"}, {"Rui Santos"}), (text, _types(doc))


def test_found_not_guilty_or_no_one_guilty_is_no_conviction(annotate_text: Any) -> None:
    for text in ("DAYTON, Ohio (AP) - Daniel Mercer was found not guilty of arson on Monday.",
                 "A jury in Denver found Paul Brandt not guilty of robbery on Monday.",
                 "The inquiry found no one guilty of wrongdoing."):
        doc = annotate_text(text)
        assert not of_type(doc, "SANCTION"), (text, _types(doc))


def test_a_court_that_blocks_a_government_decision_rejects_it(annotate_text: Any) -> None:
    # lexicon reject.court_blocks (GUIDE.md: a court striking down a leader's decision is REJECT by the court)
    for text, state in (("Zambia's constitutional court blocked the government's plan to sell the copper mines on "
                         "Thursday.", "ZMB"),
                        ("The Colombian supreme court suspended the president's decree on land titles on Monday.",
                         "COL")):
        (rejection,) = of_type(annotate_text(text), "REJECT")
        assert state in countries(annotate_text(text), rejection.source), rejection


def test_a_road_blocked_by_police_is_no_rejection(annotate_text: Any) -> None:
    assert not of_type(annotate_text("Zambian police blocked the road to the copper mines on Thursday."), "REJECT")
