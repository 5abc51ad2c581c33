"""Hold the clause readers and word classes that several event families share (construction triggers, role passes,
the event decision): a trigger's objects and what it took, the verb of a noun's clause, a plural subject, the ones a
verb says were replaced, an order and the act ordered, the doers of a judged noun, the states named or left, a
state itself, protesters and reciprocal acts, and the word classes read in more than one family (reporting verbs,
hand-over verbs, a state's organs and armed bodies, the modes a threatened act gives, speech acts, split types).

It sits below ``constructions.py``, the ``roles_*.py`` families and ``events.py``, which import from it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import PLACE_PREPS, ArgumentReader, Arguments, amount_noun, second_subject
from dateline.annotate.event_records import Trigger
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class


REPORTING = word_class("reporting_lemmas")


def _plural_subject(tok: Token) -> bool:
    """Whether a verb's subject names both sides of a reciprocal act: "A and B talked", "they spoke", "the two
    leaders conferred", "the two spoke" need no "with" (unseen-errors S2)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return (bool(subj.conjuncts) or subj.lower_ in ("they", "we")
            or any(c.lower_ in ("two", "both") for c in subj.children)
            or (subj.lower_ == "two" and any(c.lower_ == "the" for c in subj.children)))  # "the two spoke"


PURPOSE_LEMMAS = word_class("purpose_lemmas")


def _replaced_ones(verb: Token) -> list[Token]:
    """Who a verb of succession says is replaced: its object or passive subject, or for a passive joined to an
    earlier verb the subject they share and a name in apposition to it ("the minister, Jorge Salas, resigned and was
    replaced by Vega": Salas)."""
    kids = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not kids and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "nsubj" for c in verb.children):
        shared = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        kids = shared + [a for c in shared for a in c.children if a.dep_ == "appos"]
    return kids


THREAT_MODES: dict[str, str | None] = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict",
                                       "SANCTION": "relations", "PROTEST": None, "RETREAT": None}
"""The coercive types an act held out on a condition threatens, and the THREATEN mode each gives ..."""
THREAT_MODES_BY_MODE = {("COERCE", "arrest"): "arrest", ("COERCE", "deport"): "expel", ("SANCTION", "expel"): "expel"}
"""... unless the act's own mode says more (an arrest threatened, an expulsion threatened)."""


HANDOVER_LEMMAS = word_class("handover_lemmas")
STATE_ORGANS = word_class("state_organs")
ARMED_BODIES = word_class("armed_bodies")
"""Heads of armed groups ("Kenyan forces", "rebels"), whose act is political even in a match report."""
POLITICAL_HEADS = STATE_ORGANS | ARMED_BODIES
"""Heads of groups whose act is political in any prose: a state's organs and armed bodies."""


def _taken(tok: Token) -> list[Token]:
    """The objects of a seizure, with what a partitive object names ("captured [part of] a rebel stronghold")."""
    objs = _objects(tok)
    return objs + [g for o in objs if o.lower_ in PART_WORDS for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]


def _place_adjunct(tok: Token) -> bool:
    """Whether a word is the object of a preposition of place: where an act happened, not what it took ("was arrested
    at the airport", "detained in a border town")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _objects(tok: Token) -> list[Token]:
    """Direct objects and prepositional objects of a trigger (and of a noun trigger's "of" phrase); a name the parser
    reads as a second subject after the verb is its object (``arguments.second_subject``)."""
    objs: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "attr", "oprd", "nsubjpass") or second_subject(tok, child):
            objs += [child, *child.conjuncts]
        elif child.dep_ in ("prep", "prt", "agent"):
            objs += [g for g in child.children if g.dep_ == "pobj"]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
        objs.append(tok)
    if tok.dep_ in ("acl", "relcl") and tok.pos_ == "VERB" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "the accord, signed by A and B", "the treaty that A and B signed": the noun modified is the object
        objs.append(tok.head)
    return objs


PART_WORDS = word_class("part_words")
"""Heads of a partitive object: what "part of" or "control of" names is what was taken."""


SPEECH_ACTS = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "REJECT"})
"""Types that someone performs: without an identifiable source they are not coded."""


SPLIT_TYPES = frozenset({"DIE", "APPOINT", "DISMISS", "AWARD"})
"""Biographical types happen to each person: one event per person named."""


SIGNATURE_NOUNS = frozenset({"name", "signature"})
"""What one puts to a document one signs ("put their names to an appeal")."""


COURT_ORDER_LEMMAS = word_class("court_order_lemmas")
TELLING_LEMMAS = frozenset({"tell"})
"""Order verbs that order only with an infinitive ("told X to expel"); with a that-clause they report."""
ORDERED_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "pobj", "prep"})
"""Relations that lead from an ordered act up to the order: "ordered [the arrest] of", "ordered X [detained]", "ordered X
to be [held] in [detention]"."""


def _order_of(tok: Token) -> Token | None:
    """The verb of an order whose content is this act: "a court ordered the arrest of A", "ordered A detained",
    "ordered A and B to be held in custody" (at most five steps up, through objects, complements,
    prepositional phrases and an infinitive on the object); None when the act is told for itself."""
    node = tok
    for _ in range(5):
        infinitive = node.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        # the parser may hang "ordered A [to be held]" on A as a relative clause: still the order's content
        if (node.dep_ not in ORDERED_DEPS and not infinitive) or node.head.i == node.i:
            return None
        step = node
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in COURT_ORDER_LEMMAS and (
                node.lemma_.lower() not in TELLING_LEMMAS or step.dep_ == "xcomp"):
            return node  # "told its guards to expel her" orders; "told the press that guards had held her" reports
    return None


def _ordered_act(trig: Trigger) -> bool:
    """An act an order tells as done (GUIDE.md: a measure told inside an order is the measure): an arrest, a
    detention, a sentence, an expulsion ("ordered the police to expel the envoy"), a release ("ordered A freed":
    a release ordered is RETREAT release, the court or captor its source)."""
    return trig.type == "COERCE" or (trig.type == "SANCTION" and trig.mode in ("convict", "expel")) or (
        trig.type == "RETREAT" and trig.mode == "release")


ISSUING_LEMMAS = word_class("issuing_lemmas")


def _signed_paper(noun: Token) -> bool:
    """Whether a noun is what its clause's subject puts a name or signature to ("put their names to [an appeal]")."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in ISSUING_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SIGNATURE_NOUNS for c in verb.children)


def _lookback_start(tok: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences`` before ``tok``'s own (or of the document's first)."""
    start = sentence_of(tok).start
    for _ in range(sentences):
        if start == 0:
            break
        start = sentence_of(tok.doc[start - 1]).start
    return start


def _doers_of(noun: Token, actors: Actors, reader: ArgumentReader, judge: list[str]) -> list[str]:
    """Who did the act a noun names: a state or body that owns it ("Serbia's crackdown"), its "by" agent ("by Togolese
    police"), a state modifier ("Israeli air raids"), or the noun itself when it names a state's organ ("Chinese
    authorities"), else the doers of the act it takes up ("the move": not the judge's own). A person who owns it is
    left out: "the journalist's arrest" befell the journalist."""
    doers = [a for c in noun.children if c.dep_ == "poss" for a in reader.actor(c)
             if actors.type_of(a) != "PERSON" and actors.country_of(a)]
    # "crimes committed by Croat forces": the agent of a participle on the noun did it too
    agents = [*noun.children, *(g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children)]
    for agent in (p for p in agents if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")):
        for pobj in (g for g in agent.children if g.dep_ == "pobj"):
            doers += reader.actor(pobj) or _modifier_state(pobj, actors, reader.ui)
    if doers:
        return doers
    own = actors.entity_at(reader.ui, noun)
    if own and actors.type_of(own) in ("GROUP", "ORG") and actors.country_of(own):
        return [own]
    return _modifier_state(noun, actors, reader.ui) or reader.doers_told_before(noun, judge)


def _modifier_state(noun: Token, actors: Actors, ui: int) -> list[str]:
    """The state a noun's modifier names: "Israeli air raids", "Togolese police"."""
    code = token_modifier_country(noun)
    return [actors.state_id(code)] if code else []


def _states_named(preps: list[Token], args: Arguments, actors: Actors, ui: int) -> list[str]:
    """The states (or their towns) that the objects of ``preps`` name, other than the source's own, once each."""
    own = {actors.country_of(a) for a in args.source}
    found: list[str] = []
    for pobj in (g for prep in preps for g in prep.children if g.dep_ == "pobj"):
        ent = actors.entity_at(ui, pobj)
        code = actors.country_of(ent) if ent and actors.type_of(ent) in ("GPE", "LOC") else None
        if code and code not in own and actors.state_id(code) not in found:
            found.append(actors.state_id(code))
    return found


def _states_left(verb: Token, args: Arguments, actors: Actors, ui: int) -> list[str]:
    """The states (or their towns) a verb or its object leaves: "from X", "out of X", other than the source's own."""
    preps = []
    for node in [verb, *_objects(verb)]:
        for prep in (c for c in node.children if c.dep_ in ("prep", "prt", "advmod")):
            if prep.lower_ == "out":
                prep = next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "of"), prep)
            if prep.lower_ in ("from", "of"):
                preps.append(prep)
    return _states_named(preps, args, actors, ui)


def _first_country(actors: Actors, local_ids: list[str]) -> str | None:
    """The state of the first of these actors that has one."""
    return next((c for c in map(actors.country_of, local_ids) if c), None)


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause an event noun sits in, through its prepositional phrase ("remain [in jail]") or as the
    object ("made the arrest"); None when it hangs elsewhere."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


CHARGING_LEMMAS = word_class("charging_lemmas")
"""Verbs by which a state's prosecutors accuse someone in court ("was charged with fraud", "was indicted")."""


def _is_state(actors: Actors, local_id: str) -> bool:
    """Whether an entity is a state itself, not a town or region of one."""
    code = actors.country_of(local_id)
    return code is not None and actors.existing_state(code) == local_id


HOST_LEMMAS = frozenset({"host", "receive", "welcome", "greet"})
"""Verbs whose subject is the host of a visit."""


def _protesters(tok: Token) -> Token | None:
    """The subject of a protest verb, or of the verb a protest noun is the object of ("started a hunger strike"),
    through the verbs it completes ("took to throwing stones")."""
    node = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is None and node.dep_ == "acl":
            return node.head  # "Somali youths took to ...": the parser may read the verb as the crowd's participle
        if subj is not None or node.dep_ not in ("xcomp", "pcomp", "prep", "conj", "advcl") or node.head.i == node.i:
            return subj
        node = node.head
    return None


SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types whose sides are not ordered (OUTPUT.md section 5)."""
RECIPROCAL_LEMMAS = frozenset({"trade", "exchange"})


def _reciprocal(tok: Token) -> bool:
    """Whether an act is told as done by each side to the other: "traded strikes", "exchanged fire", "accused each
    other", "threatened one another"."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    if verb.lemma_.lower() in RECIPROCAL_LEMMAS:
        return True
    # the verb's own clause: "A fired at B, and C and D traded strikes on each other's soil" is not reciprocal
    other_clauses = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    words = [t.lower_ for t in verb.subtree if t.i not in other_clauses]
    return any(a == "each" and b == "other" or a == "one" and b == "another" for a, b in zip(words, words[1:]))


TERRITORY_NOUNS = word_class("territory_nouns")
"""Objects that make a seizure a military assault rather than an arrest."""


CALL_MEDIUM_PREPS = frozenset({"in", "during", "over"})
"""Prepositions of the phone or video call in which another act was done ("praised her in a video call")."""


def _departure(verb: Token) -> bool:
    """Whether a journey leaves rather than visits: "flew out of Manila", "would fly home"."""
    for child in verb.children:
        if child.lower_ == "home" and child.dep_ in ("advmod", "npadvmod", "dobj"):
            return True
        if child.lower_ == "out" and any(g.lower_ == "of" for g in [*child.children, *verb.children]):
            return True
    return False


TIME_ENTS = frozenset({"DATE", "TIME"})


def _object_words(tok: Token, objects: list[Token] | None = None) -> set[str]:
    """The words of a trigger's objects that say what the object is: not those of a phrase inside it
    ("described the pact as an answer to a threat" calls the pact no threat; "an act of aggression" is one).

    ``objects``: the trigger's ``_objects`` when the caller has them."""
    words: set[str] = set()
    for obj in _objects(tok) if objects is None else objects:
        if obj.ent_type_ in TIME_ENTS:
            continue  # "held since March", "began in May": a date says when, never what (no "march" of protesters)
        words.update(t.lower_ for t in _own_words(obj) if t.ent_type_ not in TIME_ENTS)
        words.add(obj.lemma_.lower())
        if amount_noun(obj):  # "sent [40 million kronur] [in emergency aid]": the parser hangs the "in" on the verb
            words.update(t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         and c.i == obj.right_edge.i + 1 for t in c.subtree)
    words.update(c.lower_ for c in tok.children if _misread_compound(c))
    return words


def _misread_compound(clause: Token) -> bool:
    """A compound noun the parser read as a clause of the trigger ("signed [the fisheries deal]": "fisheries" taken
    for the subject of a verb "deal"): a bare present verb with no auxiliary or marker whose subject, just before
    it, is a noun led by a determiner; or that noun is the trigger's object ("will sign [the fisheries] [deal]")."""
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP") or clause.i == 0:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", "neg", "nsubjpass") for c in clause.children):
        return False
    before = clause.doc[clause.i - 1]
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    read_as = subjects == [before] or (not subjects and before.dep_ == "dobj" and before.head == clause.head)
    return read_as and before.pos_ == "NOUN" and any(c.dep_ == "det" for c in before.children)


def _own_words(noun: Token) -> list[Token]:
    """A noun phrase without the phrases its words take, other than "of" ("answer [to a threat]") and the "in" of an
    amount, which says what the amount is of ("$2 billion in military aid"), and without the clauses it heads ("an
    ultimatum [to leave power]" is no post handed over)."""
    out = [noun]
    for child in noun.children:
        if (child.dep_ == "prep" and child.lower_ != "of" and child.head.pos_ in ("NOUN", "PROPN")
                and not (child.lower_ == "in" and amount_noun(noun))):
            continue
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX") and noun.pos_ in ("NOUN", "PROPN"):
            continue
        out += _own_words(child)
    return out


def _gatherers(tok: Token) -> list[Token]:
    """A verb's subjects; a verb joined to another by "and" has that verb's subject, and a verb the parser hangs on
    the noun before it as a participle ("3,000 marchers [massed] outside the ministry") has that noun."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        subjects = [tok.head]
    return subjects


PROTEST_CUES = word_class("protest_cues")
"""What a gathering crowd does when it is a protest ("demanding", "chanting")."""


CUSTODY_NOUNS = word_class("custody_nouns")
"""Nouns of custody ("prison", "jail", "custody"): a modifier of one names the state that holds someone; the
subject of one told in "in" is the one held."""


def held_subject(noun: Token, clause: Token) -> bool:
    """Whether the subject of a clause is the one a custody noun holds: "has been in custody since July", "remains in
    detention", "spent two years in prison" (no object of the verb takes it: "put X in jail" is done by the subject)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == clause.i and (
        noun.lemma_.lower() in CUSTODY_NOUNS) and not any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")
                                                       for c in clause.children)


def reason_of_same_act(trig: Trigger, types: dict[int, str]) -> bool:
    """Whether a trigger is what another of its type was done for ("was held for questioning": one detention, told on
    "held"); ``types``: the type of each trigger's token."""
    tok = trig.token
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "for" and types.get(tok.head.head.i) == trig.type
