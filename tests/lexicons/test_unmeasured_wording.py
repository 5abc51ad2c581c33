"""The lexicons' examples and near misses, and the word tables' header comments, share no wording with the texts the
figures are measured on: an example copied from a dev page or a PLOVER gold sentence tests a rule on the very
sentence it was fitted to, and puts benchmark wording into the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dateline.lexicons
from measured import SHARED, have_measured, measured_runs, word_runs

LEXICONS = Path(dateline.lexicons.__file__).parent

pytestmark = pytest.mark.skipif(not have_measured(), reason="needs ../shared beside the repository")


def _example_strings(path: Path) -> list[tuple[str, str]]:
    """(where, text) for every ``examples`` and ``not`` string of one JSONL lexicon."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if line.strip():
            entry = json.loads(line)
            for field in ("examples", "not"):
                found += [(f"{path.name}:{number} {entry.get('id')} [{field}]", text) for text in entry.get(field) or ()]
    return found


def _shared(strings: list[tuple[str, str]]) -> list[str]:
    measured = measured_runs()
    return [f"{where}: {text}" for where, text in strings if word_runs(text) & measured]


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.jsonl")), ids=lambda p: p.name)
def test_no_lexicon_example_shares_six_words_with_a_measured_page_or_benchmark_sentence(path: Path) -> None:
    assert _shared(_example_strings(path)) == []


def test_no_word_table_comment_shares_six_words_with_a_measured_page_or_benchmark_sentence() -> None:
    comments = [(f"{path.name}:{number}", line) for path in sorted(LEXICONS.glob("*.tsv"))
                for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1) if line.startswith("#")]
    assert _shared(comments) == []


def test_the_check_catches_a_line_of_a_dev_page_and_passes_an_invented_sentence() -> None:
    """The check is not vacuous: a dev page's longest line is caught, an invented sentence is not."""
    page = sorted((SHARED / "corpus" / "dev").glob("*.txt"))[0].read_text(encoding="utf8")
    assert _shared([("dev page", max(page.splitlines(), key=len))])
    assert not _shared([("invented", "Finland delivered a formal protest to the Belarusian embassy in Helsinki.")])
