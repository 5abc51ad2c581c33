"""dates/tense.py: the sentence around a clause is found as a scan from the text's start finds it, without that scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.dates.tense import SENTENCE_END, _sentence_bounds, clause_tense

PIECES = ["Kim met Putin", " ", "  ", ".", ". ", "! ", "?", "\n", "\n\n", " \n \n ", '"', "(", "A", "b", "'", "said"]


def _scanned(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds as a scan of the text from its first character gives them (the definition)."""
    left = 0
    for match in SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right = SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_sentence_bounds_agree_with_a_scan_from_the_start(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _sentence_bounds(text, start, end) == _scanned(text, start, end)


def test_the_tense_comes_from_the_clause_of_its_own_sentence() -> None:
    text = "Kim will visit Moscow. Putin met Kim on Monday."
    assert clause_tense(text, text.index("Monday"), text.index("Monday") + 6) == "past"
    assert clause_tense(text, text.index("Moscow"), text.index("Moscow") + 6) == "future"
