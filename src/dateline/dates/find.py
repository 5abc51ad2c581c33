"""Find temporal expressions in plain text with reviewable regular-expression rules.

The rules live in ``lexicons/time_patterns.jsonl`` (one pattern per line, with examples and near
misses) and the word lists they share in ``lexicons/time_words.jsonl`` (month and weekday names,
number words, units, seasons, modifiers). Patterns refer to word lists as ``{MONTH}``, ``{NUM}``
and so on; named groups say what each piece means (``year``, ``month``, ``weekday``, ``rel``, ``unit``
...), and one interpreter turns the groups of any rule into the ``parts`` of a :class:`Timex`.
Resolution to dates is ``dates/normalize.py``'s job, not this module's.

A pattern record holds ``id``, ``label`` (date | time | duration | set), ``pattern`` (a regular
expression; a literal space matches any run of white space), ``examples`` and ``not`` (tested by
``tests/dates/test_find.py``), and optionally ``parts`` (fixed parts, e.g. ``{"rel": "0"}``),
``anaphoric`` (the expression dates itself from another event: "the previous day"), ``before`` (a
regex the left context must end with: "spring" is a season only after "in", "the" ...) and ``note``.
A group named ``span`` narrows the Timex to itself; groups ``p1``/``p2`` mark the two ends of a range.
Where matches overlap the longest wins.

Hand-written rather than spaCy's DATE/TIME entities because those miss weekday and anaphoric
expressions and over-cover ("the 2014 election" as one DATE); rather than ``dateparser`` because it
finds spans poorly (0.34 value F1 on TempEval-3) and resolves against today's date. No spaCy here,
so finding stays fast and usable anywhere.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from dateline.dates.literals import Requirements, folded, possible, requirements
from dateline.dates.windows import Scan, longest_runs
from dateline.errors import LexiconError
from dateline.lexicons import word_class, word_list, word_map
from dateline.model import Timex, TimexKind, TimexParts

LOGGER = logging.getLogger(__name__)

WORDS = "date_words"
"""The lexicon (``lexicons/date_words.tsv``) this module's word classes come from."""

WORDS_FILE = "time_words.jsonl"
PATTERNS_FILE = "time_patterns.jsonl"
KINDS: tuple[str, ...] = ("date", "time", "duration", "set")
PART_NAMES = frozenset(f.name for f in fields(TimexParts))
"""The names a rule's fixed ``parts`` may use: the fields of TimexParts."""
BEFORE_WINDOW = 30  # characters of left context a rule's "before" pattern sees

# Small closed classes that need no lexicon entry of their own.
EXTRA_MACROS: dict[str, str] = {
    "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
    "TZ": r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CET|CEST|BST|KST|JST|MSK|IST|local time)",
}
# Words after which a following span is a bare preposition's object ("on Monday", "since Friday").
SIGNALS = word_class("signal", WORDS)
ROMAN_CENTURY = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
HALF = {"first": "H1", "second": "H2"}
NOON = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
FREQ = word_map("frequency", WORDS)
TIMES = {"once": "1", "twice": "2", "thrice": "3"}
EARLY = {"earlier": "EARLIER", "later": "LATER"}


@dataclass(frozen=True, slots=True)
class TimeRule:
    """One pattern record from ``time_patterns.jsonl``, compiled."""

    id: str
    kind: TimexKind
    regex: re.Pattern[str]
    parts: tuple[tuple[str, str], ...]
    anaphoric: bool
    examples: tuple[str, ...]
    not_: tuple[str, ...]
    before: re.Pattern[str] | None = None  # what the text just before a match must end with


def _read_jsonl(name: str) -> list[dict[str, Any]]:
    """Read one lexicon file of this package, raising LexiconError (L001) on a malformed line."""
    text = resources.files("dateline.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError("L001", file=name, line=number, detail=str(exc)) from exc
        if not isinstance(row, dict) or not {"id", "label", "pattern"} <= row.keys():
            raise LexiconError("L001", file=name, line=number, detail="needs id, label and pattern")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def load_words() -> dict[str, dict[str, str]]:
    """Return the time word lists: label -> {lower-case surface form (regex) -> value}."""
    words: dict[str, dict[str, str]] = {}
    for row in _read_jsonl(WORDS_FILE):
        words.setdefault(row["label"], {})[row["pattern"]] = str(row.get("value", ""))
    return words


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex on the ``|`` that are outside any group."""
    alts: list[str] = []
    depth, current = 0, ""
    for char in pattern:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alts.append(current)
            current = ""
        else:
            current += char
    return alts + [current]


def _alternation(patterns: list[str]) -> str:
    """Join regex alternatives, longest first so that "September" wins over "Sep."."""
    alts = [alt for pat in patterns for alt in _top_level_alternatives(pat)]
    return "(?:" + "|".join(sorted(set(alts), key=lambda a: (-len(a), a))) + ")"


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """Build the ``{NAME}`` macros the patterns use from the word lists."""
    words = load_words()
    out = {label: _alternation(list(forms)) for label, forms in words.items()}
    ones = _alternation(list(words["NUMBER"]))
    out["NUM"] = rf"(?:{out['TENS']}(?:[- ]{ones})?|{ones}|\d+(?:[.,]\d+)?)"
    out.update(EXTRA_MACROS)
    return out


def _compile(pattern: str, rule_id: str) -> re.Pattern[str]:
    """Expand macros, let a literal space match any run of spaces, add word boundaries."""
    expanded = pattern
    for name, body in macros().items():
        expanded = expanded.replace("{" + name + "}", body)
    expanded = expanded.replace(" ?", "\0").replace(" ", " +").replace("\0", " *")
    try:
        return re.compile(r"(?<![\w'’$€£-])(?<!\d[,.])(?:" + expanded + r")(?!\w|['’](?!s\b)\w)", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError("L001", file=PATTERNS_FILE, line=rule_id, detail=str(exc)) from exc


@lru_cache(maxsize=1)
def load_rules() -> tuple[TimeRule, ...]:
    """Load and compile every rule of ``time_patterns.jsonl`` (sorted by id, as every lexicon)."""
    rules = []
    for row in _read_jsonl(PATTERNS_FILE):
        if row["label"] not in KINDS:
            raise LexiconError("L001", file=PATTERNS_FILE, line=row["id"], detail="label must be one of " + ", ".join(KINDS))
        unknown = sorted(set(row.get("parts") or {}) - PART_NAMES)
        if unknown:
            raise LexiconError("L001", file=PATTERNS_FILE, line=row["id"], detail="unknown parts " + ", ".join(unknown))
        rules.append(TimeRule(
            id=row["id"], kind=cast(TimexKind, row["label"]), regex=_compile(row["pattern"], row["id"]),
            parts=tuple(sorted((row.get("parts") or {}).items())), anaphoric=bool(row.get("anaphoric")),
            examples=tuple(row.get("examples") or ()), not_=tuple(row.get("not") or ()),
            before=re.compile(row["before"], re.IGNORECASE) if row.get("before") else None,
        ))
    return tuple(rules)


@lru_cache(maxsize=1)
def rule_needs() -> tuple[Requirements, ...]:
    """The literal words each rule cannot match without (``dates/literals.py``), in ``load_rules`` order."""
    return tuple(requirements(rule.regex) for rule in load_rules())


@lru_cache(maxsize=1)
def rule_scans() -> tuple[Scan, ...]:
    """Each rule with what lets it run only near the words it needs (``dates/windows.py``), in ``load_rules`` order."""
    return tuple(Scan.of(rule.regex, needs) for rule, needs in zip(load_rules(), rule_needs()))


def _lookup(label: str, surface: str) -> str | None:
    """Return the value of a surface form in one word list (matching its regex forms)."""
    for pattern, value in load_words()[label].items():
        if re.fullmatch(pattern, surface, re.IGNORECASE):
            return value
    return None


def number_value(surface: str) -> str | None:
    """Turn "three", "twenty-five", "24", "a few" into "3", "25", "24", "X"."""
    s = re.sub(r"\s+", " ", surface.strip().lower())
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return s.rstrip("0").rstrip(".") if "." in s else str(int(s))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return s.replace(",", "")
    value = _lookup("NUMBER", s)
    if value is not None:
        return value
    head, _, tail = s.replace(" ", "-").partition("-")
    tens = _lookup("TENS", head)
    if tens is not None:
        return str(int(tens) + (int(_lookup("NUMBER", tail) or 0) if tail else 0))
    return None


def _unit(surface: str) -> str | None:
    return _lookup("UNIT", surface.lower().rstrip("."))


# One reader per named group: it writes the group's meaning into ``parts`` and returns False when
# the match turns out not to be a temporal expression ("may" the verb, a 13th month).
Reader = Callable[[dict[str, str], str, dict[str, str]], bool]


def _put(key: str, convert: Callable[[str], str | None]) -> Reader:
    """Return a reader that stores ``convert(surface)`` under ``key``, rejecting when it gives None."""
    def read(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
        value = convert(surface)
        if value is not None:
            parts[key] = value
        return value is not None
    return read


def _in_range(low: int, high: int) -> Callable[[str], str | None]:
    return lambda s: str(int(s)) if low <= int(s) <= high else None


def _word(label: str, capital: bool = False) -> Callable[[str], str | None]:
    """Look a surface form up in a word list; with ``capital``, only its capitalized form counts."""
    return lambda s: _lookup(label, s.lower()) if s[:1].isupper() or not capital else None


def _read_numeric(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    """Read 11/12/2025: a part over 12 must be the day; otherwise keep both orders open."""
    first, second = int(surface), int(groups["num2"])
    if (first > 12 and second > 12) or first == 0 or second == 0:
        return False
    parts["m"], parts["d"] = (str(second), str(first)) if first > 12 else (str(first), str(second))
    if first <= 12 and second <= 12 and first != second:
        parts["dm"] = "?"
    return True


def _read_holiday(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    month, day = (_lookup("HOLIDAY", surface) or "01-01").split("-")
    parts["m"], parts["d"] = str(int(month)), str(int(day))
    return True


def _read_unit(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    parts["unit"] = _unit(surface) or surface.lower()
    if re.search(r"[^s]s$|ies$", surface.lower()):
        parts.setdefault("num", "X")  # a bare plural: "years ago", "for decades"
    return True


def _read_plural_unit(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    low = surface.lower()
    parts["unit"] = "century" if low.endswith("ies") else (_unit(low[:-1]) or low)
    parts.setdefault("num", "X")
    return True


def _read_century(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    digits = re.match(r"\d+", surface)
    parts["century"] = str((int(digits.group()) if digits else ROMAN_CENTURY[surface.lower()]) - 1)
    return True


def _read_rel(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    low = surface.lower()
    parts["rel"] = "recent" if low == "recent" else "first" if low in ("first", "final") else _lookup("REL", low) or "0"
    return True


def _read_freq(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
    parts["freq"] = FREQ[surface.lower()]
    return not surface[:1].isupper()  # "Korea JoongAng Daily": a name, not a frequency


def _fixed(**values: str) -> Reader:
    def read(parts: dict[str, str], surface: str, groups: dict[str, str]) -> bool:
        parts.update(values)
        return True
    return read


AFTER_WORDS = word_list("after_word", WORDS)
READERS: dict[str, Reader] = {
    "year": _put("y", lambda s: s),
    "year2": _put("y2", lambda s: s),
    "yy": _put("y", lambda s: ("19" if int(s) > 30 else "20") + s),
    "num1": _read_numeric,
    "holiday": _read_holiday,
    "monthnum": _put("m", _in_range(1, 12)),
    "month": _put("m", _word("MONTH", capital=True)),
    "month2": _put("m2", _word("MONTH", capital=True)),
    "day": _put("d", _in_range(1, 31)),
    "day2": _put("d2", _in_range(1, 31)),
    "weekday": _put("wd", _word("WEEKDAY", capital=True)),
    "weekday2": _put("wd2", _word("WEEKDAY", capital=True)),
    "num": _put("num", lambda s: "2" if s.lower() == "other" else number_value(s) or "X"),
    "unit": _read_unit,
    "unitp": _read_plural_unit,
    "mod": _put("mod", _word("MOD")),
    "early": _put("mod", lambda s: EARLY.get(s.lower()) or _lookup("MOD", s.lower())),
    "rel": _read_rel,
    "relyear": _put("ry", lambda s: {"last": "-1", "this": "0", "next": "1"}[s.lower()]),
    "relweek": _put("rw", lambda s: {"last": "-1", "this": "0", "next": "1"}[s.lower()]),
    "thisyear": _fixed(rel="0"),
    "season": _put("season", _word("SEASON")),
    "qord": _put("q", _word("QORD")),
    "qnum": _put("q", lambda s: s[1]),
    "half": _put("half", lambda s: HALF[s.lower()]),
    "decade": _put("decade", lambda s: s),
    "decade2": _put("decade", lambda s: "19" + s),
    "century": _read_century,
    "tod": _put("tod", _word("TOD")),
    "tonight": _fixed(deictic="today", tod="NI"),
    "lastnight": _fixed(deictic="yesterday", tod="NI"),
    "overnight": _fixed(deictic="overnight", tod="NI"),
    "hour": _put("hh", number_value),
    "minute": _put("mm", lambda s: str(int(s))),
    "second": _put("ss", lambda s: str(int(s))),
    "ampm": _put("ampm", lambda s: "pm" if s.lower().startswith("p") else "am"),
    "noon": _put("clock", lambda s: NOON[s.lower()]),
    "deictic": _put("deictic", lambda s: s.lower().replace(" ", "_")),
    "wom": _put("wom", lambda s: {"first": "1", "second": "2", "third": "3", "fourth": "4"}.get(s.lower(), "last")),
    "daydir": _put("offset", lambda s: "1" if s.lower() == "after" else "-1"),
    "dir": _put("dir", lambda s: "+" if re.sub(r"\s+", " ", s.lower()) in AFTER_WORDS else "-"),
    "approx": _put("approx", str.lower),
    "freq": _read_freq,
    "times": _put("num", lambda s: TIMES[s.lower()]),
    "tz": _put("tz", lambda s: s),
}


def _interpret(groups: dict[str, str]) -> dict[str, str] | None:
    """Map a match's named groups to Timex parts; None when the match is not a date after all."""
    parts: dict[str, str] = {}
    for raw_name, surface in groups.items():
        name = re.sub(r"_[a-z]$", "", raw_name)  # "year_b": a second group of the same meaning
        reader = READERS.get(name)
        if reader is not None and not reader(parts, surface, groups):
            LOGGER.debug("group %s rejects %r", name, surface)
            return None
    if "yy2" in groups and "y" in parts:
        parts["y2"] = parts["y"][:2] + groups["yy2"]
        if parts["y2"] <= parts["y"]:
            return None  # "1957-58" is a range, "2010-09" is not
    if parts.get("unit") == "second" and groups.get("num", "").lower() in ("a", "an"):
        return None  # "a second round": the ordinal, not a duration
    ampm = parts.pop("ampm", None)  # read into the hour, not a part of its own
    if "hh" in parts and ampm:
        parts["hh"] = str(int(parts["hh"]) % 12 + (12 if ampm == "pm" else 0))
    return parts


def _signal(text: str, start: int) -> str | None:
    """Return the preposition just before ``start`` ("on", "since" ...), lower-cased, if any."""
    match = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    word = match.group(1).lower() if match else None
    return word if word in SIGNALS else None


_SPACES = re.compile(r"\s")


def _candidates(text: str) -> list[tuple[int, int, int, TimeRule, dict[str, str]]]:
    """Run every rule over the text: (start, end, rule index, rule, parts) per accepted match."""
    found = []
    # every white-space character (newline, no-break space) becomes a plain space: offsets stay put
    text = _SPACES.sub(" ", text)
    low = folded(text)
    runs = longest_runs(text)
    seen: dict[frozenset[str], bool] = {}  # one answer per word set for this text (the rules share word lists)
    places: dict[frozenset[str], list[tuple[int, int]]] = {}  # where the anchor words of the rules occur
    for index, (rule, needs, scan) in enumerate(zip(load_rules(), rule_needs(), rule_scans())):
        if not possible(needs, low, seen):
            continue  # the text lacks a word the rule needs ("ago", a month's name): it cannot match
        # the rule's matches over the whole text, searched only where they can start (near a word it needs)
        for match in scan.finditer(text, low, runs, places):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            span = next((k for k in groups if k.startswith("span")), None)
            start, end = match.span(span) if span else match.span()
            if rule.before is not None and not rule.before.search(text, max(0, start - BEFORE_WINDOW), start):
                continue
            parts = _interpret({k: v for k, v in groups.items() if not k.startswith(("span", "sep", "p1", "p2"))})
            if parts is None:
                LOGGER.debug("rule %s rejected %r", rule.id, match.group())
                continue
            for key in groups:  # the two ends of a range, as offsets relative to the span
                if key.startswith(("p1", "p2")):
                    sub_start, sub_end = match.span(key)
                    parts[key[:2]] = f"{sub_start - start}:{sub_end - start}"
            found.append((start, end, index, rule, {**dict(rule.parts), **parts}))
    return found


def find_timexes(text: str) -> list[Timex]:
    """Return the temporal expressions of a text, in text order, without overlaps.

    Where matches overlap the longest wins; two rules matching the very same span should mean the
    same thing, and the one whose id sorts first is kept.
    """
    chosen: list[Timex] = []
    # the spans kept so far, sorted: they do not overlap, so their ends rise with their starts and the one
    # starting last before a candidate's end is the only one that can overlap it (a scan of all was quadratic)
    taken: list[tuple[int, int]] = []
    for start, end, _, rule, parts in sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0])):
        left = bisect_left(taken, end, key=lambda t: t[0])
        if left and taken[left - 1][1] > start:
            continue
        insort(taken, (start, end))
        LOGGER.debug("rule %s matched %r", rule.id, text[start:end])
        chosen.append(Timex(
            start=start, end=end, text=text[start:end], kind=rule.kind, rule=rule.id,
            parts=TimexParts(**parts), anaphoric=rule.anaphoric, signal=_signal(text, start),
        ))
    return sorted(chosen, key=lambda t: t.start)
