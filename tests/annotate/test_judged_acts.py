"""A reported judgement of what an actor did accuses that actor: "X said that Y's order was improper" is
ACCUSE from X to Y (annotate/evaluation.py ``judges_subject``; GUIDE.md: an accusation told only by
its content). "Inappropriate" and "improper" condemn as "unacceptable" does. Invented examples; publication Tuesday
2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "judge", "judged"), [
    ("Senator Ines Prado said on Tuesday that Governor Omar Farouk's order to close the mountain crossings was "
     "improper.", "Ines Prado", "Omar Farouk"),
    ("Former aide Luis Silva wrote on Monday that President Ana Ramos's purchase of the jets was unconstitutional.",
     "Luis Silva", "Ana Ramos"),
])
def test_judging_an_actor_s_act_accuses_the_actor(annotate_text: Callable[..., Document], text: str, judge: str,
                                                  judged: str) -> None:
    doc = annotate_text(text)
    accusations = [e for e in _of_type(doc, "ACCUSE") if judge in _names(doc, e.source)]
    assert [judged in _names(doc, e.target) for e in accusations] == [True]


def test_praising_an_actor_s_act_accuses_no_one(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Senator Ines Prado said on Tuesday that Governor Omar Farouk's plan was sensible.")
    assert _of_type(doc, "ACCUSE") == []


@pytest.mark.parametrize(("text", "judged"), [
    ("She said that Chile's request was inappropriate.", True),
    ("She said that Lima's decision was improper.", True),
    ("She said that the request was inappropriate.", False),
    ("She said that the governor's plan was sensible.", False),
])
def test_the_judged_subject_may_be_an_actor_s_act(nlp, text: str, judged: bool) -> None:
    from dateline.annotate.evaluation import judges_subject  # noqa: PLC0415

    [clause] = [t for t in nlp(text) if t.dep_ == "ccomp"]
    assert judges_subject(clause) is judged
