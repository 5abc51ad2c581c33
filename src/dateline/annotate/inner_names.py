"""Find the one full name of a page that a shorter name, used alone, is an inner word or a run of words of.

News names a person in full once and then by a part of the name that is neither the first nor the last word: a
nickname inside the full name ("Carlos Ramon Tito Albornoz" ... "Tito"), a double surname ("Rafael Ortega
Bustamante" ... "Ortega Bustamante"), a kunya or a patronymic ("Abu Yusuf Hamid al-Karimi" ... "Abu Yusuf",
"Faisal bin Tariq al-Harthi" ... "Bin Tariq"). The first and last words are joined by ``actors._NameParts``; this
module joins the rest. A shorter name is given to a full name only when exactly one full name of the page holds it
(two people who share a word keep it apart: "Ana Luisa Brandt" and "Maria Luisa Orrego" ... "Luisa" is neither),
when that full name was told before it (an Arabic son's name holds his father's: "Saddam Hussein" told before "Uday
Saddam Hussein" is the father), and never for a lone particle or kin word ("da", "bin", "Abu").
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence

from dateline.annotate.nlp import NAME_PARTICLES
from dateline.lexicons import word_class
from dateline.names import parse_name

LOGGER = logging.getLogger(__name__)

KIN_WORDS = word_class("kin_word", "annotate_words")
"""Words of a name that tie its bearer to a kinsman ("Abu" father of, "Umm" mother of, "Ould" son of): alone they
name nobody."""

Place = tuple[int, int]
"""(unit index, token index) of a mention, in text order."""


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, a word's hyphen pieces joined ("Jean-Baptiste" is one word), articles glued by a
    hyphen dropped ("al-Karimi" is "karimi") as the name keys drop them."""
    return tuple("".join(pieces) for pieces in parse_name(name).words)


def _holds(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a contiguous run of ``long``, shorter than it."""
    n = len(short)
    return 0 < n < len(long) and any(tuple(long[i:i + n]) == tuple(short) for i in range(len(long) - n + 1))


def _maximal(keys: Iterable[str], words: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The keys whose words are no run of another key's words of the set (a name and a longer spelling of it
    are one holder)."""
    found = list(dict.fromkeys(keys))
    return [k for k in found if not any(o != k and _holds(words[o], words[k]) for o in found)]


def _alone_word(words: tuple[str, ...]) -> bool:
    """Whether a name of one word is a particle or a kin word, which names nobody alone."""
    return len(words) == 1 and (words[0] in NAME_PARTICLES or words[0] in KIN_WORDS)


class FullNames:
    """The full names of one page: each key's words and the place of its first mention, and the keys that hold each
    word, so a short name meets only the full names that share its first word (a long page is not quadratic)."""

    def __init__(self) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self.first: dict[str, Place] = {}
        self._by_word: dict[str, list[str]] = {}

    def add(self, key: str, name: str, place: Place) -> None:
        """Note one mention of a full name, given in text order (unit, then token)."""
        if key in self.words:
            return
        words = name_words(name)
        self.words[key] = words
        self.first[key] = place
        for word in dict.fromkeys(words):
            self._by_word.setdefault(word, []).append(key)

    def holder(self, short: tuple[str, ...], at: Place, own: str | None = None) -> str | None:
        """The key of the one full name told before ``at`` that holds the words ``short`` as a run, or None.

        ``own`` is the key of the short name itself, never its own holder. Every full name of the page that holds
        the run counts, wherever told: a second holder makes the short name ambiguous.
        """
        if not short or _alone_word(short) or all(w in NAME_PARTICLES or w in KIN_WORDS for w in short):
            return None
        holding = (k for k in self._by_word.get(short[0], ()) if k != own and _holds(self.words[k], short))
        holders = _maximal(holding, self.words)
        if len(holders) != 1 or self.first[holders[0]] >= at:
            return None
        return holders[0]

    def run_owners(self) -> dict[str, str]:
        """Each full name that is a run of words of exactly one longer full name told before it, mapped to that
        name's key: "Ortega Bustamante" -> "Rafael Ortega Bustamante", "Bin Tariq" -> "Faisal bin Tariq al-Harthi"."""
        owners: dict[str, str] = {}
        for key, words in self.words.items():
            owner = self.holder(words, self.first[key], own=key)
            if owner is not None:
                LOGGER.debug("inner run of a full name: %r is %r", key, owner)
                owners[key] = owner
        return owners
