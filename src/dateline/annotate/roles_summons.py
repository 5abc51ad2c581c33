"""Repair the roles of a diplomatic act told in the passive with no agent: who summoned or expelled the envoy.

"The Russian ambassador was summoned on Wednesday" names only the envoy, whose state is the target; the state that
summoned him is the one whose foreign ministry he was summoned to ("was summoned to the Moldovan foreign ministry"),
else the state of the official who reports it ("a Moldovan spokeswoman said the ambassador had been summoned"), else
the state the story tells from or is about (``organs.story_state``). GUIDE.md: summoning an envoy is ACCUSE
disapprove, expelling one SANCTION expel; the host state acts.

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import DIPLOMATS, ArgumentReader, Arguments, is_passive
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import verb_doers
from dateline.annotate.organs import REPORTING_LEMMAS, story_state

LOGGER = logging.getLogger(__name__)

ENVOY_ACT_TYPES = frozenset({"ACCUSE", "SANCTION"})
"""Types of the acts a host state does to a foreign envoy (summoning, expelling)."""


def _envoy_subject(verb: Token) -> Token | None:
    """The envoy a passive verb's subject names ("the Russian ambassador was summoned"), else None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in DIPLOMATS), None)


def _summoning_place(verb: Token, reader: ArgumentReader, actors: Actors) -> list[str]:
    """The actors with a state of a "to" or "from" phrase of the verb: the host's ministry or the host itself ("was
    summoned [to the Moldovan foreign ministry]", "was expelled [from Moldova]")."""
    return [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from")
            for g in c.children if g.dep_ == "pobj" for e in reader.actor(g) if actors.country_of(e)]


def _speaker_states(verb: Token, reader: ArgumentReader, actors: Actors) -> list[str]:
    """The states of whoever reports the clause ("a Moldovan spokeswoman said [the envoy had been summoned]")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_LEMMAS:
        return []
    return [code for d in verb_doers(verb.head) for e in reader.actor(d) for code in [actors.country_of(e)] if code]


def _role_summoning_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An envoy summoned or expelled in the passive with no agent: the host state is the source (module docstring).
    A "to" or "from" phrase of the host the reader took for a target moves to the source."""
    verb = trig.token
    if trig.type not in ENVOY_ACT_TYPES or trig.nominal or args.source or not is_passive(verb):
        return
    if _envoy_subject(verb) is None:
        return
    targets = {actors.country_of(a) for a in args.target} - {None}
    hosts = [e for e in _summoning_place(verb, reader, actors)
             if actors.country_of(e) not in targets or e in args.target]
    if hosts:
        args.target = [a for a in args.target if a not in hosts]
        args.source = hosts[:1]
        how = "ministry"
    else:
        codes = _speaker_states(verb, reader, actors) or [
            c for c in [story_state(verb.doc, actors, reader.ui)] if c]
        codes = [c for c in codes if c not in targets]
        if not codes:
            return
        args.source = [actors.state_id(codes[0])]
        how = "speaker or story"
    LOGGER.debug("summoning state by %s: %s in %r", how, args.source, verb.sent.text)
