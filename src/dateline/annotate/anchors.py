"""Event nouns that point at an act in time: the act a clause is counted from, and the anchor that is no event.

"Within days of her televised speech, two governors resigned" states no time of its own: it points back to
an act the text told before ("gave a speech on state television on December 7"). ``anchor_of`` reads the phrase
(the noun that names the act and the count from it) and ``earlier_telling`` finds the word of an earlier
sentence that tells the same act, by a shared base ("speech" -> "speech", "television" -> "televise",
"vote" -> "vote"); ``annotate/dating.py`` dates that word's clause and moves it by the count.

The same construction seen from the event side (GUIDE.md in data/events): "after the shelling of X", "ten years
after the bombing", "since the invasion" name the attack as a time anchor (``not_event``); an event told with
its own verb in the same place ("after the troops left") is told, and so are talks with a partner of their own
("after talks with X"). A noun measured out by a span of time ("after a week of unrest", "since months of
talks") anchors the same way. ``time_anchor`` is read by ``events.find_events``, which skips such triggers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.annotate.arguments import DEFINITE_DETERMINERS, MEETING_NOUNS, governing_prep
from dateline.annotate.eventcat import derivations
from dateline.dates.find import find_timexes
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"

CLOSE_COUNTS = word_class("anchor_close", WORDS)
"""Words that put an act close after or before the act a noun names, on the same day ("hours after the vote",
"shortly after the raid", "within hours of his address")."""
POINTING_WORDS = word_class("anchor_pointer", WORDS)
"""Determiners by which a noun points back to an act already told ("the vote", "that raid")."""
SAME_DAY_UNITS = frozenset({"hour", "minute"})
"""Units of a count that stays on the day of the act counted from ("48 hours after the vote")."""
DAY_UNITS = {"day": 1, "week": 7}
"""Units of a count that moves the day, in days ("two days after the vote")."""
EVE_NOUNS = frozenset({"eve"})
"""Nouns that put an act on the day before the act the noun after "of" names ("on the eve of the summit")."""
ACT_POS = frozenset({"VERB", "NOUN"})
"""Parts of speech of a word that may tell an act ("voted", "the vote", "televised")."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A noun that names the act a clause is counted from, and the count in days (0: the same day)."""

    noun: Token
    days: int


def anchor_of(trig: Token) -> Anchor | None:
    """The act a trigger's clause is counted from, when a noun names it after a count ("hours after the vote",
    "two days after the raid", "within hours of his address"); None when no count is stated ("after the vote"
    says nothing of the gap)."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    for prep in _clause_preps(verb):
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        noun = noun or _subject_read(prep, verb)
        if noun is None or not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_WORDS)
                                   for c in noun.children):
            continue
        days = _count(prep)
        if days is not None:
            LOGGER.debug("anchor: %r counts %s days from %r", trig.text, days, noun.text)
            return Anchor(noun, days)
    return None


def _clause_preps(verb: Token) -> Iterable[Token]:
    """The prepositions "after", "before" and "of" of a verb's own clause, hung on it directly or through a count
    ("two days after", "within hours of"), not through another verb ("who quit hours after the vote")."""
    for node in verb.subtree:
        if node.lower_ in ("after", "before", "of") and node.dep_ == "prep" and _below(node, verb):
            yield node
        elif node.lower_ in ("after", "before") and node.dep_ == "mark" and node.head.i == verb.i:
            yield node  # "X shortly after the raid condemned it", parsed "the raid condemned" (``_subject_read``)


def _subject_read(mark: Token, verb: Token) -> Token | None:
    """The act noun a preposition names when the parser read the noun as the verb's subject and the preposition as the
    clause's conjunction ("Varo shortly after the raid condemned it": "the raid" just before "condemned"): only the
    noun's determiner and modifiers stand between the preposition and it, and nothing between it and the verb."""
    noun = verb.doc[verb.i - 1] if verb.i > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.i <= mark.i:
        return None
    between = verb.doc[mark.i + 1:noun.i]
    return noun if all(t.dep_ in ("det", "amod", "compound") and t.head.i == noun.i for t in between) else None


def _below(node: Token, verb: Token, most: int = 3) -> bool:
    """Whether a word hangs on a verb within ``most`` steps, through no other verb."""
    for _ in range(most):
        node = node.head
        if node.i == verb.i:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
    return False


def _count(prep: Token) -> int | None:
    """The days between the act a preposition names and the clause's act: 0 for "hours after", "shortly after",
    "within hours of"; 2 for "two days after", -7 for "a week before", -1 for "on the eve of"; None when no count
    is stated."""
    doc = prep.doc
    sign = -1 if prep.lower_ == "before" else 1
    words_before = doc[max(prep.sent.start, prep.i - 4):prep.i]
    if prep.lower_ == "of" and prep.head.lower_ in EVE_NOUNS and prep.head.dep_ == "pobj":
        return -1  # "on the eve of the summit": the day before it
    if prep.lower_ == "of" and not any(t.lower_ == "within" for t in words_before):
        return None
    if prep.i > prep.sent.start and doc[prep.i - 1].lower_ in CLOSE_COUNTS:
        return 0
    text = words_before.text
    counts = [t for t in find_timexes(text) if t.kind == "duration" and t.end == len(text)]
    if not counts:
        return None
    unit, num = counts[-1].parts.unit, counts[-1].parts.num
    if unit in SAME_DAY_UNITS:
        return 0
    if unit in DAY_UNITS and num is not None and num.isdigit() and prep.lower_ != "of":
        return sign * int(num) * DAY_UNITS[unit]
    return None


def bases(word: Token) -> frozenset[str]:
    """The verbs a word may derive from, by ``derivations.tsv`` ("television" -> "televise", "election" -> "elect");
    not the lemma itself."""
    lemma = word.lemma_.lower()
    return frozenset(lemma[: -len(suffix)] + ending for suffix, ending in derivations()
                     if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2)


def same_act(a: Token, b: Token) -> bool:
    """Whether two words tell one act: one lemma ("the vote", "voted"), or a noun and the verb it derives from ("the
    detentions", "detained"; "television", "televised"); a derived word meets only a verb ("the statement" is not
    "the state")."""
    if a.lemma_.lower() == b.lemma_.lower():
        return True
    return (b.pos_ == "VERB" and b.lemma_.lower() in bases(a)) or (a.pos_ == "VERB" and a.lemma_.lower() in bases(b))


def earlier_telling(noun: Token, earlier: list[Span]) -> Token | None:
    """The word of the latest earlier sentence that tells the act a noun names: the noun's own act first ("the
    vote" -> "voted"), else that of a participle before it ("his televised address" -> "national television"; not
    "the Israeli strike" -> any "Israeli")."""
    for words in ([noun], [c for c in noun.children if c.dep_ in ("amod", "compound") and c.pos_ == "VERB"]):
        for sent in reversed(earlier):
            hit = next((t for t in sent if t.pos_ in ACT_POS and any(same_act(w, t) for w in words)), None)
            if hit is not None:
                return hit
    return None

ANCHOR_PREPS = word_class("anchor_preps")
"""Prepositions whose bare event noun only places another event in time ("after", "since")."""
FRAME_NOUNS = word_class("anchor_frame_noun", WORDS)
"""Nouns of a compound preposition of time ("in the wake of", "on the eve of", "during the run-up to")."""
FRAME_PREPS = frozenset({"of", "to"})
"""The prepositions that end such a compound ("in the wake [of]", "during the run-up [to]")."""
PARTNER_PREPS = frozenset({"with", "between"})
"""Prepositions that give an event noun a partner of its own: "after talks with X" tells the talks."""


def time_anchor(noun: Token) -> bool:
    """Whether an event noun is the bare object of a time preposition, directly, through a measure noun ("since
    the invasion", "after a week of unrest") or through a compound preposition ("in the wake of riots"),
    with no partner of its own ("after talks with X" is told) and no sides the clause joins ("A and B signed
    the accord after talks in Oslo": ``talks_of_joint_subject``)."""
    # the parser reads "following" as a verb now and then: its noun is then a dobj, the word still a preposition
    if noun.dep_ not in ("pobj", "dobj") or any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
        return False
    if talks_of_joint_subject(noun):
        return False
    prep = governing_prep(noun)  # "after [a week of] unrest": the span of time is the anchor's
    if prep.lower_ in FRAME_PREPS and prep.head.dep_ == "pobj" and prep.head.lower_ in FRAME_NOUNS \
            and prep.head.head.dep_ == "prep":
        return True  # "in the wake of riots", "on the eve of polls": a compound preposition of time
    return prep.dep_ == "prep" and prep.lower_ in ANCHOR_PREPS


def talks_of_joint_subject(noun: Token) -> bool:
    """Whether a meeting noun, bare object of a preposition ("after talks in Oslo", "following two days of talks"),
    hangs on a verb whose subject joins two or more sides ("A and B signed the accord after talks in Oslo"): those
    sides held the talks, an act told of its own. "After the talks", a process told as known, is no such act."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in MEETING_NOUNS or any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return False
    prep = governing_prep(noun)  # "following [two days of] talks"
    verb = prep.head
    return prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
