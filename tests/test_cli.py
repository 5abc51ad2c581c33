"""Test the command line: extract's output lines and exit status, --published-default, and every subcommand's help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.cli import main

UNDATED_SEED = "000_c2d6422c6f51c608.txt"
DATED_SEED = "003_93c6255f195fee48.txt"
TINY_PAGE = (
    "Ferry line resumes\n\nThe fictional island of Valsø resumed its ferry line to the mainland on Monday.\n\n"
    "Harbour master Nils Brekke said the winter storms had damaged the pier.\n"
)


def _lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def tiny_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "ferry.txt"
    path.write_text(TINY_PAGE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def undated_seed(shared: Path) -> Path:
    return shared / "seeds" / UNDATED_SEED


def test_extract_jsonl_on_a_seed_prints_one_json_line(undated_seed, nlp):
    result = _run("extract", "--jsonl", "-q", str(undated_seed))
    assert result.exit_code == 0, result.output
    lines = _lines(result.stdout)
    assert len(lines) == 1
    obj = lines[0]
    assert "error" not in obj
    assert obj["source"]["path"] == str(undated_seed)
    assert obj["body"] and len(obj["doc_id"]) == 16
    assert obj["published"] is None and obj["published_from"] is None


def test_missing_path_and_good_path_give_exit_1_and_two_lines(tiny_page, nlp):
    missing = tiny_page.parent / "no-such-page.txt"
    result = _run("extract", "--jsonl", "-q", str(missing), str(tiny_page))
    assert result.exit_code == 1, result.output
    lines = _lines(result.stdout)
    assert len(lines) == 2
    assert [("error" in line) for line in lines] == [True, False]
    assert lines[0]["source"]["path"] == str(missing)
    assert lines[0]["error"].startswith("R001")
    assert lines[1]["source"]["path"] == str(tiny_page)
    assert "Valsø" in lines[1]["body"]


def test_published_default_dates_an_undated_page(undated_seed, nlp):
    result = _run("extract", "--jsonl", "-q", "--published-default", "2025-03-18", str(undated_seed))
    assert result.exit_code == 0, result.output
    (obj,) = _lines(result.stdout)
    assert obj["published"] == "2025-03-18"
    assert obj["published_from"] == "user"


def test_published_default_never_overrides_a_stated_date(shared, nlp):
    result = _run("extract", "--jsonl", "-q", "--published-default", "2001-01-01", str(shared / "seeds" / DATED_SEED))
    assert result.exit_code == 0, result.output
    (obj,) = _lines(result.stdout)
    assert obj["published"] == "2025-03-18"
    assert obj["published_from"] == "text"


@pytest.mark.parametrize("value", ["2025-13-01", "18/03/2025", "yesterday", "2025-02-30", ""])
def test_bad_published_default_is_a_usage_error(tiny_page, value):
    result = _run("extract", "--jsonl", "--published-default", value, str(tiny_page))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--published-default" in result.output


def test_extract_without_paths_is_a_usage_error():
    result = _run("extract", "--jsonl")
    assert result.exit_code == 2


def test_ray_engine_without_out_is_a_usage_error(tiny_page):
    result = _run("extract", "--engine", "ray", str(tiny_page))
    assert result.exit_code == 2
    assert "--out" in result.output


def test_version():
    result = _run("--version")
    assert result.exit_code == 0
    assert "version" in result.stdout


def test_plain_output_is_one_tab_separated_line_per_document(tiny_page, nlp):
    missing = tiny_page.parent / "absent.txt"
    result = _run("extract", "-q", str(tiny_page), str(missing))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{tiny_page}\t")
    assert lines[1].startswith(f"{missing}\tERROR\tR001")


def test_top_level_help_lists_every_subcommand():
    result = _run("--help")
    assert result.exit_code == 0
    assert main.commands, "no subcommand registered"
    for name in main.commands:
        assert name in result.stdout


@pytest.mark.parametrize("name", sorted(main.commands))
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_subcommand_has_help(name, flag):
    result = _run(name, flag)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: ") and f" {name} " in result.stdout.splitlines()[0]
    assert (main.commands[name].help or "").strip(), f"{name} has no help text"


def _console_command() -> list[str]:
    """The installed ``dateline`` script (pyproject [project.scripts]) beside this interpreter, else ``-m``."""
    script = Path(sys.executable).with_name("dateline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dateline.cli"]


def test_real_process_separates_data_from_logs_and_exits_1(tiny_page, undated_seed):
    missing = tiny_page.parent / "gone.txt"
    proc = subprocess.run(
        [*_console_command(), "extract", "--jsonl", str(undated_seed), str(missing), str(tiny_page)],
        capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    lines = _lines(proc.stdout)
    assert [Path(line["source"]["path"]).name for line in lines] == [UNDATED_SEED, "gone.txt", "ferry.txt"]
    assert [("error" in line) for line in lines] == [False, True, False]
    assert "gone.txt" in proc.stderr
