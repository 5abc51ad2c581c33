"""Repair the roles of aid and relief events: role passes that find who gave aid (troops that brought it, the group
it was raised for, the one who announced an amount) and who received it (the object, a state named beside it, the
stricken state of an aid told alone).

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

from dateline.annotate.actors import Actors
from dateline.annotate.aid_amounts import pledged_help, raised_aid_noun, recipient_words, stricken_states
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.clauses import PURPOSE_LEMMAS, _objects
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.annotate.relief import destinations, gives_relief


def _role_aid_source_from_troops(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An AID with no source: the group its sent troops belong to ("North Korean troops")."""
    if trig.type == "AID" and not args.source:
        for obj in _objects(trig.token):
            for tok in obj.subtree:
                ent = actors.entity_at(reader.ui, tok)
                if ent and actors.type_of(ent) == "GROUP" and ent not in args.target:
                    args.source.append(ent)
                    break


def _role_aid_source_from_target_group(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An AID with no source whose target is a group: the group is the one sending."""
    if trig.type == "AID" and not args.source:
        groups = [t for t in args.target if actors.type_of(t) == "GROUP"]
        if groups:
            args.source.append(groups[0])
            args.target.remove(groups[0])


def _role_aid_purpose_target(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Troops or aid sent "to help defend X": X is the one aided."""
    if trig.type == "AID":
        for child in trig.token.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_ in PURPOSE_LEMMAS:
                for gc in child.children:
                    if gc.dep_ == "dobj" or (gc.dep_ == "prep" and gc.lower_ in ("alongside", "with")):
                        objs = [gc] if gc.dep_ == "dobj" else [g for g in gc.children if g.dep_ == "pobj"]
                        for obj in objs:
                            args.target += [a for a in reader.actor(obj) if a not in args.target]


def _role_aid_recipient_in_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Aid whose recipient the parser hangs on the thing given: "delivered a shipment of shells to X", "extended a
    loan of $2 billion to X" (the "to" phrase under the object or its "of" phrase names the one aided)."""
    if trig.type != "AID" or args.target or trig.nominal:
        return
    nouns = [c for c in trig.token.children if c.dep_ == "dobj"]
    for _ in range(3):
        for noun in nouns:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
                got = [a for g in prep.children if g.dep_ == "pobj" for a in reader.actor(g)
                       if a not in args.source and actors.type_of(a) != "LOC"]
                if got:
                    args.target = got
                    return
        nouns = [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]


def _role_aid_recipient_beside(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Aid or a pledge raised names whom it is for in its noun's phrases: "increased its aid [for Sudan]", "added $5
    million to its contribution for flood victims [in Pakistan]" (``aid_amounts.recipient_words``), and relief sent
    in ships or planes where they go: "sent two ships carrying food [to Elbonia]" (``relief.destinations``); a place
    is its state, and the giver's own state is no recipient."""
    if args.target:
        return
    if trig.entry_id == "construction.aid_amount" and (noun := raised_aid_noun(trig.token)) is not None:
        words = recipient_words(noun)
    elif trig.entry_id == "construction.relief":
        words = destinations(trig.token)
    else:
        return
    own = {actors.country_of(a) for a in args.source} - {None}
    for word in words:
        for actor in reader.actor(word):
            code = actors.country_of(actor)
            got = actors.state_id(code) if code and actors.type_of(actor) in ("GPE", "LOC") else actor
            if code and code not in own and got not in args.target:
                args.target.append(got)


def _role_aid_amount_giver(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Aid or a pledge raised with no one raising it is its owner's: "Australia's aid was increased to $27 million",
    "the Danish pledge was doubled" (the raised noun's possessor or state modifier gives it)."""
    if args.source or trig.entry_id != "construction.aid_amount" or (noun := raised_aid_noun(trig.token)) is None:
        return
    for owner in (c for c in noun.children if c.dep_ in ("poss", "amod", "compound")):
        # (a passive's subject is read as the one acted on: the owner of the aid raised is no recipient)
        args.source += [a for a in reader.actor(owner) if a not in args.source]
    args.target = [t for t in args.target if t not in args.source]


AID_TOLD_ALONE = frozenset({"construction.aid_amount", "construction.relief"})
"""Constructions that tell aid or a pledge by what is given, whether or not the one helped is named."""


def _role_aid_to_stricken_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Aid told with no one helped in disaster coverage goes to the state the disaster struck, when the story told
    one alone before it: "A cyclone tore through Fiji on Sunday. New Zealand increased its aid to $12 million"
    (``aid_amounts.stricken_states``); none when several were struck or the giver's own state was, and none for
    givers of no known state ("several Asian nations have sent ships carrying food": no one identifiable gave)."""
    if args.target or not args.source or not (trig.entry_id in AID_TOLD_ALONE or not trig.nominal and (
            trig.type == "AGREE" and pledged_help(trig.token) or trig.type == "AID" and gives_relief(trig.token))):
        return  # (a sum pledged is aid promised: "Qatar promised $10 million", AGREE)
    own = {actors.country_of(a) for a in args.source}
    if None in own:
        return
    struck = stricken_states(trig.token.doc, sentence_of(trig.token).end)
    if len(struck) == 1 and not struck & own:
        args.target.append(actors.state_id(next(iter(struck))))
