"""Tell the event nouns that name no act the text reports: an act guarded against, and a description of a name.

Two constructions of real news pages read like attacks or arrests to the event lexicon and the learned model
(real-page audit, class "non-events": generic and standing nouns):

- the act a guard is against ("the camp offers little protection against shelling", "immunity from
  prosecution", "safeguards against arbitrary arrest"): the act after "against" or "from" on a noun of
  ``protection_noun`` (``annotate_words.tsv``) is feared or barred, not done (``guarded_against``);
- a noun in apposition to a name, which says what the name stands for ("Barkhane, the French military operation
  against jihadists", "Sentinel, the coalition's campaign against smugglers"): it describes a standing
  operation, it tells no occurrence, unless a date in the phrase pins it down (``describes_a_name``).

Both are read by ``events.find_events``, which skips such triggers.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

PROTECTION_NOUNS = word_class("protection_noun", "annotate_words")

GUARD_PREPS = frozenset({"against", "from"})
"""Prepositions that name what a guard keeps off ("protection against shelling", "immunity from prosecution")."""

DATED_ENTS = frozenset({"DATE", "TIME"})
YEAR_DIGITS = 4
"""Entity labels of a phrase that pins an act to a time ("the 1991 operation against X" is one occurrence)."""


def guarded_against(noun: Token) -> bool:
    """Whether an event noun names the act a guard keeps off: the object of "against" or "from" on a protection
    noun ("protection against shelling"), through "and"/"or" joins ("against arrest or torture")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in GUARD_PREPS:
        return False
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in PROTECTION_NOUNS for w in _guards(noun.head.head))


def _guards(word: Token) -> list[Token]:
    """The words of the phrase a guard preposition hangs on that may be its protection noun: the noun itself
    ("protection against"), the nouns and prepositions above it up to the first verb ("shelter for refugees
    from"), the object of that verb ("offer shelter for refugees from": the parser may take the verb), and the
    "of" noun of a measure among them ("a degree of shelter for refugees from")."""
    chain = [word]
    node = word
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        chain.append(node)
    if node.pos_ in ("VERB", "AUX"):
        chain += [c for c in node.children if c.dep_ == "dobj"]
    measured = [g for w in chain for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    return chain + measured


def describes_a_name(noun: Token) -> bool:
    """Whether an event noun is in apposition to a proper name and says what it stands for ("Barkhane, the French
    military operation against jihadists"), with no date in its phrase."""
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        return False
    # a year the tagger reads as a count ("the 2011 offensive") pins the act down as well as a date does
    return not any(t.ent_type_ in DATED_ENTS or (t.is_digit and len(t.text) == YEAR_DIGITS) for t in noun.subtree)
