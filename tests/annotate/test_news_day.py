"""An undated act told while the story reached no day of its news is bounded by the day before publication and
publication itself (dating._news_day_of_unreached, issue 13). Invented examples, published Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Document
from event_helpers import of_type


def _dates(doc: Document, type_: str) -> list[tuple[str | None, str | None] | None]:
    return [(e.date.start, e.date.end) if e.date else None for e in of_type(doc, type_)]


def test_an_undated_act_of_a_story_that_names_no_day_is_the_news(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Tolvan Foreign Minister Aris Kade accused Ulmara of shelling border villages. In 2009 the two "
                        "states fought a short war over the valley.")
    assert _dates(doc, "ACCUSE") == [("2025-03-17", "2025-03-18")]


def test_a_day_the_story_names_still_dates_its_lead(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Tolvan Foreign Minister Aris Kade accused Ulmara of shelling border villages. He spoke to "
                        "reporters in Vesk on Sunday.")
    assert _dates(doc, "ACCUSE") == [("2025-03-16", "2025-03-16")]


def test_negated_and_background_acts_keep_no_date(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Tolvan Foreign Minister Aris Kade did not accuse Ulmara of the shelling. In 2009 the two "
                        "states fought a short war over the valley.")
    assert all(e.date is None or e.date.start != "2025-03-17" for e in doc.events), [
        (e.type, e.modality, e.date) for e in doc.events]
