"""A verb of passing on that carries a message noun tells no act of its own: the noun is the act, or none is
(annotate/conveyed.py). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

from dateline.annotate.conveyed import conveys_message
from event_helpers import names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_an_apology_extended_is_a_concession_not_aid(annotate_text: Any) -> None:
    doc = annotate_text("Peru extended an apology Monday to Chile after conceding that one of its patrol boats "
                        "had strayed into Chilean waters.")
    assert of_type(doc, "CONCEDE") and not of_type(doc, "AID"), _types(doc)


def test_condolences_extended_support_the_bereaved(annotate_text: Any) -> None:
    doc = annotate_text("The Peruvian president extended condolences to Chile on Sunday after the mine collapse.")
    assert of_type(doc, "SUPPORT") and not of_type(doc, "AID"), _types(doc)


def test_apologies_offered_are_no_commitment(annotate_text: Any) -> None:
    doc = annotate_text("The Peruvian president offered his apologies to Chile on Sunday.")
    assert of_type(doc, "CONCEDE") and not of_type(doc, "AGREE"), _types(doc)


def test_an_invitation_extended_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text("Peru's prime minister extended an invitation to the Chilean president on Monday.")
    assert not doc.events, _types(doc)


def test_a_loan_extended_stays_aid(annotate_text: Any) -> None:
    doc = annotate_text("The World Bank extended a 300 million dollar loan to Zambia on Wednesday.")
    assert of_type(doc, "AID"), _types(doc)


def test_conveys_message_names_the_noun(nlp: Any) -> None:
    doc = nlp("Vesk extended an apology to Arlan.")
    assert conveys_message(next(t for t in doc if t.text == "extended")).text == "apology"
    loan = nlp("Vesk extended a loan to Arlan.")
    assert conveys_message(next(t for t in loan if t.text == "extended")) is None


def test_a_remark_read_as_an_apology_is_no_concession(annotate_text: Any) -> None:
    doc = annotate_text("Lima took the remark as an apology, Peru's foreign minister said on Monday.")
    assert not of_type(doc, "CONCEDE"), _types(doc)


def test_a_resignation_accepted_is_the_resigners_not_a_concession(annotate_text: Any) -> None:
    doc = annotate_text("President Olu Adebayo accepted Ana Wambui's resignation on Monday.")
    assert not of_type(doc, "CONCEDE") and not of_type(doc, "AGREE"), _types(doc)
    dismissals = of_type(doc, "DISMISS")
    assert dismissals and names(doc, dismissals[0].source) == {"Olu Adebayo"}, dismissals
    assert names(doc, dismissals[0].target) <= {"Ana Wambui", "Wambui"} and dismissals[0].target, dismissals


def test_a_resignation_refused_stays_a_refusal(annotate_text: Any) -> None:
    doc = annotate_text("The Kenyan president refused to accept the resignation of his finance minister on Monday.")
    assert of_type(doc, "REJECT"), _types(doc)
