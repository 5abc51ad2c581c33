"""Tell forces brought home: "Canada brought home its peacekeepers from Haiti", "Brazil took its soldiers out of the
zone" and "Rome will pull its marines out of Niger" are RETREAT withdraw (GUIDE.md: withdrawing troops), whatever the
learned decision makes of a verb of carrying (often nothing, or a diplomat's recall, SANCTION).

``forces_brought_home`` is read by ``constructions._constructions``. The verb needs a homeward word: "brought out
troops" onto the streets is a deployment, "took out the radar" an attack, and "flew troops to the border" is no
withdrawal.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

CARRYING_LEMMAS = word_class("carrying_lemmas")
"""Verbs that move people somewhere ("bring", "pull", "take"), a withdrawal only with a homeward word."""
HOMEWARD_WORDS = word_class("homeward_words")
"""Words that send what is moved home ("home", "back")."""
PULLING_LEMMAS = word_class("pulling_lemmas")
"""Verbs whose plain "out" is a withdrawal ("pulled out its soldiers"); another verb needs "out of" a place."""
WITHDRAWN_FORCES = word_class("withdrawn_forces")
"""Nouns of armed forces sent or stationed somewhere ("troops", "peacekeepers", "contingent")."""


def _moved(verb: Token) -> list[Token]:
    """What a verb moves: its object or passive subject, with their conjuncts ("its ambassador and its soldiers")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [n for h in heads for n in (h, *h.conjuncts)]


def _homeward(verb: Token) -> bool:
    """Whether a verb of carrying sends its load home: "home" or "back" beside it, "out" with a pulling verb, or
    "out of" a place."""
    for child in verb.children:
        low = child.lower_
        if child.dep_ in ("advmod", "prt", "prep", "npadvmod") and low in HOMEWARD_WORDS:
            return True
        out_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
        if low == "out" and child.dep_ in ("prt", "advmod", "prep") and (verb.lemma_.lower() in PULLING_LEMMAS or out_of):
            return True
    return False


def forces_brought_home(verb: Token) -> bool:
    """Whether a verb of carrying withdraws armed forces: "brought home its 300 soldiers", "pulled out its marines",
    "took its marines out of the port"; not "brought out troops" nor "flew troops to the border"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRYING_LEMMAS:
        return False
    return any(n.lower_ in WITHDRAWN_FORCES for n in _moved(verb)) and _homeward(verb)
