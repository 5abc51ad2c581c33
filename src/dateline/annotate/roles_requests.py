"""Repair the roles of demands and refusals: role passes that find whom a demand is addressed to when a phrase beside
the first addressee names another, or whom a refusal answers.

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import MESSAGE_WORDS, PROPOSAL_NOUNS, ArgumentReader, Arguments
from dateline.annotate.demands import caller_of_misread_call
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

ALONG_WORDS = frozenset({"along", "together"})
"""Words that open an added addressee with "with" ("urged Kenya, along with Ethiopia, to talk")."""


def _added_with(tok: Token) -> list[Token]:
    """The nouns an "along with" / "together with" phrase on ``tok`` adds."""
    return [p for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in ALONG_WORDS
            for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
            for p in w.children if p.dep_ == "pobj"]


def _role_addressee_along_with(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A demand whose addressee is followed by "along with" or "together with" a second one is addressed to both:
    "urged Kenya, along with Ethiopia, to reopen the border", "renewed calls for both rivals, along with
    Uganda, to hold talks" (the parser hangs the phrase on the verb or the noun of the call). A phrase before the
    trigger goes with the one who asks ("Norway, along with Denmark, urged ...") and is left to the source."""
    if trig.type != "REQUEST" or not args.target:
        return
    tok = trig.token
    for noun in _added_with(tok):
        if noun.i < tok.i:
            continue
        added = [a for a in reader.actor(noun) if a not in args.target and a not in args.source]
        if added:
            args.target += added
            args.participants = [p for p in args.participants if p not in added]
            LOGGER.debug("addressee along with: %s in %r", added, sentence_of(tok).text)


STANCE_LEMMAS = word_class("stance_lemmas")
"""Verbs whose passive with "to" tells a stance its subject holds ("is opposed to"), no act done to the subject."""


def _role_stance_holder(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Borduria is opposed to Ruritanian mediation": the form is passive, but its subject holds the stance and
    refuses (GUIDE.md: REJECT by the one opposed), the subject is the source, not the one acted on."""
    tok = trig.token
    if trig.type != "REJECT" or trig.nominal or tok.lemma_.lower() not in STANCE_LEMMAS:
        return
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return
    if any(c.dep_ == "auxpass" for c in tok.children):
        holders = [a for c in tok.children if c.dep_ == "nsubjpass" for a in reader.actor(c)]
    elif tok.dep_ == "acomp":  # the parser may make the participle the copula's complement: "Norway is [opposed] to"
        holders = [a for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for a in reader.actor(c)]
    else:
        return
    if holders:
        args.source = holders + [a for a in args.source if a not in holders]
        args.target = [a for a in args.target if a not in holders]
        LOGGER.debug("stance holder: %s in %r", holders, sentence_of(tok).text)


HANDING_LEMMAS = word_class("handing_lemmas")
"""Verbs by which a state hands a person or a thing over to another ("hand over", "extradite", "surrender")."""


def _role_refused_recipient(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A refusal to hand someone over "to" a state answers that state: "refused to hand over the former minister to
    Peru" rejects Peru (who asked for him), and the person handed over only takes part (GUIDE.md: in an extradition
    the person is a participant)."""
    if trig.type != "REJECT" or trig.nominal:
        return
    # (a time between the verbs may make the parser read the infinitive as a clause of its own: "declined on Monday
    # to extradite")
    for comp in (c for c in trig.token.children if c.lemma_.lower() in HANDING_LEMMAS and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))):
        receivers = [a for p in comp.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                     for g in p.children if g.dep_ == "pobj" for a in reader.actor(g)
                     if a not in args.source and actors.country_of(a)]
        if not receivers:
            continue
        handed = [a for o in comp.children if o.dep_ == "dobj" for a in reader.actor(o)
                  if actors.type_of(a) == "PERSON" and a not in receivers]
        args.target = receivers + [t for t in args.target if t not in receivers and t not in handed]
        args.participants += [p for p in handed if p not in args.participants]
        LOGGER.debug("refused recipient: %s in %r", receivers, sentence_of(trig.token).text)
        return


def _role_author_of_refused(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A refused proposal's "by" phrase names who made it, whom the refusal answers, also where the parser hangs the
    phrase on the verb: "rejected the proposal by Tonga to share the fishing grounds" (an active verb's "by" after
    its object is the object's agent, not the refuser)."""
    tok = trig.token
    if trig.type != "REJECT" or trig.nominal or any(c.dep_ == "auxpass" for c in tok.children):
        return
    proposals = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS]
    if not proposals:
        return
    authors = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > proposals[0].i
               for g in p.children if g.dep_ == "pobj" for a in reader.actor(g) if a not in args.source]
    if authors:
        args.target = authors + [t for t in args.target if t not in authors]
        LOGGER.debug("author of refused: %s in %r", authors, sentence_of(tok).text)


MESSAGE_PREPS = frozenset({"in", "through", "via"})
"""Prepositions that bring the message a demand or a refusal was made in ("in a letter to X")."""


def _role_addressee_of_message(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A demand or a refusal made in a message to someone is addressed to them: "in a letter to the Dutch prime
    minister, Suriname's president asked for the return of the artefacts" asks the Netherlands; "rejected the plan in a
    message to the mediator" answers the mediator. Only when nothing else names whom it is addressed to."""
    tok = trig.token
    if trig.type not in ("REQUEST", "REJECT") or trig.nominal or args.target:
        return
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in MESSAGE_PREPS):
        for message in (g for g in prep.children if g.dep_ == "pobj" and (
                g.lemma_.lower() in MESSAGE_WORDS or g.lower_ in MESSAGE_WORDS)):
            heard = [a for p in message.children if p.dep_ == "prep" and p.lower_ == "to"
                     for g in p.children if g.dep_ == "pobj" for a in reader.actor(g) if a not in args.source]
            if heard:
                args.target += heard
                args.participants = [p for p in args.participants if p not in heard]
                LOGGER.debug("addressee of message: %s in %r", heard, sentence_of(tok).text)
                return


THING_PRONOUNS = frozenset({"that", "it", "this"})
"""Pronouns by which a refusal takes up a proposal or a speculation told before ("ruled that out", "rejected it")."""
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
ANSWERED_ASKING_LEMMAS = word_class("answered_asking_lemmas")
"""Verbs by which one side asks or offers something of another, whose maker a refusal of "it" answers."""


def _antecedent_act(verb: Token) -> Token | None:
    """The act a refusal's pronoun takes up: the last verb told before it in its sentence outside its own clause
    ("speculation Israel might [release] A, but the minister ruled that out"), else the last verb of the sentence
    before ("There has been speculation that Norway might [free] A. But the minister ruled that out")."""
    sentence = verb.sent
    own = {t.i for t in verb.subtree}
    before = [t for t in sentence if t.i < verb.i and t.i not in own and _clause_verb(t)]
    if not before and sentence.start > 0:
        before = [t for t in verb.doc[sentence.start - 1].sent if _clause_verb(t)]
    return before[-1] if before else None


def _clause_verb(tok: Token) -> bool:
    """Whether a word is the verb of a clause that acts on someone (not a participle qualifying a noun: "the
    [jailed] activist")."""
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "nmod") and any(
        c.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp") for c in tok.children)


def _role_refused_antecedent(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A refusal told by a pronoun ("but the foreign minister ruled that out", "Warsaw rejected it") answers the act
    told before: a demand or an offer is answered to whoever made it ("Vilnius asked Warsaw for shells. Warsaw
    rejected it": Vilnius); any other act, whom it was to befall ("speculation Israel might release A": A), not the
    refuser's own state, which the act would have been done by."""
    tok = trig.token
    # ("it" may be read as the refuser's own state, the one thing "it" names nearby: no one else is named)
    if trig.type != "REJECT" or trig.nominal or not args.source or any(t not in args.source for t in args.target):
        return
    if not any(c.dep_ == "dobj" and c.lower_ in THING_PRONOUNS for c in tok.children):
        return
    act = _antecedent_act(tok)
    if act is None:
        return
    own = {actors.country_of(a) for a in args.source} - {None}
    if act.lemma_.lower() in ANSWERED_ASKING_LEMMAS:
        answered = [a for c in act.children if c.dep_ == "nsubj" for a in reader.actor(c)
                    if a not in args.source and actors.country_of(a) not in own]
    else:
        near = {act.i, *(c.i for c in act.children)}
        answered = [a for o in act.subtree if o.dep_ in OBJECT_DEPS and o.head.i in near
                    for a in reader.actor(o) if a not in args.source
                    and not (actors.type_of(a) == "GPE" and actors.country_of(a) in own)]
    if answered:
        args.target = list(dict.fromkeys(answered))
        LOGGER.debug("refused antecedent: %s by %r in %r", answered, act.text, sentence_of(tok).text)


def _role_called_on_to_act(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A call told by its noun is addressed to the subject of its "for ... to" clause: "issued a call on Tuesday for
    Uganda to reopen the border" asks Uganda (the parser hangs the clause on the noun, with "for" as its mark)."""
    if trig.type != "REQUEST" or not trig.nominal:
        return
    if not args.source:
        # "the envoy renewed calls for Kenya to ...", the subject hung on a participle the parser made of the verb
        args.source = [a for s in caller_of_misread_call(trig.token) for a in reader.actor(s)]
        args.target = [t for t in args.target if t not in args.source]
    for clause in (c for c in trig.token.children if c.dep_ in ("advcl", "acl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):
        asked = [a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in reader.actor(s)
                 if a not in args.source]
        if asked:
            args.target = asked + [t for t in args.target if t not in asked]
            args.participants = [p for p in args.participants if p not in asked]
            LOGGER.debug("called on to act: %s in %r", asked, sentence_of(trig.token).text)
            return


def _role_owner_of_fronted_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A refusal whose judging phrase comes before its object ("dismissed as groundless a Japanese defence ministry
    report that ...", "rejected as baseless the charges by the Kenyan police"): the parser reads the object as the
    "as" phrase's, and the state or body its modifiers name made what is refused (the target), as "rejected the
    Japanese report" would read."""
    tok = trig.token
    if trig.type != "REJECT" or trig.nominal or any(t not in args.source for t in args.target):
        return
    if any(c.dep_ == "dobj" for c in tok.children):
        return
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
                a.dep_ in ("amod", "det") for a in g.children)):
            owners = [a for a in reader.modifiers(noun) or reader.actor(noun) if a not in args.source]
            owners += [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                       for g in p.children if g.dep_ == "pobj" for a in reader.actor(g) if a not in owners]
            if owners:
                args.target = [a for a in owners if a not in args.source]
                LOGGER.debug("owner of fronted object: %s in %r", owners, sentence_of(tok).text)
                return
