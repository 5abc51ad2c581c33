"""Repair the roles of speech, quotation and judgement events: role passes that find who said, asked, ordered,
judged or demanded, and of whom (the speaker of judged words, the maker of a judged decision, the one a quote
judges, the addressee of a carried message or of sent wishes, the issuer of a document).

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Token

from dateline.annotate.actor_recovery import STANCE_TYPES, owner_of_the_object, possessive_gender
from dateline.annotate.actors import Actors
from dateline.annotate.answered_charges import accusing_clauses, taken_up_charge
from dateline.annotate.arguments import (DEFINITE_DETERMINERS, EVENT_NOUNS, RELATIVE_PRONOUNS, REPORT_LEMMAS,
                                         ArgumentReader, Arguments, listener_clauses)
from dateline.annotate.clauses import (ISSUING_LEMMAS, REPORTING, SPEECH_ACTS, SPLIT_TYPES, STATE_ORGANS, _doers_of,
                                       _first_country, _lookback_start, _order_of, _ordered_act, _signed_paper,
                                       _states_left)
from dateline.annotate.construction_cues import JUDGED_PREPS, JUDGED_SUBJECT_VERBS, JUDGING_TYPES, _charged_clause
from dateline.annotate.constructions import NAMING_LEMMAS, _wanted_doer
from dateline.annotate.demands import believed_clauses
from dateline.annotate.evaluation import judged_actor, judged_of, judges_subject, shown_judged_subject
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import sentence_of
from dateline.annotate.organs import is_home_organ, organ_state, story_state
from dateline.annotate.posts import FEMININE, MASCULINE, gender_of
from dateline.annotate.quotations import (addressee, judged_government, judged_in_quote, measure_maker, opened_clauses,
                                          praised_in_quote)
from dateline.annotate.senses import to_be_done
from dateline.annotate.summing import SUMMED_DEPS, summed_sides
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)


WITHDRAWAL_LEMMAS = word_class("withdrawal_lemmas")
"""Verbs of taking people out of a place: "agreed to withdraw from X" concerns X."""
COMPLIANCE_LEMMAS = word_class("compliance_lemmas")
"""Verbs of doing what was asked ("refused to comply"): with no object, the refusal answers the latest act aimed at
the refuser."""


ORDERED_PERSON_PREPS = frozenset({"of", "for"})
"""Prepositions of an ordered act's noun that name the one it falls on: "the arrest of A", "detention for A"."""


def _role_answered_charge(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A denial of "the charge" told before answers whoever made it: "Colombia accused Venezuela of sheltering rebels.
    Venezuela denied the charge." is Venezuela's REJECT of Colombia (``answered_charges``). The nearest accusing
    clause whose accused is the denier names the one answered."""
    if trig.type != "REJECT" or trig.nominal or args.target or not args.source:
        return
    if taken_up_charge(trig.token) is None:
        return
    deniers = set(args.source) | {actors.state_id(c) for a in args.source if (c := actors.country_of(a))}
    for accuser, accused in accusing_clauses(trig.token):
        charged = reader.actor(accused)
        if not deniers & (set(charged) | {actors.state_id(c) for a in charged if (c := actors.country_of(a))}):
            continue
        answered = [a for a in reader.actor(accuser) if a not in args.source]
        if answered:
            LOGGER.debug("answered charge: %s to %s in %r", args.source, answered, sentence_of(trig.token).text)
            args.target = answered
        return


def _role_summed_answer(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A reduced relative after a summing noun, read as the root ("insisted that Niger reopen the border, a demand
    Niamey rejected"): its second subject answers (source), and whoever made the summed demand or charge is answered
    (target) (``summing.summed_sides``; issue 13)."""
    if trig.nominal or (sides := summed_sides(trig.token)) is None:
        return
    subject, askers = sides
    answering = reader.actor(subject)
    if not answering:
        return
    asked = [a for w in askers for a in reader.actor(w) if a not in answering]
    LOGGER.debug("summed answer: %s to %s for %r in %r", answering, asked, trig.token.text,
                 sentence_of(trig.token).text)
    args.source = list(answering)
    args.target = asked + [t for t in args.target if t not in answering and t not in asked]
    args.participants = [p for p in args.participants if p not in answering and p not in asked]


def _role_asked_to_act(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A demand told by what is to be done is aimed at whoever is to do it: "at the talks in Oslo, Latvia insisted
    that Lithuania reopen the crossing" asks Lithuania, not the host of the talks (issue 13)."""
    if trig.type != "REQUEST" or trig.nominal:
        return
    if trig.entry_id == "construction.wanted" and (doer := _wanted_doer(trig.token)) is not None:
        asked = [a for a in reader.actor(doer) if a not in args.source]
        if asked:  # "wants Ankara to cancel": Ankara is asked, not a second wanter
            args.target = asked
            args.participants = [p for p in args.participants if p not in asked]
        return
    # "told the farmers who filled the square that the council should pay": the clause the parser hung on the
    # listeners' relative clause is the demand's (``listener_clauses``)
    # (and the clause told through the speaker's own view: "we believe both sides should talk", ``believed_clauses``)
    clauses = [*trig.token.children, *listener_clauses(trig.token), *believed_clauses(trig.token)]
    # "called for Quito to return the boats", "pushed for the minister to resign": the subject of the "for ... to"
    # clause is asked, as the subject of a "that ... should" clause is
    comps = [c for c in clauses if c.dep_ == "ccomp" and to_be_done(c)]
    comps += [c for c in trig.token.children if c.dep_ in ("advcl", "ccomp") and _for_to_clause(c)]
    for comp in comps:
        subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        asked = [a for a in reader.actor(subject) if a not in args.source] if subject is not None else []
        if asked:
            args.target = asked
            args.participants = [p for p in args.participants if p not in asked]
            return


def _for_to_clause(verb: Token) -> bool:
    """Whether a clause is told by "for", its subject and an infinitive ("for Quito to return the boats"; the "to" may
    be dropped, as in hasty copy: "for the EU back the plan")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and verb.tag_ in ("VB", "VBP")


def _role_ordered_act(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An arrest, a detention or a sentence that someone ordered is done by the one who ordered it, to the people the
    order names: "a Kenyan judge ordered A detained" (source Kenya's judge, target A, not A doing it), "a court in
    Kampala ordered A and B to be held in custody" (issue 12: found nowhere for want of actors). A court
    named by its place acts for that place's state."""
    if not _ordered_act(trig):
        return
    order = _order_of(trig.token)
    if order is None:
        return
    acted_on = [c for c in trig.token.children if c.dep_ == "dobj"] if not trig.nominal else []
    # "ordered the police to expel [the envoy]": the act's own object is the one it falls on, the order's the one who
    # carries it out
    named = acted_on or [c for c in order.children if c.dep_ == "dobj" and c.i != trig.token.i]
    node = trig.token
    while node.i != order.i:  # "ordered [A] to be held", "the arrest [of A]", "detention [for A]"
        named += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        named += [g for c in node.children if c.dep_ == "prep" and c.lower_ in ORDERED_PERSON_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        node = node.head
    # "two journalists, A and B": the group and the people its apposition names
    named += [n for t in named for a in t.children if a.dep_ == "appos" for n in (a, *a.conjuncts)]
    people = [e for t in named for e in reader.actor(t) if actors.type_of(e) in ("PERSON", "GROUP")]
    if not people:
        return
    doers: list[str] = []
    for subj in (c for c in order.children if c.dep_ == "nsubj"):
        doers += [e for e in reader.actor(subj) if e not in people]
        if not doers:  # "a court in Kampala": the state of the place the court sits in
            places = [e for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj" for e in reader.actor(g)]
            code = _first_country(actors, places)
            if code is None and (subj.lemma_.lower() in STATE_ORGANS or subj.lower_ in STATE_ORGANS):
                code = _first_country(actors, people)  # "a judge ordered the man held": the state of the one held
            if code is None and is_home_organ(subj):
                # the one held has no known state: the court's own, by its place, the story's dateline or the story
                code = organ_state(subj, order, actors, reader.ui)
            doers += [actors.state_id(code)] if code else []
    LOGGER.debug("ordered act: %s by %s on %s in %r", trig.type, doers, people, sentence_of(trig.token).text)
    args.source = list(dict.fromkeys(doers))
    args.target = list(dict.fromkeys(people))
    args.participants = [p for p in args.participants if p not in args.source and p not in args.target]


def _role_judged_subject(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A judgement of the clause's subject: the subject is judged, the sayer judges."""
    if trig.type in ("ACCUSE", "SUPPORT") and _judged_subject(trig.token):
        # "'the Russian position is unacceptable,' Starmer said": what is judged is the target, the sayer judges
        args.target = [a for a in args.source if a not in args.target] + args.target
        args.source = [args.attribution] if args.attribution else []


def _role_charged_doer(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A wrong charged in reported speech: the doer after "by" is accused, the sayer accuses."""
    if trig.entry_id != "construction.charged" or (doer := _charged_clause(trig.token)) is None:
        return
    accused = reader.actor(doer)
    if accused:
        sayers = [a for c in trig.token.children if c.dep_ == "nsubj" for a in reader.actor(c)]
        args.source = [a for a in (sayers or ([args.attribution] if args.attribution else [])) if a not in accused]
        args.target = accused


def _role_shown_judged(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A judgement the speaker puts forward as shown ("said the audit shows the ministry had failed the pensioners"):
    the actor the inner clause judges is accused, or the possessor of the act it judges ("the ministry's plan"); a
    quoted judgement "said of" an actor's conduct accuses that actor (``evaluation.judged_of``)."""
    if trig.entry_id != "construction.judged":
        return
    if (judged := judged_of(trig.token, opened_clauses(trig.token))) is not None:
        # "'This is an insult,' the envoy said of the premier's conduct": the one it is said of is accused, even
        # when the quote's pronoun was read as a target
        accused = [a for a in reader.actor(judged) if a not in args.source]
        if accused:
            args.target = accused
        return
    for comp in trig.token.children:
        # the outer clause's subject ("they believe", "the audit shows") is no one judged: the inner subject replaces
        # whatever target it gave
        if comp.dep_ == "ccomp" and not judges_subject(comp) and (subject := shown_judged_subject(comp)) is not None:
            # the possessor of a judged act first: "Judge Hale's ruling" accuses the judge, not his court
            owners = [c for c in subject.children if c.dep_ == "poss"]
            accused = [a for a in ([a for o in owners for a in reader.actor(o)] or reader.actor(subject))
                       if a not in args.source]
            if accused:
                args.target = accused
            return


QUOTED_ONES: dict[str, Callable[[Token], Token | None]] = {
    "construction.judged": judged_in_quote,
    "construction.praised": praised_in_quote,
    "construction.addressed": addressee,
}
"""For each construction of a judgement in a quote, the reader of the one it is aimed at (``quotations``): the actor a
clause spliced into a long quote judges ("'Kessel is a murderer, he is responsible for the deaths,' the minister
said"), the actor a quote praises ("'Minister Vogt is an outstanding leader,' the union president said"), the one it
is said to ("'You are a brave voice,' the president told Oti")."""


def _role_quoted_one(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A judgement in a quote is aimed at the one its construction's reader finds (``QUOTED_ONES``), whatever the
    first clause's subject or the quote's pronouns gave."""
    find = QUOTED_ONES.get(trig.entry_id)
    if find is None or (judged := find(trig.token)) is None:
        return
    found = [a for a in reader.actor(judged) if a not in args.source]
    if found:
        args.target = found


def _role_judged_government(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A quoted judgement of "the government" with no state named is aimed at the state the story tells from
    (``organs.story_state``: its dateline's, else the one it is about), else at the speaker's own ("'The government
    has failed in its duty,' said the head of the Zambian nurses' union": Zambia). The story's state first: an envoy
    who judges "the government" of the state he is posted to speaks of his hosts, not of his own rulers."""
    if trig.entry_id != "construction.judged" or args.target or judged_government(trig.token) is None:
        return
    codes = [c for a in args.source if actors.type_of(a) != "GPE" and (c := actors.country_of(a))]
    code = story_state(trig.token.doc, actors, reader.ui) or (codes[0] if codes else None)
    if code:
        LOGGER.debug("judged government: %s in %r", code, sentence_of(trig.token).text)
        args.target = [actors.state_id(code)]


def _role_measure_maker(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A verb of calling that judges a measure made known in the sentence before is aimed at its maker
    (``quotations.measure_maker``): "Grant unveiled a plan to raise the retirement age. Olsen called it 'a shameful
    betrayal'" accuses Grant."""
    tok = trig.token
    if trig.type not in ("ACCUSE", "SUPPORT") or trig.nominal or tok.lemma_.lower() not in NAMING_LEMMAS:
        return
    # the object takes up the measure, so whatever actor its pronoun was read as gives way to the maker
    maker = measure_maker(tok)
    found = [a for a in reader.actor(maker) if a not in args.source] if maker is not None else []
    if found:
        LOGGER.debug("maker of the measure judged: %s for %r in %r", found, tok.text, sentence_of(tok).text)
        args.target = found


def _role_act_judged_in_quote(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An accusing verb in a reported clause whose subject is an actor's act, not an actor: "'Governor Marsh's secret
    dealings undermined the tender,' the prosecutor said" is the speaker's accusation of the act's doer (the dealings
    accuse nobody): the saying verb's subject accuses, the possessor of the act is accused."""
    tok = trig.token
    if trig.type != "ACCUSE" or trig.nominal or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING:
        return
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or (doer := judged_actor(subject)) is None or doer.i == subject.i:
        return
    sayers = [a for c in tok.head.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    accused = reader.actor(doer)
    if sayers and accused and not set(sayers) & set(accused):
        LOGGER.debug("an act judged in a quote: %s accuse %s in %r", sayers, accused, sentence_of(tok).text)
        args.source, args.target = sayers, accused


def _role_speaker_takes_part(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An official who says what their state does takes part in it."""
    if (args.attribution and actors.type_of(args.attribution) == "PERSON" and args.source
            and all(actors.type_of(a) == "GPE" for a in args.source) and args.attribution not in args.actors()):
        # "she said Pyongyang would stand with ...": the official speaks for the state and takes part
        args.participants.append(args.attribution)


def _role_document_issuer(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A demand, accusation, threat or refusal told by the document that makes it ("issued a statement demanding that
    X ...", "Kenya's note calling for ..."): whoever put the document out (or owns it) is the source."""
    tok = trig.token
    if trig.type in SPEECH_ACTS and not args.source and _signed_paper(tok):
        # "A and B put their names to an appeal to X": the signers make the appeal (the subject of the first
        # verb when the signing is the second: "signed the protocol and then an appeal")
        verb = tok.head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        args.source += [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c) if a not in args.target]
        return
    if trig.type not in SPEECH_ACTS or args.source or tok.dep_ != "acl" or tok.head.pos_ != "NOUN":
        return
    paper = tok.head
    issuers = [a for c in paper.children if c.dep_ == "poss" for a in reader.actor(c)]
    if not issuers and paper.dep_ == "dobj" and paper.head.lemma_.lower() in ISSUING_LEMMAS:
        issuers = [a for c in paper.head.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    args.source += [a for a in issuers if a not in args.target and a not in args.source]


def _role_complement_target(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An act threatened, refused or promised names whom it is aimed at."""
    if not args.target and not trig.nominal and trig.type not in SPLIT_TYPES:
        # "threatened to halt gas deliveries to Moldova", "refused to receive the envoy": the act threatened,
        # refused or promised names who it is aimed at
        for child in trig.token.children:
            if child.pos_ == "VERB" and (child.dep_ == "xcomp" or _infinitive_complement(child)):
                inner = reader.read(child, False)
                args.target += [t for t in inner.target if t not in args.source and t not in args.target]
                if not args.target and child.lemma_.lower() in WITHDRAWAL_LEMMAS:
                    args.target += _states_left(child, args, actors, reader.ui)  # "agreed to withdraw from Niger"
                if not args.target and trig.type == "REJECT" and child.lemma_.lower() in COMPLIANCE_LEMMAS and not any(
                        g.dep_ in ("dobj", "prep") for g in child.children):
                    # "Stockholm refused to comply": with what was asked of it
                    args.target += reader.act_aimed_at(args.source)
                break


def _infinitive_complement(verb: Token) -> bool:
    """Whether a "to" infinitive parsed as an adverbial clause is the verb's complement: "threatened on Wednesday to
    sever ties with X" (the parser often reads an infinitive after an adjunct as a purpose clause; "in order to" and
    "so as to" are purposes)."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "mark" or c.lower_ in ("order", "as") for c in verb.children)


def _role_carried_message_addressee(trig: Trigger, args: Arguments, actors: Actors,
                                    reader: ArgumentReader) -> None:
    """A demand or a charge carried by a message goes to whom the message went: "wrote to A proposing talks",
    "gave him a letter demanding the envoy's return", "sent a letter to A urging it to ..." (the participle names no
    addressee of its own; the verb of writing, handing or sending does)."""
    tok = trig.token
    if trig.type not in SPEECH_ACTS or trig.nominal or args.target or tok.tag_ != "VBG":
        return
    carrier = tok.head
    if tok.dep_ == "acl" and carrier.dep_ == "dobj":
        carrier = carrier.head  # "passed her [a letter calling for ...]": the letter's verb carries it
    elif tok.dep_ != "advcl":
        return
    if carrier.pos_ != "VERB":
        return
    for child in carrier.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            heads = [child]
        elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
            heads = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for head in heads:
            args.target += [a for a in reader.actor(head) if a not in args.source and a not in args.target]
    if args.target:
        LOGGER.debug("carried message: %r goes to %s in %r", tok.text, args.target, sentence_of(tok).text)


def _role_addressee_of_sent_wishes(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Wishes, congratulations or praise told by a noun go to whom they are sent: "sent warm wishes to A",
    "sent congratulations to A" (the "to" phrase on the noun, or on the verb whose object the noun is)."""
    tok = trig.token
    if trig.type != "SUPPORT" or not trig.nominal or args.target:
        return
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dative", "prep") and child.lower_ == "to":
                for head in (g for g in child.children if g.dep_ == "pobj"):
                    args.target += [a for a in reader.actor(head) if a not in args.source and a not in args.target]


PLACE_TYPES = frozenset({"GPE", "LOC"})
"""Entity types of states and places, which are not handed over."""
HANDOVER_NOUNS = word_class("handover_nouns")
"""Nouns of a person handed over by one state to another ("extradition"): asked "from" a state, that state is asked."""


def _role_asked_of(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """What is asked "from" someone is asked of them: "demanded compensation from the Kenyan government", "sought
    guarantees from Moscow" (elsewhere "from" names a source or a place). A person whose handover is sought from a
    state ("is seeking A's extradition from Norway", "the extradition of A from Norway") takes part in the request, and
    the state is asked (GUIDE.md: in an extradition the person is a participant)."""
    if trig.type != "REQUEST" or trig.nominal:
        return
    # (the parser may hang the "from" phrase on the verb: "sought the extradition of A from Norway"; and what is
    # called for is the object of "for": "called for the extradition of A from Norway")
    asked = [c for c in trig.token.children if c.dep_ == "dobj"] + [
        g for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children if g.dep_ == "pobj"]
    handed = [c for c in asked if c.lemma_.lower() in HANDOVER_NOUNS and any(
        g.dep_ == "prep" and g.lower_ == "from" for g in (*c.subtree, *trig.token.children))]
    people = [a for h in handed for c in h.children
              for n in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"]
                        if c.dep_ == "prep" and c.lower_ == "of" else [])
              for a in reader.actor(n) if actors.type_of(a) not in PLACE_TYPES]  # a name the tagger took for a body
    if people:
        args.target = [t for t in args.target if t not in people]
        args.participants += [p for p in people if p not in args.participants]
    if args.target:
        return
    phrases = [c for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "from"]
    phrases += [g for c in asked for g in (c.subtree if c in handed else c.children)
                if g.dep_ == "prep" and g.lower_ == "from"]
    for prep in phrases:
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            args.target += [a for a in reader.actor(pobj) if a not in args.actors()]


def _role_judged_act_doer(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A stance on someone's act is aimed at whoever did it: "denounced Serbia's crackdown", "complained to the UN
    over two Israeli air raids", "rejected Kabul's offer", "rallied in defiance of Chinese authorities"."""
    if trig.type not in JUDGING_TYPES or trig.nominal:
        return
    # "complained to Egypt over Chilean raids": the one complained to hears the stance, the raider is its target
    heard = {a for p in trig.token.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
             for g in p.children if g.dep_ == "pobj" for a in reader.actor(g)}
    if any(actors.country_of(t) for t in args.target if t not in heard):
        return
    for noun in _judged_nouns(trig.token):
        doers = [d for d in _doers_of(noun, actors, reader, args.source) if d not in args.actors() or d in heard]
        if doers:
            args.target = [t for t in args.target if t not in heard or t in doers] + [d for d in doers
                                                                                     if d not in args.target]
            return


SPOKEN_WORDS = word_class("spoken_words")
"""Nouns for what someone said ("remarks", "comments"): a stance on them is aimed at the speaker."""
SAYING_LEMMAS = REPORTING | word_class("report_lemmas") | word_class("uttering_lemmas")
"""Verbs whose subject said something that "the remarks" may take up."""
SPEAKER_LOOKBACK = 2
"""How many sentences before a stance ``_told_speaker`` looks back for the speaker of "the remarks"."""


def _role_speaker_of_judged_words(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A stance on someone's words is aimed at whoever said them: "Vidal said the vote was rigged, remarks that Lima
    called unfortunate", "Vidal claimed the vote was rigged, comments which Lima condemned", "Vidal said on Monday
    that ... . Lima condemned the remarks" (issue 13: a reaction with no target)."""
    if trig.type not in JUDGING_TYPES or trig.nominal or args.target:
        return
    tok = trig.token
    words = [n for n in _judged_nouns(tok) if _spoken_word(n)]
    if not words and tok.dep_ in ("ccomp", "relcl", "acl") and _spoken_word(tok.head):
        words = [tok.head]  # "..., remarks that Lima called unfortunate", "remarks" read as the verb's head
    own = {c for c in (actors.country_of(a) for a in args.source) if c}
    for noun in words:
        owners = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")]
        if any(c.pos_ != "PRON" for c in owners):
            continue  # "Vidal's remarks", "remarks by Vidal": read by the owner passes
        speaker = _summed_up_speaker(noun, reader)
        if not speaker and (owners or any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)):
            # "the remarks", "his comments": the latest speaker told before, when of another side than the judge's
            speaker = [a for a in _told_speaker(tok, reader) if actors.country_of(a) not in own]
        found = [a for a in speaker if a not in args.actors()]
        if found:
            LOGGER.debug("speaker of judged words: %s for %r in %r", found, tok.text, sentence_of(tok).text)
            args.target += found
            return


TAKEN_UP_DECISIONS = word_class("taken_up_decisions")
"""Nouns for a decision a reaction takes up without its maker ("regrets the decision", "condemned the move")."""


def _role_maker_of_judged_decision(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A stance on "the decision" or "the move", with no maker named, is aimed at the maker of the latest decision told
    before with its maker ("Oslo announced its decision to close the consulate on Monday. ... Riga regretted the
    decision"): the reactions that follow a story's central act rarely name its maker again."""
    if trig.type not in JUDGING_TYPES or trig.nominal or args.target:
        return
    tok = trig.token
    nouns = [n for n in _judged_nouns(tok) if n.lower_ in TAKEN_UP_DECISIONS and not any(
        c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "by") for c in n.children)]
    if not nouns:
        return
    own = {c for c in (actors.country_of(a) for a in args.source) if c}
    found = [a for a in _told_decider(nouns[0], reader) if a not in args.actors() and actors.country_of(a) not in own]
    if found:
        LOGGER.debug("maker of judged decision: %s for %r in %r", found, tok.text, sentence_of(tok).text)
        args.target += found


def _role_owner_of_judged_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "Rice met Abbas in Ramallah. She praised his efforts to curb violence": a stance on a thing whose possessive
    "his" or "her" belongs to another person is aimed at that person (``actor_recovery.owner_of_the_object``: the
    last other person named before it, the pronoun's gender not contradicting theirs).

    One rarely condemns or rejects one's own act, so an accusation or a refusal takes the owner even when the doer is
    of the pronoun's gender ("Brandt met Nowak. Brandt criticized his decision"); praise often is of one's own ("he
    praised his team", "defended his record"), so support takes it only from a doer the pronoun cannot be: a state or
    body, or a person of the other gender."""
    if trig.type not in STANCE_TYPES or trig.nominal or args.target or not args.source:
        return
    wanted = possessive_gender(trig.token)
    if wanted is None:
        return
    if trig.type == "SUPPORT" and not any(c.dep_ == "nsubj" and c.lower_ in (FEMININE if wanted == "m" else MASCULINE)
                                          for c in trig.token.children):
        # ("She praised his efforts": the subject's own pronoun says the owner is another)
        genders = gender_of(reader.ui, trig.token.doc, actors)
        if any(actors.type_of(a) == "PERSON" and genders.get(a) in (wanted, None) for a in args.source):
            return
    owner = owner_of_the_object(trig.token, args, actors, reader)
    if owner is not None:
        LOGGER.debug("owner of judged object: %s for %r in %r", owner, trig.token.text, sentence_of(trig.token).text)
        args.target.append(owner)


def _decision_maker(noun: Token, reader: ArgumentReader) -> list[str]:
    """The maker a decision noun names: its possessor ("Quito's decision"; "its decision": the subject of the clause
    it stands in), its compound ("the Chilean move", "the US decision") or its "by" phrase."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None) if verb else None
            if subj is not None and (makers := reader.actor(subj)):
                return makers
        elif child.dep_ in ("poss", "compound", "amod"):
            if makers := reader.actor(child):
                return makers
        elif child.dep_ == "prep" and child.lower_ == "by":
            for g in child.children:
                if g.dep_ == "pobj" and (makers := reader.actor(g)):
                    return makers
    return []


def _told_decider(noun: Token, reader: ArgumentReader) -> list[str]:
    """The maker of the latest decision told before ``noun`` in its text with its maker (``_decision_maker``)."""
    for word in reversed(noun.doc[: noun.i]):
        if word.lower_ in TAKEN_UP_DECISIONS and (makers := _decision_maker(word, reader)):
            return makers
    return []


def _spoken_word(noun: Token) -> bool:
    """Whether a token is a noun for what someone said ("the remarks"), also where the parser read it as a verb."""
    return noun.lower_ in SPOKEN_WORDS or (noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in SPOKEN_WORDS)


def _summed_up_speaker(noun: Token, reader: ArgumentReader) -> list[str]:
    """ "Vidal claimed the vote was rigged, comments which ...": words set after a comma that hang on a saying clause
    sum it up; its subject said them."""
    if noun.i == 0 or noun.doc[noun.i - 1].text != ",":
        return []
    clauses = [c for c in noun.children if c.dep_ in SUMMED_DEPS and c.i < noun.i]  # "remarks" read as the root
    if noun.dep_ in SUMMED_DEPS and noun.head.i < noun.i:
        clauses.append(noun.head)
    for verb in sorted(clauses, key=lambda v: -v.i):
        if verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            return reader.actor(subj) if subj is not None else []
    return []


def _told_speaker(tok: Token, reader: ArgumentReader) -> list[str]:
    """The subject of the latest saying verb before ``tok`` in its sentence or the ``SPEAKER_LOOKBACK`` sentences
    before it: who said what "the remarks" take up."""
    start = _lookback_start(tok, SPEAKER_LOOKBACK)
    ancestors = {a.i for a in tok.ancestors}
    for verb in reversed(tok.doc[start: tok.i]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAYING_LEMMAS or verb.i in ancestors:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON" and (found := reader.actor(subj)):
            return found
    return []


AIMED_PREPS = frozenset({"at", "on", "against", "upon"})
"""Prepositions of a verb that name whom it is aimed at: "lashed out at X", "rounded on Y"."""


def _role_said_of_the_object(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A judgement told by a saying participle is aimed at whom the verb it explains acts on: "rounded on the Bordurian
    president, saying his plan was a fraud", "hit back at Vidal, saying ..." (issue 13: an accusation with no target).
    """
    tok = trig.token
    if trig.type not in JUDGING_TYPES or trig.nominal or args.target or tok.dep_ not in ("advcl", "xcomp", "conj"):
        return
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in SAYING_LEMMAS:
        return
    verb = tok.head
    if verb.i > tok.i or verb.pos_ != "VERB":
        return
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in AIMED_PREPS
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        found = [a for a in reader.actor(noun) if a not in args.actors()]
        if found:
            LOGGER.debug("said of the object: %s for %r in %r", found, tok.text, sentence_of(tok).text)
            args.target += found
            return


def _role_summed_demand_addressee(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A demand noun set after a comma sums up the clause before it: "Serbian envoys insisted that Kosovo disband its
    police units, a demand Pristina rejected": the subject of that clause's "that" complement is asked (issue 13: a
    demand with no addressee)."""
    noun = trig.token
    if trig.type != "REQUEST" or args.target or "REQUEST" not in EVENT_NOUNS.get(noun.lemma_.lower(), ""):
        return  # a noun of asking, also where the parser read "demands" as a verb
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return
    clauses = [c for c in noun.children if c.dep_ in SUMMED_DEPS and c.i < noun.i]
    if noun.dep_ in SUMMED_DEPS and noun.head.i < noun.i:
        clauses.append(noun.head)
    for verb in (v for v in clauses if v.pos_ == "VERB"):
        for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i):
            subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = [a for a in reader.actor(subj) if a not in args.actors()] if subj is not None else []
            if found:
                LOGGER.debug("summed demand addressee: %s for %r in %r", found, noun.text, sentence_of(noun).text)
                args.target += found
                return


def _judged_nouns(verb: Token) -> list[Token]:
    """The nouns a stance is about: its object, and what it is "over", "against", "for" or "about" (a stance adjunct,
    "in defiance of X", is read by ``ArgumentReader._stance``)."""
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ not in RELATIVE_PRONOUNS:
            nouns += [child, *child.conjuncts]
        elif child.dep_ == "prep" and child.lower_ in JUDGED_PREPS:
            nouns += [n for g in child.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)]
    if not nouns and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                                                   for c in verb.children):
        nouns.append(verb.head)  # "a step La Paz called unacceptable": the antecedent is what the stance is about
    if not nouns:
        # "called Peru's decision unacceptable": the parser reads the object as the subject of the complement
        nouns += [s for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") for s in c.children
                  if s.dep_ == "nsubj" and s.pos_ == "NOUN" and any(p.dep_ == "poss" for p in s.children)]
    if not nouns:
        # "denounced as a crime Kenya's crackdown": the object, moved after the "as" phrase, is read inside it
        nouns += [n for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                  if g.dep_ == "pobj" for n in (g, *(a for a in g.children if a.dep_ == "appos"))
                  if any(p.dep_ == "poss" for p in n.children)]
    return nouns


VOICING_LEMMAS = REPORT_LEMMAS | {"call", "describe", "warn"}
"""Verbs of a "with X saying ..." phrase that give an act its voice: X took part in the act."""


def _role_voiced_with(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A state or party acting "with" an official "saying" something acts through that official, who takes part:
    "the party pressed investigators to move quickly, with spokesperson A saying ...", "Kenya condemned the raid,
    with Foreign Minister B calling it a crime" (issue 13, the official who voiced a state's act)."""
    if trig.nominal or any(actors.type_of(a) == "PERSON" for a in args.source):
        return
    tok = trig.token
    heads = [tok, *(c for c in tok.children if c.dep_ in ("advcl", "xcomp"))]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
        for verb in (g for g in prep.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
                     and g.lemma_.lower() in VOICING_LEMMAS):
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                people = [a for a in reader.actor(subj) if actors.type_of(a) == "PERSON" and a not in args.actors()]
                if people:
                    LOGGER.debug("voiced with: %s in %r", people, sentence_of(tok).text)
                    args.participants += people


def _judged_subject(tok: Token) -> bool:
    """Whether a trigger is an adjective said of its clause's subject ("X is unacceptable"), or a verb whose subject
    is the one judged ("X deserves the prize"): the subject is judged, not the judge. A stance adjective with its own
    complement ("X was critical of Y", "supportive of Y") is not."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in JUDGED_SUBJECT_VERBS:
        return any(c.dep_ == "nsubj" for c in tok.children)
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children) and not any(
        c.dep_ in ("prep", "xcomp", "ccomp") for c in tok.children)
