"""Words that look like acts but are courtesies or feelings (real-page audit, class "non-events"): a request to pass
on thanks (events._passes_on_courtesy) and being relieved at some news (``dismiss.relieve`` needs "of" a post or a
duty). Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import names as _names, of_type as _of_type


@pytest.mark.parametrize("text", [
    "Chilean Prime Minister Ana Ruiz said on Tuesday she was pleased at the release, adding that Tomas Vidal's mother "
    "had wanted her to convey the family's gratitude.",
    "The family of the freed sailor asked the minister to pass on their thanks to the Peruvian navy, she said on "
    "Tuesday.",
])
def test_a_request_to_pass_on_thanks_is_no_demand(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "REQUEST")


def test_a_request_to_pass_on_a_demand_stays(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Peru asked Chile on Tuesday to convey its demand for the suspects' handover to Bolivia.")
    assert _of_type(doc, "REQUEST")


def test_relieved_at_the_news_is_a_feeling(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean Prime Minister Ana Ruiz said on Tuesday that she was relieved at the release of the "
                        "two sailors.")
    assert not _of_type(doc, "DISMISS")


def test_relieved_of_a_command_is_a_dismissal(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean Colonel Ana Ruiz was relieved of her command on Monday.")
    assert {n for e in _of_type(doc, "DISMISS") for n in _names(doc, e.actors())} == {"Ana Ruiz"}
