"""Turn the named entities of one document (body and captions) into its actors: people, organisations, states, places, groups.

Spelling variants and a surname alone are grouped into one person inside the document;
states get their ISO3 code from names, demonyms and capitals (``countries.py``); a
capital used as an actor ("Pyongyang sent troops") becomes its state. ``Actors`` maps
every token back to its entity, which ``posts.py`` and ``events.py`` use for arguments.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from anyascii import anyascii
from spacy.tokens import Doc, Span, Token

from dateline.annotate.inner_names import FullNames, name_words
from dateline.annotate.nlp import TOWN_PREPS, sentence_of, title_heads, tokens_lowered
from dateline.annotate.countries import (capital_code, city_code, org_code, region_code, region_states, short_name,
                                         state_code, town_code)
from dateline.annotate.nationality import (apposition_country, modifier_country, person_country, place_phrase_country,
                                          region_body_country, spelled_out_country, token_modifier_country)
from dateline.lexicons import word_class
from dateline.model import Entity, EntityType, Span as CharSpan, Where
from dateline.names import name_keys

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""

GROUP_NOUNS = word_class("group_noun", WORDS)
"""Heads of unnamed collectives that become GROUP actors when a state modifies them ("a North Korean delegation")."""
NATIONAL_PERSON_NOUNS = word_class("national_person_noun", WORDS)
"""One unnamed person a state modifies ("a French journalist"): a GROUP actor of that state, never without one."""

COUNT_WORDS = word_class("count_word", WORDS)
"""Words that count a collective without a numeral ("a dozen businessmen", "several activists")."""

UNCOUNTED_ACTORS = word_class("uncounted_actor", WORDS)
"""Collectives that counted are no party of their own: bystanders ("killed 23 people"), and a state's agents whose
state is not stated ("send up to 2,500 troops")."""
PARTY_MEMBERS = word_class("party_member_plural", WORDS)
"""Last words of a party named by its members ("the Conservatives", "Democrats"), which the tagger reads as a NORP."""
RESIDENT_GROUPS = word_class("resident_group", WORDS)
"""Collectives that are a people of the place they are in ("teachers in Nigeria" are Nigeria's); troops, envoys and
officials in a state may be another state's."""
BYSTANDER_NOUNS = word_class("bystander_noun", WORDS)
"""People an attack befalls who are no party of any side when the story only counts them ("killed eight passengers",
"wounded 11 worshippers"): the attack befell the state where it happened
(``roles_harm._role_bystanders_of_the_place``)."""

LEADER_GOVERNMENTS = word_class("leader_government", WORDS)
"""Nouns of a government that a leader's name may name ("the Ruiz administration", "Ruiz's government")."""

DOMESTIC_POWER = word_class("domestic_power", WORDS)
"""Collectives that, named without a state ("the junta"), mean the government of the story's main state."""
DEFINITE_DETS = frozenset({"the", "this"})
"""Determiners by which a collective of ``DOMESTIC_POWER`` is the story's own ("the junta", "this government")."""
REGION_WORDS = word_class("region_word", WORDS)
"""Last words of a modifier naming a region or a bloc of states, not one state ("East African", "Western", "Gulf")."""

REGIONAL_HEADS = word_class("regional_head", WORDS)
"""Plural role nouns that, with a regional modifier, are a group acting for a region's states ("Arab foreign
ministers", "Western governments")."""

BLOC_NOUNS = word_class("bloc_noun", WORDS)
"""Nouns by which a story takes up an international organisation named before it ("the Andean Community ... the bloc")."""
HONORIFIC_WORDS = frozenset(w.rstrip(".") for w in word_class("honorific", WORDS))
"""Honorifics, without their stop: a lone word after one is a person's name ("Mrs Drift")."""
SPEECH_LEMMAS = word_class("reporting_lemmas")
"""Verbs of saying: a lone word that is their subject is a speaker ("Drift said")."""

ACRONYM_MIN = 3
"""The fewest capitals of an acronym read as an organisation's name ("SADC"; not "US", "UN": the tagger's or states')."""

ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
MOTION_LEMMAS = word_class("motion_verb", WORDS)
ADDRESSED_TO_WORDS = word_class("addressed_to_word", WORDS)
GROUP_DEPS = word_class("group_dep", "grammar")
"""Relations in which a plural demonym is the people as a group ("Palestinians blamed Israel")."""


@dataclass(slots=True)
class _Ent:
    local_id: str
    type: EntityType
    name: str
    country: str | None = None
    names: Counter[str] = field(default_factory=Counter)
    spans: list[CharSpan] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    implied: bool = False
    guess: str | None = None
    leader: str | None = None
    """The person whose government this group is ("the Ruiz administration"): the group is of that person's state."""


@dataclass(slots=True)
class Unit:
    """One annotated text of a document: the body, or one caption."""

    doc: Doc
    where: Where
    caption: int | None = None

    def char_span(self, start: int, end: int) -> CharSpan:
        return CharSpan(start, end, self.where, self.caption)


DATELINE_WEIGHT = 3
"""Mentions a wire dateline's state counts for in the story's leading state (``Actors.story_country``): the
reporter files from where the story happens (a crowd in "TBILISI -" copy is Georgia's, whichever state the
story names most)."""


def name_key(name: str) -> str:
    """Fold a name for grouping inside one document: "Kim Jong-un" / "Kim Jong Un", "Georgiy" / "Georgy".

    Uses the same folding as cross-document identity (``dateline/names.py``), so a page that
    spells a name two ways has one person, as the run does.
    """
    keys = name_keys(name)
    return min(keys) if keys else re.sub(r"[^a-z0-9]", "", anyascii(name).lower())


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐]+", name) if w and w[0].isalpha()]


PLACE_NAMING_NOUNS = word_class("territory_nouns")
"""Nouns that name a place by an "of" phrase ("the port town of X", "the province of Y")."""


BORDER_NOUNS = word_class("border_noun", WORDS)
"""Nouns whose "with" phrase names the land on the other side ("the border with X")."""
PERSON_NOUNS = word_class("epithet_noun", WORDS)
"""Nouns of a person's trade or standing ("the banker X", "the activist X"): a name right after one is a person's."""


def _named_place(span: Span) -> bool:
    """Whether a name is a place's, given by an "of" phrase on a place noun ("the port town of X") or a "with" phrase
    on a border ("troops to the border with X"): the tagger reads some small towns and states as organisations."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    noun = root.head.head.lemma_.lower()
    prep = root.head.lower_
    return (prep == "of" and noun in PLACE_NAMING_NOUNS) or (prep == "with" and noun in BORDER_NOUNS) or (
        _town_after_place_word(span))


def _town_after_place_word(span: Span) -> bool:
    """Whether a name the tagger read as a body is a large town of one state after a place preposition ("killed four
    officers in Ruzgan": the small tagger reads some towns as organisations): the town tables know it
    (``city_code``, ``town_code``), no table knows a body of that name, and it is not a phrase with "the"."""
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPS and span[0].lower_ != "the"
            and (city_code(span.text) or town_code(span.text)) is not None and org_code(span.text) is None)


def _titled_name(span: Span) -> bool:
    """Whether a name right after a capitalised title is a person's ("President Okafor of Nigeria"), though the tagger
    read it as a place or a body: a name of two words or more whose first word is no title word ("Chief Cabinet
    Secretary X": "Cabinet" is part of the title) and names no state, city or body the tables know."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or not before.text[:1].isupper() or before.lower_ not in title_heads() or len(span) < 2:
        return False
    first = span[0].text
    return not (span[0].lower_ in title_heads() or state_code(first) or capital_code(first) or city_code(first)
                or org_code(first))


def _after_person_noun(span: Span) -> bool:
    """Whether a name of two words or more follows a person noun ("the banker Ivo Ozols"): the tagger reads some
    foreign names as organisations, and "the carmaker X" names no person (firms' nouns are not listed)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ in PERSON_NOUNS and len(span) >= 2


def _addressed_to(to: Token) -> bool:
    """Whether "to" names whom an apology, a protest or a message is addressed to: "apologized to Tokyo", "an apology
    to Seoul", "extended an apology on Tuesday to Hanoi", "sent a protest note to Ankara" (``ADDRESSED_TO_WORDS``); not
    a place one goes or sends things to ("flew to Tokyo", "sent troops to Kabul")."""
    head = to.head
    words = [head] + [c for c in head.children if c.dep_ == "dobj"] if head.pos_ in ("VERB", "AUX") else [head]
    return any(w.lemma_.lower() in ADDRESSED_TO_WORDS or w.lower_ in ADDRESSED_TO_WORDS for w in words)


class Actors:
    """The entities of one document, and the token -> entity map of each of its texts."""

    def __init__(self) -> None:
        self._ents: dict[str, _Ent] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self.token_map: dict[tuple[int, int], str] = {}
        """(unit index, token index) -> local entity id."""
        self._counter = 0
        self._last_group: dict[str, _Ent] = {}
        self._demonyms: Counter[str] = Counter()
        """How often each state was named by its demonym only ("Philippine", "North Korean")."""
        self._states: list[_Ent] = []
        """The GPE entities, in the order they were found (a state's questions need not scan every entity)."""
        self._org_heads: dict[str, str] = {}
        """The last word of each organisation's name (lower-cased) -> the latest such organisation."""
        self.dateline: str | None = None
        """The state of the place the story's wire dateline names ("BAGHDAD, May 23 (Reuters) -"): where the
        reporter files from (``organs.dateline_state``, set by ``annotate_parsed``)."""
        self._led: list[tuple[_Ent, int, int]] = []
        """Governments named after their leader, with the (unit index, token index) of the leader's name
        (``_add_groups``), tied to that person once the people are known (``_tie_leaders``)."""

    # -- building -------------------------------------------------------------------------
    def _new(self, type_: EntityType, name: str, key: str, country: str | None = None) -> _Ent:
        found = self._by_key.get((type_, key))
        if found:
            return self._ents[found]
        self._counter += 1
        ent = _Ent(f"l{self._counter}", type_, name, country)
        self._ents[ent.local_id] = ent
        self._by_key[(type_, key)] = ent.local_id
        if type_ == "GPE":
            self._states.append(ent)
        words = name.lower().split()
        if type_ == "ORG" and words:
            self._org_heads[words[-1]] = ent.local_id
        return ent

    def _attach(self, ent: _Ent, unit_index: int, unit: Unit, span: Span, surface: str) -> None:
        ent.names[surface] += 1
        char = unit.char_span(span.start_char, span.end_char)
        if char not in ent.spans:
            ent.spans.append(char)
        for i in range(span.start, span.end):
            self.token_map[(unit_index, i)] = ent.local_id

    def state(self, code: str) -> _Ent:
        """Return (creating it) the GPE entity of a state."""
        return self._new("GPE", short_name(code), code, code)

    def existing_state(self, code: str) -> str | None:
        """The local id of a state already in the document, without creating one."""
        return self._by_key.get(("GPE", code))

    def state_id(self, code: str) -> str:
        """The local id of a state named only by implication (the country of a city visited)."""
        ent = self.state(code)
        ent.implied = True
        return ent.local_id

    def government_of(self, leader: str) -> str:
        """The local id of the government of a leader whose state the text does not give ("Mutai's government"): a
        group of no known state, never the leader."""
        name = self._ents[leader].name
        ent = self._new("GROUP", f"{name}'s government", f"government:{leader}")
        ent.implied = True
        return ent.local_id

    def public_of(self, name: str, code: str) -> str:
        """The local id of an unnamed public of a state ("relatives of the victims", "a crowd"): a GROUP of that
        state (OUTPUT.md: an unnamed collective), one per wording."""
        ent = self._new("GROUP", name, f"public:{code}:{name.lower()}", code)
        ent.implied = True
        return ent.local_id

    def add_units(self, units: list[Unit]) -> None:
        """Find every actor in the texts of one document."""
        people: list[tuple[int, Span]] = []
        for ui, unit in enumerate(units):
            for span in unit.doc.ents:
                if span.label_ == "PERSON" or (span.label_ == "ORG" and _after_person_noun(span)) or (
                        span.label_ in ("ORG", "LOC", "GPE") and _titled_name(span)):
                    people.append((ui, span))
                else:
                    self._add_non_person(ui, unit, span)
            self._add_groups(ui, unit)
            self._add_regional_groups(ui, unit)
            self._add_acronyms(ui, unit)
        self._add_people(units, people)
        self._tie_leaders()
        self._place_region_names(units)

    def _place_region_names(self, units: list[Unit]) -> None:
        """Give a place named like a federal state's first-level region (``region_states``) the region's state when
        the page names that state and not the one the place was given ("beat Victoria in Melbourne" on a page that
        names Australia is Australia's, not Hong Kong's), or a town's state that the place's own phrase names ("Police
        in Virginia, a mining town in South Africa's Free State", "the Uruguayan town of Florida"). A state named
        elsewhere in the sentence tells nothing of the place ("Police in Arizona deported them to Honduras")."""
        named = {ent.country for ent in self._states if ent.country and not ent.implied} | set(self._demonyms)
        strays = {ent.local_id: ent for ent in self._ents.values()
                  if ent.type == "LOC" and ent.country not in named and region_states(ent.name)}
        for (ui, i), local_id in self.token_map.items():
            ent = strays.get(local_id)
            if ent is None:
                continue
            region = region_code(ent.name)
            told = {region} & named or region_states(ent.name) & self._states_in_phrase(ui, units[ui].doc[i])
            if len(told) == 1 and ent.country not in told:
                ent.country = next(iter(told))
                LOGGER.debug("place named like a region, of the state its page names: %r is of %s", ent.name,
                             ent.country)

    def _states_in_phrase(self, ui: int, tok: Token) -> set[str]:
        """The states named in a place's own phrase: its apposition or modifiers ("Virginia, a town in South Africa",
        "Florida, Uruguay"), or those of the place noun it is named by ("the Uruguayan town of Florida")."""
        scope = list(tok.subtree)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NAMING_NOUNS:
            scope += list(tok.head.head.subtree)
        found = {self._ents[lid].country for t in scope
                 if (lid := self.token_map.get((ui, t.i))) is not None and self._ents[lid].type == "GPE"}
        found |= {state_code(t.text) for t in scope if t.ent_type_ == "NORP"}
        return {code for code in found if code}

    def _add_non_person(self, ui: int, unit: Unit, span: Span) -> None:
        label = span.label_
        text = _strip_the(span)
        if not text.text or all((ui, i) in self.token_map for i in range(text.start, text.end)):
            return  # nothing, or the tail of a listed name the tagger cut in two (``_listed_whole``)
        if label in ("GPE", "LOC", "NORP", "ORG", "FAC"):
            # an organisation whose whole name is a state's ("the United Republic of Tanzania") is the state
            code = state_code(text.text)
            if code and (label != "NORP" or text.text.lower() == short_name(code).lower()):
                # a state's own name the tagger read as a nationality ("if Togo goes ahead") is the state
                self._attach(self.state(code), ui, unit, text, text.text)
                return
            if label == "NORP":
                norp = state_code(text.text)  # a plural demonym too ("Palestinians")
                if norp:
                    self._demonyms[norp] += 1
                    root = text.root
                    # the tagger reads some plural demonyms as singular names ("Georgians/NNP")
                    if (root.tag_ in ("NNS", "NNPS") or text.text.endswith("s")) and root.dep_ in GROUP_DEPS:
                        # "Palestinians blamed Israel", "ethnic Albanians demanded ...": the people as a group
                        ent = self._new("GROUP", text.text, f"people:{norp}", norp)
                        self._attach(ent, ui, unit, text, text.text)
                elif text[-1].lower_ in PARTY_MEMBERS and text.root.dep_ == "nsubj":
                    # "the Conservatives accused the minister ...", "Democrats said ...": a party named by its
                    # members acts as the party would ("Labour accused ...")
                    self._attach(self._new("ORG", text.text, name_key(text.text)), ui, unit, text, text.text)
                return
            if label in ("GPE", "LOC") and text.text in ("North", "South") and (
                    span[0].lower_ == "the" or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")):
                code = self._only_state_starting(text.text)
                if code:
                    self._attach(self.state(code), ui, unit, text, span.text)
                    return
            if label in ("GPE", "LOC"):
                cap = capital_code(text.text)
                if cap and self._acts(text):
                    self._attach(self.state(cap), ui, unit, text, text.text)
                    return
                # a town's state, or a first-level region's ("Texas", "New York": the USA; "Balochistan", which the
                # tagger often calls a LOC, Pakistan)
                # a town the tagger reads as a place may be a smaller one ("Tikrit": ``town_code``)
                code = (city_code(text.text) if label == "GPE" else None) or region_code(text.text) or town_code(
                    text.text)
                ent = self._new("LOC", text.text, name_key(text.text), code)
                self._attach(ent, ui, unit, text, text.text)
                return
            if label in ("ORG", "FAC") and _named_place(text):
                # "the port town of X", "in X" of a known town: a place the tagger read as a body
                code = city_code(text.text) or region_code(text.text) or town_code(text.text)
                self._attach(self._new("LOC", text.text, name_key(text.text), code), ui, unit, text, text.text)
                return
            if label in ("ORG", "FAC"):
                text = _listed_whole(text)
                country = (org_code(text.text) or modifier_country(text) or apposition_country(text)
                           or region_body_country(text) or spelled_out_country(text))
                ent = self._new("ORG", text.text, name_key(text.text), country)
                if country and not ent.country:
                    ent.country = country
                self._attach(ent, ui, unit, text, text.text)

    def _tie_leaders(self) -> None:
        """Tie each government named after its leader to the person its leader's name is (``_add_groups``)."""
        for ent, ui, i in self._led:
            person = self.token_map.get((ui, i))
            if person is not None and self._ents[person].type == "PERSON":
                ent.leader = person

    def _only_state_starting(self, word: str) -> str | None:
        """ "the North" in a story about North Korea: the one state of the document whose name starts so."""
        codes = {e.country for e in self._states if e.name.startswith(word + " ")}
        codes |= {c for c in self._demonyms if short_name(c).startswith(word + " ")}
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def _acts(span: Span) -> bool:
        """Whether a capital's mention stands for its government (subject, possessor, object of a non-motion verb)."""
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            return False  # "Lisbon is a large city": the place itself
        if root.dep_ in ACTING_DEPS:
            return True
        if root.dep_ == "dobj" and root.head.lemma_ not in MOTION_LEMMAS:
            return True
        if root.dep_ == "pobj" and root.head.lower_ in ("with", "against", "by", "between"):
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "to" and _addressed_to(root.head)

    def _add_groups(self, ui: int, unit: Unit) -> None:
        for tok in tokens_lowered(unit.doc, GROUP_NOUNS | NATIONAL_PERSON_NOUNS):
            if tok.pos_ not in ("NOUN", "PROPN") or (ui, tok.i) in self.token_map:
                continue
            lemma = tok.lemma_.lower()
            # "Nigerian teachers", or "teachers in Nigeria" (a people of the place, not troops or envoys sent there)
            code = token_modifier_country(tok) or (place_phrase_country(tok) if tok.lower_ in RESIDENT_GROUPS else None)
            lone = tok.lower_ in NATIONAL_PERSON_NOUNS and tok.lower_ not in GROUP_NOUNS
            if lone and (not code or _names_a_person(tok)):
                continue  # "a journalist": one person of no stated state is no actor; "journalist Deniz Aksoy" is hers
            leader = _leader_named(tok) if not code and lemma in LEADER_GOVERNMENTS else None
            if leader is not None:
                # "the Ruiz administration", "Ruiz's government": the government of that person's state, not the
                # story's leading state (a US story about trade with China names China most)
                span = unit.doc[leader.i: tok.i + 1]
                ent = self._new("GROUP", span.text, f"{lemma}:leader:{leader.lower_}")
                self._led.append((ent, ui, leader.i))
                self._last_group[lemma] = ent
                self._attach(ent, ui, unit, unit.doc[tok.i: tok.i + 1], span.text)
                continue
            if not code and tok.dep_ in ("dobj", "pobj") and lemma not in UNCOUNTED_ACTORS and counted(tok):
                # "arrested three student activists", "sanctions against a dozen businessmen": people the story
                # counts are a group of their own, of no stated state (unseen-errors A4)
                span = unit.doc[tok.left_edge.i: tok.i + 1]
                if span[0].lower_ in ("the", "a", "an"):
                    span = span[1:]
                ent = self._new("GROUP", span.text, f"{lemma}:counted:{ui}:{tok.i}", None)
                self._attach(ent, ui, unit, unit.doc[tok.i: tok.i + 1], span.text)
                continue
            if not code:
                # "the delegation" after "a North Korean delegation": the same group
                previous = self._last_group.get(lemma)
                if previous is not None and tok.lower_ not in ("government", "people", "media"):
                    self._attach(previous, ui, unit, unit.doc[tok.i: tok.i + 1], tok.text)
                elif tok.lower_ in DOMESTIC_POWER and any(c.lower_ in DEFINITE_DETS for c in tok.children) and not any(
                        c.lower_ in ("two", "both") for c in tok.children):
                    # "the leaders" (or "this government") are the story's state's; "the two leaders" are a pair
                    # (arguments._by_two_sides)
                    main = self._leading_state()
                    if main:
                        code = self._ents[main[0]].country
                        ent = self._new("GROUP", f"{short_name(code or '')} {tok.lower_}".strip(), f"{lemma}:{code}", code)
                        self._attach(ent, ui, unit, unit.doc[tok.i: tok.i + 1], tok.text)
                continue
            left = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")] + [tok.i])
            left = min([c.left_edge.i for c in tok.lefts if c.i >= left and c.dep_ != "det"] + [left])
            span = unit.doc[left: tok.i + 1]
            if span[0].lower_ in ("the", "a", "an"):
                span = unit.doc[left + 1: tok.i + 1]
            ent = self._new("GROUP", span.text, f"{lemma}:{code}", code)
            self._last_group[lemma] = ent
            self._attach(ent, ui, unit, unit.doc[tok.i: tok.i + 1], span.text)

    def _add_acronyms(self, ui: int, unit: Unit) -> None:
        """An acronym the tagger left unnamed ("SADC suspended Lesotho", "quitting the EAC") that acts or is acted
        on is an organisation (OUTPUT.md: ORG): a noun of ``ACRONYM_MIN`` or more capitals (the tagger may read it as
        a common noun), no state's name, in a role an actor takes (``_acts``, an object). Its state is the one a known organisation of
        that name has (``org_code``), else none."""
        for tok in unit.doc:
            text = tok.text
            if (len(text) < ACRONYM_MIN or not text.isalpha() or not text.isupper() or tok.pos_ not in ("PROPN", "NOUN")
                    or tok.ent_type_ or (ui, tok.i) in self.token_map or state_code(text)):
                continue
            span = unit.doc[tok.i: tok.i + 1]
            if not (self._acts(span) or tok.dep_ in ("dobj", "pobj", "conj", "appos")):
                continue
            ent = self._new("ORG", text, name_key(text), org_code(text) or spelled_out_country(span))
            self._attach(ent, ui, unit, span, text)

    def _add_regional_groups(self, ui: int, unit: Unit) -> None:
        """ "East African leaders", "Western diplomats", "Gulf ministers": a plural role noun whose modifier names a
        region or bloc, not one state, is a group of its own of no single state (OUTPUT.md: an unnamed collective is
        a GROUP; its country is unknown), so an event it acts in keeps an actor."""
        for tok in tokens_lowered(unit.doc, REGIONAL_HEADS):
            if tok.tag_ != "NNS" or (ui, tok.i) in self.token_map:
                continue
            region = regional_modifier(tok)
            if region is None:
                continue
            span = unit.doc[region.left_edge.i: tok.i + 1]
            ent = self._new("GROUP", span.text, f"region:{span.text.lower()}")
            self._attach(ent, ui, unit, unit.doc[tok.i: tok.i + 1], span.text)

    def _add_people(self, units: list[Unit], people: list[tuple[int, Span]]) -> None:
        full = [(ui, s) for ui, s in people if len(_words(s.text)) >= 2]
        names = FullNames()
        for ui, span in full:
            names.add(name_key(span.text), span.text, (ui, span.start))
        runs = names.run_owners()
        by_key: dict[str, _Ent] = {}
        parts = _NameParts()
        for ui, span in full:
            key = name_key(span.text)
            key = runs.get(key, key)
            ent = by_key.get(key) or self._new("PERSON", span.text, key)
            by_key[key] = ent
            self._attach(ent, ui, units[ui], span, span.text)
            parts.add(ui, span, key)
            code = person_country(span)
            if code:
                ent.countries[code] += 1
        singles = [(ui, span, self._owner_of_part(span, ui, parts, by_key)) for ui, span in people
                   if len(_words(span.text)) < 2]
        common = _common_words(units, [span for _, span, owner in singles if owner is None])
        for ui, span, owner in singles:
            if owner is None and span.text.lower() in common:
                LOGGER.debug("lone word read as a person, written lower-case too: %r", span.text)
                continue
            if owner is None:
                inner = names.holder(name_words(span.text), (ui, span.start))
                if inner is not None:
                    LOGGER.debug("inner word of a full name: %r is %s", span.text, inner)
                owner = (by_key[runs.get(inner, inner)] if inner is not None
                         else self._new("PERSON", span.text, name_key(span.text)))
            self._attach(owner, ui, units[ui], span, span.text)
        self._join_names_read_as_places(units, parts, by_key)

    def _join_names_read_as_places(self, units: list[Unit], parts: _NameParts, by_key: dict[str, _Ent]) -> None:
        """Give a lone word the tagger read as a place, that no gazetteer knows, to the person of that name (one named
        so elsewhere, or named in full with it as first or last name): "Mrs Farzana had left. Farzana, 76, resigned as
        prime minister", the second "Farzana" tagged GPE (issue 14), else the person loses that sentence's post and
        events."""
        strays = {ent.local_id: ent for ent in self._ents.values() if ent.type == "LOC" and not ent.country
                  and len(_words(ent.name)) == 1 and (parts.named(name_key(ent.name)) is not None
                                                      or ("PERSON", name_key(ent.name)) in self._by_key)
                  and not (state_code(ent.name) or capital_code(ent.name) or city_code(ent.name))}
        if not strays:
            return
        for (ui, i), local_id in list(self.token_map.items()):
            stray = strays.get(local_id)
            if stray is None:
                continue
            span = units[ui].doc[i: i + 1]
            owner = self._owner_of_part(span, ui, parts, by_key)
            if owner is None and ("PERSON", name_key(stray.name)) in self._by_key:
                owner = self._ents[self._by_key[("PERSON", name_key(stray.name))]]
            if owner is not None:
                LOGGER.debug("name read as a place: %r is %s", span.text, owner.name)
                self.token_map[(ui, i)] = owner.local_id
                self._attach(owner, ui, units[ui], span, span.text)
                stray.names[span.text] -= 1
                char = units[ui].char_span(span.start_char, span.end_char)
                if char in stray.spans:
                    stray.spans.remove(char)

    @staticmethod
    def _owner_of_part(span: Span, ui: int, parts: _NameParts, by_key: dict[str, _Ent]) -> _Ent | None:
        """The person named in full whose first or last name this lone word is: the most mentioned so far, then the latest."""
        named = parts.named(name_key(span.text))
        if named is None:
            return None
        if len(named.firsts) == 1:
            return by_key[named.firsts[0][1]]
        here = (ui, span.start)
        before = bisect.bisect_left(named.places, here)
        if before == 0:
            # nobody of that name told yet: every full name that has it counts
            latest, seen = named.keys[-1], {k for _, k in named.firsts}
        else:
            latest = named.keys[before - 1]
            seen = {k for _, k in named.firsts[:bisect.bisect_left(named.firsts, here, key=lambda f: f[0])]}
        best = max(seen, key=lambda k: (len(by_key[k].spans) + (0.5 if k == latest else 0), k == latest))
        return by_key[best]

    # -- reading ----------------------------------------------------------------------------
    def entity_at(self, unit_index: int, tok: Token) -> str | None:
        return self.token_map.get((unit_index, tok.i))

    def entity_at_index(self, unit_index: int, i: int) -> str | None:
        """``entity_at`` of the token at index ``i`` of the unit's document, with no Token built to ask."""
        return self.token_map.get((unit_index, i))

    def get(self, local_id: str) -> _Ent:
        return self._ents[local_id]

    def org_by_head(self, word: str) -> str | None:
        """The latest organisation whose name ends in this word ("the embassy" -> "Russian Embassy")."""
        return self._org_heads.get(word.lower())

    def bloc_before(self, ui: int, tok: Token) -> str | None:
        """ "The bloc", "the alliance": the organisation of no one state that the body names before this noun, one
        whose name holds the noun first ("the alliance": the Atlantic Alliance), else the one named most often
        before it, the latest of those (an international body the story is about: "Mercosur suspended Paraguay ...
        The bloc lifted ...")."""
        if ui != 0 or tok.lower_ not in BLOC_NOUNS:
            return None
        ranked = []
        for ent in self._ents.values():
            if ent.type != "ORG" or self.country_of(ent.local_id):
                continue
            before = [span.start for span in ent.spans if span.where == "body" and span.end <= tok.idx]
            if before:
                named = tok.lower_ in ent.name.lower().split()
                ranked.append(((named, len(before), max(before)), ent.local_id))
        return max(ranked)[1] if ranked else None

    def previous_collective(self, ui: int, tok: Token) -> str | None:
        """Resolve "it"/"they" to the nearest state, organisation or group that is a subject before it; "it" is never
        a group named by a plural noun ("the juntas ... accusing it": not the juntas). For "it", a subject "the
        committee" is the organisation of that head named before (``_definite_org``)."""
        doc = tok.doc
        singular = tok.lower_ in ("it", "its", "itself")
        start = sentence_of(tok).start
        if start > 0:
            start = sentence_of(doc[start - 1]).start
        best: str | None = None
        for i in range(tok.i - 1, start - 1, -1):
            ent = self.entity_at(ui, doc[i]) or (self._definite_org(ui, doc[i]) if singular else None)
            if ent and self.type_of(ent) in ("GPE", "ORG", "GROUP") and not (singular and doc[i].tag_ == "NNS"):
                if doc[i].dep_ in ("nsubj", "nsubjpass") or doc[i].head.dep_ in ("nsubj", "nsubjpass"):
                    return ent
                best = best or ent
        return best

    def _definite_org(self, ui: int, tok: Token) -> str | None:
        """The organisation a definite subject noun that names no entity takes up ("the council declared ...": the
        National Security Council named before it)."""
        if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        org = self.org_by_head(tok.lower_) or self.bloc_before(ui, tok)
        if org is None or ui == 0 and not any(s.where == "body" and s.end <= tok.idx for s in self._ents[org].spans):
            return None  # in the body, named before the noun that takes it up
        return org

    def recent_people(self, ui: int, tok: Token, n: int) -> list[str]:
        """The n people mentioned last before a token ("the two presidents")."""
        found: list[str] = []
        for i in range(tok.i - 1, -1, -1):
            ent = self.entity_at(ui, tok.doc[i])
            if ent and self.type_of(ent) == "PERSON" and ent not in found:
                found.append(ent)
                if len(found) == n:
                    break
        return found if len(found) == n else []

    def people_of(self, code: str) -> set[str]:
        """The persons the document ties to a state so far ("the Bordurian leader" may be one of them)."""
        return {e.local_id for e in self._ents.values() if e.type == "PERSON" and self.country_of(e.local_id) == code}

    def main_person(self, among: set[str]) -> str | None:
        """The most mentioned person of the document among ``among`` (any person when empty)."""
        people = [e for e in self._ents.values() if e.type == "PERSON" and (not among or e.local_id in among)]
        if not people:
            return None
        return max(people, key=lambda e: len(e.spans)).local_id

    def main_states_besides(self, ui: int, tok: Token, n: int) -> list[str]:
        """The n most mentioned states so far (by name or demonym), leaving out the state of the clause's subject.

        "China's Foreign Ministry accused the two countries": the accuser's state is not one of them.
        """
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        here = {e for c in subject for t in c.subtree if (e := self.entity_at(ui, t))}
        here |= {s for e in list(here) if (code := self.country_of(e)) and (s := self.existing_state(code))}
        weight: Counter[str] = Counter(self._demonyms)
        where = "caption" if ui > 0 else "body"
        for ent in self._ents.values():
            code = ent.country if ent.type == "GPE" else self.country_of(ent.local_id)
            if code and ent.type != "LOC":
                # states count by the mentions of them, their people and bodies told so far (not places)
                weight[code] += sum(1 for m in ent.spans if m.where == where and m.start < tok.idx)
        chosen = []
        for code, _count in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])):
            existing = self.existing_state(code)
            if existing in here:
                continue
            chosen.append(existing or self.state_id(code))
            if len(chosen) == n:
                break
        return chosen

    def _leading_state(self) -> list[str]:
        """The state mentioned most so far, when one leads (a tie names no main state: issue 14, "the interim
        government" of a story that has named two states once each is neither's)."""
        top = self.main_states(2)
        if len(top) == 2 and len(self._ents[top[0]].spans) == len(self._ents[top[1]].spans):
            return []
        return top[:1]

    def story_country(self, lead: float = 1.0) -> str | None:
        """The state the whole story is most about: the one whose name, demonym, people, bodies and places are
        mentioned most ("Seoul", "South Korean" and the president's name all count for the same state); None when
        no state leads, or leads the next by no more than ``lead`` times (2.0: a story about one state, not two)."""
        weight: Counter[str] = Counter(self._demonyms)
        for ent in self._ents.values():
            code = ent.country if ent.type == "GPE" else self.country_of(ent.local_id)
            if code:
                weight[code] += len(ent.spans)
        if self.dateline:
            weight[self.dateline] += DATELINE_WEIGHT
        top = weight.most_common(2)
        if not top or (len(top) == 2 and top[0][1] <= lead * top[1][1]):
            return None
        return top[0][0]

    def organ_state_before(self, ui: int, tok: Token, heads: frozenset[str]) -> str | None:
        """The state of the latest state organ named with its state before ``tok`` in its text ("Zambian police
        surrounded the consulate ... Officers led the consul away": the officers are Zambia's)."""
        if ui != 0:
            return None  # a caption's own mentions are not ordered with the body's
        best: tuple[int, str] | None = None
        for ent in self._ents.values():
            words = ent.name.split()
            code = self.country_of(ent.local_id)
            if ent.type != "GROUP" or not code or not words or words[-1].lower() not in heads:
                continue
            starts = [m.start for m in ent.spans if m.where == "body" and m.start < tok.idx]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), code)
        return best[1] if best else None

    def main_states(self, n: int = 2) -> list[str]:
        """The n states mentioned most in the document (the state a bare "the junta" belongs to)."""
        states = [e for e in self._states if e.spans]
        states.sort(key=lambda e: -len(e.spans))
        return [e.local_id for e in states[:n]]

    def type_of(self, local_id: str) -> EntityType:
        return self._ents[local_id].type

    def country_of(self, local_id: str) -> str | None:
        ent = self._ents[local_id]
        if ent.country:
            return ent.country
        if ent.countries:
            return ent.countries.most_common(1)[0][0]
        if ent.leader is None:
            return None
        # a leader's government is of the leader's state, stated or (a public figure's) the story's guess
        return self.country_of(ent.leader) or self._ents[ent.leader].guess

    def note_country(self, local_id: str, code: str) -> None:
        """Record evidence (say, from a post) of the state a person or organisation belongs to."""
        self._ents[local_id].countries[code] += 1

    def note_guess(self, local_id: str, code: str) -> None:
        """Record the state the story's context suggests for an entity the text does not tie to one (weak:
        ``Entity.country_guess``, used across documents only when none states a country)."""
        self._ents[local_id].guess = code

    def entities(self) -> list[Entity]:
        out = []
        for ent in self._ents.values():
            if not ent.spans and not ent.implied:
                continue
            name = ent.name
            if ent.type == "PERSON":
                # the most frequent full form names the person
                fulls = [(n, c) for n, c in ent.names.items() if len(_words(n)) >= 2] or list(ent.names.items())
                name = sorted(fulls, key=lambda nc: (-nc[1], -len(nc[0]), nc[0]))[0][0]
            aliases = tuple(sorted(n for n in ent.names if n != name))
            mentions = tuple(sorted(ent.spans, key=lambda m: (m.where != "body", m.caption or 0, m.start)))
            country = self.country_of(ent.local_id)
            out.append(Entity(ent.local_id, ent.type, name, aliases, country, mentions,
                              None if country else ent.guess))
        return out


@dataclass(slots=True)
class _Named:
    """The full names that have one first or last name, in text order."""

    places: list[tuple[int, int]] = field(default_factory=list)
    """(unit index, token index) of each mention."""
    keys: list[str] = field(default_factory=list)
    """The name key of each mention."""
    firsts: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    """(place, key) of each key's first mention."""
    known: set[str] = field(default_factory=set)


class _NameParts:
    """The people named in full, indexed by their folded first and last names, so that a lone "Kim" finds its
    candidates without a scan of every full name of the page (a long page was quadratic: issue 16)."""

    def __init__(self) -> None:
        self._by_part: dict[str, _Named] = {}

    def add(self, ui: int, span: Span, key: str) -> None:
        """Index one mention in full, given in text order (unit, then token)."""
        words = _words(span.text)
        for part in dict.fromkeys((name_key(words[0]), name_key(words[-1]))):
            named = self._by_part.setdefault(part, _Named())
            place = (ui, span.start)
            named.places.append(place)
            named.keys.append(key)
            if key not in named.known:
                named.known.add(key)
                named.firsts.append((place, key))

    def named(self, part: str) -> _Named | None:
        """The full names whose first or last name folds to ``part``."""
        return self._by_part.get(part)


def _common_words(units: list[Unit], lone: list[Span]) -> set[str]:
    """The lone capitalised words read as persons that the text also writes in lower case, and that no mention uses
    as a person's ("Drift. We are on it." beside "drift is everywhere"; "Gossamer said" keeps its speaker): a common
    noun opening a sentence, a heading or a slogan. A name after a title or an honorific is a person's."""
    words = {span.text.lower() for span in lone if len(span) == 1 and span.text.isalpha()}
    if not words:
        return set()
    lower = {tok.text for unit in units for tok in tokens_lowered(unit.doc, frozenset(words)) if tok.is_lower}
    personal = {span.text.lower() for span in lone if span.text.lower() in lower and _used_as_person(span)}
    return lower - personal


def _used_as_person(span: Span) -> bool:
    """Whether a lone name is used as a person's: after a title or an honorific, or the subject of a speech verb."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in HONORIFIC_WORDS or before.lower_ in title_heads()):
        return True
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_LEMMAS


def _leader_named(noun: Token) -> Token | None:
    """The person's name a government noun is named after: "Ruiz" of "the Ruiz administration" or of "Ruiz's
    government"; None for a state's, a party's or no name ("the Labour government")."""
    for child in noun.lefts:
        if child.dep_ in ("compound", "poss") and child.ent_type_ == "PERSON" and child.pos_ == "PROPN":
            return child
    return None


LISTED_NAME_WORDS = 8
"""The most words of a listed organisation's name read past the end of the tagger's span (``_listed_whole``)."""
NAME_JOINERS = frozenset({"and", "of", "for", "the"})
"""Lower-case words inside an organisation's name ("Customs and Border Protection", "Department of the Treasury")."""


def _listed_whole(span: Span) -> Span:
    """The whole name of a listed organisation the tagger cut short: "Customs" of "Customs and Border Protection" is
    the US agency (``countries.org_code``). The words read on are a name's (capitalised, or "and", "of", "for"): a
    noun after the name is no part of it ("a State Department official" is an official of the State Department)."""
    doc = span.doc
    end = span.end
    limit = min(len(doc), span.start + LISTED_NAME_WORDS)
    while end < limit and (doc[end].is_title or doc[end].lower_ in NAME_JOINERS):
        end += 1
    for last in range(end, span.end, -1):
        if doc[last - 1].is_alpha and org_code(doc[span.start:last].text):
            return doc[span.start:last]
    return span


def _strip_the(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end]


def _names_a_person(noun: Token) -> bool:
    """Whether a noun describes a named person: a title before the name ("Turkish journalist [Deniz Aksoy]"), or a
    name in apposition ("a Canadian businessman, [Eric Lavoie],")."""
    doc = noun.doc
    return (noun.ent_type_ == "PERSON" or noun.head.ent_type_ == "PERSON" and noun.dep_ in ("compound", "appos", "amod")
            or any(c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound") for c in noun.children)
            or noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON"
            or noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].ent_type_ == "PERSON")


def counted(tok: Token) -> bool:
    """Whether a collective noun is counted ("three student activists", "a dozen businessmen"): a numeral or a
    count word before it."""
    return any(t.dep_ in ("nummod", "quantmod") or t.lower_ in COUNT_WORDS for left in tok.lefts for t in left.subtree)


def regional_modifier(noun: Token) -> Token | None:
    """The modifier of a noun that names a region or bloc of states and no one state ("West African", "Gulf",
    "Nordic"), capitalised as a name is; None when a modifier names a state ("Kenyan") or none names a region."""
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        phrase = noun.doc[child.left_edge.i: child.i + 1]
        if state_code(phrase.text) or state_code(child.text):
            return None
        if child.lower_ in REGION_WORDS and child.text[:1].isupper():
            return child
    return None
