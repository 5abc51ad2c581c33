"""Tell an attack made with words: "the two candidates attacked each other's records", "the senator attacked the
governor's budget plan", "shrugged off partisan attacks on her integrity", "assailed the judge as biased" are
criticism, ACCUSE disapprove (GUIDE.md: a verbal attack is disapproval), not the ASSAULT the trigger lexicon and the
learned decision read on "attack". What is attacked tells the sense: a policy, a plan, a record, a remark or a
person's character is attacked with words; a convoy, a town or a base with arms ("rebels attacked the convoy" stays an
assault).

``verbal_attack`` is read by ``constructions._constructions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class
from dateline.annotate.under_fire import CRITICS

ATTACKING_LEMMAS = word_class("attacking_lemmas")
"""Verbs and nouns of an attack, which words may make ("attack", "assail")."""
IDEA_NOUNS = word_class("idea_nouns")
"""What only words can attack: policies, plans, records, remarks, a person's character ("loyalty", "integrity")."""
WORD_ATTACK_MODIFIERS = word_class("word_attack_modifiers")
"""Modifiers that make an attack words ("verbal", "personal", "partisan" attacks)."""
LABEL_PREPS = frozenset({"as"})
"""The preposition of the label a verbal attack gives ("assailed the judge as biased")."""
ABOUT_PREPS = frozenset({"on", "against"})
"""Prepositions of what an attack noun is made on ("attacks on her integrity")."""


def _ideas(nouns: list[Token]) -> bool:
    return any(n.lemma_.lower() in IDEA_NOUNS or n.lower_ in IDEA_NOUNS
               for noun in nouns for n in (noun, *noun.conjuncts))


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _aimed_at(noun: Token) -> list[Token]:
    """What an attack noun is made on: an "on" / "against" phrase in its own words, or its verb's when the parser hangs
    the phrase there ("shrugged off attacks, some from her own party, on her integrity")."""
    preps = [p for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS]
    if noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        preps += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def verbal_attack(word: Token) -> bool:
    """Whether an attack word is made with words: a verb whose object is an idea ("attacked the budget plan",
    "attacked each other's records"), or which labels its object ("assailed the judge as biased"); a noun made by
    critics or called verbal ("opposition attacks", "personal attacks") or made on an idea ("attacks on her
    integrity"). Not "rebels attacked the convoy", "attacks on the capital"."""
    if word.lemma_.lower() not in ATTACKING_LEMMAS:
        return False
    if word.pos_ == "VERB":
        if _ideas(_objects(word)):
            return True
        return any(c.dep_ == "prep" and c.lower_ in LABEL_PREPS for c in word.children) and bool(_objects(word))
    if word.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in WORD_ATTACK_MODIFIERS or c.lemma_.lower() in CRITICS)
           for c in word.children):
        return True
    return _ideas(_aimed_at(word))
