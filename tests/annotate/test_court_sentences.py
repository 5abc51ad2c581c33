"""A court that jails someone, or a jailing with a term of prison, passes a sentence (GUIDE.md: conviction or sentence
by a court is SANCTION convict), while police jailing someone, or a jailing with no term, stays a detention (COERCE
arrest) (annotate/events.py ``_jailed_by_court``). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from event_helpers import names, of_type


def test_a_jailing_by_a_court_or_with_a_term_is_a_sentence(annotate_text: Any) -> None:
    for text, convict in (
            ("A Baku court jailed the French cyclist Luc Moreau for nine years on Tuesday.", "Luc Moreau"),
            ("On Friday a judge in Harare imprisoned the opposition MP Tendai Moyo for two years.", "Tendai Moyo"),
            ("The Tunisian blogger Amira Mansour was jailed for 18 months on Wednesday.", "Amira Mansour"),
            ("Belarus's supreme court imprisoned the activist Pavel Sidorenko for life on Monday.", "Pavel Sidorenko")):
        doc = annotate_text(text)
        sentences = of_type(doc, "SANCTION")
        assert sentences and sentences[0].mode == "convict", (text, doc.events)
        assert any(convict in n for n in names(doc, sentences[0].target)), (text, doc.events)
        assert not of_type(doc, "COERCE"), (text, doc.events)


def test_a_jailing_by_police_or_without_a_term_stays_a_detention(annotate_text: Any) -> None:
    for text in ("Police in Minsk jailed the activist Pavel Sidorenko overnight on Monday.",
                 "The Tunisian blogger Amira Mansour, who was jailed in 2021, was freed on Wednesday."):
        doc = annotate_text(text)
        assert of_type(doc, "COERCE") and not of_type(doc, "SANCTION"), (text, doc.events)
