"""Tell an official taken off duty: "the ministry placed two nurses on administrative leave", "the customs officer was
put on paid leave", "the minister reassigned the police chief" remove them from their posts, DISMISS of the one removed
(GUIDE.md: suspended from duty is DISMISS, the remover the source), not the MOBILIZE the learned decision reads on a
verb of placing.

``taken_off_duty`` is read by ``constructions._constructions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

PLACING_LEMMAS = word_class("placing_lemmas")
"""Verbs that put someone "on leave" ("place", "put", "send")."""
LEAVE_NOUNS = frozenset({"leave", "furlough"})
"""What an official is put on when taken off duty."""
REASSIGNING_LEMMAS = frozenset({"reassign"})
"""Verbs that move an official out of a post by themselves ("reassigned the police chief")."""


def _removed(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in LEAVE_NOUNS]


def _on_leave(verb: Token) -> bool:
    """Whether a verb puts its object "on leave": the noun of an "on" phrase, or an object after the particle "on"
    as the parser may read a passive ("was put on paid leave")."""
    kids = list(verb.children)
    if any(g.lemma_.lower() in LEAVE_NOUNS for p in kids if p.dep_ == "prep" and p.lower_ == "on"
           for g in p.children if g.dep_ == "pobj"):
        return True
    return any(p.dep_ == "prt" and p.lower_ == "on" for p in kids) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in LEAVE_NOUNS for c in kids)


def taken_off_duty(verb: Token) -> bool:
    """Whether a verb takes someone off duty: "placed X on administrative leave", "was put on paid leave",
    "reassigned the police chief"; not "placed troops on the border", "put the plan on hold", "went on leave"."""
    if verb.pos_ != "VERB" or not _removed(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in REASSIGNING_LEMMAS:
        return True
    return lemma in PLACING_LEMMAS and _on_leave(verb)
