"""A speaker who judges something in a reported clause and then acts ("X said the arrests were illegal and demanded
their release"): the parser hangs the second verb on the judgement, whose subject is no actor; the act is the
speaker's (arguments._subject_of, issue 13). Invented examples; publication Monday 2025-03-17."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type


@pytest.mark.parametrize(("text", "type_", "speaker"), [
    ("Latvian Foreign Minister Ilze Ozola said the detentions were unlawful and demanded the sailors' release.",
     "REQUEST", "LVA"),
    ("Chile's foreign minister said the verdict was unjust and called on Bolivia to free the two soldiers.",
     "REQUEST", "CHL"),
    ("The Peruvian president said the vote was a sham and rejected the results.", "REJECT", "PER"),
])
def test_an_act_after_a_reported_judgement_is_the_speaker_s(annotate_text: Callable[..., Document], text: str,
                                                            type_: str, speaker: str) -> None:
    doc = annotate_text(text)
    assert any(speaker in _countries(doc, e.source) for e in _of_type(doc, type_))
