"""Annotate cleaned documents: actors, posts and events, each with its evidence and dates.

``annotate_documents`` parses every body and caption with one ``nlp.pipe`` pass, then
builds, per document, its entities (``actors.py``), positions (``posts.py``) and events
(``events.py``), dated by the passes of ``dating.py`` with the time expressions of
``dateline.dates`` placed on the parse by ``annotate/timex.py``. spaCy objects never leave this package.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.dating import Dated, date_events
from dateline.annotate.event_records import Found
from dateline.annotate.events import find_events, told_apart
from dateline.annotate.nlp import sentence_of, text_of, title_heads
from dateline.annotate.organs import dateline_state
from dateline.annotate.perfect import standing_post
from dateline.annotate.person_country import context_pass, lexicon_pass
from dateline.annotate.post_dates import date_posts
from dateline.annotate.posts import PostMention, find_posts
from dateline.annotate.stateless import with_record_actors
from dateline.annotate.timex import TimedSpan, sentence_timexes
from dateline.annotate.voicing import add_later_officials
from dateline.errors import AnnotateError, warning
from dateline.model import Document, Event, Evidence, Interval, Position, replace
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)



def annotate_documents(docs: Sequence[Document], nlp: Language, opts: Options) -> list[Document]:
    """Return the documents with entities, positions and events (document-local entity ids).

    A document in another language than the models read (``reads_language``) is not parsed:
    it comes back with warning W001 and no entities, posts or events.
    """
    return [annotate_parsed(doc, units, nlp, opts) if units is not None else not_annotated(doc)
            for doc, units in zip(docs, parse_documents(docs, nlp, opts))]


def parse_documents(docs: Sequence[Document], nlp: Language, opts: Options) -> list[list[Unit] | None]:
    """Parse the body and captions of every document with one ``nlp.pipe`` pass: one list of Units per document,
    None for a document in a language the models do not read (``not_annotated``).

    Raises:
        AnnotateError: A003 when a body or caption is longer than the parser takes.
    """
    texts: list[str] = []
    for doc in docs:
        if not reads_language(doc, opts):
            continue
        texts.append(doc.body)
        texts.extend(doc.captions)
        # the parser's memory grows with the text (about 300 MB per 100,000 characters, bench/long_page.py):
        # spaCy's own limit stays, and a longer text is this page's coded error, not the batch's crash
        for where, text in (("body", doc.body), *(("caption", c) for c in doc.captions)):
            if len(text) > nlp.max_length:
                raise AnnotateError("A003", where=where, size=len(text), limit=nlp.max_length)
    parsed = iter(nlp.pipe(texts, batch_size=opts.batch_size))
    out: list[list[Unit] | None] = []
    for doc in docs:
        if not reads_language(doc, opts):
            out.append(None)
            continue
        units = [Unit(next(parsed), "body")]
        captions = [Unit(next(parsed), "caption", i) for i in range(len(doc.captions))]
        for unit in captions:
            unit.doc.user_data["caption"] = True  # captions tell the past in the present tense
        out.append(units + captions)
    return out


def reads_language(doc: Document, opts: Options) -> bool:
    """Whether the annotation models read the document's language (unknown counts as readable)."""
    return doc.language is None or doc.language == opts.annotate_language


def not_annotated(doc: Document) -> Document:
    """Return a document in a language the models do not read: no annotations, warning W001 recorded."""
    from dateline.clean.language import language_name

    code = doc.language or "?"
    note = warning("W001", name=language_name(code), language=code)
    LOGGER.debug("%s: %s", doc.source.path, note)
    warnings = doc.warnings if note in doc.warnings else (*doc.warnings, note)
    return replace(doc, entities=(), positions=(), events=(), warnings=warnings)


def is_english(doc: Doc, min_ratio: float | None = None) -> bool:
    """Whether a parsed text reads as English, by its share of English stop words.

    The English rules would misread another language ("Die App soll ..." is not a death).
    """
    # two flags per token read in one array, not a Token object built per token
    flags = doc.to_array([IS_ALPHA, IS_STOP])
    alpha = flags[:, 0] == 1
    words = int(alpha.sum())
    if words < 30:
        return True  # too short to judge: a caption, a one-line wire
    threshold = Options().min_english_stop_ratio if min_ratio is None else min_ratio
    return int(flags[alpha, 1].sum()) / words >= threshold


def annotate_parsed(doc: Document, units: list[Unit], nlp: Language, opts: Options | None = None) -> Document:
    """Annotate one document whose body (unit 0) and captions are parsed."""
    opts = opts or Options()
    actors = Actors()
    actors.add_units(units)
    actors.dateline = dateline_state(units[0].doc) if units[0].where == "body" else None
    if not is_english(units[0].doc, opts.min_english_stop_ratio):
        LOGGER.info("%s is not English: entities only", doc.source.path)
        return replace(doc, entities=tuple(actors.entities()))
    anchor = doc.published_date()
    timexes = [sentence_timexes(u.doc) for u in units]

    posts: list[PostMention] = []
    for ui, unit in enumerate(units):
        posts += find_posts(ui, unit, actors)
    for post in posts:
        if post.country:
            actors.note_country(post.person, post.country)
    lexicon_pass(actors, units, doc.title)
    context_pass(actors, units, posts, doc.title)
    holders: dict[str, dict[str, None]] = {}  # an ordered set per title word: a list's ``in`` was quadratic
    for post in posts:
        for word in post.title.split():
            if word in title_heads():
                holders.setdefault(word, {})[post.person] = None
        holders.setdefault(f"={post.title}", {})[post.person] = None  # the whole title: "the Bordurian leader"
    titled = {word: list(people) for word, people in holders.items()}

    found = [list(find_events(ui, unit.doc, nlp, actors, titled)) for ui, unit in enumerate(units)]
    dated = date_events(found, units, timexes, anchor)
    events = add_later_officials(_events(dated, units, actors), units, actors)
    positions, stated = _positions(posts, units, timexes, anchor, actors, doc.published)
    events = _career_events(events, stated, posts)
    entities = tuple(actors.entities())
    events = with_record_actors(events, entities)
    return replace(doc, entities=entities, positions=tuple(positions), events=tuple(events))


def _evidence(unit: Unit, sent: Span) -> Evidence:
    # the sentence's characters cut from the text joined once (``Span.text`` builds a Token per word, per event)
    text = text_of(sent.doc)[sent.start_char:sent.end_char].rstrip()
    return Evidence(text, sent.start_char, sent.start_char + len(text), unit.where, unit.caption)


def _overlap(a: Interval | None, b: Interval | None) -> bool:
    """Whether two dates can be the same occurrence: either unknown, or intervals that overlap."""
    if a is None or b is None or not a.resolved or not b.resolved:
        return True
    return (a.start or "") <= (b.end or "") and (b.start or "") <= (a.end or "")


def _narrower(a: Interval | None, b: Interval | None) -> Interval | None:
    """The more precise of two dates of one event (a resolved one over none; a day inside a weekend)."""
    if b is None or not b.resolved:
        return a
    if a is None or not a.resolved:
        return b
    return b if _days(b) < _days(a) and _overlap(a, b) else a


def _days(interval: Interval) -> int:
    start, end = interval.start_date(), interval.end_date()
    return (end - start).days if start and end else 10**6


def _events(dated: list[Dated], units: list[Unit], actors: Actors) -> list[Event]:
    """Build Event records, keeping one event per real occurrence inside the document."""
    events: list[Event] = []
    bounds: list[bool] = []
    news: list[bool] = []  # the date is only a news day (``dating._news_day_of_unreached``)
    by_sides: dict[tuple[str, frozenset[str]], list[int]] = {}  # a scan of all events per mention was quadratic
    for item in dated:
        f = item.found
        sides = (f.trigger.type, frozenset(f.args.actors()))
        unit = units[item.unit_index]
        evidence = _evidence(unit, sentence_of(f.trigger.token))
        # "hosted the forum jointly with B, then had a private meeting with B": told apart from the act beside it
        apart = told_apart(f.trigger.token)
        same = next((i for i in by_sides.get(sides, []) if (_overlap(events[i].date, item.date) or news[i]
                                                              or item.news_day)
                     and _same_direction(events[i], f) and not (apart and events[i].evidence == evidence)), None)
        if same is not None:
            # "met and held talks", the lead and the body: one occurrence, dated as precisely as told, with the mode
            # a later telling gives when the first gave none ("X's call with Y was improper", then "the July 25 phone
            # call": one call, by phone); a news day only bounds it, so a telling with a date of its own dates it
            date = (events[same].date if item.news_day else item.date if news[same]
                    else _narrower(events[same].date, item.date))
            news[same] = news[same] and item.news_day
            events[same] = replace(events[same], date=date, mode=events[same].mode or f.trigger.mode)
            continue
        ev = Event(
            id=f"v:{len(events) + 1}", type=f.trigger.type, mode=f.trigger.mode,
            source=tuple(f.args.source), target=tuple(f.args.target), participants=tuple(f.args.participants),
            location=f.args.location, date=item.date, modality=f.modality,  # type: ignore[arg-type]
            attribution=f.args.attribution, trigger=f.trigger.token.text,
            evidence=evidence,
        )
        by_sides.setdefault((ev.type, frozenset(ev.actors())), []).append(len(events))
        events.append(ev)
        bounds.append(item.bound or item.news_day)
        news.append(item.news_day)
    return _one_death_each(_merge_restatements(events, bounds, actors), actors)


SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types whose sides may be told in either order ("A met B", "B held talks with A")."""


def _same_direction(ev: Event, found: Found) -> bool:
    """Whether a mention can restate an event: same sides, unless the type is directed and the roles are swapped
    ("Uganda accused Kenya ..., and Kenya accused Uganda" are two accusations)."""
    if ev.type in SYMMETRIC or not (ev.source and found.args.source):
        return True
    return not (set(found.args.source) & set(ev.target) and set(found.args.target) & set(ev.source))


def _merge_restatements(events: list[Event], bounds: list[bool], actors: Actors) -> list[Event]:
    """Drop an undated event whose actors all take part in a fuller event of the same type: one occurrence told twice.

    A state counts as taking part when one of the fuller event's actors belongs to it ("North Korea
    launched a missile" and "Kim oversaw the launch").
    """
    def widened(ids: tuple[str, ...]) -> set[str]:
        out = set(ids)
        for a in ids:
            code = actors.country_of(a)
            state = actors.existing_state(code) if code else None
            if state:
                out.add(state)
        return out

    def told_in(ev: Event, o: Event) -> bool:
        """Whether every actor of ev takes part in o, in the same role unless the type is symmetric."""
        if ev.type in SYMMETRIC:
            return set(ev.actors()) <= widened(o.actors())
        return (set(ev.source) <= widened(o.source + o.participants)
                and set(ev.target) <= widened(o.target + o.participants)
                and set(ev.participants) <= widened(o.actors()))

    def later_act(ev: Event, o: Event) -> bool:
        """Whether o is another act told after ev in its sentence, by its sides and someone new they turned to: "A met
        B, C and D, and the leaders later urged E to act" is a meeting, then a request."""
        return (ev.evidence == o.evidence and ev.trigger != o.trigger and len(set(ev.actors())) >= 3
                and set(ev.actors()) <= set(o.source) and bool(set(o.target) - set(ev.actors())))

    def compatible(i: int, b: Event) -> bool:
        a = events[i]
        if a.date is None or not a.date.resolved:
            return True
        if b.date is None or not b.date.resolved:
            return False
        if bounds[i]:
            return (b.date.end or "") <= (a.date.end or "")
        return (a.date.start, a.date.end) == (b.date.start, b.date.end)

    # an event can only be told in one whose (widened) actors hold all of its own: index them by actor, so
    # each event is compared with the few that share its rarest actor, not with every event (issue 16)
    kinds: dict[tuple[str, str | None, str], list[int]] = {}
    with_actor: dict[tuple[str, str | None, str, str], list[int]] = {}
    for j, o in enumerate(events):
        kinds.setdefault((o.type, o.mode, o.modality), []).append(j)
        for a in widened(o.actors()):
            with_actor.setdefault((o.type, o.mode, o.modality, a), []).append(j)
    told_at: dict[tuple[str, str, int], list[int]] = {}
    for j, o in enumerate(events):
        told_at.setdefault((o.type, o.modality, o.evidence.start), []).append(j)
    dropped: set[int] = set()
    visited: set[int] = set()
    for i, ev in enumerate(events):
        mine = set(ev.actors())
        kind = (ev.type, ev.mode, ev.modality)
        pool = min((with_actor.get((*kind, a), []) for a in mine), key=len) if mine else kinds[kind]
        if any(j not in dropped and told_in(ev, events[j]) and mine != set(events[j].actors())
               and compatible(i, events[j]) and not later_act(ev, events[j]) for j in pool if j != i):
            dropped.add(i)
            continue
        if not ev.target and any(j != i and j not in dropped and events[j].evidence == ev.evidence
                                 and told_in(ev, events[j]) and mine != set(events[j].actors())
                                 and _overlap(ev.date, events[j].date)
                                 for j in told_at[(ev.type, ev.modality, ev.evidence.start)]):
            # "flew to Riga and attended a conference", "summoned the envoy and told him ...": in one sentence, a
            # second verb of the type with no target of its own, done by the fuller event's doers, tells the same
            # act again, whatever mode each verb gives it (issue 12: added events under CV)
            dropped.add(i)
            continue
        if ev.type == "CONSULT" and ev.mode == "visit" and mine:
            # "flew to Ankara for talks with Erdogan": the visit to the state and the talks with its leader, told in
            # one sentence, are one meeting; the talks keep the visit's mode. A visit told with meetings one by one
            # ("visited Ankara and held meetings with A and B", split per host) is a trip of its own, beside them
            talks = min((with_actor.get(("CONSULT", None, ev.modality, a), []) for a in mine), key=len)
            host = next((j for j in talks if j not in dropped and told_in(ev, events[j])
                         and events[j].evidence.start == ev.evidence.start and compatible(i, events[j])), None)
            if host is not None and sum(1 for o in events if o.type == "CONSULT" and o.trigger == events[host].trigger
                                        and o.evidence == events[host].evidence) == 1:
                dropped.add(i)
                visited.add(host)
    return [replace(ev, id=f"v:{n + 1}", mode="visit" if i in visited else ev.mode)
            for n, (i, ev) in enumerate((i, ev) for i, ev in enumerate(events) if i not in dropped)]


def _one_death_each(events: list[Event], actors: Actors) -> list[Event]:
    """Keep one asserted death per person: a person dies once, and every other mention of it ("the mourning for X, who
    died ...", "X was found dead", "X died on Friday") tells that one death again, whatever date its clause gave it.

    The mention dated earliest is kept: a later one is dated by the aftermath it tells (the funeral, the body found).
    ``resolve.same_event.ONCE_PER_PERSON`` applies the same rule across documents (issue 12: repeated events).
    """
    deaths: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        if (ev.type == "DIE" and ev.modality == "asserted" and len(ev.target) == 1
                and actors.type_of(ev.target[0]) == "PERSON" and ev.evidence.where == "body"):
            deaths.setdefault(ev.target[0], []).append(i)

    def told_first(i: int) -> tuple[bool, str, int]:
        when = events[i].date
        start = when.start if when is not None and when.resolved else None
        return start is None, start or "", i

    dropped = {i for told in deaths.values() if len(told) > 1 for i in told if i != min(told, key=told_first)}
    if not dropped:
        return events  # numbered already (``_merge_restatements``): no copy of every event of every document
    return [replace(ev, id=f"v:{n + 1}") for n, ev in enumerate(ev for i, ev in enumerate(events) if i not in dropped)]


def _career_events(events: list[Event], positions: list[Position], posts: list[PostMention]) -> list[Event]:
    """A career told with dates ("served as finance minister from 2016 to 2019", "had led the agency since 2016")
    is an appointment at its start and a departure at its end, unless an event of the sentence tells them already."""
    verbed = {(p.person, p.sentence.start_char) for p in posts if p.verb is not None}
    # "has served as finance minister since 1995": a post kept to this day is no appointment told (GUIDE.md: a
    # standing present is not_event; "had led the agency since 2016" and an acting post still are)
    standing = {(p.person, p.sentence.start_char) for p in posts if p.verb is not None
                and standing_post(p.head if p.head is not None else p.verb, "APPOINT")}
    out = list(events)
    by_actor: dict[tuple[str, str], list[Event]] = {}  # a scan of all events per position was quadratic
    for e in out:
        for a in dict.fromkeys(e.actors()):
            by_actor.setdefault((e.type, a), []).append(e)
    for pos in positions:
        if (pos.person, pos.evidence.start) not in verbed:
            continue  # a title in apposition ("Foreign Minister X") states no career step
        for typ, when in (("APPOINT", pos.start), ("DISMISS", pos.end)):
            if when is None or not when.resolved or when.granularity not in ("day", "month", "year"):
                continue
            if typ == "APPOINT" and (pos.person, pos.evidence.start) in standing:
                continue
            if any(_overlap(e.date, when) for e in by_actor.get((typ, pos.person), [])):
                continue
            out.append(Event(id=f"v:{len(out) + 1}", type=typ, evidence=pos.evidence, target=(pos.person,),
                             date=when, trigger=pos.title_text))
            by_actor.setdefault((typ, pos.person), []).append(out[-1])
    return out


def _positions(posts: list[PostMention], units: list[Unit], timexes: list[dict[int, list[TimedSpan]]],
               anchor: date | None, actors: Actors, published: str | None) -> tuple[list[Position], list[Position]]:
    """One Position per (person, title) of the text, dated by the first of its mentions that dates it
    (``post_dates.py``): "Ambassador X" first and "X was appointed ambassador in 2014" later is one dated post.

    Returns the positions, and the same positions with only the dates their own words state (not those a
    sequence gives: "Before that, he served as Y" ends Y where the next post starts, but tells no departure).
    """
    out: list[Position] = []
    inferred: list[set[str]] = []
    at: dict[tuple[str, str], int] = {}
    for dating in date_posts(posts, timexes, anchor):
        post = dating.post
        key = (post.person, post.title)
        unit = units[post.unit_index]
        pos = Position(
            person=post.person, title=post.title, title_text=post.title_text,
            country=post.country or actors.country_of(post.person), evidence=_evidence(unit, post.sentence),
            start=dating.start, end=dating.end, as_of=published,
        )
        if key not in at:
            at[key] = len(out)
            out.append(pos)
            inferred.append(set(dating.inferred))
            continue
        n = at[key]
        first = out[n]
        if first.start is None and first.end is None and (pos.start is not None or pos.end is not None):
            # the mention that dates the post stands for it ("Ambassador X ..., X was appointed ambassador in 2014")
            out[n] = replace(pos, country=pos.country or first.country)
            inferred[n] = set(dating.inferred)
        else:
            for field in ("start", "end"):
                if getattr(first, field) is None and getattr(pos, field) is not None:
                    out[n] = replace(out[n], **{field: getattr(pos, field)})
                    inferred[n].discard(field)
                    inferred[n] |= {field} & set(dating.inferred)
    stated = [replace(p, start=None if "start" in inf else p.start, end=None if "end" in inf else p.end)
              for p, inf in zip(out, inferred, strict=True)]
    return out, stated
