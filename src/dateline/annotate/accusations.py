"""Keep the accusations whose accuser goes untold but whose accused is named, and read the critics a "from" phrase
names.

GUIDE.md codes a legal charge, a lawsuit and criticism as ACCUSE. A speech act needs its source (``events._complete``)
unless the text names only the one it befalls; an agentless passive ("A was charged with fraud") is one such telling,
and so are these:

* a verb coordinated with a passive one and sharing it: "A was arrested on Monday and [charged] with fraud";
* a charge brought by a state's organ named without its state: "Police arrested A and [charged] him with arson",
  "Prosecutors [indicted] B on Tuesday" (the organ acts for a state the text may not tell; ``organs`` gives it when
  it can);
* criticism the subject comes under or faces: "A came under fire from Democrats", "A faced criticism over the plan".

A criticism noun the subject faces, draws or receives is aimed at the subject, and its "from" phrase names the
critics: "A faced criticism from the United States" is ACCUSE from the United States to A (``_role_criticism_from``).

``accuser_untold`` is read by ``events._complete``, and ``_role_criticism_from`` is one of ``events.ROLE_PASSES``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader, is_passive
from dateline.annotate.clauses import CHARGING_LEMMAS, STATE_ORGANS
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of, verb_doers
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

ORGAN_ACCUSING_LEMMAS = CHARGING_LEMMAS | {"accuse"}
"""Verbs by which a state's organ accuses someone ("charged him with arson", "indicted B", "accused him of spying")."""
UNDERGONE_CRITICISM_LEMMAS = word_class("undergone_criticism_lemmas")
"""Verbs whose subject undergoes the criticism noun they take as object ("faced criticism", "drew condemnation")."""
CRITIC_PREPS = frozenset({"from"})
"""The preposition of the critics of a criticism undergone ("faced criticism from the United States")."""


def shares_passive(verb: Token) -> bool:
    """Whether a verb with no subject of its own is coordinated with a passive one, so is passive too: "A was arrested
    on Monday and [charged] with fraud" (the parser hangs the auxiliary and the subject on the first verb)."""
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ == "VBN" and is_passive(verb.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def charged_by_unnamed_organ(verb: Token) -> bool:
    """Whether a verb of charging is done by a state's organ named by its kind alone ("Police arrested A and [charged]
    him", "Prosecutors [indicted] B", "Authorities [accused] C of spying"): the organ acts for a state, whether or not
    the text tells which; a verb coordinated with another shares its doer."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ORGAN_ACCUSING_LEMMAS or is_passive(verb):
        return False
    doers = verb_doers(verb)
    if not doers and verb.dep_ == "conj":
        doers = verb_doers(verb.head)
    return any((d.lower_ in STATE_ORGANS or d.lemma_.lower() in STATE_ORGANS) and not d.ent_type_ for d in doers)


def criticism_faced(noun: Token) -> Token | None:
    """The verb by which its subject undergoes a criticism noun ("A [faced] criticism", "B [drew] sharp condemnation"),
    or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in UNDERGONE_CRITICISM_LEMMAS or is_passive(verb):
        return None
    return verb


def accuser_untold(trig: Trigger) -> bool:
    """Whether an act names only the one it befalls, in a telling that leaves its doer out by design (the module's
    list): a verb sharing a passive, a charge by an unnamed state organ, criticism undergone by the subject."""
    tok = trig.token
    if not trig.nominal and shares_passive(tok):
        return True
    if trig.type != "ACCUSE":
        return False
    if trig.entry_id == "construction.under_criticism":
        return True
    return criticism_faced(tok) is not None if trig.nominal else charged_by_unnamed_organ(tok)


def _role_criticism_from(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Criticism a subject faces, draws or receives "from" someone is theirs ("A faced criticism from the United
    States", "B drew condemnation from Madrid"): the critics are the source, the subject the target."""
    tok = trig.token
    verb = criticism_faced(tok) if trig.type == "ACCUSE" and trig.nominal else None
    if verb is None:
        return
    subjects = [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    critics = [a for node in (tok, verb) for c in node.children if c.dep_ == "prep" and c.lower_ in CRITIC_PREPS
               for g in c.children if g.dep_ == "pobj" for a in reader.actor(g) if a not in subjects]
    if not subjects or not critics:
        return
    LOGGER.debug("criticism from: %s on %s in %r", critics, subjects, sentence_of(tok).text)
    args.source = critics
    args.target = subjects + [t for t in args.target if t not in subjects and t not in critics]
    args.participants = [p for p in args.participants if p not in critics and p not in subjects]
