"""Check a trigger entry's ``requires`` constraints on the parse: the word-list checks (``WORD_CHECKS``: an object,
a particle, a preposition's object among the entry's words) and the flag checks (``FLAG_CHECKS``: needs an object,
passive only, spoken, a threat, an order to stay, ...) over ``_Parse``, what they read about one matched trigger.

``events._satisfies`` runs the checks an entry names, so "signed a treaty" is AGREE while "signed a presidential
order" is not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.annotate.arguments import (DIPLOMATS, MESSAGE_WORDS, participle_nouns, passive_clause, second_subject,
                                         zero_relative)
from dateline.annotate.clauses import PROTEST_CUES, _gatherers, _object_words, _objects, _order_of, _plural_subject
from dateline.annotate.construction_cues import LEAVING_LEMMAS, OFFICE_NOUNS
from dateline.annotate.evaluation import belittles, condemns, opposes_a_wrong
from dateline.annotate.nlp import title_heads, verb_doers
from dateline.annotate.organs import ruling_content
from dateline.annotate.recipients import recipient_tokens
from dateline.lexicons import word_class


class _Parse:
    """What the ``requires`` checks read about one matched trigger: its objects, their words, whether it is passive.

    Each reading is made on first use and kept: most checks read the trigger's own children alone (``_spoken``,
    ``_needs_xcomp``), and an entry's checks read one or two of these, so the others are never built (issue 12).
    """

    __slots__ = ("tok", "span", "reciprocal", "_req", "_objects", "_words", "_objs", "_to_people", "_passive",
                 "_posts_left")

    def __init__(self, tok: Token, span: Any, req: dict[str, Any]) -> None:
        self.tok = tok
        self.span = span
        self.reciprocal = bool(req.get("reciprocal"))
        """The entry requires a reciprocal act: a plural subject stands for a missing particle."""
        self._req = req
        self._objects: list[Token] | None = None
        self._words: set[str] | None = None
        self._objs: list[Token] | None = None
        self._to_people: list[Token] | None = None
        self._passive: bool | None = None
        self._posts_left: bool | None = None

    @classmethod
    def of(cls, tok: Token, span: Any, req: dict[str, Any]) -> _Parse:
        """Read a trigger token and its matched span."""
        return cls(tok, span, req)

    def _all_objects(self) -> list[Token]:
        if self._objects is None:
            self._objects = _objects(self.tok)
        return self._objects

    @property
    def words(self) -> set[str]:
        """The words of the trigger's objects (``_object_words``) and of the matched span."""
        if self._words is None:
            self._words = _object_words(self.tok, self._all_objects()) | {t.lower_ for t in self.span}
        return self._words

    @property
    def objs(self) -> list[Token]:
        """Direct objects, datives and passive subjects."""
        if self._objs is None:
            tok = self.tok
            self._objs = [o for o in self._all_objects()
                          if o.dep_ in ("dobj", "dative", "nsubjpass") or second_subject(tok, o)]
            if (zero := zero_relative(tok)) is not None:
                # "the deputy she chose", "Engel, a shipowner Roos chose": the noun the relative clause leaves out as
                # its object (and the name it is in apposition to)
                self._objs += [o for o in (zero[0], *((zero[0].head,) if zero[0].dep_ == "appos" else ()))
                               if o not in self._objs]
        return self._objs

    @property
    def to_people(self) -> list[Token]:
        """Persons of a "to" phrase or dative ("gave the prize to X"), and whom an honour is conferred on ("on X")."""
        if self._to_people is None:
            tok = self.tok
            self._to_people = [g for c in tok.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                               for g in c.children if g.ent_type_ == "PERSON"] + recipient_tokens(tok)
        return self._to_people

    @property
    def passive(self) -> bool:
        """The trigger's clause is passive (``arguments.passive_clause``)."""
        if self._passive is None:
            self._passive = passive_clause(self.tok)
        return self._passive

    @property
    def posts_left(self) -> bool:
        """A leaving verb of the matched span leaves a post ("an ultimatum to leave office"), not a country."""
        if self._posts_left is None:
            self._posts_left = bool(self._req.get("leaves_country")) and any(
                t.lemma_.lower() in LEAVING_LEMMAS and any(o.dep_ == "dobj" and o.lemma_.lower() in OFFICE_NOUNS
                                                           for o in t.children) for t in self.span)
        return self._posts_left


def _person_object(parse: _Parse) -> bool:
    """An object is a person (named, or "him"/"her")."""
    return any(o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in parse.objs)


def _object_any(parse: _Parse, words: list[str]) -> bool:
    """One of the words stands in the objects, the matched span or the nouns a participle reaches (participle_nouns)."""
    # "the tariffs on $9 billion of Peruvian copper [imposed] in May": the parser hangs the participle on "copper"
    return bool(parse.words & set(words)) or any(
        n.lower_ in words or n.lemma_.lower() in words for n in participle_nouns(parse.tok))


def _object_not(parse: _Parse, words: list[str]) -> bool:
    """No object is one of the words (as written or as lemma)."""
    return not (parse.objs and any(o.lower_ in words or o.lemma_ in words for o in parse.objs))


def _prep_object_any(parse: _Parse, words: list[str]) -> bool:
    """One of the words stands under a preposition of the trigger."""
    return any(g.lower_ in words for c in parse.tok.children if c.dep_ == "prep" for g in c.subtree)


def _not_prep(parse: _Parse, words: list[str]) -> bool:
    """None of the trigger's prepositions is one of the words."""
    return not any(c.dep_ == "prep" and c.lower_ in words for c in parse.tok.children)


def _not_prep_object(parse: _Parse, words: list[str]) -> bool:
    """None of the words stands under a preposition of the trigger."""
    return not any(g.lower_ in words for c in parse.tok.children if c.dep_ == "prep" for g in c.subtree)


def _particle(parse: _Parse, words: list[str]) -> bool:
    """A phrasal verb's particle is one of the words, or (for a reciprocal act) the subject names both sides."""
    return _has_particle(parse.tok, words) or (parse.reciprocal and _plural_subject(parse.tok))


def _no_particle(parse: _Parse, words: list[str]) -> bool:
    """No particle of the words follows the verb: "picked up the activist" is a capture, not a choice."""
    return not _has_particle(parse.tok, words)


def _subject_any(parse: _Parse, words: list[str]) -> bool:
    """One of the words is the subject, a conjunct of it, or what it is a crowd of ("a crowd of [farmers]")."""
    # the subjects as ``_gatherers`` finds them; "[thousands] of [supporters]": a quantity or a collection and what
    # it is of
    heads = [h for s in _gatherers(parse.tok) for h in (s, *s.conjuncts)]
    heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return any(h.lower_ in words or h.lemma_.lower() in words for h in heads)


def _protest_cue(parse: _Parse) -> bool:
    """The gathering demands, chants or protests, or stands against something ("a crowd [demanding] a release")."""
    # a participle, purpose or relative clause of the verb or of its subject ("gathered outside the ministry,
    # [chanting] slogans", "gathered to [protest]"), or an "against" phrase
    tok = parse.tok
    for node in (tok, *_gatherers(tok)):
        for child in node.children:
            if child.dep_ in ("advcl", "xcomp", "acl", "relcl", "conj") and child.lemma_.lower() in PROTEST_CUES:
                return True
            if child.dep_ == "prep" and child.lower_ == "against":
                return True
    return False


WordCheck = Callable[[_Parse, Any], bool]
WORD_CHECKS: dict[str, WordCheck] = {
    "object_any": _object_any,
    "object_not": _object_not,
    "prep_object_any": _prep_object_any,
    "not_prep": _not_prep,
    "not_prep_object": _not_prep_object,
    "particle": _particle,
    "no_particle": _no_particle,
    "subject_any": _subject_any,
}
"""The ``requires`` keys that give a word list, each with its check; a key present is checked."""


def _needs_object(parse: _Parse) -> bool:
    """The trigger has an object."""
    return bool(parse.objs)


def _no_object(parse: _Parse) -> bool:
    """The trigger has no object."""
    return not parse.objs


def _needs_xcomp(parse: _Parse) -> bool:
    """An open complement, or a clause with "must"/"should" ("urged X to ...", "demanded that X must ...")."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(a.lower_ in ("must", "should") for a in c.children))
               for c in parse.tok.children)


def _needs_object_or_xcomp(parse: _Parse) -> bool:
    """An object, a complement or a prepositional phrase."""
    return bool(parse.objs or any(c.dep_ in ("xcomp", "ccomp", "prep") for c in parse.tok.children))


def _no_ccomp(parse: _Parse) -> bool:
    """No clausal complement."""
    return not any(c.dep_ == "ccomp" for c in parse.tok.children)


def _passive_only(parse: _Parse) -> bool:
    """The trigger is passive."""
    return parse.passive


def _active_only(parse: _Parse) -> bool:
    """The trigger is active."""
    return not parse.passive


def _object_person(parse: _Parse) -> bool:
    """An object is a person, named or by a post ("Kenya's president", "his counterpart") the verb does not judge."""
    # a predicative complement judges the post's holder ("called the president a liar"): no person object then
    return _person_object(parse) or (any(o.lower_ in title_heads() or o.lower_ in COUNTERPARTS for o in parse.objs)
                                     and not any(c.dep_ in ("oprd", "acomp") for c in parse.tok.children))


COUNTERPARTS = frozenset({"counterpart", "counterparts"})
"""An official's opposite number, a post-holder the object of a call or a meeting names by its relation alone."""


def _no_predicate(parse: _Parse) -> bool:
    """No predicative complement: "called him Bobo" names him, "called her brave" judges her; no call to anyone."""
    return not any(c.dep_ in ("oprd", "acomp", "attr") for c in parse.tok.children)


def _object_person_or_passive(parse: _Parse) -> bool:
    """An object is a person or a title ("the ambassador"), a "to" phrase names a person, or the trigger is passive."""
    return (any(o.lower_ in title_heads() for o in parse.objs) or bool(parse.to_people) or parse.passive
            or _person_object(parse))


def _object_not_person(parse: _Parse) -> bool:
    """No object is a person or a title."""
    return not any(o.ent_type_ == "PERSON" or o.lower_ in title_heads() for o in parse.objs)


def _object_body(parse: _Parse) -> bool:
    """An object is a state or a body named, and none a person or a title ("suspended Guinea", not "two officials")."""
    return _object_not_person(parse) and any(o.ent_type_ in ("GPE", "ORG", "NORP") for o in parse.objs)


def _object_diplomat(parse: _Parse) -> bool:
    """An object is a diplomat (a word of ``DIPLOMATS``) or a person."""
    return bool(parse.words & DIPLOMATS or any(o.ent_type_ == "PERSON" for o in parse.objs))


def _copular_claim(parse: _Parse) -> bool:
    """The trigger is what a "to be" clause says something is ("the launch was a provocation")."""
    return parse.tok.dep_ == "attr" and parse.tok.head.lemma_ == "be"


def _object_wrong(parse: _Parse) -> bool:
    """The verb's object names a wrong ("opposes [violations] of the truce": ``evaluation.opposes_a_wrong``)."""
    return opposes_a_wrong(parse.tok)


def _object_not_wrong(parse: _Parse) -> bool:
    """The verb's object names no wrong ("opposed the deployment", not "opposes violations": ``_object_wrong``)."""
    return not opposes_a_wrong(parse.tok)


def _negative_evaluation(parse: _Parse) -> bool:
    """The verb of calling says its object is something bad (``evaluation.condemns``)."""
    return condemns(parse.tok)


SPOKEN_VERBS = word_class("spoken_verbs")
"""Verbs of saying beside a retort that tell it was words ("hit back, [saying] ...")."""
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", ":"})
"""Quotation marks and the colon that open the words of a retort ("hit back: ...")."""


def _spoken(parse: _Parse) -> bool:
    """The retort was words, not force ("hit back that ...", not "hit back with artillery")."""
    # a clause says what ("hit back that the charge was absurd"), a quotation or colon follows, a verb of saying goes
    # with it ("hit back, saying the ruling was biased"), it was made in a message ("lashed out in a statement", "on
    # social media"), or aimed at a person ("hit back at Lund"), or by a person at a state or a body ("hit out at
    # Germany")
    tok = parse.tok
    for child in tok.children:
        if child.dep_ == "ccomp" or (child.dep_ in ("advcl", "conj", "xcomp")
                                     and child.lemma_.lower() in SPOKEN_VERBS):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and (g.lemma_.lower() in MESSAGE_WORDS or (
                child.lower_ == "at" and g.ent_type_ == "PERSON")) for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "at" and _person_doer(tok) and any(
                g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in child.children):
            return True  # "President X hit out at Germany": a person's retort at a state or a body is words
    return any(t.text in QUOTES for t in tok.doc[tok.i + 1: tok.i + 4])


def _person_doer(verb: Token) -> bool:
    """Whether a verb's subject is a person: a name, or a post with a name beside it ("President Marek Nowicki")."""
    return any(s.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound")
                                              for c in s.children)
               for s in verb.children if s.dep_ == "nsubj")


def _belittles(parse: _Parse) -> bool:
    """The verb of dismissal says an actor is something slight or bad (``evaluation.belittles``)."""
    return belittles(parse.tok)


def _not_belittles(parse: _Parse) -> bool:
    """The verb does not dismiss an actor as something slight ("dismissed the envoys as irrelevant" criticises)."""
    return not belittles(parse.tok)


def _threat(parse: _Parse) -> bool:
    """The warning is a threat (``_threat_clause``)."""
    return _threat_clause(parse.tok)


def _leaves_country(parse: _Parse) -> bool:
    """The going demanded is not stepping down from a post ("told the envoy to leave", not "to leave power")."""
    return not parse.posts_left


FORCE_DOERS = word_class("force_doers")
"""Armed or uniformed bodies that can seal a place in ("police besieged the campus"); a crowd of fans cannot."""
DOER_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG"})
"""Entity labels of a named doer that may command force (a state, its people, an army or a police force)."""


def _force_doer(parse: _Parse) -> bool:
    """The act's doer (its subject, or its passive's agent) is an armed or uniformed body or a named state or body."""
    # "riot police besieged the college", "was besieged by Tamil rebels"; not "was besieged by admirers"
    tok = parse.tok
    doers = verb_doers(tok)
    return any(d.lemma_.lower() in FORCE_DOERS or d.lower_ in FORCE_DOERS or d.ent_type_ in DOER_ENTITY_LABELS
               for h in doers for d in (h, *h.conjuncts))


STAYING_LEMMAS = word_class("staying_lemmas")
"""Verbs of staying or being kept somewhere ("remain in custody", "be kept in jail")."""


def _ordered_stay(parse: _Parse) -> bool:
    """The place of detention is where an order or a ruling keeps someone (stay_order)."""
    return stay_order(parse.tok) is not None


def stay_order(tok: Token) -> Token | None:
    """The verb of the order or ruling that keeps someone in a place of detention: "a judge [ordered] that A remain in
    custody", "[ruled] that B should stay in jail until the hearing" (``_order_of``, ``organs.ruling_content``); None
    for "B has been in custody since May", a standing state. The stay is dated by that verb."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in STAYING_LEMMAS:
        return None
    if (order := _order_of(tok)) is not None:
        return order
    ruling = ruling_content(verb)
    return ruling[0] if ruling is not None else None


def _possessor_person(parse: _Parse) -> bool:
    """The noun has a possessor ("his resignation")."""
    return any(c.dep_ == "poss" for c in parse.tok.children)


FlagCheck = Callable[[_Parse], bool]
FLAG_CHECKS: dict[str, FlagCheck] = {
    "needs_object": _needs_object,
    "no_object": _no_object,
    "needs_xcomp": _needs_xcomp,
    "needs_object_or_xcomp": _needs_object_or_xcomp,
    "no_ccomp": _no_ccomp,
    "passive_only": _passive_only,
    "active_only": _active_only,
    "object_person": _object_person,
    "object_person_or_passive": _object_person_or_passive,
    "object_not_person": _object_not_person,
    "object_body": _object_body,
    "object_diplomat": _object_diplomat,
    "copular_claim": _copular_claim,
    "negative_evaluation": _negative_evaluation,
    "object_wrong": _object_wrong,
    "object_not_wrong": _object_not_wrong,
    "belittles": _belittles,
    "not_belittles": _not_belittles,
    "spoken": _spoken,
    "protest_cue": _protest_cue,
    "threat_clause": _threat,
    "possessor_person": _possessor_person,
    "leaves_country": _leaves_country,
    "force_doer": _force_doer,
    "ordered_stay": _ordered_stay,
    "no_predicate": _no_predicate,
}
"""The ``requires`` flags checked on the parse, each with its check; a flag set true is checked. The other keys of
``REQUIREMENTS`` need the event's actors (``_argument_requirements``) or its reading (``governor``, ``nominal``)."""


def _has_particle(tok: Token, words: list[str]) -> bool:
    """A phrasal verb's particle: "called in", "stepped down", "stood firmly with" (a dependent or the next word)."""
    if any(c.lower_ in words and c.dep_ == "prt" for c in tok.children):
        return True
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].pos_ == "ADV" and tok.doc[i].lower_ not in words:
        i += 1  # "stood firmly with"
    return i < len(tok.doc) and tok.doc[i].lower_ in words


TREND_VERBS = word_class("trend_verbs")


def _forecast(clause: Token) -> bool:
    """Whether a warned clause only forecasts a trend: "warned that prices would rise", "that growth will slow" (a
    forecast, no threat: GUIDE.md); "warned that Chad would pay dearly" stays one."""
    return clause.lemma_.lower() in TREND_VERBS


def _threat_clause(tok: Token) -> bool:
    """ "warned that X would ..." or "warned of intervention" is a threat; "warned that troops were ready" is not."""
    for child in tok.children:
        if child.dep_ == "ccomp" and any(a.lower_ in ("would", "will", "could") for a in child.children) \
                and not _forecast(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "against"):
            return True
        if child.dep_ == "dobj":
            return True
    return False


REQUIREMENTS = frozenset({
    "object_any", "object_not", "needs_object", "no_object", "needs_xcomp", "needs_object_or_xcomp", "no_ccomp",
    "passive_only", "active_only", "object_person", "object_person_or_passive", "object_not_person", "prep_object_any",
    "not_prep_object", "threat_clause", "possessor_person", "object_diplomat", "object_actor", "subject_actor",
    "needs_date", "target_place", "governor", "nominal", "no_foreign_target", "copular_claim", "particle",
    "reciprocal", "negative_evaluation", "not_prep", "leaves_country", "belittles", "not_belittles", "spoken",
    "subject_any", "protest_cue", "object_body", "object_wrong", "object_not_wrong", "force_doer",
    "ordered_stay", "no_predicate", "no_particle",
})
"""Every ``requires`` key a trigger entry may use; the lexicon test refuses any other."""
