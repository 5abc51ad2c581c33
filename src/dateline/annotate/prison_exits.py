"""Tell a prisoner's way out of prison: "A walked out of Callao prison last December", "the blogger was let out of
jail", "B left prison on Friday" and "C walked free from the detention centre" are RETREAT release of the one who left
(GUIDE.md: "let out of jail", "walked out of the detention centre"), whatever the learned decision makes of a verb of
motion (often nothing).

So is a release a verb brings about: "the president ordered the release of A", "the envoy secured the freeing of the
crew" (GUIDE.md: a release ordered is RETREAT release), which the learned decision may miss on its noun.

So is bail or parole granted: "a judge granted A bail", "B was granted parole", "granted bail to C" (GUIDE.md: bail and
parole are RETREAT release, the court its source), which the learned decision reads as nothing or as aid.

``prison_exit``, ``release_brought_about`` and ``bail_granted`` are read by ``constructions._constructions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import word_class

EXIT_LEMMAS = word_class("exit_lemmas")
"""Verbs of going or being let out of a place ("walk", "leave", "let")."""
PRISON_NOUNS = word_class("prison_nouns")
"""Places of detention ("prison", "jail", "custody"), also as a compound ("the detention centre")."""
CAPTIVES = word_class("captives")
"""People held who may be released ("prisoners", "hostages", "detainees")."""


def _places_left(verb: Token) -> list[Token]:
    """The places a verb of motion leaves: its object ("left prison"), "out of" a place, or "from" a place, on the verb
    or on its "free" ("walked free from the detention centre")."""
    places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "leave"]
    for head in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "advmod") and c.lower_ == "free")):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ == "from":
                places += [g for g in prep.children if g.dep_ == "pobj"]
            elif prep.lower_ == "out":
                places += [g for p in prep.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]
    return places


def _a_prison(noun: Token) -> bool:
    """Whether a noun names a place of detention ("prison", "San Pedro jail", "the detention centre")."""
    return noun.lemma_.lower() in PRISON_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in PRISON_NOUNS for c in noun.children)


def prison_exit(verb: Token) -> bool:
    """Whether a verb tells its subject going or let out of detention: "walked out of prison", "was let out of jail",
    "left custody"; not "walked out of the meeting" nor "left the prison gate" said of no one's release."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXIT_LEMMAS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(_a_prison(p) for p in _places_left(verb))


SECURING_LEMMAS = word_class("securing_lemmas")
"""Verbs that bring a release about ("ordered", "secured", "won" the release of A), unlike verbs that only ask for it
("demanded", "called for": REQUEST)."""
RELEASE_NOUNS = word_class("release_nouns")
"""Nouns of a release from detention ("release", "freeing")."""


def release_brought_about(noun: Token) -> bool:
    """Whether a release noun is one its verb brings about: "ordered the release of A", "secured the freeing of the
    crew"; not "demanded the release of A" nor "the release of the report"-like objects with no "of" phrase."""
    if noun.pos_ != "NOUN" or noun.lower_ not in RELEASE_NOUNS or noun.dep_ != "dobj":
        return False
    if noun.head.pos_ != "VERB" or noun.head.lemma_.lower() not in SECURING_LEMMAS:
        return False
    freed = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.pos_ == "PROPN" or g.lemma_.lower() in CAPTIVES for g in freed)


BAIL_NOUNS = word_class("bail_nouns")
"""What a court grants to let a detainee out ("bail", "parole")."""
GRANTING_BAIL_LEMMAS = word_class("bail_granting_lemmas")
"""Verbs that grant it ("grant", "give")."""


def bail_granted(verb: Token) -> bool:
    """Whether a verb grants someone bail or parole: "the court granted A bail", "B was granted bail on Friday"; not
    "denied bail" (a refusal: the lexicon's REJECT) nor a grant of something else ("granted him asylum")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GRANTING_BAIL_LEMMAS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in BAIL_NOUNS for c in verb.children)
