"""Parse command-line arguments, call the library, and print: the ``dateline`` group and ``extract``.

Data goes to stdout, logs and progress to stderr. The date type, the error printer and the
exit statuses every command shares are in ``cli_common.py`` (EXIT_CODES: 0 success, 1 when any
document failed, 2 for a usage error, 3 when dateline cannot run).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from dateline.cli_common import (  # noqa: F401 - IsoDate is re-exported for callers of the old name
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_OK,
    ISO_DATE,
    IsoDate,
    fail,
    options_from_cli,
    page_timeout_option,
    published_dates_option,
    read_published_dates,
)
from dateline.errors import DatelineError
from dateline.model import Document, Failure
from dateline.settings import DEFAULT_MODEL, Options

LOGGER = logging.getLogger(__name__)


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


@click.group(context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Exit status: " + "; ".join(f"{code} {meaning.split(':')[0]}" for code, meaning in EXIT_CODES.items()))
@click.version_option(package_name="dateline")
def main() -> None:
    """dateline: a dated, sourced record of who did what with whom, from your own news pages.

    \b
    Example:
      dateline extract --jsonl examples/ > record.jsonl
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Write one JSON object per document (the output contract).")
@click.option("--published-default", type=ISO_DATE, help="Publication date for pages that state none.")
@published_dates_option
@click.option("--model", default=None, help=f"spaCy pipeline to load (default {DEFAULT_MODEL}).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=None, help="Documents per nlp.pipe batch.")
@page_timeout_option
@click.option("-j", "--jobs", type=click.IntRange(0, 1024), default=1, show_default=True,
              help="Worker processes that clean and annotate, 0 for one per CPU (same output as 1).")
@click.option(
    "--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
    help="Run in this process, or on a Ray cluster (needs the 'ray' extra and --out).",
)
@click.option("--address", default=None, help="Ray cluster address (with --engine ray); default starts a local one.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Folder for Parquet shards (with --engine ray).")
@click.option("--workers", type=click.IntRange(1, 100_000), default=None,
              help="Ray actors that annotate (with --engine ray); default: one per CPU of the cluster.")
@click.option("--run-dir", type=click.Path(file_okay=False), default=None,
              help="Folder for the run's annotated pages until it is written (default: one per inputs and options"
                   " under $DATELINE_RUNS or ~/.cache/dateline/runs); a rerun of a run that died resumes from it.")
@click.option("--no-site-templates", "no_templates", is_flag=True,
              help="Clean each page alone, without the lines its site prints on the run's other pages.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings.")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
def extract(
    paths: Sequence[str], as_jsonl: bool, published_default: str | None, published_dates: str | None,
    model: str | None, batch_size: int | None, page_timeout: float | None, jobs: int, engine: str,
    address: str | None, out_dir: str | None,
    workers: int | None, run_dir: str | None, no_templates: bool, quiet: bool, verbose: int,
) -> None:
    """Extract people, posts and events from PATHS (files, folders, or - for stdin).

    \b
    Example:
      dateline extract --jsonl examples/ > out.jsonl
      dateline extract --published-default 2025-03-18 page.txt
      dateline extract --published-dates dates.csv pages/
      dateline extract --jobs 4 --jsonl pages/ > out.jsonl

    A run keeps its annotated pages in a run directory until its output is written, so the
    same command run again after a crash or a kill resumes without annotating them again.
    """
    _setup_logging(verbose, quiet)
    from dateline.scale.local import jobs_for

    opts = options_from_cli(published_default=published_default, model=model, batch_size=batch_size,
                            page_timeout=page_timeout, site_templates=not no_templates,
                            published_dates=read_published_dates(published_dates), jobs=jobs_for(jobs))
    if engine == "ray":
        if not out_dir:
            raise click.UsageError("--engine ray needs --out DIR for the Parquet shards.")
        if jobs != 1:
            raise click.UsageError("--jobs is for the local engine; with --engine ray use --workers.")
        sys.exit(_extract_ray(paths, opts, out_dir, address, workers, quiet))
    from dateline.runs import default_run_dir
    from dateline.scale.local import extract_local

    failed = 0
    try:
        folder = Path(run_dir) if run_dir else default_run_dir(paths, opts)
        # the pipeline is loaded only when pages are left to annotate (with --jobs N, by the workers)
        with _Progress(enabled=not quiet and sys.stderr.isatty()) as progress:
            for result in extract_local(paths, opts, on_result=progress.advance, run_dir=folder):
                if isinstance(result, Failure):
                    failed += 1
                    LOGGER.warning("%s: %s", result.source.path, result.error)
                else:
                    for note in result.warnings:
                        LOGGER.warning("%s: %s", result.source.path, note)
                _write_result(result, as_jsonl)
    except DatelineError as exc:
        fail(exc)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _write_result(result: Document | Failure, as_jsonl: bool) -> None:
    if as_jsonl:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        return
    if isinstance(result, Failure):
        sys.stdout.write(f"{result.source.path}\tERROR\t{result.error}\n")
        return
    people = sum(1 for e in result.entities if e.type == "PERSON")
    sys.stdout.write(
        f"{result.source.path}\t{result.published or '-'}\t{result.title or '-'}\t"
        f"{people} people, {len(result.positions)} posts, {len(result.events)} events\n"
    )


def _extract_ray(paths: Sequence[str], opts: Options, out_dir: str, address: str | None, workers: int | None,
                 quiet: bool) -> int:
    from dateline.scale.ray import extract_ray

    try:
        summary = extract_ray(paths, opts, out_dir, address=address, num_workers=workers)
    except DatelineError as exc:  # G001 bad worker count, G003 Ray missing, G004 stdin
        fail(exc)
    if not quiet:
        click.echo(str(summary), err=True)
    return EXIT_FAILED if getattr(summary, "failures", 0) else EXIT_OK


class _Progress:
    """A rich progress counter on stderr for multi-document runs, shown only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} pages"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("extracting", total=None)
        return self

    def advance(self, _result: Document | Failure) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


def _register() -> None:
    """Add the commands that live beside the library they drive (clean, time, store, web app, shards)."""
    from dateline.cli_clean import clean_command
    from dateline.cli_scale import shards_command
    from dateline.cli_store import (
        events_command,
        export_command,
        ingest_command,
        people_command,
        search_command,
        serve_command,
    )
    from dateline.cli_timex import timex_command
    from dateline.cli_train import train_command

    for command in (clean_command, timex_command, ingest_command, search_command, people_command, events_command,
                    export_command, serve_command, shards_command, train_command):
        main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
