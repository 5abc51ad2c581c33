"""A claim called untrue in reported speech is the speaker's rejection of whoever made it: "a spokesman told reporters
that Moscow's claims were false" is REJECT from the spokesman's side to Russia (annotate/events.py
``construction.claim_denied``, role pass ``claimant``; annotate/evaluation.py ``denied_claim``). Every sentence here
is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import countries, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_a_claim_told_as_false_is_rejected_as_its_owners(annotate_text: Any) -> None:
    for text, speaker, owner in (
            ("A Danish defence ministry spokesman told reporters on Friday that Moscow's claims were false.",
             "DNK", "RUS"),
            ("The Kenyan foreign minister said the Ugandan charge was absolutely not true.", "KEN", "UGA")):
        doc = annotate_text(text)
        rejected = of_type(doc, "REJECT")
        assert rejected, (text, _types(doc))
        assert countries(doc, rejected[0].source) == {speaker}, (text, rejected[0].to_json())
        assert countries(doc, rejected[0].target) == {owner}, (text, rejected[0].to_json())


def test_a_claim_told_as_true_is_no_rejection(annotate_text: Any) -> None:
    doc = annotate_text("Kenya said Uganda's claims were true.")
    assert not of_type(doc, "REJECT"), _types(doc)
