"""Tell a verb in the simple present that a day of its own places as a timetable's coming act ("the envoy, who
takes over the embassy on Friday, ...").

News tells a scheduled act in the simple present with its day ("Dr Ilves, who succeeds the rector on Monday",
"the minister flies to Lagos on Thursday"): GUIDE.md codes it ``planned``, with its day. The learned factuality,
which sees a present tense mostly in standing states ("the ministry oversees the ports"), reads it as background
(``not_event``). ``timetable_present`` names the construction by grammar, so ``events.find_triggers`` keeps it; a
habit ("meets the envoys every Monday", "usually travels on Fridays"), a negation or an auxiliary leaves it alone.

A chronology is the other use of the present with a day: an explainer's timeline or a live blog opens each entry with
its date or its clock time as a label ("March 4: coast guards detain two trawlers", "14:05 GMT - the envoy walks
out"), and tells the entry in the historical present. ``chronology_entry`` names that layout: such a present is no
timetable, and the entry's date is the nearest reading of its label, not the next one.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from dateline.annotate.nlp import own_clause, sentence_of, text_of
from dateline.lexicons import load_table, word_class

LOGGER = logging.getLogger(__name__)

HABITUAL_MARKS = word_class("habitual_marks") | word_class("frequency_adverbs") | (
    word_class("timetable_habits"))
"""Words that make a present a habit or a standing state ("every", "usually", "since")."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
DAY_PREPS = frozenset({"on"})
"""The preposition of a day ("on Monday", "on 3 May")."""
DAY_DEPS = frozenset({"npadvmod", "tmod"})
"""A bare day beside a verb ("arrives Monday", "leaves tomorrow")."""
MONTHS = "|".join(sorted((re.escape(row[0]) for row in load_table("month_names") if row[2] == "en"), key=len,
                         reverse=True))
"""English month names and abbreviations (``lexicons/month_names.tsv``)."""
CHRONOLOGY_LABEL = re.compile(
    r"[ \t]*(?:(?:%s)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:%s)\.?|\d{1,2}[:.]\d{2}"
    r"(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?)(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?::|-{1,2}|\u2013|\u2014)[ \t]"
    % (MONTHS, MONTHS), re.IGNORECASE)
"""A paragraph's opening date or clock time followed by a colon or a dash: the label of a chronology's entry."""


def _dates_its_day(tok: Token, verb: Token) -> bool:
    """Whether a date word is the day the verb's clause names: the object of "on", or a bare day on the verb."""
    if tok.ent_type_ != "DATE":
        return False
    head = tok
    while head.head.ent_type_ == "DATE" and head.head.i != head.i and head.head.i != verb.i:
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ in DAY_PREPS and head.head.head.i == verb.i) or (
        head.dep_ in DAY_DEPS and head.head.i == verb.i)


def timetable_present(verb: Token) -> bool:
    """Whether a verb is a scheduled act told in the simple present with its day: no auxiliary, no negation and no
    mark of a habit in its own clause, and a day ("on Monday") on it."""
    if verb.pos_ != "VERB" or verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or chronology_entry(verb):
        return False
    clause = own_clause(verb, conjuncts=False)
    if any(t.lower_ in HABITUAL_MARKS for t in clause):
        return False
    if not any(_dates_its_day(t, verb) for t in clause):
        return False
    LOGGER.debug("a timetable's present: %r in %r", verb.text, sentence_of(verb).text)  # not Token.sent (a walk)
    return True


def chronology_entry(tok: Token) -> bool:
    """Whether a token's paragraph opens with a date or clock-time label ("June 7:", "2 August -", "14:20 GMT -"):
    an entry of a timeline or a live blog, told in the historical present."""
    text = text_of(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx)
    start = 0 if start < 0 else start + 2
    return CHRONOLOGY_LABEL.match(text, start) is not None


def chronicled_present(verb: Token) -> bool:
    """Whether a verb tells a chronology's entry in the historical present ("June 7: police detain three
    truckers"): a simple present, with no auxiliary, negation or mark of a habit, in a paragraph labelled by its date
    or clock time (``chronology_entry``). It is an act that happened, as a past verb would tell it."""
    if verb.pos_ != "VERB" or verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(t.lower_ in HABITUAL_MARKS for t in own_clause(verb, conjuncts=False)):
        return False
    if not chronology_entry(verb):
        return False
    LOGGER.debug("a chronology's present: %r in %r", verb.text, sentence_of(verb).text)
    return True
