"""Ultimatums in the speaker's words are threats, and a meeting put forward is a request to meet (GUIDE.md: a
conditional warning is THREATEN; "proposed / suggested talks, a summit" is REQUEST meet). Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize("text, proposer", [
    ("Chilean President Rosa Ibarra suggested a meeting with her Bolivian counterpart Luis Cruz.", "Rosa Ibarra"),
    ("Ecuadorian President Marta Benavides, who had floated a summit with Peru, flew to Lima on Friday.",
     "Marta Benavides"),
    ("Kazakh President Arman Seitov on Tuesday proposed a summit with Kyrgyzstan in Almaty.", "Arman Seitov"),
])
def test_a_meeting_put_forward_is_a_request_to_meet(annotate_text: Callable[..., Document], text: str,
                                                    proposer: str) -> None:
    doc = annotate_text(text)
    assert any(r.mode == "meet" and _names(doc, r.source) == {proposer} for r in _of_type(doc, "REQUEST"))
