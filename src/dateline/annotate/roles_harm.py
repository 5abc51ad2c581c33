"""Repair the roles of harm and death events and the place they happened: role passes that find who was hit, killed
or released (the dead named or listed after a colon, the owner of a hit object, a state's own organ that was hit,
rebels of the story's state, the bystanders of a place) and where it happened.

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from dateline.annotate.actors import BYSTANDER_NOUNS, UNCOUNTED_ACTORS, Actors, counted
from dateline.annotate.arguments import PLACE_PREPS, ArgumentReader, Arguments, is_passive, topic_phrase
from dateline.annotate.casualties import named_dead
from dateline.annotate.clauses import SPLIT_TYPES, TERRITORY_NOUNS, _clause_verb, _objects
from dateline.annotate.construction_cues import _struck
from dateline.annotate.event_records import Trigger
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import sentence_of, verb_doers
from dateline.annotate.organs import (DATELINE, REPORTING_LEMMAS, is_home_organ, organ_kind, organ_state,
                                      story_state)
from dateline.annotate.perfect import summing_perfect
from dateline.annotate.shared_views import agreed_view
from dateline.annotate.under_fire import attackers
from dateline.lexicons import word_class
from dateline.names import given_names

LOGGER = logging.getLogger(__name__)


SAYING_LEMMAS = REPORTING_LEMMAS | {"speak"}
"""Verbs whose place phrase says where something was said, not where an attack was ("speaking in Paris")."""
REGION_HEADS = word_class("region_heads")
"""Nouns after a region's name that make it a place ("in Borno state", "Kherson oblast"); no territory nouns of
their own ("the state" is mostly the government)."""


HOME_FIGHTERS = word_class("home_fighters")
"""Armed groups that fight inside their own state: named without one, they are the story's state's."""


def _role_unplaced_fighters(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Rebels or insurgents named without a state ("the rebels declared a truce on Tuesday", "separatists announced a
    ceasefire") act as a GROUP of the state the story tells from: its dateline's, else the one state it is about
    (``organs.story_state``; OUTPUT.md 5: an unnamed collective keeps its state). An attack on that same state keeps
    no source of its own, as an unnamed attacker's ("insurgents attacked Iraqi police": the target says it)."""
    if args.source:
        return
    tok = trig.token
    verb = _clause_verb(tok) if trig.nominal else tok
    if verb is None:
        return
    doers = verb_doers(verb)
    fighter = next((d for d in doers if d.lower_ in HOME_FIGHTERS and not reader.actor(d)
                    and token_modifier_country(d) is None), None)
    code = story_state(verb.doc, actors, reader.ui) if fighter is not None else None
    if fighter is None or code is None:
        return
    if trig.type == "ASSAULT" and code in {actors.country_of(t) for t in args.target}:
        return
    LOGGER.debug("unplaced fighters %r are %s's in %r", fighter.text, code, sentence_of(fighter).text)
    args.source = [actors.public_of(fighter.lower_, code)]


def _role_among_the_dead(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Among the dead were the governor, A, and B": the people named as the copula's subject (or, inverted, its
    attribute) and their conjuncts died; no one is a doer. Dead told only by count or kind ("Four Iraqi soldiers were
    among the dead") name no person: they are victims of the sentence's attack or a death toll, not a death of a state
    or a group of its own, so the event keeps no actor and is dropped (GUIDE.md: unnamed dead make no DIE)."""
    if trig.entry_id != "construction.among_dead":
        return
    dead: list[str] = []
    # "..., and B, the bishop's envoy": the parser hangs a last name set off by commas on the copula as its conjunct
    for head in (c for c in trig.token.children if c.dep_ in ("nsubj", "attr") or c.dep_ == "conj" and c.pos_ == "PROPN"):
        for tok in (head, *head.conjuncts):
            for ent in reader.actor(tok):
                if ent not in dead and actors.type_of(ent) == "PERSON":
                    dead.append(ent)
    if not dead:
        LOGGER.debug("among the dead: no named person in %r", sentence_of(trig.token).text)
    args.source, args.target = [], dead


def _role_under_fire(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "X came under fire from Y", "X came under fire when Y launched rockets": Y attacked X; "X came under criticism
    from Y": Y criticised X."""
    if trig.entry_id not in ("construction.under_fire", "construction.under_criticism"):
        return
    verb = trig.token.head.head
    hit = [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    doers = [a for t in attackers(trig.token) for a in reader.actor(t) if a not in hit]
    if doers:
        args.source = doers
    if hit or doers:
        args.target = hit or [a for a in args.target if a not in doers]
        args.source = [a for a in args.source if a not in args.target]


def _role_agreed_view(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "A agreed with B", "A agreed with B's ruling": A backs B's view; a ruling or a plan with no owner named leaves
    no target, and never makes the one agreeing a target."""
    if trig.entry_id != "construction.agreed_view":
        return
    verb = trig.token
    agreeing = [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    held = agreed_view(verb)
    backed = [a for t in ([held, *[c for c in held.children if c.dep_ == "poss"]] if held is not None else [])
              for a in reader.actor(t) if a not in agreeing]
    if agreeing:
        args.source = agreeing
    args.target = backed
    args.source = [a for a in args.source if a not in args.target]


def _role_released_subject(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "A walked out of prison": A is the one released, and no captor is told."""
    if trig.entry_id != "construction.prison_exit":
        return
    freed = [a for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass") for a in reader.actor(c)]
    if freed:
        args.source, args.participants, args.target = [], [], freed


def _role_named_dead(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Nine soldiers were killed, among them A and B": A and B died, and no doer is told."""
    if trig.entry_id != "construction.named_dead":
        return
    dead = [a for p in named_dead(trig.token) for a in reader.actor(p) if actors.type_of(a) == "PERSON"]
    if dead:
        args.source, args.participants, args.target = [], [], list(dict.fromkeys(dead))


HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
OWNED_TYPES = HARM_TYPES | {"SANCTION"}
"""Acts on something of someone's that befall its owner: an attack on their boat, a penalty on their licence."""


def _role_owner_of_hit_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An attack on something of someone's is an attack on them: "a Chinese boat rammed his boat", "troops stormed
    their homes", "gunmen raided a shelter for displaced families" (a named possessor, "Ukraine's power plants", is read
    with the object); so is a penalty on it, told with no agent too: "after her visa was cancelled" befalls her."""
    if trig.type not in OWNED_TYPES or args.target or trig.nominal:
        return
    passive = is_passive(trig.token)
    hit = [c for c in trig.token.children if c.dep_ == "nsubjpass"] if passive else _objects(trig.token)
    for obj in hit:
        for child in obj.children:
            if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ not in ("my", "our", "your"):
                args.target += [e for e in reader.actor(child) if e not in args.source and e not in args.target]
            elif child.dep_ == "prep" and child.lower_ == "for" and obj.pos_ == "NOUN":
                # "a shelter for displaced families", "a clinic for refugees": those it serves were hit
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    args.target += [e for e in reader.actor(pobj) if e not in args.source and e not in args.target]


VENUE_HEADS = word_class("venue_heads")


def _role_place_is_where(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A site is where an event happened, never who acted or was acted on (OUTPUT.md section 5): a named venue of no
    state's ("Liberty Avenue", "the Palace Hotel", "Independence Square"; the tagger's other places may be misread
    names), a name that only tells which venue a common noun means ("toured the city's Velkan prison"), and the place
    an attack hurt people in ("killed six officers in Tarsen district"), whose state, when known, is the one hurt, or
    where people died; and the city of a story's dateline ("ORLEN: Forty workers were deported ...")."""
    sentence = sentence_of(trig.token)
    for role in ("source", "target"):
        places = [a for a in getattr(args, role) if _named_venue(a, actors)
                  or _names_a_venue(a, sentence, actors, reader) or _in_dateline(a, sentence, actors, reader)
                  or role == "target" and trig.type in BEFALLING_TYPES and _hurt_in(a, sentence, actors, reader)]
        if places:
            LOGGER.debug("place is where: %s of %s in %r", places, role, sentence.text)
            setattr(args, role, [a for a in getattr(args, role) if a not in places])
            args.location = args.location or places[0]
            if role == "target" and not args.target and trig.type in HARM_TYPES:
                # "a bomb killed four soldiers in Tarsen": those hurt there are of the place's state, when it has one
                code = actors.country_of(places[0])
                if code and code not in {actors.country_of(a) for a in args.source}:
                    args.target = [actors.state_id(code)]


BEFALLING_TYPES = HARM_TYPES | {"DIE"}
"""Acts that befall people where they are: the place is where, those hurt or dead are the target."""


def _in_dateline(ent: str, sentence: Span, actors: Actors, reader: ArgumentReader) -> bool:
    """Whether an entity is named in a sentence only by the dateline that opens it ("KORVA (AP) - ...")."""
    match = DATELINE.match(sentence.text)
    mentions = [t for t in sentence if actors.entity_at(reader.ui, t) == ent]
    if match is None or not mentions:
        return False
    end = match.end(1)
    return all(t.idx - sentence.start_char < end for t in mentions)


def _named_venue(ent: str, actors: Actors) -> bool:
    """Whether an entity of no state's is named as a venue ("Liberty Avenue", "the Dunmore Statehouse"); a name the
    tagger read as a person's counts when it does not open with a given name ("Stuart Hall" is a man)."""
    found = actors.get(ent)
    words = found.name.split()
    if found.country is not None or not words or words[-1].lower() not in VENUE_HEADS:
        return False
    return found.type in ("LOC", "ORG") or found.type == "PERSON" and len(words) > 1 and (
        words[0].lower() not in given_names())


def _mention_heads(ent: str, sentence: Span, actors: Actors, reader: ArgumentReader) -> list[Token]:
    """The heads of an entity's mentions in a sentence: the word its name modifies ("Tarsen" in "Tarsen district"),
    else the name's last word."""
    heads = []
    for tok in sentence:
        if actors.entity_at(reader.ui, tok) != ent or actors.entity_at(reader.ui, tok.head) == ent and tok.head != tok:
            continue
        while tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
            tok = tok.head
        heads.append(tok)
    return heads


def _names_a_venue(ent: str, sentence: Span, actors: Actors, reader: ArgumentReader) -> bool:
    """Whether an entity, not a state, is named only as the name of a venue told by a common noun ("the city's Velkan
    prison", "outside the Morrow stadium")."""
    if actors.type_of(ent) == "GPE":
        return False
    heads = _mention_heads(ent, sentence, actors, reader)
    return bool(heads) and all(h.pos_ == "NOUN" and h.lemma_.lower() in VENUE_HEADS and not any(
        actors.entity_at(reader.ui, t) == ent for t in h.subtree if t.i > h.i) for h in heads)


def _hurt_in(ent: str, sentence: Span, actors: Actors, reader: ArgumentReader) -> bool:
    """Whether a place of a state (not the state) is named in a sentence only as where something happened, under a
    place phrase ("killed four soldiers in Tarsen province", "the helicopter, which crashed in Meldor")."""
    if actors.type_of(ent) != "LOC":
        return False
    heads = _mention_heads(ent, sentence, actors, reader)
    return bool(heads) and all(h.dep_ == "pobj" and h.head.lower_ in WHERE_PREPS for h in heads)


WHERE_PREPS = PLACE_PREPS - {"to", "from", "into"} | {"along", "across", "off", "around", "outside", "near"}


def _role_where_it_happened(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Where an event happened, when no phrase of the trigger itself named a place: a place reached through a
    chain of place phrases of the trigger, of its subject or object, or of a "when" clause that tells the same act
    ("shelled camps in X", "protesters in X burned tyres", "a bomb outside the town of X killed two soldiers",
    "killed five when they opened fire in X"). It runs last and fills only the location: who acted is read already."""
    if args.location:
        return
    taken = set(args.actors())
    starts = [trig.token]
    starts += [c for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    starts += [c for c in trig.token.children if c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)]
    for start in starts:
        place = _place_reached(start, reader, actors, taken, 0)
        if place:
            args.location = place
            return


def _role_bystanders_of_the_place(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An attack that killed or hurt people the story only counts ("killed at least 15 people at a market in
    Mogadishu") befell the state where it happened: counted bystanders are no party of their own
    (``actors.UNCOUNTED_ACTORS``), the place's state is (OUTPUT.md section 5, an unnamed collective's state)."""
    verb = trig.token
    if trig.type != "ASSAULT" or verb.pos_ != "VERB":
        return
    hit = _struck(verb)
    # counted victims: bystanders ("killed 23 people", "eight passengers"), or a group the story only counts and
    # gives no state ("twelve villagers"); a group with a state of its own is a party ("killed three Afghan soldiers")
    counted_groups = [a for a in args.target if actors.type_of(a) == "GROUP" and not actors.country_of(a)
                      and any(actors.entity_at(reader.ui, h) == a and counted(h) for h in hit)]
    if not (counted_groups or not args.target and any(
            (h.lemma_.lower() in UNCOUNTED_ACTORS or h.lemma_.lower() in BYSTANDER_NOUNS) and counted(h) for h in hit)):
        return
    if set(args.target) - set(counted_groups):
        return
    taken = set(args.actors())
    # "..., killing five people": the place of the act the participle tells the outcome of
    clause = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" else None
    # or where the victims were ("eight civilians in a village in X"); below a noun or the governing clause, "on"
    # is a place too ("opened fire on a bus in X")
    # (or where the attack that killed them was: "a strike on a village in X killed three people")
    attack = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"] if not is_passive(verb) else []
    # or what the governing clause struck ("a bomber attacked [a police post in X], killing four people")
    struck = [c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] if clause is not None else []
    place = args.location or _place_reached(verb, reader, actors, taken, 0) or next(
        (p for node in [*hit, *attack, *([clause] if clause is not None else []), *struck]
         for p in [_place_reached(node, reader, actors, taken, 1)] if p), None) or (
        None if summing_perfect(verb) else _sentence_place(verb, reader, actors, taken))
    code = actors.country_of(place) if place else None
    if place and code and actors.type_of(place) in ("GPE", "LOC") and code not in {actors.country_of(a) for a in args.source}:
        for group in counted_groups:
            actors.note_country(group, code)  # "twelve villagers" killed in a town of Niger are Niger's
        args.target = counted_groups or [actors.state_id(code)]
        args.location = args.location or place
    elif place is None and not summing_perfect(verb) and (code := story_state(verb.doc, actors, reader.ui)) and (
            code not in {actors.country_of(a) for a in args.source}):
        # "The strike hit a car on a mountain road, killing the driver and three passengers", no state named: the
        # state the story tells from or is about (``organs.story_state``)
        for group in counted_groups:
            actors.note_country(group, code)
        args.target = counted_groups or [actors.state_id(code)]


def _sentence_place(verb: Token, reader: ArgumentReader, actors: Actors, taken: set[str]) -> str | None:
    """The one state whose places the sentence's place phrases name, when the clause of the counted dead names none:
    "a bomber attacked a police post in Basra; four people were killed" (the clauses the semicolon joins tell one
    attack). None when the sentence's places are of two states, or it names none."""
    places: dict[str, str] = {}
    for tok in verb.sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in WHERE_PREPS or not (
                tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC")):
            continue
        governor = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and governor.lemma_.lower() in SAYING_LEMMAS:
            continue  # "speaking in Paris, the minister said four soldiers were killed": where it was said
        for e in reader.actor(tok):
            code = actors.country_of(e)
            if actors.type_of(e) in ("GPE", "LOC") and e not in taken and code:
                places.setdefault(code, e)
    return next(iter(places.values())) if len(places) == 1 else None


LISTED_TYPES = SPLIT_TYPES | {"COERCE"}
"""Types whose counted people a colon may go on to name ("three ministers resigned: A, B and C")."""


def _role_listed_after_colon(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """People counted by a plural noun and named after a colon are the ones the act befalls: "Three ministers
    resigned on Monday: A, B and C", "the resignations of three ministers: A, B and C", "Four activists were arrested:
    A, B, C and D". The parser makes the list a fragment of its own or an apposition of the act's noun, so the reader
    finds none of them, or the first only. The people named take the counted noun's place (one event each for the
    biographical types: ``_split``)."""
    if trig.type not in LISTED_TYPES:
        return
    tok = trig.token
    verb = tok if not trig.nominal else None
    slots = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] if verb is not None else [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    counted_noun = next((s for s in slots if s.pos_ == "NOUN" and s.tag_ == "NNS" and counted(s)), None)
    if counted_noun is None:
        return
    sentence = sentence_of(tok)
    colon = next((t for t in sentence if t.i > max(tok.i, counted_noun.i) and t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(tok.doc):
        return
    # the sentence splitter may end the sentence at the colon: the list is then a verbless fragment of its own
    after = colon.i + 1
    listed = sentence[after - sentence.start:] if after < sentence.end else sentence_of(tok.doc[after])
    if colon.i + 1 >= sentence.end and any(t.pos_ in ("VERB", "AUX") for t in listed):
        return
    first = next((t for t in listed if t.ent_type_ == "PERSON"), None)
    if first is None or any(t.text in (".", ";", ":") for t in tok.doc[colon.i + 1: first.i]):
        return
    while first.dep_ == "compound" and first.head.i > first.i and first.head.ent_type_ == "PERSON":
        first = first.head
    named = [a for t in (first, *first.conjuncts) for a in reader.actor(t) if actors.type_of(a) == "PERSON"]
    named = list(dict.fromkeys(named))
    if len(named) < 2:
        return
    LOGGER.debug("people listed after a colon: %s for %r", named, tok.text)
    args.target = named + [t for t in args.target if t not in named and actors.type_of(t) != "GROUP"]


HIT_ORGAN_KINDS = frozenset({"police", "guard"})
"""Kinds of home organ (``organs.organ_kind``) that an attack befalls as their state's: police and guards serve only at
home ("killed four police officers in Kabul", "attacked a police station"); troops may serve abroad, courts and
prosecutors are seldom the ones hit."""


HURT_LEMMAS = frozenset({"injure", "wound", "hurt"})
"""Verbs that tell a harm suffered, not who did it."""


def _hit_nouns(trig: Trigger) -> list[Token]:
    """What an attack hits: the object of its verb, the subject of its passive, what fire is opened on ("opened fire
    on a checkpoint"), or the "on"/"against" phrase of an attack noun."""
    tok = trig.token
    if trig.nominal:
        return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for g in c.children if g.dep_ == "pobj"]
    hit = _struck(tok)
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "fire")]
    return hit + [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                  for g in c.children if g.dep_ == "pobj"]


def _role_hit_home_organ(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An attack on a home organ named without its state (police, police officers, a police station, guards) befalls
    the organ's state: its own place's, the act's place's, the dateline's, else the story's (``organs.organ_state``;
    OUTPUT.md 5: an unnamed state body stands for its state). "Gunmen killed four police officers in Kabul" is an
    assault on Afghanistan; troops are left alone (they may be abroad). Officers told only as hurt ("several officers
    were injured") tell the toll of a clash, no attack of its own."""
    if trig.type != "ASSAULT" or args.target or trig.token.lemma_.lower() in HURT_LEMMAS and is_passive(
            trig.token) and not any(c.dep_ == "agent" for c in trig.token.children):
        return
    for noun in _hit_nouns(trig):
        organ = noun if organ_kind(noun) in HIT_ORGAN_KINDS else next(
            (c for c in noun.children if c.dep_ == "compound" and organ_kind(c) in HIT_ORGAN_KINDS), None)
        if organ is None or reader.actor(noun) or not is_home_organ(organ):
            continue
        act = (_clause_verb(trig.token) or trig.token) if trig.nominal else trig.token
        sources = frozenset(c for a in args.source if (c := actors.country_of(a)))
        code = organ_state(organ, act, actors, reader.ui, not_states=sources)
        if code:
            LOGGER.debug("hit home organ %r is %s's in %r", noun.text, code, sentence_of(noun).text)
            args.target = [actors.state_id(code)]
            return


def _place_reached(node: Token, reader: ArgumentReader, actors: Actors, taken: set[str], depth: int) -> str | None:
    """The first place named by a chain of place phrases below ``node`` ("in X", "at camps in X", "outside of
    the town of X"); "of" is followed only after a word of territory ("the city of X") or "outside"."""
    if depth > 3:
        return None
    for prep in node.children:
        if prep.dep_ == "agent":  # "killed by a bomb outside of the town of X"
            found = next((p for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                          for p in [_place_reached(g, reader, actors, taken, depth + 1)] if p), None)
            if found:
                return found
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if not (word in WHERE_PREPS or word == "of" and (
                node.lemma_.lower() in TERRITORY_NOUNS or node.lower_ in ("outside", "inside"))
                or word == "on" and depth > 0 and not topic_phrase(prep)  # "an attack on a depot in X"
                or word == "through"):  # "a bomb ripped through a market in X" (a place named below the noun only)
            continue
        if word in ("outside", "inside") and not any(c.dep_ == "pobj" for c in prep.children):
            found = _place_reached(prep, reader, actors, taken, depth + 1)  # "outside of the city of X"
            if found:
                return found
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or word == "through" and pobj.pos_ != "NOUN":
                continue  # "passed through Turkey" names a way, not where it happened
            if pobj.pos_ == "PROPN" or pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                places = [e for e in reader.actor(pobj) if actors.type_of(e) in ("GPE", "LOC") and e not in taken]
                if places:
                    return places[0]
            elif pobj.pos_ == "NOUN":  # a common noun names no place itself ("the attack" is not where)
                # ... unless a place's name modifies it as a word of territory: "in Borno state", "Kunar province"
                named = [e for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and (pobj.lemma_.lower() in TERRITORY_NOUNS or pobj.lower_ in REGION_HEADS)
                         for e in reader.actor(c) if actors.type_of(e) in ("GPE", "LOC") and e not in taken]
                if named:
                    return named[0]
                found = _place_reached(pobj, reader, actors, taken, depth + 1)
                if (found is None or actors.country_of(found) is None) and pobj.lemma_.lower() in TERRITORY_NOUNS:
                    # "the Somali town of X" with X of no known state, or not named: the state the noun names is
                    # where, at least
                    code = token_modifier_country(pobj)
                    state = actors.state_id(code) if code else None
                    found = state if state and state not in taken else found
                if found:
                    return found
    return None
