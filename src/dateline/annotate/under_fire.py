"""Tell an attack told from the side attacked: "The capital came under heavy fire on Sunday, when Azerbaijan launched
rockets at it" and "The convoy came under attack from rebel fighters" are ASSAULT on the subject (GUIDE.md), by the
"from" phrase's side or the doer of the "when" clause that tells how. Criticism told the same way ("the minister came
under fire from opposition lawmakers", "was under attack from her rivals", "has come under sharp criticism") is
ACCUSE disapprove of the subject, by the "from" phrase's side: the subject is the one criticised, never the critic.

``attack_undergone``, ``criticism_undergone``, ``attackers`` and ``same_attack`` are read by
``constructions._constructions`` and its role passes.
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
UNDERGONE_CRITICISM = word_class("undergone_criticism")
"""Nouns of words against one, that one comes or is under ("criticism", "censure")."""
BEING_UNDER_LEMMAS = word_class("being_under_lemmas")
"""Verbs by which one is or stays under criticism ("was under attack from her rivals", "remains under fire")."""
TOPIC_PREPS = frozenset({"over", "for"})
"""Prepositions of what one is criticised for ("came under fire over the budget")."""


def attack_undergone(verb: Token) -> Token | None:
    """The attack noun of "X came under (heavy) fire / attack / shelling", when X is told; None otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in UNDERGOING_LEMMAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or _personal(subjects):
        return None  # "the minister came under fire": a person under fire is criticised
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in UNDERGONE_ATTACKS):
            if _criticism(verb, noun):
                return None
            return noun
    return None


def criticism_undergone(verb: Token) -> Token | None:
    """The noun of "X came under fire / attack / criticism" when it tells words against X: a noun of criticism said
    of someone ("has come under sharp criticism"), an attack undergone by a person ("the minister came under fire",
    "was under attack from her rivals"), or one over something or from critics ("the party came under fire over the
    budget"). None for a literal attack ("the convoy came under fire": ``attack_undergone``) and for a thing criticised
    ("the budget plan came under attack"), which names no one who can be criticised."""
    lemma = verb.lemma_.lower()
    coming = lemma in UNDERGOING_LEMMAS and verb.pos_ == "VERB"
    if not coming and not (lemma in BEING_UNDER_LEMMAS and verb.pos_ in ("VERB", "AUX")):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = _personal(subjects)
    someone = person or any(s.ent_type_ in ("ORG", "NORP") or s.lower_ == "they" for s in subjects) \
        or _named(subjects)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in UNDERGONE_CRITICISM and someone:
                return noun
            if noun.lower_ in UNDERGONE_ATTACKS and (person or (someone and _criticism(verb, noun))):
                return noun
    return None


def _personal(subjects: list[Token]) -> bool:
    """Whether a subject is a person: a name, "he" or "she", or a post with a name set beside it ("the senator, Ana
    Vidal," and "the senator Ana Vidal", which the parser reads as the post with the name in apposition)."""
    return any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in s.children) for s in subjects)


def _named(subjects: list[Token]) -> bool:
    """Whether a subject names someone: a name or a noun a name qualifies, not a thing ("the budget plan")."""
    return any(s.pos_ == "PROPN" or s.ent_type_ or any(c.ent_type_ and c.dep_ in ("compound", "amod", "poss")
                                                       for c in s.children) for s in subjects)


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
