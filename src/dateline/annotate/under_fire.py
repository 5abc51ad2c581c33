"""Tell an attack told from the side attacked: "The capital came under heavy fire on Sunday, when Azerbaijan launched
rockets at it" and "The convoy came under attack from rebel fighters" are ASSAULT on the subject (GUIDE.md), by the
"from" phrase's side or the doer of the "when" clause that tells how.

``attack_undergone``, ``attackers`` and ``same_attack`` are read by ``events._constructions`` and its role pass.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

UNDERGOING_LEMMAS = word_class("undergoing_lemmas")
"""Verbs whose "under" phrase says what befell their subject ("came under fire")."""
UNDERGONE_ATTACKS = word_class("undergone_attacks")
"""Nouns of an attack one comes under ("fire", "shelling", "bombardment")."""
CRITICS = word_class("critics")
"""People whose "fire" or "attack" is words ("critics", "lawmakers", "opposition")."""
MUNITIONS = word_class("munitions")
"""What is fired or launched at a target ("missiles", "drones", "shells")."""
HARMING_LEMMAS = word_class("harming_lemmas")
"""Verbs of the harm an attack did, told as its participle ("..., injuring 15 people")."""
TOPIC_PREPS = frozenset({"over", "for"})
"""Prepositions of what one is criticised for ("came under fire over the budget")."""


def attack_undergone(verb: Token) -> Token | None:
    """The attack noun of "X came under (heavy) fire / attack / shelling", when X is told; None otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in UNDERGOING_LEMMAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in subjects):
        return None  # "the minister came under fire": a person under fire is criticised
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in UNDERGONE_ATTACKS):
            if _criticism(verb, noun):
                return None
            return noun
    return None


def _criticism(verb: Token, noun: Token) -> bool:
    """Whether "came under fire" is criticism: over or for something ("came under fire over the budget"), or from
    critics, a named person or a party ("came under attack from opposition lawmakers")."""
    if any(p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for t in (verb, noun) for p in t.children):
        return True
    return any(g.ent_type_ == "PERSON" or g.lemma_.lower() in CRITICS for g in attackers(noun))


def attackers(noun: Token) -> list[Token]:
    """Who made the attack a subject came under: the "from" phrase ("came under fire from rebels"), else the subject
    of a "when" clause in the sentence ("..., when Azerbaijan launched rockets at the city")."""
    verb = noun.head.head
    found = [g for t in (noun, verb) for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
             for g in p.children if g.dep_ == "pobj"]
    if found:
        return found
    launch = firing_clause(noun)
    return [c for c in launch.children if c.dep_ == "nsubj"] if launch is not None else []


def firing_clause(noun: Token) -> Token | None:
    """The verb of a "when" clause that tells how the attack a subject came under was made ("came under fire, when
    Azerbaijan launched 20 rockets at the city"): one whose object is a munition; None when there is none ("came under
    fire when it crossed the border" tells when, not who)."""
    verb = noun.head.head
    for tok in verb.subtree:
        when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children)
        if tok.pos_ == "VERB" and tok.i != verb.i and when:
            loads = [n for o in tok.children if o.dep_ == "dobj" for n in (o, *o.conjuncts)]
            loads += [g for n in loads for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]  # "dozens of rockets"
            if any(n.lemma_.lower() in MUNITIONS or n.lower_ in MUNITIONS for n in loads):
                return tok
    return None


def same_attack(noun: Token) -> list[Token]:
    """The words that tell again the attack a subject came under: the "when" clause that fired at it and a participle
    of the harm done ("came under fire, when X launched rockets, injuring 15 people"): one attack, not three."""
    verb = noun.head.head
    launch = firing_clause(noun)
    harm = [t for t in verb.subtree if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj")
            and t.lemma_.lower() in HARMING_LEMMAS]
    return ([launch] if launch is not None else []) + harm
