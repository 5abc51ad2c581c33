"""A page past its time budget (A002) or too long to parse (A003) fails alone: every other page of the batch is there.

The runaway page is simulated (a rule or the parse that spins on a marked page) so the tests
take the budget's time, not a real long page's.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from dateline.model import Document, Failure, Source
from dateline.pipeline import annotate_batch
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

RUNAWAY = "This page never finishes."
GOOD = ("Foreign Minister Ilvaro Dettmann met Sanja Korvel in Pelmora on Monday.",
        "Prime Minister Tomas Vrell visited Norway on Tuesday and signed a trade agreement with Oda Lindqvist.")
BUDGET = 2.0
"""Seconds: ample for a one-sentence page on a busy machine, short enough for a fast test."""


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def _doc(name: str, body: str) -> Document:
    return Document(source=Source(name), body=body, published="2025-03-18")


def _batch() -> list[Document | Failure]:
    return [_doc("a.txt", GOOD[0]), _doc("runaway.txt", f"{RUNAWAY} {GOOD[0]}"),
            Failure(Source("missing.txt"), "R001: no such file or folder: missing.txt"), _doc("b.txt", GOOD[1])]


@pytest.fixture
def warm(nlp: Language) -> Language:
    """The pipeline with its lazily loaded lexicons and models loaded, so a first page is not charged for them."""
    annotate_batch([_doc("warm.txt", GOOD[1])], nlp, Options(page_timeout=0))
    return nlp


@pytest.fixture
def runaway_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """dateline's rules never finish on the marked page."""
    import dateline.annotate

    real = dateline.annotate.annotate_parsed

    def annotate_parsed(doc: Document, units: Any, nlp: Any, opts: Any = None) -> Document:
        if RUNAWAY in doc.body:
            _spin(120)
        return real(doc, units, nlp, opts)

    monkeypatch.setattr(dateline.annotate, "annotate_parsed", annotate_parsed)


def _check(results: list[Document | Failure], code: str) -> None:
    assert [r.source.path for r in results] == ["a.txt", "runaway.txt", "missing.txt", "b.txt"]
    a, runaway, missing, b = results
    assert isinstance(runaway, Failure) and runaway.error.startswith(f"{code}:")
    assert isinstance(missing, Failure) and missing.error.startswith("R001")
    for done in (a, b):
        assert isinstance(done, Document) and done.events and done.entities


@pytest.mark.usefixtures("runaway_rules")
def test_a_page_whose_rules_run_past_the_budget_fails_with_A002_and_the_batch_goes_on(warm: Language) -> None:
    start = time.monotonic()
    _check(annotate_batch(_batch(), warm, Options(page_timeout=BUDGET)), "A002")
    assert time.monotonic() - start < 60  # the rules would spin for 120 s


def test_a_batch_parse_past_the_budget_is_redone_page_by_page(warm: Language, monkeypatch: pytest.MonkeyPatch,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    import dateline.annotate

    real = dateline.annotate.parse_documents

    def parse_documents(docs: Any, nlp: Any, opts: Any) -> Any:
        if any(RUNAWAY in d.body for d in docs):
            _spin(120)  # the parse of a huge page: the whole batch waits for it
        return real(docs, nlp, opts)

    monkeypatch.setattr(dateline.annotate, "parse_documents", parse_documents)
    with caplog.at_level(logging.WARNING, logger="dateline.pipeline"):
        _check(annotate_batch(_batch(), warm, Options(page_timeout=BUDGET)), "A002")
    assert "one at a time" in caplog.text


def test_a_text_longer_than_the_parser_takes_fails_with_A003_and_the_batch_goes_on(
        warm: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warm, "max_length", len(GOOD[1]) + 10)
    batch = _batch()
    batch[1] = _doc("runaway.txt", " ".join([GOOD[0]] * 3))
    _check(annotate_batch(batch, warm, Options()), "A003")


def test_no_budget_lets_a_slow_page_finish(warm: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.annotate

    real = dateline.annotate.annotate_parsed

    def annotate_parsed(doc: Document, units: Any, nlp: Any, opts: Any = None) -> Document:
        _spin(0.3)
        return real(doc, units, nlp, opts)

    monkeypatch.setattr(dateline.annotate, "annotate_parsed", annotate_parsed)
    [done] = annotate_batch([_doc("slow.txt", GOOD[0])], warm, Options(page_timeout=0))
    assert isinstance(done, Document)


def _pages(folder: Path) -> list[str]:
    paths = []
    for name, body in (("1_a.txt", GOOD[0]), ("2_runaway.txt", f"{RUNAWAY} {GOOD[0]}"), ("3_b.txt", GOOD[1])):
        path = folder / name
        path.write_text(f"A day of talks\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.usefixtures("runaway_rules")
def test_extract_page_timeout_option_fails_the_runaway_page_only(warm: Language, tmp_path: Path) -> None:
    from dateline.cli import main

    result = CliRunner().invoke(main, ["extract", "--jsonl", "-q", "--page-timeout", str(BUDGET),
                                       *_pages(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["source"]["path"]).name for line in lines] == ["1_a.txt", "2_runaway.txt", "3_b.txt"]
    assert lines[1]["error"].startswith("A002:") and "doc_id" not in lines[1]
    assert all("doc_id" in line and line["events"] for line in (lines[0], lines[2]))


@pytest.mark.usefixtures("runaway_rules")
def test_ingest_page_timeout_option_records_the_failure_and_stores_the_rest(warm: Language, tmp_path: Path) -> None:
    from dateline.cli_store import ingest_command

    db = tmp_path / "store.db"
    result = CliRunner().invoke(ingest_command, ["--db", str(db), "--page-timeout", str(BUDGET),
                                                 *_pages(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "stored 2 documents" in result.output and "A002" in result.output


def test_a_negative_page_timeout_is_a_usage_error(tmp_path: Path) -> None:
    from dateline.cli import main

    result = CliRunner().invoke(main, ["extract", "--page-timeout", "-1", str(tmp_path)])
    assert result.exit_code == 2 and "--page-timeout" in result.output
