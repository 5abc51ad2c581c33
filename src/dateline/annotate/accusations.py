"""Keep the accusations whose accuser goes untold but whose accused is named, and read the critics a "from" phrase
names.

GUIDE.md codes a legal charge, a lawsuit and criticism as ACCUSE. A speech act needs its source (``events._complete``)
unless the text names only the one it befalls; an agentless passive ("A was charged with fraud") is one such telling,
and so are these:

* a verb coordinated with a passive one and sharing it: "A was arrested on Monday and [charged] with fraud";
* a charge brought by a state's organ named without its state: "Police arrested A and [charged] him with arson",
  "Prosecutors [indicted] B on Tuesday" (the organ acts for a state the text may not tell; ``organs`` gives it when
  it can);
* criticism the subject comes under or faces: "A came under fire from Democrats", "A faced criticism over the plan".

A criticism noun the subject faces, draws or receives is aimed at the subject, and its "from" phrase names the
critics: "A faced criticism from the United States" is ACCUSE from the United States to A (``_role_criticism_from``).

It also reads blame told by its content or by "held ... responsible": "X said [Iran was responsible for the attack]"
(``blamed_in_clause``, read by ``construction_cues._charged_clause``, so the reported blame is the speaker's ACCUSE
allege of Iran) and "X held Israel responsible for the strike" (``held_responsible``, the construction
``construction.held_responsible`` with its role pass ``_role_held_responsible``).

A claim called untrue ("called the accusations absurd") is a denial, REJECT (``claim_called_false``, the construction
``construction.claim_called_false``), and an accusation noun with its "that" clause accuses the clause's subject
(``_role_accused_in_clause``).

The wrong someone is suspected of ("arrested A as a suspect in the killing") is theirs, not the arresters'
(``suspected_act``, read by ``events._clause_actors``).

``accuser_untold`` is read by ``events._complete``; ``_role_criticism_from``, ``_role_held_responsible`` and
``_role_accused_in_clause`` are ``events.ROLE_PASSES``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import Arguments, ArgumentReader, is_passive
from dateline.annotate.clauses import CHARGING_LEMMAS, STATE_ORGANS
from dateline.annotate.countries import capital_code, state_code
from dateline.annotate.evaluation import judged_actor
from dateline.annotate.event_records import Trigger
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import sentence_of, verb_doers
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

ORGAN_ACCUSING_LEMMAS = CHARGING_LEMMAS | {"accuse"}
"""Verbs by which a state's organ accuses someone ("charged him with arson", "indicted B", "accused him of spying")."""
NAMING_AS_LEMMAS = word_class("naming_as_culprit_lemmas")
"""Verbs that name someone "as" what they are ("named A as the main suspect", "identified B as the gunman")."""
CULPRIT_NOUNS = word_class("culprit_nouns")
"""Nouns of the one who did a wrong ("suspect", "gunman", "mastermind"), which "named A as" pins on A."""
UNDERGONE_CRITICISM_LEMMAS = word_class("undergone_criticism_lemmas")
"""Verbs whose subject undergoes the criticism noun they take as object ("faced criticism", "drew condemnation")."""
CRITIC_PREPS = frozenset({"from"})
"""The preposition of the critics of a criticism undergone ("faced criticism from the United States")."""


def shares_passive(verb: Token) -> bool:
    """Whether a verb with no subject of its own is coordinated with a passive one, so is passive too: "A was arrested
    on Monday and [charged] with fraud" (the parser hangs the auxiliary and the subject on the first verb)."""
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ == "VBN" and is_passive(verb.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def named_as_culprit(verb: Token) -> Token | None:
    """The one a verb of naming names as the culprit of a wrong, or None: "Police named A as the main suspect in the
    killing", "investigators identified B as the gunman", "the report named C as responsible for the failures"
    (GUIDE.md: an allegation, ACCUSE allege; not the appointment "named A as minister" is)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_AS_LEMMAS or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if named is None:
        return None
    roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
             if g.dep_ in ("pobj", "amod", "acomp")]
    if any({g.lemma_.lower(), g.lower_} & (CULPRIT_NOUNS | BLAME_PREDICATES) for g in roles):
        return named
    return None


def suspected_act(noun: Token) -> bool:
    """Whether an act noun is the wrong someone is suspected or held for: "arrested A as a suspect in the killing",
    "the mastermind of the bombing", "detained two men in connection with the attack". Its doer is the one suspected,
    not the subject of the clause that arrests, names or charges them (``events._clause_actors``)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in ("in", "of", "for") and prep.head.lower_ in CULPRIT_NOUNS:
        return True
    return prep.lower_ == "with" and prep.head.lower_ == "connection" and prep.head.dep_ == "pobj"


def charged_by_unnamed_organ(verb: Token) -> bool:
    """Whether a verb of charging is done by a state's organ named by its kind alone ("Police arrested A and [charged]
    him", "Prosecutors [indicted] B", "Authorities [accused] C of spying"): the organ acts for a state, whether or not
    the text tells which; a verb coordinated with another shares its doer."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ORGAN_ACCUSING_LEMMAS or is_passive(verb):
        return False
    return _organ_doer(verb)


def _organ_doer(verb: Token) -> bool:
    """Whether a verb's doer (or, for a verb coordinated with another, its head's) is a state organ named by its kind
    ("Police", "Prosecutors", "Authorities")."""
    doers = verb_doers(verb)
    if not doers and verb.dep_ == "conj":
        doers = verb_doers(verb.head)
    return any((d.lower_ in STATE_ORGANS or d.lemma_.lower() in STATE_ORGANS) and not d.ent_type_ for d in doers)


def criticism_faced(noun: Token) -> Token | None:
    """The verb by which its subject undergoes a criticism noun ("A [faced] criticism", "B [drew] sharp condemnation"),
    or None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in UNDERGONE_CRITICISM_LEMMAS or is_passive(verb):
        return None
    return verb


def accuser_untold(trig: Trigger, args: Arguments, actors: Actors) -> bool:
    """Whether an act names only the one it befalls, in a telling that leaves its doer out by design (the module's
    list): a verb sharing a passive (whose patients are people: "was arrested and charged" befalls persons, and a
    state read there is a name misread), a charge by an unnamed state organ, criticism undergone by the subject."""
    tok = trig.token
    if not trig.nominal and shares_passive(tok):
        return all(actors.type_of(t) in ("PERSON", "GROUP") for t in args.target)
    if trig.type != "ACCUSE":
        return False
    if trig.entry_id == "construction.under_criticism":
        return True
    if trig.entry_id == "construction.named_culprit":
        return _organ_doer(tok)  # "Police named A as the main suspect"
    if trig.nominal:
        # (or charges an organ brings: "Prosecutors brought charges against A")
        return criticism_faced(tok) is not None or (tok.dep_ == "dobj" and _organ_doer(tok.head))
    if trig.entry_id == "accuse.file_suit":
        return _organ_doer(tok)  # "Prosecutors brought charges against A" (the verb carries the charge)
    return charged_by_unnamed_organ(tok)


def _role_criticism_from(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Criticism a subject faces, draws or receives "from" someone is theirs ("A faced criticism from the United
    States", "B drew condemnation from Madrid"): the critics are the source, the subject the target."""
    tok = trig.token
    verb = criticism_faced(tok) if trig.type == "ACCUSE" and trig.nominal else None
    if verb is None:
        return
    subjects = [a for c in verb.children if c.dep_ == "nsubj" for a in reader.actor(c)]
    critics = [a for node in (tok, verb) for c in node.children if c.dep_ == "prep" and c.lower_ in CRITIC_PREPS
               for g in c.children if g.dep_ == "pobj" for a in reader.actor(g) if a not in subjects]
    if not subjects or not critics:
        return
    LOGGER.debug("criticism from: %s on %s in %r", critics, subjects, sentence_of(tok).text)
    args.source = critics
    args.target = subjects + [t for t in args.target if t not in subjects and t not in critics]
    args.participants = [p for p in args.participants if p not in critics and p not in subjects]


BLAME_PREDICATES = word_class("blame_predicates")
"""Adjectives that pin a harm on their subject or object ("was responsible for the attack", "held X accountable")."""
BLAMED_HARMS = word_class("blamed_harms")
"""Nouns of a harm or a wrong that one is blamed for ("the attack", "the deaths", "the blasts")."""
WRONGDOING_NOUNS = word_class("wrongdoing_nouns")
"""Nouns that name a wrong ("abuses", "violations"), as ``evaluation`` reads them."""
BLAME_PREPS = frozenset({"for", "behind"})
"""Prepositions of the harm blamed: "responsible [for] the attack", "was [behind] the blasts"."""


def _harm(prep: Token) -> bool:
    """Whether a "for" / "behind" phrase names a harm or a wrong (``BLAMED_HARMS``, ``WRONGDOING_NOUNS``): "for the
    attack", "behind the killings", "for the abuses"."""
    return prep.lower_ in BLAME_PREPS and any(
        g.dep_ == "pobj" and ({g.lemma_.lower(), g.lower_} & (BLAMED_HARMS | WRONGDOING_NOUNS)) for g in prep.children)


def blamed_in_clause(clause: Token) -> Token | None:
    """The actor a reported clause blames for a harm, or None: "[Iran was responsible for the attack]", "[Moscow was
    behind the blasts]", "[Kiev is to blame for the crash]". GUIDE.md: an accusation told by its content is ACCUSE
    allege from the speaker to the one blamed; "was responsible for security" names no harm, a negated or hedged
    clause ("was not responsible") blames nobody."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES)
                                            for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    blamed = judged_actor(subject) if subject is not None else None
    if blamed is None:
        return None
    phrases = [c for c in clause.children if c.dep_ == "prep"]
    phrases += [p for c in clause.children if c.dep_ in ("acomp", "attr") and c.lower_ in BLAME_PREDICATES
                for p in c.children if p.dep_ == "prep"]
    phrases += [p for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() == "blame"
                for p in c.children if p.dep_ == "prep"]  # "is to blame for"
    own = [p for p in phrases if p.lower_ == "behind" and p.head.i == clause.i] + [
        p for p in phrases if p.lower_ == "for" and p.head.i != clause.i]
    return blamed if any(_harm(p) for p in own) else None


def held_responsible(verb: Token) -> Token | None:
    """The one a verb of holding holds to blame, or None: "held Israel responsible for the strike", "holds Moscow
    accountable for the deaths" (GUIDE.md: "held X responsible" is ACCUSE); a hedged or negated hold ("would hold X
    responsible", a warning) blames no one yet."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_LEMMAS or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in verb.children):
        return None
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if held is None or not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in BLAME_PREDICATES
                               for c in verb.children):
        return None
    return held


HOLDING_LEMMAS = frozenset({"hold"})
"""Verbs that hold someone to blame ("held X responsible")."""
HEDGES = frozenset({"would", "will", "could", "might", "may", "should", "'ll", "wo"})
"""Auxiliaries that make a blame a warning or a guess, not an accusation made ("would hold X responsible")."""


def _role_held_responsible(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """ "A held B responsible for the strike": A accuses B (the object held, not the harm it is held for)."""
    if trig.entry_id != "construction.held_responsible" or (held := held_responsible(trig.token)) is None:
        return
    accused = reader.actor(held)
    holders = [a for c in trig.token.children if c.dep_ == "nsubj" for a in reader.actor(c) if a not in accused]
    if accused:
        args.source = holders or [a for a in args.source if a not in accused]
        args.target = accused


def blamed_harm(tok: Token, types: dict[int, str]) -> int | None:
    """The index of the accusation whose blame names ``tok`` as the harm blamed, or None: the attack in "held Israel
    responsible for [the strike]" and "said Iran was responsible for [the attack]" (GUIDE.md: the act blamed is
    ``not_event`` unless the sentence tells it happened: a date or a relative clause of its own keeps it)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in BLAME_PREPS or any(c.dep_ == "relcl" for c in tok.children) or any(
            t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return None
    holder = tok.head.head
    if holder.lower_ in BLAME_PREDICATES:
        holder = holder.head
    if types.get(holder.i) == "ACCUSE":
        return holder.i
    if holder.lemma_.lower() == "be" and holder.dep_ == "ccomp" and types.get(holder.head.i) == "ACCUSE":
        return holder.head.i
    return None


CALLING_LEMMAS = word_class("naming_lemmas")
"""Verbs of calling ("called it a lie", "described the charges as baseless")."""
CLAIM_NOUNS = word_class("claim_nouns")
"""Nouns of what someone has claimed ("claims", "accusations", "charges")."""
FALSITY_WORDS = word_class("falsity_words")
"""Words that call a claim untrue ("false", "baseless", "absurd", "a lie")."""


def claim_called_false(verb: Token) -> Token | None:
    """The claim a verb of calling calls untrue, or None: "called the Georgian accusations absurd", "described the
    charges as baseless", "branded the report a lie". GUIDE.md: denying an accusation ("dismissed as baseless") is
    REJECT of the claim's owner, not a new accusation (the verbs of calling are ACCUSE when the object is an actor)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CALLING_LEMMAS or any(c.dep_ == "neg" for c in verb.children):
        return None
    claim = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS), None)
    if claim is None:
        return None
    said = [c for c in (*verb.children, *claim.children) if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr")]
    said += [g for c in (*verb.children, *claim.children) if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    words = {w for s in said for t in (s, *s.children) for w in (t.lower_, t.lemma_.lower())}
    return claim if words & FALSITY_WORDS else None


def _role_accused_in_clause(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """An accusation noun told with its content clause accuses the clause's subject: "repeated its accusation that
    Russia had armed the separatists", "the allegation that Kigali backs the rebels" (the parser hangs the "that"
    clause on the noun or on the verb whose object the noun is)."""
    tok = trig.token
    if trig.type != "ACCUSE" or not trig.nominal or args.target:
        return
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    clauses = [c for h in holders for c in h.children if c.dep_ in ("ccomp", "acl")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for clause in clauses:
        accused = [a for s in clause.children if s.dep_ == "nsubj" for a in reader.actor(s) if a not in args.source]
        if accused:
            LOGGER.debug("accused in clause: %s in %r", accused, sentence_of(tok).text)
            args.target = accused
            return


ATTACK_LEMMAS = word_class("charged_attack_lemmas")
"""Verbs of an attack that a side charges another's forces with in reported speech ("said X troops had shelled")."""
ACCUSING_VOICES = word_class("accusing_voices")
"""Heads of a speaker who speaks for a state's politics ("the government", "the foreign ministry", "the president"):
one whose report of another state's attack is a charge, not an agency's count of the dead."""
HEDGED_CLAUSE_AUX = HEDGES | {"to"}
"""Auxiliaries of a clause that tells no act done ("would shell", "to attack")."""


def _state_of(tok: Token) -> str | None:
    """The state a noun phrase names: a state or capital ("Armenia", "Kyiv"), else its demonym ("Azerbaijani troops",
    "Russian forces")."""
    span = tok.doc[tok.left_edge.i: tok.i + 1].text
    return state_code(span) or state_code(tok.text) or capital_code(tok.text) or token_modifier_country(tok)


def attack_charged(clause: Token) -> Token | None:
    """The side a reported clause charges with an attack, or None: "Armenia said [Azerbaijani troops had shelled three
    border villages]" (GUIDE.md: an accusation told only by its content, ACCUSE allege from the speaker to the doer;
    the attack itself is its content). Only a side of another state than the speaker's is charged ("the army said
    its troops had killed 20 militants" reports its own act), only by a state or a voice of its politics (a state, a
    capital, its government, ministry, leader or spokesperson: ``ACCUSING_VOICES``), and only an attack told as done
    (not "would strike")."""
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or clause.lemma_.lower() not in ATTACK_LEMMAS:
        return None
    if any(c.dep_ in ("neg", "auxpass") or (c.dep_ == "aux" and c.lower_ in HEDGED_CLAUSE_AUX)
           for c in clause.children):
        return None
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if doer is None or speaker is None or not (speaker.ent_type_ == "GPE" or speaker.lemma_.lower() in ACCUSING_VOICES):
        return None  # an agency counting the dead ("the civil defence agency said strikes had killed 73") reports
    charged, speaking = _state_of(doer), _state_of(speaker)
    return doer if charged and speaking and charged != speaking else None
