"""A day a scheduling verb in the present or present perfect fixes for the act its object names is to come
(annotate/dating.py ``_scheduled_for``), on invented stories."""

from __future__ import annotations

import pytest

PUBLISHED = "2019-05-15"


def _dates(doc, kind):  # type: ignore[no-untyped-def]
    return [(v.date.start, v.date.end) if v.date is not None else None for v in doc.events if v.type == kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Kenya and Tanzania have set a meeting of their foreign ministers for June 20 in Arusha, officials said on "
     "Monday.", "CONSULT"),
    ("Chad's junta has moved the signing of the peace accord with rebel groups to June 20.", "AGREE"),
])
def test_a_day_fixed_now_for_an_act_is_to_come(annotate_text, text, kind) -> None:
    assert _dates(annotate_text(text, PUBLISHED), kind) == [("2019-06-20", "2019-06-20")]


def test_a_day_fixed_in_a_past_telling_may_be_gone_by(annotate_text) -> None:
    doc = annotate_text("Kenya and Tanzania set a meeting of their foreign ministers for April 20 in Arusha, where "
                        "they signed a border deal.", PUBLISHED)
    assert _dates(doc, "CONSULT") == [("2019-04-20", "2019-04-20")]
