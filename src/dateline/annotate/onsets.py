"""Tell an event noun whose beginning a verb dates ("a truce that began on 3 May", "the blockade starts at dawn on
Monday", "fresh tariffs will be imposed on Thursday") as an event told, not as background.

A noun such as "truce", "ceasefire" or "blockade" often names its event only as the subject of the verb of its start,
with the date on that verb: "A ten-day truce between the two armies began on 3 May", "a Qatari envoy said the truce
will come into force at dawn on Monday"; a measure does so with the verb that enacts it, in the passive ("fresh
tariffs will be imposed on Thursday"; GUIDE.md: a measure told with its announcement has the announcement's time).
GUIDE.md codes these ``asserted`` (or ``planned``), with the time of the start; the learned factuality, which sees the
noun as the subject of another verb, most often reads them as background (``not_event``). ``dated_onset`` names the
construction by grammar, so ``events.find_triggers`` keeps the noun. An undated start ("since the truce began") stays
background, as do an end ("the truce collapsed on Friday": the date is not the truce's) and a hedge ("could start").
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.nlp import own_clause
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

ONSET_LEMMAS = word_class("onset_lemmas")
"""Verbs that tell their subject's start by themselves ("began", "started")."""
ONSET_SUPPORTS = word_class("onset_supports")
"""Verbs that tell a start with an effect or force word ("took effect", "came into force", "entered into force")."""
ONSET_OBJECTS = word_class("onset_objects")
"""The words that make a support verb a start ("effect", "force")."""
ENACTING_LEMMAS = word_class("enacting_lemmas")
"""Verbs whose passive subject, a measure, is brought about by them ("fresh tariffs will be imposed on Thursday")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
HEDGES = frozenset({"may", "might", "could", "should"})
"""Modals that make a start a guess: no event (OUTPUT.md 5, speculation)."""
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
DATE_LABELS = frozenset({"DATE", "TIME"})
REPORTING = word_class("reporting_lemmas")
"""Saying verbs whose subject announces what their complement tells."""


def _is_onset(verb: Token) -> bool:
    """Whether a verb tells a start: "began", "took effect", "came into force"."""
    lemma = verb.lemma_.lower()
    if lemma in ONSET_LEMMAS:
        return True
    if lemma not in ONSET_SUPPORTS:
        return False
    return any(c.lower_ in ONSET_OBJECTS or (c.dep_ == "prep" and any(g.lower_ in ONSET_OBJECTS for g in c.children))
               for c in verb.children if c.dep_ in ("dobj", "prep", "attr"))


def _onset_verb(noun: Token) -> Token | None:
    """The verb that tells a noun's start: the noun is its subject, directly or through a "to"-complement ("is to
    take effect", "is due to begin"), or the verb is a relative clause on the noun ("a truce that began")."""
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ENACTING_LEMMAS:
        return noun.head  # "fresh tariffs will be imposed on Thursday": the measure starts when it is imposed
    if noun.dep_ in SUBJECT_DEPS:
        head = noun.head
        if _is_onset(head):
            return head
        for comp in (c for c in head.children if c.dep_ in ("xcomp", "acomp")):
            for verb in (comp, *(g for g in comp.children if g.dep_ == "xcomp")):
                if verb.pos_ == "VERB" and _is_onset(verb):
                    return verb
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and _is_onset(child):
            return child
    return None


def dated_onset(noun: Token) -> str | None:
    """``asserted`` or ``planned`` when an event noun's start is told by a verb with a date of its own ("a truce that
    began on 3 May", "the truce is due to come into force at midnight"); None otherwise (no such verb, no date, a
    hedge)."""
    if noun.pos_ != "NOUN":
        return None
    verb = _onset_verb(noun)
    if verb is None:
        return None
    clause = own_clause(verb, conjuncts=False)  # a date of a coordinated clause is not the start's
    if not any(t.ent_type_ in DATE_LABELS for t in clause):
        return None
    auxes = [c for c in (*verb.children, *verb.head.children) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in HEDGES for a in auxes):
        return None
    future = any(a.lower_ in FUTURE_AUX for a in auxes) or any(
        a.lower_ == "to" for a in verb.children if a.dep_ == "aux")
    LOGGER.debug("start dated by %r: %r in %r", verb.text, noun.text, noun.sent.text)
    return "planned" if future else "asserted"


def announcing_speaker(noun: Token) -> Token | None:
    """The subject of the saying verb that reports a measure's enactment: "Canberra's trade minister said fresh tariffs
    will be imposed on Thursday" (the speaker's side enacts them); None otherwise."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in ENACTING_LEMMAS or verb.dep_ != "ccomp" or (
            verb.head.lemma_.lower() not in REPORTING):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
