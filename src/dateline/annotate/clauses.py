"""Hold the clause readers and word classes that several event families share (construction triggers, role passes,
the event decision): reporting verbs, hand-over verbs, a state's organs and armed bodies, purpose verbs, the modes a
threatened act gives, a plural subject, the ones a verb says were replaced.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.arguments import PLACE_PREPS, second_subject
from dateline.lexicons import word_class


REPORTING = word_class("reporting_lemmas")


def _plural_subject(tok: Token) -> bool:
    """Whether a verb's subject names both sides of a reciprocal act: "A and B talked", "they spoke", "the two
    leaders conferred", "the two spoke" need no "with" (unseen-errors S2)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return (bool(subj.conjuncts) or subj.lower_ in ("they", "we")
            or any(c.lower_ in ("two", "both") for c in subj.children)
            or (subj.lower_ == "two" and any(c.lower_ == "the" for c in subj.children)))  # "the two spoke"


PURPOSE_LEMMAS = word_class("purpose_lemmas")


def _replaced_ones(verb: Token) -> list[Token]:
    """Who a verb of succession says is replaced: its object or passive subject, or for a passive joined to an
    earlier verb the subject they share and a name in apposition to it ("the minister, Jorge Salas, resigned and was
    replaced by Vega": Salas)."""
    kids = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not kids and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "nsubj" for c in verb.children):
        shared = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        kids = shared + [a for c in shared for a in c.children if a.dep_ == "appos"]
    return kids


THREAT_MODES: dict[str, str | None] = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict",
                                       "SANCTION": "relations", "PROTEST": None, "RETREAT": None}
"""The coercive types an act held out on a condition threatens, and the THREATEN mode each gives ..."""
THREAT_MODES_BY_MODE = {("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel"}
"""... unless the act's own mode says more (an arrest threatened, an expulsion threatened)."""


HANDOVER_LEMMAS = word_class("handover_lemmas")
STATE_ORGANS = word_class("state_organs")
ARMED_BODIES = word_class("armed_bodies")
"""Heads of armed groups ("Kenyan forces", "rebels"), whose act is political even in a match report."""
POLITICAL_HEADS = STATE_ORGANS | ARMED_BODIES
"""Heads of groups whose act is political in any prose: a state's organs and armed bodies."""


def _taken(tok: Token) -> list[Token]:
    """The objects of a seizure, with what a partitive object names ("captured [part of] a rebel stronghold")."""
    objs = _objects(tok)
    return objs + [g for o in objs if o.lower_ in PART_WORDS for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]


def _place_adjunct(tok: Token) -> bool:
    """Whether a word is the object of a preposition of place: where an act happened, not what it took ("was arrested
    at the airport", "detained in a border town")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _objects(tok: Token) -> list[Token]:
    """Direct objects and prepositional objects of a trigger (and of a noun trigger's "of" phrase); a name the parser
    reads as a second subject after the verb is its object (``arguments.second_subject``)."""
    objs: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "attr", "oprd", "nsubjpass") or second_subject(tok, child):
            objs += [child, *child.conjuncts]
        elif child.dep_ in ("prep", "prt", "agent"):
            objs += [g for g in child.children if g.dep_ == "pobj"]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
        objs.append(tok)
    if tok.dep_ in ("acl", "relcl") and tok.pos_ == "VERB" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "the accord, signed by A and B", "the treaty that A and B signed": the noun modified is the object
        objs.append(tok.head)
    return objs


PART_WORDS = word_class("part_words")
"""Heads of a partitive object: what "part of" or "control of" names is what was taken."""
