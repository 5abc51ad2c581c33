"""Tell a plea in court: "A pleaded guilty on Monday to fraud" admits the charge, CONCEDE (GUIDE.md: an admission of
wrongdoing is CONCEDE); "the two bankers pleaded not guilty", "she pleaded innocent", "entered a plea of not guilty"
deny it, REJECT (GUIDE.md: "denies the charges" is REJECT). The verb "plead" is a request in the CAMEO dictionary and
the trigger lexicon ("pleaded with the rebels to free the hostages"), and the learned decision reads a plea in court
the same way; a plea's word after it (an adjective, or "no contest") tells the court's sense.

The court's answer to a plea may be told the same way: "A was cleared of all charges", "the court cleared B of the
allegations" is an acquittal, CONCEDE in the accused's favour (GUIDE.md: an acquittal is CONCEDE), which the learned
decision reads as nothing ("clear" has no event sense in CAMEO).

``plea`` and ``cleared_of_charges`` are read by ``constructions._constructions``, which gives the event the verb's own
modality ("is expected to plead guilty" stays unasserted).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

ADMITTING_PLEAS = word_class("admitting_pleas")
"""Words of a plea that admits the charge ("guilty", "contest" of "no contest")."""
DENYING_PLEAS = word_class("denying_pleas")
"""Words of a plea that denies it ("innocent"); "not guilty" is an admitting word negated."""
PLEA_VERBS = frozenset({"plead"})
"""Verbs that enter a plea themselves ("pleaded guilty")."""
ENTERING_LEMMAS = frozenset({"enter", "lodge", "file"})
"""Verbs that enter a plea told by its noun ("entered a plea of not guilty", "entered a guilty plea")."""
PLEA_NOUNS = frozenset({"plea"})


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "not" for c in word.children)


def _told_after(verb: Token) -> str | None:
    """The plea told by the words right after "plead": "guilty" (CONCEDE), "not guilty" or "innocent" (REJECT), "no
    contest" (CONCEDE). Read in word order, as the parser may hang "guilty" on a bare weekday ("pleaded guilty
    Monday")."""
    doc = verb.doc
    words = [t.lower_ for t in doc[verb.i + 1: verb.i + 3]]
    if not words:
        return None
    if words[0] in ADMITTING_PLEAS and words[0] != "contest":
        return "CONCEDE"
    if words[0] in DENYING_PLEAS:
        return "REJECT"
    if len(words) == 2 and words[0] == "not" and words[1] in ADMITTING_PLEAS and words[1] != "contest":
        return "REJECT"
    if words == ["no", "contest"]:
        return "CONCEDE"
    return None


def _kind(word: Token) -> str | None:
    """CONCEDE or REJECT for the word of a plea's noun ("a guilty plea", "a plea of not guilty"), else None."""
    low = word.lower_
    if low in ADMITTING_PLEAS and low != "contest":
        return "REJECT" if _negated(word) else "CONCEDE"
    if low in DENYING_PLEAS:
        return None if _negated(word) else "REJECT"
    return None


def _plea_words(verb: Token) -> list[Token]:
    """The words of the plea a verb enters by its object "plea" ("entered a guilty plea", "entered a plea of not
    guilty")."""
    pleas = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PLEA_NOUNS]
    return [w for p in pleas for w in (
        *(c for c in p.children if c.dep_ in ("amod", "compound")),
        *(g for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children))]


def plea(verb: Token) -> str | None:
    """The type of the plea a verb enters in court: CONCEDE for "pleaded guilty" / "pleaded no contest" / "entered a
    guilty plea", REJECT for "pleaded not guilty" / "pleaded innocent" / "entered a plea of not guilty"; None for any
    other use ("pleaded with the rebels to free the hostages", "pleaded for calm")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in PLEA_VERBS:
        return _told_after(verb)
    if lemma not in ENTERING_LEMMAS:
        return None
    for word in _plea_words(verb):
        kind = _kind(word)
        if kind is not None:
            return kind
    return None


CLEARING_LEMMAS = frozenset({"clear", "exonerate", "absolve"})
"""Verbs that free someone of a charge ("cleared of all charges")."""
CHARGE_NOUNS = word_class("cleared_charges")
"""What one is cleared of in court ("charges", "allegations", "wrongdoing")."""


def cleared_of_charges(verb: Token) -> list[Token]:
    """The charges a verb clears someone of: "A was cleared of all [charges]", "the court cleared B of the
    [allegations]" (the "of" phrase on the verb, or on its object or the object's name, where the parser hangs it); none for "cleared the
    road of debris" or "cleared the way" (no charge named). The charges cleared are no new accusation."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLEARING_LEMMAS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *objects, *(a for o in objects for a in o.children if a.dep_ == "appos")]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CHARGE_NOUNS]
