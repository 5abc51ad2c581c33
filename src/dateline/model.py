"""Define the one data model every stage shares, and its serialization to the output contract.

Field names follow ``spec/OUTPUT.md`` (the output contract). Objects are frozen,
slotted dataclasses: a stage returns new objects (``dataclasses.replace``) rather
than mutating its input. JSON serialization lives here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeVar, Union

PublishedFrom = Literal["text", "html-meta", "warc", "url", "user"]
PageKind = Literal["text", "html"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "GROUP"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year"]
Modality = Literal["asserted", "reported", "planned", "negated"]
RemovalReason = Literal[
    "newsletter", "donation", "navigation", "related", "comments", "share", "caption-dup", "other"
]
Where = Literal["body", "caption"]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "APPOINT", "DISMISS", "DIE", "AWARD",
)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: a file path, and for archives the URL and record number."""

    path: str
    url: str | None = None
    record: str | int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "record": self.record}


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page as read from input, decoded to text but not cleaned.

    ``kind`` says whether ``content`` is HTML markup or flattened page text.
    ``published``/``published_from`` carry a date the container states (a WARC-Date,
    a JSONL ``published`` field), used only when the page itself states none.
    """

    source: Source
    content: str
    kind: PageKind
    published: str | None = None
    published_from: PublishedFrom | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed: its source and one specific reason."""

    source: Source
    error: str

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source.to_json(), "error": self.error}


@dataclass(frozen=True, slots=True)
class Interval:
    """A date interval, inclusive, with its granularity and the text it came from.

    ``start``/``end`` are ISO dates (YYYY-MM-DD) or None when the expression could not
    be resolved (no anchor date); ``text`` is always kept.
    """

    start: str | None
    end: str | None
    text: str | None = None
    granularity: Granularity | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    def start_date(self) -> date | None:
        return date.fromisoformat(self.start) if self.start else None

    def end_date(self) -> date | None:
        return date.fromisoformat(self.end) if self.end else None

    def to_json(self) -> dict[str, Any]:
        gran = self.granularity
        # the contract knows day | month | year; finer or coarser spans map onto those
        if gran in ("week",):
            gran = "day"
        elif gran in ("quarter", "season"):
            gran = "month"
        return {"start": self.start, "end": self.end, "text": self.text, "granularity": gran}


TimexKind = Literal["date", "time", "duration", "set"]


@dataclass(frozen=True, slots=True)
class TimexParts:
    """What a time-expression rule read from its match, field by field; None where the text says nothing.

    Values stay the strings the rules write (``dates/find.py``), numbers included, so that
    "X" (an unknown count: "years ago") and signed offsets ("-1") fit one type;
    ``dates/normalize.py`` reads them into an Interval or a TIMEX3 value.
    """

    y: str | None = None
    """Year ("2014"); with ``y2`` the end year of a range."""
    y2: str | None = None
    m: str | None = None
    """Month number ("11"); ``m2`` the end month of a range."""
    m2: str | None = None
    d: str | None = None
    """Day of the month; ``d2`` the end day of a range."""
    d2: str | None = None
    dm: str | None = None
    """ "?" when a numeric date reads either month/day or day/month (11/12/2025)."""
    wd: str | None = None
    """Weekday, 0 = Monday; ``wd2`` the end weekday of a range."""
    wd2: str | None = None
    wom: str | None = None
    """Week of the month ("1" .. "4", or "last")."""
    ry: str | None = None
    """Year offset from the anchor's ("-1": "in May last year")."""
    rw: str | None = None
    """Week offset from the anchor's Monday-to-Sunday week ("-1": "on Thursday last week")."""
    rel: str | None = None
    """Offset from the anchor in units ("-1", "0", "1"), or "T" (this), "recent", "first"."""
    unit: str | None = None
    """Calendar unit ("day", "week", "month", "year", "weekend", "decade" ...)."""
    num: str | None = None
    """A count of units ("3"), "X" when vague ("years ago")."""
    dir: str | None = None
    """ "-" before the anchor ("ago", "earlier"), "+" after it ("later", "from now")."""
    offset: str | None = None
    """Days from the named day ("-1": "the day before January 9")."""
    deictic: str | None = None
    """A word for a day relative to the anchor ("yesterday", "today", "the_day_after_tomorrow")."""
    ref: str | None = None
    """A TIMEX3 reference value ("PRESENT_REF")."""
    season: str | None = None
    """Season code ("SP", "SU", "FA", "WI")."""
    q: str | None = None
    """Quarter ("1" .. "4")."""
    half: str | None = None
    """Half year ("H1", "H2")."""
    decade: str | None = None
    """A decade's first year's first three digits ("199" for the 1990s)."""
    century: str | None = None
    """Centuries elapsed ("20" for the 21st century)."""
    tod: str | None = None
    """Time of day code ("MO", "AF", "EV", "NI")."""
    hh: str | None = None
    """Clock hour (24-hour after am/pm is applied), with ``mm`` minutes and ``ss`` seconds."""
    mm: str | None = None
    ss: str | None = None
    clock: str | None = None
    """A named clock time ("12:00" for noon)."""
    tz: str | None = None
    """Time zone as written ("GMT")."""
    mod: str | None = None
    """TIMEX3 modifier ("START", "END", "APPROX", "EARLIER" ...)."""
    approx: str | None = None
    """An approximating word before the expression ("about"), lower-cased."""
    freq: str | None = None
    """A set's frequency as a TIMEX3 duration ("P1W": "weekly")."""
    p1: str | None = None
    """The first end of a range, as "start:end" offsets relative to the expression; ``p2`` the second."""
    p2: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, with its offsets and its parsed parts.

    ``parts`` holds the rule's reading (``TimexParts``); ``dates/normalize.py`` turns it into an
    Interval or a TIMEX3 value.
    ``anaphoric`` marks expressions that refer to another event's date ("the previous day");
    ``signal`` is the preposition before the span ("since", "on", "until"), if any.
    """

    start: int
    end: int
    text: str
    kind: TimexKind
    rule: str = ""
    parts: TimexParts = TimexParts()
    anaphoric: bool = False
    signal: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the body (or into one caption when ``where == "caption"``)."""

    start: int
    end: int
    where: Where = "body"
    caption: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.where == "caption":
            out = {"in": "caption", "caption": self.caption, **out}
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact came from, with its offsets (body or caption)."""

    text: str
    start: int
    end: int
    where: Where = "body"
    caption: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.where == "caption":
            out = {"in": "caption", "caption": self.caption, **out}
        return out


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, state, place or unnamed group, with every mention of it."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    mentions: tuple[Span, ...] = ()
    country_guess: str | None = None
    """The state the story's context suggests for a person the text does not tie to one
    (``annotate/person_country.py``). Set only when nothing states a country: before resolution
    ``country`` is then None; after it, a run in which no document states the person's state shows
    the guess as ``country`` too and keeps it here, so whatever links this run with others (the
    store) knows it is a guess (``stated_country``)."""

    @property
    def stated_country(self) -> str | None:
        """The country a text states (a title, a post, a nationality word), None when it is only a guess."""
        return None if self.country_guess else self.country

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.country_guess:
            out["country_guess"] = self.country_guess
        return out


@dataclass(frozen=True, slots=True)
class Position:
    """A post a person holds or held, as stated in one sentence."""

    person: str
    title: str
    title_text: str
    country: str | None
    evidence: Evidence
    org: str | None = None
    start: Interval | None = None
    end: Interval | None = None
    as_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "title": self.title,
            "title_text": self.title_text,
            "country": self.country,
            "org": self.org,
            "start": self.start.to_json() if self.start else None,
            "end": self.end.to_json() if self.end else None,
            "as_of": self.as_of,
            "evidence": self.evidence.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One occurrence of who did what to whom, typed with PLOVER (plus biographical types)."""

    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    location: str | None = None
    date: Interval | None = None
    modality: Modality = "asserted"
    attribution: str | None = None
    trigger: str | None = None
    occurrence: str | None = None

    def actors(self) -> tuple[str, ...]:
        return self.source + self.target + self.participants

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": list(self.source),
            "target": list(self.target),
            "participants": list(self.participants),
            "location": self.location,
            "date": self.date.to_json() if self.date else None,
            "modality": self.modality,
            "attribution": self.attribution,
            "trigger": self.trigger,
            "occurrence": self.occurrence,
            "evidence": self.evidence.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """A run of page lines cut from the body, and why (line numbers 1-based, inclusive)."""

    start_line: int
    end_line: int
    reason: RemovalReason

    def to_json(self) -> list[Any]:
        return [self.start_line, self.end_line, self.reason]


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article with its metadata and, after annotation, its entities, posts and events."""

    source: Source
    body: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    published_from: PublishedFrom | None = None
    language: str | None = None
    """ISO 639-1 code of the body's language (``clean/language.py``), None when it cannot be told."""
    byline: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    """Coded warnings (``errors.WARNINGS``): the document was processed, but not fully (a page not in English)."""
    entities: tuple[Entity, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    doc_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.doc_id:
            object.__setattr__(self, "doc_id", make_doc_id(self.body))

    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    def text_of(self, where: Where, caption: int | None) -> str:
        """Return the text that offsets with this ``where``/``caption`` point into."""
        if where == "caption" and caption is not None:
            return self.captions[caption]
        return self.body

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source.to_json(),
            "title": self.title,
            "site": self.site,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "byline": list(self.byline),
            "body": self.body,
            "captions": list(self.captions),
            "removed": [r.to_json() for r in self.removed],
            "warnings": list(self.warnings),
            "entities": [e.to_json() for e in self.entities],
            "positions": [p.to_json() for p in self.positions],
            "events": [e.to_json() for e in self.events],
        }


Result = Union[Document, Failure]

_WS = re.compile(r"\s+")


def normalize_body(body: str) -> str:
    """Collapse white space so that a body's id survives re-wrapping of its lines."""
    return _WS.sub(" ", body).strip()


def make_doc_id(body: str) -> str:
    """Return the first 16 hex digits of sha256 of the normalized clean body."""
    return hashlib.sha256(normalize_body(body).encode("utf-8")).hexdigest()[:16]


_T = TypeVar("_T")


def replace(obj: _T, **changes: Any) -> _T:
    """Return a copy of a model object with some fields changed (``dataclasses.replace``)."""
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]


def interval_from_json(data: dict[str, Any] | None) -> Interval | None:
    """Rebuild an Interval from its JSON form (used by the store and the Ray shards)."""
    if not data:
        return None
    return Interval(data.get("start"), data.get("end"), data.get("text"), data.get("granularity"))


def span_from_json(data: dict[str, Any]) -> Span:
    where: Where = "caption" if data.get("in") == "caption" else "body"
    return Span(int(data["start"]), int(data["end"]), where, data.get("caption"))


def evidence_from_json(data: dict[str, Any]) -> Evidence:
    where: Where = "caption" if data.get("in") == "caption" else "body"
    return Evidence(data.get("text", ""), int(data["start"]), int(data["end"]), where, data.get("caption"))


def document_from_json(data: dict[str, Any]) -> Document:
    """Rebuild a Document from the contract's JSON object (inverse of ``Document.to_json``)."""
    src = data.get("source") or {}
    return Document(
        source=Source(src.get("path", ""), src.get("url"), src.get("record")),
        body=data.get("body", ""),
        title=data.get("title"),
        site=data.get("site"),
        published=data.get("published"),
        published_from=data.get("published_from"),
        language=data.get("language"),
        byline=tuple(data.get("byline") or ()),
        captions=tuple(data.get("captions") or ()),
        removed=tuple(Removal(int(r[0]), int(r[1]), r[2]) for r in data.get("removed") or ()),
        warnings=tuple(data.get("warnings") or ()),
        entities=tuple(
            Entity(
                id=e["id"], type=e["type"], name=e["name"], aliases=tuple(e.get("aliases") or ()),
                country=e.get("country"), mentions=tuple(span_from_json(m) for m in e.get("mentions") or ()),
                country_guess=e.get("country_guess"),
            )
            for e in data.get("entities") or ()
        ),
        positions=tuple(
            Position(
                person=p["person"], title=p["title"], title_text=p.get("title_text", ""),
                country=p.get("country"), evidence=evidence_from_json(p["evidence"]), org=p.get("org"),
                start=interval_from_json(p.get("start")), end=interval_from_json(p.get("end")),
                as_of=p.get("as_of"),
            )
            for p in data.get("positions") or ()
        ),
        events=tuple(
            Event(
                id=v["id"], type=v["type"], evidence=evidence_from_json(v["evidence"]), mode=v.get("mode"),
                source=tuple(v.get("source") or ()), target=tuple(v.get("target") or ()),
                participants=tuple(v.get("participants") or ()), location=v.get("location"),
                date=interval_from_json(v.get("date")), modality=v.get("modality", "asserted"),
                attribution=v.get("attribution"), trigger=v.get("trigger"), occurrence=v.get("occurrence"),
            )
            for v in data.get("events") or ()
        ),
        doc_id=data.get("doc_id", ""),
    )


def result_from_json(data: dict[str, Any]) -> Result:
    """Rebuild a Document or a Failure from its contract object (inverse of ``to_json`` on either).

    The one reader of the contract's JSON: extract output, Ray shards and spills all come back here.
    """
    if "error" in data and "body" not in data:
        src = data.get("source") or {}
        return Failure(Source(src.get("path", ""), src.get("url"), src.get("record")), data["error"])
    return document_from_json(data)
