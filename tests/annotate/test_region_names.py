"""Test that a first-level region of a federal state wins over a small town of another state of the same name."""

from __future__ import annotations

import pytest

from dateline.annotate.countries import city_code, place_code, region_states
from dateline.model import Document


def _place(doc: Document, name: str) -> str | None:
    found = [e for e in doc.entities if e.name == name and e.type in ("LOC", "GPE")]
    assert len(found) == 1, [(e.type, e.name) for e in doc.entities]
    return found[0].country


@pytest.mark.parametrize(("name", "code"), [("Virginia", "USA"), ("Ontario", "CAN"), ("Montana", "USA")])
def test_a_federal_region_wins_over_a_small_foreign_town(name, code):
    assert place_code(name) == code


def test_a_large_city_keeps_its_name():
    # Manchester is a region of Jamaica, which is no federation, and a large English city
    assert city_code("Manchester") == "GBR"


def test_the_town_a_region_took_the_name_of_is_still_known():
    assert {"USA", "ZAF"} <= region_states("Virginia")


def test_a_region_s_body_is_of_the_region_s_state(annotate_text):
    doc = annotate_text("A Virginia jury convicted Darnell Pike of wire fraud on Monday.")
    assert _place(doc, "Virginia") == "USA"


def test_a_page_that_names_the_town_s_state_tells_of_the_town(annotate_text):
    doc = annotate_text("Police in Virginia, a mining town in South Africa's Free State, arrested four men on Monday.")
    assert _place(doc, "Virginia") == "ZAF"


def test_a_region_named_like_a_large_city_is_the_region_on_a_page_of_its_state(annotate_text):
    doc = annotate_text("Australia's cricketers trained in Perth on Friday before the match against Victoria "
                        "in Melbourne on Sunday.")
    assert _place(doc, "Victoria") == "AUS"


def test_a_foreign_town_the_page_names_is_no_state_named(annotate_text):
    doc = annotate_text("A Virginia jury convicted Darnell Pike, who had lived in Johannesburg, of fraud on Monday.")
    assert _place(doc, "Virginia") == "USA"


def test_a_state_named_elsewhere_in_the_sentence_tells_nothing_of_the_place(annotate_text):
    doc = annotate_text("Police in Montana detained two hikers on Friday and deported them to Bulgaria.")
    assert _place(doc, "Montana") == "USA"


def test_a_demonym_of_the_place_noun_gives_the_town_s_state(annotate_text):
    doc = annotate_text("Gunmen attacked a police post near the Uruguayan town of Florida on Sunday.")
    assert _place(doc, "Florida") == "URY"
