"""Detect and type events (PLOVER plus APPOINT, DISMISS, DIE, AWARD) in one text, with arguments, modality and date.

Triggers are the reviewable entries of ``lexicons/event_triggers.jsonl``, matched with
spaCy's ``Matcher``; each entry's ``requires`` constraints are checked on the parse
(``_satisfies``), so "signed a treaty" is AGREE while "signed a presidential order" is not.
Arguments come from ``arguments.py``; speculation ("is expected to discuss") is dropped,
planned events need a stated date, negated ones are kept as ``negated``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader
from dateline.annotate.nlp import sentence_of, title_heads
from dateline.lexicons import load

LOGGER = logging.getLogger(__name__)

SPECULATIVE_LEMMAS = frozenset({"expect", "likely", "may", "might", "could", "would", "should", "possibly", "consider",
                                "mull", "weigh", "hope", "want", "plan", "intend", "aim", "seek", "propose",
                                "unlikely", "possible", "prepare", "ready", "if", "whether", "reportedly", "rumor",
                                "must"})
"""Words that make a clause speculation rather than an event (OUTPUT.md section 5)."""
FUTURE_MARKERS = frozenset({"will", "shall", "'ll"})
PLANNED_LEMMAS = frozenset({"schedule", "due", "slate", "set"})
"""Words that make a clause a scheduled future event ("is scheduled to meet", "is due to visit")."""
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
DIPLOMATS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé", "charge",
                       "attache", "attaché", "consul"})
REQUIREMENTS = frozenset({
    "object_any", "object_not", "needs_object", "no_object", "needs_xcomp", "needs_object_or_xcomp", "no_ccomp",
    "passive_only", "active_only", "object_person", "object_person_or_passive", "object_not_person", "prep_object_any",
    "not_prep_object", "threat_clause", "possessor_person", "object_diplomat", "object_actor", "subject_actor",
    "needs_date", "target_place", "governor", "nominal", "no_foreign_target", "copular_claim", "particle",
})
"""Every ``requires`` key a trigger entry may use; the lexicon test refuses any other."""
SPEECH_ACTS = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "REJECT"})
"""Types that someone performs: without an identifiable source they are not coded."""
REPORTING = frozenset({"say", "tell", "pledge", "vow", "promise", "insist", "declare", "state", "add", "announce"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "csubj"})
SPLIT_TYPES = frozenset({"DIE", "APPOINT", "DISMISS", "AWARD"})
"""Biographical types happen to each person: one event per person named."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry matched on a token."""

    entry_id: str
    type: str
    mode: str | None
    token: Token
    nominal: bool
    spec: dict[str, Any]


@dataclass(slots=True)
class Found:
    """An event found in one text, before dates and ids are given."""

    trigger: Trigger
    args: Arguments
    modality: str


@dataclass(frozen=True, slots=True)
class _TriggerIndex:
    """Single-token patterns indexed by word (a dict lookup per token), the rest in spaCy's Matcher.

    With ~90 patterns the Matcher's predicate cache dominates annotation time; most trigger
    patterns are one token, so they are checked only on tokens whose lemma or form they name.
    """

    matcher: Matcher
    entries: dict[str, dict[str, Any]]
    by_word: dict[str, tuple[str, ...]]


def _words_of(spec: Any) -> tuple[str, ...]:
    if isinstance(spec, str):
        return (spec,)
    if isinstance(spec, dict) and "IN" in spec:
        return tuple(spec["IN"])
    return ()


def _accepts(tok: Token, constraint: dict[str, Any]) -> bool:
    """Whether one token meets a one-token spaCy pattern (LEMMA, LOWER, TEXT, POS, TAG; a value or {"IN": [...]})."""
    values = {"LEMMA": tok.lemma_, "LOWER": tok.lower_, "TEXT": tok.text, "POS": tok.pos_, "TAG": tok.tag_}
    for key, spec in constraint.items():
        value = values.get(key)
        if value is None or value not in _words_of(spec):
            return False
    return True


@lru_cache(maxsize=4)
def _index(nlp: Language) -> _TriggerIndex:
    matcher = Matcher(nlp.vocab)
    entries = {e["id"]: e for e in load("event_triggers")}
    by_word: dict[str, list[str]] = {}
    for entry in entries.values():
        pattern = entry["pattern"]
        if len(pattern) == 1 and set(pattern[0]) <= {"LEMMA", "LOWER", "TEXT", "POS", "TAG"} and (
                "LEMMA" in pattern[0] or "LOWER" in pattern[0] or "TEXT" in pattern[0]):
            key = next(k for k in ("LEMMA", "LOWER", "TEXT") if k in pattern[0])
            for word in _words_of(pattern[0][key]):
                by_word.setdefault(f"{key}:{word}", []).append(entry["id"])
        else:
            matcher.add(entry["id"], [pattern])
    return _TriggerIndex(matcher, entries, {k: tuple(v) for k, v in by_word.items()})


def _matches(doc: Doc, nlp: Language) -> list[tuple[str, int, int]]:
    index = _index(nlp)
    found = [(nlp.vocab.strings[m], s, e) for m, s, e in index.matcher(doc)]
    for tok in doc:
        for key in (f"LEMMA:{tok.lemma_}", f"LOWER:{tok.lower_}", f"TEXT:{tok.text}"):
            for entry_id in index.by_word.get(key, ()):
                if _accepts(tok, index.entries[entry_id]["pattern"][0]):
                    found.append((entry_id, tok.i, tok.i + 1))
    return sorted(set(found), key=lambda m: (m[1], m[0]))


def find_triggers(doc: Doc, nlp: Language) -> list[Trigger]:
    """Every lexicon trigger in a parsed text whose ``requires`` constraints hold."""
    entries = _index(nlp).entries
    out: list[Trigger] = []
    seen: set[tuple[int, str]] = set()
    for entry_id, start, end in _matches(doc, nlp):
        entry = entries[entry_id]
        tok = doc[start + int(entry.get("head", 0))]
        req = entry.get("requires", {})
        if req.get("governor") and tok.head.pos_ == "VERB":
            tok = tok.head  # "declared the ambassador persona non grata": the verb carries the arguments
        nominal = tok.pos_ in ("NOUN", "PROPN") or (bool(req.get("nominal")) and tok.dep_ not in CLAUSE_DEPS)
        if (tok.i, entry["label"]) in seen or not _satisfies(tok, doc[start:end], req):
            continue
        seen.add((tok.i, entry["label"]))
        out.append(Trigger(entry_id, entry["label"], entry.get("mode"), tok, nominal, req))
    return sorted(out, key=lambda t: t.token.i)


def _objects(tok: Token) -> list[Token]:
    """Direct objects and prepositional objects of a trigger (and of a noun trigger's "of" phrase)."""
    objs: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "attr", "oprd", "nsubjpass"):
            objs += [child, *child.conjuncts]
        elif child.dep_ in ("prep", "prt", "agent"):
            objs += [g for g in child.children if g.dep_ == "pobj"]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
        objs.append(tok)
    return objs


def _object_words(tok: Token) -> set[str]:
    words: set[str] = set()
    for obj in _objects(tok):
        words.update(t.lower_ for t in obj.subtree)
        words.add(obj.lemma_.lower())
    return words


def _satisfies(tok: Token, span: Any, req: dict[str, Any]) -> bool:
    """Check one trigger's ``requires`` constraints on the parse."""
    words = _object_words(tok) | {t.lower_ for t in span}
    objs = [o for o in _objects(tok) if o.dep_ in ("dobj", "dative", "nsubjpass")]
    to_people = [g for c in tok.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children
                 if g.ent_type_ == "PERSON"]
    if req.get("object_person_or_passive") and (any(o.lower_ in title_heads() for o in objs) or to_people):
        req = {k: v for k, v in req.items() if k != "object_person_or_passive"}
    if "object_any" in req and not (words & set(req["object_any"])):
        return False
    if "object_not" in req and objs and any(o.lower_ in req["object_not"] or o.lemma_ in req["object_not"] for o in objs):
        return False
    if req.get("needs_object") and not objs:
        return False
    if req.get("no_object") and objs:
        return False
    if req.get("needs_xcomp") and not any(
            c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(a.lower_ in ("must", "should") for a in c.children))
            for c in tok.children):
        return False
    if req.get("needs_object_or_xcomp") and not (objs or any(c.dep_ in ("xcomp", "ccomp", "prep") for c in tok.children)):
        return False
    if req.get("no_ccomp") and any(c.dep_ == "ccomp" for c in tok.children):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if req.get("passive_only") and not passive:
        return False
    if req.get("active_only") and passive:
        return False
    if req.get("object_person") and not any(o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in objs):
        return False
    if req.get("object_person_or_passive") and not (passive or any(o.ent_type_ == "PERSON" or o.lower_ in ("him", "her")
                                                                   for o in objs)):
        return False
    if req.get("object_not_person") and any(o.ent_type_ == "PERSON" or o.lower_ in title_heads() for o in objs):
        return False
    if "prep_object_any" in req and not any(
            g.lower_ in req["prep_object_any"] for c in tok.children if c.dep_ == "prep" for g in c.subtree):
        return False
    if "not_prep_object" in req and any(
            g.lower_ in req["not_prep_object"] for c in tok.children if c.dep_ == "prep" for g in c.subtree):
        return False
    if req.get("object_diplomat") and not (words & DIPLOMATS or any(o.ent_type_ == "PERSON" for o in objs)):
        return False
    if "particle" in req and not _has_particle(tok, req["particle"]):
        return False
    if req.get("copular_claim") and not (tok.dep_ == "attr" and tok.head.lemma_ == "be"):
        return False
    if (not req.get("copular_claim") and tok.pos_ == "NOUN" and tok.head.lemma_ == "be" and tok.dep_ in ("attr", "nsubj")
            and not any(c.dep_ == "prep" and c.lower_ not in ("of", "in") for c in tok.children)):
        # "It was the North's first ICBM test", "his death was a heavy loss": an event told again and judged
        return False
    if req.get("threat_clause") and not _threat_clause(tok):
        return False
    if req.get("possessor_person") and not any(c.dep_ == "poss" for c in tok.children):
        return False
    return True


def _has_particle(tok: Token, words: list[str]) -> bool:
    """A phrasal verb's particle: "called in", "stepped down", "stood firmly with" (a dependent or the next word)."""
    if any(c.lower_ in words and c.dep_ == "prt" for c in tok.children):
        return True
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].pos_ == "ADV" and tok.doc[i].lower_ not in words:
        i += 1  # "stood firmly with"
    return i < len(tok.doc) and tok.doc[i].lower_ in words


def _threat_clause(tok: Token) -> bool:
    """ "warned that X would ..." or "warned of intervention" is a threat; "warned that troops were ready" is not."""
    for child in tok.children:
        if child.dep_ == "ccomp" and any(a.lower_ in ("would", "will", "could") for a in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "against"):
            return True
        if child.dep_ == "dobj":
            return True
    return False


def modality(trigger: Token) -> str | None:
    """``asserted``, ``planned`` or ``negated``; None for speculation, which is not an event."""
    clause = [trigger]
    for tok in trigger.ancestors:
        clause.append(tok)
        if tok.dep_ in ("ccomp", "ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
            break
    negated = planned = False
    if trigger.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in trigger.head.children):
        negated = True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        negated = True
    for tok in clause:
        for child in tok.children:
            if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in ("advmod", "det", "preconj")):
                if tok.pos_ in ("VERB", "AUX") or tok is trigger:
                    negated = True
            if child.dep_ in ("aux", "advmod", "mark") and child.lemma_.lower() in SPECULATIVE_LEMMAS:
                if child.lower_ == "would" and tok.dep_ == "ccomp" and tok.head.lemma_ in REPORTING:
                    planned = True  # "she said Pyongyang would stand with ...": a reported future, not a guess
                    continue
                return None
            if child.dep_ == "aux" and child.lower_ in FUTURE_MARKERS:
                planned = True
        if tok is not trigger and tok.lemma_.lower() in SPECULATIVE_LEMMAS:
            return None
        if tok is not trigger and tok.lemma_.lower() in PLANNED_LEMMAS and any(
                c.dep_ == "xcomp" for c in tok.children):
            planned = True
    if negated:
        return "negated"
    return "planned" if planned else "asserted"


PURPOSE_LEMMAS = frozenset({"fight", "support", "help", "aid", "assist", "defend", "bolster", "back", "reinforce", "join"})


def _subordinate(trig: Trigger, triggers: list[Trigger]) -> bool:
    """A purpose infinitive of another trigger ("sent troops to support Moscow") belongs to that event.

    So does an event noun that is the object of another trigger ("protested the dispatch of
    troops", "denounced the test": a reference to an event told elsewhere), and an infinitive
    that only describes a noun ("an invitation to meet the minister").
    """
    tok = trig.token
    others = [o.token for o in triggers if o is not trig and not o.nominal]
    governor = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if trig.nominal and governor is not None and governor in others:
        return True
    if not trig.nominal and tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    heads = {tok.head, tok.head.head}
    # a purpose ("sent troops to support"), or the content of a request, threat, promise or refusal
    # ("urged all countries to condemn", "refused to meet"), has not happened as told
    return any(other.token in heads for other in triggers if other is not trig)


def find_events(ui: int, doc: Doc, nlp: Language, actors: Actors, titled: dict[str, list[str]]) -> list[Found]:
    """Find the events of one text, with arguments and modality, split per person where the type asks."""
    reader = ArgumentReader(ui, actors, titled)
    found: list[Found] = []
    triggers = find_triggers(doc, nlp)
    for trig in triggers:
        if _subordinate(trig, triggers):
            continue
        mood = modality(trig.token)
        if mood is None:
            LOGGER.debug("speculation skipped: %s in %r", trig.entry_id, sentence_of(trig.token).text)
            continue
        args = reader.read(trig.token, trig.nominal)
        _fix_roles(trig, args, actors, reader)
        trig = _retype(trig, args, actors)
        if not args.actors() or not _complete(trig, args, actors) or not _argument_requirements(trig, args, actors):
            continue
        for split in _split(trig, args, actors):
            found.append(Found(trig, split, mood))
        reader.remember(trig.type, trig.mode, args)
    return found


def _fix_roles(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Type-specific repairs: an AID's source is the state its troops belong to; a visited place's state is the target."""
    if trig.type == "AID" and not args.source:
        for obj in _objects(trig.token):
            for tok in obj.subtree:
                ent = actors.entity_at(reader.ui, tok)
                if ent and actors.type_of(ent) == "GROUP" and ent not in args.target:
                    args.source.append(ent)
                    break
    if trig.type == "AID" and not args.source:
        groups = [t for t in args.target if actors.type_of(t) == "GROUP"]
        if groups:
            args.source.append(groups[0])
            args.target.remove(groups[0])
    if trig.type == "AID":
        for child in trig.token.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_ in PURPOSE_LEMMAS:
                for gc in child.children:
                    if gc.dep_ == "dobj" or (gc.dep_ == "prep" and gc.lower_ in ("alongside", "with")):
                        objs = [gc] if gc.dep_ == "dobj" else [g for g in gc.children if g.dep_ == "pobj"]
                        for obj in objs:
                            args.target += [a for a in reader.actor(obj) if a not in args.target]
    if (args.attribution and actors.type_of(args.attribution) == "PERSON" and args.source
            and all(actors.type_of(a) == "GPE" for a in args.source) and args.attribution not in args.actors()):
        # "she said Pyongyang would stand with ...": the official speaks for the state and takes part
        args.participants.append(args.attribution)
    if args.location and not args.target and (trig.mode == "visit" or trig.type == "AID"):
        code = actors.country_of(args.location)
        if code:
            args.target.append(actors.state_id(code))
    args.target = [t for t in args.target if t not in args.source]


def _retype(trig: Trigger, args: Arguments, actors: Actors) -> Trigger:
    """Weapons fired at another state are an attack, not a test: MOBILIZE becomes ASSAULT; talks by phone are mode phone."""
    if trig.type == "CONSULT" and trig.mode is None and any(
            c.dep_ == "prep" and c.lower_ in ("by", "over") and any(g.lower_ in ("phone", "telephone") for g in c.children)
            for c in trig.token.children):
        return Trigger(trig.entry_id, trig.type, "phone", trig.token, trig.nominal, trig.spec)
    if trig.type == "MOBILIZE" and args.target:
        src = {actors.country_of(a) for a in args.source}
        if any(actors.country_of(t) and actors.country_of(t) not in src for t in args.target):
            return Trigger(trig.entry_id, "ASSAULT", None, trig.token, trig.nominal, trig.spec)
    return trig


def _argument_requirements(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """The ``requires`` constraints that need actors: an object or subject that is an actor, a stated date."""
    actors_types = {a: actors.type_of(a) for a in args.actors()}
    if trig.spec.get("object_actor") and not args.target:
        return False
    if trig.spec.get("subject_actor") and not args.source:
        return False
    if trig.spec.get("target_place") and not args.location and not any(
            actors_types.get(t) in ("GPE", "LOC") for t in args.target):
        return False
    if trig.spec.get("needs_date"):
        from dateline.annotate.timex import find_timexes

        if not any(t.kind == "date" for t in find_timexes(sentence_of(trig.token).text)):
            return False
    return True


def _complete(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """Whether the event has the actors its type needs (a meeting needs a counterpart)."""
    if trig.type == "CONSULT" and trig.mode != "multilateral" and len(set(args.actors())) < 2:
        return False
    if trig.type == "AID" and not (args.source and args.target):
        return False
    if trig.type in SPEECH_ACTS and not args.source:
        return False
    if trig.spec.get("no_foreign_target"):
        src = {actors.country_of(a) for a in args.source}
        if any(actors.country_of(t) not in src for t in args.target):
            return False
    return True


def _split(trig: Trigger, args: Arguments, actors: Actors) -> list[Arguments]:
    """One event per person for biographical types; one meeting per counterpart for CONSULT."""
    if trig.type in SPLIT_TYPES:
        people = [a for a in (args.target or args.source) if actors.type_of(a) == "PERSON"]
        if len(people) > 1:
            role = "target" if args.target else "source"
            out = []
            for person in people:
                one = Arguments(list(args.source), list(args.target), list(args.participants), args.location,
                                args.attribution)
                setattr(one, role, [person] + [a for a in getattr(args, role) if actors.type_of(a) != "PERSON"])
                out.append(one)
            return out
    if trig.type == "CONSULT" and trig.mode is None:
        people = [a for a in args.target if actors.type_of(a) == "PERSON"]
        if len(people) > 1:
            return [Arguments(list(args.source), [p], list(args.participants), args.location, args.attribution)
                    for p in people]
    return [args]

