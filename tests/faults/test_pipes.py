"""Fault: inputs that can be read only once (a named FIFO, bash's ``<(...)``) are read once, by the main pass."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.model import Document, Failure

from .helpers import article_text, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language

WAIT_SECONDS = 120


def _in_background(work: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def _unblock(fifo: Path) -> None:
    """Let a reader stuck opening ``fifo`` go (it reads an empty input), so a failing test cannot hang the run."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader is waiting: nothing to unblock


def _run_with_deadline(paths: list[str | Path], nlp: Language, fifo: Path | None = None) -> list[Document | Failure]:
    results: list[Document | Failure] = []
    runner = _in_background(lambda: results.extend(run_batch(paths, nlp)))
    runner.join(WAIT_SECONDS)
    hung = runner.is_alive()
    if hung and fifo is not None:
        _unblock(fifo)
        runner.join(WAIT_SECONDS)
    assert not hung, "the run hung on an input that can be read only once"
    return results


def test_a_named_fifo_is_read_once_and_does_not_hang(tmp_path: Path, nlp: Language) -> None:
    before, after = tmp_path / "a.txt", tmp_path / "c.txt"
    before.write_text(article_text(0), encoding="utf-8")
    after.write_text(article_text(2), encoding="utf-8")
    fifo = tmp_path / "b.fifo"
    os.mkfifo(fifo)
    writer = _in_background(lambda: fifo.write_text(article_text(1), encoding="utf-8"))  # one writer, once
    results = _run_with_deadline([before, fifo, after], nlp, fifo)
    writer.join(WAIT_SECONDS)
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1, 2]


def test_a_process_substitution_is_not_lost_as_empty_input(tmp_path: Path, nlp: Language) -> None:
    before = tmp_path / "a.txt"
    before.write_text(article_text(0), encoding="utf-8")
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as stream:
            stream.write(article_text(1).encode())

    writer = _in_background(feed)
    try:
        results = _run_with_deadline([before, f"/dev/fd/{read_end}"], nlp)  # what bash passes for <(...)
    finally:
        writer.join(WAIT_SECONDS)
        os.close(read_end)
    assert error_codes(results) == []
    assert page_numbers(results) == [0, 1]
