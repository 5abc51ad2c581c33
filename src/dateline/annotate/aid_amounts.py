"""Tell an amount of aid or of a pledge raised by its giver: "Norway doubled its pledge to $40 million" is AGREE (a
pledge of a specific act, OUTPUT.md 5), "Fiji's neighbour increased its aid to $12 million" and "Ruritania added $5
million to its aid for the flood victims" are AID (aid given), whatever the learned decision makes of the verb of
changing an amount (it reads "doubled" as a levy raised, SANCTION).

The noun raised is the verb's object or passive subject ("its aid was increased"), or, when that object is the
amount added, the verb's "to" phrase ("added $5 million [to] its contribution"). A pledge noun ("pledge",
"commitment") makes the act AGREE; a noun of help given ("aid", "assistance", "donations") AID, its mode from the
kind of aid told ("military aid", "economic assistance"; relief by default). A noun that is help only in disaster
coverage ("contribution", "funding", "help") counts when the story tells aid, relief or a disaster; "raised
its contribution to the pension fund" in a budget story is no aid. Amounts cut are left to the learned decision
("cut its aid to X in protest" is a sanction).

``aid_amount`` is read by ``constructions._constructions``; ``recipient_words`` by
``roles_aid._role_aid_recipient_beside``, which names whom the aid is for from the noun's own phrases ("its aid [for
Sudan]", "its contribution for flood victims [in Pakistan]"). Aid told with no recipient in disaster coverage goes to
the state the disaster struck when the story told one alone before it ("A cyclone tore through Fiji on Sunday. New
Zealand increased its aid to $12 million"): ``stricken_states``, read by ``roles_aid._role_aid_to_stricken_state``; with
several states struck ("the storm hit Fiji, Tonga and Samoa") the aid stays without one. So does a sum or
aid pledged ("Qatar promised $10 million to rebuild schools destroyed by the earthquake in Morocco": ``pledged_help``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from dateline.annotate.arguments import amount_noun
from dateline.annotate.countries import state_code
from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

PLEDGING_LEMMAS = word_class("aid_pledging_lemmas")
"""Verbs of pledging a sum or aid ("pledged $5 million", "promised emergency aid")."""
RAISING_LEMMAS = word_class("aid_raising_lemmas")
"""Verbs that change an amount upward ("doubled", "increased", "added", "stepped up")."""
PLEDGE_NOUNS = word_class("pledge_nouns")
"""Nouns of a promise of help ("pledge", "commitment"): raised, they are a new commitment (AGREE)."""
GIVEN_AID_NOUNS = word_class("given_aid_nouns")
"""Nouns of help given in any story ("aid", "assistance", "donations"): raised, more aid (AID)."""
DISASTER_AID_NOUNS = word_class("disaster_aid_nouns")
"""Nouns that are help given only where the story tells aid or a disaster ("contribution", "funding")."""
AID_CONTAINERS = word_class("aid_containers")
"""Nouns that hold aid when a noun of aid modifies them ("aid package")."""
DISASTER_NOUNS = word_class("disaster_nouns")
"""Nouns of a disaster that strikes a state ("earthquake", "floods", "cyclone")."""
RELIEF_CONTEXT = word_class("relief_context_words") | DISASTER_NOUNS
"""Words that make a story one of aid or a disaster ("relief", "victims", "earthquake")."""
AID_MODES = word_map("aid_mode_modifiers", "event_words")
"""The mode a modifier gives aid ("military aid" military, "economic assistance" economic)."""
HELD_DEPS = frozenset({"dobj", "nsubjpass"})
"""How a verb holds the amount it changes: its object, or a passive's subject."""
RECIPIENT_PREPS = frozenset({"for", "to", "in"})
"""Prepositions under an aid noun whose phrase names whom it is for ("aid for Sudan", "victims in Pakistan")."""
DEFAULT_MODE = "humanitarian"
STRUCK_PREPS = frozenset({"in", "of", "through", "across", "on", "off"})
"""Prepositions of where a disaster struck ("floods [in] Pakistan", "tore [through] Fiji")."""


def _raised_noun(verb: Token) -> Token | None:
    """The noun a verb of raising raises: its object or passive subject, or, when that is the amount added, the
    object of its "to" phrase ("added $5 million to [its aid]")."""
    held = [c for c in verb.children if c.dep_ in HELD_DEPS]
    if held and not amount_noun(held[0]) and held[0].pos_ != "NUM":
        return held[0]
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and not amount_noun(g) and g.pos_ != "NUM"), None)


def _words(noun: Token) -> set[str]:
    return {noun.lower_, noun.lemma_.lower()}


def _tells_relief(doc: Doc) -> bool:
    """Whether a story tells aid, relief or a disaster (any word of ``RELIEF_CONTEXT``)."""
    return any(t.lower_ in RELIEF_CONTEXT or t.lemma_.lower() in RELIEF_CONTEXT for t in doc)


def _aid_kind(noun: Token) -> str | None:
    """ "AGREE" for a pledge noun, "AID" for a noun of aid given, else None."""
    if _words(noun) & PLEDGE_NOUNS:
        return "AGREE"
    if _words(noun) & GIVEN_AID_NOUNS:
        return "AID"
    if _words(noun) & DISASTER_AID_NOUNS and _tells_relief(noun.doc):
        return "AID"
    if _words(noun) & AID_CONTAINERS and any(
            c.dep_ in ("compound", "amod") and _words(c) & GIVEN_AID_NOUNS for c in noun.children):
        return "AID"
    return None


def _raised_aid(verb: Token) -> tuple[Token, str] | None:
    """The noun of aid or pledge a verb of raising raises, with its kind ("AGREE" or "AID"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RAISING_LEMMAS:
        return None
    noun = _raised_noun(verb)
    if noun is None or (kind := _aid_kind(noun)) is None:
        return None
    return noun, kind


def aid_amount(verb: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of an amount of aid or a pledge a verb raises ("doubled its pledge": AGREE, no mode;
    "increased its humanitarian aid": AID humanitarian), else None."""
    if (raised := _raised_aid(verb)) is None:
        return None
    noun, kind = raised
    LOGGER.debug("aid amount raised: %s %r on %r", kind, noun.text, verb.text)
    if kind == "AGREE":
        return kind, None
    modes = [AID_MODES[m] for c in noun.children if c.dep_ in ("amod", "compound")
             for m in _words(c) if m in AID_MODES]
    return kind, modes[0] if modes else DEFAULT_MODE


def raised_aid_noun(verb: Token) -> Token | None:
    """The noun of aid or pledge a verb of raising raises (``aid_amount`` holds), else None."""
    return raised[0] if (raised := _raised_aid(verb)) is not None else None


def recipient_words(noun: Token) -> list[Token]:
    """The words under an aid noun's "for", "to" and "in" phrases that name a state or a people: whom the aid is for
    ("its aid for [Sudan]", "its contribution for flood victims in [Pakistan]", "its pledge for [Haitian] victims")."""
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
            for t in c.subtree if t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN"]


def _disaster(tok: Token) -> bool:
    return tok.lemma_.lower() in DISASTER_NOUNS or tok.lower_ in DISASTER_NOUNS


def _struck_words(tok: Token) -> list[Token]:
    """The words naming where a disaster told by ``tok`` struck: a disaster noun's possessor or modifier and its
    "in" phrase ("[Nepal]'s earthquake", "the floods in [Pakistan]"), or the object and place phrases of a verb whose
    subject is a disaster ("a cyclone tore through [Fiji]", "the quake struck [Peru]")."""
    if tok.pos_ in ("NOUN", "PROPN") and _disaster(tok):
        heads = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
        return heads + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS for g in c.subtree]
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and _disaster(c) for c in tok.children):
        return [g for c in tok.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in STRUCK_PREPS
                for g in c.subtree]
    return []


def stricken_states(doc: Doc, end: int) -> set[str]:
    """The codes of the states a disaster told before token ``end`` struck (``_struck_words``)."""
    return {code for tok in doc[:end] for w in _struck_words(tok)
            if w.ent_type_ in ("GPE", "NORP") and (code := state_code(w.text)) is not None}


def pledged_help(verb: Token) -> bool:
    """Whether a verb pledges a sum or aid: "pledged $5 million", "promised 3 million euros in emergency aid",
    "offered emergency assistance"; not a pledge to do something else ("promised a fair vote")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLEDGING_LEMMAS:
        return False
    return any(amount_noun(o) or o.pos_ == "NUM" or _aid_kind(o) == "AID" for o in verb.children if o.dep_ == "dobj")
