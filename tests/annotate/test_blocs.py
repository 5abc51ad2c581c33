"""Blocs the tagger leaves unnamed (actors._add_acronyms) and taken up as "the bloc" (Actors.bloc_before): invented
sentences; each case fails without them (the sanction had no source)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names, of_type


@pytest.mark.parametrize(("text", "bloc"), [
    # an acronym of three or more capitals after a descriptive noun, which the tagger leaves unnamed
    ("The regional bloc IGAD imposed sanctions on South Sudan on Monday.", "IGAD"),
    ("The West African body UEMOA suspended Mali on Friday.", "UEMOA"),
    # "the bloc" / "the grouping" / "the organisation": the body of no one state named before it
    ("The Andean Community met in Lima on Friday. The bloc imposed sanctions on Bolivia on Saturday.",
     "Andean Community"),
    ("The Pacific Islands Forum met in Suva on Monday. The grouping suspended Fiji on Tuesday.", "Pacific Islands Forum"),
    ("The Arctic Council met in Tromso on Monday. The organisation suspended Russia on Thursday.", "Arctic Council"),
])
def test_a_bloc_is_the_source_of_its_sanction(annotate_text: Callable[..., Document], text: str, bloc: str) -> None:
    [sanction] = of_type(doc := annotate_text(text), "SANCTION")
    assert bloc in names(doc, sanction.source)


def test_a_two_letter_capital_word_is_no_bloc(annotate_text: Callable[..., Document]) -> None:
    # ACRONYM_MIN: "OK", "TV" and the like are no organisation
    doc = annotate_text("Kenya's president said on TV that the plan was OK.")
    assert not [e for e in doc.entities if e.name in ("TV", "OK")]
