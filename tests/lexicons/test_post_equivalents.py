"""Every row of ``post_equivalents.tsv`` merges its example titles into one career post, and keeps its near miss
apart."""

from __future__ import annotations

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import load_table
from dateline.model import Evidence, Position
from dateline.resolve import careers
from dateline.resolve.careers import Stated, career, fold_title

ROWS = load_table("post_equivalents")


def _posts(*titles: str) -> int:
    """How many career posts one person's statements of ``titles`` (one document each) make."""
    stated = [Stated(Position("e:invented", t.lower(), t, "XXA", Evidence(f"She served as {t}.", 0, 12)), f"d{n}")
              for n, t in enumerate(titles)]
    return len(career(stated))


def test_rows_are_sorted_and_each_title_is_listed_once() -> None:
    titles = [row[0] for row in ROWS]
    assert titles == sorted(titles) and len(titles) == len(set(titles))


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_example_titles_are_one_post(row: tuple[str, ...]) -> None:
    left, right = row[2].split(" = ")
    assert _posts(left, right) == 1


NEAR_MISSES = [r for r in ROWS if len(r) > 3 and r[3]]


@pytest.mark.parametrize("row", NEAR_MISSES, ids=[r[0] for r in NEAR_MISSES])
def test_near_misses_stay_two_posts(row: tuple[str, ...]) -> None:
    left, right = row[3].split(" != ")
    assert _posts(left, right) == 2


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_a_folded_title_folds_no_further(row: tuple[str, ...]) -> None:
    folded = fold_title(row[1])
    assert fold_title(" ".join(folded)) == folded


def test_folds_that_never_settle_are_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(careers, "_equivalents", lambda: ((("envoy",), ("emissary",)), (("emissary",), ("envoy",))))
    with pytest.raises(LexiconError) as err:
        fold_title("special envoy")
    assert err.value.code == "L001"
