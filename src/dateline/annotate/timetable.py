"""Tell a verb in the simple present that a day of its own places as a timetable's coming act ("the envoy, who
takes over the embassy on Friday, ...").

News tells a scheduled act in the simple present with its day ("Dr Ilves, who succeeds the rector on Monday",
"the minister flies to Lagos on Thursday"): GUIDE.md codes it ``planned``, with its day. The learned factuality,
which sees a present tense mostly in standing states ("the ministry oversees the ports"), reads it as background
(``not_event``). ``timetable_present`` names the construction by grammar, so ``events.find_triggers`` keeps it; a
habit ("meets the envoys every Monday", "usually travels on Fridays"), a negation or an auxiliary leaves it alone.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.nlp import own_clause, sentence_of
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

HABITUAL_MARKS = word_class("habitual_marks") | word_class("timetable_habits")
"""Words that make a present a habit or a standing state ("every", "usually", "since")."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
DAY_PREPS = frozenset({"on"})
"""The preposition of a day ("on Monday", "on 3 May")."""
DAY_DEPS = frozenset({"npadvmod", "tmod"})
"""A bare day beside a verb ("arrives Monday", "leaves tomorrow")."""


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
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    clause = own_clause(verb, conjuncts=False)
    if any(t.lower_ in HABITUAL_MARKS for t in clause):
        return False
    if not any(_dates_its_day(t, verb) for t in clause):
        return False
    LOGGER.debug("a timetable's present: %r in %r", verb.text, sentence_of(verb).text)  # not Token.sent (a walk)
    return True
