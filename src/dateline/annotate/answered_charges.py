"""A denial that takes up a charge told before: "Colombia accused Venezuela of sheltering rebels. Venezuela denied the
charge." The denial (REJECT) answers whoever made the charge, who is named in the accusing clause, not in the
denial's own sentence; read alone the denial has no target and matches no act of the two sides.

Written here, not found in a library: it follows the parse of the accusing clause (its subject accuses, its object is
accused) back through the sentences before the denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.arguments import DEFINITE_DETERMINERS
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class

TAKEN_UP_CHARGES = word_class("taken_up_charge_nouns")
"""Nouns of a charge a denial takes up ("denied the charge", "rejected the allegations")."""
TAKING_UP_DETS = DEFINITE_DETERMINERS | {"such"}
"""Determiners by which the noun points back at a charge told before ("the charge", "these allegations")."""
ACCUSING_LEMMAS = word_class("charge_making_lemmas")
"""Verbs whose subject makes a charge against their object ("accused X of", "blamed X for")."""
CHARGE_LOOKBACK = 2
"""How many sentences before the denial's own the accusing clause may be told in."""


def taken_up_charge(verb: Token) -> Token | None:
    """The charge noun a denying verb takes up ("denied [the charge]"), or None: a noun that names its maker ("the
    charge by Bogota", "Bogota's charge") is read by the argument reader itself."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in TAKEN_UP_CHARGES and noun.lower_ not in TAKEN_UP_CHARGES:
        return None
    if not any(c.dep_ == "det" and c.lower_ in TAKING_UP_DETS for c in noun.children):
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children):
        return None
    return noun


def accusing_clauses(verb: Token) -> list[tuple[Token, Token]]:
    """The (accuser, accused) pairs of the accusing verbs told before a denying verb, nearest first: in its own
    sentence before it, then in the ``CHARGE_LOOKBACK`` sentences before."""
    doc = verb.doc
    start = sentence_of(verb).start
    for _ in range(CHARGE_LOOKBACK):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    pairs: list[tuple[Token, Token]] = []
    for tok in reversed(doc[start:verb.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ACCUSING_LEMMAS:
            continue
        accuser = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        accused = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if accuser is not None and accused is not None:
            pairs.append((accuser, accused))
    return pairs
