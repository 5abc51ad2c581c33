"""Tell the moves of a reshuffle: "moved X from energy to the finance portfolio", "X was shifted to justice", "dropped
Interior Minister X", and the reshuffle itself ("reshuffled her cabinet").

GUIDE.md codes a reshuffle as APPOINT on "reshuffled" (the reshuffler the source, the cabinet the target) and an
APPOINT or DISMISS on each move: a person moved to a post takes it up (APPOINT), a minister dropped leaves (DISMISS).
No trigger word carries them: "moved" and "shifted" are as often troops or offices moved (the learned decision reads a
person moved as one removed), "dropped" as often charges (a concession) or a plan, and the learned decision reads the
reshuffler of "reshuffled her cabinet" as the one dismissed. ``constructions`` finds them here
(``construction.moved_to_post``, ``construction.dropped_from_post``, ``construction.reshuffled``), and
``_role_reshuffler`` (a pass of ``events.ROLE_PASSES``) keeps the reshuffler the source of the reshuffle, and
``departure_told_apart`` keeps a succession from telling again a departure its own clause tells ("succeeding X, who
resigned last week"). A move
with no post ("moved the prisoner to a jail", "moved two brigades to the border"), charges dropped, and a reshuffle of
anything but a government ("reshuffled the squad") are none of these.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.approvals import CABINET_NOUNS
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import names_person, title_heads
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

MOVING_LEMMAS = word_class("post_moving_lemmas")
"""Verbs that move a person from one post to another ("moved", "shifted", "switched", "transferred")."""
PORTFOLIO_WORDS = word_class("portfolio_words")
"""Words that name a post a person is moved to: the post itself ("portfolio", "ministry", "post") and the fields of
ministries a reshuffle names bare ("moved X to justice", "from energy to taxation")."""
DROPPING_LEMMAS = word_class("post_dropping_lemmas")
"""Verbs that drop a named person from a government ("dropped", "axed")."""
RESHUFFLING_LEMMAS = word_class("reshuffling_lemmas")
"""Verbs of a reshuffle of a government ("reshuffled", "revamped", "overhauled")."""
SUCCEEDING_LEMMAS = frozenset({"succeed", "replace"})
"""Verbs of taking another's place, whose object leaves the post ("succeeding X")."""
DEPARTING_LEMMAS = word_class("departing_lemmas")
"""Verbs by which the one replaced leaves the post in a clause of their own ("X, who resigned last week")."""
MOVED_DEPS = frozenset({"dobj", "nsubjpass"})
"""Relations of the one a verb moves or drops (active object, passive subject)."""


def _names_a_post(noun: Token) -> bool:
    """Whether a noun, or a word compounded with it, names a post or a ministry's field ("the finance portfolio",
    "justice", "the foreign ministry", "ambassador")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in PORTFOLIO_WORDS or w.lower_ in PORTFOLIO_WORDS for w in words) or (
        noun.lower_ in title_heads())


def moved_to_post(verb: Token) -> bool:
    """Whether a verb moves a named person to a post: "moved X from the energy ministry to finance", "X was shifted to
    the justice portfolio" (the parser may hang the "to" phrase on the person or on the "from" phrase)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MOVING_LEMMAS:
        return False
    moved = [c for c in verb.children if c.dep_ in MOVED_DEPS and names_person(c)]
    if not moved:
        return False
    holders = [verb, *moved, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                               for g in c.children if g.dep_ == "pobj")]
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and _names_a_post(g) for g in c.children)
           for h in holders for c in h.children):
        return True
    # "moved X from the energy ministry to finance": the parser may read "to finance" as an infinitive
    return any(c.dep_ in ("advcl", "xcomp") and c.lower_ in PORTFOLIO_WORDS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def dropped_from_post(verb: Token) -> bool:
    """Whether a verb drops a named person ("dropped Interior Minister X", "X was axed"); not charges, a plan or a
    claim dropped."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in DROPPING_LEMMAS and any(
        c.dep_ in MOVED_DEPS and names_person(c) for c in verb.children)


def reshuffled_government(verb: Token) -> Token | None:
    """The government a verb of reshuffling reshapes ("reshuffled her cabinet": "cabinet"); None for another verb or
    object ("reshuffled the squad")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESHUFFLING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ in MOVED_DEPS and c.lemma_.lower() in CABINET_NOUNS), None)


def _role_reshuffler(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The one who reshuffles a government is the source of the reshuffle, never the one it befalls: "Chancellor X
    reshuffled her cabinet" has X for source and her cabinet for target."""
    if trig.entry_id != "construction.reshuffled" or (cabinet := reshuffled_government(trig.token)) is None:
        return
    doers = [a for c in trig.token.children if c.dep_ in ("nsubj", "agent")
             for a in reader.actor(next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c)]
    if not doers:
        return
    LOGGER.debug("reshuffler: %s for %r", doers, trig.token.text)
    args.source = list(dict.fromkeys(doers))
    args.target = [a for a in reader.actor(cabinet) if a not in args.source]


def departure_told_apart(verb: Token, types: Mapping[int, str]) -> bool:
    """Whether the one a verb of succession replaces leaves the post by a verb of their own in a relative clause
    ("succeeding Tom Hale, who resigned last week") that tells the departure as an event (``types``: the text's
    trigger types by token index): that verb tells it, with its own time, and the succession tells the successor's half
    alone (GUIDE.md: when the dismissal has its own word, the handover verb takes the other half)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUCCEEDING_LEMMAS:
        return False
    replaced = [c for c in verb.children if c.dep_ == "dobj"]
    replaced += [a for c in replaced for a in c.children if a.dep_ == "appos"]
    return any(c.dep_ == "relcl" and c.lemma_.lower() in DEPARTING_LEMMAS and types.get(c.i) == "DISMISS"
               for r in replaced for c in r.children)
