"""Read the judgements a quotation tells beyond its first reported clause: clauses spliced into a long quote, the
sentences a quote opened in before its attribution, praise of a named actor, praise or blame said to "you", "the
government" judged by one of its own people, a measure called a name in the sentence after it was made known, and a
speaker's denial of words put in their mouth.

A saying verb's reported clause is what the speaker says; the construction reader (``constructions._constructions``)
judges it with ``evaluation.judges_in_clause``. Long quotes splice several clauses: "'Vardan Kessel is a murderer, he is
responsible for the deaths of hundreds,' the minister said" (the parser hangs the first clause under the second),
"'We respect the court, but Judge Sissoko has behaved disgracefully,' she said" (a conjunct), "'He cannot be our
partner because he is a criminal'" (a reason the speaker gives, said as true), or run over sentences: "'Vik has
insulted our nation. His words were shameful,' the envoy said". Every such clause is the speaker's too, and a
pronoun subject in one of them ("he is a disgrace") is the actor another one names (GUIDE.md in data/events: an
evaluation in a quote is ACCUSE when negative, SUPPORT when positive; a denial is REJECT).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.evaluation import (falls_short, ill_said, judged_actor, judges_in_clause, judges_subject,
                                          praised_predicate)
from dateline.annotate.nlp import QUOTE_MARKS
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

SPLICED_DEPS = frozenset({"conj", "parataxis"})
"""Relations of a clause coordinated with another in one quote ("... but [Judge X has behaved disgracefully]")."""
REASON_MARKS = frozenset({"because"})
"""Marks of a clause the speaker gives as the reason for another, so says as true ("... [because] he is a criminal")."""
STANDING_PRONOUNS = frozenset({"he", "she", "it", "they"})
"""Subjects of a spliced clause that stand for the actor another clause of the quote names ("X lied, [he] is ...")."""
ADDRESSED = frozenset({"you"})
"""The subject of a quoted clause that is whom the saying verb addresses ("'You are a brave voice,' she told X")."""
ADDRESSEE_PRONOUNS = frozenset({"him", "her", "them"})
"""Object pronouns that name an addressee of a saying verb ("told her")."""
ADDRESSEE_ENTS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
"""Entity labels of an addressee whom praise or blame can concern (not "the crowd", "reporters")."""
DENYING_SPEAKERS = frozenset({"i", "we"})
"""Subjects of a quoted clause by which the speaker denies their own words ("'I never said that,' she said")."""
UTTERING_LEMMAS = frozenset({"say"})
"""Verbs of saying whose negation, in the first person, denies words put in the speaker's mouth."""
SPOKEN_WORDS = word_class("spoken_words")
"""Nouns for what someone said ("remarks", "comments"): "I never made those remarks" denies them."""
NEGATIONS = word_class("denial_negations")
QUOTE_LOOKBACK = 3
"""How many sentences before its attribution a quotation may have opened in."""
PERSON_PRONOUNS = frozenset({"he", "she"})
"""Subjects of a quoted judgement that stand for a person named before the quote ("'He is a liar,' she said")."""
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
"""Possessors of a judged subject that stand for the actor another clause names ("[his] words were shameful")."""
RULING_BODIES = word_class("ruling_bodies")
"""Nouns of a state's ruling body that "the" or "this" alone picks out in a speaker's judgement ("the government")."""
BODY_DETS = frozenset({"the", "this"})
UNVEILING_LEMMAS = word_class("unveiling_lemmas")
"""Verbs by which someone makes a measure known ("announced", "unveiled a plan"), whose doer a judgement of "it" in the
next sentence aims at."""
TAKING_UP_DETS = frozenset({"the", "this", "these", "those"})
"""Determiners of a noun that takes up a measure told before ("the cuts", "this plan")."""
TAKING_UP_PRONOUNS = frozenset({"it", "this", "that", "them"})
HARMING_VERBS = word_class("harming_verbs")
"""Verbs by which an actor's act harms something ("Marsh's dealings [undermined] the tender"): said in a quote, the
speaker accuses the act's doer."""


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _quoted(tok: Token) -> bool:
    """Whether a token sits inside quotation marks opened in its sentence (an odd count of marks before it)."""
    return sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.text in QUOTE_MARKS) % 2 == 1


def spliced_clauses(clause: Token) -> list[Token]:
    """A reported clause and the clauses spliced to it in one quote: a clause with a subject of its own that the
    parser hangs before it as its complement ("[X is a murderer], he is responsible ...": a complement follows its
    verb, so one before it is a clause set beside it), that is coordinated with it ("..., but [X behaved badly]"), or
    that gives the speaker's reason in a quote ("'cannot be a partner [because he is a criminal]'")."""
    out = [clause]
    for node in out:
        for child in node.children:
            if child.pos_ not in ("VERB", "AUX") or _subject(child) is None or child in out:
                continue
            before = child.dep_ == "ccomp" and child.i < node.i and not any(m.dep_ == "mark" for m in child.children)
            # a reason the speaker gives in their own words is said as true too: "'he cannot be a partner [because he
            # is a criminal]'" (in reported speech the reason may be the writer's)
            reason = child.dep_ == "advcl" and _quoted(child) and any(
                m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in child.children)
            if before or reason or child.dep_ in SPLICED_DEPS:
                out.append(child)
    return out


def opened_clauses(verb: Token) -> list[Token]:
    """The clauses of the sentences a saying verb's quotation opened in before the verb's own sentence: "'Vik has
    insulted our nation. His words were shameful,' the ambassador said" gives the clauses of the first sentence
    (told by the ambassador too). The verb's sentence must close a quote it did not open (an odd count of marks
    before the verb), and the sentences before hold no mark, or open the quote (an odd count) and end the look-back.
    """
    doc, sent = verb.doc, verb.sent
    if sum(1 for t in doc[sent.start:verb.i] if t.text in QUOTE_MARKS) % 2 == 0:
        return []
    roots: list[Token] = []
    start = sent.start
    for _ in range(QUOTE_LOOKBACK):
        if start == 0:
            return []
        before = doc[start - 1].sent
        marks = sum(1 for t in before if t.text in QUOTE_MARKS)
        roots.append(before.root)
        if marks % 2 == 1:  # the quote opened here
            return [c for r in roots for c in spliced_clauses(r)]
        if marks:
            return []
        start = before.start
    return []


def _harms(clause: Token) -> bool:
    """Whether a quoted clause's verb says its subject harmed something, not negated: "[undermined] the integrity of
    the tender", "[struck at] the core of the process" (``harming_verbs``; "strike" only with "at")."""
    lemma = clause.lemma_.lower()
    if lemma not in HARMING_VERBS or any(c.dep_ in ("neg", "auxpass") for c in clause.children):
        return False
    return lemma != "strike" or any(c.dep_ == "prep" and c.lower_ == "at" for c in clause.children)


def _stands_for_another(subject: Token) -> bool:
    """Whether a judged subject is a pronoun, or a thing a pronoun owns ("[his words]"), that stands for an actor."""
    return subject.lower_ in STANDING_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subject.children)


def judged_in_quote(verb: Token) -> Token | None:
    """The actor a saying verb's quote judges in a clause the construction reader does not read itself: a clause
    spliced into the reported one ("'[Kessel] is a murderer, he is responsible for the deaths,' the minister said"),
    or a spliced clause whose pronoun subject stands for the actor another clause names ("'Brandt has lied to
    parliament, [he] is a disgrace'"), or the doer of an act a clause says harmed something ("'[Marsh's] dealings
    undermined the tender'", ``_harms``). None when the reported clause itself judges its subject (read as it was),
    or no clause judges anyone ("'It was a long day, everyone is tired'")."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(judges_subject(comp) for comp in comps):
        return None
    clauses = [c for comp in comps for c in spliced_clauses(comp)]
    clauses += opened_clauses(verb)
    for clause in clauses:
        subject = _subject(clause)
        if subject is None:
            continue
        if clause.i not in {c.i for c in comps} and judges_subject(clause):
            return judged_actor(subject)
        if falls_short(clause) and (actor := judged_actor(subject)) is not None:
            LOGGER.debug("an actor that falls short, in a quote: %r in %r", actor.text, verb.sent.text)
            return actor
        if _harms(clause) and (owner := judged_actor(subject)) is not None and owner.i != subject.i:
            LOGGER.debug("an act that harms, in a quote: %r of %r in %r", subject.text, owner.text, verb.sent.text)
            return owner
        if _stands_for_another(subject) and ill_said(clause):
            named = [s for other in clauses if other.i != clause.i
                     for s in [_subject(other)] if s is not None and not _stands_for_another(s)
                     and judged_actor(s) is not None]
            if named:
                LOGGER.debug("quoted pronoun %r judged for %r in %r", subject.text, named[0].text, verb.sent.text)
                return judged_actor(named[0])
    # "'He is a murderer,' the minister said", the quote naming nobody: the person told before it
    return next((s for clause in clauses for s in [_subject(clause)] if s is not None and s.lower_ in PERSON_PRONOUNS
                 and ill_said(clause) and _person_told_before(s)), None)


def _person_told_before(pronoun: Token) -> bool:
    """Whether a person is named before a quoted pronoun, in its sentence or the ``QUOTE_LOOKBACK`` before, whom the
    pronoun can stand for (the argument reader tells which)."""
    first = pronoun.sent.start
    for _ in range(QUOTE_LOOKBACK):
        if first == 0:
            break
        first = pronoun.doc[first - 1].sent.start
    return any(t.ent_type_ == "PERSON" for t in pronoun.doc[first:pronoun.i])


def _quoted_subjects(verb: Token) -> list[tuple[Token, Token, list[Token]]]:
    """(clause, subject, the clauses spliced with it) for every clause of a saying verb's reported clauses."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        clauses = spliced_clauses(comp)
        out += [(clause, subject, clauses) for clause in clauses if (subject := _subject(clause)) is not None]
    return out


def praised_in_quote(verb: Token) -> Token | None:
    """The actor a saying verb's quote says is something good, and nothing bad: "'Minister Vogt is an outstanding
    leader,' he said" (GUIDE.md: a positive evaluation in a quote is SUPPORT); a pronoun subject of a spliced clause
    ("she is an outstanding leader") stands for the actor another clause names; None otherwise."""
    for clause, subject, clauses in _quoted_subjects(verb):
        if not praised_predicate(clause):
            continue
        if (actor := judged_actor(subject)) is not None:
            return actor
        if subject.lower_ in STANDING_PRONOUNS:
            named = [a for other in clauses if other.i != clause.i for s in [_subject(other)] if s is not None
                     for a in [judged_actor(s)] if a is not None]
            if named:
                return named[0]
    return None


def judged_government(verb: Token) -> Token | None:
    """The ruling body, named by "the" or "this" alone, that a saying verb's quote judges: "'The government has failed
    in its duty,' said the head of the nurses' union" gives "government" (whose state the speaker's is); None when a
    state or a possessor names it ("the Chilean government", "Lima's government": read as they are)."""
    for clause, subject, _ in _quoted_subjects(verb):
        if subject.lemma_.lower() not in RULING_BODIES or not judges_in_clause(clause):
            continue
        kids = list(subject.children)
        if any(c.dep_ == "det" and c.lower_ in BODY_DETS for c in kids) and not any(
                c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ", "PRON") for c in kids):
            return subject
    return None


def addressee(verb: Token) -> Token | None:
    """Whom a saying verb addresses when that is an actor: its object or dative ("told [Amina Diallo]", "told
    [her]"); None for an unnamed audience ("told the crowd", "told reporters")."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative"):
            continue
        if child.ent_type_ in ADDRESSEE_ENTS or child.lower_ in ADDRESSEE_PRONOUNS:
            return child
        # "told the activist, Samuel Oti": the name in apposition
        named = next((a for a in child.children if a.dep_ == "appos" and a.ent_type_ in ADDRESSEE_ENTS), None)
        if named is not None:
            return named
    return None


def addressed_judgement(verb: Token) -> str | None:
    """The judgement a quote says to its addressee's face: "'You are an inspiring example,' the chairman told
    Diallo" is SUPPORT, "'You are a liar,' she told him" ACCUSE; None when the quote's clause is not about "you",
    says nothing good or bad, or the addressee is no actor ("'You are a wonderful audience,' she told the crowd")."""
    if addressee(verb) is None:
        return None
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = _subject(comp)
        if subject is None or subject.lower_ not in ADDRESSED or subject.dep_ != "nsubj":
            continue
        if ill_said(comp):
            return "ACCUSE"
        if praised_predicate(comp):
            return "SUPPORT"
    return None


def own_words_denied(verb: Token) -> bool:
    """Whether a saying verb's quote denies words put in the speaker's mouth: "'I have not said what I am quoted as
    saying,' she told reporters", "'I never made those remarks,' he said" (GUIDE.md: a denial is REJECT); not "'I
    have not decided whether I will run'" (no words denied), nor "'She never said that'" (not the speaker's words)."""
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = _subject(comp)
        if subject is None or subject.lower_ not in DENYING_SPEAKERS:
            continue
        if not any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in comp.children):
            continue
        lemma = comp.lemma_.lower()
        if lemma in UTTERING_LEMMAS or (lemma == "make" and any(
                c.dep_ == "dobj" and (c.lower_ in SPOKEN_WORDS or c.lemma_.lower() in SPOKEN_WORDS)
                for c in comp.children)):
            return True
    return False


def measure_maker(verb: Token) -> Token | None:
    """The one who made known the measure a verb of calling judges when its object takes it up from the sentence
    before: "Governor Rowe announced that budgets would be cut. Bell called [the cuts] 'an attack on our children'"
    and "Grant unveiled a plan ... Olsen called [it] 'a betrayal'" give the governor and Grant (the judgement of an
    act is aimed at its doer); None when the object has an owner of its own ("called Rowe's cuts ..."), or the
    sentence before tells no measure made known ("It rained all week. She called it ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lower_ in TAKING_UP_PRONOUNS or obj.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in TAKING_UP_DETS for c in obj.children) and not any(
            c.dep_ in ("poss", "prep", "compound") for c in obj.children)):
        return None
    start = verb.sent.start
    if start == 0:
        return None
    root = verb.doc[start - 1].sent.root
    if root.lemma_.lower() not in UNVEILING_LEMMAS:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return judged_actor(subject) if subject is not None else None
