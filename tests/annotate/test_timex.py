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


def test_a_count_that_opens_a_clause_is_a_time_counted_from_its_act(nlp) -> None:
    # "three days after a revolt toppled ...": the text rules leave a count before a determiner to a noun ("two days
    # before the vote"); the parse shows "after" opens a clause, so the count is a time counted from its act
    doc = nlp("Omar Kell was sworn in on Thursday, three days after a revolt toppled the president.")
    [(thursday, _), (shift, span)] = sentence_timexes(doc)[0]
    assert (shift.text, span.text, shift.kind, shift.anaphoric) == ("three days after", "three days after", "date", True)
    assert (shift.parts.num, shift.parts.unit, shift.parts.dir) == ("3", "day", "+")


def test_a_count_before_a_noun_stays_a_duration(nlp) -> None:
    doc = nlp("Two days before the vote, the minister resigned.")
    assert sentence_timexes(doc) == {}
