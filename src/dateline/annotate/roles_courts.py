"""Repair the roles of court, inquiry and coercion events: role passes that find who tried, charged, investigated,
held or executed whom (a state acting through its courts, an unnamed state body, the holder of an inquiry, the
custodian state of a detainee, the sides of a court case), and who claimed or faced an act.

The passes run in the order ``events.ROLE_PASSES`` gives them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import (DEFINITE_DETERMINERS, ArgumentReader, Arguments, is_passive, participle_nouns,
                                         passive_clause)
from dateline.annotate.clauses import (CHARGING_LEMMAS, CUSTODY_NOUNS, STATE_ORGANS, _clause_verb, _doers_of,
                                       _first_country, _is_state, _objects)
from dateline.annotate.construction_cues import _entry_refused
from dateline.annotate.courts import court_doers, court_target, earlier_defendant, speaking_prosecutor, stated_organs
from dateline.annotate.evaluation import denied_claim
from dateline.annotate.event_records import Trigger
from dateline.annotate.idle_objects import INQUIRY_TYPE, ends_inquiry, reopens_inquiry
from dateline.annotate.levies import aimed_goods, levy_modifiers, levy_nouns
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import sentence_of, verb_doers
from dateline.annotate.organs import (act_place_state, is_home_organ, organ_doers, organ_state, ruling_content,
                                      story_state)
from dateline.annotate.pleas import plea
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)


def _role_entry_refused_by_its_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Entry "into" or "to" a state refused with no one named as refusing it: that state refused it ("A was denied
    entry into Uganda"); a place or a site is where entry was refused, never the one refused it ("at the gate of X
    Air Base"): those refused are people, groups or states."""
    if trig.entry_id != "construction.refused_entry":
        return
    args.target = [t for t in args.target if actors.type_of(t) in ("PERSON", "GROUP", "GPE")]
    if args.source or (entry := _entry_refused(trig.token)) is None:
        return
    places = [e for c in entry.children if c.dep_ == "prep" and c.lower_ in ("into", "to")
              for g in c.children if g.dep_ == "pobj" for e in reader.actor(g)]
    code = _first_country(actors, [p for p in places if actors.type_of(p) in ("GPE", "LOC")])
    if code:
        args.source.append(actors.state_id(code))
        args.target = [t for t in args.target if t not in args.source]


INQUIRY_PREPS = frozenset({"into", "of"})
"""Prepositions that name what an inquiry looks into: "an investigation into abuses by X", "a probe of X's dealings"."""


UNDOING_LEMMAS = word_class("undoing_lemmas")
"""Verbs that undo an act told before ("annulled the pardon"): they act on whom it befell."""


def _role_undone_act_target(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Undoing an act told before acts on whom it befell: "the court annulled the pardon" (who was pardoned), "judges
    overturned his conviction" (issue 13: an act with no target)."""
    tok = trig.token
    if trig.nominal or tok.lemma_.lower() not in UNDOING_LEMMAS:
        return
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        befallen, doers = reader.befell_told_before(obj)
        found = [a for a in befallen if a not in args.source]
        if found:
            # the act's doer, read for the noun that takes it up, is not acted on
            LOGGER.debug("undone act's target: %s for %r in %r", found, tok.text, sentence_of(tok).text)
            args.target = found + [t for t in args.target if t not in found and t not in doers]
            return


def _role_investigated_doer(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An inquiry into someone's acts is aimed at whoever did them: "launched an investigation into crimes committed
    by Ugandan forces", "are investigating abuses by the militia" (issue 13: the acts' doer, not the victims)."""
    if trig.type != "ACCUSE" or trig.mode != "investigate" or any(actors.country_of(t) for t in args.target):
        return
    tok = trig.token
    nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS
             for g in c.children if g.dep_ == "pobj"]
    if not trig.nominal:
        nouns += [c for c in tok.children if c.dep_ == "dobj"]
    for noun in nouns:
        doers = [d for d in _doers_of(noun, actors, reader, args.source) if d not in args.actors()]
        if doers:
            LOGGER.debug("investigated doer: %s for %r in %r", doers, tok.text, sentence_of(tok).text)
            args.target += doers
            return


ENDED_MATTER_PREPS = frozenset({"into", "against", "of", "over"})
"""Prepositions that lead from a legal matter to whom it concerns: "its inquiry [into] a complaint [against] X"."""


INQUIRY_CONSTRUCTIONS = frozenset({"construction.inquiry_ended", "construction.inquiry_reopened"})
"""The constructions told on the verb that ends a legal matter or sets it going again."""


def _role_inquiry_holder(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A legal matter told as a state's, as the passive subject of the verb that sets it going again ("the Chilean
    inquiry was re-opened this year"), is reopened by that state: its source, not the target a passive subject reads
    as (an investigation, ACCUSE, is coded only with its doer). The same reading of a matter ended ("the Danish probe
    was shelved") is left as it was: on the real pages it made the restatement merge join the shelving to a later
    dropping and move their dates."""
    if trig.entry_id != "construction.inquiry_reopened" or args.source:
        return
    matter = ends_inquiry(trig.token) or reopens_inquiry(trig.token)
    if matter is None or matter.dep_ != "nsubjpass":
        return
    holders = [a for c in matter.children if c.dep_ in ("amod", "compound", "poss") for a in reader.actor(c)
               if actors.type_of(a) != "PERSON"]
    if holders:
        LOGGER.debug("inquiry's holder: %s for %r in %r", holders, trig.token.text, sentence_of(trig.token).text)
        args.source = holders[:1]
        args.target = [t for t in args.target if t not in args.source]


def _role_ended_inquiry_target(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Ending a legal matter, or setting it going again, acts on whom it concerned: "prosecutors dropped their
    investigation into a bribery complaint against the Chilean banker X" (X, two prepositions down), "the probe into Y
    was shelved", "reopened the inquiry into Y" (issue 13: an act with no target). The actors down the chain of
    "into" / "against" / "of" / "over" phrases are read; a person among them is the one concerned (the body of his
    title, "against WikiLeaks co-founder X", is not), else the nearest actor."""
    if trig.entry_id not in INQUIRY_CONSTRUCTIONS or any(actors.type_of(t) == "PERSON" for t in args.target):
        return
    matter = ends_inquiry(trig.token) or reopens_inquiry(trig.token)
    nouns = [matter] if matter is not None else []
    found: list[str] = []
    for depth in range(3):  # the matter, what it is into, whom that is against
        below: list[Token] = []
        # the parser often hangs the matter's "into" phrase on the verb ("closed its probe [into] X")
        for noun in ([*nouns, trig.token] if depth == 0 else nouns):
            # "an allegation [made] against X": the participle's phrase is the noun's
            owners = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
            for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ in ENDED_MATTER_PREPS
                         and (o.i != trig.token.i or c.lower_ != "of")):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    found += [a for a in reader.actor(pobj) if a not in args.actors() and a not in found]
                    below.append(pobj)
        nouns = below
    people = [a for a in found if actors.type_of(a) == "PERSON"]
    chosen = people[:1] or found[:1]
    if not chosen and trig.entry_id == "construction.inquiry_reopened" and matter is not None and _definite_matter(
            matter):
        # "the investigation was re-opened": the matter told before, and whom it concerned then
        chosen = [a for a in reader.befallen.get(INQUIRY_KEY, []) if a not in args.actors()
                  and actors.type_of(a) == "PERSON"][:1]
    if chosen:
        LOGGER.debug("ended inquiry's target: %s for %r in %r", chosen, trig.token.text, sentence_of(trig.token).text)
        args.target += chosen


INQUIRY_KEY = "inquiry"
"""The key under which the argument reader keeps whom the latest legal matter told concerned (``find_events``)."""


def _definite_matter(noun: Token) -> bool:
    """Whether a legal matter's noun takes up one told before: "the investigation", "its probe", "the Swedish
    inquiry", not "an investigation"."""
    return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE_DETERMINERS or c.pos_ == "PRON")
               for c in noun.children)


def _tells_inquiry(trig: Trigger) -> bool:
    """Whether an event is a legal matter set going, ended or reopened, whose target a later "the investigation"
    takes up."""
    return trig.entry_id in INQUIRY_CONSTRUCTIONS or (trig.type == INQUIRY_TYPE and trig.mode == "investigate")


FACING_LEMMAS = word_class("facing_lemmas")
"""Verbs whose subject undergoes the legal act they take as object ("faces six charges")."""
FACED_STATE_PREPS = frozenset({"in"})
"""Prepositions of the state whose courts bring a faced act ("faces charges [in] Chile")."""


def _role_claimant(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A claim called untrue is rejected as its owner's: "a spokesman told reporters that Moscow's claims were false"
    rejects Russia (the claim's possessor or modifier), not the reporters told (issue 13: the rejected side)."""
    if trig.entry_id != "construction.claim_denied":
        return
    claim = next((c for comp in trig.token.children if comp.dep_ == "ccomp"
                  for c in [denied_claim(comp)] if c is not None), None)
    if claim is None:
        return
    owners = [a for c in claim.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              for a in reader.actor(c) if a not in args.source]
    told = [a for c in trig.token.children if c.dep_ in ("dobj", "dative") for a in reader.actor(c)]
    if owners:
        LOGGER.debug("claimant: %s for %r in %r", owners, trig.token.text, sentence_of(trig.token).text)
    args.target = owners + [t for t in args.target if t not in owners and t not in told]


CLAIMING_LEMMAS = word_class("claiming_lemmas")
"""Verbs by which a side owns an act through "responsibility for" it ("claimed", "took")."""


def _role_responsibility_claimant(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Whoever claims responsibility for an act did it (as told): "the militants claimed responsibility for shooting
    down the helicopter", "Boko Haram claimed responsibility for the attack on the base" (issue 13: an attack with no
    source, or the place hit as its only side). A source already read from the act's own words stays."""
    tok = trig.token
    node = tok.head if tok.dep_ in ("pobj", "pcomp") else None
    if node is None or node.lower_ != "for" or node.head.lemma_.lower() != "responsibility":
        return
    verb = node.head.head
    if node.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIMING_LEMMAS:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    claimant = [a for a in reader.actor(subject) if a not in args.target] if subject is not None else []
    if claimant and not args.source:
        LOGGER.debug("responsibility claimant: %s for %r in %r", claimant, tok.text, sentence_of(tok).text)
        args.source = claimant


def _role_faced_act(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A legal act that someone "faces" is aimed at them: "the former minister faces six criminal charges in Chile"
    accuses the minister (target), and the state "in" which the charges stand brings them (source); the subject of
    "face" read as the accuser has the act the wrong way round (unseen on written pages, common in court reporting).
    So are the charges one pleads to ("pleaded not guilty to all charges"): with no state named, the story's state
    brings them."""
    tok = trig.token
    verb = _faced_by(trig)
    if verb is None:
        return
    # "admitted the fraud and pleaded guilty to the charges": a conjunct's subject is its head's
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subject = next((c for h in heads for c in h.children if c.dep_ == "nsubj"), None)
    faced = reader.actor(subject) if subject is not None else []
    if not faced:
        return
    courts = [a for node in (tok, verb) for c in node.children if c.dep_ == "prep" and c.lower_ in FACED_STATE_PREPS
              for g in c.children if g.dep_ == "pobj" for a in reader.actor(g)
              if actors.type_of(a) != "PERSON" and actors.country_of(a) and a not in faced]
    if not courts and trig.type == "ACCUSE" and verb.lemma_.lower() not in FACING_LEMMAS:
        # "pleaded not guilty to all charges of fraud": the pleader answers the charges; the state the story tells
        # from (its dateline, its one state) brought them
        code = story_state(tok.doc, actors, reader.ui)
        courts = [actors.state_id(code)] if code and actors.state_id(code) not in faced else []
    LOGGER.debug("faced act: %s undergo %r, brought by %s in %r", faced, tok.text, courts, sentence_of(tok).text)
    args.target = faced + [t for t in args.target if t not in faced and t not in courts]
    args.source = courts[:1] + [s for s in args.source if s not in faced and s not in courts]


def _faced_by(trig: Trigger) -> Token | None:
    """The verb by which its subject faces or answers a legal act a noun names: "faces six charges" (its object),
    "pleaded guilty to charges" (the "to" phrase of a plea in court, ``pleas.plea``); None for any other noun."""
    tok = trig.token
    if trig.type not in ("ACCUSE", "SANCTION") or not trig.nominal:
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in FACING_LEMMAS:
        return tok.head
    if trig.type == "ACCUSE" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        # the parser hangs "to charges" on the verb or on the plea's word ("guilty")
        verb = tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
        if verb.pos_ == "VERB" and plea(verb) is not None:
            return verb
    return None


def _role_reporting_state_body(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A state body reporting an agentless detention or sanction made it; an organisation neither of a state nor named
    as a state's body (a news outlet: "the Harbour Gazette reports that A was sentenced") only tells of it, and
    ``_role_state_through_courts`` gives the state that did."""
    if (trig.type in STATE_ACTS and not args.source and is_passive(trig.token) and args.attribution
            and actors.type_of(args.attribution) in ("ORG", "GPE") and args.attribution not in args.target
            and (actors.country_of(args.attribution) or _named_as_state_body(actors.get(args.attribution).name))):
        # "the security committee said Massimov had been detained": the state body that reports its own act did it
        args.source.append(args.attribution)


STATE_BODY_WORDS = word_class("state_body", "annotate_words") | word_class("public_body_head", "annotate_words")
"""Words that name a state's body ("Interior Ministry of Tajikistan", "the Harris County Sheriff's Office")."""


def _named_as_state_body(name: str) -> bool:
    """Whether an organisation's name says it is a state's body, whose state the text may not tell; a news outlet's
    ("the Denver Ledger", "KXLN News") does not."""
    return any(w.strip("'’.,").removesuffix("'s").removesuffix("’s") in STATE_BODY_WORDS
               for w in name.lower().split())


def _role_unnamed_state_body(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A state body named without its state acts for a state. A home organ (police, a court, prosecutors) acts for the
    state of its own place, of the act's place, of the story's dateline, else of the story (``organs.organ_state``:
    "police in Texas deported them", "BERLIN - Police arrested a man"); what a court or judge rules befalls the one
    its ruling names ("a judge ruled that A should remain in jail": the judge's state holds A). Other bodies
    ("troops") in a state's act act for the state of those they act on, else of the place, else the story's own."""
    tok = trig.token
    verb = _clause_verb(tok) if trig.nominal else tok
    ruling = ruling_content(verb) if verb is not None and trig.type in STATE_ACTS else None
    if ruling is not None and verb is not None:
        _ruled_on(trig, args, actors, reader, verb, ruling)
        return
    if args.source:
        return
    doers = organ_doers(verb) if verb is not None and (not trig.nominal or tok.dep_ == "dobj") else []
    doers += [g for c in tok.children if trig.nominal and (c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by")
              for g in c.children if g.dep_ == "pobj" and is_home_organ(g)]
    # "prosecutors charged A", "a grand jury indicted B": a charge brought in court is an organ's act too, and so is an
    # inquiry told as one ("federal prosecutors are investigating the lender"; a question "looked into" is none)
    organ_act = trig.type in ORGAN_ACTS or (trig.type == "ACCUSE" and tok.lemma_.lower() in (
        CHARGING_LEMMAS | INQUIRY_WORDS))
    named = [a for d in doers for a in reader.actor(d)] if organ_act else []
    if named:
        # "was hauled out by British police and taken into custody": the organ the coordinated verb names does the
        # second act too
        LOGGER.debug("organ of a coordinated verb: %s for %r in %r", named, tok.text, sentence_of(tok).text)
        args.source = list(dict.fromkeys(named))
        args.target = [t for t in args.target if t not in args.source]
        return
    organ = next((d for d in doers if not reader.actor(d)), None) if organ_act else None
    deport = trig.mode == "deport"
    # no state deports its own people: a deportation's doer is never the state of those it sends away
    away = frozenset(c for t in args.target if deport for c in (actors.country_of(t), actors.get(t).guess) if c)
    code = organ_state(organ, verb or tok, actors, reader.ui, deport=deport, not_states=away) if organ else None
    if code is None and (trig.type in STATE_ACTS or trig.type == "THREATEN" and organ is not None) and _unnamed_organ(
            trig):
        # "Police detained him", "troops held the men": the state of those acted on, else of the place, else the
        # story's own; a threat by police ("officers threatened to open fire") is the state's where it is made, not
        # that of those it is aimed at
        places = [args.location] if args.location else []
        code = _first_country(actors, [*([] if deport or trig.type == "THREATEN" else args.target), *places])
        main = actors.main_states(1)
        code = code or (actors.country_of(main[0]) if main else None)
    if code and code not in away:
        args.source.append(actors.state_id(code))
        args.target = [t for t in args.target if t not in args.source]


def _ruled_on(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader, verb: Token,
              ruling: tuple[Token, Token]) -> None:
    """A detention or sentence a court or judge ruled: the subject of the ruled clause is the one it befalls, the
    organ's state (or the organ's own actor: "a Kenyan judge") the one who does it (``organs.ruling_content``)."""
    ruled, organ = ruling
    held = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in reader.actor(c)
            if actors.type_of(a) in ("PERSON", "GROUP")]
    if not held:
        return
    doers = [a for a in reader.actor(organ) if a not in held]
    if not doers:
        code = organ_state(organ, ruled, actors, reader.ui)
        doers = [actors.state_id(code)] if code else []
    LOGGER.debug("ruled on: %s by %s on %s in %r", trig.type, doers, held, sentence_of(verb).text)
    args.source = doers
    args.target = [*held, *(t for t in args.target if t not in held and t not in doers)]
    args.participants = [p for p in args.participants if p not in held and p not in doers]
INQUIRY_WORDS = frozenset({"investigate", "investigation", "probe", "inquiry", "enquiry"})
"""Words of a formal inquiry ("investigating", "a probe"), which a state's organ makes for its state."""


def _role_state_through_courts(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A person arrested, held, charged or sentenced with no one named as doing it was so by a state through its
    police, prosecutors and courts: the state where it happened, else the person's own ("A was arrested in Dodoma",
    "B was sentenced in 2009", "C was charged with fraud"; issue 13, agentless passives)."""
    tok = trig.token
    # "A was given a life sentence": a sentence that a passive support verb keeps as its object befell its subject
    host = tok.head if trig.nominal and tok.dep_ == "dobj" and is_passive(tok.head) else None
    passive = host is not None if trig.nominal else passive_clause(tok)
    if (args.source or not passive or not (trig.type == "COERCE" or (
            trig.type == "SANCTION" and trig.mode == "convict") or (
            trig.type == "ACCUSE" and tok.lemma_.lower() in CHARGING_LEMMAS))
            or any(c.dep_ == "agent" for c in (host or tok).children)):
        return
    people = [t for t in args.target if actors.type_of(t) in ("PERSON", "GROUP")]
    if not people:
        return
    place = args.location if args.location and actors.type_of(args.location) in ("GPE", "LOC") else None
    deport = trig.mode == "deport"
    # the place it happens in, read from the verb's place phrases when no location is taken yet ("is held at a jail in
    # Lisbon": Portugal holds him, whatever his own state); no state deports its own people: those deported tell
    # whose state did it not
    # the state of prosecutors or a court the sentence names ("A will be sentenced Aug. 21, U.S. prosecutors said")
    # comes before the person's own
    organs = [a for o in stated_organs(tok) for a in reader.actor(o)]
    code = (_first_country(actors, [place] if place else []) or act_place_state(host or tok, actors, reader.ui, deport)
            or _first_country(actors, organs) or _first_country(actors, [] if deport else people))
    # "Pat Morrow, a Vermont man, was arrested in April": the state the story tells from (its dateline, its one state)
    code = code or story_state(tok.doc, actors, reader.ui)
    if code and actors.state_id(code) not in args.target and not (trig.mode == "deport" and code in {
            actors.get(p).guess for p in people}):
        LOGGER.debug("state through courts: %s for %r in %r", code, tok.text, sentence_of(tok).text)
        args.source.append(actors.state_id(code))


REPRISAL_MODIFIERS = word_class("reprisal_modifiers")
"""Modifiers that make a levy a reprisal ("retaliatory duties"), aimed at whoever laid one before."""


def _role_levy_of_the_story_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A levy on another state's goods told with no one laying it ("Elbonia-specific duties took effect in May",
    "duties on Elbonian steel were raised") is laid by the latest other state told laying a levy before in the text,
    else by the state the story tells from (``organs.story_state``: its dateline, else the one state it is about), as
    an agentless arrest is (``_role_state_through_courts``); never by the state aimed at. A reprisal levy with no one
    aimed at ("retaliatory duties imposed by Elbonia") answers the latest other levier, else the story's state."""
    nouns = _levies(trig) if trig.type == "SANCTION" else []
    if not nouns:
        return
    if not args.target and not trig.nominal:
        # "duties on Elbonian steel were raised": the goods of the levy's own "on" phrase are the state's it aims at,
        # which lays no levy on its own goods (the clause's name the parse read as the doer)
        aimed = [a for n in nouns for g in aimed_goods(n) for a in reader.actor(g) if _is_state(actors, a)]
        args.source = [a for a in args.source if a not in aimed]
        args.target += list(dict.fromkeys(aimed))
    if bool(args.source) == bool(args.target):
        return
    if args.source and not any(m.lemma_.lower() in REPRISAL_MODIFIERS for m in levy_modifiers(nouns)):
        return
    # those aimed at are states; a reprisal's maker is a state or one who leads it ("imposed by Elbonia's president")
    known = args.source or args.target
    if not all(_is_state(actors, a) or (args.source and actors.type_of(a) == "PERSON") for a in known):
        return
    told = {actors.country_of(a) for a in known}
    if None in told:
        return
    earlier = [c for c in reversed(reader.leviers) if c not in told]
    code = earlier[0] if earlier else story_state(trig.token.doc, actors, reader.ui)
    if code and code not in told:
        LOGGER.debug("levy of the story state: %s for %r in %r", code, trig.token.text, sentence_of(trig.token).text)
        (args.target if args.source else args.source).append(actors.state_id(code))


def _levies(trig: Trigger) -> list[Token]:
    """The levy nouns a SANCTION trigger tells (``levies.levy_nouns``): itself, its objects or passive subject, or the
    nouns its participle reaches."""
    tok = trig.token
    return levy_nouns(tok, trig.nominal, [] if trig.nominal else [*_objects(tok), *participle_nouns(tok)])


CUSTODY_CLAUSE_DEPS = frozenset({"advcl", "pcomp", "conj", "xcomp"})
"""Relations by which a coercion's clause hangs on the clause that tells the custody ("spent years in jail [before
being deported]", "was held in Egyptian jails [and then expelled]")."""


def _custodian_states(verb: Token, actors: Actors) -> list[str]:
    """The states a custody noun in the verb's clause, or in the clause it hangs on, is told of by its modifier: "in
    Syrian prisons", "in Israeli custody" (at most two clauses up)."""
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            break
        # the custody phrase may hang on the verb or on its time ("was held [for two years] [in Egyptian jails]")
        preps = [c for c in node.children if c.dep_ == "prep"]
        preps += [p for c in preps for g in c.children if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep"]
        for prep in (p for p in preps if p.lower_ in ("in", "into", "from")):
            for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_NOUNS):
                if (code := token_modifier_country(noun)) is not None:
                    return [actors.state_id(code)]
        node = node.head if node.dep_ in CUSTODY_CLAUSE_DEPS or (
            node.dep_ == "pobj" and node.head.dep_ == "prep") else None
        if node is not None and node.pos_ == "ADP":
            node = node.head
    return []


def _role_custodian_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A passive coercion or release with no doer told, beside a custody whose state a modifier names ("spent five
    years in Syrian prisons before being deported", "was held for two years in Egyptian jails", "spent a year in
    Chadian custody before being freed"): that state holds, removes or frees the person, so it is the source, never
    a target."""
    if trig.type not in ("COERCE", "RETREAT") or trig.type == "RETREAT" and trig.mode != "release" or (
            trig.nominal or args.source or not is_passive(trig.token)):
        return
    states = _custodian_states(trig.token, actors)
    if states:
        LOGGER.debug("custodian state: %s of %r in %r", states, trig.token.text, sentence_of(trig.token).text)
        args.source = list(dict.fromkeys(states))
        args.target = [a for a in args.target if a not in args.source]


def _role_custody_holder(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A custody told by its noun with no holder ("A has been in custody since July", "remains in detention in
    Minsk") is held by the state of its place (or of the clause's place), else of the story, else of the one held
    (GUIDE.md: a detention is COERCE by the detaining state); a state a modifier names was taken before
    (``_role_custodian_state``)."""
    tok = trig.token
    if trig.type != "COERCE" or args.source or not args.target or not trig.nominal or (
            tok.lemma_.lower() not in CUSTODY_NOUNS):
        return
    code = act_place_state(tok, actors, reader.ui, False) or act_place_state(tok.head.head, actors, reader.ui, False) \
        or story_state(tok.doc, actors, reader.ui) or _first_country(actors, args.target)
    if code and actors.state_id(code) not in args.target:
        LOGGER.debug("custody holder %s of %r in %r", code, tok.text, sentence_of(tok).text)
        args.source = [actors.state_id(code)]


def _role_coercion_of_own_people(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A leader's or state body's coercion with no one named falls on its own people."""
    if trig.type == "COERCE" and not args.target and not is_passive(trig.token):
        # "declared martial law", "Georgian police raided the offices": a leader's or a state body's coercion with no
        # one named falls on its own people (a state or a people acting, "the Chinese seized rifles", may act abroad)
        code = _first_country(actors, [a for a in args.source if _domestic_doer(actors, a)])
        if code and actors.state_id(code) not in args.source:
            args.target.append(actors.state_id(code))


EXECUTIONS = frozenset({"assault.execution", "assault.hanging"})
"""Trigger entries of an execution: a state's act (GUIDE.md)."""


def _role_executing_state(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An execution told in the passive names no doer ("was executed in Texas on Tuesday", "is to be hanged on
    Friday"); only a state executes, the one of the act's place, else of the story's dateline or of the one state it
    is about (GUIDE.md: an execution is ASSAULT with the state as source). The executed must be named."""
    if trig.entry_id not in EXECUTIONS or args.source or not args.target or not is_passive(trig.token):
        return  # "ten people have been executed since 1977": a count of the executed names no act of its own
    code = act_place_state(trig.token, actors, reader.ui, False) or story_state(trig.token.doc, actors, reader.ui)
    if code:
        LOGGER.debug("executing state %s for %r", code, sentence_of(trig.token).text)
        args.source = [actors.state_id(code)]


def _role_court_sides(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """A court act told in the court's idiom (``courts.court_act``) befalls the one it names, and is done by the
    judge or jury, else by their state ("Judge Mora set a trial on charges against A": Mora accuses A; "a jury in
    Ohio recommended the death penalty for A": the United States sentences A); a concession by an unnamed court
    ("an appeals court in Ankara cut her sentence") is its state's too (GUIDE.md: courts act for their state).
    Charges that name no one are against the one the court acted on just before ("fined A in May ... the judge set a
    trial on contempt charges", ``courts.earlier_defendant``), and "he told the jury" is the prosecutor's named
    before (``courts.speaking_prosecutor``)."""
    tok = trig.token
    court = trig.entry_id.startswith("construction.court_")
    rule = trig.entry_id.removeprefix("construction.court_") if court else None
    if rule is None and not (trig.type == "CONCEDE" and not trig.nominal and not args.source):
        return
    courts = court_doers(tok) if tok.pos_ in ("VERB", "AUX") else []
    if rule is None and not courts:
        return
    if rule is not None:
        bearer = court_target(tok, rule)
        named = reader.actor(bearer) if bearer is not None else []
        if not named and rule == "trial_on_charges" and (before := earlier_defendant(tok)) is not None:
            named = reader.actor(before)
        if named:
            args.target = list(dict.fromkeys(named))
            args.source = [s for s in args.source if s not in args.target]
    if rule == "prosecution" and (speaker := speaking_prosecutor(tok)) is not None and speaker.pos_ != "PRON":
        # "'A is a cruel and greedy liar,' he told the jurors": the prosecutor named before speaks
        args.source = [s for s in reader.actor(speaker) if s not in args.target] or args.source
    # a named judge is his own actor, and so is the judge "the judge" takes up; "a Virginia jury", "a court in Lagos"
    # act for the state of their place
    source = [a for d in courts for a in reader.actor(d) if d.pos_ == "PROPN" or actors.type_of(a) == "PERSON"]
    organs = [d for d in courts if d.pos_ != "PROPN"]
    if not source and organs and (code := organ_state(organs[0], tok, actors, reader.ui)) is not None:
        source = [actors.state_id(code)]
    if source:
        args.source = list(dict.fromkeys(s for s in source if s not in args.target)) or args.source
    LOGGER.debug("court sides: %s source %s target %s in %r", trig.entry_id, args.source, args.target,
                 sentence_of(tok).text)


def _domestic_doer(actors: Actors, local_id: str) -> bool:
    """Whether an actor acts within its own state unless told otherwise: a person, or a state body ("police")."""
    kind = actors.type_of(local_id)
    return kind == "PERSON" or (kind == "GROUP" and actors.get(local_id).name.split()[-1].lower() in STATE_ORGANS)


def _unnamed_organ(trig: Trigger) -> bool:
    """Whether an act's doer is a state body named without its state: "Police detained him", "was arrested by
    police", "a judge ordered his detention"."""
    tok = trig.token
    verb = tok.head if trig.nominal and tok.dep_ == "dobj" else tok
    doers = verb_doers(verb)
    return any(d.lemma_.lower() in STATE_ORGANS or d.lower_ in STATE_ORGANS for d in doers)


STATE_ACTS = frozenset({"COERCE", "SANCTION"})
"""Acts only a state's bodies perform: an agentless passive report of one by such a body is its own act."""
ORGAN_ACTS = STATE_ACTS | {"ASSAULT", "REJECT", "THREATEN"}
"""Acts whose doer, a home organ named without its state ("police fired tear gas", "a judge in London rejected his
bid"), acts for a state (``organs.organ_state``); a word the model reads as another type ("a judge ruled") keeps the
actors it had."""
