"""A custody told in the perfect with "since" a date ("had been detained since January", "has been held since 4
February") is one act going on since then: COERCE arrest, asserted, dated from the "since" date (GUIDE.md: a single act
that goes on since a stated time; ``perfect.held_since``, lexicon entry ``coerce.held_since``). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


@pytest.mark.parametrize(("text", "held", "start"), [
    ("Sudanese security forces released the activist Amna Idris on Monday. She had been detained since January.",
     "Amna Idris", "2025-01-01"),
    ("Officials in Baku said on Tuesday that the French reporter Luc Moreau had been imprisoned since 2021.",
     "Luc Moreau", "2021-01-01"),
    ("The Estonian cameraman Rasmus Kask has been held in Minsk since 4 February, his employer said.",
     "Rasmus Kask", "2025-02-04"),
    ("Georgia freed the Armenian trucker Aram Petrosyan on Sunday. Petrosyan had been held since December.",
     "Aram Petrosyan", "2024-12-01"),
])
def test_a_custody_since_a_date_is_one_detention(annotate_text: Any, text: str, held: str, start: str) -> None:
    doc = annotate_text(text)
    custody = [e for e in of_type(doc, "COERCE") if any(held in n for n in names(doc, e.target))]
    assert custody and custody[0].modality == "asserted", doc.events
    assert custody[0].date is not None and custody[0].date.start == start, custody[0].date


def test_a_month_named_march_is_no_march_of_protesters(annotate_text: Any) -> None:
    # "held since March": a date never says what was held (the protest entry's word "march")
    doc = annotate_text("Peru freed the Bolivian trucker Juan Mamani on Sunday. Mamani had been held since March.")
    assert not of_type(doc, "PROTEST") and of_type(doc, "COERCE"), doc.events


def test_a_march_held_stays_a_protest(annotate_text: Any) -> None:
    doc = annotate_text("Thousands of Kenyan teachers held a march in Nairobi on Monday.")
    assert of_type(doc, "PROTEST"), doc.events


@pytest.mark.parametrize("text", [
    "Talks between the two parties have been held in Oslo since 2019.",
    "Rasmus Kask has held the post of mayor since 2019.",
])
def test_meetings_and_posts_held_since_a_date_are_no_custody(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "COERCE"), doc.events
