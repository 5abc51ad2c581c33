"""Tell relief goods sent to another side: "Portugal donated 500 tents and blankets to Mozambique", "Oman flew 30
tonnes of flour to Yemen", "Chile shipped medicine to Haiti" are AID (mode humanitarian, GUIDE.md), whatever the
learned decision makes of the verb (a verb of sending often reads as a deployment, MOBILIZE, or as military aid).

``relief_sent`` is read by ``events._constructions``. Goods sent with weapons or troops are left to the learned
decision ("sent troops and food to the front" is no relief).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

RELIEF_GOODS = word_class("relief_goods")
"""Nouns of what is sent to people in need ("tents", "flour", "medicine")."""
RELIEF_SENDING_LEMMAS = word_class("relief_sending_lemmas")
"""Verbs of sending or giving a thing ("shipped", "donated", "airlifted")."""
ARMED_WORDS = word_class("armed_bodies") | word_class("military_goods")
"""Words of troops or arms: sent with them, goods are no relief."""
DESTINATION_PREPS = frozenset({"to", "for"})
"""Prepositions naming who the goods are sent to or for."""


def _head_words(noun: Token) -> list[Token]:
    """A noun with its conjuncts and the words that say what it is ("[medical] [relief] kits")."""
    heads = [noun, *noun.conjuncts]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]


def _sent_words(verb: Token) -> set[str]:
    """The words of what a verb sends: its object (or passive subject) and an amount's "of" phrase ("20 tonnes of
    rice"), with their conjuncts ("tents and blankets"); not a phrase about it ("a memo [about food prices]")."""
    words: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        nouns = _head_words(obj)
        nouns += [w for n in (obj, *obj.conjuncts) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" for w in _head_words(g)]
        words.update(t.lower_ for t in nouns)
    return words


def relief_sent(verb: Token) -> bool:
    """Whether a verb of sending sends relief goods to someone: the goods in its object and a destination ("to" or
    "for" someone, or a dative: "gave Haiti 200 tents")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELIEF_SENDING_LEMMAS:
        return False
    words = _sent_words(verb)
    if not words & RELIEF_GOODS or words & ARMED_WORDS:
        return False
    return any((c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and any(g.dep_ == "pobj" for g in c.children))
               or c.dep_ == "dative" for c in verb.children)
