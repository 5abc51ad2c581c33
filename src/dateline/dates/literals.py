"""The literal words a regular expression cannot match without: a cheap test that skips a pattern on a text.

A time rule (``dates/find.py``) runs over the whole text of a page, and most rules cannot match
most pages: "years ago" needs "ago", a weekday rule needs a weekday's name. ``requirements`` reads a
compiled pattern's parse tree and returns, for each piece every match must contain, the set of
literal strings one of which it contains; ``possible`` checks them with substring tests on the
lower-cased text, which costs far less than running the pattern over every position of the text (on
the throughput bench's pages it skips 56% of the rule scans, 36% of the characters scanned). The test
is only ever too lenient: it skips a pattern solely when no match can exist, so the matches found are
the same.

Hand-written because no library offers it: ``re`` keeps its own literal-prefix optimisation internal,
and it is disabled for case-insensitive patterns, which all the time rules are. The parse tree comes
from ``re._parser``, the parser ``re.compile`` itself uses (Python 3.11 and 3.12, as the package requires); a
shape this module does not know adds no requirement, and ``tests/test_literals.py`` checks every time rule.
"""

from __future__ import annotations

import re
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

Requirements = tuple[frozenset[str], ...]
"""Each set: strings (lower case) of which the text must contain at least one."""

FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The non-ASCII characters a case-insensitive pattern matches to an ASCII letter ("ſ" to "s"), as that letter:
``str.lower`` leaves them as they are, which would hide a match from the substring test."""

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = tuple(getattr(_sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_constants, name))
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)


def folded(text: str) -> str:
    """The text as ``possible`` reads it: lower case, with the few characters in ``FOLD`` made ASCII."""
    return text.translate(FOLD).lower()


def requirements(pattern: re.Pattern[str]) -> Requirements:
    """What every match of ``pattern`` contains: one set of literal strings per piece no match can do without."""
    return tuple(_of_sequence(_sre_parse.parse(pattern.pattern, pattern.flags)))


def possible(needs: Requirements, text: str, seen: dict[frozenset[str], bool] | None = None) -> bool:
    """Whether a pattern with these requirements can match ``text`` (given ``folded``).

    ``seen``: the answers for one text so far, by set: patterns share word lists (a month's name), so
    many patterns tested on one text ask the same question.
    """
    for words in needs:
        found = seen.get(words) if seen is not None else None
        if found is None:
            found = any(word in text for word in words)
            if seen is not None:
                seen[words] = found
        if not found:
            return False
    return True


def _of_sequence(items: Any) -> list[frozenset[str]]:
    """The requirements of a sequence of parse items: runs of ASCII literals, and those of mandatory parts."""
    out: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        if run:
            out.append(frozenset({run}))
            run = ""
        if op is _SUBPATTERN:
            out += _of_sequence(arg[-1])
        elif _ATOMIC is not None and op is _ATOMIC:
            out += _of_sequence(arg)
        elif op in _REPEATS and arg[0] >= 1:
            out += _of_sequence(arg[2])
        elif op is _BRANCH:
            branch = _of_branch(arg[1])
            if branch:
                out.append(branch)
    if run:
        out.append(frozenset({run}))
    return out


def _of_branch(alternatives: Any) -> frozenset[str] | None:
    """One set for an alternation: the union over its alternatives of each one's most telling set (None: no need)."""
    union: set[str] = set()
    for alternative in alternatives:
        needs = _of_sequence(alternative)
        if not needs:
            return None  # this alternative needs no literal: the alternation as a whole needs none
        union |= max(needs, key=lambda words: (min(map(len, words)), -len(words)))
    return frozenset(union)
