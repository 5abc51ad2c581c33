"""A counterpart a demonym names ("her Peruvian counterpart") is the one post holder of that state the text names, or
the state when it names none (``arguments.ArgumentReader._by_counterpart``); invented texts."""

from __future__ import annotations

from event_helpers import names, of_type


def test_a_counterpart_is_the_one_post_holder_of_its_state(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean President Rosa Ibarra spoke by phone with Peruvian President Luis Ortega on Monday. "
                        "Critics said Ibarra's call with her Peruvian counterpart was unusual.")
    calls = of_type(doc, "CONSULT")
    assert len(calls) == 1 and names(doc, calls[0].actors()) == {"Rosa Ibarra", "Luis Ortega"}, doc.events


def test_a_counterpart_of_a_state_with_two_post_holders_stays_the_state(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Peruvian President Luis Ortega and Peruvian Foreign Minister Ana Salas flew to Quito on "
                        "Monday. Chilean President Rosa Ibarra later met her Peruvian counterpart in Lima.")
    meetings = [ev for ev in of_type(doc, "CONSULT") if "Rosa Ibarra" in names(doc, ev.actors())]
    assert meetings and not names(doc, meetings[0].actors()) & {"Luis Ortega", "Ana Salas"}, doc.events


def test_a_counterpart_whose_holder_is_not_named_is_the_state(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Kenyan President Daniel Kiprop met his Ugandan counterpart in Kampala on Monday.")
    [meeting] = of_type(doc, "CONSULT")
    assert names(doc, meeting.source) == {"Daniel Kiprop"} and names(doc, meeting.target) == {"Uganda"}, doc.events


def test_a_counterpart_named_by_a_two_word_demonym_is_its_state(annotate_text) -> None:  # type: ignore[no-untyped-def]
    # the demonym's state is read from its whole phrase: "Korean" or "Zealand" alone names none
    for text, state in (
            ("Peruvian Trade Minister Elsa Quiroga held talks with her South Korean counterpart in Busan on Friday.",
             "South Korea"),
            ("Fiji's defence minister, Tomasi Vunivalu, met his New Zealand counterpart in Suva on Tuesday.",
             "New Zealand"),
            ("Indian Home Minister Arjun Mehra phoned his Sri Lankan counterpart on Sunday.", "Sri Lanka")):
        doc = annotate_text(text)
        meetings = of_type(doc, "CONSULT")
        assert meetings and state in names(doc, meetings[0].actors()), (text, doc.events)
