"""Faster drop-in subclasses of two stock spaCy components, with the very same output (issue 12, throughput).

``IndexedAttributeRuler`` replaces the pipeline's ``attribute_ruler``. The stock ruler runs spaCy's
``Matcher`` with all of its patterns (about 180 in the English models: the tag map, the morphology
rules) over every token, which costs about as much as the parser. Nearly all of them are one token
with exact values ("TAG": "NN"; "LOWER": "is" and "TAG": "VBZ"; a value "IN" a list), which a table
lookup per token answers; only the rest (several tokens, "REGEX", "NOT_IN" alone) go to a ``Matcher``
of their own (``annotate.matching.GatedMatcher``: each runs only on a text holding a word it needs).
``match`` returns the stock method's list exactly (same tuples, same order), and ``set_annotations``
writes it as the stock method does, so the document comes out the same.

``CachedLemmatizer`` replaces the English ``lemmatizer``. The stock rule lemmatizer caches its
answer per (word, part of speech, morphology), except for the most common answer: a word already in
its base form (a singular noun, an infinitive) is told apart anew, through a dictionary of its
morphology, each time it is met. The subclass caches that answer too; the lemma is a function of the
same key, so it is the same.

Hand-written because spaCy has no faster variant of either; both are subclasses, so their
configuration, serialisation and patterns stay spaCy's.
"""

from __future__ import annotations

from itertools import product
from operator import itemgetter
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import Model

from dateline.annotate.matching import GatedMatcher

COLUMNS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
"""Token attributes a pattern may test and the table still answer, read in one ``Doc.to_array`` call."""
_ORDER = tuple(COLUMNS)

Match = tuple[int, int, int, int]
"""(pattern number, match id, start, end): an item of ``AttributeRuler.match``'s list."""


def _value_id(value: Any) -> int | None:
    """The integer ``Doc.to_array`` gives for an exact pattern value, or None for another kind of value."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return get_string_id(value)
    return None


def _token_test(spec: dict[str, Any]) -> tuple[tuple[str, ...], list[tuple[int, ...]], list[tuple[int, frozenset[int]]]] | None:
    """Split a one-token pattern into the columns the table keys on, their admitted value tuples, and "NOT_IN" tests.

    None when the pattern needs the ``Matcher`` (an attribute outside ``COLUMNS``, "REGEX", a comparison,
    or "NOT_IN" tests only, which no table key narrows).
    """
    keyed: dict[str, list[int]] = {}
    excluded: list[tuple[int, frozenset[int]]] = []
    for attr, value in spec.items():
        if attr not in COLUMNS:
            return None
        exact = _value_id(value)
        if exact is not None:
            keyed[attr] = [exact]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(_value_id(v) is not None for v in value["IN"]):
            keyed[attr] = sorted({_value_id(v) or 0 for v in value["IN"]})
        elif isinstance(value, dict) and set(value) == {"NOT_IN"} and all(_value_id(v) is not None for v in value["NOT_IN"]):
            excluded.append((_ORDER.index(attr), frozenset(_value_id(v) or 0 for v in value["NOT_IN"])))
        else:
            return None
    if not keyed:
        return None
    columns = tuple(a for a in _ORDER if a in keyed)
    return columns, list(product(*(keyed[a] for a in columns))), excluded


class _Index:
    """The ruler's patterns, by the token columns they test: (columns, value tuple) -> [(pattern number, NOT_IN tests)]."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.size = len(ruler.attrs)
        tables: dict[tuple[str, ...], dict[tuple[int, ...], list[tuple[int, list[tuple[int, frozenset[int]]]]]]] = {}
        self.rest = GatedMatcher(ruler.vocab)  # each pattern run only on a text holding its words
        self.keys = [get_string_id(str(i)) for i in range(self.size)]
        for number, entry in enumerate(ruler.patterns):
            left: list[Any] = []
            patterns: list[list[dict[str, Any]]] = entry["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                test = _token_test(pattern[0]) if len(pattern) == 1 else None
                if test is None:
                    left.append(pattern)
                    continue
                columns, values, excluded = test
                table = tables.setdefault(columns, {})
                for key in values:
                    table.setdefault(key, []).append((number, excluded))
            if left:
                self.rest.add(str(number), left)
        self.tables: list[tuple[Any, dict[Any, list[tuple[int, list[tuple[int, frozenset[int]]]]]]]] = []
        for columns, table in tables.items():
            where = [_ORDER.index(a) for a in columns]
            if len(where) == 1:  # ``itemgetter`` of one index gives the value itself, not a 1-tuple
                self.tables.append((itemgetter(where[0]), {key[0]: hits for key, hits in table.items()}))
            else:
                self.tables.append((itemgetter(*where), table))

    def match(self, doc: Doc) -> list[Match]:
        rows: list[list[int]] = doc.to_array([COLUMNS[a] for a in _ORDER]).tolist()
        size = len(rows) + 1
        # (pattern number, token) as one integer, number * size + token: the Matcher reports a span once per key,
        # and integers sort in the stock order (by pattern number, then token) faster than tuples
        found: set[int] = set()
        for key_of, table in self.tables:
            # the keys and their look-ups run in C (``map``); Python sees only the tokens some pattern names
            for i, hits in enumerate(map(table.get, map(key_of, rows))):
                if hits:
                    for number, excluded in hits:
                        if not excluded or all(rows[i][c] not in values for c, values in excluded):
                            found.add(number * size + i)
        keys = self.keys
        out = [(number, keys[number], i, i + 1) for number, i in (divmod(code, size) for code in sorted(found))]
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True):
                out.append((int(doc.vocab.strings[match_id]), match_id, start, end))
            out.sort()
        return out


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose ``match`` looks one-token patterns up in a table (the module docstring says why)."""

    _index: _Index | None = None

    def match(self, doc: Doc) -> list[Match]:
        """The stock ``match``'s list: (pattern number, match id, start, end), sorted."""
        index = self._index
        if index is None or index.size != len(self.attrs):
            index = self._index = _Index(self)
        return index.match(doc)

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """The stock method's writes in its order; a one-token match sets its token without a ``Span`` built first."""
        attrs, indices = self.attrs, self.indices
        for match in matches:
            number, _, start, end = match
            if end - start == 1 and indices[number] in (0, -1):
                set_token_attrs(doc[start], attrs[number])
            else:  # a longer span, or an index the stock method checks against it
                super().set_annotations(doc, [match])  # type: ignore[no-untyped-call]


@Language.factory("dateline_attribute_ruler",
                  default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Any) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


MAX_CACHED_LEMMAS = 500_000
"""Entries past which the lemma cache starts afresh, so that a long run's memory stays bounded (issue 16)."""


class CachedLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` that also caches the lemma of a word in its base form (the module docstring says why)."""

    def rule_lemmatize(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # as the stock method reads it
        found: list[str] | None = self.cache.get(key)
        if found is None:
            if len(self.cache) >= MAX_CACHED_LEMMAS:
                self.cache.clear()
            found = super().rule_lemmatize(token)
            self.cache[key] = found
        return found


@Language.factory("dateline_lemmatizer", assigns=["token.lemma"],
                  default_config={"model": None, "mode": "rule", "overwrite": False,
                                  "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def make_lemmatizer(nlp: Language, model: Model[Any, Any] | None, name: str, mode: str, overwrite: bool,
                    scorer: Any) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def use_faster_components(nlp: Language) -> None:
    """Swap the stock ``attribute_ruler`` and English rule ``lemmatizer`` for the subclasses above, in place.

    The new components keep the old ones' names, positions, patterns and lookup tables; a pipeline
    without them, or with a lemmatizer of another kind or mode, is left as it is.
    """
    if "attribute_ruler" in nlp.pipe_names:
        old = nlp.get_pipe("attribute_ruler")
        if type(old) is AttributeRuler:
            patterns = old.patterns
            new = nlp.replace_pipe("attribute_ruler", "dateline_attribute_ruler")
            assert isinstance(new, IndexedAttributeRuler)
            new.add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names:
        old_lemma = nlp.get_pipe("lemmatizer")
        if type(old_lemma) is EnglishLemmatizer and old_lemma.mode == "rule":
            lemma = nlp.replace_pipe("lemmatizer", "dateline_lemmatizer",
                                     config={"mode": old_lemma.mode, "overwrite": old_lemma.overwrite})
            assert isinstance(lemma, CachedLemmatizer)
            lemma.lookups = old_lemma.lookups
