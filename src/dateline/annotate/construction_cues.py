"""Read the verb and noun shapes the construction triggers test: a body taken over, a post held legitimate, entry
refused, a joint ceremony, the dead listed, a person ousted, a post handed over, a meeting proposed, an ultimatum, a
force readied, a request granted or refused, a call by phone, a rebuke, an order to leave, a court's jail term.

``constructions.py`` builds triggers from them; ``events.py`` and the role passes read some of them again.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

from spacy.strings import get_string_id
from spacy.tokens import Token

from dateline.annotate.accusations import attack_charged, blamed_in_clause
from dateline.annotate.actors import GROUP_NOUNS
from dateline.annotate.arguments import DIPLOMATS, MEETING_NOUNS, is_passive, second_subject
from dateline.annotate.clauses import POLITICAL_HEADS, THREAT_MODES, _plural_subject
from dateline.annotate.content import ACTOR_ENTS
from dateline.annotate.evaluation import charged_doer
from dateline.annotate.nlp import title_heads, verb_doers
from dateline.annotate.organs import organ_kind
from dateline.lexicons import word_class


DEMAND_MODALS = frozenset({"must", "should"})
COMMITTED_ADJECTIVES = frozenset({"willing", "ready", "prepared", "committed"})


PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})


def _names_an_actor(tok: Token) -> bool:
    """Whether the subject of a demanded or wanted act names someone who can be asked to do it: a name, a personal
    pronoun, a collective ("the interim government", "the army"), or a noun a name or a nationality qualifies ("the
    Chilean ambassador"); not a thing ("every song had to ...", "wanted his stories to reach readers")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS or tok.lower_ in PERSONAL_PRONOUNS \
            or tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in POLITICAL_HEADS:
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN")
               for c in tok.children)


HEADED_BODIES = word_class("headed_bodies")
"""Bodies a named person takes over by taking up their post ("the embassy", "the health ministry")."""
TAKING_OVER_LEMMAS = frozenset({"take", "assume"})
"""Verbs that take a post over with the particle "over" ("took over the embassy")."""


def _takes_over_body(verb: Token) -> bool:
    """Whether a named person takes over a body with a head: "Ines Varga takes over the embassy in Lima", "he took over
    the defence ministry in May"; not armed men or a crowd seizing one ("gunmen took over the embassy")."""
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in HEADED_BODIES for c in verb.children)


REGARDING_LEMMAS = word_class("regarding_lemmas")
LEGITIMACY_WORDS = word_class("legitimacy_words")
HELD_POSTS = word_class("held_post")


def _held_legitimate(verb: Token) -> Token | None:
    """The post a verb of regarding holds someone to hold rightfully ("considers A the legitimate president", "regards
    A as Peru's rightful leader"), or None; a negated verb holds no one."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return next((t for p in phrases for t in p.subtree if t.lemma_.lower() in HELD_POSTS
                 and any(a.dep_ == "amod" and a.lower_ in LEGITIMACY_WORDS for a in t.children)), None)


ENTRY_REFUSING_LEMMAS = frozenset({"refuse", "deny"})
ENTRY_NOUNS = word_class("entry_nouns")


def _entry_refused(verb: Token) -> Token | None:
    """The entry a verb refuses someone ("was refused entry", "denied him access to the border post"), or None."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ENTRY_NOUNS
                 and not any(d.dep_ == "neg" for d in verb.children)), None)


CEREMONY_LEMMAS = word_class("ceremony_lemmas")
"""Verbs of a ceremony people attend in person ("inaugurated the dam", "unveiled a memorial")."""


def _joint_doers(verb: Token) -> bool:
    """Whether a verb's subject is two or more people coordinated ("he and President X", "A and B"): no state named
    as such ("Kenya and Uganda opened the border" is no meeting of people) and at least one person or pronoun."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        doers = [subj, *subj.conjuncts]
        if len(doers) < 2 or any(d.ent_type_ in ("GPE", "NORP", "ORG") for d in doers):
            return False
        return any(d.ent_type_ == "PERSON" or d.pos_ == "PRON" or any(
            c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound") for c in d.children) for d in doers)
    return False


DEATH_TOLL_WORDS = word_class("death_toll_words")
DYING_LEMMAS = frozenset({"kill", "die"})


def _among_the_dead(prep: Token) -> Token | None:
    """The copula of "Among the dead were A and B", "A was among those killed": a death told by membership of the dead
    (issue 12), whose subjects are the people who died (``_role_among_the_dead``); None for any other "among"."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_.lower() != "be":
        return None
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if noun.lower_ in DEATH_TOLL_WORDS or (noun.lower_ == "those" and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DYING_LEMMAS for c in noun.children)):
            return verb
    return None


OUSTING_PARTICIPLES = word_class("ousting_participles")


def _ousted_person(word: Token) -> Token | None:
    """The name of the one "the ousted president, A", "deposed Bordurian leader A", "A, the toppled president" calls
    removed from power (a past removal told by a participle on the post or the name: DISMISS of A, issue 14); None
    when the participle modifies no named person ("the ousted government")."""
    if word.dep_ != "amod" or word.lower_ not in OUSTING_PARTICIPLES:
        return None
    noun = word.head
    if noun.ent_type_ == "PERSON":
        return noun
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return noun.head  # "ousted President A": the post is a compound of the name
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return noun.head  # "A, the ousted president"
    return next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _hands_over_post(verb: Token) -> bool:
    """Whether a handover verb gives a post to someone named in a "to" phrase ("handed the presidency to Y", "before
    handing power to Y"), as a done act: not an infinitive ("refused to hand power to Y")."""
    return (any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS for c in verb.children)
            and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                    for c in verb.children)
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


PROPOSING_LEMMAS = word_class("proposing_lemmas")


def _meeting_proposed(verb: Token) -> bool:
    """Whether a verb puts a meeting forward: "floated a round of talks", "proposed a summit in Nairobi" (PLOVER
    REQUEST meet); not "proposed a ceasefire" (its own act) nor a meeting told as the head of the verb's clause."""
    return verb.lemma_.lower() in PROPOSING_LEMMAS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in MEETING_NOUNS or c.lower_ in MEETING_NOUNS) for c in verb.children)


SPEAKER_SUBJECTS = frozenset({"we", "i"})
"""Subjects that are the speaker's own side: an ultimatum is held out by the one who speaks."""
FUTURE_AUXES = frozenset({"will", "would", "'ll", "shall"})


def _ultimatum(verb: Token) -> bool:
    """Whether a clause is an ultimatum in the speaker's words: the speaker's side ("we", "I") will act on a refusal,
    a condition told by "unless" or by a negated "if": "if you do not release them, we will come for them", "unless
    the raids stop, we will", "if they don't, I will". A promise on a condition met ("if you sign, we will pay") is
    none."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_SUBJECTS
                                                   for c in verb.children):
        return False
    if not (verb.lower_ in FUTURE_AUXES or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in verb.children)):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "if you do not pay, we will not deliver": a refusal held out, told by its own rules
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i:
            continue  # the condition comes first, as an ultimatum's does ("we will act if ..." is often a plan)
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and any(c.dep_ == "neg" for c in clause.children)):
            return True
    return False


def _ultimatum_mode(verb: Token, seen: set[tuple[int, str]]) -> str | None:
    """The THREATEN mode of an ultimatum: that of the coercive act its verb tells, when the lexicon or the model sees
    one there ("we will cut the power": a threat of sanctions)."""
    return next((THREAT_MODES[typ] for typ in THREAT_MODES if (verb.i, typ) in seen), None)


HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
"""Types of a hostile act: a declared readiness to do one ("is prepared to impose a curfew") is a threat (PLOVER
THREATEN), not a commitment."""
READINESS_COPULAS = frozenset({"be", "stand", "remain"})
"""Verbs that declare a readiness ("is / stands ready to"); "reservists were getting ready to enter the fighting"
prepares, threatens no one."""
REFUSING_LEMMAS = word_class("refusing_lemmas")
"""Verbs whose "to"-complement is the act refused ("declined to attend")."""
GRANTING_LEMMAS = word_class("granting_lemmas")
"""Verbs that grant what was asked when their object is a request ("approved an extradition request")."""
ASKED_NOUNS = word_class("asked_nouns")
"""Nouns of what someone asked for ("request", "plea"), which a granting verb answers."""


FORCE_TYPES = frozenset({"ASSAULT"})
"""Types of an act of force: getting ready to do one ("the militia prepared to renew its bombardment") is a
mobilisation."""


def _act_words(verb: Token) -> list[Token]:
    """A complement verb, its object, and the verbs it carries on ("resume shelling", "start to fire"); a verbal noun
    the parser hangs on the object as a compound is the act ("resume [bombing] rebel camps")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    words = [verb] + objects + [m for o in objects for m in o.children if m.dep_ == "compound" and m.tag_ in ("VBG", "NN")
                                and m.lower_.endswith("ing")]
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            words += [c] + [g for g in c.children if g.dep_ == "dobj"]
    return words


def _hostile(verb: Token, typed: set[tuple[int, str]], types: frozenset[str] = HOSTILE_TYPES) -> bool:
    """Whether a verb or its object is a word of a hostile act ("impose martial law", "use force") for the lexicon
    or the learned decision."""
    return any((t.i, typ) in typed for t in _act_words(verb) for typ in types)


def _readies_force(verb: Token, seen: set[tuple[int, str]]) -> bool:
    """Whether a verb tells an actor getting ready for an act of force: "the militia prepared to renew its bombardment",
    "reservists were getting ready to enter the fighting" (GUIDE.md: MOBILIZE; a declared readiness, "is prepared
    to", is an adjective and a threat or a commitment)."""
    lemma = verb.lemma_.lower()
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]  # the parser reads the infinitive both ways
    if lemma == "get":
        ready = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "ready"]
        comps = [g for c in ready for g in c.children if g.dep_ == "xcomp"] + (comps if ready else [])
    elif lemma != "prepare":
        return False
    return any(c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and _hostile(c, seen, FORCE_TYPES) for c in comps)


def _grants_request(verb: Token) -> bool:
    """Whether a granting verb, not negated, takes a request as its object ("the court granted Y's plea", "the
    cabinet approved a transfer request lodged by X"; not "approved the budget")."""
    return not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ASKED_NOUNS for c in verb.children)


def _refuses_to(verb: Token) -> bool:
    """Whether a refusing verb with a subject of its own and no negation takes a "to"-infinitive ("X declined to
    resign"; not "did not refuse to", not "prices declined")."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


NOT_ADDRESSEES = frozenset({"i", "we", "there", "this"})
"""Subjects of a "must" clause that name no one a demand is made of."""


def _demand_in_noun(verb: Token) -> bool:
    """Whether a verb's object carries a "that" clause of obligation with a subject ("issued a reminder to Peru that
    it must cooperate", "sent a message that Uganda should withdraw"): a demand made by the verb's subject. The
    parser may hang the clause on the verb when it has such an object."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    clauses = [c for o in objects for c in o.children if c.dep_ == "acl"]
    clauses += [c for c in verb.children if c.dep_ == "ccomp"] if objects else []
    return any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in NOT_ADDRESSEES for s in c.children)
               for c in clauses)


@lru_cache(maxsize=1)
def _speaker_ids() -> frozenset[int]:
    """The lower-case ids of ``SPEAKER_SUBJECTS``."""
    return frozenset(get_string_id(word) for word in SPEAKER_SUBJECTS)


@lru_cache(maxsize=1)
def _committed_ids() -> frozenset[int]:
    """The lower-case ids (``Doc.to_array(LOWER)``) of ``COMMITTED_ADJECTIVES``."""
    return frozenset(get_string_id(word) for word in COMMITTED_ADJECTIVES)


PHONE_WORDS = frozenset({"phone", "telephone", "videolink", "video", "videoconference"})


def _a_call(noun: Token) -> bool:
    """Whether a noun names a phone or video call: "a phone call", "a telephone conversation", "a videoconference"
    (not "in contact with", "in the talks", which name no call)."""
    return noun.lemma_.lower() in PHONE_WORDS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in PHONE_WORDS for c in noun.children)


REBUKING_LEMMAS = word_class("rebuking_lemmas")
REBUKED_PREPS = frozenset({"at", "against"})
"""Prepositions that name the one a shout or a tirade is aimed at ("yelled [at] him", "railed [against] the mayor")."""


def _rebuked_for(verb: Token) -> bool:
    """Whether a verb of scolding is aimed at someone for a fault: "Judge Ward scolded Peter Sand for lying to the
    court", "she confronted her brother, shouting at him for killing her son"; not "shouted slogans", "yelled for
    help" (no one addressed) nor "scolded the boy" (no fault told)."""
    if verb.lemma_.lower() not in REBUKING_LEMMAS:
        return False
    faults = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.pos_ == "NOUN"]
    addressed = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in REBUKED_PREPS for g in c.children
        if g.dep_ == "pobj"]
    return bool(faults) and any(a.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or a.pos_ in ("PRON", "PROPN")
                                or a.lower_ in title_heads() for a in addressed)


DIALING_LEMMAS = frozenset({"dial"})
"""Verbs of placing a phone call to the person they take as object ("dialed up the president")."""
DIAL_DOWN_WORDS = frozenset({"back", "down"})
"""Particles that make a verb of dialing a figure of lowering ("dialed back its rhetoric")."""


def _dialed(verb: Token) -> bool:
    """Whether a verb of dialing takes a person as object: "the envoy dialed up the prime minister from her hotel"
    (a named person or a title); not "dialed back its rhetoric" nor "dialed the number"."""
    if verb.lemma_.lower() not in DIALING_LEMMAS or any(c.lower_ in DIAL_DOWN_WORDS for c in verb.children):
        return False
    # (the parser may hang the one called on "up" as its object, "dialed [up the president]")
    called = [c for c in verb.children if c.dep_ == "dobj" or second_subject(verb, c)]
    called += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "up" for g in c.children
               if g.dep_ == "pobj"]
    return any(c.ent_type_ == "PERSON" or c.lower_ in title_heads() for c in called)


def _by_phone(verb: Token) -> bool:
    """Whether a verb is told "by / over the phone" or "by video link" with someone: "A and B conversed by phone",
    "A spoke with B by telephone"."""
    if not any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "via") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in PHONE_WORDS or any(m.lower_ in PHONE_WORDS for m in g.children))
            for g in c.children) for c in verb.children):
        return False
    return _plural_subject(verb) or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


ORDERING_LEMMAS = word_class("ordering_lemmas")
"""Verbs that expel what they order out or tell to leave (``_orders_out``)."""
JUDGING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "SUPPORT"})
"""Types of a stance on someone's act, aimed at whoever did it."""
JUDGED_PREPS = word_class("judged_preps")
JUDGED_SUBJECT_VERBS = word_class("judged_subject_verbs")
"""Verbs whose subject is the one judged ("X deserves the prize"): the speaker judges."""
"""Prepositions that name what a stance is about: "complained over the raids"."""
LEAVING_LEMMAS = word_class("leaving_lemmas")
OFFICE_NOUNS = word_class("office_nouns")
"""What one leaves by stepping down, not by going abroad: "an ultimatum to leave office" expels no one."""


COURT_TAKING_LEMMAS = word_class("court_taking_lemmas")
"""Verbs that bring someone before a court ("took X to court", "dragged X to court", "hauled X before a tribunal")."""
COURT_NOUNS = word_class("court_nouns")
"""Nouns of the court someone is brought before ("court", "tribunal")."""
COURT_PREPS = frozenset({"to", "into", "before"})
"""Prepositions of that court ("to court", "into court", "before a tribunal")."""
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


JAILING_LEMMAS = word_class("jailing_lemmas")
PRISON_TERM_UNITS = word_class("prison_term_units")


def _struck(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or its passive's subject ("killed two guards", "two guards were killed")."""
    return [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]


def _jailed_by_court(verb: Token) -> bool:
    """Whether a verb of jailing tells a sentence: its doer (subject, or a passive's "by" agent) is a court, a judge
    or a jury ("a Lisbon court jailed him"), or, with no other state body doing it, a term is told ("was jailed for
    ten years", "imprisoned for life"); "police jailed two men overnight" and "was jailed in 2019" stay detentions."""
    if verb.lemma_.lower() not in JAILING_LEMMAS:
        return False
    doers = verb_doers(verb)
    kinds = {organ_kind(d) for d in doers} - {None}
    if kinds:
        return kinds == {"court"}
    return any(g.lemma_.lower() in PRISON_TERM_UNITS for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj")


def _taken_to_court(verb: Token) -> bool:
    """Whether ``verb`` brings someone before a court: "the senators dragged the police chief, X, to court", "took him
    to court over the vote", "was hauled before a tribunal" (GUIDE.md: a suit or charges brought against someone are
    ACCUSE allege, as "sued" is), not a journey ("took the injured man to hospital") nor a thing brought to a court
    ("brought the files to court": nobody is acted on)."""
    if verb.lemma_.lower() not in COURT_TAKING_LEMMAS:
        return False
    kids = list(verb.children)
    sued = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    # "the police chief, X": a post named by the name in apposition
    if not any(_names_an_actor(c) or c.lower_ in OBJECT_PRONOUNS or any(a.dep_ == "appos" and _names_an_actor(a)
                                                                         for a in c.children) for c in sued):
        return False
    # the parser may hang the court's phrase on the object ("dragged [the chief, X, to court]")
    preps = [c for h in (verb, *sued) for c in h.children if c.dep_ == "prep" and c.lower_ in COURT_PREPS]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in COURT_NOUNS for p in preps for g in p.children)


def _charged_clause(verb: Token) -> Token | None:
    """The doer a saying verb's reported clause charges with a wrong (``evaluation.charged_doer``), or None."""
    for comp in verb.children:
        if comp.dep_ == "ccomp" and (doer := charged_doer(comp) or blamed_in_clause(comp)
                                     or attack_charged(comp)) is not None:
            return doer  # (or a harm pinned on it: "said [Iran was responsible for the attack]", accusations.py)
    return None


def _envoy_must_leave(clause: Token) -> bool:
    """Whether a clause of obligation sends a diplomat away: "[the ambassador] must leave", "will have to leave the
    country", "is going to have to depart" (not "leave office")."""
    verb: Token | None = clause
    while verb is not None and verb.lemma_.lower() not in LEAVING_LEMMAS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)  # "going to have to [leave]"
    if verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DIPLOMATS for c in clause.children) and not any(
        o.dep_ == "dobj" and o.lemma_.lower() in OFFICE_NOUNS for o in verb.children)


def _orders_out(verb: Token) -> bool:
    """Whether an ordering verb sends its object away: "told them to leave", "gave him 48 hours to leave",
    "ordered 25 diplomats out of the country"."""
    if not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children):
        return False
    for tok in verb.subtree:
        if tok.lower_ == "out" and tok.i > verb.i and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of" \
                and any(p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC") or p.lower_ in ("country", "territory"))
                        for p in tok.doc[tok.i + 1].children):
            path = list(takewhile(lambda a: a.i != verb.i, tok.ancestors))
            if len(path) <= 2 and not any(a.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in a.children)
                                          for a in path):
                return True  # "ordered 25 diplomats out of the country" (a clause of its own does not count)
    for child in verb.children:
        nodes = [child, *(g for g in child.children if g.dep_ in ("relcl", "acl", "xcomp", "advcl"))]
        if child.dep_ in ("xcomp", "advcl", "ccomp", "dobj", "dative") and any(
                n.lemma_.lower() in LEAVING_LEMMAS and n.pos_ == "VERB" and any(a.lower_ == "to" for a in n.children)
                and not any(o.dep_ == "dobj" and o.lemma_.lower() in OFFICE_NOUNS for o in n.children)
                for n in nodes):
            return True
    return False


DEADLINE_UNITS = word_class("deadline_units")
ULTIMATUM_ADDRESSEES = word_class("ultimatum_addressees")


def _deadline_to_fighters(verb: Token) -> bool:
    """Whether an order to leave gives an armed force a deadline: its object or dative is a fighting body ("the rebels",
    "Kurdish fighters", "foreign troops") and the verb sets a time limit ("48 hours", "until Friday", "by Sunday")."""
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not any(a.lemma_.lower() in ULTIMATUM_ADDRESSEES or a.lower_ in ULTIMATUM_ADDRESSEES for a in addressees):
        return False
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS
             and any(n.dep_ == "nummod" for n in c.children)]
    limits = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "by")
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
    return bool(spans or limits)
