"""A stance on someone's words is aimed at whoever said them (issue 13: a reaction with no target). Invented
examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize("text", [
    # the words set after a comma sum up the clause before them: its subject said them
    "On Thursday Uruguayan President Tomas Ferreyra hinted that the flooding of a border dam had swung Paraguay's "
    "census, remarks that Asuncion's foreign office branded insulting.",
    "Uruguayan President Tomas Ferreyra claimed on Friday that Paraguay had hidden the river report, comments which "
    "the Paraguayan government condemned on Saturday.",
    # "the remarks" take up the latest speaker told before, of another side than the judge's
    "Uruguayan President Tomas Ferreyra said on Monday that Paraguay had hidden the river report. On Tuesday "
    "Paraguayan Foreign Minister Elena Duarte condemned the remarks.",
])
def test_a_stance_on_words_is_aimed_at_their_speaker(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    judged = {n for e in _of_type(doc, "ACCUSE") for n in _names(doc, e.target)}
    assert "Tomas Ferreyra" in judged


def test_the_judge_s_own_side_is_not_the_speaker_taken_up(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Paraguayan Foreign Minister Elena Duarte said on Monday that the river report was late. On "
                        "Tuesday Paraguay condemned the remarks.")
    judged = {n for e in _of_type(doc, "ACCUSE") for n in _names(doc, e.target)}
    assert "Elena Duarte" not in judged
