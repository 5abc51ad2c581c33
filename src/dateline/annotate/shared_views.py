"""Tell a view shared from a commitment: "said she agreed with the court's ruling", "Ruto agreed with Samia",
"something the minister agrees with" say the subject shares a view or backs a decision (OUTPUT.md section 5: support
for a party or a position is SUPPORT), not that it commits to an act. "agreed with Tanzania to reopen the border",
"agreed with Norland on a ceasefire" and "agreed a truce with the rebels" commit to an act and stay AGREE, as does a
clause of what was agreed ("agreed with Samia that the talks would resume"), which may be a commitment.

A view denied by its frame is negated: "this feud is not something the minister agrees with".

``agreed_view`` and ``view_denied`` are read by ``constructions._constructions`` and its role pass.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

VIEW_SHARING_LEMMAS = word_class("view_sharing_lemmas")
"""Verbs of agreeing "with" someone or something ("agree", "concur")."""
COMMITTING_PREPS = frozenset({"on", "upon", "to", "over"})
"""Prepositions of what is agreed on, which make the agreement a commitment ("agreed with X on a ceasefire")."""


def agreed_view(verb: Token) -> Token | None:
    """The one or the thing ``verb`` agrees "with" when the agreement shares a view: the object of "with"
    ("agreed with the court's ruling"), or the antecedent of a stranded "with" ("something Ruto agrees with"); None
    when the verb also tells what is agreed (a "to" infinitive, an object, a clause, an "on" phrase that is no date)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VIEW_SHARING_LEMMAS:
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp", "dobj", "advcl") for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in COMMITTING_PREPS and not _dated(c) for c in kids):
        return None
    withs = [c for c in kids if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return None
    objects = [g for g in withs[0].children if g.dep_ == "pobj"]
    if objects:
        return objects[0]
    if verb.dep_ == "relcl":
        return verb.head  # "something the minister agrees with"
    return None


def _dated(prep: Token) -> bool:
    """Whether a preposition only dates the clause ("on Monday")."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def view_denied(verb: Token) -> bool:
    """Whether a shared view told in a relative clause is denied by the clause it describes ("is not something the
    minister agrees with")."""
    return verb.dep_ == "relcl" and any(c.dep_ == "neg" for c in verb.head.head.children)
