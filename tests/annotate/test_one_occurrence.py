"""One act told twice inside a document is one event (annotate/__init__.py): a targetless second verb of the type in
the same sentence, and every death of one person. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's foreign minister travelled to Oslo on Friday and took part in a conference on Arctic security.",
        "Latvia's prime minister flew to Helsinki on Thursday and attended a conference on energy security.",
        "The Dutch foreign minister flew to Warsaw on Monday and attended a conference on the reconstruction of "
        "Ukraine.",
        "Slovenia's president travelled to Vienna on Tuesday and took part in a forum on Danube shipping.",
    ],
)
def test_a_targetless_second_verb_of_the_type_tells_the_trip_again(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    consults = of_type(doc, "CONSULT")
    assert len(consults) == 1, [(e.trigger, e.mode) for e in consults]
    assert consults[0].mode == "visit" and consults[0].target, consults[0]


def test_two_acts_with_targets_of_their_own_stay_two(annotate_text: Any) -> None:
    doc = annotate_text("Ugandan police searched the headquarters of the Daily Monitor on Tuesday and arrested its "
                        "editor, Amos Njoroge.")
    assert len(of_type(doc, "COERCE")) == 2, [(e.trigger, names(doc, e.target)) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lithuanian poet Rasa Petraitis died in Vilnius on Tuesday, her publisher said. Petraitis, who wrote eleven "
         "books of verse, was buried on Friday; she died of heart failure at 77.", "2025-03-11"),
        ("Slovak footballer Tomas Kral was found dead at his flat in Kosice on Monday. Police said Kral had died on "
         "Saturday.", "2025-03-08"),
        ("Former Kenyan finance minister Daniel Kiprop has died, his family said on Sunday. Kiprop died on Friday in "
         "a Nairobi hospital.", None),
    ],
)
def test_a_person_dies_once_in_a_document(annotate_text: Any, text: str, day: str | None) -> None:
    doc = annotate_text(text, published="2025-03-14")
    deaths = of_type(doc, "DIE")
    assert len(deaths) == 1, [(e.trigger, e.date) for e in deaths]
    assert day is None or (deaths[0].date is not None and deaths[0].date.start == day), deaths[0].date


def test_two_people_who_died_are_two_deaths(annotate_text: Any) -> None:
    doc = annotate_text("Former Peruvian minister Luis Salas died on Monday. Peruvian senator Carmen Villanueva died "
                        "on Wednesday.", published="2025-03-14")
    deaths = of_type(doc, "DIE")
    assert {n for e in deaths for n in names(doc, e.target)} == {"Luis Salas", "Carmen Villanueva"}, deaths


def test_events_with_no_repeated_death_are_kept_as_they_are() -> None:
    """A document whose every death is told once keeps its numbered events, not a copy of each (bench/throughput.py:
    the copies cost every document, though a repeated death is rare)."""
    from dateline.annotate import _one_death_each
    from dateline.annotate.actors import Actors
    from dateline.model import Event, Evidence

    actors = Actors()
    envoy, host, poet = (actors._new(kind, name, name.lower()).local_id for kind, name in
                         (("GPE", "Moldova"), ("GPE", "Romania"), ("PERSON", "Ilie Munteanu")))
    met = Evidence("The Moldovan envoy met her Romanian counterpart in Iasi on Monday.", 0, 67)
    died = Evidence("The poet Ilie Munteanu died in Chisinau on Sunday.", 68, 118)
    events = [Event("v:1", "CONSULT", met, source=(envoy,), target=(host,)),
              Event("v:2", "DIE", died, target=(poet,))]
    kept = _one_death_each(events, actors)
    assert kept == events and all(a is b for a, b in zip(kept, events))
