"""A joint act between a counted pair that the sentence then names is between the people named ("talks between the
two leaders, A and B, were held"): ``roles_meetings._role_pair_named_in_apposition``. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Talks between the two leaders, Kenyan President Amos Kariuki and Ugandan President Peter Okello, were held in "
     "Nairobi on Monday.", "Amos Kariuki", "Peter Okello"),
    ("A meeting of both ministers, Kenya's Musa Wanjala and Uganda's Jane Akello, took place in Kampala on Friday.",
     "Musa Wanjala", "Jane Akello"),
])
def test_the_pair_named_after_the_count_met(annotate_text: Any, text: str, first: str, second: str) -> None:
    doc = annotate_text(text)
    met = [set(names(doc, e.source)) | set(names(doc, e.target)) for e in of_type(doc, "CONSULT")]
    assert any({first, second} <= m for m in met), doc.events


def test_a_pair_named_by_its_states_stays(annotate_text: Any) -> None:
    doc = annotate_text("Talks between Kenya and Uganda were held in Nairobi on Monday.")
    assert any({"Kenya", "Uganda"} <= set(names(doc, e.target)) for e in of_type(doc, "CONSULT")), doc.events
