"""Test what every command shares (dateline.cli_common): the date type, per-file dates, the error printer, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.cli_clean import clean_command
from dateline.cli_common import (
    EXIT_CODES,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    ISO_DATE,
    exit_status,
    load_published_dates,
    unknown_type_message,
)
from dateline.errors import ConfigError, DatelineError, StoreError
from dateline.settings import Options

UNDATED = "Ferry line resumes\n\nThe island of Valsø resumed its ferry line to the mainland on Monday.\n\n" \
          "Harbour master Nils Brekke said the winter storms had damaged the pier and the ramp.\n"
DATED = "Pier reopens\n\nPublished: 2024-11-02\n\nThe island of Valsø reopened its pier on Friday after repairs.\n\n" \
        "Harbour master Nils Brekke said the ferry would call twice a day through the winter season.\n"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "ferry.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "pages" / "pier.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "pages" / "other.txt").write_text(UNDATED.replace("Valsø", "Holmø"), encoding="utf-8")
    return tmp_path / "pages"


def _clean(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(clean_command, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("command", [["extract"], ["clean"], ["ingest"]])
@pytest.mark.parametrize("value", ["next tuesday", "2025-02-30", "18/03/2025"])
def test_every_command_refuses_a_date_that_is_not_iso(command: list[str], value: str, pages: Path) -> None:
    result = CliRunner().invoke(main, [*command, "--published-default", value, str(pages)])
    assert result.exit_code == EXIT_USAGE and result.stdout == ""
    assert f"Invalid value for '--published-default': {value!r} is not a date in the form YYYY-MM-DD" in result.output


def test_the_date_type_gives_an_iso_string() -> None:
    assert ISO_DATE.convert(" 2025-03-18 ", None, None) == "2025-03-18"
    with pytest.raises(click.BadParameter):
        ISO_DATE.convert("March 18", None, None)


def test_published_dates_date_each_listed_file_that_states_none(pages: Path, tmp_path: Path) -> None:
    listing = tmp_path / "dates.csv"
    listing.write_text("path,published\npages/ferry.txt,2025-01-07\npages/pier.txt,2025-01-08\n", encoding="utf-8")
    records = {Path(str(r["source"]["path"])).name: r for r in  # type: ignore[index]
               _clean("--published-dates", str(listing), "--published-default", "2020-01-01", str(pages))}
    assert (records["ferry.txt"]["published"], records["ferry.txt"]["published_from"]) == ("2025-01-07", "user")
    # the page's own date wins over the list; an unlisted file gets the batch default
    assert (records["pier.txt"]["published"], records["pier.txt"]["published_from"]) == ("2024-11-02", "text")
    assert (records["other.txt"]["published"], records["other.txt"]["published_from"]) == ("2020-01-01", "user")
    (only,) = _clean("--published-dates", str(listing), str(pages / "other.txt"))
    assert only["published"] is None  # never guessed


def test_published_dates_match_however_the_input_is_named(pages: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    listing = tmp_path / "dates.csv"
    listing.write_text(f"{pages / 'ferry.txt'},2025-01-07\n", encoding="utf-8")
    monkeypatch.chdir(pages)
    (record,) = _clean("--published-dates", str(listing), "ferry.txt")
    assert record["published"] == "2025-01-07"
    assert Options(published_dates=load_published_dates(str(listing))).published_for("./ferry.txt") == "2025-01-07"


@pytest.mark.parametrize(("text", "line", "detail"), [
    ("pages/ferry.txt,next tuesday\n", 1, "'next tuesday' is not a date in the form YYYY-MM-DD"),
    ("path,published\npages/none.txt,2025-01-07\n", 2, "no such file: pages/none.txt"),
    ("pages/ferry.txt\n", 1, "expected 'path,YYYY-MM-DD'"),
    ("pages/ferry.txt,2025-01-07\n# a note\npages/ferry.txt,2025-01-08\n", 3, "listed twice"),
])
def test_a_bad_dates_file_names_its_line(pages: Path, tmp_path: Path, text: str, line: int, detail: str) -> None:
    listing = tmp_path / "dates.csv"
    listing.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_published_dates(str(listing))
    assert err.value.code == "G005" and f"line {line}: " in str(err.value) and detail in str(err.value)
    result = CliRunner().invoke(clean_command, ["--published-dates", str(listing), str(pages)])
    assert result.exit_code == EXIT_USAGE and result.stdout == ""
    assert result.output.startswith("Error: G005: published dates file") and result.output.count("\n") == 1


def test_a_missing_dates_file_is_a_usage_error(pages: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--published-dates", str(tmp_path / "none.csv"), str(pages)])
    assert result.exit_code == EXIT_USAGE and "G005" in result.output


def test_exit_status_table() -> None:
    assert sorted(EXIT_CODES) == [0, 1, 2, 3]
    assert exit_status(ConfigError("G001", option="--x", detail="y")) == EXIT_USAGE
    assert exit_status(ConfigError("G002", model="m")) == EXIT_UNAVAILABLE
    assert exit_status(StoreError("S004", path="p")) == EXIT_UNAVAILABLE
    assert exit_status(DatelineError("G006", host="h", port=1, detail="d")) == EXIT_UNAVAILABLE


def test_top_level_help_lists_the_exit_statuses() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert "Exit status: 0 success; 1 some documents failed; 2 usage error; 3 cannot run" in " ".join(
        result.output.split())


def test_unknown_type_message() -> None:
    assert "did you mean CONSULT?" in unknown_type_message("meeting")
    assert "did you mean AGREE?" in unknown_type_message("AGRE")


class _Tty:
    def __init__(self) -> None:
        self.written: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str | bytes) -> int:
        self.written.append(text.decode() if isinstance(text, bytes) else text)
        return len(text)

    def flush(self) -> None:
        pass


def test_long_output_on_a_terminal_goes_through_the_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import cli_common

    paged: list[str] = []
    monkeypatch.setattr(cli_common.click, "echo_via_pager", lambda text: paged.append(text))
    monkeypatch.setenv("LINES", "24")
    tty = _Tty()
    monkeypatch.setattr(cli_common.sys, "stdout", tty)
    long_text = "".join(f"line {i}\n" for i in range(100))
    cli_common.page_out(long_text, pager=True)
    assert paged == [long_text] and tty.written == []
    cli_common.page_out(long_text, pager=False)  # --no-pager
    cli_common.page_out("short\n", pager=True)  # fits the screen
    assert len(paged) == 1 and "".join(tty.written) == long_text + "short\n"
