"""Tell an event noun that reports a past act once, inside another sentence, from one that only names a topic.

News often tells an act a single time, as a noun phrase that carries its own doer and its own time: "the inquiry
turns on the governor's 3 March call with the Ruritanian premier", "her arrest in Tarsk on Friday", "his talks
last April in Vell with the rebel leader", "the levies imposed on Elbonian steel on 1 June". Or the sentence
presupposes the act happened: "mourned the death of former mayor Ana Petrov". GUIDE.md codes these as events,
``asserted``, dated by the time inside the noun phrase. The learned factuality reads most nouns that are not a
clause's own act as background (``not_event``); ``told_noun`` names the construction by grammar, so
``events._factuality`` keeps the noun, the way ``perfect.calendar_dated_past`` keeps a dated past perfect.

A noun without its own time ("talks between the two countries have stalled"), a noun told as still to come or
only possible ("a possible meeting", "their planned meeting on Monday", "calls for a meeting on Friday") and a
noun in a clause that is itself a guess or a future ("could meet"), stay as the model reads them. A noun that
restates an act already found stays one event: the restatement merge of the document's events is unchanged.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

UNREALISED_MODIFIERS = word_class("unrealised_modifiers")
"""Modifiers of an act noun that tell it as still to come or only possible ("a possible meeting", "the planned
talks", "an upcoming visit")."""
FUTURE_TIME_WORDS = word_class("future_time_words")
"""Words of a time still to come ("next week", "tomorrow", "the coming days"): a noun dated by them is planned."""
ASKING_LEMMAS = word_class("asking_for_act_lemmas")
"""Verbs that ask for, propose or wait for an act, so that their noun object is not done ("called for a meeting",
"proposed talks", "awaits a ruling")."""
UNCONFIRMED_NOUNS = word_class("unconfirmed_nouns")
"""Nouns of a story not (yet) confirmed, whose "of" phrase names an act that may not have happened ("rumours of the
death of X", "speculation about a meeting")."""
HEDGE_AUXES = word_class("modals") - {"can", "ca"}
"""Auxiliaries of a clause told as still to come or as a guess (the modals of ``event_words.tsv`` but "can"): a noun
in it is not told as done."""
DATE_LABELS = frozenset({"DATE", "TIME"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entity labels of a name that can act (a person, a body, a state, a people)."""
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "its"})
"""Possessive pronouns that stand for an actor named before ("her arrest")."""
PARTNER_PREPS = frozenset({"with", "by", "between", "of", "to", "on", "against"})
"""Prepositions by which an act noun names who took part in it or underwent it."""
PERSON_DEATH_NOUNS = word_class("death_nouns")
"""Nouns of a person's death ("death", "passing", "demise")."""


def _names_actor(tok: Token) -> bool:
    """Whether a phrase names an actor: a name of a person, body, state or people in its head or its name words."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]
    words += [g for c in tok.children if c.dep_ == "conj" for g in (c, *c.children) if g.dep_ in ("conj", "compound")]
    return any(w.ent_type_ in ACTOR_LABELS for w in words)


def _own_actor(noun: Token) -> bool:
    """Whether an act noun names who did or underwent it inside its own phrase: a possessor ("the governor's call",
    "her arrest"), a state or people modifier ("the Elbonian raid"), or a "with" / "by" / "of" / "on" phrase naming an
    actor ("talks with the rebel leader", "levies imposed on Elbonian steel")."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in PERSONAL_POSSESSIVES or _names_actor(child)):
            return True
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE"):
            return True
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS and any(
                g.dep_ == "pobj" and _names_actor(g) for g in child.children):
            return True
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(
                c.dep_ == "prep" and c.lower_ in PARTNER_PREPS and any(g.dep_ == "pobj" and _names_actor(g)
                                                                      for g in c.children) for c in child.children):
            return True  # "levies imposed on Elbonian goods"
    return False


def _own_time_words(noun: Token) -> list[Token]:
    """The words of a time inside an act noun's own phrase: a date modifier ("the 3 March call"), a date phrase on the
    noun ("the talks last April", "her arrest on Friday"), or on a bare participle of it ("the levies imposed on
    1 June"); not a date of a relative clause or of a phrase of another noun."""
    scope: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("relcl", "conj", "cc", "appos"):
            continue
        if child.dep_ == "acl" and not (child.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                                                         for c in child.children)):
            continue
        if child.dep_ == "acl":
            scope += [t for c in child.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
            continue
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ not in DATE_LABELS for g in child.children):
            continue  # "talks with the rebels of 1990": the phrase of another noun
        scope += list(child.subtree)
    return [t for t in scope if t.ent_type_ in DATE_LABELS]


def _unrealised(noun: Token) -> bool:
    """Whether an act noun is told as still to come or only possible: a modifier that says so ("a possible meeting"),
    a future time ("the meeting next week"), a verb that asks for it ("called for talks"), a noun of an unconfirmed
    story ("rumours of the death of X"), or a clause that is a future or a guess ("the call could come on Friday")."""
    if any(c.lower_ in UNREALISED_MODIFIERS or c.lemma_.lower() in UNREALISED_MODIFIERS for c in noun.children):
        return True
    if any(t.lower_ in FUTURE_TIME_WORDS for t in noun.subtree):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.lemma_.lower() in ASKING_LEMMAS or (governor.pos_ == "NOUN" and (
            governor.lemma_.lower() in UNCONFIRMED_NOUNS)):
        return True
    clause = governor
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in HEDGE_AUXES for c in clause.children) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def presupposed_death(noun: Token) -> bool:
    """Whether a death noun names the person who died in an "of" phrase, alone, among others or in an apposition ("the
    deaths of former mayor Ana Petrov and Senator Ivo Rask", "mourned the death of its founder, X"): a death of a named person told in a noun has
    happened. Its time is its own: the time of the clause that mentions it ("moved a motion on Tuesday over the
    death of X") is not the death's (``dating._date_for``)."""
    if noun.lemma_.lower() not in PERSON_DEATH_NOUNS:
        return False
    named = [n for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for m in (g, *g.conjuncts)
             for n in (m, *(a for a in m.children if a.dep_ == "appos"))]
    return any(n.pos_ == "PROPN" and _names_person(n) for n in named)


def _names_person(tok: Token) -> bool:
    """Whether a proper name (or one of its name words) is a person's."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in tok.children)


def told_noun(noun: Token) -> bool:
    """Whether an event noun reports one act done: it names its own doer or partner and its own time ("the governor's
    3 March call with the premier", "her arrest on Friday"), or it is the death of a named person ("the death of X"),
    and nothing tells it as still to come or only possible."""
    if noun.pos_ != "NOUN" or _unrealised(noun):
        return False
    if presupposed_death(noun):
        LOGGER.debug("a death of a named person: %r in %r", noun.text, noun.sent.text)
        return True
    if not _own_actor(noun) or not _own_time_words(noun):
        return False
    LOGGER.debug("an act noun with its own actor and time: %r in %r", noun.text, noun.sent.text)
    return True

