"""Date the posts one text states: the times of each post's own clause or phrase, then the order the text tells.

A post is dated by the times its own words carry: the clause of its verb ("was appointed ambassador in
2014", "served as counsellor from 2006 to 2011", "has led the bank since 2016") or, for a post named
without a verb, the title's own phrase ("X, governor of the central bank since 2016,"). Then the
sequences news tells a career by (issue 14), each a named pass over the posts of one person:

* ``then_pass``: "worked as X from 1997 to 2003 and later as Y": Y starts where X ends;
* ``when_pass``: "was X until 2011, when she became Y": Y starts at the time the "when" clause hangs on;
* ``before_that_pass``: "... was named envoy to Chile in 2009. Before that, she worked as Y": Y ends
  where the post of the sentence before starts;
* ``after_pass``: "became governor in 2019 after serving as finance minister": the minister's post
  ends where the governor's starts;
* ``purpose_pass``: "stepped down as governor in 2019 to become ambassador": the ambassador's post
  starts where the governor's ends;
* ``duration_pass``: "withdrawn in March 2019 after 11 years as consul": the post started
  11 years before it ended.

Why hand-written: the dates come from ``dateline.dates``; which post a time belongs to is a question
of the parse and of a few sequence words, which no maintained library answers.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from dateline.annotate.posts import PostMention, successor_subject
from dateline.annotate.timex import TimedSpan, find_timexes
from dateline.dates.normalize import range_ends, to_interval
from dateline.lexicons import word_class
from dateline.model import Interval, Timex

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""

START_LEMMAS = word_class("post_start_verb", WORDS)
END_LEMMAS = word_class("post_end_verb", WORDS)
SEQUENCE_WORDS = word_class("post_sequence_word", WORDS)
"""Words that, between two posts of one sentence, put the second after the first ("and then as Y")."""
BEFORE_THAT = word_class("post_before_that", WORDS)
"""The pronouns of "before that", "before then": the act the sentence before tells."""

NOMINAL_SIGNALS = frozenset({"since", "from", "until", "till", "to"})
"""The signals that date a post named without a verb ("governor since 2016"); a bare "in 2016" only says it was held
then."""


@dataclass(slots=True)
class Dating:
    """The start and end found so far for one post mention."""

    post: PostMention
    start: Interval | None = None
    end: Interval | None = None
    inferred: tuple[str, ...] = ()
    """The fields ("start", "end") a sequence pass gave, which the post's own words do not state."""


def date_posts(posts: Sequence[PostMention], timexes: Sequence[dict[int, list[TimedSpan]]],
               anchor: date | None) -> list[Dating]:
    """Return the dates of each post mention, in the order of ``posts``: its own, then those its sequence gives."""
    in_sentence: dict[tuple[int, int], list[PostMention]] = {}
    for post in posts:
        in_sentence.setdefault((post.unit_index, post.sentence.start), []).append(post)
    out = []
    for post in posts:
        dating = Dating(post)
        sent_timexes = timexes[post.unit_index].get(post.sentence.start, [])
        if post.verb is not None:
            own = _own_timexes(post, sent_timexes, in_sentence[(post.unit_index, post.sentence.start)])
        else:
            own = [(t, s) for t, s in _phrase_timexes(post, sent_timexes) if t.signal in NOMINAL_SIGNALS
                   or range_ends(t) is not None]
        for t, _s in own:
            _take(dating, t, anchor)
        out.append(dating)
    for name, sequence_pass in SEQUENCE_PASSES:
        for dating, iv, field in sequence_pass(out, timexes, anchor):
            if getattr(dating, field) is None:
                LOGGER.debug("%s: %s %s of %r (%r)", name, field, iv.text, dating.post.title, dating.post.sentence.text)
                setattr(dating, field, iv)
                dating.inferred += (field,)
    return out


def _take(dating: Dating, t: Timex, anchor: date | None) -> None:
    """Give one time of a post's own words to its start or its end, by its signal and the post's verb; a time counted
    from the story's day ("took the oath as premier later that evening") is left to the event dating, which follows the
    story: read against the publication date it would date the post the day the page came out."""
    if t.anaphoric:
        return
    ends = range_ends(t)
    if ends is not None:
        dating.start = dating.start or to_interval(ends[0], anchor, "past")
        dating.end = dating.end or to_interval(ends[1], anchor, "past")
        return
    # "has been minister since 2016": the post started in 2016, not over the span from then to the text's date
    interval = to_interval(replace(t, signal=None) if t.signal == "since" else t, anchor, "past")
    verb = dating.post.verb
    # "X replaced Y as minister in May": the successor's post starts then (Y's, when a body replaced Y, ends)
    leaves = verb is not None and verb.lemma_ in END_LEMMAS and successor_subject(verb) is None
    if t.signal in ("until", "till", "to") or leaves:
        dating.end = dating.end or interval
    elif (verb is not None and verb.lemma_ in START_LEMMAS) or t.signal in ("from", "since", "in"):
        dating.start = dating.start or interval


def _governing_verb(tok: Token) -> int:
    """Return the index of the nearest verb above a token (the token's clause), or -1."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    return tok.i


def _phrase_timexes(post: PostMention, found: list[TimedSpan]) -> list[TimedSpan]:
    """The times inside a post's own phrase, below its title head with no verb between ("X, governor since 2016")."""
    head = post.head
    if head is None:
        return []
    out = []
    for t, span in found:
        tok = span.root
        while tok.i != head.i and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        if tok.i == head.i:
            out.append((t, span))
    return out


def _title_at(post: PostMention) -> int:
    """The character offset of a post's title in its text, or -1."""
    at = post.sentence.text.find(post.title_text) if post.title_text else -1
    return post.sentence.start_char + at if at >= 0 else -1


def _own_timexes(post: PostMention, found: list[TimedSpan], posts: list[PostMention]) -> list[TimedSpan]:
    """Keep the dates of a post's own clause, each given to the nearest title before it (issue 14).

    "A Japan specialist who joined the ministry in 1994, X worked as first secretary from 2001
    to 2007 and later as consul general": 1994 belongs to "joined", 2001-2007 to the
    first secretary post; the consul general post, named after them, gets neither. Verbs
    joined by "and" count as one clause ("was named governor in 2012 and headed it until 2020").
    """
    assert post.verb is not None
    peers = [p for p in posts if p.verb is not None and p.verb.i == post.verb.i and _title_at(p) >= 0]
    mine = _title_at(post)
    # the verbs of one coordination share their dates ("On Wednesday, Tokayev accepted ... and appointed")
    top = post.verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    clause = {top.i}
    todo = [top]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                clause.add(child.i)
                todo.append(child)
    out: list[TimedSpan] = []
    for t, span in found:
        if _governing_verb(span.root) not in clause:
            continue
        if mine >= 0 and len(peers) > 1:
            before = [p for p in peers if _title_at(p) <= span.start_char]
            owner = max(before, key=_title_at) if before else min(peers, key=_title_at)
            if _title_at(owner) != mine:
                continue
        out.append((t, span))
    return out


def _by_sentence(datings: list[Dating]) -> dict[tuple[int, int, str], list[Dating]]:
    """The post mentions of each (text, sentence start, person): a scan of the page's posts per post is quadratic."""
    out: dict[tuple[int, int, str], list[Dating]] = defaultdict(list)
    for d in datings:
        out[(d.post.unit_index, d.post.sentence.start, d.post.person)].append(d)
    return out


Found = list[tuple[Dating, Interval, str]]
"""What a sequence pass gives: (the post's dating, a date, "start" or "end")."""


def then_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]], anchor: date | None) -> Found:
    """ "worked as X from 1997 to 2003 and later as Y": a post introduced by a sequence word after an ended post of
    the same person in the same sentence starts where that post ends."""
    out: Found = []
    told = _by_sentence(datings)
    for d in datings:
        if d.start is not None or _title_at(d.post) < 0:
            continue
        earlier = [e for e in told[(d.post.unit_index, d.post.sentence.start, d.post.person)]
                   if e.end is not None and e.end.resolved and 0 <= _title_at(e.post) < _title_at(d.post)]
        if not earlier:
            continue
        prev = max(earlier, key=lambda e: _title_at(e.post))
        sent = d.post.sentence
        between = sent.doc.text[_title_at(prev.post) + len(prev.post.title_text): _title_at(d.post)]
        if any(w in SEQUENCE_WORDS for w in re.findall(r"[a-z]+", between.lower())):
            assert prev.end is not None
            out.append((d, prev.end, "start"))
    return out


def when_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]], anchor: date | None) -> Found:
    """ "was X until 2011, when she became Y", "chaired it until June 2017, when the premier named her to the government
    as Y": a "when" clause that hangs on a time starts its post at that time (ends it, told by a leaving verb)."""
    out: Found = []
    for d in datings:
        verb = d.post.verb
        field = "end" if verb is not None and verb.lemma_ in END_LEMMAS else "start"
        if getattr(d, field) is not None or verb is None or verb.dep_ not in ("relcl", "advcl") or not any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            continue
        for t, span in timexes[d.post.unit_index].get(d.post.sentence.start, []):
            if span.start <= verb.head.i < span.end:
                ends = range_ends(t)
                point = t if ends is None else ends[1] if verb.head.idx >= ends[1].start else ends[0]
                iv = to_interval(point, anchor, "past")
                if iv.resolved:
                    out.append((d, iv, field))
                break
    return out


def before_that_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]],
                     anchor: date | None) -> Found:
    """ "... was named envoy to Chile in 2009. Before that, she worked as Y": the post of the clause "before that"
    opens ended where the same person's post of the sentence before starts."""
    out: Found = []
    by_sentence = _by_sentence(datings)
    for d in datings:
        verb = d.post.verb
        if d.end is not None or verb is None or not any(
                c.dep_ == "prep" and c.lower_ == "before" and any(g.lower_ in BEFORE_THAT for g in c.children)
                for c in verb.children):
            continue
        sent = d.post.sentence
        if sent.start == 0:
            continue
        prev_sentence = sent.doc[sent.start - 1].sent
        told = [e for e in by_sentence[(d.post.unit_index, prev_sentence.start, d.post.person)]
                if e.start is not None and e.start.resolved]
        if told:
            start = min(told, key=lambda e: e.start.start or "").start  # type: ignore[union-attr]
            assert start is not None
            out.append((d, start, "end"))
    return out


def after_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]], anchor: date | None) -> Found:
    """ "became governor in 2019 after serving as finance minister", "took it up after a stint as counsellor": the
    post named in an "after" adjunct of the clause that starts another post ended where that post starts."""
    out: Found = []
    told = _by_sentence(datings)
    for d in datings:
        head = d.post.head
        if d.end is not None or head is None:
            continue
        later = _after_clause(head)
        if later is None:
            continue
        for e in told[(d.post.unit_index, d.post.sentence.start, d.post.person)]:
            verb = e.post.verb
            if e is not d and verb is not None and verb.i == later.i and e.start is not None and e.start.resolved:
                out.append((d, e.start, "end"))
                break
    return out


def purpose_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]], anchor: date | None) -> Found:
    """ "stepped down as governor in 2019 to become ambassador": a post taken in a "to" clause of the verb by which
    the same person left another post starts where that post ends."""
    out: Found = []
    told = _by_sentence(datings)
    for d in datings:
        verb = d.post.verb
        if d.start is not None or verb is None or verb.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        leaving = verb.head
        if leaving.lemma_ not in END_LEMMAS or leaving.i == verb.i:
            continue
        for e in told[(d.post.unit_index, d.post.sentence.start, d.post.person)]:
            if e is not d and e.post.verb is not None and e.post.verb.i == leaving.i and e.end is not None \
                    and e.end.resolved:
                out.append((d, e.end, "start"))
                break
    return out


def _after_clause(head: Token) -> Token | None:
    """The verb whose "after" adjunct holds a title ("became Y after serving as [X]"), or None."""
    tok = head
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ == "after":
            verb = tok.head.head
            return verb if verb.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


YEARS_PER_UNIT = {"year": 1, "decade": 10}
"""Length of the units a post's duration is told in ("after 11 years as consul", "two decades as governor")."""


def duration_pass(datings: list[Dating], timexes: Sequence[dict[int, list[TimedSpan]]],
                  anchor: date | None) -> Found:
    """ "withdrawn in March 2019 after 11 years as consul", "a four-year stint as attache": a post whose
    end is known and whose length its phrase tells started that many years before (a year, as precise as told)."""
    out: Found = []
    for d in datings:
        head = d.post.head
        if d.start is not None or d.end is None or not d.end.start or head is None:
            continue
        if head.dep_ != "pobj" or head.head.lower_ != "as" or head.head.head.pos_ != "NOUN":
            continue
        noun = head.head.head
        told = [t for t in find_timexes(noun.doc[noun.left_edge.i: noun.i + 1].text) if t.kind == "duration"]
        unit = told[0].parts.unit if told else None
        num = told[0].parts.num if told else None
        if unit not in YEARS_PER_UNIT or not num or not num.isdigit():
            continue
        year = int(d.end.start[:4]) - int(num) * YEARS_PER_UNIT[unit]
        out.append((d, Interval(f"{year:04d}-01-01", f"{year:04d}-12-31", f"{told[0].text} before {d.end.text}",
                                "year"), "start"))
    return out


SequencePass = Callable[[list[Dating], Sequence[dict[int, list[TimedSpan]]], "date | None"], Found]
SEQUENCE_PASSES: tuple[tuple[str, SequencePass], ...] = (
    ("when", when_pass),
    ("then", then_pass),
    ("before_that", before_that_pass),
    ("after", after_pass),
    ("purpose", purpose_pass),
    ("duration", duration_pass),
)
"""The sequence passes, in order: each reads the dates the ones before it gave."""
