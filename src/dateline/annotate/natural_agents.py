"""Tell the acts whose doer is a storm, a flood, a fire or a disease: harm without an actor is no event.

"Floods killed 30 people", "the typhoon battered the coast", "cholera has killed 40" read like assaults to the
event lexicon and the learned model, but nobody acted (issue 12: real pages' disaster and health news). The doer is
the trigger's subject, the agent of its passive ("was burned by a wildfire"), or for a participle or infinitive
that hangs on another verb ("the earthquake hit the city, killing 12") that verb's subject; it is natural when its
head word or a word compounded with it is in ``natural_agent`` (``annotate_words.tsv``), and it has no "of" object: "a
storm of protest", "a wave of air strikes", "a flood of refugees" name people or weapons, no force of nature.

Harm told as befalling people when such a force struck ("killed several bathers when the tsunami waves hit the
coast") or when a vehicle or a building failed ("were injured when a passenger train derailed", "when the roof
collapsed": an intransitive ``accident_lemma`` with no person for its subject) is the disaster's or the accident's,
no assault by anyone (``harming_occasion``; GUIDE.md in data/events: an accidental blast, a crash or a disaster is
no ASSAULT, its dead are DIE).

A warning that a force of nature or a disease may do harm ("warned that cholera could kill thousands", "cautioned
that the floods may spread disease") forecasts a danger: no threat by the one who warns (GUIDE.md in data/events:
forecasts by analysts and agencies are ``not_event``; a threat is the warner's own harm, "warned that its troops
would fire"), and so is a warning "of" a force ("warned of floods", "warned of cholera"), or one the parser gives it for
object ("warned [that disease] could kill"). ``warns_of_nature`` names the force for a verb of warning.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

NATURAL_AGENTS = word_class("natural_agent", "annotate_words")
ACCIDENT_LEMMAS = word_class("accident_lemma", "annotate_words")
"""Verbs of a vehicle or a building failing ("derail", "capsize", "collapse")."""
OCCASION_MARKS = frozenset({"when", "as"})
WARNING_LEMMAS = frozenset({"warn", "caution"})
"""Verbs of warning, whose "that" clause may foretell a danger rather than the warner's own harm."""
WARNED_OF_PREPS = frozenset({"of", "about"})
"""Prepositions of the danger a warning names ("warned of floods")."""
"""Conjunctions of a clause that tells what struck while the harm was done."""

SUBJECT_DEPS = frozenset({"nsubj"})
HANGING_DEPS = frozenset({"advcl", "xcomp", "conj"})
"""Relations of a verb that takes its doer from the verb it hangs on ("hit the city, [killing] 12")."""


def _doers(verb: Token) -> list[Token]:
    """The words that name who did ``verb``: its subject, its passive agent, else the subject of the verb it hangs on."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ in HANGING_DEPS and verb.head.i != verb.i:
        found = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return found


def natural_doer(tok: Token) -> Token | None:
    """The natural force or disease that did ``tok`` (a verb), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return next((doer for doer in _doers(tok) if _natural(doer)), None)


def _natural(doer: Token) -> bool:
    """Whether ``doer`` names a force of nature: its head or a word compounded with it, and no "of" object ("a wave of
    arrests" is people's doing)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in doer.children):
        return False
    words = [doer, *(c for c in doer.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in NATURAL_AGENTS or w.lower_ in NATURAL_AGENTS for w in words)


def harming_occasion(tok: Token) -> Token | None:
    """The natural force or the failing vehicle's verb of a "when" clause under ``tok`` that tells the harm as a
    disaster's or an accident's (see the module docstring), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for clause in (c for c in tok.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in OCCASION_MARKS for m in clause.children):
            continue
        force = next((doer for doer in _doers(clause) if _natural(doer)), None)
        if force is not None:
            return force
        if clause.lemma_.lower() in ACCIDENT_LEMMAS and not any(c.dep_ == "dobj" for c in clause.children) and not any(
                c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in clause.children):
            return clause
    return None


def warns_of_nature(verb: Token) -> Token | None:
    """The force of nature or the disease a warning's "that" clause tells may do harm ("warned that [cholera] could
    kill thousands"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in WARNING_LEMMAS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        force = next((doer for doer in _doers(clause) if _natural(doer)), None)
        if force is not None:
            return force
    warned_of = [c for c in verb.children if c.dep_ == "dobj"]
    warned_of += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in WARNED_OF_PREPS
                  for g in c.children if g.dep_ == "pobj"]
    return next((w for w in warned_of if _natural(w)), None)
