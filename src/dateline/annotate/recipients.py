"""Find who receives an honour in a clause of conferring ("conferred the Order of X on Y", "invested Y with Z").

An honour is conferred *on* someone, or someone is invested or presented *with* it (issue 13, roles the right way
round). The parser often hangs the "on" phrase on the last noun of the honour's long name ("the Order of the Eagle
with the rank of Commander on Corporal A"), so the recipient is looked for along the chain of phrases below the
verb, never inside another clause. The honour's own name ("the Grand Cross", "the Eagle" of "the Order of the
Eagle") is a thing given, never a side.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.posts import PRONOUNS

LOGGER = logging.getLogger(__name__)

RECIPIENT_PREPS = frozenset({"on", "upon"})
"""Prepositions that name whom an honour is conferred on ("conferred X on Y", "bestowed X upon Y")."""
HONOUR_WITH = "with"
"""The preposition of the honour when the recipient is the object ("invested Y with X", "presented Y with X")."""
PHRASE_DEPS = frozenset({"prep", "pobj", "dobj", "dative", "compound", "appos"})
"""Dependencies that stay inside the verb's own phrases (a relative or adverbial clause is another clause)."""


def _person_like(tok: Token) -> bool:
    """A name tagged as a person, or a personal pronoun ("on him")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in PRONOUNS


def _phrase_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's own object and prepositional phrases, nested ones included, in text order."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in PHRASE_DEPS]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in PHRASE_DEPS]
    return sorted(out, key=lambda t: t.i)


def recipient_tokens(verb: Token) -> list[Token]:
    """The heads of the phrases naming whom the verb confers an honour on: a person or pronoun after "on"/"upon"
    anywhere along the verb's phrases ("conferred the Order of the Eagle on A", also when the parser hangs "on A"
    on "the Eagle"), with its conjuncts ("on A and B")."""
    found: list[Token] = []
    for tok in _phrase_tokens(verb):
        if tok.dep_ == "pobj" and tok.head.lower_ in RECIPIENT_PREPS and _person_like(tok):
            found += [t for t in (tok, *tok.conjuncts) if t not in found]
    return found


def honour_tokens(verb: Token) -> list[Token]:
    """The tokens of the honour given: the subtree of a "with" phrase when the recipient is the verb's object
    ("invested A with the Grand Cross"), else of a direct object that is no person ("conferred the Order of the
    Eagle on A")."""
    out: list[Token] = []
    given = {t.i for r in recipient_tokens(verb) for t in r.subtree}
    person_object = any(c.dep_ in ("dobj", "dative") and _person_like(c) for c in verb.children)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == HONOUR_WITH and person_object:
            out += [t for g in child.children if g.dep_ == "pobj" for t in g.subtree]
        elif child.dep_ == "dobj" and not _person_like(child):
            out += [t for t in child.subtree if t.i not in given]
    return out
