"""Tell the senses of a word that tell no act: "insisted that the talks had failed" asserts, "sought to ease tensions"
tries, "was quoted as saying" relays.

A verb of insisting asks when what it insists on is to be done: "insisted on a recount", "insisted that X pull
out" (a subjunctive), "insisted that X must / should leave"; "insisted that the format would be indirect" only
maintains a view. A verb of seeking asks when it seeks something ("sought an emergency session", "sought help
from X"); "sought to ease tensions" is an attempt of the subject's own (unseen-errors family Y: word senses). A
verb of applying asks "for" something ("applied for membership"), not when it applies a rule or a standard. A verb
of asking with an indirect question ("asked whether Accra would reopen the border", "asked what law he had broken"),
a direct one ('"I asked him: who paid for the trip?"') or a topic ("asked the minister about the delay") asks for an
answer, not for an act.

A verb that relays speech ("X was quoted as saying he would ...") is the frame of what was said, whatever type the
learned decision gives it.

A named state, body or person that "moved closer to" another, with nothing moved, draws closer in its ties: no troops
are moved ("Bhutan moved closer to New Delhi"; "troops moved closer to the border" and "moved tanks closer
to the border" stay a mobilisation).

A verb of building "on" an earlier thing, with nothing built, only extends it: "the new pact builds on a 2015 accord",
"officials said the plan would build upon earlier reforms" tell no troops massed and no works raised ("built up its
forces near the border" and "built an airstrip on the reef" stay what they are).

A verb of a blow with "back" ("hit back", "struck back") answers a move: by the measures the clause tells ("banned the
imports, hitting back at its neighbour"), or by words ("hit back at critics"). No blow is struck: the reprisal's own
acts are events of their own, and where an event word tied to it tells them ("hit back, calling the charges
baseless") the answer is no accusation either; alone ("hit back at critics") it stays the retort the learned decision
reads.

A vow is a threat when what is vowed does harm ("vowed to avenge the dead", "swore to crush the rebels"); a vow
to govern, serve or rebuild threatens no one (GUIDE.md in data/events: a vow without a specific act is ``not_event``,
"vowed to avenge" is THREATEN).

A witness who testifies ("testified before the committee on Tuesday", "testified that he had not been told") gives
evidence, which accuses no one by itself (GUIDE.md: testimony is no event unless it accuses someone); only a
testimony whose content is about someone else may accuse ("testified that the minister had ordered the raid").

A verb of a blow with an object and "as" tells an impression ("the plan struck her as reckless", "the offer struck
several envoys as hollow"): no one is hit.

Analysis and profile prose names habits, views and aims rather than occasions (OUTPUT.md section 5: generic
statements and speculation are no events): what a habit of long standing warns of ("have long warned that cuts have
hurt staff"), a perfect that denies any occasion ("has not committed to any terms"), the view of a kind of people
("many businesses support the plan", "many in Accra will deplore it"), a manner brought into a kind of proceeding
("has poured theatre into negotiations with rival exporters"), talks that go on ("Accra and Abuja keep bargaining") and
the goal of a striving ("the parties battle to win the election"). Each is read from the sentence: a tense, a
quantifier, a bare plural, a verb of going on or of striving; the same act told on its day stays.

``testifies_only``, ``asks_nothing``, ``takes_to``, ``shows_only``, ``long_habit``, ``in_long_habit``,
``denies_any``, ``generic_doers``, ``habit_of_manner``, ``talks_go_on``, ``strives_for``, ``relays_speech``,
``draws_closer``, ``builds_on``, ``strikes_back``, ``strikes_as`` and ``vows_no_harm`` are read by
``events.find_events``, which skips such triggers.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import GROUP_NOUNS
from dateline.annotate.arguments import TWO_SIDES_NOUNS, UNNAMED_PERSON_NOUNS
from dateline.annotate.demands import URGING_LEMMAS
from dateline.annotate.nlp import PLATFORM_NAMES, title_heads
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

INSISTING_LEMMAS = word_class("insisting_lemmas")
"""Verbs that demand only when their complement is to be done ("insisted that X withdraw")."""
TRYING_LEMMAS = word_class("trying_lemmas")
"""Verbs that request only with an object ("sought help"), and try with a "to"-infinitive ("sought to calm")."""
APPLYING_LEMMAS = word_class("applying_lemmas")
"""Verbs that request only "for" something ("applied for membership"); "applying double standards" asks nothing."""
RELAYING_LEMMAS = word_class("relaying_lemmas")
"""Verbs that only relay what someone said ("was quoted as saying", "cited X as saying"): no act of their own."""
MENTIONING_LEMMAS = word_class("mentioning_lemmas")
"""Verbs that, with no object, only name what a speaker spoke of ("referring to the old programme")."""
ASKING_LEMMAS = word_class("asking_lemmas")
"""Verbs of asking: with an indirect question they ask for an answer, not for an act (``_asks_a_question``)."""
QUESTION_WORDS = word_class("question_words")
"""Words that open an indirect question ("whether", "what", "why")."""
ASKED_ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})
"""Prepositions of the topic a question is asked about ("asked the minister about the delay"): no act is asked for."""
DEMAND_MODALS = frozenset({"must", "should"})
"""Modals that make a complement something to be done."""
OBLIGING_LEMMAS = word_class("obliging_lemmas")
"""Verbs that with a "to"-infinitive say what must be done ("has to", "needs to"), as a modal of obligation does."""
GOING_LEMMAS = frozenset({"go"})
"""The verb of "is going to have to", above the verb of obligation it announces."""
REPORTING_LEMMAS = word_class("demand_reporting")
"""Saying verbs whose "Y must / should" complement is a demand (``constructions._constructions``), unless it
foretells."""
FORECAST_ADJECTIVES = word_class("forecast_adjectives")
"""Adjectives by which a "should be" clause foretells readiness ("should be ready / available / operational")."""
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
"""Tags of a singular noun subject, with which a bare present verb can only be a subjunctive."""
NEARING_WORDS = frozenset({"closer", "nearer"})
"""Adverbs by which a verb of moving draws its subject towards another ("moved closer to X")."""
KNOWING_LEMMAS = word_class("knowing_lemmas")
"""Verbs of grasping a fact ("recognize", "realize"): with a "that"-clause they tell what someone knows."""
EXTENDING_LEMMAS = word_class("extending_lemmas")
"""Verbs that only extend an earlier thing when they are "on" it with no object ("builds on a 2015 accord")."""
EXTENDED_PREPS = frozenset({"on", "upon"})
"""Prepositions of the earlier thing a verb of building extends."""
POLITICAL_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
"""Entity labels of a subject that draws closer in its ties rather than on the ground."""
FORCE_NOUNS = word_class("state_organs") | word_class("armed_bodies")
"""Heads of a subject that moves on the ground ("troops", "forces")."""
RETORT_LEMMAS = word_class("retort_lemmas")
"""Verbs of a blow that with "back" answer a move rather than strike ("hit back", "struck back")."""
BACK_WORDS = frozenset({"back"})
"""The particle that turns a verb of a blow into an answer."""
VOWING_LEMMAS = word_class("vowing_lemmas")
"""Verbs of a vow ("vow", "swear"): a threat only when what is vowed does harm."""
REPRISAL_LEMMAS = word_class("reprisal_lemmas")
"""Verbs of harm a vow may promise ("avenge", "crush", "retaliate")."""
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
"""Types of an act whose promise threatens ("vowed to expel the envoy", "swore to seize the port")."""
TIED_VERB_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp"})
"""Relations of a verb that tells what an answer was ("hit back, [closing] the border", "[by expelling]")."""


def obliged(verb: Token) -> bool:
    """Whether a verb tells an obligation without a modal, the spoken English of "must": "X has to / will have to /
    needs to [do Z]", "X is going to have to [do Z]" (the verb of obligation under "going")."""
    if verb.lemma_.lower() in GOING_LEMMAS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in OBLIGING_LEMMAS), verb)
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in OBLIGING_LEMMAS and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def to_be_done(clause: Token) -> bool:
    """Whether a clause is something to be done: a modal of obligation, its spoken form (``obliged``) or a
    subjunctive ("that X pull out", "that he be freed"); the tagger may read the subjunctive after a singular name
    as a plural present ("that Norway [pay]" tagged VBP), which a singular subject cannot take."""
    if obliged(clause):
        return True
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in DEMAND_MODALS for a in auxes):
        return True
    if auxes:
        return auxes[0].lower_ == "be" and auxes[0].tag_ == "VB"
    if clause.tag_ == "VBP":
        return any(c.dep_ == "nsubj" and c.tag_ in SINGULAR_NOUN_TAGS for c in clause.children)
    return clause.tag_ == "VB"


def forecasts(clause: Token) -> bool:
    """Whether a "should / must" clause foretells a state of things rather than asking for an act: "said the bridge
    should be ready for traffic in 2027", "said the lander should be available from 2026" (a forecast of readiness;
    "said Uganda should be ready to withdraw", with an act to be ready for, stays a demand)."""
    return clause.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in FORECAST_ADJECTIVES and not any(g.dep_ == "xcomp" for g in c.children)
        for c in clause.children)


PEOPLE_NOUNS = GROUP_NOUNS | UNNAMED_PERSON_NOUNS | TWO_SIDES_NOUNS
"""Common nouns that name people ("residents", "the government", "a nurse") or the parties of a quarrel ("both
countries", "the two sides", "each side"): a clause they govern may be asked of them."""


def thing_foretold(clause: Token) -> bool:
    """Whether a "should / must" clause tells what a thing will do, not what someone is asked to do: its subject is a
    common noun that names no one and no entity ("said the storm front should move east by Friday", "said prices
    should fall next year"). A person, a group ("said residents should stay indoors", "the government must resign"), a title
    ("the minister should resign") or a name may be asked; a passive clause ("said the sanctions should be lifted")
    asks someone unnamed to act on the thing, and stays a demand."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in PEOPLE_NOUNS and subject.lower_ not in PEOPLE_NOUNS and f"{lemma}s" not in TWO_SIDES_NOUNS \
        and lemma not in title_heads()


def asks_nothing(verb: Token) -> bool:
    """Whether a verb read as a request is used in a sense that asks for nothing (see the module docstring)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma in TRYING_LEMMAS:
        return not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in kids) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)
    if lemma in APPLYING_LEMMAS:
        return not any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
    if lemma in ASKING_LEMMAS:
        return _asks_a_question(kids)
    if lemma in REPORTING_LEMMAS:
        # "said the port should be operational by June", "said the storm should pass": the only "should" clause
        # foretells, it asks nothing
        # (a verb that urges by itself asks it of whoever is to do it: "warned that the deal had to be verifiable")
        told = [c for c in kids if c.dep_ == "ccomp" and to_be_done(c)]
        if told and all(forecasts(c) or (thing_foretold(c) and lemma not in URGING_LEMMAS) for c in told):
            return True
    if lemma in INSISTING_LEMMAS:
        if any(c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
               for c in kids):  # "insisted on a recount", not "insisted on Monday that"
            return False
        return not any(c.dep_ in ("ccomp", "xcomp") and to_be_done(c) for c in kids)
    return False


def takes_to(verb: Token) -> bool:
    """Whether "take" is the idiom "take to" a place or a medium ("took to Twitter", "took to the airwaves", "took to
    the streets"): a going or a turning to it, no office taken ("took office", "took over", "took the helm" have an
    object or a particle, and no "to")."""
    if verb.lemma_.lower() != "take" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in kids) and not any(
        c.dep_ in ("dobj", "prt") for c in kids)


OFFICE_NOUNS = word_class("office_nouns")
"""Posts and power: what "take" takes when it takes office ("took power as head of the junta")."""


def takes_as(verb: Token) -> bool:
    """Whether "take" is the idiom "take X as Y", reading a thing or a remark as something ("took that as a sign",
    "took the remark as an insult"): no office taken. "Took office as president", "took the job as finance minister"
    and "took power as head of the junta" take a post (``OFFICE_NOUNS``) or name one after "as" (a title), and stay."""
    if verb.lemma_.lower() != "take" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    read_as = [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in kids if c.dep_ == "dobj"]
    if not read_as or not objects or any(c.dep_ == "prt" for c in kids):
        return False
    titles = title_heads()
    return not any(o.lemma_.lower() in OFFICE_NOUNS or o.lower_ in titles for o in objects) and not any(
        g.lower_ in titles or g.lemma_.lower() in titles for g in read_as)


def long_habit(verb: Token) -> bool:
    """Whether a perfect tells a habit of long standing ("have long warned Uganda against the dam", "had long
    accused Kampala of smuggling"): the adverb "long" on a perfect sums up many occasions, none of them told (OUTPUT.md
    section 5: a specific occurrence)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    doc = verb.doc
    return any(c.dep_ == "advmod" and c.lower_ == "long" and not any(g.lower_ in ("how", "as", "so") for g in c.children)
               and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("since", "ago"))  # "had long since withdrawn"
               for c in verb.children)


PRIZE_NOUNS = word_class("prize_nouns")
NOMINATING_LEMMAS = frozenset({"nominate", "shortlist"})
"""Verbs that put someone forward for a post or a prize."""


def nominated_for_prize(verb: Token) -> bool:
    """Whether a nominating verb puts someone forward "for" a prize or an honour (``PRIZE_NOUNS``: "was nominated for
    three awards", "nominated for induction into a hall of fame"): nobody takes a post and no prize is conferred yet
    (GUIDE.md: nominated or shortlisted for a prize is AWARD `not_event`; "nominated X for the post of chief justice"
    and "nominated X as prime minister" stay APPOINT)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NOMINATING_LEMMAS:
        return False
    return any(t.lemma_.lower() in PRIZE_NOUNS or t.lower_ in PRIZE_NOUNS
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree)


LEFT_COURSES = word_class("left_courses")
DROPPING_LEMMAS = frozenset({"drop"})


def drops_out_of_course(verb: Token) -> bool:
    """Whether "dropped out of" leaves a course of study or a contest (``LEFT_COURSES``: "dropped out of college",
    "dropped out of the race"), not a post: no one leaves an office (OUTPUT.md section 5: DISMISS is leaving a post)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DROPPING_LEMMAS:
        return False
    kids = list(verb.children)
    # the parser takes "out" for a particle or for a preposition that holds the "of" phrase
    outs = [c for c in kids if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"]
    if not outs:
        return False
    preps = [c for c in kids if c.dep_ == "prep" and c.lower_ == "of"]
    preps += [g for c in outs for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in LEFT_COURSES or g.lower_ in LEFT_COURSES)
               for p in preps for g in p.children)


HABIT_MARKERS = frozenset({"when", "whenever"})
"""Words that open a clause of a repeated occasion ("[when] she visited her editor, she would ...")."""
HABIT_MODALS = frozenset({"would"})
"""The auxiliary of a past habit in the main clause ("he would bring pastries"); "would have" is a counterfactual."""


def repeated_occasion(verb: Token) -> bool:
    """Whether a verb tells the occasion of a past habit: "Whenever she visited Lima, ...", or "When he visited his
    editor at her office, he would leave a poem on her desk" and "When he met his publisher, he used to ..." (the main
    clause a habit: "would" without "have", or "used to"), with no date in the "when" clause. Such a clause tells many
    visits, none of them on an occasion (OUTPUT.md section 5: a specific occurrence; GUIDE.md: habitual past
    `not_event`); "When the president visited Kampala on Monday, he met ..." tells one."""
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    if not marks & HABIT_MARKERS or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    if "whenever" in marks:
        return True
    head = verb.head
    kids = list(head.children)
    would = any(c.dep_ == "aux" and c.lower_ in HABIT_MODALS for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)
    used_to = head.lemma_.lower() == "use" and head.tag_ == "VBD" and any(c.dep_ == "xcomp" for c in kids)
    return would or used_to


HABIT_CONTENT_DEPS = frozenset({"ccomp", "conj"})
"""Relations by which an act hangs in what a habit of long standing says ("have long warned that [X] hurt Y")."""


def in_long_habit(word: Token) -> bool:
    """Whether an undated word is told inside what a habit of long standing says: "unions have long warned that
    shortages have hurt staff and [weakened] security" sums up many warnings, and what they warn of is their content,
    told on no occasion (``long_habit``); a content with a date of its own ("have long said that troops shelled the
    town on 3 May") is left to the other rules."""
    node = word
    for head in word.ancestors:
        if node.dep_ not in HABIT_CONTENT_DEPS:
            return False
        if head.pos_ in ("VERB", "AUX") and node.dep_ == "ccomp" and long_habit(head):
            return not any(t.ent_type_ in ("DATE", "TIME") for t in node.subtree)
        node = head
    return False


SETTING_PREPS = frozenset({"to", "into"})
"""Prepositions by which a manner is brought into a kind of proceeding ("has brought his flair to trade talks")."""


def _undated_perfect(verb: Token) -> bool:
    """Whether a verb is a present perfect with no date or time in its clause."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _proceeding_as_setting(noun: Token) -> bool:
    """Whether an event noun names a kind of proceeding into which a present perfect brings a manner: a bare plural
    ("[trade talks] with Accra", "[negotiations] with other partners"; no article, possessive or number) after "to"
    or "into", on an undated present perfect whose object is no one ("has brought his flair for theatre to trade
    talks with Accra", "has poured the same theatre into negotiations with rival exporters"). What the perfect sums up
    is a way of behaving over many sessions, none of them told (OUTPUT.md section 5: a specific occurrence)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or not _undated_perfect(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.ent_type_ or o.lemma_.lower() in PEOPLE_NOUNS or o.lower_ in PEOPLE_NOUNS
                                     for o in objects)


def habit_of_manner(word: Token) -> bool:
    """Whether a word tells a way of behaving summed up by a present perfect: the proceeding itself
    (``_proceeding_as_setting``) or an act in a participle hung on that perfect ("has poured the same theatre into
    negotiations with rival exporters, [threatening] them with duties"); "has closed its border with Benin, accusing
    Cotonou of smuggling" brings nothing into a proceeding and stays two acts."""
    if _proceeding_as_setting(word):
        return True
    if word.tag_ != "VBG" or word.dep_ != "advcl":
        return False
    return any(_proceeding_as_setting(g) for c in word.head.children if c.dep_ == "prep" for g in c.children)


GOING_ON_LEMMAS = frozenset({"continue", "keep"})
"""Verbs that, in the simple present, tell that a proceeding goes on ("continue to negotiate")."""
TALKS_TYPES = frozenset({"CONSULT"})
"""Types of a proceeding that goes on over many sessions: talks."""


def talks_go_on(verb: Token, type_: str) -> bool:
    """Whether talks are told as going on: "Accra and Abuja continue to negotiate over the levy", "keep talking", in
    the simple present with no date of their own, tell the state of the talks, no session held (OUTPUT.md section 5:
    generic statements; "continued talks in Abuja on Wednesday", in the past with a day, stays a meeting)."""
    if type_ not in TALKS_TYPES or verb.dep_ != "xcomp" or verb.pos_ != "VERB":
        return False
    head = verb.head
    if head.lemma_.lower() not in GOING_ON_LEMMAS or head.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    told = [t for c in head.children if c.dep_ != "conj" for t in c.subtree]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in told)


STRIVING_LEMMAS = word_class("striving_lemmas")
"""Verbs of striving for a goal ("battle to win", "vie to host"): what they aim at is not told done."""
FIGHTING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
"""Types of an act whose striving is itself the fight ("troops battled to retake the town"): left to the other rules."""


def strives_for(verb: Token, type_: str) -> bool:
    """Whether an act is only the goal of a verb of striving: "the parties battle to win the election", "envoys
    raced to seal a deal" tell a contest or a rush, and the win or the deal is not told (OUTPUT.md section 5:
    speculation). An armed act so aimed at is left alone: the striving there is the fighting."""
    if type_ in FIGHTING_TYPES or verb.dep_ != "xcomp" or verb.pos_ != "VERB":
        return False
    return verb.head.lemma_.lower() in STRIVING_LEMMAS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


QUANTIFIED_ANY = frozenset({"any"})
"""The determiner by which a negated perfect denies every occasion ("has not signed any accord")."""
NEGATING_WORDS = frozenset({"not", "n't", "never"})
"""Negations of a verb's own clause."""


def _quantified_by_any(noun: Token) -> bool:
    """Whether a noun is "any" or is quantified by it ("any specific terms")."""
    return noun.lower_ in QUANTIFIED_ANY or any(d.dep_ == "det" and d.lower_ in QUANTIFIED_ANY for d in noun.children)


def denies_any(word: Token) -> bool:
    """Whether a negated present perfect denies any occasion at all: "has not committed to any specific terms",
    "have not held any talks with Lome" (the event noun itself quantified) tell that nothing of the kind has happened
    so far, no one act not done (OUTPUT.md section 5: a specific occurrence; "has not signed the accord", about one
    thing, stays negated, and "will not accept any deal", a refusal, is no perfect)."""
    if word.pos_ == "NOUN" and word.dep_ == "dobj" and _quantified_by_any(word):
        return _negated_perfect(word.head)
    if not _negated_perfect(word):
        return False
    objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_quantified_by_any(o) for o in objects)


def _negated_perfect(verb: Token) -> bool:
    """Whether a verb is a negated present perfect ("has not committed", "have never held")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                     for c in verb.children):
        return False
    return any(c.dep_ == "neg" and c.lower_ in NEGATING_WORDS for c in verb.children)


GENERIC_QUANTIFIERS = word_class("generic_quantifiers")
"""Words that make a plural subject a kind of people ("many farmers", "most in Lagos"): no group that acts once."""
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
"""Tags of a verb in the simple present."""


def _generic_subject(subject: Token) -> bool:
    """Whether a subject names a kind of people by a quantifier: "many businesses", "many Ghanaians", "most
    exporters", "some in Lagos" (the quantifier as the head)."""
    if subject.lower_ in GENERIC_QUANTIFIERS:
        return True
    return subject.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("amod", "det") and c.lower_ in GENERIC_QUANTIFIERS
                                          for c in subject.children)


GENERIC_ADDRESSEES = word_class("generic_addressee")
"""Pronouns that name anyone at all ("you should", "everyone must"): advice to them is addressed to no actor."""


def advised_kind(subject: Token) -> bool:
    """Whether the one a "should / must" clause obliges is a kind of people, not a party: a bare plural ("residents
    should keep taking precautions", "doctors must always ask about bedding") or anyone at all ("you should call your
    doctor"). Such a clause gives advice to the public (OUTPUT.md section 5: generic statements are no events); "the
    protesters must leave the square" and "Lima must release them" name whom they oblige."""
    if subject.lower_ in GENERIC_ADDRESSEES:
        return True
    return subject.tag_ == "NNS" and not subject.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") or c.ent_type_ for c in subject.children)


FORETELLING_AUXES = frozenset({"will", "'ll"})
"""Auxiliaries of a foretold act ("many will deplore it"): of a kind of people, a guess about their view."""


def _foretold_undated(verb: Token) -> bool:
    """Whether a verb is foretold with "will" and no date of its own ("many in Accra will deplore the stance"; "some
    lawmakers will boycott the session on Friday" names the day of one act)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    own = [t for c in verb.children if c.dep_ != "conj" for t in c.subtree]  # not "and were shocked last week"
    return len(auxes) == 1 and auxes[0].lower_ in FORETELLING_AUXES and verb.tag_ == "VB" and not any(
        t.ent_type_ in ("DATE", "TIME") for t in own)


def _present_subject(verb: Token) -> Token | None:
    """The subject of a verb in the simple present, or foretold with no date (``_foretold_undated``): its own, or that
    of the present verb it is coordinated with. A bare verb the parser coordinates with a perfect inside a
    "that"-clause ("agree that X has exploited the rules and [support] the plan") cannot continue the perfect: it is
    coordinated with the present verb above."""
    if _foretold_undated(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own if verb.tag_ in PRESENT_TAGS else None
    if verb.dep_ != "conj" or verb.tag_ not in PRESENT_TAGS | {"VB"}:
        return None
    head = verb.head
    if verb.tag_ == "VB" and head.tag_ == "VBN" and head.dep_ == "ccomp":
        head = head.head
    if head.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def generic_doers(verb: Token) -> bool:
    """Whether a verb in the simple present, or foretold with no date, has a kind of people for its doer: "many
    businesses agree that ... and support the plan", "most exporters back the pact" tell a standing view, done on no
    occasion, and "many in Accra will deplore the stance" guesses one (OUTPUT.md section 5: generic statements,
    speculation); "many protesters marched on Monday", in the past, tells one act."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _present_subject(verb)
    return subject is not None and _generic_subject(subject)


SHOWING_LEMMAS = frozenset({"demonstrate"})
"""Verbs that protest when people take to the streets ("thousands demonstrated in the capital") and otherwise show."""


def shows_only(verb: Token) -> bool:
    """Whether a verb of demonstrating shows rather than protests: passive ("as demonstrated by his walkout"), with
    what is shown ("demonstrated its resolve", "demonstrated that the plan works") or an "as" clause of manner ("as
    the talks demonstrated"). A protest has people for its subject and nothing shown ("hundreds demonstrated outside
    the embassy")."""
    if verb.lemma_.lower() not in SHOWING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return False
    shown = ("auxpass", "nsubjpass", "agent", "dobj", "ccomp")
    return any(c.dep_ in shown or (c.dep_ in ("mark", "advmod") and c.lower_ == "as") for c in verb.children)


WALKING_LEMMAS = frozenset({"walk"})
"""Verbs of going on foot that strike or protest only "out" ("nurses walked out over pay", a walkout)."""
WALKOUT_PARTICLES = frozenset({"out"})
WORKPLACE_NOUNS = frozenset({"job", "jobs", "work"})
"""What strikers walk off ("walked off the job"): a walk off one of them is a walkout too."""


def goes_to_a_platform(verb: Token) -> bool:
    """Whether a verb only takes someone to a network to speak there: "turned to Twitter", "took to Instagram" (what
    was said there is the act, on its own words); "appealed to YouTube" names the network as no party either."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for g in c.children if g.dep_ == "pobj"]
    return bool(places) and all(g.lower_ in PLATFORM_NAMES for g in places)


def alerts_only(verb: Token) -> bool:
    """Whether "alert" is a verb of telling: "a dog alerted officers to the smell", "alerted the authorities that ...";
    a force is put on alert by the noun ("placed its troops on high alert"), never by the verb."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "alert"


def walks_only(verb: Token) -> bool:
    """Whether a verb of walking only goes somewhere: "walked into the press room late", "were walking to school" (the
    learned decision, which knows "walked out" as a strike, reads many walks as one). A walkout has "out" after the
    verb, or "off the job"; out of prison it is a release (``prison_exits``, a construction of its own)."""
    if verb.lemma_.lower() not in WALKING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.lower_ == "off" and any(g.lemma_.lower() in WORKPLACE_NOUNS for g in c.children) for c in verb.children):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return not any(c.dep_ == "prt" and c.lower_ in WALKOUT_PARTICLES for c in verb.children) and not (
        after is not None and after.lower_ in WALKOUT_PARTICLES)


def _asks_a_question(kids: list[Token]) -> bool:
    """Whether a verb of asking, by its dependents ``kids``, asks a question rather than for an act: "reporters asked
    the minister whether Accra would reopen the border", "the lawyer asked why his client was still held". The
    question is a complement opened by "whether"/"if" or a wh-word, or a wh-phrase the parser reads as the object
    ("asked [which law] she had broken"); "asked Accra to reopen the border" (an open complement) and "asked that the
    border be reopened" are demands."""
    if any(c.dep_ == "xcomp" for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ASKED_ABOUT_PREPS for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in kids) and not any(c.dep_ == "ccomp" for c in kids):
        return True  # "asked about the militia's funding", "asked Mendez about the funds": a question on a topic
    if any(c.dep_ == "punct" and c.lower_ == "?" for c in kids):
        return True  # '"So I asked them: who paid for the trip?"': a question told in its own words
    for comp in kids:
        if comp.dep_ == "dobj" and (comp.lower_ in QUESTION_WORDS or any(
                d.dep_ == "det" and d.lower_ in QUESTION_WORDS for d in comp.children)):
            return True
        if comp.dep_ == "ccomp" and (comp.doc[comp.left_edge.i].lower_ in QUESTION_WORDS or any(
                c.dep_ == "mark" and c.lower_ in QUESTION_WORDS for c in comp.children)):
            return True
    return False


TESTIFYING_LEMMAS = word_class("testifying_lemmas")
"""Words of giving evidence ("testify", "testimony"): no act by themselves."""
SELF_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it", "there", "this", "that"})
"""Subjects of a testimony's content that are the witness or nobody in particular ("testified that he was not told")."""


def testifies_only(word: Token) -> bool:
    """Whether a word of testifying tells only that evidence was given: no content clause ("testified before the
    committee", "her testimony on Tuesday"), or one about the witness ("testified that he had not been told");
    "testified that the minister had ordered the raid" may accuse the minister and is left to the learned decision."""
    if word.lemma_.lower() not in TESTIFYING_LEMMAS:
        return False
    contents = [c for c in word.children if c.dep_ == "ccomp"]
    return all(all(s.lower_ in SELF_SUBJECTS for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
               for c in contents)


def relays_speech(verb: Token) -> bool:
    """Whether a verb only relays what someone said ("was quoted as saying"), or only names what a speaker spoke of,
    with nothing handed on ("said Kaur, referring to Norway's effort"; "referred the case to the court" hands a
    matter on and stays what the learned decision reads)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in RELAYING_LEMMAS or (
        lemma in MENTIONING_LEMMAS and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children))


def draws_closer(verb: Token) -> bool:
    """Whether a verb of moving tells a named actor drawing closer to another in its ties (see the module
    docstring)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in NEARING_WORDS for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ in POLITICAL_ENTS and subject.lemma_.lower() not in FORCE_NOUNS \
        and subject.lower_ not in FORCE_NOUNS


def knows_only(verb: Token) -> bool:
    """Whether a verb of grasping a fact takes a clause and no object: "Kenya and Uganda recognize that lower
    tariffs would hurt farmers" tells what they know, no recognition of a state or a government is given (real-page
    audit class "non-events": cognition)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in KNOWING_LEMMAS:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "ccomp" for c in kids) and not any(c.dep_ in ("dobj", "nsubjpass", "oprd") for c in kids)


def builds_on(verb: Token) -> bool:
    """Whether a verb of building only extends an earlier thing it is "on", with no object or particle of its own
    (see the module docstring)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXTENDING_LEMMAS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in EXTENDED_PREPS for c in kids)


def strikes_back(verb: Token, type_: str, triggers: set[int]) -> bool:
    """Whether a verb of a blow takes "back": a reprisal or a retort, no assault of its own, and no event of another
    type where a verb tied to it is an event word (one of ``triggers``, token indexes) that tells what the answer was
    (see the module docstring)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RETORT_LEMMAS or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in BACK_WORDS for c in verb.children):
        return False
    return type_ == "ASSAULT" or any(tok.i in triggers for tok in _tied_verbs(verb))


def _tied_verbs(verb: Token) -> list[Token]:
    """The verbs that may tell what ``verb`` did: the verb it hangs on, and those hanging on it (``TIED_VERB_DEPS``),
    also through a preposition ("hit back [by] expelling")."""
    tied = [verb.head] if verb.dep_ in TIED_VERB_DEPS and verb.head.pos_ in ("VERB", "AUX") else []
    for child in verb.children:
        if child.dep_ in TIED_VERB_DEPS and child.pos_ == "VERB":
            tied.append(child)
        elif child.dep_ == "prep":
            tied += [g for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    return tied


IMPRESSION_LEMMAS = frozenset({"strike"})
"""Verbs of a blow that with an object and "as" tell an impression ("it struck me as odd")."""
PERSONAL_OBJECTS = frozenset({"me", "him", "her", "us", "them", "you"})
"""Personal pronouns: the one a thing strikes "as" something is a mind, not a target."""


def strikes_as(verb: Token) -> bool:
    """Whether a verb of a blow tells an impression: "the plan struck her as reckless", "the offer struck several
    envoys as hollow", with "as" after its object and a person or a quality (an adjective) after it; not "jets struck the
    town as the talks began" ("as" a conjunction) nor "struck the depot as part of an offensive"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in IMPRESSION_LEMMAS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        after = obj.right_edge.i + 1
        if after + 1 >= len(verb.doc) or verb.doc[after].lower_ != "as" or verb.doc[after].dep_ == "mark":
            continue
        if obj.lower_ in PERSONAL_OBJECTS or verb.doc[after + 1].pos_ == "ADJ":
            return True
    return False


def vows_no_harm(verb: Token, typed: dict[int, str]) -> bool:
    """Whether a verb of a vow has a "to"-complement that does no harm: no reprisal verb and no event word of a harmful
    type (``typed``: token index to the type the lexicon or the learned decision gave it), in the complement, the
    verbs it is coordinated with or their objects ("vowed to govern for all", "pledged to rebuild the towns"). A vow
    with a noun object ("vowed revenge") is left to the learned decision."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOWING_LEMMAS:
        return False
    # the parser reads the infinitive after an adjunct ("vowed on Sunday to restore ...") as an adverbial clause
    comps = [c for c in verb.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
    if not comps:
        return False
    acts = [a for c in comps for a in (c, *c.conjuncts)]
    acts += [o for a in acts for o in a.children if o.dep_ in ("dobj", "prt")]
    return not any(a.lemma_.lower() in REPRISAL_LEMMAS or typed.get(a.i) in HARM_TYPES for a in acts)
