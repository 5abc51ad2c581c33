"""Test the placing of found time expressions on a parse: dates and times only, grouped by their sentence."""

from __future__ import annotations

from dateline.annotate.timex import sentence_timexes


def test_times_are_grouped_by_the_sentence_that_holds_them(nlp) -> None:
    doc = nlp("The ministers met on Monday. They talked for three hours and signed the deal on 5 March 2024.")
    grouped = sentence_timexes(doc)
    second = next(s for s in doc.sents if s.start > 0)
    assert [t.text for t, _ in grouped[0]] == ["Monday"]
    assert [t.text for t, _ in grouped[second.start]] == ["5 March 2024"]  # "three hours" is a duration: left out
    assert all(span.text == t.text for ts in grouped.values() for t, span in ts)
