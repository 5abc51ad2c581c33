"""Test ``lexicons/derivations.tsv``: every row's example traces its noun to its verb through that row."""

from __future__ import annotations

import pytest

from dateline.annotate.eventcat import verb_of
from dateline.lexicons import load_table

ROWS = load_table("derivations")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_each_row_derives_its_example(row: tuple[str, ...]) -> None:
    suffix, ending = row[0], "" if row[1] == "-" else row[1]
    assert len(row) >= 3 and " -> " in row[2], f"{suffix}: a row needs an example 'noun -> verb'"
    noun, verb = row[2].split(" -> ")
    assert noun.endswith(suffix) and noun[: -len(suffix)] + ending == verb, f"{row[2]} is not what {suffix} -> {ending} gives"
    assert verb_of(noun, {verb}) == verb


def test_a_noun_no_row_explains_is_traced_to_no_verb() -> None:
    assert verb_of("banana", {"ban"}) is None and verb_of("resignation", {"resign"}) == "resign"
