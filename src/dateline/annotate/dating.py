"""Date the events of a document: ordered, named passes over one state object, a text at a time.

Each event mention is dated by the passes of ``MENTION_PASSES`` in order (the time its own
sentence states, unless only a later report by another speaker gives it; a promise a saying announces, and an
accusation told only by the act it charges, at the saying's time; narrowed to its edge
for a post taken or left over a range, else the occasion it points back to, else the story's
current time; none for an act told by a participle on a noun), then
recorded, with any further times of an act told once, and remembered for later mentions; after
each sentence, ``SENTENCE_PASSES`` move the story's reference day on. Every pass is logged by
name at debug level. Tense and calendar arithmetic are ``dateline.dates``' job; this module
reads the parse: which time expression belongs to which trigger.
"""

from __future__ import annotations

import bisect
import calendar
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dateline.annotate.actors import Unit
from dateline.annotate.anchors import ANCHOR_PREPS, Anchor, anchor_of, earlier_telling
from dateline.annotate.arguments import LIGHT_VERBS, REPORT_LEMMAS
from dateline.annotate.clauses import SPEECH_ACTS
from dateline.annotate.commitments import saying_of
from dateline.annotate.construction_cues import FUTURE_AUXES
from dateline.annotate.event_records import Found
from dateline.annotate.eventcat import cameo
from dateline.annotate.events import named_talk
from dateline.annotate.nlp import sentence_of, sentences, text_of
from dateline.annotate.requirements import stay_order
from dateline.annotate.timex import TimedSpan
from dateline.annotate.timetable import chronology_entry
from dateline.annotate.told_nouns import presupposed_death
from dateline.dates.normalize import to_interval
from dateline.dates.tense import SCHEDULE_CUES, Tense, clause_tense
from dateline.lexicons import word_class, word_map
from dateline.model import Interval, Timex, replace

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""


@dataclass(slots=True)
class Dated:
    """A Found event with its resolved date."""

    found: Found
    unit_index: int
    date: Interval | None
    bound: bool = False
    """True when the date is only the report's ("..., state media said Monday"): the event is on or before it."""
    news_day: bool = False
    """True when the date is only the news day of a story that told none (``_news_day_of_unreached``): another telling
    of the same act with a date of its own dates it."""


@dataclass(slots=True)
class Dating:
    """The state the dating passes share: the document's, the current text's and the current mention's.

    Document: ``anchor`` (the publication date), ``told`` (the date of the last dated event of
    each type, and of each type and trigger lemma) and ``dated`` (the output). Text: ``unit_index``,
    ``text``, ``last_day`` (the latest day named so far: the reference of "the previous day"),
    ``last_time`` (the latest time of any grain named so far: the reference of "the following year",
    "two years later"),
    ``narrative`` (the story's current day), ``paragraph_date`` (the current time of each
    paragraph), ``quoted_date`` (the time a quotation of each paragraph named: the rest of that quotation goes on at
    it, the reporter's story does not), ``waiting`` (the undated lead acts told before any time: ``_story_reaches``)
    and ``earlier`` (the sentences told so far, with their time expressions). Mention: ``found``, ``in_sentence`` (its sentence's time expressions),
    ``paragraph``, and what the passes decide, ``when``, ``bound`` and ``report`` (the day of a third party's report
    that only bounds the act: ``reported_by_another``).
    """

    anchor: date | None
    dated: list[Dated] = field(default_factory=list)
    told: dict[tuple[str, str | None], Interval] = field(default_factory=dict)
    unit_index: int = 0
    text: str = ""
    last_day: Interval | None = None
    last_time: Interval | None = None
    narrative: Interval | None = None
    paragraph_date: dict[int, Interval] = field(default_factory=dict)
    quoted_date: dict[int, Interval] = field(default_factory=dict)
    waiting: list[int] = field(default_factory=list)
    unreached: list[int] = field(default_factory=list)
    earlier: list[tuple[Span, list[TimedSpan]]] = field(default_factory=list)
    times: dict[int, list[TimedSpan]] = field(default_factory=dict)
    sentence: Span | None = None
    in_sentence: list[TimedSpan] = field(default_factory=list)
    has_events: bool = False
    found: Found | None = None
    paragraph: int = 0
    when: Interval | None = None
    bound: bool = False
    report: Interval | None = None

    def start_text(self, unit_index: int, text: str) -> None:
        """Begin a new text (the body or a caption): its story time starts empty."""
        self.unit_index, self.text = unit_index, text
        self.last_day = self.last_time = self.narrative = None
        self.paragraph_date, self.quoted_date = {}, {}
        self.waiting = []
        self.earlier = []

    def start_mention(self, found: Found) -> None:
        """Begin dating one event mention of the current sentence."""
        self.found, self.when, self.bound, self.report = found, None, False, None
        self.paragraph = _paragraph(found.trigger.token.doc, found.trigger.token)

    @property
    def mention(self) -> Found:
        assert self.found is not None, "a mention pass runs only after start_mention"
        return self.found


Pass = Callable[[Dating], None]


def stated_time(state: Dating) -> None:
    """The time expression closest to the trigger in the parse of its sentence (``_date_for``): of its own clause
    first, one set off just before it ("and, in 2016, was convicted") before all; never one of a relative clause
    beside it, the baseline of a first act, or a time counted from its own clause ("two days after Togo expelled a
    diplomat" puts the expulsion that much before the main clause's time)."""
    state.when, state.bound = _date_for(state.mention, state.in_sentence, state.anchor, state.last_day, state.text,
                                        state.last_time)


def reported_by_another(state: Dating) -> None:
    """ "Mrema thanked Odhiambo for her support, the ministry said on Wednesday": a time told only by a report after
    the act, by a speaker other than its actor, is the report's day; the act was on or before it, on a day the
    sentence does not give. The mention keeps no time of its own, and the story's time dates it only up to the
    report's day (``story_time``)."""
    trig = state.mention.trigger.token
    spans = [span for _, span in state.in_sentence if not _prenominal(span, trig)]
    if state.bound and state.when is not None and spans and all(_told_after_by_another(s, trig) for s in spans):
        LOGGER.debug("reported by another, the report's day only bounds the act: %r", trig.text)
        state.report, state.when, state.bound = state.when, None, False


def _day_of_saying(state: Dating, saying: Token, trig: Token) -> tuple[bool, Interval | None]:
    """Whether the sentence tells a time of a saying (its own, or the date of the report that gives the act), and the
    past day it names, or None when it names no day up to publication: the day a promise told by its saying is made
    (``pledge_at_its_saying``, ``commitment_at_its_saying``)."""
    told = [(t, s) for t, s in state.in_sentence if (_time_holder(s).i == saying.i or _reporting_date(s, trig))
            and not t.anaphoric and not _present(s.text)]
    if not told:
        return False, None
    timex, _ = min(told, key=lambda ts: abs(ts[1].start - saying.i))
    when = to_interval(timex, state.anchor, "past", ref=state.last_day)
    return True, when if when.resolved and not _after_anchor(when, state.anchor) else None


def pledge_at_its_saying(state: Dating) -> None:
    """ "Zielak announced on Wednesday that Poland will give Latvia two boats": a commitment told by
    the future act a saying announces is made by the saying, on its day (the story's, when the sentence names none),
    and so is a departure announced ("announced on Tuesday that he is stepping down");
    the act promised keeps a time of its own clause ("said Japan will sign the accord on Friday"), which
    ``stated_time`` has already given."""
    found = state.mention
    if state.when is not None or found.modality != "planned" or found.trigger.type not in ("AGREE", "DISMISS"):
        return
    saying = _saying_of_pledge(found.trigger.token, progressive=found.trigger.type == "DISMISS")
    if saying is None:
        return
    told, when = _day_of_saying(state, saying, found.trigger.token)
    if when is not None:
        LOGGER.debug("pledge made by its saying: %r on %r", found.trigger.token.text, when.text)
        state.when = when
    if told:
        return
    if not state.in_sentence:
        state.when = state.paragraph_date.get(state.paragraph) or state.narrative


def commitment_at_its_saying(state: Dating) -> None:
    """ "Arland said on Monday it would send wheat to Borduria", "Arland will send flour to Borduria, officials said on
    Tuesday", "Arland said it will send engineers next month": a commitment read from the future act a saying or a
    decision reports (``events._commitment``) is made on the saying's day, whoever speaks for the state; a time of the
    act itself ("next month") is the later act's, not the promise's, which then goes on at the story's time (GUIDE.md:
    "announced that it would supply" is AGREE on "announced")."""
    found = state.mention
    if not found.trigger.committed:
        return
    trig = found.trigger.token
    saying = saying_of(_clause_verb(trig))
    if saying is None:
        return
    _, when = _day_of_saying(state, saying, trig)
    if when is not None:
        LOGGER.debug("commitment made by its saying: %r on %r", trig.text, when.text)
        state.when, state.bound, state.report = when, False, None
        return
    if state.when is not None and not state.bound:
        LOGGER.debug("a time of the act promised, not of the promise: %r", trig.text)
        state.when = state.paragraph_date.get(state.paragraph) or state.narrative
        if state.when is None:
            state.unreached.append(len(state.dated))  # the news day, if no day comes (``_news_day_of_unreached``)


SAID_ACCUSATIONS = frozenset({"construction.charged", "construction.judged"})
"""Accusations whose trigger is the saying verb itself (``events.py``: a wrong or a judgement told in what it says)."""


def accusation_at_its_saying(state: Dating) -> None:
    """ "Pakistan told the council on Friday that Indian jets had violated its airspace on Tuesday": an accusation told
    only by the act it charges (a word whose own sense is no accusation, in what a saying reports; GUIDE.md) is made by
    the saying, on the saying's day, not on the day of the act charged; so is one whose trigger is the saying verb
    (``SAID_ACCUSATIONS``)."""
    found = state.mention
    trig = found.trigger.token
    if found.trigger.entry_id in SAID_ACCUSATIONS:
        # "Rexha said Serbia had violated the deal on Sunday": the accusation is the saying itself, dated by the saying
        # verb's own time, or by the story's; the reported clause's day is the violation's
        own = [(t, s) for t, s in state.in_sentence if _told_in(s).i == trig.i and not t.anaphoric]
        if own:
            timex, _ = min(own, key=lambda ts: abs(ts[1].start - trig.i))
            state.when = to_interval(timex, state.anchor, "past", ref=state.last_day)
        elif state.when is not None:
            LOGGER.debug("accusation said at the story's time, not its charge's: %r", trig.text)
            state.when = None
        state.bound = False
        return
    if found.trigger.type != "ACCUSE" or trig.pos_ not in ("VERB", "AUX") or "ACCUSE" in cameo().get(
            trig.lemma_.lower(), {}).get("types", {}):
        return
    verb = trig
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORT_LEMMAS:
        return
    told = [(t, s) for t, s in state.in_sentence if _told_in(s).i == verb.head.i and not t.anaphoric
            and not _present(s.text)]
    if not told:
        return
    timex, _ = min(told, key=lambda ts: abs(ts[1].start - verb.head.i))
    when = to_interval(timex, state.anchor, "past", ref=state.last_day)
    if when.resolved and not _after_anchor(when, state.anchor):
        LOGGER.debug("accusation made by its saying: %r on %r", trig.text, when.text)
        state.when, state.bound = when, False


def _saying_of_pledge(trig: Token, progressive: bool = False) -> Token | None:
    """The saying verb whose complement tells a trigger as a promise, by a future auxiliary on the trigger's own verb
    ("announced that Poland will give"); with ``progressive``, also by the present progressive of a plan ("announced
    on Tuesday that he is stepping down": a departure announced is made known on the saying's day); None otherwise."""
    verb = _clause_verb(trig)
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORT_LEMMAS or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUXES or progressive and c.lemma_ == "be" and verb.tag_ == "VBG")
               for c in verb.children):
        return None
    return verb.head


def career_edge(state: Dating) -> None:
    """A post taken or left over a stated range happened at its edge: "served as X from 2006 to 2011" is an
    appointment in 2006 and a departure in 2011, not two events over six years."""
    when, kind = state.when, state.mention.trigger.type
    if when is None or not when.resolved or kind not in ("APPOINT", "DISMISS") or when.granularity not in (
            "year", "month"):
        return
    cut = 4 if when.granularity == "year" else 7
    start, end = when.start or "", when.end or ""  # resolved: both are set
    if start[:cut] == end[:cut]:
        return
    if kind == "APPOINT":
        state.when = replace(when, end=_unit_end(start, when.granularity))
    else:
        state.when = replace(when, start=end[:cut] + ("-01-01" if cut == 4 else "-01"))


def attributive_act(state: Dating) -> None:
    """ "The ousted president, A, was freed on Monday": an act told by a participle on a noun happened before the
    clause, at a time it does not give, so the mention takes no time (the document's dated telling of the same act
    absorbs it, ``annotate._events``)."""
    tok = state.mention.trigger.token
    if _attributive(tok):
        LOGGER.debug("attributive act, no time of its own: %r", tok.text)
        state.when, state.bound = None, False


def _attributive(tok: Token) -> bool:
    """Whether a trigger is a participle on a noun ("the ousted president")."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.head.pos_ in ("NOUN", "PROPN")


def _unit_end(start: str, granularity: str) -> str:
    """The last day of the year or month an ISO date starts."""
    if granularity == "year":
        return start[:4] + "-12-31"
    year, month = int(start[:4]), int(start[5:7])
    return f"{start[:7]}-{calendar.monthrange(year, month)[1]:02d}"


def occasion_time(state: Dating) -> None:
    """ "During the talks, Kim pledged ...": the time of the event referred to; also when the sentence gives only
    the day of a report of the act ("on the sidelines of that meeting, they agreed ..., the agency reported on
    Tuesday": the meeting's day, not the report's)."""
    if state.when is None or state.bound:
        current = state.paragraph_date.get(state.paragraph) or state.narrative
        during = _during_event(state.mention.trigger.token, state.told, None if state.bound else current)
        if during is not None or not state.bound:
            state.when, state.bound = during, False


def anchored_time(state: Dating) -> None:
    """ "Within days of her televised speech, two governors resigned": an undated clause counted from an act a noun
    names goes on at the time of that act's earlier telling ("gave a speech on state television on December 7"),
    moved by the count ("two days after the vote"), not at the story's current time; "later that day" then counts
    from it."""
    anchor = anchor_of(state.mention.trigger.token)
    if anchor is None:
        return
    if state.when is not None:
        _move_named_occasion(state, anchor)
        return
    word = earlier_telling(anchor.noun, [sent for sent, _ in state.earlier])
    if word is not None:
        when = _dated_act(state, word)
        if when is None:
            told = next(timed for sent, timed in state.earlier if sent.start <= word.i < sent.end)
            when = _time_of_word(word, told, state.anchor)
    else:
        # "X met Y in Rome; two days after the talks, ...": an occasion noun points back to the last act of its type
        kind = OCCASIONS.get(anchor.noun.lower_) or OCCASIONS.get(anchor.noun.lemma_.lower())
        when = state.told.get((kind, None)) if kind else None
    if when is None or (anchor.days and when.granularity != "day"):
        return
    if anchor.days:
        day = (when.start_date() or date.min) + timedelta(days=anchor.days)
        when = Interval(day.isoformat(), day.isoformat(), when.text, "day")
    LOGGER.debug("anchored: %r is dated by %r (%s)", state.mention.trigger.token.text, anchor.noun.text, when.text)
    state.when = when
    if when.granularity == "day":
        state.last_day = when


def _move_named_occasion(state: Dating, anchor: Anchor) -> None:
    """ "arrested 40 activists on the eve of Sunday's vote": a day the sentence names only for the occasion counted
    from dates the occasion; the act is that count away from it."""
    when = state.when
    if when is None or not anchor.days or when.granularity != "day" or not when.resolved:
        return
    spans = [s for t, s in state.in_sentence if t.text == when.text]
    if not spans or not all(_within(s.root, anchor.noun) for s in spans):
        return
    day = (when.start_date() or date.min) + timedelta(days=anchor.days)
    LOGGER.debug("counted from a named occasion: %r is %s days from %r", state.mention.trigger.token.text,
                  anchor.days, when.text)
    state.when = Interval(day.isoformat(), day.isoformat(), when.text, "day")


def _dated_act(state: Dating, word: Token) -> Interval | None:
    """The date an event mention of the current text whose trigger is ``word`` was given ("the next day, police
    detained two activists": the detention's day, however its sentence told it)."""
    for dated in reversed(state.dated):
        if dated.unit_index == state.unit_index and dated.found.trigger.token.i == word.i:
            return dated.date if dated.date is not None and dated.date.resolved else None
    return None


def _time_of_word(word: Token, in_sentence: list[TimedSpan], anchor: date | None) -> Interval | None:
    """The time a sentence states for the clause of one of its words: the nearest named time (not counted from
    another, not of a relative clause beside it, not the report's, not a noun's), of the word's own clause first."""
    named = [(t, s) for t, s in in_sentence if not t.anaphoric and not _present(s.text)
             and not _in_relative_clause(s, word) and not _reporting_date(s, word) and not _prenominal(s, word)]
    named = [ts for ts in named if _in_own_scope(ts[1], word)] or named
    if not named:
        return None
    timex, span = min(named, key=lambda ts: (_distance(word, ts[1].root), abs(ts[1].start - word.i)))
    when = to_interval(timex, anchor, "past")
    return when if when.resolved else None


def saying_told_next(state: Dating) -> None:
    """ "Shalom ruled that out. 'He is a murderer,' Shalom said Thursday.": a speech act whose sentence names no time
    takes the day on which the next sentence (in the same paragraph or the next) says its speaker spoke: the
    attribution that follows tells the one saying again, with its day. The speaker is matched by the head word of the
    subject ("Shalom", "the ministry"); a pronoun subject matches nothing."""
    found = state.mention
    trig = found.trigger.token
    if state.when is not None or state.in_sentence or found.trigger.type not in SPEECH_ACTS or (
            found.modality != "asserted") or trig.pos_ not in ("VERB", "AUX"):
        return
    subject = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return
    sent = sentence_of(trig)
    if sent.end >= len(trig.doc):
        return
    following = sentence_of(trig.doc[sent.end])
    if _paragraph(trig.doc, following[0]) > state.paragraph + 1:
        return
    for timex, span in state.times.get(following.start, []):
        verb = _told_in(span)
        if verb.lemma_ not in REPORT_LEMMAS or timex.anaphoric or _present(span.text) or not any(
                c.dep_ == "nsubj" and c.lower_ == subject.lower_ for c in verb.children):
            continue
        when = to_interval(timex, state.anchor, "past", ref=state.last_day)
        if when.resolved and not _after_anchor(when, state.anchor):
            LOGGER.debug("said on the day the next sentence gives: %r on %r", trig.text, timex.text)
            state.when = when
            return


def story_time(state: Dating) -> None:
    """An undated clause goes on at the story's current time: the time its quotation named, if it is quoted; else its
    paragraph's; else the last day told; told before any time (an undated lead, not a background clause), it waits for
    the first day of the news (``_story_reaches``). A clause in the present or the present perfect outside a quotation
    does not go on at a story time older than the news of the week (``_told_from_now``)."""
    found = state.mention
    if state.when is None and found.modality != "planned" and not _past_perfect(found.trigger.token) and not (
            _occasion_death(found.trigger.token)) and not _judged_act_noun(found.trigger.token) and not (
            _judged_gerund(found.trigger.token)):
        tok = found.trigger.token
        quoted = state.quoted_date.get(state.paragraph) if _quoted_at(tok.idx, state.text) else None
        state.when = quoted or state.paragraph_date.get(state.paragraph) or state.narrative
        if quoted is None and _told_from_now(tok) and _older_than_the_news(state.when, state.anchor):
            LOGGER.debug("present or present perfect, not at the story's old time: %r", tok.text)
            state.when = None
        if state.report is not None and state.when is not None and (state.when.start or "") > (state.report.end or ""):
            state.when = None  # the story has moved past the report that bounds the act
        if state.when is None and state.last_time is None and not state.paragraph_date and not _background_act(tok):
            # "Ruritania has freed the two reporters. ... They walked out of prison on Monday": a lead told before the
            # story names any time waits for the first day it reaches (``_story_reaches``)
            state.waiting.append(len(state.dated))
        if state.when is None and state.narrative is None and not state.in_sentence and not _background_act(tok):
            state.unreached.append(len(state.dated))  # the news day, if no day comes (``_news_day_of_unreached``)


def _told_from_now(trig: Token) -> bool:
    """Whether a trigger's clause is in the present or the present perfect ("has balked on terms", "have hurt
    farmers", "says"): it speaks from the time of the telling, not from a past day the story told before."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    return verb.pos_ in ("VERB", "AUX") and _present_or_perfect(verb)


def _older_than_the_news(when: Interval | None, anchor: date | None) -> bool:
    """Whether a story time ends before the news of the week (``LEAD_DAYS`` before publication): a day a feature
    recalled ("said on Oct. 2"), which a clause told from now does not go on at."""
    end = when.end_date() if when is not None and when.resolved else None
    return anchor is not None and end is not None and anchor - end > LEAD_DAYS


def _occasion_death(trig: Token) -> bool:
    """Whether a trigger is a named person's death told only as the occasion of another act, in a phrase on it ("moved
    a motion on Tuesday over the deaths of X and Y", "since the death of X"): the clause's time and the story's are
    the other act's; the death has the time of its own phrase or none (``told_nouns.presupposed_death``). A death
    announced ("announced the death of X on Monday") keeps the announcement's day as its bound."""
    return trig.dep_ == "pobj" and presupposed_death(trig)


JUDGMENT_DEPS = frozenset({"acomp", "attr"})
"""The relations of what a copula says of its subject ("the call was improper", "the raid was a blunder")."""


def _judged_act_noun(trig: Token) -> bool:
    """Whether an act noun is only the subject of a judgment, with no time in its own phrase ("X's call with Y was
    improper", "alleged that the raid on the camp was illegal"): the act is referred to, not told as a step of the
    story, so the story's current time is not its time; undated, it stays one event with the document's dated telling
    of the same act (``annotate._events``). So is a talk with sides of its own that another verb judges ("described
    X's call with Y as improper", ``events.named_talk``: or whose record another verb handles)."""
    if trig.pos_ == "NOUN" and _judged_talk(trig):
        return not any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree)
    if trig.pos_ != "NOUN" or trig.dep_ != "nsubj" or trig.head.lemma_ != "be":
        return False
    if not any(c.dep_ in JUDGMENT_DEPS for c in trig.head.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree)


def _judged_talk(noun: Token) -> bool:
    """Whether an act noun with sides of its own is what a verb that judges or tells of it acts on ("described X's
    call with Y as improper", "released the transcript of X's call with Y": ``events.named_talk``), not the object
    of one that holds it: "hosted talks between X and Y on Sunday" is the talks' day (``arguments.LIGHT_VERBS``)."""
    return named_talk(noun) and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS | TALK_HOLDERS)


TALK_HOLDERS = word_class("talk_holding_verbs", WORDS)
"""Verbs by which a third side holds talks between two others ("mediated talks between X and Y on Monday"): the
talks' day, like a light verb's, not a verb that judges or tells of them."""


def _after_anchor(when: Interval, anchor: date | None) -> bool:
    """Whether a resolved time begins after the publication date: a day the story has not reached ("set May 4
    as the day of the referendum"), which neither the story's time nor "hours later" can take."""
    return anchor is not None and when.start is not None and when.start > anchor.isoformat()


LATER_STORY_GRAINS = frozenset({"month", "year"})
"""Grains of a time that, later than the story's day, move the story on to it ("told VOA in November"); a week ("last
week") is the span a story's days fall in, and keeps them."""


def move_story_time(state: Dating) -> None:
    """A resolved date becomes its paragraph's time (a day also the story's); "now" does not move the story, nor
    does a background clause in the past perfect ("a year after she had taken office on June 28"), nor a day after
    the publication date, nor a time named aside (``_aside_span``: a speaker's "today" inside a quotation, "the May 3
    call" recalled once the story has reached a later day). An act only a later report bounds moves it to the
    report's day (``reported_by_another``)."""
    when = state.when if state.when is not None else state.report
    if state.found is not None and _background_act(state.found.trigger.token):
        return
    if when is not None and _aside(when, state.in_sentence, state.text, _story_now(state, state.paragraph)):
        if when.resolved and _quoted_at(state.mention.trigger.token.idx, state.text):
            state.quoted_date[state.paragraph] = when  # the speaker's own story goes on in the quotation
        return  # "listened in on the leader's May 3 call": the call's day, not a day the story has reached
    if when is not None and when.resolved and not _present(when.text) and not _after_anchor(when, state.anchor):
        state.paragraph_date[state.paragraph] = when
        if when.granularity == "day":
            _story_reaches(state, when)
        elif when.granularity in LATER_STORY_GRAINS and state.narrative is not None \
                and state.narrative.end is not None and when.start is not None and when.start > state.narrative.end:
            # "published on Oct. 25 ...; told reporters in November": the story has left that day behind, and an
            # undated clause after it goes on in November, not on October 25
            state.narrative = when


LEAD_DAYS = timedelta(days=7)
"""How far before publication the first day a story names may be and still date its undated lead: the news of the
week."""


def _story_reaches(state: Dating, day: Interval) -> None:
    """The story's day becomes ``day``; the undated lead acts told before the story named any time (``story_time``)
    go on at the first day it reaches, if that is a day of the news (``LEAD_DAYS``: the week before publication), not
    a day of the background ("signed on January 28 of last year")."""
    state.narrative = day
    start = day.start_date()
    # the mention being dated (an act its report only bounds, whose report moved the story) waits on for a later day
    now = [index for index in state.waiting if index >= len(state.dated)]
    if state.anchor is None or start is None or not timedelta(0) <= state.anchor - start <= LEAD_DAYS:
        state.waiting = now
        return
    for index in state.waiting:
        if index in now:
            continue
        dated = state.dated[index]
        if dated.date is None and dated.unit_index == state.unit_index and not _attributive(dated.found.trigger.token):
            LOGGER.debug("lead act %r goes on at the story's first day %r", dated.found.trigger.token.text, day.text)
            dated.date = day
    state.waiting = now


QUOTE_MARKS = frozenset('"\u201c\u201d')
"""Marks that open or close a quotation (straight and curly double quotes: pages mix them)."""


def _quoted(span: Span, text: str) -> bool:
    """Whether a time expression stands inside a quotation (``_quoted_at``). The speaker's "today" or "on Monday" is
    the speaker's day, which the reporter's story has not reached; only the rest of the quotation goes on at it."""
    return _quoted_at(span.start_char, text)


@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[int]]:
    """The offsets of a text's double quotes and of its paragraph breaks ("\n\n", overlapping runs included), found
    once per text rather than once per question."""
    quotes = [i for i, ch in enumerate(text) if ch in QUOTE_MARKS]
    breaks = [m.start() for m in re.finditer("(?=\n\n)", text)]
    return quotes, breaks


def _quoted_at(start: int, text: str) -> bool:
    """Whether a character offset of a text is inside a quotation: an odd number of double quotes before it in its
    paragraph (a quotation may run over several sentences of one paragraph, and pages mix straight and curly marks)."""
    quotes, breaks = _marks(text)
    last = bisect.bisect_right(breaks, start - 2) - 1  # the paragraph break that ends before ``start``
    opening = breaks[last] + 2 if last >= 0 else 0
    return (bisect.bisect_left(quotes, start) - bisect.bisect_left(quotes, opening)) % 2 == 1


NAME_MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod"})
"""Relations of a time in front of a noun that labels the act the noun names ("the May 3 call", "the 2010 accord");
not the possessive, "Monday's decision", a recent day a wire story goes on telling."""
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"})
"""Relations only a noun phrase holds."""


def _names_an_act(span: Span) -> bool:
    """Whether a time expression labels a noun in front of it ("the governor's May 3 call", "a June 9 meeting"): it
    tells when the act the noun names happened, a fact recalled in passing, not a step of the story (not "in
    September Putin met ...", which the parser may hang on the name after it)."""
    root = span.root
    after_preposition = span.start > 0 and span.doc[span.start - 1].tag_ == "IN"
    head = root.head
    # (the small parser may tag the noun a verb, "the May 3 call", and still hang it as a nominal)
    nominal = head.pos_ == "NOUN" or head.dep_ in NOMINAL_DEPS
    return root.dep_ in NAME_MODIFIERS and nominal and head.i >= span.end and not after_preposition


def _sets_the_scene(span: Span) -> bool:
    """Whether a time expression dates its sentence's main clause ("In a letter in May, she said ..."), not a clause
    under it ("when the board certified Tuesday's runoff", "since parliament impeached him on May 2") nor a noun it
    labels ("the May 3 call")."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    main = verb is not None and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))
    return main and not _names_an_act(span)


def _story_now(state: Dating, paragraph: int) -> Interval | None:
    """The time the story has reached in a paragraph: the paragraph's own, else the story's day."""
    return state.paragraph_date.get(paragraph) or state.narrative


def _aside_span(span: Span, text: str, when: Interval, story: Interval | None) -> bool:
    """Whether a time expression (``when``, resolved) is named aside from the story's line: inside a quotation, or in
    front of a noun as the label of an act the story had left behind (before ``story``, the story's day: "testified on
    Tuesday about the May 3 call"; "the July election" after a story told in 2019 is the next step of the story)."""
    if _quoted(span, text):
        return True
    return (_names_an_act(span) and story is not None and story.start is not None and when.end is not None
            and when.end < story.start)


def _aside(when: Interval, in_sentence: list[TimedSpan], text: str, story: Interval | None) -> bool:
    """Whether the time a mention was given is only one its sentence names aside (``_aside_span``): it dates the
    mention, but the story does not move to it."""
    spans = [s for t, s in in_sentence if t.text == when.text]
    return bool(spans) and all(_aside_span(s, text, when, story) for s in spans)


def record(state: Dating) -> None:
    """Keep the mention with its date."""
    state.dated.append(Dated(state.mention, state.unit_index, state.when, state.bound))


def record_repeats(state: Dating) -> None:
    """Keep one more occurrence per further time of an act told once ("in 2019 and again in 2023")."""
    state.dated += [Dated(state.mention, state.unit_index, again, False)
                    for again in _repeats(state.when, state.in_sentence, state.anchor, state.last_day)]


def remember(state: Dating) -> None:
    """Note the date of the last dated event of the mention's type (and lemma), for "during the talks"."""
    found, when = state.mention, state.when
    if when is not None and when.resolved:
        state.told[(found.trigger.type, None)] = state.told[(found.trigger.type, found.trigger.token.lemma_)] = when


def advance_day(state: Dating) -> None:
    """The latest day a sentence names becomes the reference of "the previous day" and "had been ... since"; a
    sentence without events that names a day ("Seoul weighed in the next day") also moves the story on. A day of a
    clause about the future does not: the story has not got there."""
    for timex, span in state.in_sentence:
        if _present(span.text) or clause_tense(state.text, span.start_char, span.end_char) == "future":
            continue  # "said on Friday that she would phone X on Sunday": the story is at Friday, not Sunday
        if state.has_events and _background(span):
            continue  # "died on Sunday, a year after she had taken office on June 28": "hours later" is Sunday's
        if _named_as(timex, span):
            continue  # "the council picked May 9 as polling day": a day talked about, not one the story reached
        if _compared_since(timex, span):
            continue  # "won a majority for the first time since 1993": a baseline, no time the story reached
        ref = _counted_from(timex, span, state.in_sentence, state.anchor, state.last_day)
        day = to_interval(timex, state.anchor, "past",
                          ref=ref or (state.last_time if _coarse(timex) else state.last_day))
        if _after_anchor(day, state.anchor):
            continue  # "the board set May 4 as the day of the referendum": a day still to come is no story time
        paragraph = _paragraph(span.doc, span[0])
        if day.resolved and _aside_span(span, state.text, day, _story_now(state, paragraph)):
            if _quoted(span, state.text):
                state.quoted_date[paragraph] = day
            continue  # "about the May 3 call", "'today we say no,' she said": a day named aside, not the story's
        if day.resolved:
            state.last_time = day
            if not state.has_events and _sets_the_scene(span):
                # "In a letter in May, the union's head said growers faced hardship. She urged X to sign a deal":
                # a time an event-less sentence sets the scene with is its paragraph's, as an event's own date is
                # (``move_story_time``), so the paragraph's next undated clause goes on at it, not at the day the
                # story reached paragraphs before
                state.paragraph_date[paragraph] = day
        if day.resolved and day.granularity == "day":
            state.last_day = day
            if not state.has_events:
                _story_reaches(state, day)


MENTION_PASSES: tuple[tuple[str, Pass], ...] = (
    ("stated_time", stated_time),
    ("reported_by_another", reported_by_another),
    ("commitment_at_its_saying", commitment_at_its_saying),
    ("pledge_at_its_saying", pledge_at_its_saying),
    ("accusation_at_its_saying", accusation_at_its_saying),
    ("career_edge", career_edge),
    ("occasion_time", occasion_time),
    ("anchored_time", anchored_time),
    ("saying_told_next", saying_told_next),
    ("story_time", story_time),
    ("attributive_act", attributive_act),
    ("move_story_time", move_story_time),
    ("record", record),
    ("record_repeats", record_repeats),
    ("remember", remember),
)
"""The passes that date one event mention, in order."""
SENTENCE_PASSES: tuple[tuple[str, Pass], ...] = (("advance_day", advance_day),)
"""The passes that run after a sentence's mentions are dated, in order."""


def _run(passes: tuple[tuple[str, Pass], ...], state: Dating) -> None:
    for name, run in passes:
        run(state)
        LOGGER.debug("dating pass %s: %s", name, state.when.text if state.when is not None else None)


def date_events(found: list[list[Found]], units: list[Unit], timexes: list[dict[int, list[TimedSpan]]],
                anchor: date | None) -> list[Dated]:
    """Date the event mentions of every text of a document (``found[i]``: the mentions of text ``i``).

    ``timexes[i]``: the time expressions of text ``i`` by sentence start (``annotate/timex.py``).
    """
    state = Dating(anchor)
    for ui, unit in enumerate(units):
        state.start_text(ui, text_of(unit.doc))  # ``Doc.text`` joins every token each time it is read
        state.times = timexes[ui]
        by_sentence: dict[int, list[Found]] = {}
        for mention in found[ui]:
            by_sentence.setdefault(sentence_of(mention.trigger.token).start, []).append(mention)
        for sent in sentences(unit.doc):
            state.sentence, state.in_sentence = sent, timexes[ui].get(sent.start, [])
            state.has_events = sent.start in by_sentence
            for mention in by_sentence.get(sent.start, []):
                state.start_mention(mention)
                _run(MENTION_PASSES, state)
            _run(SENTENCE_PASSES, state)
            state.earlier.append((sent, state.in_sentence))
    _news_day_of_unreached(state)
    return state.dated


NEWS_DAYS = timedelta(days=1)
"""How far before publication an undated act of a story that never reaches a day of its news is bounded."""


def _news_day_of_unreached(state: Dating) -> None:
    """ "Tolvara's envoy accused Ulmara of shelling": an act told in a sentence with no time expression, while the story
    had reached no day (it names none, or only months, years and days long past), and that no later day took up, is the
    story's news, told by its publication: it is bounded by the day before publication and publication itself (a
    bound, with no time expression of its own). Background clauses, negated acts and acts planned keep no date, and so
    does an act whose sentence tells a time that could not date it ("the following week" with nothing before)."""
    if state.anchor is None:
        return
    for index in state.unreached:  # ``record`` keeps every mention, at the index ``story_time`` noted
        dated = state.dated[index]
        if dated.date is None and dated.found.modality not in ("planned", "negated") and not (
                _attributive(dated.found.trigger.token)):
            LOGGER.debug("undated act of a story that reached no day: the news day, %r", dated.found.trigger.token.text)
            dated.date = Interval((state.anchor - NEWS_DAYS).isoformat(), state.anchor.isoformat(), None, "day")
            dated.news_day = True


def _paragraph(doc: Doc, tok: Token) -> int:
    """The index of the paragraph (blank-line separated) a token is in."""
    breaks = doc.user_data.get("paragraph_breaks")
    if breaks is None:
        text = text_of(doc)
        breaks = doc.user_data["paragraph_breaks"] = [m.start() for m in re.finditer("\n\n", text)]
    return bisect.bisect_left(breaks, tok.idx)


def _distance(a: Token, b: Token) -> int:
    """Path length between two tokens in the dependency tree."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    for i, node in enumerate(up_a):
        if node in up_b:
            return i + up_b.index(node)
    return 99


def _tense(found: Found, text: str) -> Tense | None:
    if found.modality == "planned":
        return "future"
    tok = found.trigger.token
    if tok.tag_ in ("VBD", "VBN") or _gerund_of_past(tok):
        return "past"
    if tok.tag_ in ("VBZ", "VBP") and chronology_entry(tok):
        return clause_tense(text, tok.idx, tok.idx + len(tok.text))  # "June 7: police detain": no timetable
    if tok.tag_ in ("VBZ", "VBP") and tok.lower_ in SCHEDULE_CUES:
        return "future"  # "who succeeds her on Friday": a timetable's present speaks of a day to come
    if found.trigger.spec.get("ordered_stay") and (order := stay_order(tok)) is not None and order.tag_ == "VBD":
        return "past"  # "on Friday a judge ordered that A remain in custody": the order's day, no future stay
    return clause_tense(text, tok.idx, tok.idx + len(tok.text))


def _gerund_of_past(tok: Token) -> bool:
    """ "reacted on Sunday by cancelling the trip", "after meeting the emir, she travelled on": a gerund adjunct
    takes the tense of the past verb it hangs on."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "advcl"):
        return False
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head
    return head.tag_ == "VBD"


PRESENT_WORDS = word_class("present_time", WORDS)
"""Time expressions that name the present of the telling, not a day an act happened on."""


def _present(text: str | None) -> bool:
    """Whether a time expression names the present of the telling ("now"): it dates no past act and does not
    move the story's time."""
    return (text or "").lower() in PRESENT_WORDS


DEADLINE_SIGNALS = frozenset({"by"})
"""Prepositions that make a time a deadline ("told the attachés to go by 12 May")."""


def _deadline(timex: Timex, span: Span, found: Found) -> bool:
    """Whether a time is the deadline an act sets ("told the attachés to go by 12 May", "gave them until Friday to
    leave"), not the day of an act told as done: the order was given before it. A planned act ("will withdraw by
    June") keeps its deadline."""
    if found.modality == "planned":
        return False
    return timex.signal in DEADLINE_SIGNALS or (timex.signal == "until" and _infinitive_after(span))


def _infinitive_after(span: Span) -> bool:
    """Whether an infinitive follows a time at once ("until Friday to leave"): the time is the limit of that act."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "to" and doc[span.end + 1].tag_ == "VB"


def _compared_since(timex: Timex, span: Span, trig: Token | None = None) -> bool:
    """Whether a "since" time only sets the baseline a first or superlative act is measured against ("the first
    direct talks since 2022", "the largest attack since 2014", "their first encounter since she was appointed in March"):
    it is not the act's own time, and, with no trigger, not a time the story reached ("won a majority for the first
    time since 1993")."""
    if trig is not None and timex.signal == "since" and _first_or_most(trig):
        return True
    # a "since" clause that holds the trigger is its own
    above = {trig.i, *(a.i for a in trig.ancestors)} if trig is not None else set()
    node = span.root
    while node.head.i != node.i and node.i not in above:
        since = node if node.lower_ == "since" else next(
            (c for c in node.children if c.dep_ == "mark" and c.lower_ == "since"), None)
        if since is not None:  # the first act is the clause's head, or the noun just before "since" wherever it hangs
            return _first_or_most(node.head) or (since.i > 0 and _first_or_most(since.doc[since.i - 1]))
        node = node.head
    return False


def _since_of_the_clause(timex: Timex, span: Span, trig: Token) -> bool:
    """Whether a "since" time dates the state of the clause an event noun is only the occasion of ("the border,
    closed since 2011, after talks between their presidents": 2011 is when the closure began, not the talks)."""
    if timex.signal != "since" or trig.pos_ != "NOUN" or trig.dep_ != "pobj":
        return False
    prep = trig.head
    return prep.lower_ in ANCHOR_PREPS and span.root.head.head.i == prep.head.i and span.root.head.i != prep.i


def _first_or_most(noun: Token) -> bool:
    """Whether a word is modified by "first", "last" or a superlative ("the largest attack")."""
    return any(c.dep_ == "amod" and (c.lower_ in ("first", "last") or c.tag_ == "JJS") for c in noun.children)


def _date_for(found: Found, in_sentence: list[TimedSpan], anchor: date | None, last_day: Interval | None,
              text: str, last_time: Interval | None = None) -> tuple[Interval | None, bool]:
    """Date an event by the temporal expression closest to its trigger in the parse of its sentence.

    ``in_sentence``: the time expressions of the trigger's sentence (``sentence_timexes``).
    """
    trig = found.trigger.token
    counted_back = [(t, s) for t, s in in_sentence if _relational_shift(t, s, trig)]
    # not this act's time: a time of a relative clause, which dates the noun's own act ("thanked X, whose unit held the
    # bridge on May 9"); the baseline of a first act ("their first encounter since she was appointed in March"); a time
    # counted from the act's own clause ("arrested him nine days after troops detained his aide"), which dates the
    # main clause
    in_sentence = [(t, s) for t, s in in_sentence if not (trig.pos_ == "VERB" and _in_relative_clause(s, trig))
                   and not _in_participle_after(s, trig)
                   and not _in_nested_relative_clause(s, trig)
                   and not _compared_since(t, s, trig) and not _relational_shift(t, s, trig)
                   and not _since_of_the_clause(t, s, trig)
                   and not _deadline(t, s, found) and not _counted_for_another(t, s, trig)
                   and not _counted_from_untimed(t, s, in_sentence, anchor, last_day) and not _named_as(t, s)]
    if _occasion_death(trig) or (found.trigger.nominal and _judged_talk(trig)):
        # ... and a talk with sides of its own that another verb judges ("described X's call with Y as improper" on
        # Tuesday): only a time of its own phrase dates it
        in_sentence = [(t, s) for t, s in in_sentence if trig.i in {a.i for a in s.root.ancestors}]
    here = [(t, s) for t, s in in_sentence if not _reporting_date(s, trig)]
    # the time of another clause (a complement, a relative clause) or of a noun ("the 2010 accord") is not this event's
    own = [(t, s) for t, s in here if _in_own_scope(s, trig)]
    # "admitted on Monday to threatening her in April": a gerund act's own time, not the verb's it complements
    below = [(t, s) for t, s in here if _in_gerund_complement(s, trig) and not _prenominal(s, trig)]
    if not below and _judged_gerund(trig):
        return None, False
    here = below or [ts for ts in here if _fronted(ts[1], trig)] or own or [
        (t, s) for t, s in here if not _prenominal(s, trig) and not _in_future_report(s, trig)]
    counted = [(t, s) for t, s in here if _counted_phrase(t, s)]
    outright = [(t, s) for t, s in here if (t, s) not in counted and not any(_counted_from_clause(c, s) for c in counted)]
    if counted and outright:
        # "was sworn in on June 4, a day after winning the vote": the day told outright dates the clause; the count
        # re-tells it from the other act (which ``_relational_shift`` dates from it). A day of the act counted from
        # ("nine days after troops detained his aide on March 2") is not told outright for this clause
        here = [ts for ts in here if ts not in counted]
    if not in_sentence:
        # "The meeting came two weeks after the bloc suspended the talks": the counting clause goes on at the
        # story's day, so the act counted from is that much before it, not on it; a count in months or years ("came
        # seven years after he fled") counts from the latest time told, whatever its grain ("in May")
        ref = (last_time if _coarse(counted_back[0][0]) else last_day) if counted_back else None
        if ref is not None and ref.resolved and found.modality != "planned":
            return _shifted_back(counted_back[0][0], ref, anchor), False
        return None, False
    tense: Tense | None = "past" if found.trigger.token.doc.user_data.get("caption") else _tense(found, text)
    if tense == "past":
        # "the two have now signed": the present of the telling is no date of a past act
        here = [(t, s) for t, s in here if not _present(s.text)]
        in_sentence = [(t, s) for t, s in in_sentence if not _present(s.text)]
    bound = False
    if not here and in_sentence and found.modality != "planned":
        # only the report's date is given ("have died, state media confirmed on Monday"): it bounds the event; a
        # year naming a thing ("suspended the 1972 border treaty") bounds nothing
        here = [(t, s) for t, s in in_sentence if not _prenominal(s, trig) and not _in_future_report(s, trig)]
        bound = True
    if not here:
        return None, False
    timex, span = min(here, key=lambda ts: (_distance(trig, ts[1].root), abs(ts[1].start - trig.i)))
    if (found.trigger.type == "APPOINT" and timex.signal in ("since", "from")) or (
            timex.signal is not None and _clause_of_the_time(span, trig)):
        # "had held the post since December": the appointment is the start of the span; "strained since 2023, when
        # Tanzania banned the imports": the ban is the point the span starts from, in the year the clause hangs on
        timex = replace(timex, signal=None)
    told_in = _told_in(span)
    if tense == "future" and told_in.i != _clause_verb(trig).i and told_in.tag_ == "VBD":
        # "followed Latvia's announcement on Monday that it would expel ...": a day told in a clause about
        # the past is a past day, whatever the act it dates is to be
        tense = "past"
    if _scheduled_for(timex, span, trig):
        tense = "future"
    coarse = _coarse(timex)
    ref = (_counted_from(timex, span, in_sentence, anchor, last_day)
           or _day_before(span, in_sentence, anchor, last_day, coarse) or (last_time if coarse else last_day)
           or (last_time if timex.anaphoric and timex.parts.unit == "week" else None))
    when = to_interval(timex, anchor, tense, ref=ref)
    if tense == "past" and _counted_from_now(timex) and (said := _saying_day(trig, span, in_sentence, anchor,
                                                                           last_day)) is not None:
        # "said on Thursday that she had met him on Tuesday", "struck a depot overnight, the governor said on Monday":
        # a weekday or "overnight" in what a past saying reports counts from the saying's day (OUTPUT.md 6: against
        # that event's date), not from publication
        again = to_interval(timex, said.start_date(), tense)
        if again.resolved:
            LOGGER.debug("counted from the saying's day %s: %r", said.start, span.text)
            when = again
    if (found.modality == "asserted" and tense != "past" and _after_anchor(when, anchor) and _yearless(timex)
            and (past := to_interval(timex, anchor, "past", ref=ref)).resolved and not _after_anchor(past, anchor)):
        # "expected within days of a September summit" (published in March): an act told as done, in a month named
        # without its year, is in the one before publication (OUTPUT.md 6), whatever the clause around it expects
        when = past
    if timex.anaphoric and ref is None and tense == "past" and _after_anchor(when, anchor):
        # "retaliated the following week" with no time told before: counted from the publication date it would be a
        # week the story has not reached
        return None, False
    if (timex.signal == "since" and when.resolved and last_day is not None and last_day.resolved
            and _past_perfect(trig) and (last_day.end or "") >= (when.start or "")):
        # past perfect "had been visiting since Friday": the state lasted until the story's reference time
        when = Interval(when.start, last_day.end, when.text, when.granularity)
    if counted_back and (not bound or _counts_from(counted_back[0][1], span)):
        # a report's date bounds the act, unless the act is counted from the report ("the ministry said on Tuesday, two
        # days after the rivals exchanged captives": the exchange was on Sunday)
        when = _count_back(counted_back[0], span, when, anchor, tense)
    return when, bound


SCHEDULE_FOR = word_class("schedule_for_verb", WORDS)
"""Verbs that fix or move the day of an act their object names ("set a summit for July 6")."""
SCHEDULE_SIGNALS = frozenset({"for", "to", "until"})
"""Prepositions by which such a verb gives the day fixed ("for July 6", "moved to Friday", "delayed until June")."""


PRESENT_AUXES = frozenset({"has", "have", "'ve", "'s", "is", "are", "'re"})
"""Auxiliaries of a present or present perfect ("has set", "is scheduled", "have been moved")."""


def _scheduled_for(timex: Timex, span: Span, trig: Token) -> bool:
    """ "have set a summit with Mali for July 6", "talks were scheduled for June 3", "the vote, postponed to Friday": a
    time a scheduling verb fixes for the act its object or passive subject names is that act's day to come, whatever
    the fixing's present or present perfect (a fixing told in the past, "set a meeting for April 20, where they signed",
    may be of a day gone by)."""
    holder = _time_holder(span)
    if holder.lemma_.lower() not in SCHEDULE_FOR or timex.signal not in SCHEDULE_SIGNALS:
        return False
    if holder.tag_ not in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_AUXES for c in holder.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i == trig.i for c in holder.children) or (
        holder.dep_ == "acl" and holder.head.i == trig.i)


def _counted_from_now(timex: Timex) -> bool:
    """Whether a time names a day only by its distance from the day of the telling: a bare weekday ("on Tuesday"),
    "yesterday", "last night", "overnight"; not a date of the calendar ("May 7") nor a count from another act."""
    parts = timex.parts
    if timex.anaphoric or parts.y is not None or parts.m is not None or parts.d is not None:
        return False
    return parts.deictic is not None or (parts.wd is not None and parts.rel is None)


def _saying_day(trig: Token, span: Span, in_sentence: list[TimedSpan], anchor: date | None,
                last_day: Interval | None) -> Interval | None:
    """The day, before publication, of the saying whose complement tells the trigger's clause, when the sentence
    names it ("said on Thursday that she had met ...", "..., the governor said on Monday"); None when the clause is
    not what a saying reports, or the time ``span`` is the saying's own."""
    verb = _clause_verb(trig)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "said that she had met him and that the two had agreed ..."
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORT_LEMMAS or anchor is None:
        return None
    saying = verb.head
    if _told_in(span).i == saying.i:
        return None
    for timex, other in in_sentence:
        if timex.anaphoric or _present(other.text) or _told_in(other).i != saying.i:
            continue
        day = to_interval(timex, anchor, "past", ref=last_day)
        before = (day.start or "") < anchor.isoformat()
        if day.resolved and day.granularity == "day" and day.start == day.end and before:
            return day
    return None


def _yearless(timex: Timex) -> bool:
    """Whether a time names a month without its year or its day ("a September summit", "in October"): it
    may be read as the one before or after the publication date. A day ("Oct. 31", "the Dec. 12 election") is left
    to the clause's tense: a date of the calendar to come is often named so."""
    parts = timex.parts
    return (parts.y is None and parts.ry is None and parts.m is not None and parts.d is None and parts.rel is None
            and parts.wd is None)


def _clause_of_the_time(span: Span, trig: Token) -> bool:
    """Whether the event's clause hangs on the time expression itself, as a "when" relative ("since 2023, when Tanzania
    banned the imports", "until March, when the talks resumed"): the time is the clause's own point, and the "since" or
    "until" before it belongs to the outer clause."""
    clause = trig if trig.pos_ in ("VERB", "AUX") else next(
        (a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.dep_ == "relcl" and span.start <= clause.head.i < span.end


def _shifted_back(timex: Timex, when: Interval, anchor: date | None, tense: Tense | None = "past") -> Interval:
    """``when`` moved back by a count ("two days after": two days before ``when``), or ``when`` itself if the count
    cannot be turned round."""
    if not when.resolved or timex.parts.dir not in ("+", "-"):
        return when
    back = replace(timex, parts=replace(timex.parts, dir="-" if timex.parts.dir == "+" else "+"))
    moved = to_interval(back, anchor, tense, ref=when)
    return moved if moved.resolved else when


def _count_back(shift: TimedSpan, span: Span, when: Interval, anchor: date | None, tense: Tense | None) -> Interval:
    """The time of an act another is counted from, when its own clause states none: "recalled its envoy on Friday, two
    days after Togo expelled a diplomat" puts the expulsion two days before Friday (``when``: the time found for the act)."""
    timex, shift_span = shift
    if _within(span.root, _counted_act(shift_span)):
        return when  # the act's own clause states its time
    return _shifted_back(timex, when, anchor, tense)


def _counted_act(span: Span) -> Token:
    """The word of the act a time counted from an act counts from: the clause "after" marks ("nine days after troops
    detained his aide": detained), or the phrase "after" heads ("a week after the vote")."""
    last = span.doc[span.end - 1]
    return last.head if last.dep_ == "mark" else last


def _within(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is ``head`` or sits below it in the parse."""
    return tok.i == head.i or any(a.i == head.i for a in tok.ancestors)


def _counted_from(timex: Timex, span: Span, in_sentence: list[TimedSpan], anchor: date | None,
                  last_day: Interval | None) -> Interval | None:
    """The time an expression counted from an act ("nine days after troops detained his aide on March 2") counts from:
    that act's own stated time, when its clause or phrase states one (March 2), else None."""
    if not timex.anaphoric or span.doc[span.end - 1].lower_ not in ("after", "before"):
        return None
    counted = _counted_act(span)
    for other, other_span in in_sentence:
        if other_span.start >= span.end and not other.anaphoric and _within(other_span.root, counted):
            when = to_interval(other, anchor, "past", ref=last_day)
            if when.resolved:
                return when
    return None


def _day_before(span: Span, in_sentence: list[TimedSpan], anchor: date | None,
                last_day: Interval | None, coarse: bool = False) -> Interval | None:
    """The day an anaphoric time ("the same day", "the previous day") counts from when its own sentence names one
    before it: "reached Kampala on Monday, the same day that ..." is Monday, whatever day the story told last
    (unseen-errors D). A time counted in months or years ("arrested in 2005 and extradited two years later") counts
    from a time of any grain."""
    before = [t for t, s in in_sentence if s.end <= span.start and not t.anaphoric]
    for timex in reversed(before):
        day = to_interval(timex, anchor, "past", ref=last_day)
        if day.resolved and (day.granularity == "day" or coarse):
            return day
    return None


COARSE_UNITS = frozenset({"month", "year", "decade"})


def _coarse(timex: Timex) -> bool:
    """Whether an anaphoric time counts in months or years ("the following year", "two years later", "later that
    year"): it counts from the latest time told, whatever its grain, not only from the latest day."""
    return timex.anaphoric and timex.parts.unit in COARSE_UNITS


REPEAT_JOINERS = word_class("repeat_joiner", WORDS)
"""The only words that may stand between two times of one act told once ("in 2019 and again in 2023")."""
POINT_SIGNALS = frozenset({None, "in", "on", "during"})
"""Prepositions of a time at which an act happened (not "since", "until", "by" ...)."""


def _repeats(when: Interval | None, in_sentence: list[TimedSpan], anchor: date | None,
             last_day: Interval | None) -> list[Interval]:
    """The further times of an act told once with coordinated times: "visited Dodoma in 2019 and again in 2023" is
    two visits (unseen-errors I, under-split).

    Months and years only, unless "again" says so: "talks on Monday and Tuesday" is one meeting over two days. Both
    times are named outright and alike ("deported a year later and, in 2011, jailed" is another verb's).
    """
    if when is None or not when.resolved:
        return []
    spans = sorted(in_sentence, key=lambda ts: ts[1].start)
    idx = next((i for i, (t, s) in enumerate(spans) if s.text == when.text and t.signal in POINT_SIGNALS
                and not t.anaphoric), None)
    if idx is None:
        return []
    out: list[Interval] = []
    prev = spans[idx][1]
    for timex, span in spans[idx + 1:]:
        between = [tok.lower_ for tok in span.doc[prev.end:span.start]]
        if "and" not in between or any(w not in REPEAT_JOINERS for w in between) or timex.signal not in POINT_SIGNALS:
            break
        if _clause_verb(span.root).i != _clause_verb(prev.root).i:
            break  # "deported a year later and, in 2011, jailed": another verb's time
        again = to_interval(timex, anchor, "past", ref=last_day)
        if not again.resolved or timex.anaphoric or again.granularity != when.granularity or (
                again.granularity not in ("month", "year") and "again" not in between):
            break
        LOGGER.debug("repeat: %r and %r are two occurrences", when.text, again.text)
        out.append(again)
        prev = span
    return out


def _told_in(span: Span) -> Token:
    """The verb whose clause a time expression belongs to; one between a verb of saying and the subject of the clause
    it reports is the saying's, wherever the parser hangs it ("said on Thursday he would not attend": Thursday is
    when he said it)."""
    verb = _clause_verb(span.root)
    if (verb.dep_ == "ccomp" and verb.head.i < span.start and verb.head.lemma_ in REPORT_LEMMAS
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in verb.children)):
        return verb.head
    return verb


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself when it is one; the root when none is above)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


OCCASIONS = word_map("occasion", WORDS)
"""Nouns that name an event told before, by the type of that event ("during the talks" -> the last CONSULT)."""


def _during_event(trig: Token, told: dict[tuple[str, str | None], Interval],
                  current: Interval | None = None) -> Interval | None:
    """The date of the event a "during/at/after the <occasion>" phrase in the trigger's sentence points back to.

    ``told``: the date of the last dated event of each type, and of each type and trigger lemma, so far;
    ``current``: the story's current time, which "the same <occasion>" ("during the same visit") points back to
    whatever event was dated last.
    """
    for tok in sentence_of(trig):
        if tok.lower_ in ("during", "at", "on", "in") and tok.dep_ == "prep":
            for pobj in _occasion_nouns(tok):
                wanted = OCCASIONS.get(pobj.lower_) or OCCASIONS.get(pobj.lemma_.lower()) if pobj.dep_ == "pobj" else None
                if wanted and current is not None and any(c.lower_ == "same" for c in pobj.children):
                    return current  # "during the same visit": the occasion just told, not the last of its type
                framed = pobj.head.i != tok.i  # "on the margins of a summit"
                pointing = {c.lower_ for c in pobj.children} & {"the", "those", "these", "that", "this"}
                if wanted and pointing:
                    # the same word first ("the talks" -> "held talks"), else the last event of that type; through a
                    # frame only "that meeting" points back to whatever meeting was told ("the sidelines of the
                    # summit" may name a summit the story never told as an event)
                    keys = ((wanted, pobj.lemma_),) if framed and pointing == {"the"} else (
                        (wanted, pobj.lemma_), (wanted, None))
                    for key in keys:
                        if key in told:
                            return told[key]
    return None


OCCASION_FRAMES = word_class("occasion_frame", WORDS)
"""Nouns through which a preposition places an act inside an occasion ("on the margins of a summit")."""


def _occasion_nouns(prep: Token) -> list[Token]:
    """The nouns a preposition of time may name an occasion by: its objects, and the object of "of" after a frame
    noun ("on the sidelines of that meeting", "in the course of the visit")."""
    out = []
    for pobj in prep.children:
        if prep.lower_ != "in":  # "in" names an occasion only through a frame ("in the course of")
            out.append(pobj)
        if pobj.dep_ == "pobj" and pobj.lower_ in OCCASION_FRAMES:
            out += [n for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                    for n in of.children if n.dep_ == "pobj"]
    return out


FOREIGN_CLAUSES = word_class("clause_dep", "grammar")
"""Dependencies that open a clause of its own: a time inside one dates that clause's event."""


def _in_future_report(span: Span, trig: Token) -> bool:
    """Whether a time expression lies in a reported clause about the future that does not hold the trigger: in "X met
    Y and said the two would sign an accord next month", next month is the signing's, never the meeting's. An act
    told in the future itself ("and would then call Z") may follow on from it."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in trig.children):
        return False
    above = {trig.i, *(a.i for a in trig.ancestors)}
    node = span.root
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in node.children):
            return True
        node = node.head
    return False


def _in_own_scope(span: Span, trig: Token) -> bool:
    """Whether a time expression belongs to the trigger's own clause, not to a clause or noun below or beside it (a
    coordinated clause with a subject of its own included)."""
    above = {trig.i, *(a.i for a in trig.ancestors)}
    node = span.root
    while node.i not in above:
        if node.dep_ in FOREIGN_CLAUSES or (node.dep_ in ("amod", "compound", "nummod", "npadvmod") and
                                             node.head.pos_ in ("NOUN", "PROPN") and node.head.i not in above):
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                        for c in node.children):
            return False  # "X summoned Y, and on Tuesday Z handed him a note": Tuesday is Z's act's
        if node.head.i == node.i:
            return False
        node = node.head
    return True


JUDGING_VERBS = word_class("judged_gerund_verb", WORDS)
"""Verbs of a plea, a charge or a verdict whose gerund act is only referred to ("convicted of bribing an official")."""


def _judged_gerund(trig: Token) -> bool:
    """Whether a gerund act completes the preposition of a plea, a charge or a verdict ("admitted on Monday to
    striking a guard"): done before it, at no time the verb's own clause or the story's tells; without a time of
    its own phrase it is undated and stays one event with a dated telling of the same act (as ``_judged_act_noun``)."""
    if trig.tag_ != "VBG" or trig.dep_ != "pcomp" or trig.head.dep_ != "prep":
        return False
    word = trig.head.head  # "pleaded guilty to ...", "was found guilty of ...": the verdict's word, or the verb's
    return word.lemma_.lower() in JUDGING_VERBS or (word.dep_ == "acomp" and word.head.lemma_.lower() in JUDGING_VERBS)


def _in_gerund_complement(span: Span, trig: Token) -> bool:
    """Whether a time is told inside a gerund act that completes another verb's preposition ("admitted on Monday to
    threatening her in April", "was convicted on Friday of assaulting a guard in 2021"), through the gerund's own
    infinitive too ("threatening to harm her in April"): the other verb's time dates that verb only (the plea, the
    verdict); the act is the gerund's. No clause of its own may stand between ("threatening a man who fled in May")."""
    if trig.tag_ != "VBG" or trig.dep_ != "pcomp" or trig.head.head.i == trig.i:
        return False
    node = span.root
    while node.i != trig.i:
        if (node.dep_ in FOREIGN_CLAUSES and node.dep_ != "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return True


RELATIVE_DEPS = frozenset({"relcl"})
"""The relation of a relative clause to the noun it describes."""


def _in_relative_clause(span: Span, trig: Token) -> bool:
    """Whether a time expression sits in a relative clause that does not hold the trigger ("thanked X, whose unit held
    the bridge on May 9": May 9 is the unit's act's, not the thanks'). Read for verb triggers only: a noun trigger
    ("X, who took over in March, keeps the post") often names the state the relative clause's act began."""
    above = {trig.i, *(a.i for a in trig.ancestors)}
    node = span.root
    while node.i not in above and node.head.i != node.i:
        if node.dep_ in RELATIVE_DEPS:
            return True
        node = node.head
    return False


PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
"""Tags of a participle that, hung on a noun, tells an act of its own ("the ban imposed in 2021", "troops guarding
the dam since 2013")."""


def _in_participle_after(span: Span, trig: Token) -> bool:
    """Whether a time expression sits in a participle clause on a noun after a verb trigger in the present or the
    present perfect ("has lifted the export ban imposed on shrimp in 2021", "wants the troops deployed in 2013 gone"):
    an act told as news of now, whose object's past the participle tells. After a past verb the participle often
    re-tells the act itself ("signed a treaty, sealed last year", "congratulated him in a statement issued on Tuesday"),
    and its time stays the act's."""
    if trig.pos_ != "VERB" or not _present_or_perfect(trig):
        return False
    above = {trig.i, *(a.i for a in trig.ancestors)}
    node = span.root
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "acl" and node.tag_ in PARTICIPLE_TAGS and node.i > trig.i and node.head.i != trig.i:
            return True
        node = node.head
    return False


def _present_or_perfect(verb: Token) -> bool:
    """Whether a verb is in the present ("wants") or the present perfect ("has lifted")."""
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children))


def _in_nested_relative_clause(span: Span, trig: Token) -> bool:
    """Whether a time expression sits in a relative clause inside a noun trigger's phrase on another noun than the
    trigger ("an appeal to the UN to dissolve its panel, [which had monitored the border since 1994]": 1994 is the
    monitoring's, not the appeal's); a relative clause on the trigger itself still dates it ("the raid, which began
    on Monday")."""
    if trig.pos_ == "VERB":
        return False
    node = span.root
    while node.i != trig.i and node.head.i != node.i:
        if node.dep_ in RELATIVE_DEPS:
            return node.head.i != trig.i and trig.i in {a.i for a in node.ancestors}
        node = node.head
    return False


def _fronted(span: Span, trig: Token) -> bool:
    """Whether a time expression is set off just before a verb trigger, after a conjunction or a comma ("escaped in
    2011 and, in 2016, was convicted"): it is that verb's, wherever the parser hangs it."""
    doc = span.doc
    if trig.pos_ != "VERB" or span.end > trig.i or any(
            not tok.is_punct and tok.dep_ not in ("aux", "auxpass", "neg") for tok in doc[span.end:trig.i]):
        return False  # only commas and the verb's own auxiliaries between ("and, in 2016, was convicted")
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].tag_ == "IN" else span.start
    return first > 0 and (doc[first - 1].dep_ == "cc" or doc[first - 1].is_punct)


def _prenominal(span: Span, trig: Token) -> bool:
    """ "the 2010 accord": a year that modifies a noun other than the trigger (not "in September Putin met ...",
    which the parser may hang on the name after it)."""
    root = span.root
    after_preposition = span.start > 0 and span.doc[span.start - 1].tag_ == "IN"
    return root.dep_ in ("amod", "compound", "nummod") and root.head.i != trig.i and not after_preposition


BACKGROUND_MARKS = word_class("background_mark", WORDS)
"""Conjunctions of an adverbial clause told as background to its main clause ("since", "after", "because")."""


def _background_clause(verb: Token) -> bool:
    """Whether a verb heads an adverbial clause told as background to its main clause ("arrived on Tuesday, since
    rebels shelled a town three days earlier"): its time is not the story's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)


def _relational_shift(timex: Timex, span: Span, trig: Token) -> bool:
    """Whether a time counted from an act ("nine days after troops detained his aide") sits on the clause of that
    act: it dates the main clause, not the act it counts from."""
    last = span.doc[span.end - 1]
    if not timex.anaphoric or last.lower_ not in ("after", "before") or trig.i < span.end:
        return False
    if last.dep_ == "prep" and any(c.dep_ == "pobj" for c in last.children):
        # "Two days after Sunday's election, X resigned": a count from a noun dates the clause it is set before,
        # wherever the parser hangs the count; only the noun's own act is the one counted from
        return _within(trig, last)
    verb = _clause_verb(trig)
    return last.head.i == verb.i or verb.head.i == last.i or any(
        c.dep_ == "npadvmod" and span.start <= c.i < span.end for c in verb.children)


def _counted_phrase(timex: Timex, span: Span) -> bool:
    """Whether a time is counted from another act ("a day after", "two weeks before")."""
    return timex.anaphoric and span.doc[span.end - 1].lower_ in ("after", "before")


def _counted_from_clause(counted: TimedSpan, span: Span) -> bool:
    """Whether a time expression lies in the act a count is counted from ("nine days after troops detained his aide on
    March 2": March 2 is the detention's)."""
    after = counted[1].doc[counted[1].end - 1]
    clause = after.head if after.dep_ == "mark" else after
    return clause.left_edge.i <= span.start and span.end - 1 <= clause.right_edge.i and clause.i >= counted[1].end - 1


def _named_as(timex: Timex, span: Span) -> bool:
    """Whether a day is the thing an act names, not the time it happened: "picked May 9 as polling day",
    "set March 3 as the deadline" (a bare time followed by "as" and the role it is given, hung on a verb with no object
    of its own: in "rejected the proposal that week as a stunt" the role is the offer's, in "was appointed Thursday as
    foreign minister" the passive subject's)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    verb = span.root.head
    return (timex.signal is None and after is not None and after.lower_ == "as" and after.dep_ == "prep"
            and any(c.dep_ == "pobj" for c in after.children) and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children))


def _counted_from_untimed(timex: Timex, span: Span, in_sentence: list[TimedSpan], anchor: date | None,
                          last_day: Interval | None) -> bool:
    """Whether a time is counted from a clause whose act the sentence gives no time ("police arrested him, a day
    after he threatened the president"): it dates nothing, as the day it counts from is not told."""
    last = span.doc[span.end - 1]
    return (timex.anaphoric and last.lower_ in ("after", "before") and last.dep_ == "mark"
            and _counted_from(timex, span, in_sentence, anchor, last_day) is None)


def _counts_from(shift: Span, span: Span) -> bool:
    """Whether a time counted from a clause's act (``shift``: "a day after", opening that clause) counts from the
    clause a time expression (``span``) belongs to."""
    last = shift.doc[shift.end - 1]
    return last.dep_ == "mark" and _clause_verb(span.root).i == last.head.head.i


def _counted_for_another(timex: Timex, span: Span, trig: Token) -> bool:
    """Whether a time counted from a clause's act ("two days after the rivals exchanged captives") counts for the
    clause that clause hangs on, not the trigger's: "Rebels fired rockets at the port overnight, the navy said on
    Tuesday, two days after the rivals exchanged captives" puts the saying, not the firing, after the exchange."""
    last = span.doc[span.end - 1]
    if not timex.anaphoric or last.lower_ not in ("after", "before") or last.dep_ != "mark":
        return False
    return _clause_verb(trig).i != last.head.head.i


def _background_act(trig: Token) -> bool:
    """Whether a trigger's clause is background, not a step of the story: a past-perfect clause under another one, a
    clause under a past-perfect one ("had been vacant since the court removed him in March"), a relative clause
    ("the count of Tuesday's vote, in which Park won 51 percent"), or an adverbial clause of cause or prior time
    ("arrived on Tuesday, since rebels shelled a town three days earlier")."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    return _told_from_the_story(verb) or verb.dep_ == "relcl" or _background_clause(verb) or _lasting(verb)


TERM_LEMMAS = word_class("term_setting_lemmas", WORDS)
"""Verbs whose "for" span is the term they set, not a time they went on over ("jailed for 11 years")."""
LASTING_UNITS = frozenset({"year", "decade", "century", "generation"})
"""Units of a span an act that goes on over it is no step of the week's news in ("for more than a decade", "for
years")."""


def _lasting(verb: Token) -> bool:
    """Whether a clause tells what has gone on for years ("For more than a decade, Egypt and Ethiopia have argued over
    the dam", "have clashed for years"): a standing state of things, which the story's first news day does not date.
    A verb that sets a term is no such state: "jailed him for 11 years", "banned her for five years" (``TERM_LEMMAS``).
    """
    if verb.lemma_.lower() in TERM_LEMMAS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over")):
        for noun in (g for g in prep.subtree if g.pos_ == "NOUN"):
            if noun.lemma_.lower() in LASTING_UNITS and (noun.tag_ == "NNS" or any(
                    d.lower_ in ("a", "an", "one") for d in noun.children)):
                return True
    return False


def _told_from_the_story(verb: Token) -> bool:
    """Whether a clause is told from the story's time: a past-perfect clause under another one, or a clause under
    a past-perfect one."""
    if verb.dep_ in ("ROOT", "conj"):
        return False
    return _past_perfect(verb) or (verb.dep_ == "advcl" and _past_perfect(verb.head))


def _background(span: Span) -> bool:
    """Whether a time expression dates a clause told from the story's time ("a year after she had taken office on
    June 28", "had been vacant since the court removed him in March"): not a step of the story (a relative
    clause's time still is what "the same month" refers to)."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (_told_from_the_story(verb) or _background_clause(verb))


def _past_perfect(trig: Token) -> bool:
    """Whether the trigger's clause is in the past perfect ("had been visiting", "had ... held meetings")."""
    node = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    for _ in range(3):
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in node.children):
            return True
        if node.dep_ != "conj":
            return False
        node = node.head
    return False


def _time_holder(span: Span) -> Token:
    """The word a time expression hangs on: its head, or the head of the preposition that opens it ("said on Monday")."""
    head = span.root.head
    return head.head if head.dep_ == "prep" and head.head.i != head.i else head


def _told_after_by_another(span: Span, trig: Token) -> bool:
    """Whether ``span`` is the time of a report told after the act's clause by a speaker that is not the act's
    subject ("X thanked Y, the ministry said on Wednesday"; not "X met Y, he said on Monday")."""
    head = _time_holder(span)
    if head.lemma_ not in REPORT_LEMMAS or head.i < trig.i:
        return False
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    actor = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (speaker is not None and actor is not None and "PRON" not in (speaker.pos_, actor.pos_)
            and speaker.lemma_.lower() != actor.lemma_.lower())


def _reporting_date(span: Span, trig: Token) -> bool:
    """ "..., state media said Thursday": the date of the report, not of the event (unless the event is the report)."""
    head = _time_holder(span)
    # (tokens are compared by index: spaCy builds a new Token object at each access, so "is" never holds)
    if head.lemma_ in REPORT_LEMMAS and head.i != trig.i and not (trig.dep_ == "nsubjpass" and trig.head.i == head.i):
        return True  # ("new sanctions will be announced on Friday": the measure's own time, onsets.py)
    # "Kenya said on Monday it would recall ...": a time between the saying and the said clause's subject is the
    # saying's, wherever the parser hangs it
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_LEMMAS and subject is not None
            and verb.head.i < span.start and span.end <= subject.left_edge.i)
