"""Test the choice of the state a story is about: a clear leader of the weighed mentions, capitals read as names."""

from __future__ import annotations

import pytest

from dateline.annotate.home_state import capitals, home_state
from dateline.model import Entity, Span


def test_a_capital_read_as_a_name_points_at_its_state() -> None:
    class Found:
        def entities(self) -> list[Entity]:
            return [Entity("o1", "ORG", "Lima", mentions=(Span(0, 4), Span(9, 13))),  # "a Lima court", read as a name
                    Entity("l1", "LOC", "Santiago", (), "CHL", (Span(20, 28),)),  # a place tied to a state: left out
                    Entity("o2", "ORG", "Grameen Bank", mentions=(Span(30, 42),))]

    assert dict(capitals(Found())) == {"PER": 2.0}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("scores", "refused", "home"),
    [
        ({"BOL": 3.0, "PER": 1.0}, (), "BOL"),
        ({"BOL": 3.0, "PER": 2.0}, (), None),  # two states about equally: no home
        ({"BOL": 2.0}, (), None),  # too little said to tell
        ({"BOL": 3.0, "PER": 4.0, "CHL": 0.5}, {"PER"}, "BOL"),  # the counterpart's state is left out
        ({"BOL": 2.0, "PER": 1.0, "CHL": 1.0, "ARG": 1.0}, (), None),  # leads, but holds under half
    ],
)
def test_the_home_state_is_a_clear_leader(scores: dict[str, float], refused: set[str], home: str | None) -> None:
    assert home_state(scores, refused) == home


def test_unmarked_officials_count_for_their_state_but_envoys_do_not() -> None:
    from types import SimpleNamespace

    from dateline.annotate.home_state import UNMARKED_WEIGHT, unmarked_holders

    class _Actors:
        def get(self, local_id: str) -> SimpleNamespace:
            return SimpleNamespace(name=local_id)

    posts = [SimpleNamespace(person="a", title="prime minister"), SimpleNamespace(person="b", title="ambassador")]
    found = unmarked_holders(_Actors(), {"a", "b"}, posts, {"a": "FIN", "b": "CHL"})  # type: ignore[arg-type]
    assert found == {"FIN": UNMARKED_WEIGHT}


def test_a_town_naming_an_institution_counts_for_its_state() -> None:
    import spacy
    from spacy.tokens import Doc

    from dateline.annotate.home_state import town_institutions

    doc = Doc(spacy.blank("en").vocab, words=["a", "Lima", "court", "flew", "to", "Quito"], heads=[2, 2, 3, 3, 3, 4],
              deps=["det", "compound", "nsubj", "ROOT", "prep", "pobj"], pos=["DET", "PROPN", "NOUN", "VERB", "ADP", "PROPN"])

    class _Actors:
        def entity_at(self, ui: int, tok: object) -> str | None:
            return self.entity_at_index(ui, getattr(tok, "i"))

        def entity_at_index(self, ui: int, i: int) -> str | None:
            return {1: "lima", 5: "quito"}.get(i)

        def type_of(self, ent: str) -> str:
            return "LOC"

        def country_of(self, ent: str) -> str:
            return {"lima": "PER", "quito": "ECU"}[ent]

    assert town_institutions(_Actors(), 0, doc[0:6]) == ["PER"]  # type: ignore[arg-type]
