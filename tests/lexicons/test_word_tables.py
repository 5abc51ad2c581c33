"""Test the class<TAB>word tables: every class names the code that reads it, and that code holds exactly its words."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from typing import Any

import pytest
import spacy.parts_of_speech

import dateline.lexicons
from dateline.errors import LexiconError
from dateline.lexicons import load_table, word_class, word_list, word_map

TABLES = ("annotate_words", "clean_words", "date_words", "resolve_words", "read_words", "grammar")
HEADER = re.compile(r"^# (\w+): read by ([\w.]+)\.(\w+)\b")


def _headers(table: str) -> list[tuple[str, str, str]]:
    text = (Path(dateline.lexicons.__file__).parent / f"{table}.tsv").read_text(encoding="utf-8")
    return [m.groups() for m in map(HEADER.match, text.splitlines()) if m]  # type: ignore[misc]


CLASSES = [(table, *h) for table in TABLES for h in _headers(table)]


@pytest.mark.parametrize("table", TABLES)
def test_every_class_is_introduced_by_the_code_that_reads_it(table: str) -> None:
    named = {cls for cls, _, _ in _headers(table)}
    used = {row[0] for row in load_table(table)}
    assert used - named <= {f"{c}_stem" for c in named}, f"{table}: classes without a 'read by' header"


@pytest.mark.parametrize(("table", "cls", "module", "name"), CLASSES, ids=[c[1] for c in CLASSES])
def test_the_reader_holds_exactly_the_class(table: str, cls: str, module: str, name: str) -> None:
    value = getattr(importlib.import_module(module), name)
    rows = [row for row in load_table(table) if row[0] == cls]
    if isinstance(value, dict):
        assert value == word_map(cls, table)
    elif isinstance(value, frozenset):
        assert value == word_class(cls, table)
    else:
        assert set(value) >= {w.rstrip() for w in word_list(cls, table)} or all(
            any(v.startswith(row[1]) for v in value) for row in rows)
    assert len(rows) == len({row[1] for row in rows}), f"{cls}: a word listed twice"


GRAMMAR_CLASSES = sorted({row[0] for row in load_table("grammar")})


def _produced(nlp: Any, kind: str) -> set[str]:
    """The labels of one kind the loaded pipeline can give a token."""
    if kind == "dep":
        return set(nlp.get_pipe("parser").labels)
    if kind == "ent":
        return set(nlp.get_pipe("ner").labels)
    return {tag for tag in spacy.parts_of_speech.IDS if tag}


@pytest.mark.parametrize("cls", GRAMMAR_CLASSES)
def test_every_grammar_label_is_one_the_pipeline_gives(nlp: Any, cls: str) -> None:
    """A misspelt label ("nsubjpas") would never match: each one is produced, or carries a note saying why it stays."""
    kind = cls.rsplit("_", 1)[-1]
    assert kind in ("dep", "pos", "ent"), f"{cls}: a grammar class ends in _dep, _pos or _ent"
    produced = _produced(nlp, kind)
    unknown = [row[1] for row in load_table("grammar") if row[0] == cls and row[1] not in produced and len(row) < 3]
    assert unknown == [], f"{cls}: labels the pipeline never gives, without a note"


def test_the_grammar_check_can_fail(nlp: Any) -> None:
    assert "nsubjpas" not in _produced(nlp, "dep") and "VERB" in _produced(nlp, "pos")
    assert "PERSON" in _produced(nlp, "ent") and "flat" not in _produced(nlp, "dep")


def test_a_misspelt_class_is_a_coded_error() -> None:
    with pytest.raises(LexiconError) as caught:
        word_class("no_such_class", "date_words")
    assert caught.value.code == "L001"


def test_a_mapping_row_without_a_value_is_a_coded_error() -> None:
    with pytest.raises(LexiconError) as caught:
        word_map("future_cue", "date_words")  # a word class, not a mapping
    assert caught.value.code == "L001"


@pytest.mark.parametrize("table", (*TABLES, "event_words"))
def test_each_class_is_one_block_without_repeated_rows(table: str) -> None:
    # a second block of an existing class name silently merges into it (two readers then share one list)
    rows = [line.split("\t")[:2] for line in
            (Path(dateline.lexicons.__file__).parent / f"{table}.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    starts = [cls for k, (cls, _) in enumerate(rows) if k == 0 or rows[k - 1][0] != cls]
    assert len(starts) == len(set(starts)), sorted({c for c in starts if starts.count(c) > 1})
    assert len({tuple(r) for r in rows}) == len(rows)
