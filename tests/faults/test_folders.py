"""Fault: a subfolder that cannot be listed is a failed input (R010, exit 1), and the rest of the batch is read."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Failure

from .helpers import article_text, error_codes, page_numbers, run_batch

if TYPE_CHECKING:
    from spacy.language import Language


def _tree(root: Path) -> Path:
    for name, i in (("a/one.txt", 0), ("locked/two.txt", 1), ("z/three.txt", 2)):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(i), encoding="utf-8")
    return root / "locked"


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that refuses to be listed, as ``chmod 000`` does for any user but root (tests may run as root)."""
    folder = _tree(tmp_path / "in")
    iterdir, scandir = Path.iterdir, os.scandir

    def refuse(path: object) -> None:
        if Path(os.fsdecode(path)).resolve() == folder.resolve():  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))

    def guarded_iterdir(self: Path) -> Iterator[Path]:
        refuse(self)
        return iterdir(self)

    def guarded_scandir(path: str = ".") -> object:
        refuse(path)
        return scandir(path)

    monkeypatch.setattr(Path, "iterdir", guarded_iterdir)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    return folder


def test_an_unlistable_subfolder_is_r010_and_the_rest_is_read(locked: Path, nlp: Language) -> None:
    results = run_batch([locked.parent], nlp)
    assert error_codes(results) == ["R010"]
    assert page_numbers(results) == [0, 2]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert failure.source.path == str(locked) and "Permission denied" in failure.error


def test_cli_exits_1_for_an_unlistable_subfolder(locked: Path, nlp: Language) -> None:
    result = CliRunner().invoke(main, ["extract", "--jsonl", "-q", str(locked.parent)], catch_exceptions=False)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("error", "page")[:4] for line in lines] == ["page", "R010", "page"]


def test_ingest_reports_the_folder_and_stores_it_once_it_can_be_read(locked: Path, nlp: Language,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(locked.parent.parent / "store.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, str(locked.parent)], catch_exceptions=False)
    assert first.exit_code == 1 and "R010" in first.output and "stored 2 documents" in first.output
    monkeypatch.undo()  # the folder can be listed again
    again = runner.invoke(main, ["ingest", "--db", db, str(locked.parent)], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    assert "stored 1 documents" in again.output and "2 inputs already stored" in again.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root lists any folder")
def test_a_chmod_000_subfolder_is_r010(tmp_path: Path, nlp: Language) -> None:
    folder = _tree(tmp_path / "in")
    folder.chmod(0)
    try:
        results = run_batch([folder.parent], nlp)
    finally:
        folder.chmod(0o755)
    assert error_codes(results) == ["R010"]
    assert page_numbers(results) == [0, 2]
