"""Tell the acts of court reporting that no trigger word carries: charges told by a trial set on them, fines and
contempt findings, penalties lifted, a jury's sentence, and appeals that are no act.

Court stories tell their acts in the court's own idiom (GUIDE.md: charges are ACCUSE allege, a conviction or a
sentence SANCTION convict, a pardon or a penalty cut in the convict's favour CONCEDE, a fine SANCTION):

* "Judge Mora set a trial for June 3 on bribery charges against A": the charging is told only by the trial set on it,
  ACCUSE allege from the judge to A (the model reads "charges" as the grounds of the setting, no act);
* "a magistrate fined A 500 dollars", "the judge found A in contempt of court", "the fine the judge had imposed on
  A": SANCTION by the court on A ("the league fined the striker" is no court: a sports body's fine stays no event);
* "the judge suspended / lifted / waived the fine she had imposed on A": a penalty lifted in A's favour, CONCEDE;
* "the jury recommended the death penalty for A", "a jury said A should die": the jury's sentence, SANCTION convict,
  not a request the jury makes;
* "prosecutor Ben Alder told the jury that A had strangled his partner": the prosecution's case against A, ACCUSE
  allege from the prosecutor to A (the victim or a witness named in it is no side);
* "A and B are appealing the contempt charges", "the case will automatically be appealed": a pending appeal, or one
  nobody lodges, is a standing state (GUIDE.md: "is standing trial" is no event), not a request; and "a psychiatrist
  testified that the killer suffers from a disorder" tells a condition, no accusation; "jurors asked to see the
  photographs again" is the court's procedure, no request.

``court_act`` is read by ``constructions._constructions``, ``court_target`` by its role pass ``court_sides``,
``idle_appeal``, ``jury_request`` and ``testifies_to_a_condition`` by ``events.find_events``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.nlp import verb_doers
from dateline.annotate.organs import organ_doers, organ_kind
from dateline.lexicons import word_class

SETTING_LEMMAS = word_class("trial_setting_lemmas")
"""Verbs that set a trial ("set a trial for June 3", "scheduled the trial")."""
TRIAL_NOUNS = word_class("trial_nouns")
"""Nouns of a trial set ("trial", "hearing" is not one: a hearing charges no one)."""
CHARGE_NOUNS = word_class("court_charge_nouns")
"""Nouns of the charges a trial is set on ("charges", "counts", "indictment")."""
FINING_LEMMAS = word_class("fining_lemmas")
"""Verbs that fine someone ("fined A 500 dollars"), with their forms (the tagger's lemma of "fined" may be "fin")."""
PENALTY_NOUNS = word_class("court_penalty_nouns")
"""Nouns of a penalty a court imposes or lifts ("fine", "penalty", "sentence")."""
IMPOSING_LEMMAS = word_class("penalty_imposing_lemmas")
"""Verbs that impose a penalty told by its noun ("the fine she had imposed on A")."""
LIFTING_LEMMAS = word_class("penalty_lifting_lemmas")
"""Verbs that lift a penalty in the bearer's favour ("suspended the fine", "waived the penalty")."""
CONTEMPT_NOUNS = word_class("contempt_nouns")
"""What one is found in by a court ("found A in contempt of court")."""
JUDGE_TITLES = word_class("judge_titles")
"""Titles before a name that make its bearer a court ("Judge Ana Mora", "Magistrate Ben Oduya")."""
SENTENCE_NOUNS = word_class("jury_sentence_nouns")
"""What a jury recommends or votes as a sentence ("the death penalty", "a life sentence", "death")."""
RECOMMENDING_LEMMAS = word_class("jury_recommending_lemmas")
"""Verbs by which a jury gives its sentence ("recommended the death penalty", "voted for death")."""
DEATH_LEMMAS = word_class("jury_death_lemmas")
"""The sentence a jury tells as what should befall the defendant ("said A should die")."""
SAYING_LEMMAS = word_class("jury_saying_lemmas")
"""Verbs by which a jury tells its sentence as a clause ("a jury said A should die")."""
APPEAL_LEMMAS = word_class("appeal_lemmas")
UNBORNE = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
"""Entity types of an "on" / "for" phrase that names no one a penalty falls on ("on Friday", "for $500")."""


def court_doer(noun: Token) -> bool:
    """Whether a noun names a court acting: a court, judge, magistrate or jury ("a Kenyan magistrate", "the jurors"),
    or a name with a judge's title ("Judge Ana Mora", "U.S. District Judge Ana Mora")."""
    if organ_kind(noun) == "court":
        return True
    return any(c.dep_ == "compound" and c.lower_ in JUDGE_TITLES for c in noun.children)


def _doers(verb: Token) -> list[Token]:
    """The subject or "by" agent of a verb, else of the verb it is coordinated with ("convicted A and fined him")."""
    node = verb
    for _ in range(3):
        doers = verb_doers(node)
        if doers or node.dep_ != "conj":
            return doers
        node = node.head
    return []


def court_doers(verb: Token) -> list[Token]:
    """The courts, judges and juries that do a verb's act (``court_doer``), also a home organ ``organs.organ_doers``
    finds."""
    return list(dict.fromkeys([*(d for d in _doers(verb) if court_doer(d)),
                               *(d for d in organ_doers(verb) if court_doer(d))]))


def _court_did(verb: Token) -> bool:
    """Whether a court, judge or jury does a verb's act (its subject, its "by" agent, or that of a verb it is
    coordinated with); a relative clause on a penalty noun asks its own subject ("the fine [she] had imposed")."""
    if court_doers(verb):
        return True
    # "she" in "the fine she had imposed": the judge named before in the sentence
    return any(d.pos_ == "PRON" for d in _doers(verb)) and _judge_in_sentence(verb)


def _judge_in_sentence(verb: Token) -> bool:
    return any(court_doer(t) for t in verb.sent if t.i < verb.i)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _trial_charges(verb: Token) -> Token | None:
    """The charges a trial set by ``verb`` is on: "set a trial for June 3 on bribery [charges]", "scheduled A's trial
    on the [counts]" (the "on" phrase on the verb or on the trial noun)."""
    if verb.lemma_.lower() not in SETTING_LEMMAS:
        return None
    trials = [c for c in _objects(verb) if c.lemma_.lower() in TRIAL_NOUNS]
    if not trials:
        return None
    for head in (verb, *trials):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                if noun.lemma_.lower() in CHARGE_NOUNS:
                    return noun
    return None


def found_in_contempt(verb: Token) -> Token | None:
    """The one a court finds in contempt: "the judge found [A] in contempt of court", "[A] was found in civil
    contempt"; None for any other finding."""
    if verb.lemma_.lower() != "find":
        return None
    objects = _objects(verb)
    heads = [verb, *objects]
    if not objects or not any(g.lemma_.lower() in CONTEMPT_NOUNS for h in heads for c in h.children
                              if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
        return None
    return objects[0]


def _penalty_object(verb: Token) -> Token | None:
    """The penalty noun a verb imposes or lifts: its object ("suspended [the fine]"), or the noun a relative clause
    hangs on ("the [fine] she had imposed")."""
    for noun in _objects(verb):
        if noun.lemma_.lower() in PENALTY_NOUNS:
            return noun
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in PENALTY_NOUNS:
        return verb.head
    return None


def _fine_imposed(verb: Token) -> bool:
    """Whether a court imposes a fine told by its noun ("the $500-a-day fine she had imposed on A"); not when a
    contempt finding of the same sentence tells that act ("imposed when she found A in contempt": one sanction)."""
    if verb.lemma_.lower() not in IMPOSING_LEMMAS or _penalty_object(verb) is None or not _court_did(verb):
        return False
    return not any(found_in_contempt(c) is not None for c in verb.children if c.dep_ in ("advcl", "conj"))


def _jury_sentence(verb: Token) -> bool:
    """Whether a jury gives its sentence: "the jury recommended the death penalty for A", "jurors voted for death",
    "a jury said A should die"."""
    lemma = verb.lemma_.lower()
    if not any(organ_kind(d) == "court" for d in court_doers(verb)):
        return False
    if lemma in RECOMMENDING_LEMMAS:
        told = [*_objects(verb), *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                                    for g in c.children if g.dep_ == "pobj")]
        return any(n.lemma_.lower() in SENTENCE_NOUNS for n in told)
    if lemma in SAYING_LEMMAS:
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in DEATH_LEMMAS for c in verb.children)
    return False


def court_act(verb: Token) -> tuple[str, str, str | None] | None:
    """The court act a verb tells, as (rule, type, mode): a charge told by a trial set on it (ACCUSE allege), a fine
    or a contempt finding by a court (SANCTION), a penalty lifted (CONCEDE), a jury's sentence (SANCTION convict), a
    prosecutor's case put to the jury (ACCUSE allege); None for any other verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if _trial_charges(verb) is not None:
        return ("trial_on_charges", "ACCUSE", "allege")
    if (lemma in FINING_LEMMAS or verb.lower_ in FINING_LEMMAS) and _objects(verb) and _court_did(verb):
        return ("fined", "SANCTION", None)
    if found_in_contempt(verb) is not None and (verb.dep_ in ("advcl", "conj", "relcl") or _court_did(verb)
                                                or any(c.dep_ == "nsubjpass" for c in verb.children)):
        return ("contempt", "SANCTION", "convict")
    if _fine_imposed(verb):
        return ("fine_imposed", "SANCTION", None)
    if lemma in LIFTING_LEMMAS and _penalty_object(verb) is not None and _court_did(verb):
        return ("penalty_lifted", "CONCEDE", None)
    if _jury_sentence(verb):
        return ("jury_sentence", "SANCTION", "convict")
    if prosecution_charge(verb) is not None:
        return ("prosecution", "ACCUSE", "allege")
    return None


def _bearer_of(noun: Token) -> Token | None:
    """The one a penalty or charge falls on: "against [A]", "on [A]", "for [A]", "[A]'s fine", or the one a relative
    clause on it imposes it on or finds in contempt ("the fine she had imposed when she found [A] in contempt")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "for"):
            got = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in UNBORNE
                        and g.lemma_.lower() not in CHARGE_NOUNS | PENALTY_NOUNS), None)
            if got is not None:
                return got
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        got = _verb_bearer(clause)
        if got is not None:
            return got
    return None


def _verb_bearer(verb: Token) -> Token | None:
    """The one a verb's penalty falls on: its "on" / "against" / "for" phrase, the one a contempt finding in its
    "when" clause names, or a person a relative clause on the charges acts on ("charges that could send A to jail")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "for"):
            got = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in CHARGE_NOUNS
                        and g.ent_type_ not in UNBORNE), None)
            if got is not None and got.lemma_.lower() not in PENALTY_NOUNS:
                return got
    for c in verb.children:
        if c.dep_ in ("advcl", "conj") and (found := found_in_contempt(c)) is not None:
            return found
    # "charges that could send [A] to jail": the one the relative clause on the charges acts on
    if verb.dep_ == "relcl":
        return next((c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or any(
            a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children))), None)
    return None


EARLIER_SENTENCES = 5
"""How many sentences back a court act told without its accused looks for the one the court acted on before."""


def earlier_defendant(verb: Token) -> Token | None:
    """The one the story's court acted on just before, for a court act that names no one ("Judge Vales fined the
    editor A in May. On Tuesday, the judge scheduled a trial for June 3 on criminal contempt charges": the charges are
    A's): the bearer of the nearest court act of the last few sentences."""
    doc = verb.doc
    start = verb.sent.start
    sentences = [s for s in doc.sents if s.end <= start][-EARLIER_SENTENCES:]
    for sentence in reversed(sentences):
        for tok in reversed(list(sentence)):
            act = court_act(tok)
            if act is not None and (bearer := court_target(tok, act[0])) is not None:
                return bearer
    return None


def court_target(verb: Token, rule: str) -> Token | None:
    """The one a court act befalls: the defendant the charges are against, the one fined or found in contempt, the
    bearer of a penalty imposed or lifted, the one a jury sentences."""
    if rule == "trial_on_charges":
        charges = _trial_charges(verb)
        trials = [c for c in _objects(verb) if c.lemma_.lower() in TRIAL_NOUNS]
        for noun in (*([charges] if charges is not None else []), *trials):
            if (got := _bearer_of(noun)) is not None:
                return got
        return None
    if rule == "fined":
        # "fined him 10 million naira": the one fined is the indirect object when the sum is the direct one
        return next((c for c in verb.children if c.dep_ == "dative"), None) or next(iter(_objects(verb)), None)
    if rule == "contempt":
        return found_in_contempt(verb)
    if rule in ("fine_imposed", "penalty_lifted"):
        penalty = _penalty_object(verb)
        got = _verb_bearer(verb)
        if got is None and penalty is not None:
            got = _bearer_of(penalty)
        return got
    if rule == "prosecution":
        return prosecution_charge(verb)
    if rule == "jury_sentence":
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for head in (verb, *_objects(verb)):
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    got = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in SENTENCE_NOUNS),
                               None)
                    if got is not None:
                        return got
    return None


def idle_appeal(tok: Token) -> bool:
    """Whether an appeal verb tells no act: a pending appeal in the present progressive ("A and B are appealing the
    charges": a standing state, as "is standing trial"), or one told in the passive with no one lodging it ("the case
    will automatically be appealed": nobody asks)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in APPEAL_LEMMAS:
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'re", "'s", "am") for a in aux):
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


TELLING_LEMMAS = word_class("jury_telling_lemmas")
"""Verbs by which a lawyer speaks to a jury ("told the jury that", "reminded jurors")."""
JURY_NOUNS = word_class("jury_nouns")
"""Whom a lawyer's words in court are told to."""
PROSECUTION_WORDS = word_class("prosecution_words")
"""Nouns or titles of a prosecutor ("prosecutor Ben Alder", "the prosecutors", "Prosecutor Ana Ruiz")."""
CONDITION_LEMMAS = word_class("testified_condition_lemmas")
"""Verbs of a testimony's content that tell a condition of mind or health, no wrong ("suffers from sadism")."""


def _prosecutor(noun: Token) -> bool:
    """Whether a speaker is a prosecutor: the noun itself ("the prosecutor"), or a name with that title before it or
    in apposition ("prosecutor Ben Alder", "Ben Alder, the prosecutor")."""
    if noun.lemma_.lower() in PROSECUTION_WORDS or noun.lower_ in PROSECUTION_WORDS:
        return True
    return any(c.dep_ in ("compound", "appos") and c.lower_ in PROSECUTION_WORDS for c in noun.children)


DEFENSE_WORDS = word_class("defense_words")
"""Titles of the lawyers who speak for the defense ("defense lawyer Paul Kerr", "her attorney, Ann Lutz")."""
SPEAKING_PRONOUNS = frozenset({"he", "she"})


def _titled(tok: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("compound", "appos", "amod") and c.lower_ in words for c in tok.children) or (
        tok.dep_ == "appos" and tok.head.lower_ in words)


def speaking_prosecutor(verb: Token) -> Token | None:
    """The prosecutor who speaks by ``verb``: its subject when it is one ("prosecutor Ben Alder told"), or, for "he" or
    "she", the lawyer named last before, when that lawyer is a prosecutor ("Prosecutor Ben Alder ... 'A is a liar,' he
    told the jury"; a defense lawyer named last keeps the words his)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if _prosecutor(subject):
        return subject
    if subject.lower_ not in SPEAKING_PRONOUNS:
        return None
    doc = verb.doc
    first = max(0, verb.sent.start - 200)
    for tok in reversed(doc[first:subject.i]):
        if tok.ent_type_ != "PERSON" or tok.dep_ == "compound":
            continue
        if _prosecutor(tok):
            return tok
        if _titled(tok, DEFENSE_WORDS):
            return None
    return None


def prosecution_charge(verb: Token) -> Token | None:
    """The defendant a prosecutor's words to a jury accuse: "prosecutor A told the jury that [B] had strangled his
    partner", "Prosecutor A told jurors: '[B] is a cold liar'" (GUIDE.md: testimony and pleading in court are no event
    unless they accuse; a prosecutor's case against the one named is ACCUSE allege); None for any other telling, and
    for a speaker not told to be a prosecutor ("the defense lawyer told the jury that B was at home")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TELLING_LEMMAS:
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not any(t.lower_ in JURY_NOUNS for t in told):
        return None
    if speaking_prosecutor(verb) is None:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.ent_type_ == "PERSON":
                return subject
    return None


def testifies_to_a_condition(word: Token) -> bool:
    """Whether testimony tells only a condition of mind or health ("a psychiatrist testified that the killer suffers
    from a personality disorder"): expert evidence that charges no one with a wrong (GUIDE.md: testimony is no event
    unless it accuses someone)."""
    if word.lemma_.lower() not in ("testify",):
        return False
    contents = [c for c in word.children if c.dep_ == "ccomp"]
    return bool(contents) and all(c.lemma_.lower() in CONDITION_LEMMAS for c in contents)


ASKING_LEMMAS = word_class("jury_asking_lemmas")
"""Verbs of a jury's question to the court in its deliberations ("jurors asked to see the photographs again")."""


def jury_request(verb: Token) -> bool:
    """Whether a request is a jury's to the court in its deliberations ("jurors asked to see the photographs again",
    "the jury asked the judge to read back the testimony"): court procedure, no political demand (GUIDE.md: a
    request is a call on an actor to act)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING_LEMMAS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in JURY_NOUNS for c in verb.children)


STATE_ENTS = frozenset({"GPE", "NORP"})


def stated_organs(verb: Token) -> list[Token]:
    """The prosecutors and courts of the verb's sentence named with their state ("U.S. prosecutors said", "a Kenyan
    court"): whose state passes a sentence told with no doer ("A will be sentenced Aug. 21, U.S. prosecutors said"),
    before the guess of the person's own state."""
    return [t for t in verb.sent if t.i != verb.i and organ_kind(t) in ("prosecution", "court") and any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in STATE_ENTS for c in t.children)]
