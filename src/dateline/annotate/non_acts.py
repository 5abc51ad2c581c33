"""Tell the event words that report no act of their own: an act told only as the circumstance of another that did not
happen ("the deadline passed without Nairobi recalling its envoy"), a non-committal answer ("neither confirmed nor
denied", "declined to comment"), and a count of an act the text has told ("It was the second time in a month that
Lusaka had summoned a Malawian diplomat").

OUTPUT.md section 5 keeps a negated event that the text reports as such ("the president did not attend the summit",
modality ``negated``). A "without"-gerund only describes how another act went: the ultimatum lapsed, the talks
ended; no act of its own is reported, neither done nor refused (issue 12, unseen-errors family E: eventhood). A
denial paired with a confirmation, or a refusal to comment, answers nothing: no claim is rejected and no request
refused. A cleft that counts an act ("It was the second time that ...") ranks the act the text has just reported
among earlier ones; read as a new event it comes out with a vaguer date ("this year") or other actors, a second event
where there is one (unseen-errors family I: individuation).

An act whose date "has yet to be fixed" is hypothetical, like a wish or an invitation (``unscheduled``).

``non_act`` and ``unscheduled`` are read by ``events.find_events``, which skips the triggers they name.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

COMMENT_LEMMAS = word_class("comment_lemmas")
"""Verbs of answering a question about a claim ("confirm", "deny", "comment"): declined or paired, they answer
nothing."""
REFUSING_LEMMAS = word_class("refusing_lemmas")
"""Verbs whose "to"-complement is the act refused ("declined to comment")."""
CIRCUMSTANCE_PREPS = frozenset({"without"})
"""Prepositions whose gerund tells an act that did not happen, as a circumstance of another."""
COUNTED_NOUNS = frozenset({"time", "occasion"})
"""Nouns by which a cleft counts an act ("the third time that ...")."""
SCHEDULE_NOUNS = word_class("schedule_nouns")
"""Nouns of the time fixed for an act ("date", "timetable")."""
SCHEDULING_LEMMAS = word_class("scheduling_lemmas")
"""Verbs that fix such a time ("set", "fix", "announce")."""
UNREALISED_MOODS = frozenset({"planned", "negated"})
"""Modalities of an act that an unset date leaves hypothetical ("will sign ..., although its date is not fixed")."""
EXPLETIVE_SUBJECTS = frozenset({"it", "this", "that"})
"""Subjects of a cleft that only introduce what the clause counts ("[It] was the second time that ...")."""


def non_act(tok: Token) -> str | None:
    """Why the event word ``tok`` names no act (a short reason for the debug log), or None when it may."""
    if _circumstance(tok):
        return "a circumstance that did not happen"
    if _noncommittal(tok):
        return "a non-committal answer"
    if _counted_again(tok):
        return "a count of an act already told"
    return None


def _circumstance(tok: Token) -> bool:
    """Whether ``tok`` is the gerund of a "without" phrase: "ended without agreeing a truce", "lapsed without Nairobi
    expelling anyone". A noun there ("passed without major clashes") stays a negated event of its own (GUIDE.md in
    data/events: "without major clashes" for a stated day is ``negated``)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("pcomp", "pobj"):
        return False
    # "without Nairobi recalling its envoy": the gerund with a subject of its own may hang one level lower
    prep = tok.head.head if tok.head.dep_ in ("pobj", "pcomp") else tok.head
    return prep.lower_ in CIRCUMSTANCE_PREPS


def _noncommittal(tok: Token) -> bool:
    """Whether ``tok`` answers nothing: a comment verb coordinated with another ("neither confirmed nor denied",
    "would not confirm or deny"), or a refusal whose "to"-complement is one ("declined to comment")."""
    lemma = tok.lemma_.lower()
    if lemma in COMMENT_LEMMAS:
        paired = [tok.head] if tok.dep_ == "conj" else []
        paired += [c for c in tok.children if c.dep_ == "conj"]
        if any(p.lemma_.lower() in COMMENT_LEMMAS and p.lemma_.lower() != lemma for p in paired):
            return True
    if lemma in REFUSING_LEMMAS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_LEMMAS for c in tok.children)
    return False


def _counted_again(tok: Token) -> bool:
    """Whether ``tok`` sits in the clause a cleft counts: "It was the second time in a month that Lusaka had
    [summoned] a Malawian diplomat", "This was the first occasion on which the two leaders [met] abroad"."""
    for node in (tok, *tok.ancestors):
        if node.dep_ != "relcl":
            continue
        noun = node.head
        ranked = any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children)
        copula = noun.head if noun.dep_ == "attr" and noun.head.lemma_ == "be" else None
        return noun.lemma_.lower() in COUNTED_NOUNS and ranked and copula is not None and any(
            c.dep_ == "nsubj" and c.lower_ in EXPLETIVE_SUBJECTS for c in copula.children)
    return False


def _unset_date(verb: Token) -> bool:
    """Whether ``verb`` says that no time has been fixed: "no date was set", "the date has not been fixed", "a date
    has yet to be announced"."""
    if verb.lemma_.lower() not in SCHEDULING_LEMMAS:
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "has yet to be fixed": the subject sits on "has"
    noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lemma_.lower() in SCHEDULE_NOUNS), None)
    if noun is None:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
        or any(c.dep_ == "neg" for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in clause.children)


UNSET_DATES_KEY = "dateline.unset_dates"


def _unset_dates(sentence: Span) -> list[Token]:
    """The verbs of a sentence that say no time is fixed (``_unset_date``), read once per sentence: the indexes are
    kept on the document by sentence start, for its other events (one walk over the sentence per event was most
    of ``unscheduled``)."""
    doc = sentence.doc
    kept: dict[int, list[int]] = doc.user_data.setdefault(UNSET_DATES_KEY, {})
    found = kept.get(sentence.start)
    if found is None:
        found = kept[sentence.start] = [verb.i for verb in sentence if _unset_date(verb)]
    return [doc[i] for i in found]


def unscheduled(tok: Token, mood: str | None) -> bool:
    """Whether the sentence of ``tok`` says that no date is fixed for it (GUIDE.md in data/events: an unset date is
    ``hypothetical``): the act named in the unset date's clause ("no date was set for [the signing]"), or an act of
    the sentence still to come or refused ("will sign once the border is marked, although no date is fixed"). An act
    told as done beside it ("met on Monday; a date for their next encounter is not fixed") stays."""
    sentence = sentence_of(tok)  # ``Token.sent`` walks the document each time it is read
    for verb in _unset_dates(sentence):
        if tok.i in {t.i for t in verb.subtree} or mood in UNREALISED_MOODS:
            LOGGER.debug("no date set for %r in %r", tok.text, sentence.text)
            return True
    return False
