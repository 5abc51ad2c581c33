"""A levy on another state's goods (annotate/levies.py, ``roles_courts._role_levy_of_the_story_state``): a state before
"-specific" is aimed at, not the maker; a levy raised on a named state's goods is SANCTION whatever the learned
decision reads in the raising verb; a levy told with no one laying it is laid by the latest other state told laying
one, else by the state the story tells from, never by the state aimed at; a reprisal levy with no one aimed at
answers the latest other levier. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from event_helpers import countries, of_type
from spacy.language import Language

from dateline.annotate.levies import levy_raised


def _sides(doc: Any) -> list[tuple[str, str | None, set[str | None], set[str | None]]]:
    return [(e.type, e.trigger, countries(doc, e.source), countries(doc, e.target)) for e in doc.events]


@pytest.mark.parametrize("text, raised", [
    ("Duties on Chilean salmon were raised from 8% to 15% in March.", "raised"),
    ("Oslo doubled the tariffs on Chilean trout last spring.", "doubled"),
])
def test_a_levy_on_a_named_states_goods_is_raised(nlp: Language, text: str, raised: str) -> None:
    doc = nlp(text)
    [verb] = [t for t in doc if t.lower_ == raised]
    levy = levy_raised(verb)
    assert levy is not None and levy.lemma_.lower() in ("duty", "tariff")


@pytest.mark.parametrize("text, verb", [
    ("The exporters raised prices on Chilean trout last spring.", "raised"),  # a price is no levy
    ("Oslo doubled its tariffs on farmed trout last spring.", "doubled"),  # no state's goods named
])
def test_a_raise_of_no_levy_on_a_state_is_none(nlp: Language, text: str, verb: str) -> None:
    doc = nlp(text)
    [tok] = [t for t in doc if t.lower_ == verb]
    assert levy_raised(tok) is None


def test_a_levy_raised_with_no_maker_is_the_datelines_states(annotate_text: Any) -> None:
    doc = annotate_text("OSLO (Reuters) - Norwegian fish farmers fear a long quarrel with Chile over salmon.\n\n"
                        "Duties on Chilean salmon were raised from 8% to 15% in March, the farmers' union said.",
                        published="2024-06-20")
    levies = of_type(doc, "SANCTION")
    assert [(countries(doc, e.source), countries(doc, e.target)) for e in levies] == [({"NOR"}, {"CHL"})], _sides(doc)


@pytest.mark.parametrize("told", [
    "Indonesia-specific tariffs, which took effect last February, mostly hit palm oil.",
    "Indonesia-specific duties were imposed in February 2023 on palm oil and paper.",
])
def test_a_state_before_specific_is_aimed_at(annotate_text: Any, told: str) -> None:
    doc = annotate_text("CANBERRA (Reuters) - Australian officials defended the trade measures on Thursday.\n\n" + told,
                        published="2024-06-20")
    levies = of_type(doc, "SANCTION")
    assert levies, _sides(doc)
    assert {(frozenset(countries(doc, e.source)), frozenset(countries(doc, e.target))) for e in levies} == {
        (frozenset({"AUS"}), frozenset({"IDN"}))}, _sides(doc)


def test_the_levier_told_before_lays_the_next_levy(annotate_text: Any) -> None:
    # no dateline, and the story names both states alike: the state told laying a levy before lays the next one
    doc = annotate_text("Canberra imposed duties on Indonesian paper in March 2021, and Jakarta protested.\n\n"
                        "Duties on Indonesian coffee were doubled in June 2022, hurting growers in Sumatra.",
                        published="2024-06-20")
    [doubled] = [e for e in of_type(doc, "SANCTION") if e.trigger == "doubled"]
    assert countries(doc, doubled.source) == {"AUS"} and countries(doc, doubled.target) == {"IDN"}, _sides(doc)


def test_a_reprisal_levy_aims_at_the_levier_before(annotate_text: Any) -> None:
    doc = annotate_text("Santiago imposed tariffs on Peruvian copper wire in March 2021.\n\n"
                        "Retaliatory tariffs imposed by Peru in May 2021 hit Chilean fruit growers hard.",
                        published="2024-06-20")
    [reprisal] = [e for e in of_type(doc, "SANCTION") if countries(doc, e.source) == {"PER"}]
    assert countries(doc, reprisal.target) == {"CHL"}, _sides(doc)


def test_the_state_aimed_at_never_lays_the_levy(annotate_text: Any) -> None:
    # a story told from the state whose goods are taxed: the maker is told nowhere, and it is not Peru
    doc = annotate_text("LIMA (Reuters) - Peruvian miners fear for their jobs after a bad year.\n\n"
                        "Duties on Peruvian copper were raised from 5% to 12% in May, the miners' union said.",
                        published="2024-06-20")
    assert not any("PER" in countries(doc, e.source) for e in of_type(doc, "SANCTION")), _sides(doc)


def test_a_named_maker_keeps_the_levy(annotate_text: Any) -> None:
    doc = annotate_text("LIMA (Reuters) - Peruvian miners fear for their jobs after a bad year.\n\n"
                        "Chile raised duties on Peruvian copper from 5% to 12% in May, the miners' union said.",
                        published="2024-06-20")
    [raised] = of_type(doc, "SANCTION")
    assert countries(doc, raised.source) == {"CHL"} and countries(doc, raised.target) == {"PER"}, _sides(doc)


def test_a_raise_told_as_expected_is_no_levy(annotate_text: Any) -> None:
    doc = annotate_text("OSLO (Reuters) - Norwegian fish farmers fear a long quarrel with Chile over salmon.\n\n"
                        "Officials are expected to raise duties on Chilean salmon again, the farmers' union said.",
                        published="2024-06-20")
    assert not of_type(doc, "SANCTION"), _sides(doc)
