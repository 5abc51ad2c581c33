"""A spaCy ``Matcher`` that runs a pattern only on a document holding a word the pattern cannot match without.

spaCy's ``Matcher`` walks every token of a document for every pattern it holds, whatever the
document says: each pattern costs about as much as a small component on every text (bench/throughput.py).
Most patterns of dateline's rule tables name a word that must be there ("persona" of "persona non
grata", "gon" of "gonna"), which one array of the document's token ids answers before any matching.
``GatedMatcher`` keeps one ``Matcher`` per pattern key and runs it only when, for one of its patterns,
each of the *gates* (a token every match must hold: one attribute, a set of values) is passed by some
token of the document; a key with a pattern that has no such token always runs. The matches are the very
ones one ``Matcher`` of all the keys would find, in another order (callers sort them).

Hand-written because spaCy's ``Matcher`` has no such prefilter; it stays spaCy's own matcher underneath,
with its pattern language and its validation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, TAG
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

GATE_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}
"""Token attributes a gate may test: those whose pattern values are strings the document's arrays hold as ids.
Listed in the order a gate prefers them (a word narrows more than a tag)."""

MANDATORY_OPS = frozenset({"+"})
"""Quantifiers under which a token still has to be in every match (a token without "OP" has to be too)."""

Gate = tuple[int, frozenset[int]]
"""A token test: (attribute id, the value ids it admits)."""


def _values(value: Any) -> frozenset[int] | None:
    """The string ids an exact pattern value or an "IN" list admits, or None for any other kind of value."""
    if isinstance(value, str):
        return frozenset({get_string_id(value)})
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return frozenset(get_string_id(v) for v in value["IN"])
    return None


def pattern_gates(pattern: Sequence[dict[str, Any]]) -> tuple[Gate, ...]:
    """Token tests that every match of ``pattern`` passes, one per token that makes one (empty: none does).

    A token that is always in a match (no "OP", or "+") and tests one of ``GATE_ATTRS`` for an exact
    value or an "IN" list makes one, on the first such attribute in ``GATE_ATTRS`` order.
    """
    gates: list[Gate] = []
    for spec in pattern:
        if "OP" in spec and spec["OP"] not in MANDATORY_OPS:
            continue
        for name, attr in GATE_ATTRS.items():
            values = _values(spec[name]) if name in spec else None
            if values is not None:
                gates.append((attr, values))
                break
    return tuple(gates)


class GatedMatcher:
    """spaCy ``Matcher`` per key, each run only where its gates pass (the module docstring says why)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._always = Matcher(vocab)
        self._gated: list[tuple[list[tuple[Gate, ...]], Matcher]] = []
        self._attrs: list[int | str] = []
        self._keys: list[str] = []

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Add the patterns of one key, as ``Matcher.add`` (no callback): gated when every pattern has a gate."""
        gates = [pattern_gates(p) for p in patterns]
        self._keys.append(key)
        if all(gates):
            matcher = Matcher(self.vocab)
            matcher.add(key, patterns)
            self._gated.append((gates, matcher))
            self._attrs = sorted({*self._attrs, *(attr for tests in gates for attr, _ in tests)})
        else:
            self._always.add(key, patterns)

    def __call__(self, doc: Doc, allow_missing: bool = False) -> list[tuple[int, int, int]]:
        """Every (match id, start, end) one ``Matcher`` of all the keys would give, not in its order."""
        out: list[tuple[int, int, int]] = []
        if len(self._always):
            out += self._always(doc, allow_missing=allow_missing, as_spans=False)
        if not self._gated or not len(doc):
            return out
        # the ids each gated attribute takes in this document, from one array read
        columns = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs)).T.tolist()
        present = {attr: set(values) for attr, values in zip(self._attrs, columns)}
        for gates, matcher in self._gated:
            # a key runs when, for one of its patterns, every token test is passed by some token of the text
            if any(all(not values.isdisjoint(present[attr]) for attr, values in tests) for tests in gates):
                out += matcher(doc, allow_missing=allow_missing, as_spans=False)
        return out
