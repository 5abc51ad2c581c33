"""Hold the clause readers and word classes that several event families share (construction triggers, role passes,
the event decision): reporting verbs, hand-over verbs, a state's organs and armed bodies, purpose verbs, the modes a
threatened act gives, a plural subject, the ones a verb says were replaced.
"""

from __future__ import annotations

from spacy.tokens import Token

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
