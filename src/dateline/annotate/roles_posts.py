"""Repair the roles of post, career and envoy events: role passes that find who appointed, replaced, ousted,
honoured or recalled whom (the successor and the replaced, the holder of a post not its taker, the one a biography is
about, the host state of an envoy, the state of expelled people, the giver of a post that leaves it).

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import DIPLOMATS, ArgumentReader, Arguments, is_passive
from dateline.annotate.clauses import HANDOVER_LEMMAS, SPLIT_TYPES, _objects, _states_left, _states_named
from dateline.annotate.construction_cues import HEADED_BODIES, OFFICE_NOUNS, _ousted_person
from dateline.annotate.conveyed import carries_anothers_act
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of, title_heads
from dateline.annotate.posts import predecessor_object, replacement_object
from dateline.annotate.recipients import honour_tokens, recipient_tokens

LOGGER = logging.getLogger(__name__)


def _role_held_legitimate(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """The one held to be the legitimate president is the one supported, not the state whose president they are:
    the people the verb's object names (the parser may hang them anywhere in it)."""
    if trig.entry_id != "construction.held_legitimate":
        return
    verb = trig.token
    named = [t for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") for t in c.subtree]
    people = [e for t in named if (e := actors.entity_at(reader.ui, t)) is not None and actors.type_of(e) == "PERSON"]
    people = [e for e in dict.fromkeys(people) if e not in args.source]
    if people:
        args.target = people


def _role_acceptor_of_resignation(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A resignation someone accepts is the resigner's, and the one accepting it is the source (GUIDE.md in
    data/events): "the president accepted Ana Wambui's resignation" has the president for source, never for target.
    With no resigner named ("accepted the resignation of his minister") the acceptor alone tells no one's departure,
    and the event keeps no actor."""
    tok = trig.token
    verb = tok.head
    if trig.type != "DISMISS" or not trig.nominal or carries_anothers_act(verb) is None:
        return
    acceptors = [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    if not acceptors:
        return
    resigners = [a for a in args.target if a not in acceptors]
    if not resigners:
        resigners = [a for c in tok.children if c.dep_ == "poss" for a in reader.actor(c)]
        resigners += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" for a in reader.actor(g)]
        resigners = [a for a in resigners if a not in acceptors and actors.type_of(a) == "PERSON"]
    args.source = acceptors if resigners else []
    args.target = resigners
    args.participants = [a for a in args.participants if a not in acceptors] if not resigners else args.participants


def _role_succession(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """"X replaced Y": X is appointed, Y leaves; neither is the other's appointer; "X handed the post to Y": Y is;
    "A replaced Y with X": X is appointed by A, only Y leaves."""
    if trig.entry_id == "construction.handover":
        args.source, args.target = [], [a for a in args.target if actors.type_of(a) == "PERSON"]
    elif trig.entry_id == "construction.successor":
        args.source, args.target = [], [a for a in args.source if actors.type_of(a) == "PERSON"]
    elif trig.entry_id == "construction.replacement" and (put := replacement_object(trig.token)) is not None:
        args.target = [a for a in reader.actor(put) if actors.type_of(a) == "PERSON"]
    elif trig.type == "DISMISS" and (put := replacement_object(trig.token)) is not None:
        # "replaced the minister with Ana Vidal": she takes the post, only the minister leaves it
        args.target = [a for a in args.target if a not in reader.actor(put)]
    elif trig.entry_id == "construction.predecessor":
        args.source = []
        if (before := predecessor_object(trig.token)) is not None:
            # "took over from Y": Y leaves, whoever else the "from" phrase held
            args.target = [a for a in reader.actor(before) if actors.type_of(a) == "PERSON"]


def _role_recall_from_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An envoy recalled, or troops withdrawn, "from" a capital or state: that state is acted upon."""
    if not args.target and (trig.type == "RETREAT" or (trig.type == "SANCTION" and trig.mode == "withdraw")):
        # "recalled its ambassador from Dodoma": the state the envoy is called home from is the one sanctioned;
        # "withdrew its troops from Mali", "pulled out of Mali": the state left is the one the retreat concerns
        args.target += _states_left(trig.token, args, actors, reader.ui)
    if not args.target and trig.type == "SANCTION" and trig.mode == "withdraw":
        # "recalled its ambassador to Lusaka", "its envoy in Lusaka": the state the envoy serves in, which the
        # parser may hang on the verb ("recalled its ambassador to Moscow" of Russia's own is the way home)
        args.target += _envoy_posted_in(trig.token, args, actors, reader.ui)


def _envoy_posted_in(verb: Token, args: Arguments, actors: Actors, ui: int) -> list[str]:
    """The state (or its capital) in or to which a verb's diplomat object is posted, other than the source's own."""
    envoys = [o for o in _objects(verb) if o.lemma_.lower() in DIPLOMATS]
    if not envoys:
        return []
    preps = [c for node in [verb, *envoys] for c in node.children if c.dep_ == "prep" and c.lower_ in ("to", "in")]
    return _states_named(preps, args, actors, ui)


def _role_host_acts_on_envoy(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An envoy summoned or expelled with no one named as doing it: the state the envoy serves in did it ("Chile's
    ambassador in Lima was summoned", "Russian diplomats in Oslo were expelled", "Russia's ambassador to Norway")."""
    if args.source or trig.nominal or trig.type not in ("ACCUSE", "SANCTION"):
        return
    for subj in (c for c in trig.token.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in DIPLOMATS):
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "to")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                ent = actors.entity_at(reader.ui, pobj)
                code = actors.country_of(ent) if ent and actors.type_of(ent) in ("GPE", "LOC") else None
                if code and code not in {actors.country_of(t) for t in args.target}:
                    args.source.append(actors.state_id(code))
                    return


def _role_expelled_peoples_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Those expelled who are told as a state's own ("declared Chile's naval advisers persona non grata", "expelled
    Peru's consul") make that state the target; the expeller is another state."""
    if trig.type != "SANCTION" or trig.mode != "expel" or args.target:
        return
    tok = trig.token
    expelled = _objects(tok)
    if tok.dep_ in ("oprd", "xcomp", "ccomp", "attr", "appos"):
        expelled += _objects(tok.head)  # "declared the envoy persona non grata"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        expelled.append(tok.head.head)  # "declared X's advisers in Lima persona non grata" read as "in Lima persona"
    own = {actors.country_of(a) for a in args.source}
    for noun in expelled:
        # "Chile's defence and naval advisers": the possessor hangs on the first conjunct
        for poss in (c for n in (noun, *noun.conjuncts) for c in n.children if c.dep_ == "poss"):
            ent = actors.entity_at(reader.ui, poss)
            code = actors.country_of(ent) if ent and actors.type_of(ent) == "GPE" else None
            if code and code not in own:
                args.target.append(actors.state_id(code))
                return


def _role_handover_giver_leaves(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A handover's giver is the one dismissed; the receiver takes part."""
    if trig.type == "DISMISS" and trig.token.lemma_.lower() in HANDOVER_LEMMAS:
        # "handed the presidency to Tokayev": the one who hands it over leaves, the one who receives it takes part
        givers = [a for a in args.source if actors.type_of(a) == "PERSON"]
        if givers:
            receivers = [t for t in args.target if actors.type_of(t) == "PERSON"]
            args.participants += [r for r in receivers if r not in args.participants]
            args.source = [a for a in args.source if a not in givers]
            args.target = givers + [t for t in args.target if t not in receivers]


def _role_honour_recipient(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An honour conferred "on" someone goes to them, and the honour's own name is no side: "A conferred the Order of
    the Eagle on B" (B the target, A the source, "the Eagle" nothing), "A invested B with the Grand Cross", "the
    Africa Peace Prize went to B"."""
    if trig.type != "AWARD":
        return
    if trig.nominal:
        # "the Africa Peace Prize went to A": the prize named is the honour, no side
        own = actors.entity_at(reader.ui, trig.token)
        if own is not None and actors.type_of(own) != "PERSON":
            args.source = [a for a in args.source if a != own]
            args.target = [a for a in args.target if a != own]
        return
    honour = {e for t in honour_tokens(trig.token) if (e := actors.entity_at(reader.ui, t))}
    found = [e for tok in recipient_tokens(trig.token) for e in reader.actor(tok) if e not in args.source]
    if found:
        LOGGER.debug("honour recipient: %s of %r in %r", found, trig.token.text, sentence_of(trig.token).text)
    args.target = [e for e in dict.fromkeys([*found, *args.target]) if e not in honour or e in found]


def _role_ousted_person(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "The ousted president, A": A was removed, and no doer is told."""
    if trig.entry_id != "construction.ousted" or (person := _ousted_person(trig.token)) is None:
        return
    args.source, args.participants = [], []
    args.target = [a for a in reader.actor(person) if actors.type_of(a) == "PERSON"]


def _role_post_holder_not_taker(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Took up the vice-chancellor's job", "assumed the governor's post": the possessor names whose post it is (or
    was), not who takes it; the taker is the verb's subject (issue 12)."""
    if trig.type != "APPOINT" or trig.nominal:
        return
    for obj in (c for c in trig.token.children if c.dep_ == "dobj" and c.lemma_.lower() in HEADED_BODIES):
        # "took over the Azorean embassy": the body whose post is taken is no one taking it
        body = set(reader.actor(obj))
        if body and set(args.actors()) - body:
            args.target = [a for a in args.target if a not in body]
    for obj in (c for c in trig.token.children if c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS):
        for poss in (c for c in obj.children if c.dep_ == "poss"):
            holders = set(reader.actor(poss))
            if holders and set(args.actors()) - holders:
                args.source = [a for a in args.source if a not in holders]
                args.target = [a for a in args.target if a not in holders]
                args.participants = [a for a in args.participants if a not in holders]


def _role_biography_person_target(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A biographical event befalls its person, who is its target."""
    if _unnamed_official_removed(trig, args, actors):
        return
    if trig.type in SPLIT_TYPES and trig.nominal and not args.target and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in trig.token.children):
        # "X accepted the resignation of Y's government", "the dismissal of Y": the "of" phrase's person leaves,
        # the one who accepts or dismisses stays the source
        people = [a for a in args.participants if actors.type_of(a) == "PERSON" and a not in args.source]
        if people:
            args.participants = [a for a in args.participants if a not in people]
            args.target = people
    if trig.type in SPLIT_TYPES and not any(actors.type_of(t) == "PERSON" for t in args.target) and (
            trig.entry_id != "construction.off_duty"):  # "Ramos reassigned the police chief": the one taken off duty is
        # the object, however it is named, and the subject who removed them stays the source
        # "Raisi died", "Machado won the prize", "Hipkins took office": the person the event befalls is its
        # target (OUTPUT.md section 7); a named appointer or giver stays the source
        people = [a for a in args.source if actors.type_of(a) == "PERSON"]
        if people and _given_to_another(trig):
            return  # "X awarded the order to Y", "X appointed Y to the court": X gives, whoever Y is read as
        if people and trig.type == "DIE":
            people = list(args.source)  # "two brothers, A and B, died", A read as a place: a death has no doer
        if not people and not args.target and not any(c.dep_ == "dobj" for c in trig.token.children):
            people = list(args.source)  # "Hasina resigned" with the name read as an organisation: still the target
        if people:
            args.source = [a for a in args.source if a not in people]
            args.target = people + args.target


REMOVED_BODIES = frozenset({"government", "cabinet"})
"""Bodies a leader removes whole ("dismissed the government"), as one removes an official."""
OWN_LEAVING_LEMMAS = frozenset({"leave", "quit", "resign", "lose", "take", "assume", "enter"})
"""Verbs whose subject leaves or takes the post or body they name ("left the government", "took office")."""


def _unnamed_official_removed(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """ "Kibaki sacked his finance minister", "Putin dismissed the government", "the president appointed a new
    defence minister": an active verb whose object is an official or a body told by post alone is done by its
    subject to its state's official. The subject stays the source and the target is the subject's state (the one
    whose official is removed or named); the person the event befalls is not the subject."""
    tok = trig.token
    if trig.type not in ("DISMISS", "APPOINT") or trig.nominal or is_passive(tok) or not args.source or (
            args.target) or tok.lemma_.lower() in OWN_LEAVING_LEMMAS:
        return False
    unnamed = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ != "PERSON" and (
        c.lower_ in title_heads() or c.lemma_.lower() in REMOVED_BODIES) and not any(
        g.ent_type_ == "PERSON" for g in c.subtree)]
    if not unnamed:
        return False
    code = next((c for c in (actors.country_of(a) for a in args.source) if c), None)
    if code is not None and actors.state_id(code) not in args.source:
        args.target = [actors.state_id(code)]
    return True


def _given_to_another(trig: Trigger) -> bool:
    """Whether an active verb gives its object "to" someone ("awarded the medal to Y", "named Y to the bench"): its
    subject is the giver, not the one the event befalls (unlike "returned to power", which has no object)."""
    tok = trig.token
    if trig.nominal or is_passive(tok) or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)
