"""Name the people a death toll singles out: "Nine soldiers were killed, among them Captain A and a driver, B" and
"Four aid workers died in the ambush, including the convoy's doctor, C" tell the deaths of A, B and C (DIE, one event
a person, GUIDE.md), whatever the learned decision makes of the verb (a passive "were killed" often reads as the
attack, ASSAULT, which the toll names elsewhere).

``named_dead`` is read by ``constructions._constructions`` and by its role pass. A toll that names no one ("including
four children") is left to the learned decision.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

DEATH_VERBS = word_class("death_verbs")
"""Verbs whose subject died ("killed" in the passive, "died", "perished")."""
SINGLING_PREPS = word_class("singling_preps")
"""Words that single some members out of a group ("among them", "including")."""


def _singled_out(group: Token) -> list[Token]:
    """The nouns a group's "among them" or "including" phrase names: "nine soldiers, among them A" (the parser hangs
    A on the group as an apposition carrying "among them"), "four workers, including B" (B the phrase's object)."""
    named: list[Token] = []
    for child in group.children:
        if child.dep_ == "prep" and child.lower_ in SINGLING_PREPS:
            named += [g for g in child.children if g.dep_ == "pobj" and g.lower_ != "them"]
        elif child.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ in SINGLING_PREPS for c in child.children):
            named.append(child)
    return named


def _people_in(noun: Token) -> list[Token]:
    """The names a singled-out phrase gives, with its conjuncts and appositions ("A, the son of the chief, and an
    aide, B"), each by its head word; not a name inside a phrase about one of them ("the son of the chief C" did not
    die). The parser's entity label is not trusted ("Lieutenant A" may read as an organisation; the role pass keeps
    the people)."""
    names: list[Token] = []
    todo = [noun]
    while todo:
        tok = todo.pop(0)
        if tok.pos_ == "PROPN" and tok.lower_ != "them":
            names.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("appos", "conj")]
    return names


def named_dead(verb: Token) -> list[Token]:
    """The named people a verb of dying says died ("were killed, among them A and B"): the last word of each name, or
    nothing when the verb is no death, has an agent ("killed by A" is the attack) or singles no one out by name."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEATH_VERBS:
        return []
    if verb.lemma_.lower() == "kill" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "the militia killed nine soldiers, among them A": the killing is the act told
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    groups = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    people: list[Token] = []
    for noun in [*(n for g in groups for n in _singled_out(g)), *_singled_out(verb)]:
        people += [p for p in _people_in(noun) if p not in people]
    return people
