"""Tell a verb of passing on that only carries a message: "extended an apology to X", "offered condolences", "conveyed
its thanks", "extended an invitation"; and a verb of accepting that only carries another's act: "accepted the
resignation of X".

A support verb with a message noun for its object tells no act of its own: no aid is extended, nothing offered is
promised. The noun is the act, of its own type where it has one (an apology a concession, condolences, thanks and
congratulations support: OUTPUT.md section 5, GUIDE.md in data/events), and an invitation is no event at all. The
learned decision, which knows "extended a loan" and "offered troops", may read aid or a commitment in the verb;
``events.find_events`` drops a trigger ``conveys_message`` names before it reads the others, so that the noun is not
taken for the verb's own object.

A verb of accepting with another's act for its object ("the president accepted the resignation of his minister",
"accepted the surrender of the garrison") tells that act, told by its noun (GUIDE.md in data/events: DISMISS
``resign`` on "resignation", the one accepting it the source; "accepted" no event): the acceptance is no agreement
and no concession of its own (``carries_anothers_act``, dropped with the message carriers). "Refused to accept the
resignation" is a refusal, told by "refused".

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
ACCEPTING_LEMMAS = frozenset({"accept"})
"""Verbs that answer another's act by taking it up ("accepted the resignation")."""
ACCEPTED_ACTS = word_class("accepted_acts")
"""Another's acts a verb of accepting takes up, told by their own noun ("resignation", "surrender")."""
CARRIED_DEPS = frozenset({"dobj", "nsubjpass"})
"""Relations under which a verb holds what it passes on ("extended [an apology]", "[thanks] were conveyed")."""


def conveys_message(verb: Token) -> Token | None:
    """The message noun a verb of passing on carries ("extended an [apology] to Tokyo"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CONVEYING_LEMMAS:
        return None
    carried = [c for c in verb.children if c.dep_ in CARRIED_DEPS]
    carried += [k for c in carried for k in c.conjuncts]
    return next((c for c in carried if c.lemma_.lower() in CONVEYED_MESSAGES or c.lower_ in CONVEYED_MESSAGES), None)


def carries_anothers_act(verb: Token) -> Token | None:
    """The act noun of another's that a verb of accepting takes up ("accepted the [resignation] of X"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ACCEPTING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ in CARRIED_DEPS
                 and (c.lemma_.lower() in ACCEPTED_ACTS or c.lower_ in ACCEPTED_ACTS)
                 and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)), None)


def read_as_message(noun: Token) -> bool:
    """Whether a message noun is what something is read "as" ("a remark Lima interprets as an [apology]")."""
    if noun.lemma_.lower() not in CONVEYED_MESSAGES and noun.lower_ not in CONVEYED_MESSAGES:
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ in ("VERB", "AUX")
