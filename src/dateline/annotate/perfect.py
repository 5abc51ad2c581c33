"""Tell a present perfect that reports one recent act from one that sums up a habit or a standing state.

A wire lead in the present perfect reports an act that has just happened ("Border guards have tortured three
fishermen, a rights group said", "Hackers have defaced hundreds of ministry websites"): GUIDE.md codes it
``asserted``. The same tense summing up repeated or long-held acts ("have met twenty times since 2020", "has long
accused", "has executed dozens of people in recent years") is ``not_event``. The learned factuality, trained on a
corpus whose present perfects are mostly of the second kind, reads nearly every undated present perfect as
``not_event``; ``reported_perfect`` names the first kind by grammar, so ``events.find_triggers`` keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.arguments import LIGHT_VERBS
from dateline.annotate.nlp import own_clause
from dateline.lexicons import word_class

HABITUAL_MARKS = word_class("habitual_marks") | word_class("frequency_adverbs")
"""Words that make a present perfect a habit, a repetition or a standing state ("since", "times", "long")."""
REPORTING = word_class("reporting_lemmas")
"""Saying verbs whose complement clause reports the act ("said Lima has expelled ...")."""
PERFECT_AUX = frozenset({"has", "have"})
"""The present-tense auxiliary of a present perfect (not "had", a past before another past, nor "to have")."""
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})


def _habitual(verb: Token) -> bool:
    """Whether a verb's own clause holds a negation or a mark of a habit or a standing state."""
    return any(t.lower_ in HABITUAL_MARKS or t.lower_ in NEGATION_WORDS or t.dep_ == "neg" for t in own_clause(verb))


def _perfect(verb: Token) -> bool:
    """Whether a past participle is in the present perfect ("has expelled", "have been detained"), with no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lower_ in PERFECT_AUX and a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(
        a.tag_ == "MD" for a in auxes)


def summing_perfect(verb: Token) -> bool:
    """Whether a verb is a present perfect that sums up acts over a span ("ten people have been executed in the state
    since 1977", "since the penalty was restored, ten people have been executed", "have met twenty times"): no one
    act, whose sides a story's place or state could stand for."""
    return _perfect(verb) and (_habitual(verb) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in verb.children))


def reported_perfect(word: Token) -> bool:
    """Whether a word reports one recent act in the present perfect: a verb in the main clause of its sentence or
    in the complement of a saying verb, or a participle coordinated with one and sharing its auxiliary ("have
    donated and delivered"), with no modal, negation or mark of a habit ("since", "times", "long", "in recent
    years") in its own clause; or an act noun that such a support verb takes as its object ("have staged rallies",
    "has launched an offensive")."""
    if word.pos_ == "NOUN":
        return word.dep_ == "dobj" and _support_verb(word.head) and _reported(word.head)
    return _reported(word)


def _support_verb(verb: Token) -> bool:
    """Whether a verb is a support verb, also where the lemmatizer misses a regular participle ("staged": "stag")."""
    return any(base in LIGHT_VERBS for base in (verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2]))


def _reported(verb: Token) -> bool:
    if verb.tag_ not in ("VBN", "VBD") or _habitual(verb):
        return False
    if verb.dep_ == "conj" and not _perfect(verb):  # the parser may tag the second participle as a past
        return _reported(verb.head)
    if not _perfect(verb):
        return False
    clause = verb
    while clause.dep_ == "conj":  # "has expelled X and has closed Y": the second stands where the first does
        clause = clause.head
    return clause.dep_ == "ROOT" or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING)


def calendar_dated_past(verb: Token) -> bool:
    """Whether a verb in the past or the past perfect tells one act on a calendar date of its own ("Chile's and
    Bolivia's foreign ministers had held talks in La Paz on 4 May 2022", "Peru recalled its envoy in March 2019"):
    a date with its year under the verb's own "on" or "in", and no modal, infinitive, condition, negation or mark of
    a habit in its clause. The learned factuality reads a past perfect as background; a date to the day or month of
    a given year makes it one occurrence that the text asserts (GUIDE.md), however long ago."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or _habitual(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) or any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in verb.children):
        return False
    if verb.tag_ == "VBN" and not any(a.lower_ in PAST_AUX for a in auxes):
        return False  # a bare participle modifies a noun ("the accord signed in May 2019"), told elsewhere
    return any(_year_date(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
               for g in c.children if g.dep_ == "pobj")


HOLDING_LEMMAS = word_class("holding_lemmas")
"""Verbs of one act that goes on once done (a custody, a stationing, a siege)."""
REPEAT_MARKS = HABITUAL_MARKS - {"since", "years", "decades", "before", "ever"}
"""Marks of a repeated or habitual act ("repeatedly", "several times"); "since" and the span it opens are the standing
act's own ("since 2021", "for years since")."""


def held_since(verb: Token) -> bool:
    """Whether a verb tells one act that goes on since a date of its own ("He has been detained since October", "had
    been jailed since March 2022", "troops have been stationed there since 2021"): a holding verb in the perfect (or
    "held" with a person held), with a
    "since" phrase whose object is a date, and no modal, negation or mark of repetition in its clause ("has detained
    him several times since 2015" is a habit). GUIDE.md codes the one act ``asserted``, dated from the "since" date;
    the learned factuality reads the perfect as a standing state."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() == "hold" and not _person_held(verb):
        return False  # "talks have been held since 2019", "has held the post since 1996": no custody
    if verb.lemma_.lower() not in HOLDING_LEMMAS | {"hold"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lemma_.lower() == "have" for a in auxes) or any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if any(t.lower_ in REPEAT_MARKS or t.lower_ in NEGATION_WORDS or t.dep_ == "neg" for t in own_clause(verb)):
        return False
    return any(g.ent_type_ == "DATE" for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"
               for g in c.children if g.dep_ == "pobj")


POST_KEEPING_LEMMAS = frozenset({"hold", "occupy", "serve", "lead", "head", "represent", "chair", "run", "be"})
"""Verbs of keeping a post ("has held the job", "has served as", "has led the party", "has been mayor")."""


def standing_post(verb: Token, kind: str) -> bool:
    """Whether an appointment word tells a post kept to this day: a verb of keeping a post in the present perfect
    with a "since" phrase ("has held the job since 1996", "has served as mayor since 2019"). GUIDE.md codes that
    standing present ``not_event``; "had held the portfolio since June", a past before another, and an acting post
    held since an event (``appoint`` entries that read "acting") are left to the other rules."""
    if verb.pos_ in ("NOUN", "PROPN"):  # the post itself: "has served [as mayor] since 2019", "has been [mayor]"
        verb = verb.head.head if verb.head.dep_ == "prep" and verb.head.lower_ == "as" else verb.head
    if kind != "APPOINT" or verb.lemma_.lower() not in POST_KEEPING_LEMMAS or not _perfect(verb):
        return False
    if any(t.lower_ in ("acting", "interim", "caretaker") for t in own_clause(verb)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


HELD_PRONOUNS = frozenset({"he", "she", "they"})


def _person_held(verb: Token) -> bool:
    """Whether "held" is a custody: a passive whose subject is a person, by name or by a personal pronoun ("Haddad
    has been held since May", "she had been held since 2022"), not a meeting, a vote or a post."""
    return any(c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in HELD_PRONOUNS) for c in verb.children)


PAST_AUX = frozenset({"had", "was", "were"})
"""Auxiliaries of a past perfect or a past passive ("had met", "was signed")."""
PERFECT_AUXES = PAST_AUX - {"was", "were"}
"""A past perfect ("had signed"); a present perfect ("have lived") may tell a standing state."""
PAST_PASSIVE_AUXES = PAST_AUX - PERFECT_AUXES


def told_in_past(verb: Token) -> bool:
    """Whether a clause's verb is a finite past ("signed", "was signed") or a past perfect ("had signed"): an act told
    as done, whatever the clause it hangs on says of the future ("the deal, which A and B signed on Monday, will cut
    tariffs")."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBN" and any((c.dep_ == "aux" and c.lower_ in PERFECT_AUXES) or (
        c.dep_ == "auxpass" and c.lower_ in PAST_PASSIVE_AUXES) for c in verb.children)


PRESENT_PERFECT_AUXES = frozenset({"has", "have"})
"""Auxiliaries of a present perfect ("has taken over")."""


def told_in_present_perfect(verb: Token) -> bool:
    """Whether a clause's verb is a present perfect with no modal ("has taken over", "have been sworn in"): an act told
    as done by now, whatever the clause above it guesses ("would likely nominate X, who has taken over Y's role")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in PRESENT_PERFECT_AUXES for a in auxes) and not any(
        a.tag_ == "MD" for a in auxes)


CONDITION_MARKS = frozenset({"if", "unless", "whether"})
"""Marks of a clause that tells a condition, not an act ("if they had met on 4 May 2022")."""


def _year_date(tok: Token) -> bool:
    """Whether a phrase is a date that names its year ("4 May 2022", "March 2019", "2021")."""
    return tok.ent_type_ == "DATE" and any(t.text.isdigit() and len(t.text) == 4 for t in tok.subtree)
