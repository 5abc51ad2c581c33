"""Run the clean stage alone over input files and print one JSON object per page (``dateline clean``)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence, TextIO

import click

from dateline.clean import Templates, clean, templates_for_run
from dateline.cli_common import EXIT_FAILED, EXIT_OK, ISO_DATE, published_dates_option, read_published_dates
from dateline.errors import DatelineError
from dateline.lexicons import word_list
from dateline.model import Document, Failure, RawPage
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

KNOWN_SUFFIXES = word_list("id_suffix", "read_words")
"""Endings stripped from a file name to make a page's id (``lexicons/read_words.tsv``)."""


def page_id(path: str, record: str | int | None = None) -> str:
    """Return a page's id: its file name without extensions (``ID`` for ``ID.html.gz``), plus the record."""
    name = Path(path).name
    while True:
        for suffix in KNOWN_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                break
        else:
            break
    return f"{name}#{record}" if record is not None else name


def clean_record(doc: Document) -> dict[str, Any]:
    """Return the ``dateline clean`` JSON object of one cleaned document."""
    return {
        "id": page_id(doc.source.path, doc.source.record),
        "source": doc.source.to_json(),
        "text": doc.body,
        "title": doc.title,
        "site": doc.site,
        "published": doc.published,
        "published_from": doc.published_from,
        "language": doc.language,
        "byline": list(doc.byline),
        "captions": list(doc.captions),
        "removed": [r.to_json() for r in doc.removed],
    }


def clean_pages(pages: Iterator[RawPage | Failure], opts: Options,
                templates: Templates | None = None) -> Iterator[dict[str, Any]]:
    """Clean each page, yielding its record, or an ``error`` record when it cannot be read or cleaned."""
    for page in pages:
        if isinstance(page, Failure):
            yield {"id": page_id(page.source.path, page.source.record), **page.to_json()}
            continue
        try:
            yield clean_record(clean(page, opts, templates))
        except DatelineError as err:
            LOGGER.warning("%s: %s", page.source.path, err)
            yield {"id": page_id(page.source.path, page.source.record), "source": page.source.to_json(),
                   "error": str(err)}


def run_clean(paths: Sequence[str], opts: Options, out: TextIO) -> int:
    """Clean every page under ``paths``, write JSON lines to ``out``; return the exit status (1 if any failed)."""
    from dateline.read import iter_pages

    status = EXIT_OK
    for record in clean_pages(iter_pages(paths, opts), opts, templates_for_run(paths, opts)):
        if "error" in record:
            status = EXIT_FAILED
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return status


@click.command("clean", epilog="Example: dateline clean --jsonl examples/ > clean.jsonl",
               context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--jsonl", "jsonl", is_flag=True, default=True, help="Print one JSON object per page (the only format).")
@click.option("--published-default", type=ISO_DATE, default=None, help="Publication date for pages that state none.")
@published_dates_option
@click.option("--no-site-templates", "no_templates", is_flag=True,
              help="Clean each page alone, without the lines its site prints on the run's other pages.")
@click.argument("paths", nargs=-1, required=True)
def clean_command(jsonl: bool, published_default: str | None, published_dates: str | None, no_templates: bool,
                  paths: tuple[str, ...]) -> None:
    """Run the clean stage alone: body, title, site, date, byline, captions and cuts of each page."""
    opts = Options(published_default=published_default, published_dates=read_published_dates(published_dates),
                   site_templates=not no_templates)
    sys.exit(run_clean(paths, opts, sys.stdout))
