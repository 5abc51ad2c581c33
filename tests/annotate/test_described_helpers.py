"""An object pronoun after a person set beside someone else's noun ("His lawyer, A, said ...") goes back to the
possessor, the one the story goes on about; a subject pronoun may still continue A. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type

Annotate = Callable[..., Document]

ARREST = "Kenyan police arrested Tom Brandt in Nairobi on Monday. "


@pytest.mark.parametrize("helper", [
    "His lawyer, Mark Ellison, said the arrest was unlawful.",
    "Brandt's lawyer, Mark Ellison, said the arrest was unlawful.",
    "His spokesman, Mark Ellison, told reporters the arrest was unlawful.",
])
def test_an_object_pronoun_after_a_described_helper_is_the_possessor(annotate_text: Annotate, helper: str) -> None:
    doc = annotate_text(ARREST + helper + " Kenyan prosecutors charged him on Tuesday with fraud.")
    charged = [_names(doc, ev.target) for ev in _of_type(doc, "ACCUSE")]
    assert charged == [{"Tom Brandt"}], doc.events


def test_a_subject_pronoun_still_continues_the_helper(annotate_text: Annotate) -> None:
    doc = annotate_text(ARREST + "His lawyer, Mark Ellison, said the arrest was unlawful. "
                        "He accused the police of beating his client.")
    accusers = [_names(doc, ev.source) for ev in _of_type(doc, "ACCUSE")]
    assert accusers == [{"Mark Ellison"}], doc.events


def test_a_possessor_of_the_other_gender_leaves_the_helper(annotate_text: Annotate) -> None:
    doc = annotate_text("Kenyan police arrested Anna Brandt in Nairobi on Monday. Her lawyer, Mark Ellison, said "
                        "the arrest was unlawful. Kenyan police detained him on Tuesday for contempt.")
    detained = [_names(doc, ev.target) for ev in _of_type(doc, "COERCE")]
    assert {"Mark Ellison"} in detained, doc.events
