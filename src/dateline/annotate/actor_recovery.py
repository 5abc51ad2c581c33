"""Recover the actors of an event that would be dropped for lack of them: passes that find an addressee, a call's
partner, the sides of a mediated or reciprocal act, an arrival's host, a gerund's or a complement's subject, the
announcer of a measure, the people of the story, the owner of the object.

``events.RECOVERY_PASSES`` gives their order; ``events._recover_actors`` runs them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import PLACE_PREPS, TWO_SIDES_NOUNS, ArgumentReader, Arguments
from dateline.annotate.clauses import CALL_MEDIUM_PREPS, SYMMETRIC_TYPES, _departure, _lookback_start, _protesters
from dateline.annotate.construction_cues import _a_call
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.annotate.onsets import announcing_speaker, dated_onset
from dateline.annotate.posts import FEMININE, MASCULINE, gender_of
from dateline.lexicons import word_class


DELIVERY_LEMMAS = word_class("delivery_lemmas")
"""Verbs of handing a thing over: the one it is handed "to" is the addressee of a note, letter or message."""


def _recover_addressee(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A written act handed over ("delivered the letter to X", "handed a note to X") is addressed to the one it is
    handed to, who hangs on the verb of handing, not on the act noun."""
    tok = trig.token
    if not trig.nominal or args.target or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in DELIVERY_LEMMAS:
        return
    for prep in tok.head.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    args.target += [a for a in reader.actor(pobj) if a not in args.actors()]


ARRIVAL_LEMMAS = frozenset({"fly", "arrive", "come", "land"})
"""Verbs of arriving: "flew in", "arrived on Sunday" with no place named arrive where the story is."""

HOST_LOOKBACK = 3
"""How many sentences before an arrival naming no place are searched for the place the story is in."""


def _recover_arrival_host(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A person who "flew in on Wednesday" or "arrived on Sunday", naming no place, arrives where the story is: the
    state of the latest place the sentences before name ("talks in Lisbon ... The Dutch premier flew in on
    Monday": a visit to Portugal), if it is not the visitor's own."""
    tok = trig.token
    if trig.type != "CONSULT" or trig.nominal or tok.lemma_.lower() not in ARRIVAL_LEMMAS or args.target:
        return
    if tok.dep_ == "relcl":
        return  # "Holm, who flew in on Sunday, met ...": an aside to the clause that tells the visit
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ not in ("on", "at") and any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children) or _departure(tok):
        return  # "flew in supplies", "came to power", "arrived from Kabul": not an arrival naming no place
    if tok.lemma_.lower() in ("fly", "come") and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "in"
                                                         for c in tok.children):
        return  # "flew on Sunday", "came on Monday": no arrival said
    visitors = [a for a in args.source if actors.type_of(a) == "PERSON"]
    if not visitors:
        return
    sent = sentence_of(tok)
    doc = tok.doc
    starts = [s.start for s in doc.sents if s.start < sent.start][-HOST_LOOKBACK:]
    if not starts:
        return
    for t in reversed(doc[starts[0]:sent.start]):
        if t.ent_iob_ != "B" or t.ent_type_ != "GPE" or not (
                t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.head.lower_ != "from"):
            continue  # where something happened ("opened in Lisbon"), not a state spoken of ("China's loans") or left
        ent = actors.entity_at(reader.ui, t)
        code = actors.country_of(ent) if ent else None
        if code:
            if code not in {actors.country_of(v) for v in visitors}:
                args.target.append(actors.state_id(code))
            return


def _recover_gerund_subject(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Ruritanian leaders meeting in Arborg on Monday imposed sanctions on X and threatened ...": the parser may
    read the participle as a gerund subject ("meeting" the subject of "imposed", "leaders" the subject of
    "meeting"); the ones meeting are who acted, in the verb and in the verbs joined to it."""
    if args.source or trig.nominal:
        return
    verb = trig.token
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    for gerund in verb.children:
        if gerund.dep_ != "nsubj" or gerund.tag_ != "VBG":
            continue
        for subject in gerund.children:
            if subject.dep_ == "nsubj" and subject.i < gerund.i:
                args.source += [a for a in reader.actor(subject) if a not in args.actors()]


COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "dobj"})
"""Relations of a verb's complement that the parser may hang a second verb on ("calling the talks useful and
agreeing ...": "agreeing" joined to "useful")."""


def _recover_subject_through_complement(trig: Trigger, args: Arguments, actors: Actors,
                                        reader: ArgumentReader) -> None:
    """ "with each party terming the discussions constructive and pledging to resume them": the parser joins the
    second verb to the first verb's complement ("constructive"), not to the verb, so it inherits no subject; the
    first verb's subject is the second's."""
    if args.source or trig.nominal:
        return
    tok = trig.token
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ in ("VERB", "AUX") \
            or tok.head.dep_ not in COMPLEMENT_DEPS:
        return
    verb = tok.head.head
    for subject in verb.children:
        if subject.dep_ == "nsubj":
            args.source += [a for a in reader.actor(subject) if a not in args.actors()]


SIDE_DETERMINERS = frozenset({"each", "both", "either", "two"})
"""Words that make a sides noun the story's two sides ("from each side", "on both sides")."""


def _recover_sides_in_clause(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "The swap began on Friday with 200 people from each side": an act naming no actor whose clause counts
    "each side" or "both countries" is between the story's two sides, who are its actors."""
    if args.actors():
        return
    clause = trig.token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for t in clause.subtree:
        if t.pos_ == "NOUN" and (t.lower_ in TWO_SIDES_NOUNS or f"{t.lower_}s" in TWO_SIDES_NOUNS) and any(
                c.lower_ in SIDE_DETERMINERS for c in t.children):
            sides = reader.actor(t)
            if len(sides) == 2:
                args.source += sides
                return


def _recover_mediated_sides(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Launched a mediation effort between Chad and Sudan": a third party's mediation told as the modifier of a
    noun ("effort", "mission", "bid"), with its sides after "between" on that noun or on the verb that takes it,
    mediates between those sides (GUIDE.md: mediation is CONSULT third-party, both sides ``target``)."""
    tok = trig.token
    if trig.type != "CONSULT" or args.target or tok.dep_ != "compound":
        return
    holders = [tok.head] + ([tok.head.head] if tok.head.dep_ in ("dobj", "nsubjpass") else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    for side in (pobj, *pobj.conjuncts):
                        args.target += [a for a in reader.actor(side) if a not in args.actors()]
                return


def _recover_sides_of_dated_start(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "A Qatari envoy said the truce will come into force at dawn on Monday", "a ten-day truce that began on 3 May":
    a truce, talks or a deal whose dated start (``onsets.dated_onset``) names no actor is between the story's two
    sides."""
    if args.actors() or not trig.nominal or not (trig.type in SYMMETRIC_TYPES or trig.mode == "ceasefire") or (
            dated_onset(trig.token) is None):
        return
    sides = reader.story_sides(trig.token)
    if len(sides) == 2:
        args.target += sides


def _recover_announcer_of_measure(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Canberra's trade minister said fresh tariffs will be imposed on Thursday": a measure whose dated enactment
    a speaker reports, naming no actor of its own, is the speaker's (``onsets.announcing_speaker``)."""
    if args.actors() or not trig.nominal or dated_onset(trig.token) is None:
        return
    speaker = announcing_speaker(trig.token)
    if speaker is not None:
        args.source += reader.actor(speaker)


def _recover_call_partner(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Thanked Juma in a phone call", "apologised to her during a video call": a call in which another act was
    done is between that act's doer (the verb's subject) and whom it was addressed to (the verb's object or its
    "to" / "with" phrase)."""
    tok = trig.token
    if trig.type != "CONSULT" or tok.dep_ != "pobj" or tok.head.lower_ not in CALL_MEDIUM_PREPS or not _a_call(tok):
        return
    verb = tok.head.head
    if not args.source:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            args.source += [a for a in reader.actor(subject) if a not in args.actors()]
    if not args.target:
        partners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        partners += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                     for g in c.children if g.dep_ == "pobj"]
        for partner in partners:
            args.target += [a for a in reader.actor(partner) if a not in args.actors()]


STANCE_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})
"""Types of a stance taken on what another put forward: "supported his bid", "rejected her plan"."""
OWNER_LOOKBACK = 3
"""How many sentences before a stance the owner of "his bid" is searched in."""


def _recover_owner_of_the_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Vidal met Soto in Lima. A day later she supported his bid to host the games": a stance on a thing its object's
    possessive pronoun gives an owner, who is not the doer, is taken toward that owner: the last person named before
    it (within ``OWNER_LOOKBACK`` sentences) who is not the doer and whose gender the pronoun's does not contradict
    (``posts.gender_of``)."""
    if trig.type not in STANCE_TYPES or trig.nominal or args.target or not args.source:
        return
    owner = owner_of_the_object(trig.token, args, actors, reader)
    if owner is not None:
        args.target.append(owner)


def owner_of_the_object(tok: Token, args: Arguments, actors: Actors, reader: ArgumentReader) -> str | None:
    """The person a possessive "his" or "her" on a verb's object names when it is not the doer: the last person named
    before the pronoun (within ``OWNER_LOOKBACK`` sentences) who is not among ``args.source``, if the pronoun's gender
    does not contradict theirs (``posts.gender_of``); None for "her own bid" (the doer's) or when the last other
    person named is of the other gender."""
    owners = _possessive_pronouns(tok)
    if not owners:
        return None  # "supported her own bid": the doer's
    wanted = "m" if owners[0].lower_ in MASCULINE else "f"
    genders = gender_of(reader.ui, tok.doc, actors)
    start = _lookback_start(tok, OWNER_LOOKBACK)
    for i in range(owners[0].i - 1, start - 1, -1):
        person = actors.entity_at(reader.ui, tok.doc[i])
        if person is None or actors.type_of(person) != "PERSON" or person in args.source:
            continue
        return person if genders.get(person, wanted) == wanted else None
    return None


def _possessive_pronouns(tok: Token) -> list[Token]:
    """The possessive "his" or "her" on a verb's objects, unless the object is the possessor's "own"."""
    return [p for c in tok.children if c.dep_ == "dobj" for p in c.children
            if p.dep_ == "poss" and p.lower_ in MASCULINE | FEMININE and not any(g.lower_ == "own" for g in c.children)]


def possessive_gender(tok: Token) -> str | None:
    """The gender of the possessive "his" or "her" on a verb's object ("m" / "f"), None when there is none (or the
    object is the possessor's "own")."""
    owners = _possessive_pronouns(tok)
    return None if not owners else "m" if owners[0].lower_ in MASCULINE else "f"


PUBLIC_HEADS = word_class("public_heads")
"""Heads of an unnamed public that acts as one: "a crowd", "thousands of supporters", "relatives of the victims"."""
PUBLIC_TYPES = frozenset({"PROTEST", "SUPPORT", "ACCUSE", "REJECT"})
"""Types of what an unnamed public does as one: it rallies, welcomes, condemns, rejects."""
STATE_NAMING = frozenset({"GPE", "NORP"})
"""Entity labels of words that name a state: a public so qualified ("Ruritanian students") has its own state."""


def _public_doer(tok: Token) -> Token | None:
    """The doer of an act when it is an unnamed public of no stated state: a subject headed by ``PUBLIC_HEADS``
    ("a crowd of", "thousands of", "families of", "supporters of"), with no state named in it."""
    subject = _protesters(tok)
    if subject is None or subject.lower_ not in PUBLIC_HEADS:
        return None
    if any(t.ent_type_ in STATE_NAMING for t in _public_words(subject)):
        return None
    return subject


def _recover_people_of_the_story(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Relatives of the victims welcomed the verdict", "thousands of supporters rallied outside the court": an
    unnamed public of no stated state that rallies, welcomes or condemns is the people of the state the story is
    about: a GROUP of that state (OUTPUT.md: an unnamed collective, with the state it belongs to;
    ``Actors.story_country``), as the ``protest_people_of_place`` role pass gives a crowd in a named town its state."""
    if trig.type not in PUBLIC_TYPES or args.source or (public := _public_doer(trig.token)) is None:
        return
    code = actors.story_country()
    if code:
        args.source.append(actors.public_of(_public_name(public), code))


def _public_words(head: Token) -> list[Token]:
    """The words that name a public: its head with its modifiers and its "of" phrase ("relatives of the victims"),
    without an article or a clause on it ("a crowd demanding ..."), in text order."""
    words = [t for c in head.lefts if c.dep_ != "det" for t in c.subtree] + [head]
    words += [t for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return sorted(words, key=lambda t: t.i)


def _public_name(head: Token) -> str:
    """The name of a public's GROUP: its words (``_public_words``)."""
    return " ".join(t.text for t in _public_words(head))
