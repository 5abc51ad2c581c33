"""A stance on a hostile act told earlier is aimed at whoever did it: "Bordurian police stormed the embassy on
Friday. ... Two neighbours condemned the raid." — the condemnation is aimed at Borduria (OUTPUT.md section 5;
unseen-errors family A: the target of a stance taken across sentences).

``events._role_judged_act_doer`` reads the doer of a judged act inside the stance's own sentence ("denounced
Borduria's crackdown", "the raid by Bordurian police"). This pass reads it across sentences, only for a definite
noun that names a hostile act and says nothing of who did it ("the raid", "the break-in, which she called a
breach"): its doers are the state-bearing sources of the latest asserted assault or coercion told before it in
the same text, told by a verb ("stormed", "raided"; a noun such as "the raid" may itself take one up).

Why hand-written: a short walk over the events of one text in reading order; the act nouns are reviewable data
(``lexicons/event_words.tsv``, class ``hostile_act_nouns``), each case an invented test in
``tests/annotate/test_judged_acts.py``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.events import JUDGED_PREPS, Found
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

HOSTILE_ACT_NOUNS = word_class("hostile_act_nouns")
"""Nouns that name a hostile act ("the raid", "the break-in", "the arrest")."""
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})
"""Types of the acts such a noun takes up."""
STANCE_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})
"""Types of a stance aimed at the doer of the act it is about."""
DEFINITE = frozenset({"the", "this", "that"})


def aim_at_earlier_doers(found: list[list[Found]], actors: Actors) -> None:
    """Give each stance on a hostile act told earlier in its text ("condemned the raid") that act's doers as
    targets, when its own sentence names no state it is aimed at; and drop the act noun that only takes that act up
    ("announced the rupture within hours of the raid": no second raid, and not by the one who announced)."""
    for ui, items in enumerate(found):
        doers: list[str] = []
        kept: list[Found] = []
        for item in sorted(items, key=lambda f: f.trigger.token.i):
            args = item.args
            if (item.trigger.type in HOSTILE_TYPES and item.trigger.nominal and doers
                    and _takes_up_act(item.trigger.token) and not _own_time(item.trigger.token)):
                LOGGER.debug("judged-act rule: %r takes up an act told before", item.trigger.token.text)
                continue
            kept.append(item)
            if (item.trigger.type in STANCE_TYPES and doers and not item.trigger.nominal
                    and not any(actors.country_of(t) for t in args.target)
                    and any(_takes_up_act(n) for n in _judged(item.trigger.token))):
                new = [d for d in doers if d not in args.actors()]
                if new:
                    LOGGER.debug("judged-act rule: %r is aimed at %s", item.trigger.token.sent.text, new)
                    args.target += new
            if item.trigger.type in HOSTILE_TYPES and item.modality == "asserted" and not item.trigger.nominal:
                stated = [a for a in item.args.source if actors.country_of(a)]
                if stated:
                    doers = stated
        found[ui] = kept


def _judged(verb: Token) -> list[Token]:
    """What a stance is about: its object, what it is "over" or "against", and the object a misread "called the
    raid reprehensible" hangs on the evaluation."""
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "oprd"):
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in JUDGED_PREPS:
            nouns += [g for g in child.children if g.dep_ == "pobj"]
    return nouns


def _takes_up_act(noun: Token) -> bool:
    """Whether a noun takes up a hostile act told before: a definite act noun that names no doer ("the raid", "the
    break-in"), or "which" whose antecedent is one ("the break-in, which she described as a breach")."""
    if noun.lower_ in ("which", "that") and noun.head.dep_ == "relcl":
        noun = noun.head.head
    words = [c for c in noun.children if c.dep_ == "compound"] + [noun]
    phrase = "".join(t.text_with_ws for t in noun.doc[words[0].i: noun.i + 1]).lower().replace(" ", "")
    named = noun.lemma_.lower() in HOSTILE_ACT_NOUNS or phrase in HOSTILE_ACT_NOUNS or any(
        c.lemma_.lower() in HOSTILE_ACT_NOUNS for c in words[:-1])
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    owned = any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")) for c in noun.children)
    return named and definite and not owned


def _own_time(noun: Token) -> bool:
    """Whether an act noun carries its own time, so names another act than the one just told ("since the invasion
    began in February 2022", "the 2019 raid")."""
    scope = list(noun.subtree)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        scope += [t for c in noun.head.children if c.i != noun.i for t in c.subtree]
    return any(t.ent_type_ == "DATE" for t in scope)
