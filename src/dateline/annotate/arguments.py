"""Read an event's arguments off the dependency parse: source, target, participants, place, attribution.

Given a trigger token, the source is the subject (or the "by" agent of a passive), the
target the object and the "with"/"to"/"against"/"on" phrases; a nominal trigger takes its
possessor ("Putin's visit") and its light verb's subject ("held meetings with ...").
A verb with no target of its own takes it, in this order, from its complement's subject, its
infinitival complement's object or condition ("threatened to cut power to X", "unless Y ..."),
the object of a verb it is coordinated with ("summoned X and demanded ..."), and a stance
adjunct ("in protest against X"). A delegation "led by" a minister gives the minister as a
participant.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.countries import state_code
from dateline.annotate.descriptions import LEADER_TITLES, LEADER_WORDS
from dateline.annotate.nationality import has_specialism_field, token_modifier_country
from dateline.annotate.nlp import sentence_of, title_heads
from dateline.annotate.posts import DROP_WORDS, FEMININE, MASCULINE, PRONOUNS, gender_of, previous_person
from dateline.annotate.recipients import RECIPIENT_PREPS, recipient_tokens
from dateline.annotate.spokespeople import by_spokesperson
from dateline.dates.find import number_value
from dateline.lexicons import word_class, word_map

DIPLOMATS = word_class("diplomats")
"""Words for a diplomat: posts "the diplomat" or "the envoy" may describe, objects of a summons or an expulsion."""
COLLECTIVE_PRONOUNS = frozenset({"it", "they", "its", "their", "them"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
LIFTING_LEMMAS = word_class("lifting_lemmas")
"""Verbs of ending a measure: the one who ends a measure told as imposed with no doer is the one who imposed it."""
AIMED_MODIFIERS = word_class("aimed_modifiers")
"""Adjectives after a hyphen by which a state is what a measure aims at ("Elbonia-specific duties"), not its maker."""
URGING_LEMMAS = word_class("urging_lemmas")
"""Verbs whose object is to do the act of a "to" clause the parser may read as a purpose ("pressed Lima to lift")."""
GATHERED_GROUP_NOUNS = word_class("gathered_group_nouns")
"""Nouns that sum up everyone a list just named ("hosted A, B and C, and the leaders later urged X ...")."""
LEADING_LEMMAS = frozenset({"lead", "head", "chair"})
"""Verbs of a group's "X-ed by" leader, who takes part in what the group does."""

KIN_NOUNS = word_class("kin_nouns")
"""People known by their tie to a person ("his widow", "a friend of X", "X's source in the camp"): not that person."""
PRIVATE_PEOPLE = word_class("private_people")
"""People a demonym describes without making them the state: "met Russian university students" is no meeting
with Russia."""

ADDRESSED_ACTS = word_class("addressed_acts")
"""Acts of speech aimed at someone: after "summoned X and", they address X."""
ADDRESSING_WORDS = word_class("addressing_words")
"""Verbs and nouns of writing or speaking to someone: in "wrote to X proposing talks", X is the one addressed."""
OBJECT_CONTROL = word_class("object_control")
"""Verbs whose object does what their "for/of V-ing" complement tells ("thanked X for visiting": X visited)."""
MEASURE_NOUNS = word_class("measure_nouns")
"""Nouns that measure an event noun ("five hours of talks"): their verb is the event's support verb."""
ADJUNCT_PREPS = word_class("adjunct_preps")
"""Prepositions whose event noun the clause's subject took part in ("after talks with ...")."""
OBJECT_COMPLEMENT_PREPS = frozenset({"to", "on", "against", "with", "for", "between"})
"""Prepositions of an object's own complement that name the one acted on ("aid to X", "a truce between A and B")."""
MEETING_ADJUNCT_PREPS = word_class("meeting_adjunct_preps")
"""Prepositions of a meeting a clause happened in or at, whose subject took part ("in talks with", "at a meeting
with")."""
STAFF_NOUNS = word_class("staff_nouns")
"""People who serve a leader: their "to" phrase names the one served ("a senior assistant to President X")."""
PROPOSAL_NOUNS = word_class("proposal_nouns")
"""Nouns whose "from" phrase names who proposed ("an offer from Kabul"); any noun's "by" phrase is its agent."""
STANCE_NOUNS = word_class("stance_nouns")
"""Nouns of an "in ... against" adjunct that says whom a verb's act opposes ("marched in protest against X")."""
STANCE_VERBS = word_class("stance_verbs")
"""Purpose verbs that say whom an act is aimed at ("went on strike to protest X's decision")."""
MEETING_NOUNS = word_class("meeting_nouns")
MEETING_LEMMAS = word_class("meeting_lemmas")
"""Verbs of meeting whose "with" names the one a coordinated apology or demand addresses."""
"""Nouns of a meeting: a journey "for talks with X" meets X; a town before one is its venue ("the Doha talks")."""
STAY_LEMMAS = frozenset({"be", "stay", "remain"})
"""Verbs of being somewhere: whoever is in a place "for talks" takes part in them."""
REACTION_VERBS = word_class("reaction_verbs")
"""Verbs whose object is someone else's act: their subject reacts, it is not the act's doer ("condemned the raid")."""
TOPIC_HEADS = word_class("topic_heads")
"""Words whose "on" phrase names a topic, not a side ("talks on Ukraine")."""
OCCASION_HEADS = word_class("occasion_heads")
"""Nouns whose phrase tells the occasion, never a side: "on the margins of the forum", "on the sidelines of the congress"."""
MESSAGE_WORDS = word_class("message_words")
"""What words are said in or on ("in a statement", "on Twitter"): the medium, never a side."""
MEDIUM_PREPS = frozenset({"on", "in", "at", "via", "through", "during"})
"""Prepositions under which a message word is the medium ("in a statement", "on state television")."""
PLACE_NOUNS = word_class("venue_heads") | word_class("territory_nouns") | word_class("route_nouns")
VENUE_NAME_HEADS = word_class("venue_heads") | word_class("seat_heads")
"""Last words of a named venue or seat of government ("Freedom Square", "State House") that no state is given."""
"""Nouns of places and ways: "roads in X" are where, not X's people."""

LOGGER = logging.getLogger(__name__)

TARGET_PREPS = word_class("target_prep", "annotate_words")
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})
PLACE_PREPS = word_class("place_prep", "annotate_words")
STATE_PREPS = frozenset({"into", "under"})
"""Prepositions of the state a verb puts its object in ("took X into custody", "placed X under arrest")."""
TWO_SIDES_NOUNS = word_class("two_sides_noun", "annotate_words")
NEIGHBOUR_NOUNS = word_class("neighbour_noun", "annotate_words")
"""Singular nouns that, owned by "its" or "their", stand for the story's other state ("its neighbour")."""
UNNAMED_PERSON_NOUNS = word_class("unnamed_person_noun", "annotate_words")
"""Nouns by which a lead tells of someone it names only later ("A Lisbon man", "Two county jail guards")."""
LEAD_SENTENCES = 3
"""How many sentences open a text as its lead, whose unnamed subject ("A Lisbon man") a later sentence names."""
NAMING_SENTENCES = 3
"""How many sentences after the lead's unnamed subject may name it."""
OWNER_PRONOUNS = word_class("owner_pronoun", "annotate_words")
"""Possessive pronouns that make a clause subject the speaker's own side ("his government", "our forces")."""
OWN_SIDE_HEADS = word_class("own_side_head", "annotate_words")
"""Heads of a state or its organs: owned by a pronoun, the speaker's own side ("its partners" are others)."""
RULER_NOUNS = word_class("ruler_noun", "annotate_words")
"""Plural nouns of those who rule a state that a count refers back to a list of states by ("the three juntas")."""
REPORT_LEMMAS = word_class("report_lemmas")
SAYING_LEMMAS = REPORT_LEMMAS | {"warn", "write", "message"}
"""Verbs whose object or "to" is whom the words in their clause address (``Arguments._addressee_above``)."""
SPEAKER_VERBS = word_class("reporting_lemmas")
"""Saying verbs whose subject is the "it" / "they" that opens their that-clause."""
DEMAND_REPORTING = word_class("demand_reporting")
"""Verbs of saying that carry a demand in their "that" clause ("told X that Y should ...")."""
EVENT_NOUNS = word_map("event_nouns", "event_words")
"""Nouns that refer back to an event told before ("denounced the test"): its actors stand for it; ``ANY_ACT`` for
the nouns that take up whatever act was told last ("the move", "the decision")."""
ANY_ACT = "ACT"
ACT_TYPES = frozenset({"AGREE", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT", "THREATEN", "PROTEST",
                       "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "APPOINT", "DISMISS"})
"""The types an unnamed "move" or "decision" may take up: acts, not statements, meetings or deaths."""
LIGHT_VERBS = word_class("light_verbs")


@dataclass(slots=True)
class Arguments:
    """The actors of one trigger, as local entity ids."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    attribution: str | None = None

    def actors(self) -> list[str]:
        return self.source + self.target + self.participants


def event_noun_key(tok: Token) -> str:
    """How ``event_nouns`` writes the noun a token heads: its lemma, or the hyphenated word the tokenizer split and
    the parser headed by its last piece ("break-in": "break", "-", "in")."""
    first = tok.left_edge.i
    while first < tok.i and tok.doc[first].dep_ != "compound":
        first += 1
    if first < tok.i and all(t.dep_ in ("compound", "punct") for t in tok.doc[first: tok.i]):
        joined = (tok.doc[first: tok.i].text_with_ws + tok.text).lower()
        if "-" in joined and " " not in joined:
            return joined
    return tok.lemma_.lower()


def _sums_up_clause(noun: Token) -> bool:
    """ "..., a step La Paz called unacceptable", "..., a move that Minsk condemned": an indefinite act noun set after
    a comma with a relative clause sums up the clause before it."""
    before = noun.left_edge.i - 1
    return before >= 0 and noun.doc[before].text == "," and any(c.dep_ == "relcl" for c in noun.children)


def _agent_nouns(agent: Token) -> list[Token]:
    """The nouns of a "by" phrase; when the parser hangs its name elsewhere ("led by Foreign Minister X held talks",
    X parsed as the verb's subject), the name right after "by"."""
    found = [c for c in agent.children if c.dep_ == "pobj"]
    if found or agent.i + 1 >= len(agent.doc):
        return found
    node = agent.doc[agent.i + 1]
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
    return [node] if node.pos_ == "PROPN" else []


def _agent_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is the "by" agent of a passive verb ("was agreed ... by delegations"), also where the parser hung
    the "by" phrase on the verb's adjunct (``displaced_agent``)."""
    by = noun.head
    is_by = by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
    displaced = displaced_agent(verb)
    return noun.dep_ == "pobj" and is_by and (by.head.i == verb.i or (displaced is not None and displaced.i == by.i))


def displaced_agent(verb: Token) -> Token | None:
    """ "It was agreed at talks in Jeddah, by delegations led by A and B": the "by" of a passive verb that has no agent
    of its own, labelled a plain preposition of the verb, or set off by a comma after the noun of one of the verb's
    adjuncts, on which the parser hung it."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    own = next((p for p in preps if p.lower_ == "by" and p.i > 0 and p.doc[p.i - 1].text == ","), None)
    if own is not None:
        return own
    for prep in preps:
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for by in noun.children:
                if by.dep_ == "prep" and by.lower_ == "by" and by.i > 0 and by.doc[by.i - 1].text == ",":
                    return by
    for complement in (c for c in verb.children if c.dep_ == "oprd"):
        # "was declared persona non grata by Peru", "was named acting leader by the council": the parser hangs the
        # agent inside the passive verb's predicative complement
        inner = next((t for t in complement.subtree if t.dep_ == "prep" and t.lower_ == "by"), None)
        if inner is not None:
            return inner
    return None


def topic_phrase(prep: Token) -> bool:
    """Whether a preposition opens a topic, not a side: "on" after talks, an agreement, a statement ("talks on
    Ukraine", "signed an accord on Gaza")."""
    return prep.lower_ == "on" and (prep.head.lemma_.lower() in TOPIC_HEADS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_HEADS for c in prep.head.children))


def describes_listeners(verb: Token) -> bool:
    """Whether a verb is a relative clause on the object of a verb of saying: "told the farmers [who filled the
    square] ...", "assured reporters [who met him at the airport] ..."."""
    return verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "dative") \
        and verb.head.head.lemma_.lower() in DEMAND_REPORTING and verb.lemma_.lower() not in DEMAND_REPORTING


def listener_clauses(verb: Token) -> list[Token]:
    """The "that" clauses of what ``verb`` (of saying) told its listeners, when the parser hung them on a relative
    clause that describes the listeners: in "X told the farmers who filled the square that the council should pay
    them", the demand is X's, not the farmers' (the parser reads "filled the square that ..." as one verb phrase)."""
    return [comp for obj in verb.children if obj.dep_ in ("dobj", "dative")
            for rel in obj.children if describes_listeners(rel)
            for comp in rel.children
            if comp.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)]


def _people_noun(tok: Token) -> bool:
    """Whether a plural noun can stand for the side of the place it is in ("rebels in X", "peacekeepers in X",
    "checkpoints set up in X"); roads, streets and towns in a place are where, not who ("barricaded roads in X")."""
    return tok.tag_ == "NNPS" or tok.tag_ == "NNS" and tok.lemma_.lower() not in PLACE_NOUNS


class ArgumentReader:
    """Map tokens of one text to actors, with the document's posts for descriptions ("the ambassador")."""

    def __init__(self, ui: int, actors: Actors, titled: dict[str, list[str]]) -> None:
        self.ui = ui
        self.actors = actors
        self.titled = titled
        """title head word -> persons of this document holding a post with that head; "=" and a whole title ->
        persons holding exactly that post ("=prime minister")."""
        self.recent: dict[str, list[str]] = {}
        """event type (and "TYPE:mode") -> the source (else target) of the latest such event in this text."""
        self.last_pair: list[str] = []
        """The two people of the latest event that had two: "the two leaders" are most often they."""
        self.last_sides: list[str] = []
        """The two states of the latest event between two states: "the two sides"."""
        self.doers: dict[str, list[str]] = {}
        """event type (and "TYPE:mode") -> the source of the latest such event in this text that named one: "the raid"
        judged was done by whoever raided, not befell whoever a later "were hurt during the raid" names."""
        self.befallen: dict[str, list[str]] = {}
        """event type (and "TYPE:mode") -> the target of the latest such event in this text that named one: "annulled
        the pardon" acts on whoever was pardoned."""
        self.company: tuple[int, list[str]] = (-1, [])
        """The sentence (its first token's index) and everyone of the latest event there that had three or more
        actors: "..., and the leaders later urged X" are they."""
        self.acts: list[tuple[list[str], list[str]]] = []
        """(source, target) of every act told so far (``ACT_TYPES``), in text order: "the move" and "refused to
        comply" take up the latest."""
        self.leviers: list[str] = []
        """The states that laid a levy told so far in this text, in text order: "duties on Elbonian steel were
        raised" with no one laying them were laid by the latest that is not Elbonia
        (``roles_courts._role_levy_of_the_story_state``)."""

    def remember(self, type_: str, mode: str | None, args: Arguments, sentence: int = -1) -> None:
        """Keep an event's actors so that a later "the launch" can refer to it (by type, and by type and mode),
        its two people and two states for a later "the two leaders" or "the two sides", and, when it had three or
        more, everyone for a later "the group" in its sentence (whose first token's index ``sentence`` is)."""
        everyone = [*args.source, *args.target, *args.participants]
        if len(set(everyone)) >= 3:
            self.company = (sentence, list(dict.fromkeys(everyone)))
        people = [a for a in dict.fromkeys(everyone) if self.actors.type_of(a) == "PERSON"]
        if len(people) == 2:
            self.last_pair = people
        states = list(dict.fromkeys(c for c in (self.actors.country_of(a) for a in everyone) if c))
        if len(states) == 2:
            self.last_sides = [self.actors.state_id(c) for c in states]
        actors = args.source or args.target
        if actors:
            self.recent[type_] = list(actors)
            if mode:
                self.recent[f"{type_}:{mode}"] = list(actors)
        if args.target:
            self.befallen[type_] = list(args.target)
            if mode:
                self.befallen[f"{type_}:{mode}"] = list(args.target)
        if args.source:
            self.doers[type_] = list(args.source)
            if mode:
                self.doers[f"{type_}:{mode}"] = list(args.source)
        if type_ in ACT_TYPES and args.source:
            self.acts.append((list(args.source), list(args.target)))

    def act_aimed_at(self, actors: list[str]) -> list[str]:
        """The doers of the latest act told before that was aimed at one of ``actors`` or at their state: "Stockholm
        refused to comply" answers whoever last demanded something of Sweden."""
        states = {c for c in (self.actors.country_of(a) for a in actors) if c}
        for source, target in reversed(self.acts):
            if any(t in actors or self.actors.country_of(t) in states for t in target):
                return [a for a in source if a not in actors]
        return []

    def story_sides(self, tok: Token) -> list[str]:
        """The story's two sides at ``tok``, as "the two countries" names them (``_two_sides``)."""
        return self._two_sides(tok)

    def _two_sides(self, tok: Token) -> list[str]:
        """"The two countries": the latest event's two states when they are the story's two most mentioned states,
        else the two most mentioned so far besides the clause's subject (a passing event between a main state and a
        bystander does not make the bystander a side). A story of one state besides the speaker's has no two sides:
        "a US spokesman said both countries should talk", with no two states told before, names no one."""
        main = self.actors.main_states(2)  # the document's, a look-up: a scan of every mention per phrase is quadratic
        if self.last_sides and (len(main) < 2 or all(s in main for s in self.last_sides)):
            return list(self.last_sides)
        sides = self.actors.main_states_besides(self.ui, tok, 2)
        return sides if len(sides) == 2 else []

    def actor(self, tok: Token, depth: int = 0) -> list[str]:
        """Every actor a noun phrase headed by ``tok`` names (conjuncts included).

        The parser sometimes hangs the first of two coordinated names on the second as a modifier ("[Raisi] and
        Foreign Minister Amir-Abdollahian" with "Raisi" an ``nmod`` that holds the "and"), or the name after a pronoun
        and a title on the pronoun ("he and President [Hassan]"): that name is a conjunct.
        """
        out: list[str] = []
        misparsed = [c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                     and any(g.dep_ == "cc" and g.lower_ in ("and", "&") for g in c.children)]
        conjuncts = list(tok.conjuncts)
        if tok.pos_ == "PRON" and conjuncts:
            # "[He] and Tanzanian President Hassan met": the parser hangs the name after "and" on the pronoun as its
            # apposition, the title as the conjunct; a coordinated pronoun has no apposition, so the name is one,
            # and the title before it names no one else
            named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            misparsed += named
            conjuncts = [c for c in conjuncts if not any(c.i < n.i for n in named)
                         or self.actors.entity_at(self.ui, c) is not None]
        for t in (*misparsed, tok, *conjuncts):
            for ent in self._one(t, depth):
                if ent not in out:
                    out.append(ent)
        for listed in self._listed_people(tok):  # a subtree of tok's: the recursion ends
            out += [ent for ent in self.actor(listed, depth) if ent not in out]
        for subject in _names_before_time(tok):  # a subtree of tok's: the recursion ends
            out += [ent for ent in self.actor(subject, depth) if ent not in out]
        out += [ent for ent in self._partitive_list(tok) if ent not in out]
        out += [ent for ent in self._counted_people(tok) if ent not in out]
        return out

    def _counted_people(self, tok: Token) -> list[str]:
        """ "detained two activists, A and B", "expelled three envoys, A, B and C": the people a plural noun's
        apposition names are the ones it counts (the noun alone is a group of no names)."""
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            return []
        out: list[str] = []
        for child in (c for c in tok.children if c.dep_ == "appos"):
            for item in (child, *child.conjuncts):
                ent = self.actors.entity_at(self.ui, item)
                if ent and self.actors.type_of(ent) == "PERSON" and ent not in out:
                    out.append(ent)
        return out

    def _partitive_list(self, tok: Token) -> list[str]:
        """ "five members were killed, among them A, the son of C, and an aide, B": every person the list names
        (its appositions and conjuncts, not the people its "of" phrases mention)."""
        if self.actors.entity_at(self.ui, tok):
            return []
        out: list[str] = []
        for child in tok.children:
            if child.dep_ != "appos" or not _among_them(child):
                continue
            todo = [(child, True)]
            while todo:
                item, named = todo.pop(0)
                ent = self.actors.entity_at(self.ui, item)
                if named and ent and self.actors.type_of(ent) == "PERSON" and ent not in out:
                    out.append(ent)
                # the list goes on past a name that belongs to an item's own phrase, without it
                todo += [(c, not _inside_of_phrase(item, c)) for c in item.children if c.dep_ in ("conj", "appos")]
        return out

    def _listed_people(self, tok: Token) -> list[Token]:
        """ "Minister A, Minister B and Minister C all quit", "A, the ambassador, and B stepped down": the parser hangs
        B on A's apposition (or makes it one), but one named person is never another named person's apposition, so B
        (and its conjuncts) are more names of the list."""
        person = self.actors.entity_at(self.ui, tok)
        if person is None or self.actors.type_of(person) != "PERSON":
            return []
        apposed = [c for c in tok.children if c.dep_ == "appos"]
        return [t for t in (*apposed, *(c for a in apposed for c in a.conjuncts))
                if (other := self.actors.entity_at(self.ui, t)) and other != person
                and self.actors.type_of(other) == "PERSON"]

    def _shared_object(self, tok: Token) -> str | None:
        """The person object of the first of two coordinated verbs, for an object pronoun of the second.

        In "arrested X at the airport and charged him" the verbs share one subject, so "him" is not it, and the
        object the first verb introduced is who the clause goes on about (unseen-errors A1). Parallel clauses keep
        their recipient too: in "A invested X with an order, while B conferred a medal on him and C presented him
        with a prize", both pronouns are X, so an "on" recipient counts as an object, and a head clause whose own
        object is such a pronoun passes the question on to its head. The person must agree with the pronoun's
        gender where the text states one.
        """
        wanted = "m" if tok.lower_ in MASCULINE else "f" if tok.lower_ in FEMININE else None
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ in RECIPIENT_PREPS:
            verb = verb.head  # "conferred the order on him", the parser may hang "on him" on the order's name
            while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
                verb = verb.head
        elif tok.dep_ not in ("dobj", "dative"):
            return None
        if wanted is None:
            return None
        person = None
        for _ in range(3):
            if verb.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB":
                return None
            verb = verb.head
            person = self._first_object_person(verb)
            if person is not None or not any(t.lower_ in PRONOUNS for t in (
                    *recipient_tokens(verb), *(c for c in verb.children if c.dep_ in ("dobj", "dative")))):
                break
        if person is None:
            return None
        if gender_of(self.ui, tok.doc, self.actors).get(person, wanted) != wanted:
            return None
        LOGGER.debug("shared object: %r of a coordinated verb is %s in %r", tok.text, person, sentence_of(tok).text)
        return person

    def _first_object_person(self, verb: Token) -> str | None:
        """The person a verb is done to: its object ("named X, one of Y's deputies, as minister": X, not Y), else
        the one person of its object phrase, else the person it is done with ("sat down with X"), else the one person
        of its "for" phrase ("called for the resignation of X")."""
        objects = [c for c in verb.children if c.dep_ == "dobj" or second_subject(verb, c)]
        for obj in (*recipient_tokens(verb), *objects):
            ent = self.actors.entity_at(self.ui, obj)
            if ent and self.actors.type_of(ent) == "PERSON":
                return ent
        people = {ent for obj in objects for t in obj.subtree
                  if (ent := self.actors.entity_at(self.ui, t)) and self.actors.type_of(ent) == "PERSON"}
        if len(people) == 1:
            return next(iter(people))
        if objects:
            return None
        partners = {ent for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for obj in prep.children if obj.dep_ == "pobj"
                    if (ent := self.actors.entity_at(self.ui, obj)) and self.actors.type_of(ent) == "PERSON"}
        if partners:
            return next(iter(partners)) if len(partners) == 1 else None
        # "called for the resignation of X, accusing him of ...": the one person of what a demand is "for"
        wanted = {ent for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                  for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree
                  if (ent := self.actors.entity_at(self.ui, t)) and self.actors.type_of(ent) == "PERSON"}
        return next(iter(wanted)) if len(wanted) == 1 else None

    def _plural_subject(self, tok: Token) -> list[str]:
        """ "A and B met in Arusha. Afterwards they agreed ...": a plural pronoun after a coordinated subject is all of it.

        ``Actors.previous_collective`` finds one state, organisation or group, so a pair of persons was never found
        and a pair of states lost one side (unseen-errors A2, S2). Only the nearest subject before the pronoun, in
        its sentence or the one before, counts, and only when it is coordinated ("the ministry said they ..." is
        left to the collective lookup).
        """
        if tok.lower_ not in PLURAL_PRONOUNS:
            return []
        doc = tok.doc
        start = sentence_of(tok).start
        if start > 0:
            start = sentence_of(doc[start - 1]).start
        for i in range(tok.i - 1, start - 1, -1):
            subj = doc[i]
            named = [e for t in (subj, *subj.conjuncts) if (e := self.actors.entity_at(self.ui, t))]
            if subj.dep_ not in ("nsubj", "nsubjpass") or not named:
                continue
            # named actors only: reading a pronoun subject here would resolve pronouns through each other
            found = list(dict.fromkeys(named)) if subj.conjuncts else []
            if len(found) >= 2:
                LOGGER.debug("plural subject: %r is %s in %r", tok.text, found, sentence_of(tok).text)
            return found if len(found) >= 2 else []
        return []

    def _another_holder(self, tok: Token, holders: list[str]) -> bool:
        """Whether a title noun introduces someone other than the one holder known: "a consul" (indefinite), or "the
        Tanzanian consul" when the known consul is of another state (unseen-errors A2)."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
            return True
        stated = {state_code(c.text) for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"}
        known = {self.actors.country_of(h) for h in holders}
        return bool(stated - {None}) and not (stated & known)

    def _one(self, tok: Token, depth: int) -> list[str]:
        """The actors one token names: the first of the ``READINGS`` that decides (a list, empty when it decides that
        the token names nobody), else none."""
        for _name, read in READINGS:
            found = read(self, tok, depth)
            if found is not None:
                return found
        return []

    def _by_entity(self, tok: Token, depth: int) -> list[str] | None:
        """A token inside a named actor is that actor."""
        own = self.actors.entity_at(self.ui, tok)
        return [own] if own else None

    def _by_kin(self, tok: Token, depth: int) -> list[str] | None:
        """ "The widow of X accused ...", "X's mother demanded ...", "a reporter's source inside the camp said ...":
        someone known only by a tie to a named person is not that person; the tie names nobody who acts (the name
        in an apposition, "X's sister, Y, warned", is the one who does)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in KIN_NOUNS:
            return None
        named = [e for c in tok.children if c.dep_ == "appos" and (e := self.actors.entity_at(self.ui, c))
                 and self.actors.type_of(e) == "PERSON"]
        if named:
            return named
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        for owner in owners:
            ent = self.actors.entity_at(self.ui, owner)
            if owner.lower_ in ("his", "her") or (ent and self.actors.type_of(ent) == "PERSON"):
                LOGGER.debug("kin of a person: %r names nobody in %r", tok.text, sentence_of(tok).text)
                return []
        return None

    def _by_gathered_group(self, tok: Token, depth: int) -> list[str] | None:
        """ "A met B, C and D, and the leaders later urged E to act": a bare "the group" / "the leaders" subject is
        everyone of the latest event of three or more told in its sentence (issue 13, a summing noun unresolved)."""
        if (tok.lower_ not in GATHERED_GROUP_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass")
                or [c.lower_ for c in tok.children] != ["the"]):
            return None
        sentence, everyone = self.company
        if not everyone or sentence != sentence_of(tok).start:
            return None
        LOGGER.debug("gathered group: %r is %s in %r", tok.text, everyone, sentence_of(tok).text)
        return list(everyone)

    def _by_joint_modifiers(self, tok: Token, depth: int) -> list[str] | None:
        """ "Czech and Polish officials", "US and South Korean troops": one collective of several states is each
        of them (the named group, if any, and the states of its other modifiers)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        codes = [state_code(tok.doc[m.left_edge.i: m.i + 1].text) or state_code(m.text) for c in tok.children
                 if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for m in (c, *c.conjuncts)]
        states = list(dict.fromkeys(c for c in codes if c))
        if len(states) < 2:
            return None
        own = self.actors.entity_at(self.ui, tok)
        found = [own] if own else []
        own_code = self.actors.country_of(own) if own else None
        return found + [self.actors.state_id(c) for c in states if c != own_code]

    def _by_noun_owner(self, tok: Token, depth: int) -> list[str] | None:
        """ "Latvia's announcement that it would expel ...", "a pledge by the ministry that it would ...": the pronoun
        subject of a noun's complement clause is the noun's owner, not the last actor named (issue 13)."""
        if tok.lower_ not in PRONOUNS | COLLECTIVE_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or depth > 2:
            return None
        mark = next((c for c in tok.head.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i), None)
        if mark is None:
            return None
        # the noun the clause completes is the nearest owned noun before "that" with only its own modifiers between
        # ("B's announcement on Monday evening that"): the parser may hang the clause elsewhere ("the decision by A to
        # ... and B's announcement that it would")
        sent = sentence_of(tok)
        singular = tok.lower_ in ("it", "he", "she")
        for noun in reversed(sent[:mark.i - sent.start]):
            if noun.pos_ != "NOUN" or not all(t in noun.subtree for t in tok.doc[noun.i + 1:mark.i]):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
            owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"]
            for owner in owners:
                found = [a for a in self._one(owner, depth + 1)
                         if (self.actors.type_of(a) == "PERSON") == (tok.lower_ in PRONOUNS) or not singular]
                if found:
                    LOGGER.debug("noun owner: %r is %s in %r", tok.text, found, sent.text)
                    return found
        return None

    def _by_quoted_speaker(self, tok: Token, depth: int) -> list[str] | None:
        """ "'We call on Lima to free them,' the Chilean foreign minister said", "'Our country will not accept it,' A
        said": a first-person word in a quoted clause is its speaker ("we", "our country": the speaker's side, told
        by the speaker and their state) (issue 13: quoted demands and refusals lost for want of a source)."""
        if depth > 2:
            return None
        word = tok
        if tok.lemma_.lower() in OWN_STATE_NOUNS:
            word = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON
                         and c.tag_ in PRONOUN_TAGS), tok)
        if word.lower_ not in FIRST_PERSON or word.tag_ not in PRONOUN_TAGS:  # "US mediation" is no "us"
            return None
        speaker = quoted_speaker(word)
        if speaker is None:
            return None
        found = self.actor(speaker, depth + 1)
        if not found:
            return None
        LOGGER.debug("quoted speaker: %r is %s in %r", tok.text, found, sentence_of(tok).text)
        return found

    def _by_own_country(self, tok: Token, depth: int) -> list[str] | None:
        """ "The Chilean minister said her country would not accept ...", "he said his nation would send ...": the state
        of the one the possessive is, the speaker of a reported clause first (issue 13: an act of "her country" lost
        for want of a source)."""
        if tok.lemma_.lower() not in ("country", "nation") or depth > 2:
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in THIRD_PERSON_POSSESSIVES), None)
        if poss is None:
            return None
        speaker = _reported_speaker(tok)
        owners = self.actor(speaker, depth + 1) if speaker is not None else self._one(poss, depth + 1)
        codes = [code for o in owners if (code := self.actors.country_of(o))]
        if not codes:
            return None
        LOGGER.debug("own country: %r is %s in %r", tok.text, codes, sentence_of(tok).text)
        return [self.actors.state_id(c) for c in dict.fromkeys(codes)]

    def _by_definite_country(self, tok: Token, depth: int) -> list[str] | None:
        """ "Floods hit Sri Lanka on Sunday. The country has requested that the WHO ...": "the country" or "the
        nation", bare, is the state of the place named last before it, in its sentence or the two before (issue 13:
        an act of "the country" lost for want of a source). A modifier makes it another ("the other country", "the
        host nation"), and none named near leaves it to the other readings."""
        if tok.lemma_.lower() not in DEFINITE_STATE_NOUNS or tok.pos_ != "NOUN" or tok.tag_ != "NN" or depth > 2:
            return None
        if tok.dep_ == "poss":
            return None  # "the country's civil war": a topic more often than a side
        if [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return None
        sentence = sentence_of(tok)
        start = sentence.start
        for _ in range(DEFINITE_STATE_LOOKBACK):
            if start == 0:
                break
            start = sentence_of(tok.doc[start - 1]).start
        for i in range(tok.i - 1, start - 1, -1):
            ent = self.actors.entity_at(self.ui, tok.doc[i])
            if ent is not None and self.actors.type_of(ent) == "GPE" and (code := self.actors.country_of(ent)):
                LOGGER.debug("definite country: %r is %s in %r", tok.text, code, sentence.text)
                return [self.actors.state_id(code)]
        return None

    def _by_own_forces(self, tok: Token, depth: int) -> list[str] | None:
        """ "The Chadian army said its forces had killed 30 rebels", "the ministry said its troops destroyed two drones":
        the forces a speaker owns in the clause it reports are the speaker's, a person's their state's (issue 13: the
        act was dropped for want of a source). Only in a reported clause: elsewhere "its" may be anyone's."""
        if not {tok.lower_, tok.lemma_.lower()} & OWN_FORCE_HEADS or depth > 2 or not any(
                c.dep_ == "poss" and c.lower_ in FORCE_OWNERS for c in tok.children):
            return None
        speaker = _reported_speaker(tok)
        if speaker is None:
            return None
        found: list[str] = []
        for owner in self.actor(speaker, depth + 1):
            code = self.actors.country_of(owner) if self.actors.type_of(owner) == "PERSON" else None
            found.append(self.actors.state_id(code) if code else owner)
        if not found:
            return None
        LOGGER.debug("own forces: %r are %s in %r", tok.text, found, sentence_of(tok).text)
        return list(dict.fromkeys(found))

    def _by_speaker(self, tok: Token, depth: int) -> list[str] | None:
        """ "The two governments announced that they would ...", "the three juntas said that they were quitting":
        "it" / "they" opening a reported clause is the speaker when the speaker names no person, not the last
        state named before (issue 13)."""
        if tok.lower_ not in ("it", "they") or depth > 2 or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.head.children):
            return None
        speaker = _reported_speaker(tok)
        if speaker is None:
            return None
        found = self.actor(speaker, depth + 1)
        if not found or any(self.actors.type_of(a) == "PERSON" for a in found) or (tok.lower_ == "it") != (
                len(found) == 1):
            return None
        LOGGER.debug("speaker: %r is %s in %r", tok.text, found, sentence_of(tok).text)
        return found

    def _by_pronoun(self, tok: Token, depth: int) -> list[str] | None:
        """A personal pronoun is the person it refers back to (or nobody)."""
        if tok.lower_ not in PRONOUNS:
            return None
        relative = _relative_speaker(tok) if tok.lower_ in ("he", "she") and depth < 3 else None
        if relative is not None:
            # "praised Okoro, who said on Tuesday that he would resign": the speaker of the reported clause is the
            # relative clause's antecedent, not the last person the main clause named
            named = [a for a in self.actor(relative, depth + 1) if self.actors.type_of(a) == "PERSON"]
            if len(named) == 1:
                return named
        person = self._shared_object(tok) or previous_person(self.ui, tok, self.actors)
        if person is None and depth < 3:
            return self._unnamed_speaker(tok, depth)
        return [person] if person else []

    def _unnamed_speaker(self, tok: Token, depth: int) -> list[str]:
        """ "Borduria's president said she would not attend": with no person named before, the "he"/"she" of a
        reported clause is its speaker, who may be a post of a state no name was given (its state acts)."""
        speaker = _reported_speaker(tok)
        return self.actor(speaker, depth + 1) if speaker is not None else []

    def _by_clause_owner(self, tok: Token, depth: int) -> list[str] | None:
        """ "The members of the bloc held their annual summit": "their" / "its" owning the object of a clause is the
        clause's own subject, when that subject is a noun naming actors; the collective look-up finds only named
        subjects and would skip it for one named before (issue 13, a possessive pronoun not resolved)."""
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or depth > 2:
            return None
        noun = tok.head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = _subject_of(verb)  # "were set to open their session": the subject of the verb it completes
        if subj is None or subj.dep_ != "nsubj" or subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        if tok.lower_ == "its" and (subj.tag_ in ("NNS", "NNPS") or subj.conjuncts):
            return None
        found = self.actor(subj, depth + 1)
        if found:
            LOGGER.debug("clause owner: %r is %s in %r", tok.text, found, sentence_of(tok).text)
        return found or None

    def _by_shared_collective_object(self, tok: Token, depth: int) -> list[str] | None:
        """ "Sweden expelled two Bolivian envoys, accusing them of spying": the object "them" / "it" of a participle
        or a second verb is the object of the verb it hangs on, when their number agrees (the collective look-up
        finds only subjects, and the subject is never the one accused). "him" / "her" takes up an object that is a
        post named by no person ("expelled the Bolivian consul, accusing him"): a named person is ``_shared_object``'s."""
        if tok.lower_ not in ("them", "it", "him", "her") or tok.dep_ != "dobj" or depth > 2:
            return None
        verb = tok.head
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB":
            return None
        # "urged Lima to withdraw the decree and accused it of ...": a finite verb the parser joins to an infinitive
        # shares the main verb's object (as its subject, ``_subject_of``)
        main = _nonfinite_governor(verb.head) if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") else None
        obj = next((c for c in (main or verb.head).children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = obj.tag_ in ("NNS", "NNPS") or bool(obj.conjuncts)
        if plural != (tok.lower_ == "them"):
            return None
        if tok.lower_ in ("him", "her") and (obj.pos_ != "NOUN" or self.actors.entity_at(self.ui, obj)):
            return None
        found = self.actor(obj, depth + 1)
        if found:
            LOGGER.debug("shared collective object: %r is %s in %r", tok.text, found, sentence_of(tok).text)
        return found or None

    def _by_collective_pronoun(self, tok: Token, depth: int) -> list[str] | None:
        """ "they", "it": a coordinated subject just before, else the last collective actor (or nobody)."""
        if tok.lower_ not in COLLECTIVE_PRONOUNS:
            return None
        plural = self._plural_subject(tok)
        if plural:
            return plural
        collective = self.actors.previous_collective(self.ui, tok)
        if collective is None and tok.lower_ in PLURAL_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            # "A held talks with B in Seoul. They agreed to ...": no state or group before, the two people of the
            # latest event between two are "they"
            return list(self.last_pair)
        return [collective] if collective else []

    def _by_relative_pronoun(self, tok: Token, depth: int) -> list[str] | None:
        """ "who", "which", "to whom": the relative clause's antecedent."""
        if tok.lower_ not in RELATIVE_PRONOUNS or depth >= 3:
            return None
        clause = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else tok.head
        if clause.dep_ == "relcl":  # "X, to whom the government had granted asylum": the clause's verb, then X
            return self._one(clause.head, depth + 1)
        return None

    def _by_named_later(self, tok: Token, depth: int) -> list[str] | None:
        """ "A Lisbon man was charged on Monday ...", then "Rui Vaz, 41, was held in May ...": a lead's subject that is
        a person described and counted but not named ("a man", "three prison guards") is the first person the next
        sentences bring in who was not named in or before the lead, when that person (with the people coordinated
        with them, as many as the lead counts) acts as a clause's subject, the clause no report ("Rui Vaz said" may
        be a witness; a post holder a spokesman), named in full (a surname alone takes up someone named before, if
        only in a headline the page lost)."""
        if (tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or depth
                or tok.lemma_.lower() not in UNNAMED_PERSON_NOUNS or any(c.dep_ == "appos" for c in tok.children)):
            return None
        count = 0
        for child in tok.children:
            if child.dep_ == "det" and child.lower_ in ("a", "an") and tok.tag_ == "NN":
                count = 1
            elif child.dep_ == "nummod" and tok.tag_ == "NNS":
                value = number_value(child.text)
                count = int(value) if value and value.isdigit() else 0
        if not count:
            return None
        doc, sent, told = tok.doc, sentence_of(tok), 0
        while sent.start > 0 and told < LEAD_SENTENCES:
            sent = sentence_of(doc[sent.start - 1])
            # a wire dateline ("OSLO, May 2 --") the parser may cut into sentences of its own tells nothing
            told += sum(t.is_alpha for t in sent) >= 3
        if told >= LEAD_SENTENCES:
            return None  # not the lead
        sent, steps = sentence_of(tok), 0
        # someone the lead itself names ("threatened to kill Senator X") is not its unnamed subject
        before = {e for t in doc[:sent.end] if (e := self.actors.entity_at(self.ui, t)) is not None}
        while sent.end < len(doc) and steps < NAMING_SENTENCES:
            sent, steps = sentence_of(doc[sent.end]), steps + 1
            for t in sent:
                ent = self.actors.entity_at(self.ui, t)
                if not ent or self.actors.type_of(ent) != "PERSON" or ent in before:
                    continue
                head = t
                while head.head.i != head.i and self.actors.entity_at(self.ui, head.head) == ent:
                    head = head.head
                named = list(dict.fromkeys(
                    e for c in (head, *head.conjuncts) if (e := self.actors.entity_at(self.ui, c)) is not None
                    and self.actors.type_of(e) == "PERSON"))
                verb = head.head
                full = sum(c.is_alpha and self.actors.entity_at(self.ui, c) == ent for c in head.subtree) >= 2
                if (head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() in SAYING_LEMMAS | SPEAKER_VERBS
                        or not full
                        or len(named) != count or any(p in holders for p in named
                                                       for holders in self.titled.values())):
                    return None  # the first person brought in is someone else: a witness, a speaker
                LOGGER.debug("named later: %r is %s in %r", doc[tok.left_edge.i: tok.i + 1].text, named, sent.text)
                return named
        return None

    def _by_counterpart(self, tok: Token, depth: int) -> list[str] | None:
        """ "Ibarra's call with her Peruvian counterpart": a singular counterpart that a demonym or a state names is
        the one holder of a post the text has tied to that state, when it has tied exactly one; the state when it has
        tied none; no one it can tell when it has tied several."""
        if tok.lower_ != "counterpart" or not any(c.dep_ == "poss" for c in tok.children):
            return None
        # a demonym of two words ("her South Korean counterpart", "his New Zealand counterpart") names its state only
        # as a whole: the modifier's own phrase is read first, then its last word
        codes = {code for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and (
            code := state_code(tok.doc[c.left_edge.i: c.i + 1].text) or state_code(c.text))}
        if len(codes) != 1:
            return None
        holders = {p for people in self.titled.values() for p in people}
        code = codes.pop()
        people = self.actors.people_of(code) & holders
        if len(people) > 1:
            return None
        if not people:
            # "met his Ugandan counterpart" with no Ugandan official named: Uganda, through its official
            LOGGER.debug("counterpart: %r is the state %s", tok.doc[tok.left_edge.i: tok.i + 1].text, code)
            return [self.actors.state_id(code)]
        LOGGER.debug("counterpart: %r is %s", tok.doc[tok.left_edge.i: tok.i + 1].text, people)
        return list(people)

    def _by_neighbour(self, tok: Token, depth: int) -> list[str] | None:
        """ "Suspended trade with its neighbour", "their northern neighbor": a neighbour owned by a pronoun is the
        state mentioned most so far besides the clause subject's (one state: "its neighbours" may be many)."""
        if (tok.lemma_.lower() not in NEIGHBOUR_NOUNS or tok.tag_ != "NN"
                or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)):
            return None
        return self.actors.main_states_besides(self.ui, tok, 1)

    def _by_two_sides(self, tok: Token, depth: int) -> list[str] | None:
        """ "the two countries", "both leaders", "each side": the story's two sides, or the pair of people under
        discussion."""
        if tok.pos_ == "NOUN" and f"{tok.lower_}s" in TWO_SIDES_NOUNS and any(
                c.lower_ in ("each", "either") for c in tok.children):
            return self._two_sides(tok)  # "each side freed 30 prisoners": both sides did
        if tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children):
            # "The two had spoken by phone the day before": the pair under discussion, people first ("both" is not:
            # "A and B both resigned" floats it after named subjects)
            return list(self.last_pair) or self._two_sides(tok)
        if tok.pos_ != "NOUN" or not any(c.lower_ in ("two", "both") for c in tok.children) or any(
                c.dep_ == "appos" for c in tok.children):
            return None  # "two ministers, A and B": the apposition names them
        if tok.lower_ in TWO_SIDES_NOUNS:
            return self._two_sides(tok)
        if tok.lemma_.lower() in title_heads() and (pair := self._two_holders(tok)):
            return pair
        if tok.lemma_.lower() in title_heads() or tok.lower_ in ("leaders", "men", "women"):
            # "A's president met his B counterpart, and the two leaders then signed": with no two people named, the
            # two states of the latest event between two are the pair (issue 13)
            return list(self.last_pair) or self.actors.recent_people(self.ui, tok, 2) or list(self.last_sides)
        return None

    def _two_holders(self, tok: Token) -> list[str]:
        """ "the two presidents", "both foreign ministers": when the text names a holder of that very post, two people
        who may hold it (a holder, or someone whose post the text does not tell), the latest pair first, else the two
        named last; one told to hold only other posts ("first vice-president", "acting president") is not one of them.
        """
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in ("two", "both")]
        holders = set(self.titled.get(f"={' '.join([*words, tok.lemma_.lower()])}", []))
        if not holders:
            return []
        with_posts = {p for key, people in self.titled.items() if not key.startswith("=") for p in people}
        others = with_posts - holders
        if len(self.last_pair) == 2 and not others & set(self.last_pair):
            return list(self.last_pair)
        found: list[str] = []
        for i in range(tok.i - 1, -1, -1):
            ent = self.actors.entity_at(self.ui, tok.doc[i])
            if ent and ent not in found and self.actors.type_of(ent) == "PERSON" and ent not in others:
                found.append(ent)
                if len(found) == 2:
                    LOGGER.debug("two holders: %r is %s in %r", tok.text, found, sentence_of(tok).text)
                    return found
        return []

    def _by_counted_sides(self, tok: Token, depth: int) -> list[str] | None:
        """ "the three countries", "the five governments", "the three juntas": the states of the latest list of that
        many states named before in the text ("the juntas of Chad, Sudan and Guinea"); "the two
        countries" is ``_by_two_sides``'s."""
        value = next((number_value(c.text) for c in tok.children if c.dep_ == "nummod"), None)
        count = int(value) if value and value.isdigit() else 0
        if (count < 3 or tok.pos_ != "NOUN" or tok.tag_ != "NNS"
                or tok.lower_ not in TWO_SIDES_NOUNS | RULER_NOUNS or any(c.dep_ == "appos" for c in tok.children)):
            return None
        doc = tok.doc
        for i in range(tok.i - 1, -1, -1):
            head = doc[i]
            if head.dep_ == "conj" or not head.conjuncts:
                continue
            states = list(dict.fromkeys(
                e for t in (head, *head.conjuncts) if (e := self.actors.entity_at(self.ui, t)) is not None
                and self.actors.type_of(e) == "GPE" and self.actors.country_of(e)))
            if len(states) == count:
                LOGGER.debug("counted sides: %r is %s", doc[tok.left_edge.i: tok.i + 1].text, states)
                return states
        return None  # no such list: the phrase is read as any other ("leaders of 14 island nations")

    def _by_definite_org(self, tok: Token, depth: int) -> list[str] | None:
        """ "the ministry", "the bloc": the organisation of that head named before."""
        if tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in tok.children):
            org = self.actors.org_by_head(tok.lower_) or self.actors.bloc_before(self.ui, tok)
            if org:
                return [org]
        return None

    def _by_event_noun(self, tok: Token, depth: int) -> list[str] | None:
        """ "denounced the detentions", "condemned the break-in": the actors of the event of that kind told before (not
        "the move", "the steps": as a subject or object those may be anything; ``doers_told_before`` reads them)."""
        told = self.told_before(tok)
        return self._told_doers(tok, told) if told and told != ANY_ACT else None

    def _told_doers(self, tok: Token, told: str) -> list[str]:
        """The doers of the latest event of a kind the noun refers back to that named its doer, else the actors of the
        latest event of kind ``told`` ("the raid" is who raided, even after "diplomats were hurt during the raid")."""
        referred = EVENT_NOUNS.get(event_noun_key(tok), "").split("|")
        done = next((self.doers[key] for key in referred if key in self.doers), None)
        return list(done if done is not None else self.recent[told])

    def doers_told_before(self, tok: Token, judge: list[str]) -> list[str]:
        """Who did the act that a stance of ``judge`` takes up with an act noun: "condemned the raid", "a step La Paz
        called unacceptable" (the latest act told before by another side than the judge's), else none."""
        told = self.told_before(tok)
        if told != ANY_ACT:
            if not told:
                return []
            return self._told_doers(tok, told)
        own = set(judge) | {c for c in (self.actors.country_of(a) for a in judge) if c}
        for source, _ in reversed(self.acts):
            if not any(a in own or self.actors.country_of(a) in own for a in source):
                return list(source)
        return []

    def befell_told_before(self, tok: Token) -> tuple[list[str], list[str]]:
        """Whom the latest event of a kind a definite event noun takes up befell, and who did it ("the pardon": who
        was pardoned, and who pardoned); two empty lists when it takes up none."""
        referred = EVENT_NOUNS.get(event_noun_key(tok), "")
        if not referred or referred == ANY_ACT or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
            return [], []
        if not any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE_DETERMINERS or c.pos_ == "PRON")
                   for c in tok.children):
            return [], []
        key = next((key for key in referred.split("|") if key in self.befallen), None)
        return (list(self.befallen[key]), list(self.doers.get(key, []))) if key else ([], [])

    def told_before(self, tok: Token) -> str | None:
        """The kind (``recent``'s key) of the event told before in this text that a definite event noun with no
        possessor takes up ("the detentions", "the raid"), else None ("traded strikes", "launched a raid": a new
        event, not one told before)."""
        referred = EVENT_NOUNS.get(event_noun_key(tok))
        if not referred or any(c.dep_ == "poss" for c in tok.children):
            return None
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children)
        if referred == ANY_ACT:  # "the move", or "..., a move X condemned" summing up the clause before
            return ANY_ACT if self.acts and (definite or _sums_up_clause(tok)) else None
        if not definite:
            return None
        return next((key for key in referred.split("|") if key in self.recent), None)

    def _by_apposition(self, tok: Token, depth: int) -> list[str] | None:
        """ "Iran's president, Ebrahim Raisi": the name in apposition is the actor, not the possessor; "two brothers, A
        and B": every name of the apposition."""
        for child in tok.children:
            if child.dep_ == "appos":
                found = self._one(child, depth + 1)
                members = [e for c in child.conjuncts for e in self._one(c, depth + 1) if e not in found]
                if _people_noun(tok) and any(self.actors.type_of(e) == "PERSON" for e in found + members):
                    # "two brothers, Karim and Samir Haddad": every name of a list of people, also one the tagger took
                    # for a place or a body
                    return found + members
                if found:
                    return found + [e for e in members if self.actors.type_of(e) == self.actors.type_of(found[0])]
        return None

    def _by_described_leader(self, tok: Token, depth: int) -> list[str] | None:
        """ "the Bordurian leader", "the Ruritanian foreign minister": the most mentioned holder of that post (for a
        leader word, of a head of state's or government's post) whose state the description names (issue 13); with
        no such holder named, the state."""
        if (tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ == "PERSON"
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            return None
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in (
            "NORP", "GPE") and not state_code(c.text) and c.lower_ not in DROP_WORDS]
        title = " ".join([*words, tok.lower_])
        titles = LEADER_TITLES if tok.lower_ in LEADER_WORDS and not words else {title}
        if tok.lower_ not in LEADER_WORDS and tok.lower_ not in title_heads():
            return None
        code = token_modifier_country(tok)
        if code is None:
            return None
        holders = {p for t in titles for p in self.titled.get(f"={t}", [])}
        own = {p for p in holders if self.actors.country_of(p) == code}
        person = self.actors.main_person(own) if own else self._nearest_before(
            tok, {p for p in holders if self.actors.country_of(p) is None})
        if person is None and titles is LEADER_TITLES:
            # "Putin of Russia ... accusing the Russian leader": no post told, the state's most mentioned person
            people = self.actors.people_of(code)
            person = self.actors.main_person(people) if people else None
        if person is None and any(t.ent_type_ == "PERSON" for t in tok.subtree):
            return None  # "the Ugandan general Moses Kato": the name after the title is the one
        if person is None:
            # "spoke with the French president": no holder of that state's post is named, the state acts through
            # its official (OUTPUT.md 5); no other holder of the post is taken for them
            LOGGER.debug("described leader: %r is the state %s in %r", tok.text, code, sentence_of(tok).text)
            return [self.actors.state_id(code)]
        LOGGER.debug("described leader: %r is %s in %r", tok.text, person, sentence_of(tok).text)
        return [person]

    def _nearest_before(self, tok: Token, among: set[str]) -> str | None:
        """The one of ``among`` named last before a token, in its text (a holder whose state the text has not told
        yet: the description tells it)."""
        for i in range(tok.i - 1, -1, -1):
            ent = self.actors.entity_at(self.ui, tok.doc[i])
            if ent in among:
                return ent
        return None

    def _by_sole_holder(self, tok: Token, depth: int) -> list[str] | None:
        """ "the consul": the one holder of that post named in the text ("a consul" is someone else)."""
        holders = self.titled.get(tok.lower_)
        if holders and len(holders) == 1 and tok.pos_ in ("NOUN", "PROPN") and not self._another_holder(tok, holders):
            return list(holders)
        return None

    def _by_apposed_head(self, tok: Token, depth: int) -> list[str] | None:
        """A title in apposition to a name is that name's actor."""
        if tok.dep_ == "appos" and depth < 2:
            found = self._one(tok.head, depth + 1)
            if found:
                return found
        return None

    def _by_post_kind(self, tok: Token, depth: int) -> list[str] | None:
        """ "the late diplomat", "the new envoy": the most mentioned holder of a post of that kind."""
        if (tok.lower_ in title_heads() and tok.pos_ == "NOUN" and tok.tag_ == "NN" and not tok.conjuncts
                and any(c.lower_ == "the" for c in tok.children)):
            kind = DIPLOMATS if tok.lower_ in DIPLOMATS else {tok.lower_}
            holders = {p for word in kind for p in self.titled.get(word, [])}
            person = self.actors.main_person(holders) if holders else None
            if person:
                return [person]
        return None

    def _by_demonym(self, tok: Token, depth: int) -> list[str] | None:
        """A demonym modifying a noun ("Russian troops", and "Russian" in "Chinese and Russian troops") is its state."""
        if tok.ent_type_ == "NORP" and (tok.dep_ in ("amod", "compound") or tok.dep_ == "conj" and tok.head.dep_ in (
                "amod", "compound")):
            code = state_code(tok.text)
            if code:
                return [self.actors.state_id(code)]
        return None

    def _by_leading_state(self, tok: Token, depth: int) -> list[str] | None:
        """ "Kenyan-led forces", "the US-led coalition": the state that leads them acts; "Frelimo-led fighters",
        "NATO-led troops": so does the named group or body that leads them."""
        for led in tok.children:
            if led.dep_ == "amod" and led.lemma_.lower() == "lead" and led.i > 0 and led.doc[led.i - 1].text == "-":
                for mod in led.children:
                    code = state_code(mod.text) if mod.i < led.i else None
                    if code:
                        return [self.actors.state_id(code)]
                    if mod.i < led.i and mod.pos_ == "PROPN":
                        leaders = [e for e in self._one(mod, depth + 1) if self.actors.type_of(e) in ("ORG", "GROUP")]
                        if leaders:
                            return leaders
        return None

    def _too_far(self, tok: Token, depth: int) -> list[str] | None:
        """Deep in a phrase, private people ("students"), or a specialist of a state ("a Korea specialist"): nobody."""
        return [] if depth > 2 or tok.lemma_.lower() in PRIVATE_PEOPLE or has_specialism_field(tok) else None

    def _by_government(self, tok: Token, depth: int) -> list[str] | None:
        """ "Mutai's government", "his government": a leader's government is their state's, never the leader."""
        if tok.lemma_.lower() not in GOVERNMENT_NOUNS:
            return None
        owners = [o for c in tok.children if c.dep_ == "poss" for o in self._one(c, depth + 1)]
        if owners and all(self.actors.type_of(o) == "PERSON" for o in owners):
            codes = [self.actors.country_of(o) for o in owners]
            if not all(codes):  # a leader of no known state: their government, a group of its own
                return [self.actors.government_of(o) for o, c in zip(owners, codes) if not c] + [
                    self.actors.state_id(c) for c in dict.fromkeys(codes) if c]
            return [self.actors.state_id(c) for c in dict.fromkeys(codes) if c]
        return None

    def _by_modifier(self, tok: Token, depth: int) -> list[str] | None:
        """ "Kenya's envoy", "the Russian side": the noun's possessor or modifier ("her Russian comrades": a possessive
        pronoun does not name the group; the demonym does). Coordinated modifiers name each side: "Chinese and
        Russian envoys" are both states' envoys. A town before a meeting noun is its venue ("the Doha talks")."""
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod", "amod") and child.pos_ != "PRON":
                found = self._one(child, depth + 1)
                if found and child.dep_ == "compound" and tok.lower_ in MEETING_NOUNS and all(map(self._town, found)):
                    continue  # "attended the Jeddah meeting": the town is where, not who
                if found:
                    for conj in (*child.conjuncts, *_hyphened_partners(child)):
                        found += [e for e in self._one(conj, depth + 1) if e not in found]
                    return found
        return None

    def _by_side_phrase(self, tok: Token, depth: int) -> list[str] | None:
        """ "officials of the ministry", "negotiators from Kenya and Tanzania", "violations by the security forces",
        "an offer from Kabul": the people stand for their side, the noun's agent acts."""
        for child in tok.children:
            if child.dep_ == "prep" and (child.lower_ in ("of", "including", "against") or (
                    child.lower_ in ("from", "in") and _people_noun(tok)
                    and tok.lemma_.lower() not in PRIVATE_PEOPLE) or (
                    child.lower_ == "from" and tok.lemma_.lower() in PROPOSAL_NOUNS) or child.lower_ == "by" or (
                    child.lower_ == "to" and tok.lemma_.lower() in STAFF_NOUNS)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.actor(pobj, depth + 1)
                        if found and child.lower_ in ("in", "to"):
                            # "rebels in the Ivory Coast", "demonstrators in Baghdad": people of that state
                            # (and a senior assistant to President X acts for X's state, not as X)
                            codes = [self.actors.country_of(f) for f in found]
                            found = [self.actors.state_id(c) for c in codes if c]
                        if found:
                            return found
        return None

    def modifiers(self, tok: Token) -> list[str]:
        """Every actor named in the modifiers of a noun ("the Kenya-Uganda trade commission"); a town before a
        meeting noun is its venue, not a side ("the Jeddah meeting", "the Doha talks")."""
        venue = tok.lower_ in MEETING_NOUNS
        out: list[str] = []
        for t in tok.subtree:
            if t.i >= tok.i:
                break
            ent = self.actors.entity_at(self.ui, t)
            if ent and ent not in out and not (venue and self._town(ent)):
                out.append(ent)
        return out

    def _town(self, ent: str) -> bool:
        """Whether an entity is a place of a state, not the state itself ("Jeddah", not "Saudi Arabia")."""
        code = self.actors.country_of(ent)
        return self.actors.type_of(ent) in ("GPE", "LOC") and code is not None and self.actors.existing_state(code) != ent

    def read(self, trigger: Token, nominal: bool) -> Arguments:
        args = Arguments()
        if nominal:
            self._nominal(trigger, args)
            if trigger.dep_ == "dobj":
                self._stance(trigger.head, args)  # "staged a hunger strike in protest against X"
            self._stance(trigger, args)  # "a sit-in in protest of X's ruling", the adjunct on the noun
        else:
            self._verbal(trigger, args)
            self._complement_subject(trigger, args)
            self._complement_object(trigger, args)
            self._shared_addressee(trigger, args)
            self._stance(trigger, args)
        self._led_by(args, trigger)
        args.attribution = self._attribution(trigger)
        return args

    def _verbal(self, verb: Token, args: Arguments) -> None:
        subj = _subject_of(verb) or _dated_subject(verb)
        if (zero := zero_relative(verb)) is not None and zero[1] is not None:
            subj = zero[1]
        if (gathered := self._gathered(verb)) is not None:
            args.source += gathered
            subj = None
        elif (after := _tail_after(verb)) is not None:
            # the names the parser took for the next clause's subjects are this verb's objects
            for name in after:
                args.target += [e for e in self.actor(name) if e not in args.target]
        if addressed := _addressed_gerund(verb):
            subj = _subject_of(addressed[0])
            args.target += self.actor(addressed[1])
            LOGGER.debug("addressed gerund: %s of %r in %r", args.target, verb.text, sentence_of(verb).text)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        # a reduced relative with its agent ("the accord, signed by A and B") is a passive too
        passive = passive_clause(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not _finite_after_name(verb))
        if passive and agent is None and (by := displaced_agent(verb)) is not None:
            agent = next((g for g in by.children if g.dep_ == "pobj"), None)
        if passive and agent is None and (lifter := _lifter(verb)) is not None:
            agent = lifter  # "wants Rome to lift the duties on Slovak wine imposed in May": Rome imposed them
        if passive:
            if agent is not None:
                args.source += self.actor(agent)
            if subj is not None:
                args.target += self.actor(subj)
        elif subj is not None:
            args.source += self.actor(subj)
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                self._prep(child, args)
            elif (child.dep_ in ("dobj", "dative", "oprd") or second_subject(verb, child)) and not passive:
                args.target += [e for e in self.actor(child) if e not in args.target]
                for gc in child.children:
                    # "provided aid to Turkey", "imposed sanctions on Russia", "brokered a truce between A and B":
                    # the object's own complement (not the leader "an aide to X" serves: ``_by_side_phrase`` read
                    # the aide as X's state)
                    if gc.dep_ == "prep" and gc.lower_ in OBJECT_COMPLEMENT_PREPS and not (
                            gc.lower_ == "to" and child.lemma_.lower() in STAFF_NOUNS):
                        self._prep(gc, args)
                    elif gc.dep_ == "prep" and gc.lower_ == "of" and not self.actor(child):
                        self._object_of_phrase(gc, args)
            elif child.dep_ == "prep":
                self._prep(child, args)
                if child.lower_ == "in" and child.i > 0 and amount_noun(verb.doc[child.i - 1]):
                    # "sent 40 million kronur [in aid to Chad]": what the amount is of takes the object's complement
                    for gc in (g for p in child.children for g in p.children):
                        if gc.dep_ == "prep" and gc.lower_ in ("to", "for"):
                            self._prep(gc, args)
            elif child.dep_ in ("prt", "advmod"):
                # "handed the job back to Wang Yi", "called off the meeting with ..."
                for gc in child.children:
                    if gc.dep_ == "prep":
                        self._prep(gc, args)
        if not passive and zero is not None:
            # "the deputy she chose", "Engel, a shipowner the mayor chose as deputy": the object a relative clause
            # leaves out is the noun it modifies
            args.target += [e for e in self.actor(zero[0]) if e not in args.target and e not in args.source]

    def _object_of_phrase(self, of: Token, args: Arguments) -> None:
        """An object named by a noun and its "of" phrase ("signed a memorandum of understanding with Accra", "sent a
        consignment of rifles to Juba"): the parser hangs the complement on the "of" noun; it is the object's own.
        Only a thing's "of" phrase: one that names an actor ("the envoy of Chile to X") is not the object's name."""
        for pobj in (g for g in of.children if g.dep_ == "pobj" and not self.actor(g)):
            for prep in (g for g in pobj.children if g.dep_ == "prep" and g.lower_ in ("to", "against", "with")):
                self._prep(prep, args)

    def _gathered(self, verb: Token) -> list[str] | None:
        """ "A met B, C, D and E, and the leaders later urged F to act": the group that is the verb's subject is all
        who met, the clause before's subject and objects and the list's tail (``list_tail``); None when no such
        group is the subject."""
        if (tail := list_tail(verb)) is None:
            return None
        names, before = tail
        found: list[str] = []
        heads = [s for s in (_subject_of(before),) if s is not None]
        heads += [c for c in before.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
        for tok in (*heads, *names):
            found += [e for e in self.actor(tok) if e not in found]
        return found

    def _complement_subject(self, verb: Token, args: Arguments) -> None:
        """ "helped Russia evade sanctions", "warned that Machado would ...": the complement's subject is acted upon,
        unless it is the actor's own side ("warned that his government would respond", "Ghana's president warned that
        Ghana would not bow"): that side does the warned act, it does not suffer it. So is the subject of a demand's
        "that" clause when the verb only carries the demand ("repeated its call that Kenya reopen the border")."""
        if args.target:
            return
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                for gc in child.children:
                    if gc.dep_ in ("nsubj", "nsubjpass"):
                        if not self._own_side(gc, args.source):
                            args.target += [e for e in self.actor(gc) if e not in args.source]
                        return
        carried = [c for c in verb.children if c.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for noun in carried:
            if noun.lemma_.lower() in PROPOSAL_NOUNS and (subj := _that_clause_subject(noun)) is not None:
                args.target += [e for e in self.actor(subj) if e not in args.source]
                LOGGER.debug("demand's clause: %s of %r in %r", args.target, verb.text, sentence_of(verb).text)
                return

    def _own_side(self, subject: Token, source: list[str]) -> bool:
        """Whether a clause subject is the source's own side: its state or organs owned by a pronoun ("his government",
        "our forces", not "its partners") or the source's own state named ("Ghana" after "Ghana's president")."""
        if subject.lemma_.lower() in OWN_SIDE_HEADS and any(
                c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in subject.children):
            return True
        own = {self.actors.country_of(s) for s in source if self.actors.type_of(s) != "GPE"} - {None}
        named = self.actor(subject)
        return bool(own) and bool(named) and all(
            self.actors.type_of(e) == "GPE" and self.actors.country_of(e) in own for e in named)

    def _complement_object(self, verb: Token, args: Arguments) -> None:
        """ "threatened to cut off power to X", "refused to let UN planes land", "is ready to send troops to help
        defend X": with no target of its own, the verb acts on whom its infinitival complement acts on."""
        node, place = verb, args.location
        for _ in range(3):
            if args.target:
                break
            # the first step is the verb's own complement; then also a purpose clause ("to help defend X")
            step = next((c for c in node.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                node.i != verb.i and c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)))), None)
            if step is None:
                break
            node = step
            for child in node.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
                    args.target += [e for e in self.actor(child) if e not in args.target and e not in args.source]
                    for gc in child.children:
                        if not args.target and gc.dep_ == "prep" and gc.lower_ in ("to", "on", "against", "with"):
                            self._prep(gc, args)
                elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and not args.target:
                    self._prep(child, args)
        if not args.target:
            # "threatened to quit the talks if Peru goes ahead", "... unless Quito agrees": the
            # condition's subject is the one the act is aimed at
            for node in (verb, *(t for t in verb.subtree if t.dep_ == "xcomp")):
                for child in node.children:
                    if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                      for m in child.children):
                        subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                        if subj is not None and subj.lower_ == "you":
                            # "told Serbia: 'if you do not hand them over, we will'": "you" is whom the words address,
                            # and "we" the side of the one who speaks them
                            said = _saying_verb_above(verb)
                            if said is not None and not args.source and any(
                                    c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
                                args.source += [e for c in said.children if c.dep_ == "nsubj" for e in self.actor(c)]
                            args.target += [e for e in self._addressee(said) if e not in args.source]
                        elif subj is not None:
                            args.target += [e for e in self.actor(subj) if e not in args.source]
        args.location = place  # a place inside the complement is where that act would be, not where this one was

    def _addressee(self, said: Token | None) -> list[str]:
        """Whom a verb of saying addresses: its object ("told Serbia that ...", "warned Chad: ..."), or its "to" ("said
        to Greece", "said in a message to Greece"); none without such a verb."""
        for child in said.children if said is not None else ():
            if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP" and (found := self.actor(child)):
                return found
            if child.dep_ == "prep" and child.lower_ in ("to", "in"):
                # "in a message to Greece": the "to" hangs on the message
                tos = [child] if child.lower_ == "to" else [p for g in child.children if g.dep_ == "pobj"
                                                             for p in g.children if p.dep_ == "prep" and p.lower_ == "to"]
                found = [e for to in tos for g in to.children if g.dep_ == "pobj" for e in self.actor(g)]
                if found:
                    return found
        return []

    def _shared_addressee(self, verb: Token, args: Arguments) -> None:
        """ "summoned Tanzania's envoy and demanded compensation": a demand with no addressee of its own, coordinated
        after a verb with an object, is addressed to that object (unseen-errors A5), as an apology after a meeting is
        to the one met ("met with the Thai envoy and apologized"), and a warning in a participle after a demand to the
        one the demand is made of ("urged Chad to stop, warning of the consequences"). An object of the source's own
        state ("recalled its ambassador and demanded ...") is no addressee."""
        # also a participle clause after the verb ("urged Serbia to back down, warning it of the consequences")
        joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i)
        if args.target or not joined or verb.lemma_.lower() not in ADDRESSED_ACTS:
            return
        own = {self.actors.country_of(e) for e in args.source} - {None}
        # "met with the ambassador and apologized": the one met is the one addressed, as an object is
        met = [g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with"
               and verb.head.lemma_.lower() in MEETING_LEMMAS for g in c.children if g.dep_ == "pobj"]
        # "began criticizing Hanoi and then demanded an apology": the object of the verb the first one begins
        begun = [g for c in verb.head.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
        for obj in [c for c in verb.head.children if c.dep_ == "dobj"] + met + begun:
            found = [e for e in self.actor(obj) if e not in args.source and self.actors.country_of(e) not in own]
            if found:
                LOGGER.debug("shared addressee: %s of %r in %r", found, verb.text, sentence_of(verb).text)
                args.target += found
                return

    def _stance(self, verb: Token, args: Arguments) -> None:
        """ "marched in protest against the arrests by X", "fired in retaliation for Y's raid", "rallied during
        protests against arrests by X", "went on strike to protest X's decision", "marched to voice their anger at X":
        with no target of its own, the verb acts on whom its stance adjunct or its purpose names."""
        if args.target:
            return
        stances = [noun for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
                   for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in STANCE_NOUNS]
        for purpose in verb.children:
            if purpose.dep_ in ("advcl", "xcomp") and purpose.lemma_.lower() in STANCE_VERBS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
                for obj in (c for c in purpose.children if c.dep_ == "dobj"):
                    if obj.lemma_.lower() in STANCE_NOUNS:
                        stances.append(obj)  # "to voice their anger at X"
                    else:
                        args.target += [e for e in self._owner(obj) if e not in args.target and e not in args.source]
        for noun in stances:
            for inner in noun.children:
                if inner.dep_ == "prep" and inner.lower_ in ("against", "of", "for", "to", "with", "at"):
                    for pobj in inner.children:
                        if pobj.dep_ == "pobj":
                            args.target += [e for e in self._owner(pobj)
                                            if e not in args.target and e not in args.source]

    def _owner(self, noun: Token) -> list[str]:
        """The actors a noun names, or, for a thing ("the decision", "policies"), the actors who own or made it: its
        possessor ("X's decision") or its "by" phrase ("raids by X")."""
        found = self.actor(noun)
        if found:
            return found
        for child in noun.children:
            if child.dep_ == "poss":
                return self.actor(child)
            if child.dep_ == "prep" and child.lower_ == "by":
                return [e for g in child.children if g.dep_ == "pobj" for e in self.actor(g)]
        return []

    def _venue(self, ent: str) -> bool:
        """Whether an actor is a named venue or seat of government that no state is given (``VENUE_NAME_HEADS``); the
        tagger may take such a name for a person's ("at Jubilee House")."""
        name = self.actors.get(ent).name.split()
        return (self.actors.type_of(ent) in ("ORG", "LOC", "FAC", "PERSON") and self.actors.country_of(ent) is None
                and bool(name) and name[-1].lower() in VENUE_NAME_HEADS)

    def _prep(self, prep: Token, args: Arguments) -> None:
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            found = self.actor(pobj)
            if prep.dep_ == "prt" or (prep.head.pos_ == "VERB" and prep.i == prep.head.i + 1 and prep.lower_ in (
                    "in", "off", "up", "out") and found and self.actors.type_of(found[0]) in ("PERSON", "GROUP", "ORG")):
                # a verb particle's object is the verb's object: "called in Ambassador Zinoviev"
                args.target += [e for e in found if e not in args.target and e not in args.source]
                continue
            if prep.lower_ in PLACE_PREPS | {"on", "along", "across", "outside", "inside"} and found \
                    and self.actors.type_of(found[0]) == "LOC":
                # "gathered on Rustaveli Avenue": a place named by any place preposition is where, not whom
                args.location = args.location or found[0]
                continue
            if prep.lower_ in PLACE_PREPS and found and all(self._venue(e) for e in found):
                # "met the envoy at State House": a named venue or seat of no state is where, not whom
                args.location = args.location or found[0]
                continue
            if topic_phrase(prep):
                continue  # "talks on Ukraine", "an agreement on Gaza": a topic, not a side
            if pobj.lemma_.lower() in OCCASION_HEADS or pobj.lower_ in OCCASION_HEADS:
                continue  # "met X on the margins of the congress": the occasion, not a side (unseen-errors A7)
            if prep.lower_ in MEDIUM_PREPS and (pobj.lemma_.lower() in MESSAGE_WORDS or pobj.lower_ in MESSAGE_WORDS):
                continue  # "criticised the ruling on Twitter": where it was said, not whom it is aimed at
            if prep.lower_ in TARGET_PREPS:
                args.target += [e for e in found if e not in args.target and e not in args.source]
            elif prep.lower_ in PLACE_PREPS and found and self.actors.type_of(found[0]) == "GPE":
                args.location = args.location or found[0]
        for more in prep.children:
            if more.dep_ == "conj" and more.pos_ == "ADP":
                self._prep(more, args)  # "talks with A and with B"

    def _nominal(self, noun: Token, args: Arguments) -> None:
        """Read an event noun's actors: the small named passes of ``NOMINAL_PASSES``, in order."""
        state = NounReading(noun, noun.head, args)
        for name, run in NOMINAL_PASSES:
            run(self, state)
            LOGGER.debug("nominal pass %s: source %s target %s", name, args.source, args.target)

    def _noun_dependents(self, st: NounReading) -> None:
        """The noun's dependents: a possessor or "by" phrase acts, a modifier may, an "of" phrase takes part."""
        # any other phrase is read as a verb's would be (``_prep``)
        for child in st.noun.children:
            if child.dep_ == "poss":
                st.possessors += [e for e in self._one(child, 1) if e not in st.possessors]
                st.args.source += [e for e in st.possessors if e not in st.args.source]
            elif aimed := aimed_names(child):
                # "Elbonia-specific duties", "Ruritania-targeted curbs": the state the modifier names is aimed at
                st.args.target += [e for g in aimed for e in self._one(g, 1) if e not in st.args.target]
            elif child.dep_ in ("compound", "amod", "nmod"):
                st.modifiers += [e for e in self._one(child, 1) if e not in st.modifiers]
            elif child.dep_ == "prep":
                if child.lower_ == "by":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            st.args.source += self.actor(pobj)
                elif child.lower_ == "of":
                    self._noun_of_phrase(child, st)
                else:
                    self._prep(child, st.args)

    def _noun_of_phrase(self, of: Token, st: NounReading) -> None:
        """An "of" phrase and the actors of its modifiers take part; its own phrases are read as a verb's."""
        for pobj in of.children:
            if pobj.dep_ == "pobj":
                found = self.actor(pobj)
                found += [m for m in self.modifiers(pobj) if m not in found]
                st.args.participants += found
                st.of_phrase += found
                for gc in pobj.children:
                    if gc.dep_ == "prep":
                        self._prep(gc, st.args)

    def _noun_possessed_act(self, st: NounReading) -> None:
        """ "X's invasion of Y": the "of" phrase of an act with a possessor is acted upon (``_possessed_act``)."""
        self._possessed_act(st.possessors, st.of_phrase, st.args)

    def _noun_measure(self, st: NounReading) -> None:
        """ "held five hours of talks with", "a second round of negotiations": the measure's verb supports the noun."""
        head = st.head
        if (st.noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS
                and head.head.dep_ in ("dobj", "nsubjpass")):
            st.noun, st.head = head.head, head.head.head

    def _noun_adjunct(self, st: NounReading) -> None:
        """ "unveiled the plan after talks with Y", "raised it in talks with Y": the clause's subject took part."""
        # "in" / "at" only for a meeting ("at a meeting with Y, X pressed for reforms"): "died in an attack on Y" says
        # nothing of who took part, and "the talks", a process told as known ("agreed to mediation in the talks with
        # Y"), need not have met
        # (through a measure noun: "signed it following two days of talks")
        head, args = governing_prep(st.noun), st.args
        # a measure noun read by ``_noun_measure`` is an object, never a "pobj": this pass then does nothing
        took_part = head.lower_ in ADJUNCT_PREPS or (
            head.lower_ in MEETING_ADJUNCT_PREPS and st.noun.lemma_.lower() in MEETING_NOUNS
            and not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in st.noun.children))
        if st.noun.dep_ == "pobj" and took_part and head.head.pos_ == "VERB" and not args.source:
            subj = _subject_of(head.head)
            if subj is not None:
                args.source += [e for e in self.actor(subj) if e not in args.source and e not in args.target]

    def _noun_copular_claim(self, st: NounReading) -> None:
        """ "[the sayer] said the launch was a provocation": the copula's subject is accused, the sayer accuses."""
        head, args = st.head, st.args
        if st.noun.dep_ != "attr" or head.lemma_ != "be":
            return
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                args.target += [e for e in self.actor(child) if e not in args.target]
        if not args.source and head.dep_ == "ccomp" and head.head.lemma_ in REPORT_LEMMAS:
            sayer = _subject_of(head.head)
            if sayer is not None:
                args.source += self.actor(sayer)

    def _noun_support_verb(self, st: NounReading) -> None:
        """A support verb's subject acts ("held talks with", "issued an ultimatum to"), its dative receives it."""
        noun, head, args = st.noun, st.head, st.args
        # an event noun governed by another event's trigger is a reference, dropped before: events._subordinate
        if not (noun.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and head.pos_ in ("VERB", "AUX")
                and head.i != noun.i and (head.lemma_ in LIGHT_VERBS or noun.dep_ == "dobj")):
            return
        if noun.dep_ == "dobj" and not args.source and head.lemma_.lower() not in REACTION_VERBS:
            # "summoned the envoy to protest the execution of X": the protester executed no one
            subj = _subject_of(head)
            if (gathered := self._gathered(head)) is not None:
                args.source += gathered
            elif subj is not None and is_passive(head):
                # "was given a life sentence", "was handed an ultimatum": a passive that keeps its object makes its
                # subject the one given the act, not the giver
                args.target += [e for e in self.actor(subj) if e not in args.target]
            elif subj is not None:
                args.source += [e for e in self.actor(subj) if e not in args.source]
        for child in head.children:
            if child.dep_ == "prep" and child.i != noun.i:
                self._prep(child, args)
            elif child.dep_ == "dative" and noun.dep_ == "dobj":
                # "gave Caracas an ultimatum", "gave an ultimatum to Caracas": whom the support verb gives it to
                if child.pos_ == "ADP":
                    self._prep(child, args)
                else:
                    args.target += [e for e in self.actor(child) if e not in args.source and e not in args.target]

    def _noun_on_phrase(self, st: NounReading) -> None:
        """ "on a trip to X", "went on strike", "was in Oslo for talks": the verb the phrase hangs from has the doer."""
        noun, args = st.noun, st.args
        prep = noun.head
        stay = prep.lower_ == "for" and (noun.lemma_.lower() in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS) and (
            prep.head.lemma_.lower() in STAY_LEMMAS)
        if args.source or noun.dep_ != "pobj" or not (prep.lower_ == "on" or stay) or prep.head.pos_ not in (
                "VERB", "AUX"):
            return
        if (subj := _subject_of(prep.head)) is not None and not is_passive(prep.head):
            args.source += [e for e in self.actor(subj) if e not in args.target]

    def _noun_state_phrase(self, st: NounReading) -> None:
        """ "took X into custody", "placed X under arrest": the verb's object (a passive's subject) undergoes it."""
        # the verb's subject (a passive's "by" agent) does it; "moving him to Y" after it names no side
        noun, args = st.noun, st.args
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "under house arrest" with the trigger on "house"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in STATE_PREPS or prep.head.pos_ not in ("VERB", "AUX") or args.target:
            return
        verb = prep.head
        passive = is_passive(verb)
        undergoer = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not undergoer:
            return
        args.target += [e for c in undergoer for e in self.actor(c) if e not in args.source and e not in args.target]
        if not args.source:
            doers = [p for c in verb.children if c.dep_ == "agent" for p in _agent_nouns(c)] if passive else [
                s for s in (_subject_of(verb),) if s is not None]
            args.source += [e for d in doers for e in self.actor(d) if e not in args.target and e not in args.source]

    def _noun_happening(self, st: NounReading) -> None:
        """ "this year's medal went to X", "the talks took place in Y": the verb's phrases are the noun's."""
        if st.noun.dep_ == "nsubj" and st.head.lemma_ in ("go", "take", "occur", "happen", "come"):
            for child in st.head.children:
                if child.dep_ == "prep":
                    self._prep(child, st.args)

    def _noun_verb_to_phrase(self, st: NounReading) -> None:
        """The parser often hangs "to X" on the verb: "condemned North Korea's dispatch of troops to Russia"."""
        if not st.args.target and st.noun.dep_ == "dobj" and st.head.pos_ == "VERB":
            for child in st.head.children:
                if child.dep_ == "prep" and child.lower_ == "to":
                    self._prep(child, st.args)

    def _noun_complement_subject(self, st: NounReading) -> None:
        """ "its demand that Sudan release the prisoners": the subject of the noun's "that" clause is acted upon."""
        # a relative clause ("the demand that Sudan made") has no "that" marker: its "that" is a subject or object
        if st.args.target:
            return
        if (subj := _that_clause_subject(st.noun)) is not None:
            st.args.target += [e for e in self.actor(subj) if e not in st.args.source]

    def _noun_modifier_source(self, st: NounReading) -> None:
        """ "North Korean drills": with no source yet, the modifiers act."""
        # a light verb's subject came first: "the United States and South Korea began their Freedom Shield exercises"
        if not st.args.source:
            st.args.source += [m for m in st.modifiers if m not in st.args.target]

    def _noun_participants_source(self, st: NounReading) -> None:
        """With no source yet, those taking part act."""
        args = st.args
        if not args.source and args.participants:
            args.source, args.participants = args.participants, []

    def _noun_occasion_owner(self, st: NounReading) -> None:
        """A talk with a partner where another noun's owner left or spoke ("his exit from talks with X") has him."""
        # "his abrupt exit from a meeting in Oslo with X", "her remarks after talks with X": a talk with a partner and
        # no side of its own, named as where the owner of another noun spoke, stayed or left, has that owner (a
        # person) as its other side; not "his absence from" it (``ABSENCE_NOUNS``)
        noun, args = st.noun, st.args
        if (args.source or not args.target or noun.lower_ not in MEETING_NOUNS or noun.dep_ != "pobj"
                or noun.head.lower_ not in OCCASION_PREPS):
            return
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            return
        owned = noun.head.head
        if owned.pos_ != "NOUN" or owned.lemma_.lower() in ABSENCE_NOUNS:
            return
        owners = [e for c in owned.children if c.dep_ == "poss" for e in self._one(c, 1)]
        args.source += [e for e in owners if self.actors.type_of(e) == "PERSON" and e not in args.target]

    def _noun_drawn_reaction(self, st: NounReading) -> None:
        """A reaction drawn "from" someone is theirs, aimed at the one whose act drew it ("drawing criticism from X")."""
        # "Gabon seized a trawler, drawing criticism from Yaounde", "a move that drew a rebuke from Paris": the support
        # verb's subject drew the reaction and did not make it (issue 13: the condemnation was read as the seizer's)
        verb, args = st.noun.head, st.args
        if st.noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_LEMMAS:
            return
        reactors: list[str] = []
        for prep in (c for t in (st.noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    reactors += [e for e in self.actor(pobj) if e not in reactors]
        if not reactors:
            return
        drawers = [e for e in args.source + args.target if e not in reactors]
        LOGGER.debug("drawn reaction: %s from %s at %s in %r", st.noun.text, reactors, drawers,
                     sentence_of(st.noun).text)
        args.source = reactors
        args.target = list(dict.fromkeys(drawers))
        args.participants = [e for e in args.participants if e not in reactors and e not in drawers]

    def _possessed_act(self, possessors: list[str], of_phrase: list[str], args: Arguments) -> None:
        """"X's invasion of Y", "X's recognition of Y": with a possessor who acts, the "of" phrase is acted upon;
        an "of" phrase of the possessor's own state stays with it ("Russia's dispatch of Russian troops")."""
        if not possessors:
            return
        own = {self.actors.country_of(p) for p in possessors} - {None}
        for ent in of_phrase:
            if ent in possessors or ent in args.target or self.actors.country_of(ent) in own:
                continue
            if ent in args.participants:
                args.participants.remove(ent)
            args.target.append(ent)

    def _led_by(self, args: Arguments, trigger: Token) -> None:
        """A delegation "led by" someone: the state acts, the leader takes part (and belongs to that state); so does
        the one who chairs a gathering ("the bloc's leaders, chaired by X, will hold a summit")."""
        for tok in sentence_of(trigger):
            if tok.lemma_ not in LEADING_LEMMAS or tok.dep_ not in ("acl", "relcl", "appos", "advcl"):
                continue
            group = self.actor(tok.head)
            leaders = list(dict.fromkeys(ent for agent in tok.children if agent.dep_ == "agent"
                                         for pobj in _agent_nouns(agent) for each in (pobj, *pobj.conjuncts)
                                         for ent in self.actor(each)))
            if not group and (tok.head.dep_ == "nsubj" and tok.head.head == trigger or _agent_of(tok.head, trigger)):
                # "soldiers led by General X detained the president", "agreed by delegations led by A and B": a
                # force or delegation no state is named for acts through the ones who led it
                if args.source:
                    args.participants += [ent for ent in leaders if ent not in args.actors()]
                else:
                    args.source += [ent for ent in leaders if ent not in args.actors()]
                continue
            if not group or not any(g in args.actors() for g in group):
                # the parser often hangs "led by" on the wrong noun; one group among the actors is the one led
                groups = [a for a in args.actors() if self.actors.type_of(a) == "GROUP"]
                if len(groups) != 1:
                    continue
                group = groups
            for ent in leaders:
                if ent not in args.actors():
                    args.participants.append(ent)
                code = self.actors.country_of(group[0])
                if code and self.actors.type_of(ent) == "PERSON" and not self.actors.country_of(ent):
                    self.actors.note_country(ent, code)

    def _attribution(self, trigger: Token) -> str | None:
        """The source that reports the event ("KCNA reported", "according to the ministry")."""
        for anc in trigger.ancestors:
            if anc.lemma_ in REPORT_LEMMAS:
                subj = _subject_of(anc)
                if subj is not None:
                    found = self.actor(subj)
                    if found and self.actors.type_of(found[0]) in ("ORG", "PERSON", "GPE"):
                        return found[0]
        for tok in sentence_of(trigger):
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                for pobj in tok.doc[tok.i + 1].children:
                    found = self.actor(pobj)
                    if found:
                        return found[0]
        return None


Reading = Callable[[ArgumentReader, Token, int], "list[str] | None"]
READINGS: tuple[tuple[str, Reading], ...] = (
    ("counted_sides", ArgumentReader._by_counted_sides),
    ("joint_modifiers", ArgumentReader._by_joint_modifiers),
    ("noun_owner", ArgumentReader._by_noun_owner),
    ("speaker", ArgumentReader._by_speaker),
    ("entity", ArgumentReader._by_entity),
    ("kin", ArgumentReader._by_kin),
    ("gathered_group", ArgumentReader._by_gathered_group),
    ("clause_owner", ArgumentReader._by_clause_owner),
    ("shared_collective_object", ArgumentReader._by_shared_collective_object),
    ("quoted_speaker", ArgumentReader._by_quoted_speaker),
    ("own_country", ArgumentReader._by_own_country),
    ("definite_country", ArgumentReader._by_definite_country),
    ("own_forces", ArgumentReader._by_own_forces),
    ("pronoun", ArgumentReader._by_pronoun),
    ("collective_pronoun", ArgumentReader._by_collective_pronoun),
    ("relative_pronoun", ArgumentReader._by_relative_pronoun),
    ("neighbour", ArgumentReader._by_neighbour),
    ("named_later", ArgumentReader._by_named_later),
    ("counterpart", ArgumentReader._by_counterpart),
    ("two_sides", ArgumentReader._by_two_sides),
    ("described_leader", ArgumentReader._by_described_leader),
    ("definite_org", ArgumentReader._by_definite_org),
    ("event_noun", ArgumentReader._by_event_noun),
    ("apposition", ArgumentReader._by_apposition),
    ("sole_holder", ArgumentReader._by_sole_holder),
    ("apposed_head", ArgumentReader._by_apposed_head),
    ("post_kind", ArgumentReader._by_post_kind),
    ("demonym", ArgumentReader._by_demonym),
    ("leading_state", ArgumentReader._by_leading_state),
    ("too_far", ArgumentReader._too_far),
    ("government", ArgumentReader._by_government),
    ("modifier", ArgumentReader._by_modifier),
    ("spokesperson", by_spokesperson),
    ("side_phrase", ArgumentReader._by_side_phrase),
)
"""How a token names actors, tried in order by ``ArgumentReader._one``: each reading returns None when it does not
apply, else the actors (an empty list decides that the token names nobody)."""


@dataclass(slots=True)
class NounReading:
    """The state the nominal passes share for one event noun: the noun and its head (a measure noun and its verb may
    take their place), the arguments read so far, and the actors of its modifiers, possessors and "of" phrase."""

    noun: Token
    head: Token
    args: Arguments
    modifiers: list[str] = field(default_factory=list)
    possessors: list[str] = field(default_factory=list)
    of_phrase: list[str] = field(default_factory=list)


NominalPass = Callable[[ArgumentReader, NounReading], None]
NOMINAL_PASSES: tuple[tuple[str, NominalPass], ...] = (
    ("dependents", ArgumentReader._noun_dependents),
    ("possessed_act", ArgumentReader._noun_possessed_act),
    ("measure", ArgumentReader._noun_measure),
    ("adjunct", ArgumentReader._noun_adjunct),
    ("copular_claim", ArgumentReader._noun_copular_claim),
    ("support_verb", ArgumentReader._noun_support_verb),
    ("on_phrase", ArgumentReader._noun_on_phrase),
    ("state_phrase", ArgumentReader._noun_state_phrase),
    ("happening", ArgumentReader._noun_happening),
    ("verb_to_phrase", ArgumentReader._noun_verb_to_phrase),
    ("complement_subject", ArgumentReader._noun_complement_subject),
    ("occasion_owner", ArgumentReader._noun_occasion_owner),
    ("drawn_reaction", ArgumentReader._noun_drawn_reaction),
    ("modifier_source", ArgumentReader._noun_modifier_source),
    ("participants_source", ArgumentReader._noun_participants_source),
)
"""How ``ArgumentReader._nominal`` reads an event noun's actors, in order (each reads what the ones before it left)."""


FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})
"""First-person words: in a quoted clause, its speaker."""
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
"""Tags of a personal or possessive pronoun (not "US", the state)."""
OWN_STATE_NOUNS = frozenset({"country", "nation", "government"})
"""Nouns that, owned by a first-person word in a quote ("our country"), name the speaker's side."""
DEFINITE_STATE_NOUNS = frozenset({"country", "nation"})
"""Nouns that, bare after "the", stand for the state named last ("the country has requested ...")."""
DEFINITE_STATE_LOOKBACK = 2
"""How many sentences before its own "the country" looks back in for the state it stands for."""
DRAWING_LEMMAS = word_class("drawing_lemma", "annotate_words")
"""Verbs by which an act draws a reaction "from" others ("drawing criticism from X", "prompted protests from Y")."""
OCCASION_PREPS = word_class("occasion_prep", "annotate_words")
"""Prepositions by which a noun of someone's act names the talk it was done at or came from ("his exit from a meeting
with X", "her remarks after talks with X")."""
ABSENCE_NOUNS = word_class("absence_noun", "annotate_words")
"""Nouns of keeping away from a talk ("his absence from the meeting with X"): their owner took no part."""
OWN_FORCE_HEADS = word_class("own_force_head", "annotate_words")
"""Nouns of a side's armed men, ships or guns that, owned by the speaker of a reported clause ("said its troops"),
are the speaker's."""
FORCE_OWNERS = frozenset({"its", "his", "her", "their"})
"""Possessives by which a reported clause's forces are its speaker's."""
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
"""Possessives by which "her country" is the state of the one they refer to."""
QUOTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
"""How a saying verb holds the quoted clause ("'We will not yield,' she said")."""
QUOTE_CLIMB = 4
"""How many steps up from a first-person word a quoted clause's saying verb may be."""


def _saying_verb_above(verb: Token) -> Token | None:
    """The verb of saying a clause's words are told by, at most four steps up ("told Malta: 'pay up by May, or else
    we will seize the ferries'": "told"); None when none is that near."""
    node = verb
    for _ in range(QUOTE_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in SAYING_LEMMAS:
            return node
    return None


def quoted_speaker(word: Token) -> Token | None:
    """The subject of the saying verb whose quoted clause holds a first-person word ("'[We] call on Lima ...,' the
    minister said": "minister"); None when the word is in no reported clause or the speaker is a pronoun of the
    first person."""
    node = word
    for _ in range(QUOTE_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in QUOTED_CLAUSE_DEPS and head.lemma_.lower() in SPEAKER_VERBS:
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return None if speaker is None or speaker.lower_ in FIRST_PERSON else speaker
        node = head
    return None


def _saying_of(tok: Token) -> Token | None:
    """The saying verb whose reported clause a subject ``tok`` opens ("said [she] would not attend"), else None."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEAKER_VERBS:
        return None
    return verb.head


def _reported_speaker(tok: Token) -> Token | None:
    """The subject of the saying verb whose reported clause a subject pronoun opens ("the two governments announced
    that they ...", "Borduria's president said she ..."): the one the pronoun most likely is; None for a pronoun
    speaker or any other pronoun."""
    said = _saying_of(tok)
    if said is None:
        return None
    speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if speaker is None and said.dep_ == "acl" and said.head.i < said.i:
        speaker = said.head  # "The three juntas announced ... that": the parser reads a participle on the subject
    return None if speaker is None or speaker.pos_ == "PRON" else speaker


def _relative_speaker(tok: Token) -> Token | None:
    """The relative pronoun that is the speaker of the clause a subject pronoun opens ("Okoro, [who] announced on
    Tuesday that he is stepping down"), else None."""
    said = _saying_of(tok)
    if said is None:
        return None
    speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return speaker if speaker is not None and speaker.lower_ in ("who", "that") and said.dep_ == "relcl" else None


def _that_clause_subject(noun: Token) -> Token | None:
    """The subject of a noun's "that" clause ("the demand that Sudan release the men": Sudan); a relative clause ("the
    demand that Sudan made") has no "that" marker, its "that" is a subject or object."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                         for m in child.children):
            for gc in child.children:
                if gc.dep_ in ("nsubj", "nsubjpass"):
                    return gc
    return None


def _addressed_gerund(verb: Token) -> tuple[Token, Token] | None:
    """ "wrote to the emir proposing a truce": the small parser makes the addressee the subject of a
    gerund after "to"; after a verb of addressing, the one who wrote proposes and the addressee is proposed to.

    Returns the verb of addressing and the addressee, or None when the gerund is no such clause ("objected to Kenya
    sending troops": Kenya sends)."""
    if verb.tag_ != "VBG":
        return None
    addressee: Token | None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        # "wrote to the Ugandan leader urging ...": the gerund hangs on the addressee
        addressee, prep = verb.head, verb.head.head
    elif verb.dep_ == "pcomp":
        prep = verb.head
        addressee = next((c for c in verb.children if c.dep_ == "nsubj" and prep.i < c.i < verb.i), None)
    else:
        return None
    if addressee is None or prep.lower_ != "to" or prep.dep_ != "prep" or (
            prep.head.lemma_.lower() not in ADDRESSING_WORDS):
        return None
    return prep.head, addressee


def _names_before_time(tok: Token) -> list[Token]:
    """The names the parser hangs on a time word standing between a subject and its verb: "Lee and Mori Friday also
    signed" makes "Friday" the subject and "Lee" (with "Mori" its conjunct) a modifier of it; the names are the
    subject, the time word only dates the act."""
    if tok.ent_type_ not in ("DATE", "TIME") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i
            and c.ent_type_ not in ("DATE", "TIME")]


def _hyphened_partners(tok: Token) -> list[Token]:
    """ "the Kenya-Uganda ceasefire", "Ethiopia-Eritrea talks": the name joined to a modifier by a hyphen, which the
    parser hangs on it as a compound, is a side too (issue 13: the first side of a pair was lost)."""
    doc = tok.doc
    return [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i + 2 == tok.i
            and doc[c.i + 1].tag_ == "HYPH"]


def _inside_of_phrase(item: Token, child: Token) -> bool:
    """Whether a name the parser hangs on a list item after the item's own phrase ("the son of its chief, X", "the
    son of its chief and negotiator X") may name someone of that phrase: only a comma before "and" ends it."""
    if not any(p.dep_ == "prep" and item.i < p.i < child.i for p in item.children):
        return False
    before = child.doc[child.left_edge.i - 1]
    return not (before.dep_ == "cc" and child.doc[before.i - 1].text == ",")


def _among_them(tok: Token) -> bool:
    """Whether a list item follows "among them" / "among whom" (the parser hangs the phrase on the item or before it)."""
    doc, start = tok.doc, tok.left_edge.i
    if any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children):
        return True
    return start >= 2 and doc[start - 2].lower_ == "among" and doc[start - 1].lower_ in ("them", "whom")


PHRASE_CLIMB = 3
"""How many prepositional phrases a participle hung on the last noun may climb to the noun it modifies."""


def _lifter(verb: Token) -> Token | None:
    """Who is to end a measure a participle tells imposed with no doer ("wants Rome to [lift] the duties on Slovak wine
    imposed in May", "urged Seoul to scrap the curbs imposed last year"): the subject of the verb of ending whose object
    the modified noun is; only its maker can end a measure."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    for noun in (verb.head, *participle_nouns(verb)):
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIFTING_LEMMAS:
            lift = noun.head
            if (lift.dep_ == "xcomp" or lift.dep_ == "advcl" and lift.head.lemma_.lower() in URGING_LEMMAS) and not any(
                    c.dep_ == "nsubj" for c in lift.children):
                # "urged Rome to lift ...": the one urged is to lift them
                asked = next((c for c in lift.head.children if c.dep_ == "dobj"), None)
                if asked is not None:
                    return asked
            return _subject_of(lift)
    return None


def participle_nouns(verb: Token) -> list[Token]:
    """The nouns a past participle may modify when the parser hung it on the last noun of a prepositional phrase
    after them ("the duties on $9 billion worth of Peruvian copper [imposed] in May": the duties were imposed, not the
    copper): the nouns the phrases hang on, nearest first, up to ``PHRASE_CLIMB`` phrases (an amount, "$9 billion",
    is passed through; a phrase hung on a verb hangs on the verb's object just before it); none when the participle
    hangs on no phrase's noun. A caller checks the nouns' words."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ != "pobj":
        return []
    nouns: list[Token] = []
    node = verb.head
    for _ in range(PHRASE_CLIMB):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            break
        if prep.head.pos_ == "VERB":
            # "lift [the tariff] [on $3 million of Lao rice] imposed in May": the parser hangs the phrase on the verb
            nouns += [o for o in prep.head.children if o.dep_ == "dobj" and o.right_edge.i + 1 == prep.i]
            break
        node = prep.head
        while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
            node = node.head  # "$125 billion worth of": the amount hangs on "worth"
        if node.pos_ == "NOUN":
            nouns.append(node)
    return nouns


def aimed_names(modifier: Token) -> list[Token]:
    """The names before an aiming modifier of a noun ("[Elbonia]-specific duties", "[Ruritania]-targeted curbs"): what
    the noun aims at, not who makes it; none for any other modifier."""
    if modifier.dep_ not in ("compound", "amod", "nmod") or modifier.lemma_.lower() not in AIMED_MODIFIERS:
        return []
    return [g for g in modifier.children if g.i < modifier.i and g.dep_ in ("npadvmod", "compound", "nmod")]


def second_subject(verb: Token, child: Token) -> bool:
    """ "Lehtonen met Prime Minister Rebane, who ...": the small parser can read a name after its verb as a second
    subject when a relative clause follows it; after a verb that has its subject before it, it is the object."""
    return child.dep_ == "nsubj" and child.i > verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)


def list_tail(verb: Token) -> tuple[list[Token], Token] | None:
    """ "A met B, C, D and E, and the leaders later urged F to act": the small parser may read "D and E, and the
    leaders" as the subjects of "urged" and the clause before as its complement. Then the names before the summing noun
    end the earlier verb's object list; returns them and that verb (issue 13, a list member dropped)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i < 2 or verb.doc[subj.left_edge.i - 1].text != ",":
        return None
    members = [subj, *subj.conjuncts]
    last = members[-1]
    if (len(members) < 3 or last.pos_ != "NOUN" or last.lower_ not in GATHERED_GROUP_NOUNS
            or not any(c.lower_ == "the" for c in last.children)
            or any(m.pos_ != "PROPN" for m in members[:-1])):
        return None
    # the clause before: a complement the parser hung on this verb, or the verb this one is a conjunct of
    earlier = [c for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl")]
    if verb.dep_ == "conj":
        earlier.append(verb.head)
    before = next((c for c in earlier if c.i < subj.i and any(g.dep_ == "dobj" for g in c.children)), None)
    return (members[:-1], before) if before is not None else None


def _tail_after(verb: Token) -> list[Token] | None:
    """The names that end this verb's object list when the parser gave them to the next clause (``list_tail``)."""
    later = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    if verb.dep_ in ("ccomp", "advcl", "conj"):
        later.append(verb.head)
    for other in later:
        if (tail := list_tail(other)) is not None and tail[1] == verb:
            return tail[0]
    return None


def _dated_subject(verb: Token) -> Token | None:
    """ "On Monday Uganda accused Kenya": the small parser hangs the subject under the date's preposition."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") and any(
                        c.ent_type_ in ("DATE", "TIME") and c.dep_ == "compound" for c in pobj.children):
                    return pobj
    return None


def passive_clause(verb: Token) -> bool:
    """A passive verb, or a bare participle coordinated with or adverbial to one, which shares it: in "X was detained
    in Zambia, extradited to Malawi and sentenced to life imprisonment", X is the one extradited and sentenced, not
    who did it. A participle with an auxiliary or a subject of its own ("and has denied it") is its own clause."""
    node = verb
    while not is_passive(node) and node.dep_ in ("conj", "advcl") and _bare_participle(node) and node.head.i != node.i \
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in node.children):
        node = node.head
    return is_passive(node)


def _bare_participle(node: Token) -> bool:
    """Whether a verb after a passive reads as its participle: tagged so, or tagged a past tense with no object of its
    own in a coordination ("was arrested in March and [sentenced] to two years": the small tagger often reads the
    participle after "and" as a past tense; an active past would take its object, "and sentenced his aide")."""
    if node.tag_ == "VBN":
        return True
    return node.tag_ == "VBD" and node.dep_ == "conj" and not any(
        c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prt") for c in node.children)


AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY"})
"""Entity labels of an amount, whose "in" phrase says what the amount is of."""
COUNT_ENTS = AMOUNT_ENTS | {"CARDINAL"}
"""Entity labels of the number that makes its noun an amount ("40 million kronur")."""


def amount_noun(noun: Token) -> bool:
    """The noun is an amount: a sum or quantity ("$2 billion", "1.2 billion crowns", "500 tonnes")."""
    return noun.ent_type_ in AMOUNT_ENTS or any(c.dep_ == "nummod" and c.ent_type_ in COUNT_ENTS for c in noun.children)


def _finite_after_name(verb: Token) -> bool:
    """ "Vice Minister Lee Tae-hoon called in Ambassador X": a hyphenated name can make the small parser read the
    verb after it as a participle modifying it; a person's name takes no reduced relative without a comma ("X,
    detained in April, ...") or an agent ("the envoy called in by X"), so the name is the verb's subject."""
    head = verb.head
    return (verb.i == head.i + 1 and head.ent_type_ == "PERSON"
            and not any(c.dep_ == "agent" for c in verb.children)) or (
            (found := zero_relative(verb)) is not None and found[1] is not None)


OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "attr", "oprd", "acomp", "csubj"})
"""Dependents that fill a verb's object or complement slot: a relative clause with one leaves no object out."""
WH_WORDS = RELATIVE_PRONOUNS | {"where", "when", "why", "how", "what"}
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def zero_relative(verb: Token) -> tuple[Token, Token | None] | None:
    """A relative clause with no relative word: the noun it leaves out as its object, and its subject when the parser
    took another noun for it (else None); None when the verb heads no such clause.

    "the deputy [she chose]", "the loans [the treasury had sought]": the clause has its own subject, so the noun it
    modifies is what it acts on. "Engel, a shipowner [Roos chose as her deputy], ...": the small parser reads the name
    after the noun as the noun's apposition, the verb as a participle on the name, the noun or the anchor, or as the
    sentence's verb with "Engel" its subject; but a name takes no indefinite article, so "a shipowner Roos" is a noun
    and the subject of a relative clause on it, and the apposition's anchor is what the clause acts on.
    """
    if is_passive(verb) or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i and any(
            c.dep_ == "nsubj" and c.lower_ not in WH_WORDS for c in verb.children) and not any(
            t.lower_ in WH_WORDS for t in verb.doc[head.i + 1:verb.i]):
        return head, None
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or any(c.dep_ == "agent" for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ not in NAME_ENTS or name.dep_ not in ("appos", "compound") and name.i != head.i:
        return None
    while name.dep_ == "compound" and name.head.i == name.i + 1:
        name = name.head
    if not _after_indefinite_noun(name):
        return None
    chain = [name]  # the name, then the nouns it is in apposition to, up to the anchor
    while chain[-1].dep_ == "appos" and chain[-1].head.i < chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    anchor = chain[-1]
    if anchor.i == name.i:
        return None
    if verb.dep_ in ("acl", "relcl") and any(head.i == t.i for t in chain):
        return anchor, name  # the verb read as a participle on the name, the noun or the anchor
    if any(c.dep_ == "nsubj" and c.i == anchor.i for c in verb.children):
        return anchor, name  # the verb read as the sentence's, with the anchor its subject
    return None


def _after_indefinite_noun(name: Token) -> bool:
    """Whether a name follows, with no comma, a noun phrase opened by "a" or "an" after a comma ("Engel, a rich
    shipowner Roos ...")."""
    start = name.i
    while start > 0 and name.doc[start - 1].ent_type_ and name.doc[start - 1].ent_iob_ != "O" and (
            name.doc[start - 1].ent_type_ == name.ent_type_):
        start -= 1
    while start > 0 and name.doc[start - 1].tag_ == "NNP" and name.doc[start - 1].dep_ == "compound":
        start -= 1  # a title before the name ("Mayor")
    i = start - 1
    while i > 0 and name.doc[i].tag_ in ("JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG", "HYPH"):
        i -= 1
    return (i > 0 and i < start - 1 and name.doc[i].lower_ in INDEFINITE_ARTICLES and name.doc[i - 1].text == ","
            and name.doc[start - 1].tag_ in ("NN", "JJR"))


def is_passive(verb: Token) -> bool:
    """A verb with a passive subject or auxiliary ("was arrested")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction, xcomp and relative clauses."""
    if (named := _interposed_subject(verb)) is not None:
        return named
    node = verb
    for _ in range(5):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return child
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "acl":
            return node.head
        if controller := _controlling_object(node):
            return controller
        if node.dep_ == "pcomp" and node.head.head.i != node.head.i:
            node = node.head.head
            continue
        if node.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in node.head.children) and not any(
                c.dep_ in ("auxpass",) for c in node.children) and node.tag_ in ("VBD", "VBZ", "VBP"):
            if node.head.dep_ == "ccomp" and node.head.head.i != node.head.i:
                # "X said the men had been held without charge and called their arrest an affront": the parser
                # hangs the second verb on the reported clause; it is the speaker's
                node = node.head.head
                continue
            return None  # "troops were sent ..., and [X] thanked Kim": a passive's patient is no active subject
        if node.dep_ == "conj" and _judging_copula(node.head) and node.tag_ == "VBD" and node.head.dep_ == "ccomp" \
                and node.head.head.lemma_.lower() in SPEAKER_VERBS:
            # "X said the arrests were illegal and demanded their release": the parser hangs the second verb on the
            # reported judgement; it is the speaker's, as after a passive above (issue 13)
            node = node.head.head
            continue
        if main_clause_participle(node) and (main := _nonfinite_governor(node.head)) is not None:
            # "urged Kampala to stop backing the rebels, [accusing] it of ...": a participle set off by a comma after an
            # infinitive tells what the main clause's subject did meanwhile, not the one asked
            node = main
            continue
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ") and (main := _nonfinite_governor(node.head)) is not None:
            # "Kyiv accused Moscow of shelling the plant and [called] on the UN to act", "urged Lima to withdraw the
            # decree and [accused] it of ...": a finite verb the parser joins to a gerund or an infinitive is the
            # main clause's second verb, with its subject (not the one whose act the gerund tells)
            node = main
            continue
        if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        return None
    return None


def main_clause_participle(verb: Token) -> bool:
    """Whether a present participle set off by a comma hangs on a "to"-infinitive ("urged X to stop the raids,
    [accusing] it of ..."): the parser attaches it to the infinitive, but it belongs to the main clause."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and _nonfinite_governor(verb.head) is not None and verb.head.tag_ == "VB")


def _nonfinite_governor(verb: Token) -> Token | None:
    """The verb that governs a gerund after a preposition ("accused X [of] [shelling]") or a "to"-infinitive ("urged
    X to [withdraw]"), or None for any other verb."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head
    return None


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb or modal (content.FINITE_TAGS, the finite past and present of a conjunct, is narrower)."""


def _interposed_subject(verb: Token) -> Token | None:
    """ "In May Ortega, visiting Lima, praised its president": a participle set off by commas between a name and
    a finite verb tells what that name did; the parser may fold the name into a time phrase before it ("in May
    Ortega") and leave the finite verb a conjunct with no subject, so the participle would inherit the subject of
    an earlier clause (issue 13, a participle losing its subject)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if left < 2 or right + 2 >= len(doc) or doc[left - 1].text != "," or doc[right + 1].text != ",":
        return None
    name, finite = doc[left - 2], doc[right + 2]
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME") or finite.tag_ not in FINITE_VERB_TAGS:
        return None
    return name


def _judging_copula(verb: Token) -> bool:
    """Whether a verb is a copula that judges its subject ("the arrests [were] illegal", "the vote was a sham")."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children) and not any(
        c.dep_ in ("aux",) for c in verb.children)


def _controlling_object(node: Token) -> Token | None:
    """The object that controls a "for/of V-ing" complement of an object-control verb ("thanked X for visiting").

    Climbing to the matrix subject would make the thanker the visitor (unseen-errors A5).
    """
    if node.dep_ != "pcomp" or node.head.lower_ not in ("for", "of") or node.head.dep_ != "prep":
        return None
    verb = node.head.head
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def governing_prep(noun: Token) -> Token:
    """The preposition a noun is the object of, through a measure noun before it ("after [a week of] unrest",
    "following [two days of] talks"): the noun's head otherwise."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in MEASURE_NOUNS:
        return prep.head.head
    return prep
