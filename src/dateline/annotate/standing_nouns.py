"""Tell the event nouns that name no act the text reports: an act guarded against, a name described, a kind, an era.

Four constructions of real news pages read like attacks or arrests to the event lexicon and the learned model
(real-page audit, class "non-events": generic and standing nouns):

- the act a guard is against ("the camp offers little protection against shelling", "immunity from
  prosecution", "safeguards against arbitrary arrest"): the act after "against" or "from" on a noun of
  ``protection_noun`` (``annotate_words.tsv``) is feared or barred, not done (``guarded_against``);
- a noun in apposition to a name, which says what the name stands for ("Barkhane, the French military operation
  against jihadists", "Sentinel, the coalition's campaign against smugglers"): it describes a standing
  operation, it tells no occurrence, unless a date in the phrase pins it down (``describes_a_name``);
- a noun that modifies the noun after it ("the detention centre", "war crimes", "an invasion force", "the
  impeachment inquiry"): it names a kind of thing, or the topic of another act noun, which then tells the act if
  any; a light head of ``light_act_head`` (``annotate_words.tsv``: "a mediation mission", "an aid package") only
  carries the act its modifier names (``modifies_a_thing``);
- the proper name of a past event that sets the time of the clause ("in the 1974 Cyprus War", "since the Second
  World War"): history the act is told against, not a new attack (``names_an_era``).

All are read by ``events.find_events``, which skips such triggers; the last also by ``events._learned_triggers``,
so that a head the model types as well is not taken for the same event told twice ("a protest march").
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

PROTECTION_NOUNS = word_class("protection_noun", "annotate_words")
LIGHT_HEADS = word_class("light_act_head", "annotate_words")
"""Nouns that carry the act of the noun before them ("a mediation mission", "an aid package")."""
ERA_PREPS = word_class("era_preposition", "annotate_words")
"""Prepositions that set a clause in the time of a named event ("since the Korean War")."""

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


def modifies_a_thing(noun: Token) -> bool:
    """Whether an event noun only modifies the noun after it, and so names a kind of thing or of another act, not an
    act of its own ("the detention centre", "war crimes", "a protest movement", "the impeachment inquiry": the inquiry
    is the act, if any); a light head of ``LIGHT_HEADS`` carries the modifier's act ("a mediation mission")."""
    head = noun.head
    if noun.dep_ != "compound" or head.i == noun.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lemma_.lower() not in LIGHT_HEADS


def names_an_era(noun: Token) -> bool:
    """Whether an event word is the last word of the proper name of an event the story only sets its time by ("in
    the 1973 Yom Kippur War", "since the Korean War", "amid the Arab Spring"): a capitalised word of a name the
    tagger labels an event, or of a name of two words or more that a preposition of time governs. The act told is the
    clause's, the named event its frame; a war told in lower case ("in the 1967 war") is left to the model."""
    if not noun.text[:1].isupper() or noun.is_sent_start:
        return False
    if noun.ent_type_ == "EVENT":
        return True
    named = [c for c in noun.children if c.dep_ == "compound" and c.text[:1].isupper()]
    return noun.pos_ == "PROPN" and bool(named) and noun.dep_ == "pobj" and noun.head.lower_ in ERA_PREPS
