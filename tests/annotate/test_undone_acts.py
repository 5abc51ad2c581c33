"""Undoing an act told before acts on whom it befell (issue 13: "annulled the pardon" with no target, or with the
pardoner as its target). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names


@pytest.mark.parametrize("text, verb", [
    ("Governor Ruth Okafor pardoned the activist Chidi Eze in May. The state assembly revoked the pardon in June.",
     "revoked"),
    ("A Riga court convicted the banker Ivars Ozols of bribery in 2018. In 2021 an appeals chamber overturned the "
     "conviction.", "overturned"),
])
def test_undoing_an_act_told_before_acts_on_whom_it_befell(annotate_text: Callable[..., Document], text: str,
                                                           verb: str) -> None:
    doc = annotate_text(text)
    undone = [e for e in doc.events if e.trigger == verb]
    assert undone
    befallen = {n for e in undone for n in _names(doc, e.target)}
    assert befallen & {"Chidi Eze", "Ivars Ozols"} and "Ruth Okafor" not in befallen
