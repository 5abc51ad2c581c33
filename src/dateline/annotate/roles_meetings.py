"""Repair the roles of meeting, visit and protest events: role passes that find who met or visited whom (the
partner of a talk, the state a visit or a tour's stop reaches, unnamed hosts, both sides of a reciprocal act) and who
protested against whom (the protesters' own people, the people of a town, the one a protest is aimed at).

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import MEETING_NOUNS, PLURAL_PRONOUNS, ArgumentReader, Arguments
from dateline.annotate.clauses import (HOST_LEMMAS, SYMMETRIC_TYPES, _doers_of, _first_country, _is_state, _protesters,
                                       _reciprocal)
from dateline.annotate.event_records import Trigger
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import persons_between, sentence_of
from dateline.annotate.organs import dateline_state
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)


GATHERINGS = word_class("gatherings")
"""Meetings of many parties: a journey "for the donor conference" attends it and visits no host (unseen-errors A7)."""


PROTEST_HEADS = word_class("protest_heads")
PROTEST_SPELL_PREPS = frozenset({"in", "during"})
"""Prepositions that put a crowd's act inside a protest ("hurled rocks in demonstrations against ...")."""


def _role_protest_told_by_its_verb(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A protest named by a noun beside the verb of the crowd's act is told by that verb: "youths hurled rocks at the
    police in demonstrations against the curfew" (the hurlers protest, at whom they hurled), "protesters blocked the
    bridge to condemn Oslo's new levy" (at whom the purpose clause aims). Issue 12: the noun alone named no side, or
    the state of those hit as the crowd's."""
    tok = trig.token
    if trig.type != "PROTEST" or not trig.nominal:
        return
    if tok.dep_ == "pobj" and tok.head.lower_ in PROTEST_SPELL_PREPS and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
    elif tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        verb = tok.head
    else:
        return
    told = reader.read(verb, False)
    if tok.dep_ == "pobj":
        # the crowd that did it protests: its actors, else the state its demonym names ("Somali youths")
        crowd = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        own = token_modifier_country(crowd) if crowd is not None and not told.source else None
        doers = list(told.source) or ([actors.state_id(own)] if own else [])
        if doers:
            args.source = doers
            args.target = [a for a in args.target if a not in doers]
    if args.target:
        return
    args.target += [a for a in told.target if a not in args.source and a not in args.target]
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        if args.target:
            break
        args.target += [a for a in reader.read(purpose, False).target if a not in args.source and a not in args.target]
    if args.target:
        LOGGER.debug("protest told by %r: source %s target %s in %r", verb.text, args.source, args.target,
                     sentence_of(tok).text)


def _role_protest_aimed_against(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A protest told with a word of protest beside it is aimed at what that word is "against": "threw stones at
    troops in demonstrations against the army's raids", "started a hunger strike to protest against Norway's plan"
    (issue 13: the protest had no target)."""
    if trig.type != "PROTEST" or args.target:
        return
    for prep in sentence_of(trig.token):
        if prep.lower_ != "against" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in PROTEST_HEADS:
            continue
        for noun in (n for g in prep.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)):
            found = [a for a in (_doers_of(noun, actors, reader, args.source) or reader.actor(noun))
                     if a not in args.source and a not in args.target and actors.type_of(a) != "LOC"]
            if found:
                LOGGER.debug("protest aimed against: %s in %r", found, sentence_of(trig.token).text)
                args.target += found
                return


def _role_partner_of_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An act on things done with someone concerns them: "cancelled all cultural events organised with Ugandan
    bodies", "froze projects run with Kenya" (the object's participle names the partner; issue 13)."""
    if args.target or trig.nominal:
        return
    for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
        # a participle ("organised with"), which the tagger may take for a finite verb ("run with")
        for acl in (g for g in obj.children if g.dep_ == "acl" and g.tag_ != "VBG"
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)):
            for prep in (p for p in acl.children if p.dep_ == "prep" and p.lower_ == "with"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    found = [a for a in reader.actor(pobj) if a not in args.actors()]
                    if found:
                        LOGGER.debug("partner of object: %s in %r", found, sentence_of(trig.token).text)
                        args.target += found


def _role_agreed_thing(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "It was agreed in Djibouti", "it was signed on Monday": what is agreed or signed is a thing, not a side."""
    if trig.type != "AGREE" or trig.nominal:
        return
    for subj in (c for c in trig.token.children if c.dep_ == "nsubjpass" and c.lower_ in ("it", "this", "which")):
        named = reader.actor(subj)
        args.target = [t for t in args.target if t not in named]


def _role_plural_pronoun_pair(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "A spoke with B's president. They agreed to ...", "met her counterpart, and they signed ...": "they" doing a
    joint act is both sides of the latest event between two states, when the look-up found only one of them (the
    state a possessive named, not the two who spoke)."""
    if trig.type not in SYMMETRIC_TYPES or trig.nominal or args.target or len(args.source) != 1:
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in PLURAL_PRONOUNS for c in trig.token.children):
        return
    own = actors.country_of(args.source[0])
    sides = reader.last_sides
    if own is None or len(sides) != 2 or own not in {actors.country_of(s) for s in sides}:
        return
    people = [p for p in reader.last_pair if actors.country_of(p) not in (None, own)]
    args.target += people[:1] or [s for s in sides if actors.country_of(s) != own]
    LOGGER.debug("plural pronoun pair: %s with %s in %r", args.source, args.target, sentence_of(trig.token).text)


COUNTED_PAIR_WORDS = frozenset({"two", "both"})
"""Words that count the sides of a joint act ("between the two leaders", "both ministers")."""


def _people_named_after(noun: Token) -> list[Token]:
    """The persons named after a comma that follows a counted plural noun ("the two leaders, A and B,"), up to the
    first verb or stop: every person name there (the parser may hang the list anywhere in the clause, and may not join
    the names as conjuncts)."""
    doc = noun.doc
    end = max(t.i for t in noun.subtree) + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    stop = next((t.i for t in doc[end + 1: sentence_of(noun).end] if t.pos_ in ("VERB", "AUX")
                 or t.text in (".", ";", ":")), sentence_of(noun).end)
    return persons_between(doc, end + 1, stop)


def _role_pair_named_in_apposition(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A joint act between a counted pair the sentence then names is between the people named: "talks between the two
    leaders, A and B, were held", "a meeting of both ministers, A and B". The parser hangs the names on the verb as a
    second subject, so the reader finds one of them or none."""
    if trig.type not in SYMMETRIC_TYPES or not trig.nominal:
        return
    pairs = [g for c in trig.token.children if c.dep_ == "prep" and c.lower_ in ("between", "of")
             for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"
             and any(d.lower_ in COUNTED_PAIR_WORDS for d in g.children if d.dep_ in ("nummod", "det", "predet"))]
    if not pairs:
        return
    named = list(dict.fromkeys(a for t in _people_named_after(pairs[0]) for a in reader.actor(t)
                               if actors.type_of(a) == "PERSON"))
    if len(named) < 2:
        return
    LOGGER.debug("pair named in apposition: %s for %r", named, trig.token.text)
    args.source = []
    args.target = named


def _role_gathering_not_visited(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A journey to a city for a gathering visits no host state; a journey to a state for one visits that state
    ("will travel to Egypt for a conference on Iraq")."""
    if trig.mode == "visit" and _for_gathering(trig.token):
        # "had come to Vienna for the donor conference": the city hosts a gathering, its state is not visited
        args.target = [t for t in args.target if actors.type_of(t) not in ("GPE", "LOC") or _is_state(actors, t)]
        args.location = None


STAY_PREPS = frozenset({"during", "on"})
"""Prepositions that put a journey around the clause that tells one of its stops ("welcomed in Lusaka on a tour")."""


def _role_stop_of_a_tour(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A visit named as the time of a clause ("A was welcomed in Lusaka on a tour of southern Africa", "B signed deals in Hanoi
    on a visit to Asia") is the visit of that clause's subject to the place the clause names; the region toured is
    where, not who (issue 13, a leader's visit lacking its host state)."""
    tok = trig.token
    if trig.mode != "visit" or not trig.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in STAY_PREPS:
        return
    verb = tok.head.head
    if verb.pos_ != "VERB":
        return
    visitors = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in reader.actor(c)]
    places = [e for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children
              if g.dep_ == "pobj" and (e := actors.entity_at(reader.ui, g)) and actors.type_of(e) in ("GPE", "LOC")
              and actors.country_of(e)]
    if not visitors or not places:
        return
    LOGGER.debug("stop of a tour: %s in %s, %r", visitors, places[0], sentence_of(tok).text)
    host = actors.state_id(actors.country_of(places[0]) or "")
    args.source = visitors
    args.target = [host, *(t for t in args.target if t != host and actors.type_of(t) == "PERSON")]
    args.participants = [p for p in args.participants if actors.type_of(p) not in ("LOC", "GPE") and p not in visitors]
    args.location = places[0]


HOST_OFFICIAL_NOUNS = word_class("host_official_noun", "annotate_words")
"""Plural nouns of officials a visitor meets, named without their state ("met with senior officials")."""


def _role_met_unnamed_hosts(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A meeting with officials named without their state ("the Danish minister met with senior officials", in
    a story datelined from Lima) meets the state it is held in: the meeting's place's, else the dateline's
    (``organs.dateline_state``), when that is not the visitor's own; a place or a site named beside it ("and toured
    the old prison") is no one met."""
    if trig.type != "CONSULT" or trig.nominal or not args.source or any(
            actors.type_of(t) in ("GPE", "PERSON", "GROUP") for t in args.target):
        return
    tok = trig.token
    met = [c for c in tok.children if c.dep_ == "dobj"]
    met += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if not any(m.lemma_.lower() in HOST_OFFICIAL_NOUNS or m.lower_ in HOST_OFFICIAL_NOUNS for m in met
               if not reader.actor(m)):
        return
    code = (actors.country_of(args.location) if args.location else None) or (
        dateline_state(tok.doc) if reader.ui == 0 else None)
    if code and code not in {actors.country_of(s) for s in args.source}:
        LOGGER.debug("met unnamed hosts: %s in %r", code, sentence_of(tok).text)
        args.target = [actors.state_id(code)]


def _role_visited_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A visit or aid with a place and no target: the place's state is the target."""
    if args.location and not args.target and (trig.mode == "visit" or trig.type == "AID"):
        code = actors.country_of(args.location)
        if code:
            args.target.append(actors.state_id(code))


def _role_visit_partner(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A journey "for talks with X" meets X, its host."""
    if trig.mode != "visit":
        return
    # "arrived in Muscat on Sunday for talks with the sultan": the one met is acted upon, beside the state visited
    for prep in trig.token.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ not in MEETING_NOUNS:
                # "for three hours of talks with X": the talks under a measure noun
                noun = next((g for w in noun.children if w.dep_ == "prep" and w.lower_ == "of"
                             for g in w.children if g.dep_ == "pobj" and g.lower_ in MEETING_NOUNS), noun)
            if noun.dep_ != "pobj" or noun.lower_ not in MEETING_NOUNS:
                continue
            for met in (g for w in noun.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children):
                args.target += [a for a in reader.actor(met) if a not in args.actors()]


def _role_target_not_source(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """No actor is both source and target."""
    args.target = [t for t in args.target if t not in args.source]


def _role_reciprocal_sides(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A reciprocal act runs from the first side named to the other."""
    if not args.target and len(args.source) > 1 and trig.type not in SYMMETRIC_TYPES and _reciprocal(trig.token):
        # "Tehran and Islamabad traded strikes", "the two accused each other": each side acts on the other; the
        # first named is the source, as the sentence tells it
        args.source, args.target = args.source[:1], args.source[1:]


def _role_host_receives_visitor(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A host receives: the guest made the visit."""
    if trig.type == "CONSULT" and trig.token.lemma_.lower() in HOST_LEMMAS and args.source and args.target:
        # "Trump hosted Netanyahu", "Xi received Lula": the guest made the visit (the visitor is the source)
        args.source, args.target = args.target, args.source


def _role_protest_town_is_place(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A town protesters march on or gather in is where, not whom against."""
    if trig.type == "PROTEST":
        # "marched on Dhaka": a town protesters march on or gather in is where they protest, not whom against
        towns = [t for t in args.target if actors.type_of(t) == "GPE" and not _is_state(actors, t)]
        args.target = [t for t in args.target if t not in towns]
        args.location = args.location or (towns[0] if towns else None)


def _role_protest_people_of_place(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Protesters named without a state are the people of the place: the one their clause names, else the town of the
    story's wire dateline ("BAMAKO (AP) - Thousands rallied in the main square": Malians)."""
    if trig.type == "PROTEST" and not any(actors.country_of(a) for a in args.source):
        # "thousands gathered outside the barracks near Bamako": the people of the place protest
        places = [args.location] if args.location else []
        places += [e for t in trig.token.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")
                   and (e := actors.entity_at(reader.ui, t)) and actors.type_of(e) in ("GPE", "LOC")]
        code = _first_country(actors, places) or (actors.dateline if reader.ui == 0 else None)
        if code:
            args.source.append(actors.state_id(code))


def _role_protest_own_people(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Protests against a government, with no people or place named, are its own people's."""
    if trig.type == "PROTEST" and not args.source:
        # "rallies against the cabinet's plan": with no people or place named, a state's own people protest
        # against its government
        code = _first_country(actors, args.target)
        crowd = _protesters(trig.token)
        own = token_modifier_country(crowd) if crowd is not None else None
        if own and own != code:
            # "Somali youths threw stones at Kenyan troops in demonstrations against the army's raids": the crowd's
            # own state is named, and it is not the one protested against
            args.source.append(actors.state_id(own))
        elif code:
            args.source.append(actors.state_id(code))


def _for_gathering(tok: Token) -> bool:
    """Whether a journey is "for" a gathering of many parties ("for the donor conference"); "for a summit with X"
    is a meeting with X and does not count."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and g.dep_ == "pobj" and g.lemma_.lower() in GATHERINGS
               and not any(p.lower_ in ("with", "between") for p in g.children)
               for c in tok.children for g in c.children)
