"""Tell the event words whose complement makes them an everyday act, not an event: releasing a report, committing
suicide, calling an ambulance, taking a look, letting someone know, doing a good job, executing a warrant.

The verb's lexicon entry or the learned model may see a release, a commitment or a summons in such words; the
complement says otherwise (issue 12: real pages' figurative and everyday senses). Data: ``idle_object_verb`` maps a
verb's lemma to the class of complements that void it (``annotate_words.tsv``); ``events.find_events`` skips a
trigger ``idle_object`` names a complement for.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

IDLE_VERBS = word_map("idle_object_verb", "annotate_words")
"""Verb lemma -> the class of complements that make it an everyday act ("release" -> ``published_thing``)."""
PUBLISHED_THINGS = word_class("published_thing", "annotate_words")
PRIVATE_DEEDS = word_class("private_deed", "annotate_words")
SUMMONED_HELP = word_class("summoned_help", "annotate_words")
PASSING_ACTS = word_class("passing_act", "annotate_words")
PERCEPTION_VERBS = word_class("perception_verb", "annotate_words")
ROUTINE_TASKS = word_class("routine_task", "annotate_words")
CARRIED_OUT_THINGS = word_class("carried_out_thing", "annotate_words")
OBJECT_CLASSES = {"published_thing": PUBLISHED_THINGS, "private_deed": PRIVATE_DEEDS, "summoned_help": SUMMONED_HELP,
                  "passing_act": PASSING_ACTS, "perception_verb": PERCEPTION_VERBS, "routine_task": ROUTINE_TASKS,
                  "carried_out_thing": CARRIED_OUT_THINGS}
"""Each complement class ``IDLE_VERBS`` names, as its words."""

COMPLEMENT_DEPS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp"})
"""Relations under which a verb holds what it acts on ("released [a report]", "[a video] was released", "let me
[know]")."""


def idle_object(tok: Token) -> Token | None:
    """The complement that makes ``tok`` an everyday act, not an event, or None.

    A verb looks at its object, passive subject and clausal complement; a noun ("the release of the footage") at its
    "of" object; a word that is itself such a complement ("took a [look]") is its own.
    """
    if _held_idly(tok):
        return tok
    cls = IDLE_VERBS.get(tok.lemma_.lower())
    if cls is None:
        return None
    words = OBJECT_CLASSES[cls]
    if tok.pos_ in ("NOUN", "PROPN"):
        heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    else:
        heads = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS]
    return next((h for h in heads if h.lemma_.lower() in words or h.lower_ in words), None)


def _held_idly(tok: Token) -> bool:
    """Whether ``tok`` is itself the everyday complement of its verb ("took a [look] at the plan")."""
    cls = IDLE_VERBS.get(tok.head.lemma_.lower()) if tok.dep_ in COMPLEMENT_DEPS else None
    return cls is not None and (tok.lemma_.lower() in OBJECT_CLASSES[cls] or tok.lower_ in OBJECT_CLASSES[cls])
