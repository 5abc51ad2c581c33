"""Give every person of a list the career step told of one of them: "the resignations of three ministers: Health
Minister A, Transport Minister B and Trade Minister C", "Three ministers resigned, among them A and B", "sacked
four generals, including A and B".

A list of people, each with a title, after a colon or after "among them", "including" or "namely" names the ones a
resignation, dismissal or appointment befalls (GUIDE.md: one event per person the verb names; ``events._split`` makes
one event each). The parser seldom joins such a list as conjuncts: titles between the names make it hang a name on the
next one as a modifier, or end the conjunction at a title, so the reader finds one or two of them. When the event's
target already holds one person of the list, ``_role_listed_people`` (a pass of ``events.ROLE_PASSES``) adds every other
person the list names. A list that a verb of its own interrupts ("A, who resigned in May, and B") is read no further
than that verb.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from dateline.annotate.actors import Actors
from dateline.annotate.arguments import ArgumentReader, Arguments
from dateline.annotate.event_records import Trigger
from dateline.annotate.nlp import persons_between, sentence_of, title_heads
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

LISTED_CAREER_TYPES = frozenset({"APPOINT", "DISMISS"})
"""Types whose event befalls every person of a list told of it (one event each)."""
LIST_OPENERS = word_class("person_list_openers")
"""Words that open a list of the people a step befalls ("among them", "including", "namely")."""
LIST_PUNCT = frozenset({":"})
"""Punctuation that opens such a list."""
LIST_STOPS = frozenset({";", ".", "(", ")"})
"""Punctuation that ends a list."""
LISTED_HEADS = word_class("person_list_heads")
"""Plural heads that count the people a list then names, beside the title heads ("officials", "members")."""


def _list_spans(sentence: Span, after: int) -> list[tuple[int, int]]:
    """The (start, end) token spans of the lists a sentence opens after token ``after``: from the opener to the first
    verb, stop or further opener."""
    out = []
    doc = sentence.doc
    for t in sentence:
        if t.i <= after or not (t.text in LIST_PUNCT or t.lower_ in LIST_OPENERS):
            continue
        start = t.i + 1
        if doc[start - 1].lower_ == "among" and start < sentence.end and doc[start].lower_ in ("them", "whom"):
            start += 1
        end = next((u.i for u in doc[start:sentence.end] if u.text in LIST_STOPS or u.text in LIST_PUNCT
                    or u.pos_ in ("VERB", "AUX") or u.lower_ in LIST_OPENERS), sentence.end)
        if end > start:
            out.append((start, end))
    return out


def listed_people(trig: Trigger, actors: Actors, ui: int) -> list[list[str]]:
    """The persons of each list the trigger's sentence opens after the trigger, in order (a list of at least two)."""
    sentence = sentence_of(trig.token)
    lists = []
    for start, end in _list_spans(sentence, trig.token.i):
        named = [e for t in persons_between(trig.token.doc, start, end)
                 if (e := actors.entity_at(ui, t)) is not None and actors.type_of(e) == "PERSON"]
        named = list(dict.fromkeys(named))
        if len(named) >= 2:
            lists.append(named)
    return lists


def _counted_people(trig: Trigger) -> bool:
    """Whether the step befalls people counted by a plural noun of posts or members ("three ministers resigned", "the
    resignations of four cabinet members", "four officials whose resignations were announced")."""
    tok = trig.token
    slots = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")]
    slots += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        clause = tok.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            slots.append(clause.head)  # "four ministers whose resignations were announced"
    return any(s.tag_ == "NNS" and (s.lemma_.lower() in title_heads() or s.lemma_.lower() in LISTED_HEADS)
               for s in slots)


def _role_listed_people(trig: Trigger, args: Arguments, actors: Actors, reader: ArgumentReader) -> None:
    """Every person of a list the event's target already draws on, or a list of the people a plural noun counts, is a
    target too: "Three ministers resigned, among them Health Minister A and Transport Minister B" befalls A and B,
    though the parser joins only one of them."""
    if trig.type not in LISTED_CAREER_TYPES:
        return
    counted = _counted_people(trig)
    for named in listed_people(trig, actors, reader.ui):
        if (set(named) & set(args.target) or counted and not any(actors.type_of(a) == "PERSON" for a in args.target)) \
                and set(named) - set(args.target):
            LOGGER.debug("people of a list: %s for %r", named, trig.token.text)
            args.target = named + [a for a in args.target if a not in named]
            args.source = [a for a in args.source if a not in named]
            args.participants = [a for a in args.participants if a not in named]
