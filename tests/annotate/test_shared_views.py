"""Agreeing "with" someone or something with nothing agreed on shares a view: SUPPORT of whom it names, not AGREE
(annotate/shared_views.py); agreeing with someone to do or on something stays a commitment. Invented examples;
publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "backer"), [
    ("Foreign Minister Musalia Mudavadi said Kenya agreed with the African Union's decision.", "KEN"),
    ("President William Ruto agreed with Tanzanian President Samia Suluhu Hassan on Monday.", None),
])
def test_agreeing_with_someone_is_support(annotate_text: Callable[..., Document], text: str,
                                          backer: str | None) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "AGREE")
    support = _of_type(doc, "SUPPORT")
    assert len(support) == 1 and support[0].modality == "asserted"
    if backer:
        assert backer in _countries(doc, support[0].source)


def test_the_one_agreed_with_is_the_target(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Foreign Minister Musalia Mudavadi said Kenya agreed with the African Union's decision.")
    support = _of_type(doc, "SUPPORT")
    assert "African Union" in _names(doc, support[0].target)
    assert "African Union" not in _names(doc, support[0].source)


def test_a_view_denied_by_its_frame_is_negated(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text('"This feud is not something Premier Lise Varga agrees with," an aide said on Monday.')
    assert not _of_type(doc, "AGREE")
    support = _of_type(doc, "SUPPORT")
    assert len(support) == 1 and support[0].modality == "negated"


@pytest.mark.parametrize("text", [
    "Kenya agreed with Tanzania on Monday to reopen the border crossing at Namanga.",
    "Kenya agreed with Tanzania on a new border regime on Monday.",
])
def test_agreeing_with_someone_to_act_stays_a_commitment(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "SUPPORT")
    agreements = _of_type(doc, "AGREE")
    assert len(agreements) == 1
    assert {"KEN", "TZA"} <= _countries(doc, agreements[0].source) | _countries(doc, agreements[0].target)
