"""Tell whether a characterisation condemns ("called the move a short-sighted step", "described it as unfounded") or
praises ("described her as a wise and loyal friend").

A word is negative when VADER's sentiment lexicon (``vaderSentiment``, MIT; 7,500 words rated by
ten people from -4 to +4) rates it at ``NEGATIVE_VALENCE`` or below, or when it belongs to the
``negative_evaluations`` class of ``lexicons/event_words.tsv``: the formal words of diplomatic
condemnation that a lexicon built from social media lacks ("unfounded", "provocative"). Only the
lexicon file is read; VADER's scorer (for whole texts) is not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dateline.annotate.nlp import title_heads
from dateline.lexicons import word_class

NEGATIVE_VALENCE = -1.0
"""VADER's mean rating at or below which a word condemns ("short-sighted" -1.2, "hostile" -1.6)."""
POSITIVE_VALENCE = 1.5
"""VADER's mean rating at or above which a word praises ("wise" 2.1, "loyal" 2.1; not "important" 0.8)."""
VIEWING_LEMMAS = word_class("viewing_lemmas")
"""Verbs of regarding ("viewed the move as a breach"), which judge their object only through a stated predicate."""
PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr"})
"""Dependencies of what a verb of calling says its object is ("called it [a violation]")."""


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's word ratings, lower case."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            try:
                out[fields[0].lower()] = float(fields[1])
            except ValueError:
                continue
    return out


def negative(word: str) -> bool:
    """Whether a word (lower case, or a hyphenated compound) condemns what it qualifies."""
    return word in word_class("negative_evaluations") or valences().get(word, 0.0) <= NEGATIVE_VALENCE


def _words(tok: Token) -> list[str]:
    """A token's word, its lemma and, inside a hyphenated compound, the compound ("short-sighted" is three tokens).

    The lemma because VADER rates a plural apart from its singular, and often far milder ("branded them thugs and
    bigots": "bigots" -0.7, "bigot" -2.3)."""
    out = [tok.lower_]
    lemma = tok.lemma_.lower()
    if lemma != tok.lower_ and tok.pos_ == "NOUN":
        out.append(lemma)
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i].whitespace_:
        out.append(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
    return out


def _predicate_words(head: Token) -> list[Token]:
    """The words of what is said about the object: the phrase without the phrases its nouns take ("a violation
    [of international law]") and without a subject of its own ("[North Korea's launch] unacceptable")."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "det", "punct", "cc") or (
                child.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN")):
            continue
        out += _predicate_words(child)
    return out


def _said_words(verb: Token) -> set[str]:
    """The words of what a verb of calling says its object is: its predicate ("called it [unacceptable]"), its "as"
    phrase ("described it [as unfounded]", which the parser may read as a clause), or, when the parser found neither,
    its object ("branded them [traitors]"; not for a verb of regarding: "saw heavy fighting" judges nothing)."""
    # a gerund is what one thinks of doing, no predicate: "would consider boycotting the vote" judges nothing
    said = [c for c in verb.children if c.dep_ in PREDICATE_DEPS and not (c.dep_ == "xcomp" and c.tag_ == "VBG")]
    said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in (c, *c.children)]
    # the parser may hang the "as" phrase on the object ("viewed [Peru's decision [as a breach]]")
    said += [g for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in (c, *c.children)]
    said += [c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "as" for a in c.children)]
    if not said and verb.lemma_.lower() not in VIEWING_LEMMAS:
        said = [c for c in verb.children if c.dep_ == "dobj"]
    return {w for head in said for tok in _predicate_words(head) for w in _words(tok)}


def condemns(verb: Token) -> bool:
    """Whether a verb of calling ("call", "describe", "brand") says its object is something bad (``_said_words``).

    The object itself never counts: "called the attack a success" praises. A verb with a particle is another verb,
    no calling: "called off his visit to deal with a strike", "called up reservists" say nothing of their object.
    """
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    return any(negative(w) for w in _said_words(verb))


def praises(verb: Token) -> bool:
    """Whether a verb of calling says its object is something good and nothing bad: "described the envoy as a wise
    and loyal friend" praises, so it accuses nobody, whatever sense the learned decision gives the verb."""
    words = _said_words(verb)
    return any(valences().get(w, 0.0) >= POSITIVE_VALENCE for w in words) and not any(negative(w) for w in words)


CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "prep", "conj"})
"""Dependents of a predicate that are phrases or clauses of their own."""
JUDGED_ACTOR_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})
"""Entity labels of a subject a reported judgement can be about (a person, a state, a body)."""
GROUP_NOUNS = word_class("group_noun", "annotate_words")
"""Heads of unnamed collectives ("the Chilean government", "the junta"): actors a judgement or a dismissal can be
about when a state, a name or a determiner picks them out."""
BELITTLING_PREDICATE_POS = frozenset({"ADJ"})
"""Parts of speech of what a dismissal says its object is, whatever the word ("dismissed the envoys as
[irrelevant]"): a noun counts only when it condemns, since "dismissed her as finance minister" names a post."""


def _actor(tok: Token, determined: bool = False) -> bool:
    """Whether a subject or object names an actor: an entity of ``JUDGED_ACTOR_ENTS``, or an unnamed collective
    that a state or a possessor picks out ("the Peruvian government", "Lima's negotiators"); ``determined``: a
    determiner is enough ("the junta")."""
    if tok.ent_type_ in JUDGED_ACTOR_ENTS:
        return True
    return (tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in GROUP_NOUNS) and any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in JUDGED_ACTOR_ENTS)
        or (determined and c.dep_ == "det") for c in tok.children)


JUDGED_BODIES = word_class("judged_bodies")
"""Heads of a state's bodies that "the" alone picks out as actors in a reported judgement ("the government")."""
FAILING_VERBS = word_class("failing_verbs")
"""Verbs of failing someone or a duty ("failed the victims", "betrayed the farmers", "neglected its duty")."""
BETRAYING_VERBS = word_class("betraying_verbs")
"""Verbs of failing whose object is always someone wronged or a trust ("betrayed the dockworkers")."""
FAILED_DUTY_ACTS = word_class("failed_duty_acts")
"""Acts an actor owes others, whose failure judges it ("had failed to protect the villages"), unlike a contest's."""
SHOWING_VERBS = word_class("showing_verbs")
"""Verbs by which a reported clause puts another forward as shown ("the report shows that ...")."""
JUDGED_CONDUCT = word_class("judged_conduct")
"""Nouns of what an actor did or said, which a judgement "said of" it aims at ("said of the premier's conduct")."""
FRAMING_PRONOUNS = frozenset({"this", "that", "it", "he", "she", "they"})
"""Subjects of a quoted judgement that stand for what it is "said of" ("'It was shameful,' she said of X")."""
BELIEVING_VERBS = word_class("believing_verbs")
"""Verbs by which the speaker's side holds another clause true ("said they believe ...")."""
BELIEVERS = frozenset({"i", "we", "he", "she", "they"})
"""Subjects of a verb of believing that are the speaker's side: "said [they] believe", not "said voters believe"."""
DUTY_NOUNS = word_class("duty_nouns")
"""What an actor fails in or neglects ("its duty", "its obligations")."""
FAILED_PEOPLE = word_class("failed_people")
"""People an actor fails or betrays ("the families", "the voters"), beside ``GROUP_NOUNS``."""
LACKED_VIRTUES = word_class("lacked_virtues")
"""What an actor is said to lack when the saying judges it ("the courage", "credibility")."""
DEFINITE_DETS = frozenset({"the", "this"})
"""Determiners that pick out one body the reader knows ("the government", "this government")."""
HEDGING_AUX = frozenset({"would", "could", "might", "may", "will", "should", "must"})
"""Auxiliaries that make a failing a forecast or a warning, no judgement of a past act ("would fail the voters")."""


def _body(tok: Token) -> bool:
    """Whether a noun is a state's body or a post that "the" alone picks out: "[the government]", "[the court]",
    "[the judge]" (the holder of the post the page names)."""
    word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
    return (word in JUDGED_BODIES or tok.lower_ in JUDGED_BODIES or tok.lower_ in title_heads()) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children)


def _judged_actor(tok: Token) -> bool:
    """Whether a reported clause's subject, or the possessor of the act it names, is an actor it can judge: a named
    one or a group a state picks out (``_actor``), or a state's body or a post with "the" (``_body``)."""
    return _actor(tok) or _body(tok)


def belittles(verb: Token) -> bool:
    """Whether a verb of dismissal ("dismissed", "derided") says an actor is something slight or bad: "dismissed the
    Peruvian delegation as [ornamental]", "derided the senators as [puppets]". A criticism (ACCUSE disapprove), not
    the rejection of a proposal ("dismissed the offer as unrealistic": the object is no actor) nor the sacking of
    an official ("dismissed her as finance minister": a post)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _actor(obj, determined=True):
        return False
    # the "as" phrase on the verb, or on its object where the parser hangs it ("derided [the delegation as puppets]")
    said = [g for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
            if g.dep_ in ("pobj", "amod", "acomp")]
    said += [g for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "as" for a in c.children)
             for g in (c, *c.children) if g.dep_ in ("acomp", "attr")]
    return any(s.pos_ in BELITTLING_PREDICATE_POS or any(negative(w) for w in _words(s)) for s in said)


def _adjective_of(adverb: str) -> str:
    """The adjective a manner adverb is made from, as the sentiment lexicon lists it ("irresponsibly" ->
    "irresponsible", "recklessly" -> "reckless", "angrily" -> "angry"); other words unchanged."""
    for ending, replacement in (("ibly", "ible"), ("ably", "able"), ("ily", "y"), ("ly", "")):
        if adverb.endswith(ending) and len(adverb) > len(ending) + 3:
            return adverb[: -len(ending)] + replacement
    return adverb


def _actors_act(noun: Token) -> bool:
    """Whether a subject is something an actor named as its possessor did or said: "[Farouk's order] was
    improper", "[Lima's decision] was reckless" (the possessor is judged through it)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and _judged_actor(c) for c in noun.children)


SUFFICIENCY_WORDS = word_class("sufficiency_words")
"""Words of doing enough ("sufficient measures", "done enough"): a negated clause says its subject falls short."""
HAVING_LEMMAS = word_class("having_lemmas")
"""Verbs of having or getting, whose "not enough" tells a lack, not a failing ("does not have enough doctors")."""


def falls_short(clause: Token) -> bool:
    """Whether a reported or quoted clause says its subject does not do enough: "[is not taking sufficient steps] to
    guard the river", "[has not done enough]", "[did not take the necessary steps]" (a negated act whose object or
    manner is a word of ``sufficiency_words``): a criticism, though the clause is negated; not a lack ("Kenya does
    not have enough doctors") nor a forecast ("would not do enough")."""
    if not any(c.dep_ == "neg" for c in clause.children) or clause.lemma_.lower() in HAVING_LEMMAS or any(
            c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in clause.children):
        return False
    said = [c for c in clause.children if c.dep_ in ("dobj", "advmod")]
    return any(w.lower_ in SUFFICIENCY_WORDS for head in said for w in (head, *head.children)
               if w.dep_ in ("dobj", "advmod", "amod"))


def judges_subject(clause: Token) -> bool:
    """Whether a reported clause says its named subject, or what a named actor did, is or did something bad: "[Milei
    had gone completely mad]", "[Museveni was a liar]", "[Kenya had behaved irresponsibly]", "[Farouk's order] was
    inappropriate". What is said is the clause's predicate (a
    complement, or a manner adverb); a person's condition ("was dead", "was injured": ``condition_words``) is no
    judgement, nor is a passive ("was killed")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not (_judged_actor(subject) or _actors_act(subject)):
        return False
    if falls_short(clause):
        return True  # "[Vietnam] is not taking sufficient measures": negated, and a criticism all the same
    if any(c.dep_ in ("neg", "auxpass") for c in clause.children):
        return False
    return _fails(clause) or _says_bad(clause)


PERFORMANCE_NOUNS = word_class("performance_nouns")
"""Nouns of the work someone did, whose words judge the doer ("has done [a terrible job]", "did [great work]")."""
LYING_FORMS = word_class("lying_forms")
"""Forms of a verb of lying that tell a lie, not a place ("[lied] to parliament"; "lies" and "lying" also say where
something is)."""


def _performance(clause: Token) -> list[Token]:
    """The work a clause of doing says its subject did, when it is said as done, not forecast: "has done [a terrible
    job]", "did [wonderful work]"; none for "would do a good job" or "did the dishes"."""
    if clause.lemma_.lower() != "do" or any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in PERFORMANCE_NOUNS]


def _says_bad(clause: Token) -> bool:
    """Whether a clause's predicate (a complement, a manner adverb, or the work it did: ``_performance``) is something
    bad: "was [a liar]", "had behaved [irresponsibly]", "has done [a terrible job]"; a person's condition ("was dead":
    ``condition_words``) is none."""
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")] + _performance(clause)
    # a manner adverb ("behaved irresponsibly"), or a word the parser reads as one ("acted contrary to the accords")
    said += [c for c in clause.children if c.dep_ == "advmod" and (c.lower_.endswith("ly") or negative(c.lower_))]
    # a likeness of manner: "was behaving [like a bully]", "acted like thugs"
    said += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "like" for g in c.children
             if g.dep_ == "pobj"]
    # the predicate's own words ("a [dangerous] [liar]", "absolutely [crazy]"), not the clauses it takes ("willing to
    # defend X if it is attacked")
    own = [t for head in said for t in (head, *head.children) if t.dep_ not in CLAUSE_DEPS]
    words = {w for tok in own for w in (*_words(tok), _adjective_of(tok.lower_))}
    conditions = word_class("condition_words")
    return any(negative(w) and w not in conditions for w in words)


def ill_said(clause: Token) -> bool:
    """Whether a clause, active and not negated, says something bad of its subject, whoever that is (``_fails``,
    ``_says_bad``): "[he] is a disgrace", "[it] has failed its duty"; read by ``quotations`` for a pronoun subject."""
    if any(c.dep_ in ("neg", "auxpass") for c in clause.children):
        return False
    return _fails(clause) or _says_bad(clause)


def praised_predicate(clause: Token) -> bool:
    """Whether a clause, not negated, says its subject is something good and nothing bad: "[you are] an inspiring
    example", "[you have been] a brave and honest voice" (the words of its complement, as ``praises`` reads a verb
    of calling), or that the work it did was good ("has done [a magnificent job]"). A forecast or a duty ("must be
    ready") praises nothing, nor does an adjective with a complement of its own, which tells a stance or a readiness
    of the subject ("is ready to send troops", "remained grateful to X", "is confident of the prospects")."""
    if any(c.dep_ in ("neg", "auxpass") or (c.dep_ == "aux" and c.lower_ in HEDGING_AUX) for c in clause.children):
        return False
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")] + _performance(clause)
    if any(head.pos_ == "ADJ" and any(c.dep_ in ("prep", "xcomp", "ccomp") for c in head.children) for head in said):
        return False
    words = {w for head in said for tok in (head, *head.children) if tok.dep_ not in CLAUSE_DEPS for w in _words(tok)}
    return any(valences().get(w, 0.0) >= POSITIVE_VALENCE for w in words) and not any(negative(w) for w in words)


def judged_actor(subject: Token) -> Token | None:
    """The actor a judged subject stands for: the subject itself when it names one ("[Sissoko] behaved badly"), the
    possessor of the act it names ("[Otten]'s decision was cruel"), else None."""
    if _judged_actor(subject):
        return subject
    if _actors_act(subject):
        return next(c for c in subject.children if c.dep_ == "poss" and _judged_actor(c))
    return None


SCANT_DEEDS = word_class("scant_deeds")
"""What an actor is said to have done when it did not do its part ("had done [nothing] to stop", "[too little]")."""
BUNGLING_VERBS = word_class("bungling_verbs")
"""Verbs of doing owed work badly ("mishandled the crisis", "mismanaged the budget")."""
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})
"""Relations by which the parser hangs "to help" on "done too little" or on "nothing"."""


def _done_for(verb: Token, deed: Token) -> bool:
    """Whether a scant deed is an actor's, told with the duty it was for ("[the governor] had done nothing [to stop]
    the violence", ``FAILED_DUTY_ACTS``), as a failing is; "did nothing wrong" clears its doer, and a thing that "did
    nothing to dent" a claim judges nobody."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _judged_actor(subject):
        return False
    return any(c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB" and c.lemma_.lower() in FAILED_DUTY_ACTS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in (*verb.children, *deed.children))


def _fails(verb: Token) -> bool:
    """Whether a reported clause's verb says its subject failed someone or a duty, or lacks a virtue: "[had failed in
    its duty] to protect", "[had failed] the families", "[betrayed] the farmers", "[neglected its obligations]",
    "[lacked the courage] to act", "[lied] to parliament", "[had failed to protect] the villages" (an act owed to
    others left undone: ``FAILED_DUTY_ACTS``), "[had done too little] to help", "[had mishandled] the crisis". A
    failing with no one wronged ("failed a safety test", "failed to score") or one told as a forecast ("would fail the
    voters") judges nobody."""
    if any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in verb.children):
        return False
    if verb.lower_ in LYING_FORMS:
        return True  # "has [lied] to this house", "lied about the war": a lie told, whoever was told it
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                if g.dep_ == "pobj"]
    if lemma == "lack":
        return any(o.lemma_.lower() in LACKED_VIRTUES or o.lower_ in LACKED_VIRTUES for o in objects)
    if lemma in BETRAYING_VERBS:
        return bool(objects)
    if lemma == "do" and any(o.lower_ in SCANT_DEEDS and _done_for(verb, o) for o in objects):
        return True  # "had done too little to help the victims", "has done nothing to stop the violence"
    if lemma in BUNGLING_VERBS and objects:
        return True  # "had mishandled the crisis", "mismanaged the budget": owed work done badly
    if lemma not in FAILING_VERBS:
        return False
    if lemma == "fail" and any(c.dep_ == "xcomp" and c.lemma_.lower() in FAILED_DUTY_ACTS and not any(
            g.dep_ == "neg" for g in c.children) for c in verb.children):
        return True  # "had failed to protect the villages", "failed to control prices": a duty left undone
    return any(o.lower_ in DUTY_NOUNS or o.lemma_.lower() in FAILED_PEOPLE or o.lower_ in FAILED_PEOPLE
               or o.lower_ in GROUP_NOUNS or o.ent_type_ in JUDGED_ACTOR_ENTS for o in objects)


def shown_judged_subject(clause: Token) -> Token | None:
    """The subject of a clause that a reported clause puts forward as shown, or that the speaker's side says it
    believes, when that inner clause judges it (``judges_subject``): "said [the audit shows [the ministry] had failed
    the pensioners]" gives "the ministry", "said [they believe [Judge Hale's ruling] was improper]" the ruling; None
    otherwise ("shows that the vote was close" judges nobody, "said voters believe ..." is no view of the speaker's,
    "might show" vouches for nothing)."""
    lemma = clause.lemma_.lower()
    believed = lemma in BELIEVING_VERBS and any(c.dep_ == "nsubj" and c.lower_ in BELIEVERS for c in clause.children)
    if not (lemma in SHOWING_VERBS or believed) or any(c.dep_ in ("neg", "aux") and c.lower_ in HEDGING_AUX | {
            "not", "n't", "never"} for c in clause.children):
        return None
    for inner in clause.children:
        if inner.dep_ == "ccomp" and judges_subject(inner):
            return next(c for c in inner.children if c.dep_ == "nsubj")
    return None


def judged_of(verb: Token, opened: Sequence[Token] = ()) -> Token | None:
    """What a quoted judgement is "said of", when it is an actor or an actor's conduct: "'This is an insult,' the
    envoy said [of the premier's conduct]", "'It was shameful,' she said [of Governor Tiles]" give the actor (the
    possessor of the conduct); None when the quote says nothing bad ("'It was a long day,' she said of the talks")
    or the "of" phrase names no actor's conduct ("said of Tiro's death"); the conduct's owner is its possessor or its
    "by" phrase ("said of the decision by Governor X"). ``opened``: the clauses of the sentences
    the quote opened in before the verb's own ("'This is a disgrace. No leader should ...,' she said of X")."""
    quoted = [c for c in (*(c for c in verb.children if c.dep_ == "ccomp"), *opened) if any(
        s.dep_ == "nsubj" and s.lower_ in FRAMING_PRONOUNS for s in c.children)]
    if not quoted or any(g.dep_ in ("neg", "auxpass") for c in quoted for g in c.children) or not any(
            _says_bad(c) for c in quoted):
        return None
    # the "of" phrase on the verb, or where the parser hangs it on the time ("said on Monday [of X]")
    holders = [verb, *(g for c in verb.children if c.dep_ in ("prep", "npadvmod") for g in (c, *c.children)
                       if g.ent_type_ in ("DATE", "TIME"))]
    # or on the speaker named after the verb ("said Senator X [of the decision]")
    holders += [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    for obj in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"):
        if _judged_actor(obj):
            return obj
        if obj.lemma_.lower() in JUDGED_CONDUCT or obj.lower_ in JUDGED_CONDUCT:
            # the conduct's owner: its possessor ("the premier's conduct") or its "by" phrase ("the decision by X")
            owners = [c for c in obj.children if c.dep_ == "poss"]
            owners += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"]
            return next((o for o in owners if _judged_actor(o)), None)
    return None


def judges_in_clause(clause: Token) -> bool:
    """Whether a reported clause judges an actor (``judges_subject``), itself or through a clause it puts forward as
    shown (``shown_judged_subject``): the inner judgement is the speaker's, since the speaker vouches for what was
    shown."""
    return judges_subject(clause) or shown_judged_subject(clause) is not None


CLAIM_NOUNS = word_class("claim_nouns")
"""Nouns of what someone has claimed ("claim", "allegation")."""
FALSITY_WORDS = word_class("falsity_words")
"""Predicates that call a claim untrue ("false", "baseless", "a lie")."""
TRUTH_WORDS = word_class("truth_words")
"""Predicates that, negated, call a claim untrue ("not true")."""


def denied_claim(clause: Token) -> Token | None:
    """The claim a reported clause calls untrue, or None: "[Moscow's claims] were false", "the ministry's [allegation]
    is patently false", "[the charge] is absolutely not true". Said by someone ("a spokesman told reporters that
    ..."), it is that speaker's denial of whoever made the claim (GUIDE.md in data/events: "dismissed as baseless"
    is REJECT)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in CLAIM_NOUNS:
        return None
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    negated = any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ == "neg" for s in said for c in s.children)
    for word in said:
        forms = {word.lower_, word.lemma_.lower()}
        if (forms & FALSITY_WORDS and not negated) or (forms & TRUTH_WORDS and negated):
            return subject
    return None


WRONGDOING_NOUNS = word_class("wrongdoing_nouns")
"""Nouns that name a wrong ("violations", "abuses", "intimidation"); a noun with a condemning adjective ("unlawful
killings", "excessive force") names one too."""
WRONGDOING_VERBS = word_class("wrongdoing_verbs")
"""Verbs that name a wrong done to a rule or a right ("violated the truce", "breached its sovereignty"): a reported
clause with one charges its subject."""
DOER_PREPS = frozenset({"by"})
"""The preposition of the doer of a wrong named by a noun ("abuses [by] the militia")."""


def _wrong(noun: Token) -> bool:
    """Whether a noun names a wrong: a word of ``WRONGDOING_NOUNS``, or any noun a condemning adjective qualifies."""
    return noun.lower_ in WRONGDOING_NOUNS or noun.lemma_.lower() in WRONGDOING_NOUNS or any(
        c.dep_ == "amod" and negative(c.lower_) for c in noun.children)


def opposes_a_wrong(verb: Token) -> bool:
    """Whether a verb's object names a wrong (a word of ``WRONGDOING_NOUNS``, or a noun a condemning adjective
    qualifies): "strongly opposes [violations] of the truce by X" condemns, "opposed the [plan]" rejects."""
    return any(c.dep_ == "dobj" and _wrong(c) for c in verb.children)


def _doer_holders(noun: Token) -> list[Token]:
    """Where the parser may hang the "by" phrase of a wrong's doer: the noun, the phrase it governs ("violations [of
    the truce] by X"), the noun whose "of" phrase it is ("a pattern of killings by X"), and the verb it is the object
    or passive subject of ("opposed violations ... by X", "abuses were committed by X")."""
    out = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        out.append(head.head)
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        out.append(head)
    return out


def charged_doer(clause: Token) -> Token | None:
    """The actor a reported clause charges with a wrong it names, after "by" on the noun of the wrong (or where the
    parser hangs it, ``_doer_holders``): "[the footage reveals unlawful killings by Ruritanian police]", "[we oppose
    violations of the truce by Borduria]". An accusation told only by its content (GUIDE.md: ACCUSE allege from the
    speaker to the doer); None when the clause names no such doer. A clause whose own verb names the wrong charges
    its subject, or the actor whose act the subject is: "[Manila's actions had violated China's sovereignty]"."""
    if (clause.pos_ == "VERB" and clause.lemma_.lower() in WRONGDOING_VERBS
            and not any(c.dep_ in ("neg", "auxpass") for c in clause.children)):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            # (or a post with the name set beside it: "[the former minister Paul Mwangi] had misled parliament"; or a
            # state's body "the" alone picks out: "said [the authorities] had rigged the vote")
            if _actor(subject, determined=bool(JUDGED_BODIES & {subject.lemma_.lower(), subject.lower_})) or any(
                    c.dep_ == "appos" and _actor(c) for c in subject.children):
                return subject
            owner = next((c for c in subject.children if c.dep_ == "poss" and _actor(c)), None)
            if owner is not None:
                return owner
    for noun in clause.subtree:
        if noun.pos_ != "NOUN" or not _wrong(noun):
            continue
        for holder in _doer_holders(noun):
            for prep in holder.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in DOER_PREPS:
                    doer = next((g for g in prep.children if g.dep_ == "pobj" and _actor(g)), None)
                    if doer is not None:
                        return doer
    return None
