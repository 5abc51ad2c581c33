"""Consolidate the posts that documents state about a person into one career: one row per real post.

A document states a post once per sentence ("Ambassador Solberg", "was named ambassador to
New Zealand in 2009"); a career holds one ``Post`` per (person, post, state) with every statement
as a source. First the titles that protocol and spelling make one post are folded together
(``lexicons/post_equivalents.tsv``: "counsellor-envoy" = "minister-counsellor"), and words about the
holder are left out ("the 21st president", "the first female president"). Then two titles are one
post when the words of one hold the other's and they begin with the same word or the longer one adds
no rank ("ambassador" and "ambassador to north korea", "governor" and "provincial governor"; never
"president" and "vice president"); a bare title that several posts could complete ("ambassador" for a
person who was ambassador to two countries) stays on its own. Statements with two different states
are two posts.

Dates merge from every source: the most precise start and end win ("from 2013 to 2018" is a start and
an end, not one date); a statement that contradicts
them (a start in 1999 and another in 2006) is kept in ``conflicts``, never silently dropped.
A post is ``ended`` when a source gives it an end, or calls its holder "former", "then" or "ex"
(the post ended before that text's date; "a former Finnish ambassador" too). ``career`` lists the posts in date order, then the
undated ones. A dated appointment or departure told in the sentence that states a post
("Khamenei appointed Mokhber as acting president on Monday") dates that post's start or end;
with two posts in the sentence, the post after "as" takes it ("appointed Mokhber, the first
vice-president, as acting president"), else the one named nearest after the trigger, never one the
sentence calls former for an appointment ("Ana Ruiz, a former central bank governor, took office in May"), nor, while
another is there, one whose own words date that start or end otherwise ("A, the envoy, who was minister until 2019,
left the post on Friday": the envoy's post);
one told in a sentence that states no post dates the person's post when they hold only one not
called former, stated in that document too ("X was voted out by parliament on Tuesday"). A step never
overrides a date the post's own words state and it contradicts ("whom the president recalled in May 2024"
ends the post then, whatever day a successor's takeover told beside it is dated): it is kept as a conflict. Written here rather than taken from a library: no maintained package merges
post statements; the title rule is word sets, small enough to read.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dateline.errors import LexiconError
from dateline.lexicons import load_table, word_class
from dateline.model import Interval, Position

LOGGER = logging.getLogger(__name__)

WORDS = "resolve_words"
"""The lexicon (``lexicons/resolve_words.tsv``) this module's word classes come from."""

FILLER = word_class("post_filler", WORDS)
"""Words that do not tell posts apart ("director of the department" = "department director" words)."""

PAST_TITLE_WORDS = "|".join(sorted(map(re.escape, word_class("past_title_word", "annotate_words")), key=len, reverse=True))
ENDED_BEFORE = re.compile(rf"\b(?i:{PAST_TITLE_WORDS})[\s-]+(?:as\s+(?:the\s+|a\s+)?)?(?:[A-Z][\w’'-]*\s+){{0,2}}$")
"""A word right before a title, or before "as" and a title, that puts the post in the past of the text's date
("former Defence Minister", "ex-", "the late President": ``past_title_word`` in ``lexicons/annotate_words.tsv``;
issue 14)."""

RANKS = word_class("post_rank", WORDS)
"""Words that make a title another post than the title without them ("vice president", "prime minister")."""

DESCRIPTORS = word_class("post_descriptor", WORDS)
"""Words that describe a post's holder, not the post ("the first female president")."""

ORDINALS = word_class("post_ordinal", WORDS)
"""Spelled ordinals that count holders before a descriptor ("first female president"); a rank before a title."""

_NUMERIC_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
"""A numeric ordinal counts holders ("the 21st president"): never part of a post's name."""

AS_POST = re.compile(r"\bas\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?$", re.IGNORECASE)
"""The words before the post an appointment names ("appointed X as acting president")."""

_WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True, slots=True)
class Stated:
    """One document's statement of a post: the Position, its document, and the caller's handle (``ref``)."""

    position: Position
    doc_id: str
    published: str | None = None
    ref: Any = None


@dataclass(frozen=True, slots=True)
class Step:
    """A dated appointment or departure (APPOINT/DISMISS event), or death (DIE), of a person, told in one document's
    sentence."""

    person: str
    doc_id: str
    sentence_start: int
    type: str
    date: Interval
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """One real post of one person, merged from every statement of it."""

    person: str
    title: str
    title_text: str
    country: str | None
    org: str | None
    start: Interval | None
    end: Interval | None
    ended: bool
    as_of: str | None
    """The latest date a source speaks for."""
    sources: tuple[Stated, ...]
    conflicts: tuple[Interval, ...] = ()
    """Starts and ends that some source states and that contradict ``start``/``end``."""


_HOST = re.compile(r"\b(?:to|for|with|in|at|on)\b.*$", re.IGNORECASE | re.DOTALL)
"""The part of a title that names where a post serves, not whose it is ("ambassador to Bulgaria")."""


def post_state(title_text: str) -> str | None:
    """Return the one state a post's own words name ("head of the Kherson city council" -> UKR).

    States, demonyms, cities and organisations known by name alone (``annotate/countries.py``)
    count; the words after "to", "for", "in" ... name where the post serves and do not.
    """
    from dateline.annotate.countries import city_code, org_code, state_code

    words = _WORD.findall(_HOST.sub("", title_text))
    found: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            code = state_code(phrase) or city_code(phrase) or org_code(phrase)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


EQUIVALENTS = "post_equivalents"
"""The lexicon (``lexicons/post_equivalents.tsv``) of titles that name the same post ("counsellor-envoy" =
"minister-counsellor")."""


def _tokens(title: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(title.lower().replace("’", "'").replace("-", " ")))


@lru_cache(maxsize=1)
def _equivalents() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The (title words, same post's words) rows of ``post_equivalents.tsv``, longest title first."""
    rows = {_tokens(row[0]): _tokens(row[1]) for row in load_table(EQUIVALENTS)}
    return tuple(sorted(rows.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _fold_once(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for title, same in _equivalents():
            if words[i:i + len(title)] == title:
                out.extend(same)
                i += len(title)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def fold_title(title: str) -> tuple[str, ...]:
    """Return a title's words with every title of ``post_equivalents.tsv`` folded onto the post it names.

    Folds repeat until nothing changes ("counselor-envoy" -> "counsellor envoy" -> "minister counsellor"); a table
    whose folds never settle is a data error.

    Raises:
        LexiconError: L001 when the folds of ``post_equivalents.tsv`` cycle.
    """
    words = _tokens(title)
    for _ in range(len(_equivalents()) + 1):
        folded = _fold_once(words)
        if folded == words:
            return words
        words = folded
    raise LexiconError("L001", file=f"{EQUIVALENTS}.tsv", line=0, detail=f"the folds of {title!r} never settle")


def _holder_words(words: tuple[str, ...]) -> set[int]:
    """Positions of the words that count or describe a post's holder, not the post: a numeric ordinal ("21st
    president"), a descriptor ("left-wing", written as two words here) and the spelled ordinal before the descriptors
    ("first female president")."""
    out: set[int] = set()
    i = 0
    while i < len(words):
        size = 2 if "-".join(words[i:i + 2]) in DESCRIPTORS else 1 if words[i] in DESCRIPTORS else 0
        if _NUMERIC_ORDINAL.match(words[i]):
            out.add(i)
        elif size:
            if i and words[i - 1] in ORDINALS and i - 1 not in out:
                out.add(i - 1)
            out.update(range(i, i + size))
            if i - 1 in out and i >= 2 and words[i - 2] in ORDINALS:
                out.add(i - 2)
        i += max(size, 1)
    return out


def _words(title: str) -> tuple[str, ...]:
    """The words that tell a post apart: the folded title without filler words and words about its holder."""
    words = fold_title(title)
    holder = _holder_words(words)
    return tuple(w for i, w in enumerate(words) if w not in FILLER and i not in holder)


def _contains(specific: tuple[str, ...], generic: tuple[str, ...]) -> bool:
    """True when the generic title's words are all among the specific one's, and either begin like them or the
    specific one adds no rank ("provincial governor" holds "governor"; "vice president" does not hold "president")."""
    if not generic or not specific or not set(generic) <= set(specific):
        return False
    return generic[0] == specific[0] or not (set(specific) - set(generic)) & RANKS


def said_ended(stated: Stated) -> bool:
    """True when the text puts the post in the past: an end date, or "former"/"then"/"ex" before the title."""
    pos = stated.position
    if pos.end is not None and pos.end.resolved and (not pos.as_of or (pos.end.end or "") < pos.as_of):
        return True
    return called_former(stated)


def called_former(stated: Stated) -> bool:
    """True when "former", "then", "ex" ... right before the title put the post in the past of the text."""
    pos = stated.position
    text = pos.evidence.text
    at = text.find(pos.title_text) if pos.title_text else -1
    if at < 0:
        at = text.lower().find(pos.title.lower())
    return at >= 0 and ENDED_BEFORE.search(text[max(0, at - 24):at]) is not None


def _width(iv: Interval) -> int:
    start, end = iv.start_date(), iv.end_date()
    return (end - start).days if start and end else 1_000_000


def _overlap(a: Interval, b: Interval) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start <= b.end and b.start <= a.end)


def _merge_dates(found: Iterable[Interval | None]) -> tuple[Interval | None, list[Interval]]:
    """Pick the most precise interval; return it and the stated intervals that contradict it."""
    dated = [iv for iv in found if iv is not None and iv.resolved]
    if not dated:
        return None, []
    counts = Counter((iv.start, iv.end) for iv in dated)
    # the most precise first; among equals the most often stated, then the earliest
    best = min(dated, key=lambda iv: (_width(iv), -counts[(iv.start, iv.end)], iv.start or ""))
    conflicts: list[Interval] = []
    for iv in dated:
        if not _overlap(iv, best) and all((c.start, c.end) != (iv.start, iv.end) for c in conflicts):
            conflicts.append(iv)
    return best, conflicts


def _merge_stated(stated: Sequence[Interval | None], stepped: Sequence[Interval]) -> tuple[Interval | None,
                                                                                            list[Interval]]:
    """Merge a post's stated dates with the dates of the steps given to it: a step that contradicts every date the
    post's own words state is a conflict, never the winner, however precise ("whom the president recalled in
    September 2024" ends the post, not the day a successor's takeover told in the same sentence is dated)."""
    own = [iv for iv in stated if iv is not None and iv.resolved]
    kept = [iv for iv in stepped if not own or any(_overlap(iv, o) for o in own)]
    best, conflicts = _merge_dates([*own, *kept])
    for iv in stepped:
        if iv.resolved and iv not in kept and all((c.start, c.end) != (iv.start, iv.end) for c in conflicts):
            conflicts.append(iv)
    return best, conflicts


def _title_groups(titles: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each title's words to the most specific title that is the same post (itself when none)."""
    order = sorted(set(titles), key=lambda w: (-len(w), w))
    heads: list[tuple[str, ...]] = []
    of: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in order:
        holders = [h for h in heads if _contains(h, words)]
        if len(holders) == 1:
            of[words] = holders[0]
        else:
            heads.append(words)  # a new post, or a bare title more than one post could complete
            of[words] = words
    return of


def _step_dates(stated: Sequence[Stated], steps: Sequence[Step],
                unplaced: list[Step] | None = None) -> dict[int, list[tuple[str, Interval]]]:
    """Give each dated step to the statement of its sentence whose title follows the trigger most closely; a step
    whose sentence states no post goes to ``unplaced``."""
    out: dict[int, list[tuple[str, Interval]]] = defaultdict(list)
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, s in enumerate(stated):
        by_sentence[(s.doc_id, s.position.evidence.start)].append(n)
    for step in steps:
        here = by_sentence.get((step.doc_id, step.sentence_start), [])
        if not step.date.resolved:
            continue
        if step.type == "APPOINT":
            # "Halvorsen, a former chief justice, took office in March 2015": a post the sentence calls former is not
            # the one taken up
            here = [n for n in here if not called_former(stated[n])]
        if not here:
            if unplaced is not None:
                unplaced.append(step)
            continue
        text = stated[here[0]].position.evidence.text
        at = text.lower().find(step.trigger.lower()) if step.trigger else -1

        def place(n: int, step: Step = step) -> tuple[bool, int, int]:
            # "A, the envoy, who was minister until 2019, left the post on Friday": a post whose own words
            # date this end (or start) otherwise is not the one the step tells of
            own = stated[n].position.start if step.type == "APPOINT" else stated[n].position.end
            contradicts = own is not None and own.resolved and not _overlap(own, step.date)
            title_at = text.find(stated[n].position.title_text) if stated[n].position.title_text else -1
            if at < 0 or title_at < 0:
                return (contradicts, 3, 0)
            if title_at >= at:
                # "appointed Mokhber, the first vice-president, as acting president": the "as" post
                return (contradicts, 0 if AS_POST.search(text[:title_at]) else 1, title_at - at)
            return (contradicts, 2, at - title_at)

        out[min(here, key=place)].append((step.type, step.date))
    return out


def _date_the_only_post(groups: Sequence[list[Stated]], unplaced: Sequence[Step],
                        dated: dict[int, list[tuple[str, Interval]]], index: dict[int, int]) -> None:
    """Give a step told in a sentence without a post ("Ferrante was dismissed by parliament on April 3") to the one
    post the person holds, when the step's document states that post too; posts a source calls former ("Halvorsen, a
    former chief justice,") are not held, unless they are all the person has."""
    held = [g for g in groups if not any(said_ended(s) for s in g)] or list(groups)
    for step in unplaced:
        candidates = [g for g in held if any(s.doc_id == step.doc_id for s in g)]
        if len(candidates) != 1:
            continue
        group = candidates[0]
        LOGGER.debug("only-post rule: %s %s dates %r of %s", step.type, step.date.text, group[0].position.title,
                     step.person)
        dated[index[id(group[0])]].append((step.type, step.date))


_RANGE = re.compile(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:to|until|till|through|and|-|–)\s*(\d{4})$", re.IGNORECASE)
"""A span of whole years an event is dated by ("from 2013 to 2018", "2013-2018")."""


def _range_steps(kind: str, iv: Interval) -> list[tuple[str, Interval]]:
    """An appointment or departure dated by a span of years ("was deputy governor from 2004 to 2010") started
    the post in the first year and ended it in the last: a range, not one date for either end (issue 14)."""
    found = _RANGE.match((iv.text or "").strip())
    if iv.granularity != "year" or not found or found.group(1) >= found.group(2):
        return [(kind, iv)]
    first, last = found.group(1), found.group(2)
    return [("APPOINT", Interval(f"{first}-01-01", f"{first}-12-31", first, "year")),
            ("DISMISS", Interval(f"{last}-01-01", f"{last}-12-31", last, "year"))]


def _post(person: str, group: list[Stated], dated: dict[int, list[tuple[str, Interval]]],
          index: dict[int, int]) -> Post:
    titles = Counter(s.position.title for s in group)
    title = max(titles, key=lambda t: (len(_words(t)), titles[t], t))
    texts = Counter(s.position.title_text for s in group if s.position.title == title and s.position.title_text)
    steps = [part for s in group for step in dated.get(index[id(s)], ()) for part in _range_steps(*step)]
    start, start_conflicts = _merge_stated([s.position.start for s in group],
                                           [iv for kind, iv in steps if kind == "APPOINT"])
    end, end_conflicts = _merge_stated([s.position.end for s in group], [iv for kind, iv in steps if kind == "DISMISS"])
    countries = Counter(s.position.country for s in group if s.position.country)
    orgs = Counter(s.position.org for s in group if s.position.org)
    as_of = max((s.position.as_of or s.published or "" for s in group), default="") or None
    sources = tuple(sorted(group, key=lambda s: (s.position.as_of or s.published or "~", s.doc_id,
                                                 s.position.evidence.start)))
    return Post(person=person, title=title, title_text=texts.most_common(1)[0][0] if texts else title,
                country=countries.most_common(1)[0][0] if countries else None,
                org=orgs.most_common(1)[0][0] if orgs else None, start=start, end=end,
                ended=end is not None or any(said_ended(s) for s in group), as_of=as_of, sources=sources,
                conflicts=tuple(start_conflicts + end_conflicts))


DEATH = "DIE"
"""The step type of a person's death (a DIE event of which they are the target), which ends the posts they held."""


def _ended_by_death(post: Post, death: Interval | None) -> Post:
    """End at the holder's death a post no source ends or calls former ("Ambassador X, who died on Saturday"): one
    holds no post after death. A post that began after the date given for the death is left as it is (the date is
    then wrong, not the post)."""
    if death is None or post.ended or (post.start is not None and (post.start.start or "") > (death.end or "")):
        return post
    LOGGER.debug("death rule: %s of %s ends on %s", post.title, post.person, death.text)
    return replace(post, end=death, ended=True)


def _sort_key(post: Post) -> tuple[int, str, str, str]:
    first = (post.start.start if post.start else None) or (post.end.start if post.end else None)
    return (0, first, post.end.end if post.end and post.end.end else "", post.title) if first \
        else (1, post.as_of or "~", "", post.title)


def career(statements: Sequence[Stated], steps: Sequence[Step] = ()) -> list[Post]:
    """Return the posts of the people in ``statements``: one per real post, in date order, then undated.

    ``steps`` (dated appointments and departures) date the posts stated in their sentences; a dated death (a step of
    type ``DEATH``) ends the posts still held.
    """
    by_person: dict[str, list[Stated]] = defaultdict(list)
    for s in statements:
        by_person[s.position.person].append(s)
    steps_of: dict[str, list[Step]] = defaultdict(list)
    deaths: dict[str, list[Interval]] = defaultdict(list)
    for step in steps:
        if step.type == DEATH:
            deaths[step.person].append(step.date)
        else:
            steps_of[step.person].append(step)
    out: list[Post] = []
    for person, stated in sorted(by_person.items()):
        unplaced: list[Step] = []
        dated = _step_dates(stated, steps_of.get(person, ()), unplaced)
        index = {id(s): n for n, s in enumerate(stated)}
        of = _title_groups([_words(s.position.title) for s in stated])
        groups: dict[tuple[tuple[str, ...], str | None], list[Stated]] = defaultdict(list)
        countries_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for s in stated:
            if s.position.country:
                countries_of[of[_words(s.position.title)]].add(s.position.country)
        for s in stated:
            head = of[_words(s.position.title)]
            country = s.position.country
            if country is None and len(countries_of[head]) == 1:
                country = next(iter(countries_of[head]))  # a statement without a state joins the post's one state
            groups[(head, country)].append(s)
        _date_the_only_post(list(groups.values()), unplaced, dated, index)
        death, _ = _merge_dates(deaths.get(person, ()))
        posts = [_ended_by_death(_post(person, group, dated, index), death) for group in groups.values()]
        LOGGER.debug("%s: %d statements of posts merged into %d posts", person, len(stated), len(posts))
        out.extend(sorted(posts, key=_sort_key))
    return out
