"""Place the time expressions ``dates/find.py`` finds in a text onto its spaCy parse, grouped by sentence.

Finding works on plain text (``dateline.dates``); dating an event needs each time expression's
tokens (its dependency root, its distance to a trigger), so this module aligns the two.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span

from dateline.annotate.nlp import sentence_of, text_of
from dateline.dates.find import find_timexes
from dateline.model import Timex, replace

LOGGER = logging.getLogger(__name__)

__all__ = ["TimedSpan", "find_timexes", "sentence_timexes"]

TimedSpan = tuple[Timex, Span]
"""A time expression and the tokens it covers."""


def _timexes(doc: Doc) -> list[TimedSpan]:
    """The dates and times of a parsed text (not durations or sets), each with the tokens it covers."""
    out = []
    for t in find_timexes(text_of(doc)):
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and t.kind == "duration":
            t, span = _counted_from_a_clause(t, span)
        if span is not None and t.kind in ("date", "time"):
            out.append((t, span))
    return out


COUNT_DIRECTIONS = {"after": "+", "before": "-"}
"""The words that count a time from the clause they open, and the way they count."""


def _counted_from_a_clause(t: Timex, span: Span) -> tuple[Timex, Span]:
    """ "three days after a revolt toppled the president": a count followed by "after" or "before" that opens a clause
    is a time counted from that clause's act, as "nine days after troops detained his aide" is (the text rules leave
    a count before a determiner or pronoun to a noun: "two days before the vote"); other durations are kept as they
    are."""
    doc = span.doc
    mark = doc[span.end] if span.end < len(doc) else None
    num = t.parts.num or ""
    if mark is None or mark.lower_ not in COUNT_DIRECTIONS or mark.dep_ != "mark" or not num.isdigit():
        return t, span
    shift = replace(t, end=mark.idx + len(mark.text), text=text_of(doc)[t.start:mark.idx + len(mark.text)], kind="date",
                    rule="date.anaphoric_shift_clause", anaphoric=True,
                    parts=replace(t.parts, dir=COUNT_DIRECTIONS[mark.lower_]))
    LOGGER.debug("count %r opens a clause: a time counted from its act", shift.text)
    return shift, doc[span.start:mark.i + 1]


def sentence_timexes(doc: Doc) -> dict[int, list[TimedSpan]]:
    """Group a text's time expressions by the start of the sentence that holds each one whole, in text order.

    The dating loop asks for a sentence's times once per event and per sentence: a scan of all
    the page's times each time made a long page quadratic (issue 16).
    """
    out: dict[int, list[TimedSpan]] = {}
    for timex, span in _timexes(doc):
        holders = [sentence_of(doc[span.start])] if span.start < len(doc) else []
        if span.start == span.end and span.start > 0:
            holders.insert(0, sentence_of(doc[span.start - 1]))  # an empty span at a boundary ends one sentence too
        for sent in holders:
            if span.start >= sent.start and span.end <= sent.end:
                out.setdefault(sent.start, []).append((timex, span))
    return out
