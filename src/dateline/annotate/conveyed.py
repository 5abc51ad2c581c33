"""Tell a verb of passing on that only carries a message: "extended an apology to X", "offered condolences", "conveyed
its thanks", "extended an invitation".

A support verb with a message noun for its object tells no act of its own: no aid is extended, nothing offered is
promised. The noun is the act, of its own type where it has one (an apology a concession, condolences, thanks and
congratulations support: OUTPUT.md section 5, GUIDE.md in data/events), and an invitation is no event at all. The
learned decision, which knows "extended a loan" and "offered troops", may read aid or a commitment in the verb;
``events.find_events`` drops a trigger ``conveys_message`` names before it reads the others, so that the noun is not
taken for the verb's own object.

A message noun that is the label a remark or a gesture is read "as" ("a remark the host took as an apology", "a
gesture seen as a welcome") is a reading of another act, no message passed on (``read_as_message``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

CONVEYING_LEMMAS = word_class("courtesy_verbs")
"""Verbs of passing a message on ("extend", "convey", "offer")."""
CONVEYED_MESSAGES = word_class("conveyed_messages")
"""Messages a verb of passing on carries ("apology", "condolences", "invitation"): the noun is the act, if any."""
CARRIED_DEPS = frozenset({"dobj", "nsubjpass"})
"""Relations under which a verb holds what it passes on ("extended [an apology]", "[thanks] were conveyed")."""


def conveys_message(verb: Token) -> Token | None:
    """The message noun a verb of passing on carries ("extended an [apology] to Tokyo"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONVEYING_LEMMAS:
        return None
    carried = [c for c in verb.children if c.dep_ in CARRIED_DEPS]
    carried += [k for c in carried for k in c.conjuncts]
    return next((c for c in carried if c.lemma_.lower() in CONVEYED_MESSAGES or c.lower_ in CONVEYED_MESSAGES), None)


def read_as_message(noun: Token) -> bool:
    """Whether a message noun is what something is read "as" ("a remark Lima interprets as an [apology]")."""
    if noun.lemma_.lower() not in CONVEYED_MESSAGES and noun.lower_ not in CONVEYED_MESSAGES:
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ in ("VERB", "AUX")
