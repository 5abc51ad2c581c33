"""Tell the state a state organ named without its state acts for: "police in Ruritania", "a Dunmore court", "was held
by police" in a story datelined from a capital, "prosecutors" in a story about one state.

A state's police, courts, judges, prosecutors and border guards act inside their own state (OUTPUT.md 3 and 5: an
event names the state a body acts for). When the text names the organ without its state, its state is, in order:
the place that modifies the organ ("police in Texas", "a Lisbon court", "Hamburg prosecutors"; a US state or city
belongs to the USA), the place the act happens in ("arrested him in Hamburg", "deported from Arizona"), the city of
the latest organ of that kind the story named with its state ("Zambian police ... Officers"), the city of the story's dateline
("BERLIN (Reuters) -"), and the one state the story is about (``Actors.story_country``). A
state the sentence names for the organ ("British police") is its own actor and is never replaced here.

``organ_doers``, ``ruling_content`` and ``organ_state`` are read by ``roles_courts._role_unnamed_state_body``,
``story_state`` and ``act_place_state`` by ``roles_courts._role_state_through_courts`` (an arrest told with no doer at
all).
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token

from dateline.annotate.actors import Actors
from dateline.annotate.countries import place_code, region_code
from dateline.annotate.nlp import text_of, verb_doers
from dateline.lexicons import word_class, word_map

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""

HOME_ORGANS = word_map("home_organ", WORDS)
"""Bodies of a state that act only inside it ("police", "judge", "prosecutors", "border guards"), with their kind
("officers" are police, "magistrate" a court); troops and soldiers may act abroad, so a place tells nothing of theirs."""

UNKINDED = "authority"
"""The kind of "authorities": any state body, so no organ named before is taken for theirs."""

ORGAN_COMPOUNDS = word_class("organ_compound", WORDS)
"""Nouns that may name the kind of a home organ before it ("riot police", "border guards", "prison officers"); any
other noun there makes the head a private one ("loan officers", "security guards")."""

RULING_LEMMAS = word_class("ruling_lemma", WORDS)
"""Verbs by which a court or judge decides what befalls someone: "a judge ruled that A should remain in jail"."""

REPORTING_LEMMAS = word_class("reporting_lemmas")
"""Saying verbs whose reported clause a speaking organ's pronoun subject may open ("Police said they ...")."""
SPEAKER_PRONOUNS = frozenset({"they", "it", "we"})
"""Pronoun subjects of a reported clause that stand for the organ saying it."""
ORGAN_PLACE_PREPS = frozenset({"in", "of", "from"})
"""Prepositions of the place an organ belongs to: "police in Texas", "the High Court of Kenya", "officers from Lyon"."""

ACT_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across"})
"""Prepositions of where an act happens ("arrested in Hamburg", "at a station in Hamburg", "deported from Arizona");
not "to" or "into", the destination of a deportation."""

DATELINE = re.compile(r"^\s*([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*[A-ZÀ-Þ.])(?:,\s*([A-Za-z. ]{2,20}))?"
                      r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—:])\s")
"""A dateline opening a paragraph: "BERLIN (Reuters) - ", "NEW DELHI: ", "BUFFALO, N.Y. — ", "LIMA, May 23 (AP) -",
"SAN JOSÉ, Costa Rica —"."""

STORY_LEAD = 2.0
"""How many times more often than any other a story must name its state for an organ to be that state's: a story
about one state, not about two ("Chad recalled its envoy after Sudanese police searched its consulate")."""

DATELINE_PARAGRAPHS = 3
"""Paragraphs of the body a dateline may open (the title and a standfirst may come first)."""


def organ_doers(verb: Token) -> list[Token]:
    """The organ nouns that do a verb's act: its subject ("Police caught X"), its agent ("was caught by police"),
    else those of the verb it is coordinated with ("Police caught X and deported him", "was stopped by guards and
    deported"), or of the active verb whose "before" or "after" phrase it opens ("a jury deliberated for an hour
    before convicting X": the jury convicted)."""
    node = verb
    doers: list[Token] = []
    for _ in range(3):
        doers = verb_doers(node)
        if any(d.lower_ in SPEAKER_PRONOUNS for d in doers) and (speaker := _reporting_organ(node)) is not None:
            doers = [speaker]  # "Police said [they] detained 23 people": the organ that says it did it
        if not doers and any(c.dep_ == "nsubjpass" for c in node.children):
            doers = _hung_agents(node)
        if doers or any(c.dep_ == "nsubjpass" for c in node.children):
            break
        if node.dep_ == "conj":
            node = node.head
        elif (main := _gerund_host(node)) is not None:
            node = main
        else:
            break
    return [d for d in doers if is_home_organ(d)]


def _reporting_organ(verb: Token) -> Token | None:
    """The home organ that says a reported clause whose pronoun subject stands for it: "Police in Lagos said [they]
    detained 23 people", "the court said [it] had fined him"; None when a clause is not reported, or a person or a
    named body reports it ("Amnesty said they were detained": the pronoun is others)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return next((d for d in verb_doers(verb.head) if is_home_organ(d)), None)


def _gerund_host(verb: Token) -> Token | None:
    """The active verb a gerund hangs on through a preposition ("deliberated before [convicting] X"), whose subject
    does the gerund's act; None for any other verb, and for a passive host, whose subject only undergoes its act
    ("the man was shot by police after attacking officers": the police did not attack)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    host = verb.head.head
    if host.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in host.children):
        return None
    return host


def _hung_agents(verb: Token) -> list[Token]:
    """The organ of a "by" phrase the parser hung on the noun of a passive verb's place phrase: "was hauled out of
    the embassy [by police]" (an embassy is not made by the police: they hauled him)."""
    found: list[Token] = []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for _ in range(3):
        nouns = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        found += [g for n in nouns for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
                  for g in b.children if g.dep_ == "pobj" and _kind(g) is not None]
        preps = [c for p in preps for c in p.children if c.dep_ == "prep"]  # "out [of] the embassy"
        preps += [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ != "by"]
    return found


def is_home_organ(noun: Token) -> bool:
    """Whether a noun is a home organ named as a kind ("police", "riot police", "a judge"), not a private one
    ("loan officers") nor one a name or another noun tells ("Interpol officers")."""
    if _kind(noun) is None:
        return False
    return all(c.lemma_.lower() in ORGAN_COMPOUNDS or c.ent_type_ in ("GPE", "LOC")
               for c in noun.children if c.dep_ == "compound")


def ruling_content(verb: Token) -> tuple[Token, Token] | None:
    """The ruling verb and its organ when a verb is what a court or judge ruled: "a judge in London ruled that A
    should remain in jail" gives (ruled, judge); None otherwise."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in RULING_LEMMAS:
        return None
    organs = organ_doers(verb.head)
    return (verb.head, organs[0]) if organs else None


def organ_state(organ: Token, act: Token, actors: Actors, ui: int, *, deport: bool = False,
                not_states: frozenset[str] = frozenset()) -> str | None:
    """The state a home organ acts for: its own place, the place of the act, the story's dateline, else the one
    state the story is about; None when nothing tells it. ``not_states``: states it cannot be (those a deportation
    sends away: no state deports its own people)."""
    for how, code in (("organ place", _own_place_state(organ, actors, ui)),
                      ("act place", act_place_state(act, actors, ui, deport)),
                      ("organ named before", actors.organ_state_before(ui, organ, _same_kind(organ))),
                      ("dateline", dateline_state(act.doc) if ui == 0 else None),
                      ("story", actors.story_country(STORY_LEAD))):
        if code and code not in not_states:
            LOGGER.debug("organ state by %s: %r is %s in %r", how, organ.text, code, act.sent.text)
            return code
    return None


def story_state(doc: Doc, actors: Actors, ui: int) -> str | None:
    """The state a story tells from: its dateline's, else the one state it is about (twice as named as any other)."""
    return (dateline_state(doc) if ui == 0 else None) or actors.story_country(STORY_LEAD)


def _kind(noun: Token) -> str | None:
    return HOME_ORGANS.get(noun.lower_) or HOME_ORGANS.get(noun.lemma_.lower())


def organ_kind(noun: Token) -> str | None:
    """The kind of home organ a noun names ("court" for "a judge", "police" for "officers"), None for any other noun."""
    return _kind(noun)


def _same_kind(organ: Token) -> frozenset[str]:
    """The organ nouns of an organ's kind ("police", "officers", "policemen" for "officers"); none for "authorities"."""
    kind = _kind(organ)
    return frozenset(w for w, k in HOME_ORGANS.items() if k == kind and k != UNKINDED)


def _own_place_state(organ: Token, actors: Actors, ui: int) -> str | None:
    """The state of the place an organ belongs to: "police in Texas", "a Lisbon court", "Texas police"."""
    places = [c for c in organ.children if c.dep_ == "compound"]
    places += [g for c in organ.children if c.dep_ == "prep" and c.lower_ in ORGAN_PLACE_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return next((code for p in places if (code := _place_code(p, actors, ui))), None)


def act_place_state(act: Token, actors: Actors, ui: int, deport: bool) -> str | None:
    """The state of the place an act happens in: a place phrase of the verb or of its object, followed down through
    nested phrases ("at a train station in Hamburg"); a deportation's "from" place is the deporting state's."""
    preps = [c for c in act.children if c.dep_ == "prep"]
    preps += [p for o in act.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    seen = 0
    while preps and seen < 8:
        prep = preps.pop(0)
        seen += 1
        if prep.lower_ not in ACT_PLACE_PREPS or (deport and prep.lower_ not in ("from", "in")):
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            code = _place_code(pobj, actors, ui)
            if code:
                return code
            preps += [p for p in pobj.children if p.dep_ == "prep"]
    return None


def _place_code(tok: Token, actors: Actors, ui: int) -> str | None:
    """The state of a place named by a token: a state, a town or region of one ("Hamburg", "Texas", "El Paso")."""
    ent = actors.entity_at(ui, tok)
    if ent is not None and actors.type_of(ent) in ("GPE", "LOC"):
        code = actors.country_of(ent)
        return code or region_code(actors.get(ent).name)
    if tok.ent_type_ in ("GPE", "LOC"):
        return place_code(tok.text)
    return None


DATELINE_KEY = "dateline_state"
"""The ``Doc.user_data`` key under which a text's dateline state is kept once read (``dateline_state``)."""


def dateline_state(doc: Doc) -> str | None:
    """The state of the city a story is datelined from ("BERLIN (Reuters) - Police said ..." is DEU), else None;
    read once per text and kept on it (each organ act of the text asks)."""
    if DATELINE_KEY not in doc.user_data:
        doc.user_data[DATELINE_KEY] = _dateline_state(text_of(doc))
    code: str | None = doc.user_data[DATELINE_KEY]
    return code


def _dateline_state(text: str) -> str | None:
    for paragraph in text.lstrip().split("\n\n")[:DATELINE_PARAGRAPHS]:
        match = DATELINE.match(paragraph)
        if match:
            # the town, else the state or region after its comma ("SANTA ROSA DE COPÁN, Honduras -")
            place, seat = match.group(1).strip().title(), (match.group(2) or "").strip()
            return place_code(place) or (place_code(seat) if seat else None)
    return None
