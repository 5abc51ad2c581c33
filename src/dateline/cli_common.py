"""Hold what every dateline command shares: the one date type, the one error printer, the exit-code table.

Each command module (``cli.py``, ``cli_clean.py``, ``cli_store.py`` ...) parses its own
options, but dates, event types and per-file dates are checked here, every error reaches
the terminal through :func:`fail`, and every exit status comes from :data:`EXIT_CODES`
(which README.md lists, checked by ``tests/test_readme.py``).
"""

from __future__ import annotations

import csv
import logging
import os
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from dateline.errors import ConfigError, DatelineError
from dateline.lexicons.type_names import unknown_type_message
from dateline.model import EVENT_TYPES
from dateline.settings import DEFAULT_PAGE_TIMEOUT, Options

LOGGER = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success: every input was processed (a query that finds nothing also exits 0, and says so on stderr)",
    EXIT_FAILED: "some documents failed: each failure is reported (an `{\"source\": ..., \"error\": \"R00x: ...\"}` "
                 "line with `--jsonl`, a line on stderr otherwise) and the batch goes on",
    EXIT_USAGE: "usage error: an unknown option or command, a bad value (a date that is not YYYY-MM-DD, an unknown "
                "event type), an unreadable `--published-dates` file",
    EXIT_UNAVAILABLE: "cannot run: the store is missing or unreadable, the spaCy model or Ray is not installed, "
                      "the port for `serve` is in use",
}
"""Every exit status a dateline command returns, with what it means (README.md's table)."""

USAGE_CODES = frozenset({"G001", "G004", "G005"})
"""Error codes caused by what the user typed (exit 2); every other DatelineError means dateline cannot run (3)."""

TERMINAL_WIDTH = 100
"""Widest line of terminal output; narrower terminals get their own width (80 when output is piped)."""


def options_from_cli(**values: Any) -> Options:
    """Map command-line option values onto the Options fields (the one place that does it)."""
    fields = {k: v for k, v in values.items() if k in Options.__dataclass_fields__ and v is not None}
    return Options(**fields)


def exit_status(exc: DatelineError) -> int:
    """Return the exit status for an error: 2 for a usage error (``USAGE_CODES``), else 3."""
    return EXIT_USAGE if exc.code in USAGE_CODES else EXIT_UNAVAILABLE


def fail(exc: DatelineError) -> NoReturn:
    """Print one error as ``Error: CODE: message`` on stderr and exit with its status (the one error printer)."""
    click.echo(f"Error: {exc}", err=True)
    sys.exit(exit_status(exc))


def note(message: str) -> None:
    """Tell the user something about the output (nothing found, more left) on stderr, never in the data."""
    click.echo(message, err=True)


class IsoDate(click.ParamType):  # type: ignore[type-arg]
    """A calendar date written YYYY-MM-DD, checked when parsed and passed on as that ISO string.

    The one date type of the command line: ``--published-default``, ``--since`` and ``--until``
    all use it, so "next tuesday" is refused the same way everywhere.
    """

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


ISO_DATE = IsoDate()


class EventType(click.ParamType):  # type: ignore[type-arg]
    """An event type (PLOVER, or APPOINT, DISMISS, DIE, AWARD), any case; an unknown word gets a suggestion."""

    name = "TYPE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip().upper()
        if text in EVENT_TYPES:
            return text
        self.fail(unknown_type_message(str(value)), param, ctx)


def load_published_dates(path: str) -> dict[str, str]:
    """Read a CSV of ``path,date`` rows: the publication date of each input file that states none.

    A header row (``path,published``) is allowed. Paths are relative to the CSV's own folder
    (or absolute) and are returned resolved, so they match the inputs however those were
    named on the command line. Every row is checked: the file must exist, the date must be
    YYYY-MM-DD, a path may appear once. Nothing is guessed.

    Raises:
        ConfigError: G005 naming the line of the first bad row (or the file when unreadable).
    """
    csv_path = Path(path)
    base = csv_path.resolve().parent
    dates: dict[str, str] = {}
    try:
        with csv_path.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError("G005", path=path, line=0, detail=str(exc)) from exc
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and [c.lower() for c in cells[:2]] == ["path", "published"]:
            continue
        if len(cells) != 2 or not cells[0] or not cells[1]:
            raise ConfigError("G005", path=path, line=number, detail=f"expected 'path,YYYY-MM-DD', got {row!r}")
        file, value = cells
        try:
            day = date.fromisoformat(value).isoformat()
        except ValueError:
            raise ConfigError("G005", path=path, line=number,
                              detail=f"{value!r} is not a date in the form YYYY-MM-DD") from None
        target = (base / os.path.expanduser(file)).resolve()
        if not target.is_file():
            raise ConfigError("G005", path=path, line=number, detail=f"no such file: {file}")
        if str(target) in dates:
            raise ConfigError("G005", path=path, line=number, detail=f"{file} is listed twice")
        dates[str(target)] = day
    return dates


def page_timeout_option(f: Any) -> Any:
    """Add ``--page-timeout SECONDS`` (``Options.page_timeout``) to a command that annotates pages."""
    return click.option(
        "--page-timeout", "page_timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
        help=f"CPU seconds one page may take to annotate; a page that takes longer fails with A002 and the run "
             f"goes on (default {DEFAULT_PAGE_TIMEOUT:g}; 0: no limit).",
    )(f)


def published_dates_option(f: Any) -> Any:
    """Add ``--published-dates FILE`` (a CSV of path,date) to a command."""
    return click.option(
        "--published-dates", "published_dates", type=click.Path(dir_okay=False), default=None, metavar="CSV",
        help="CSV of path,YYYY-MM-DD rows: the publication date of each listed file whose pages state none "
             "(paths relative to the CSV). Wins over --published-default.",
    )(f)


def read_published_dates(path: str | None) -> dict[str, str] | None:
    """Load ``--published-dates`` for a command, printing a bad file's error and exiting 2."""
    if path is None:
        return None
    try:
        return load_published_dates(path)
    except DatelineError as exc:
        fail(exc)


def terminal_width() -> int:
    """Return the width to lay terminal text out in: the terminal's (80 when piped), at most ``TERMINAL_WIDTH``."""
    return max(40, min(TERMINAL_WIDTH, shutil.get_terminal_size((80, 24)).columns))


def page_out(text: str, pager: bool) -> None:
    """Write text to stdout, through the user's pager ($PAGER, else less) when stdout is a terminal it overflows."""
    lines = text.count("\n")
    if pager and sys.stdout.isatty() and lines > shutil.get_terminal_size((80, 24)).lines - 1:
        click.echo_via_pager(text)
    else:
        click.echo(text, nl=False)


def pager_option(f: Any) -> Any:
    """Add ``--no-pager`` to a command that prints long text."""
    return click.option("--no-pager", "no_pager", is_flag=True,
                        help="Print straight to the terminal, never through $PAGER (output that is piped never is).")(f)
