"""Repair the target of an accusation aimed at a vote: the state that held it.

"Opposition leader X alleged massive fraud in Sunday's runoff", "monitors criticised the conduct of the vote": the
wrong is charged to whoever ran the vote, the state holding it, whose name the vote's own words give ("Ukraine's
runoff", "the Belarusian election", "the vote in Belarus") or else the state the story tells from or is about
(``organs.story_state``). GUIDE.md: an allegation is ACCUSE allege from the speaker to the one charged.

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.event_records import Trigger
from dateline.annotate.nationality import place_phrase_country, token_modifier_country
from dateline.annotate.organs import story_state
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

VOTE_NOUNS = word_class("vote_nouns")
"""Nouns of a vote a state holds ("election", "runoff", "referendum"), not a sports contest."""
OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "nsubjpass"})
"""Dependencies on the way from an accusation's word down to what it charges ("fraud [in [the runoff]]")."""


def _vote_charged(word: Token) -> Token | None:
    """The vote an accusation's word charges, through its objects and their phrases, not its subject ("alleged fraud
    [in the runoff]", "criticised the conduct [of the vote]", "[the election] was condemned")."""
    # the parser may read "alleged" as a modifier of the wrong ("[alleged] massive fraud in the runoff")
    holders = [word, word.head] if word.dep_ == "amod" else [word]
    frontier = [c for h in holders for c in h.children if c.dep_ in OBJECT_DEPS]
    for _ in range(4):
        for tok in frontier:
            if tok.lemma_.lower() in VOTE_NOUNS or tok.lower_ in VOTE_NOUNS:
                return tok
        frontier = [c for tok in frontier for c in tok.children if c.dep_ in OBJECT_DEPS]
    return None


def _role_vote_holder(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An accusation with a source and no target that charges a vote befalls the state that held it (module
    docstring)."""
    if trig.type != "ACCUSE" or not args.source or args.target:
        return
    vote = _vote_charged(trig.token)
    if vote is None:
        return
    code = token_modifier_country(vote) or place_phrase_country(vote) or story_state(trig.token.doc, actors, reader.ui)
    if not code or code in {actors.country_of(a) for a in args.source if actors.type_of(a) == "GPE"}:
        return
    args.target = [actors.state_id(code)]
    LOGGER.debug("vote holder: %s for %r in %r", code, vote.text, trig.token.sent.text)
