"""Define the store's click commands (ingest, search, people, events, export, serve) for the lead's CLI group.

A thin layer over ``dateline.store`` and ``dateline.serve``: parse, call, print. Data
goes to stdout (plain text laid out for the terminal's width, at most 100 columns, through
the pager when it overflows a terminal; ``--json`` lines or ``--csv`` for pipes), notes
("nothing matches") and progress to stderr. Exit statuses come from ``cli_common.EXIT_CODES``.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import socket
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from dateline.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    ISO_DATE,
    EventType,
    fail,
    note,
    options_from_cli,
    page_out,
    page_timeout_option,
    pager_option,
    published_dates_option,
    read_published_dates,
    terminal_width,
)
from dateline.errors import ConfigError, DatelineError, StoreError
from dateline.settings import DEFAULT_MODEL, default_db_path

LOGGER = logging.getLogger(__name__)

DB_HELP = "SQLite store file (default: $DATELINE_DB, else $XDG_DATA_HOME/dateline/dateline.db)."

HELP_OPTIONS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}
"""-h as well as --help, also when a command runs on its own (click caches a command's help option)."""

INDENT = "    "
"""Indent of the lines under an item's head line (evidence, source) in terminal output."""


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help=DB_HELP)(f)


def _output_options(f: Any) -> Any:
    f = click.option("--csv", "as_csv", is_flag=True, help="Write CSV (with a header row) for pipes.")(f)
    return click.option("--json", "as_json", is_flag=True, help="Write JSON (one object per line) for pipes.")(f)


def _db(db: Path | None) -> Path:
    return db if db is not None else default_db_path()


F = TypeVar("F", bound=Callable[..., Any])


def _coded_errors(command: F) -> F:
    """Hand a DatelineError raised anywhere in a command to the one error printer (``cli_common.fail``).

    Faults of the store met in mid-command (a full disk, a read-only or damaged file)
    arrive as coded StoreErrors and end as one line, never a traceback (issue 16, item 12).
    """
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DatelineError as exc:
            fail(exc)

    return run  # type: ignore[return-value]


def _reader(db: Path | None) -> Any:
    """Open the store read-only, first upgrading it in place when it is a dateline store of an older schema.

    An empty file or another program's database (S006) is refused before any upgrade and
    left unchanged (issue 16, item 11).
    """
    from dateline.store.db import SCHEMA_VERSION, Store

    try:
        try:
            return Store.reader(_db(db))
        except DatelineError as exc:
            older = exc.code == "S002" and int(str(exc.params.get("found", SCHEMA_VERSION))) < SCHEMA_VERSION
            if not older:
                raise
            LOGGER.warning("upgrading store %s to schema version %s", _db(db), SCHEMA_VERSION)
            Store.writer(_db(db)).close()
            return Store.reader(_db(db))
    except DatelineError as exc:
        fail(exc)


def _emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], as_json: bool) -> None:
    """Print rows as JSON lines (every field) or CSV (the given columns, with a header row)."""
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(columns))
    writer.writeheader()
    writer.writerows({c: _cell(row.get(c)) for c in columns} for row in rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "start" in value and "end" in value:  # a date interval
            return _when(value)
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _when(interval: dict[str, Any] | None) -> str:
    """An interval as one unbreakable word: ``2025-02-11`` or ``2025-02-01..2025-02-28`` (empty when undated)."""
    if not interval or not interval.get("start"):
        return ""
    s, e = interval["start"], interval.get("end")
    return s if s == e or not e else f"{s}..{e}"


def _wrap(text: str, width: int, first: str = "", rest: str | None = None) -> list[str]:
    """Wrap text at word boundaries only: dates, ids and names are never split (no hyphen or long-word breaks)."""
    return textwrap.wrap(text, width, initial_indent=first,
                         subsequent_indent=first if rest is None else rest,
                         break_on_hyphens=False, break_long_words=False) or [first.rstrip()]


def _flat(text: str) -> str:
    """Free text (a sentence, a snippet) on one line: its line breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


def _names(actors: Sequence[dict[str, Any]], role: str) -> str:
    return ", ".join(a["name"] + (f" ({a['country']})" if a.get("country") else "") for a in actors
                     if a["role"] == role)


def _source_line(doc: dict[str, Any], doc_id: str, width: int, indent: str) -> list[str]:
    parts = [_flat(doc.get("title") or "(untitled)"), doc.get("site") or "", doc.get("published") or "undated"]
    return _wrap(", ".join(p for p in parts if p) + f" [{doc_id}]", width, indent + "— ", indent + "  ")


def event_lines(v: dict[str, Any], width: int, indent: str = "") -> list[str]:
    """Lay one event out in a few lines: date, type and actors; the evidence sentence; its article."""
    head = [_when(v["date"]) or "undated", v["type"] + (f"/{v['mode']}" if v.get("mode") else "")]
    if v.get("modality") and v["modality"] != "asserted":
        head.append(f"({v['modality']})")
    who = _names(v["actors"], "source")
    if _names(v["actors"], "target"):
        who += " → " + _names(v["actors"], "target")
    if _names(v["actors"], "participant"):
        who += (" with " if who else "with ") + _names(v["actors"], "participant")
    lines = _wrap("  ".join(head) + "  " + who, width, indent, indent + INDENT)
    lines += _wrap(f"“{_flat(v['evidence']['text'])}”", width, indent + INDENT)
    lines += _source_line(v["document"], v["doc_id"], width, indent + INDENT)
    if v.get("sources", 1) > 1:  # one occurrence that several articles report
        others = [r for r in v.get("reports", ()) if (r["doc_id"], r["id"]) != (v["doc_id"], v["id"])]
        lines += _wrap(f"reported by {v['sources']} sources; also:", width, indent + INDENT)
        for r in others:
            lines += _source_line(r["document"], r["doc_id"], width, indent + INDENT + "  ")
    return lines


def events_text(events: Sequence[dict[str, Any]], width: int, indent: str = "") -> str:
    """Events as text blocks separated by blank lines."""
    return "\n\n".join("\n".join(event_lines(v, width, indent)) for v in events)


SOURCES_SHOWN = 2
"""Sentences printed under a post in a text dossier (``--json`` has them all)."""


def _stated_date(interval: dict[str, Any] | None) -> str:
    """A post's date as stated: ``2006`` for a year, ``2014-12`` for a month, else the interval."""
    if not interval or not interval.get("start"):
        return ""
    gran = interval.get("granularity")
    if gran == "year":
        return str(interval["start"])[:4]
    if gran == "month":
        return str(interval["start"])[:7]
    return _when(interval)


def _country_given(given: dict[str, Any]) -> str:
    """ "BRD (1 page states, 2 pages guess)": a country and the documents that give it."""
    counts = [f"{n} page {one}" if n == 1 else f"{n} pages {many}"
              for n, one, many in ((given["stated"], "states", "state"), (given["guessed"], "guesses", "guess")) if n]
    return f"{given['country']} ({', '.join(counts)})"


def dossier_text(info: dict[str, Any], width: int, max_events: int) -> str:
    """An actor's dossier as text: header, posts, events (at most ``max_events``), who they met, sources."""
    out: list[str] = []
    meta = " · ".join(x for x in (info["type"], info["country"] or "country unknown", info["id"]) if x)
    out += _wrap(f"{info['name']}  ({meta})", width, "", INDENT)
    if info["aliases"]:
        out += _wrap("also written: " + "; ".join(info["aliases"]), width, "", INDENT)
    if len(info.get("countries") or ()) > 1:
        # sources that give other countries than the one shown: a contradiction kept, not merged away
        out += _wrap("countries given: " + "; ".join(map(_country_given, info["countries"])), width, "", INDENT)
    out += ["", f"Posts ({len(info['positions'])})"]
    for n, p in enumerate(info["positions"]):
        if n:
            out.append("")
        # one row per real post (resolve/careers.py): its merged dates, "former" when a source ends it
        until = _stated_date(p["end"]) if p["end"] else (
            f"before {p['as_of']}" if p.get("ended") and p["as_of"] else "")
        when = (f"{_stated_date(p['start']) if p['start'] else '…'}–{until}" if p["start"] or until else
                f"as of {p['as_of']}" if p["as_of"] else "undated")
        title = (p["title_text"] or p["title"]) + (f" ({p['country']})" if p["country"] else "")
        title += " (former)" if p.get("ended") and not p["end"] else ""
        out += _wrap(f"{when}  {title}", width, "  ", "  " + INDENT)
        for c in p.get("conflicts", ()):
            out += _wrap(f"sources disagree: also stated {_when(c)}", width, "  " + INDENT)
        sources = p.get("sources") or [p]
        for src in sources[-SOURCES_SHOWN:]:  # the latest statements; the rest are counted
            out += _wrap(f"“{_flat(src['evidence']['text'])}”", width, "  " + INDENT)
            out += _source_line(src["document"], src["doc_id"], width, "  " + INDENT)
        if len(sources) > SOURCES_SHOWN:
            out += _wrap(f"… stated by {len(sources) - SOURCES_SHOWN} more sentences: dateline people "
                         f"{info['id']} --json", width, "  " + INDENT)
    if not info["positions"]:
        out.append("  none stated")
    events = info["events"]
    out += ["", f"Events ({len(events)})"]
    for n, v in enumerate(events[:max_events]):
        if n:
            out.append("")
        out += event_lines(v, width, "  ")
    if len(events) > max_events:
        out.append(f"  … {len(events) - max_events} more: dateline events --actor {info['id']}")
    if not events:
        out.append("  none")
    out += ["", f"Met ({len(info['met'])})"]
    for c in info["met"]:
        label = c["name"] + (f" ({c['country']})" if c["country"] else "")
        out += _wrap(f"{label}, {c['events']} event{'s' if c['events'] != 1 else ''} [{c['id']}]", width, "  ",
                     "  " + INDENT)
    out += ["", f"Sources ({len(info['sources'])})"]
    for src in info["sources"]:
        out += _wrap(f"{src['published'] or 'undated'}  {src['title'] or '(untitled)'}"
                     f"{', ' + src['site'] if src['site'] else ''} [{src['doc_id']}]", width, "  ", "  " + INDENT)
    return "\n".join(out) + "\n"


def people_text(people: Sequence[dict[str, Any]], width: int) -> str:
    """A list of actors, one line each (name, type, country, articles, id), aliases below."""
    out: list[str] = []
    for p in people:
        facts = ", ".join(x for x in (p["type"], p["country"],
                                      f"{p['documents']} article{'s' if p['documents'] != 1 else ''}") if x)
        out += _wrap(f"{p['name']}  ({facts}) [{p['id']}]", width, "", INDENT)
        if p.get("aliases"):
            out += _wrap("also: " + "; ".join(p["aliases"]), width, INDENT)
    return "\n".join(out) + "\n"


def _event_row(v: dict[str, Any]) -> dict[str, Any]:
    def names(role: str) -> list[str]:
        return [a["name"] for a in v["actors"] if a["role"] == role]

    return {"date": v["date"], "type": v["type"], "mode": v["mode"], "source": names("source"),
            "target": names("target"), "participants": names("participant"),
            "published": v["document"]["published"], "doc_id": v["doc_id"], "evidence": v["evidence"]["text"],
            "sources": v.get("sources", 1)}


EVENT_COLUMNS = ("date", "type", "mode", "source", "target", "participants", "sources", "published", "doc_id",
                 "evidence")


@click.command("ingest", context_settings=HELP_OPTIONS)
@click.argument("paths", nargs=-1)
@_db_option
@click.option("--jsonl", "jsonl", type=click.Path(allow_dash=True), default=None,
              help="Load documents already extracted by `dateline extract --jsonl` (\"-\" for stdin).")
@click.option("--parquet", "parquet", type=click.Path(exists=True, file_okay=False), default=None,
              help="Load Parquet shards written by the Ray engine (`dateline extract --engine ray --out DIR`).")
@click.option("--force", is_flag=True, help="Process input files again even when already stored unchanged.")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=None,
              help="Input files per transaction (PATH...; default 16) or documents per transaction"
              " (--jsonl, --parquet; default 500).")
@click.option("--published-default", type=ISO_DATE, default=None,
              help="Publication date for pages that state none.")
@published_dates_option
@click.option("--model", default=None, help=f"spaCy pipeline to load (default {DEFAULT_MODEL}).")
@page_timeout_option
@click.option("-j", "--jobs", type=click.IntRange(0, 1024), default=1, show_default=True,
              help="Worker processes that clean and annotate PATH..., 0 for one per CPU (same result as 1).")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary.")
@_coded_errors
def ingest_command(paths: tuple[str, ...], db: Path | None, jsonl: str | None, parquet: str | None,
                   force: bool, batch_size: int | None, published_default: str | None, published_dates: str | None,
                   model: str | None, page_timeout: float | None, jobs: int, quiet: bool) -> None:
    """Store pages in the SQLite store: run the pipeline over PATH... (files or folders).

    Idempotent by doc_id and resumable: a run that is stopped and started again skips the
    files it already committed. People and events are then linked across the whole store.
    Exit status 1 when any page failed (failures are recorded in the store).

    \b
    Example:
      dateline ingest examples/ && dateline serve
      dateline ingest --jobs 4 pages/
    """
    from dateline import ingest
    from dateline.store.ingest import DOCUMENTS_PER_BATCH

    if not paths and not jsonl and not parquet:
        raise click.UsageError("give PATH..., --jsonl FILE or --parquet DIR")
    target = _db(db)
    try:
        if parquet:
            report = ingest.ingest_parquet(target, parquet, batch_size=batch_size or DOCUMENTS_PER_BATCH)
        elif jsonl:
            report = ingest.ingest_jsonl(target, jsonl, batch_size=batch_size or DOCUMENTS_PER_BATCH)
        else:
            from dateline.scale.local import jobs_for

            report = ingest.ingest_paths(target, paths, options_from_cli(
                published_default=published_default, published_dates=read_published_dates(published_dates),
                model=model, page_timeout=page_timeout, jobs=jobs_for(jobs)), force=force,
                files_per_batch=batch_size or ingest.FILES_PER_BATCH)
    except DatelineError as exc:
        fail(exc)
    for failure in report.failures:
        click.echo(f"failed: {failure.source.path}: {failure.error}", err=True)
    for path, note in report.warnings:
        click.echo(f"warning: {path}: {note}", err=True)
    if not quiet:
        click.echo(f"stored {report.documents} documents in {target} ({report.skipped_inputs} inputs already"
                   f" stored, {len(report.failures)} failed; {report.people} people)", err=True)
    sys.exit(EXIT_FAILED if report.failures else EXIT_OK)


@click.command("search", context_settings=HELP_OPTIONS)
@click.argument("text")
@_db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most articles.")
@_output_options
@pager_option
@_coded_errors
def search_command(text: str, db: Path | None, limit: int, as_json: bool, as_csv: bool, no_pager: bool) -> None:
    """Find the people and organisations named TEXT, and the articles containing every word of TEXT, best first.

    Words match their other forms ("ambassadors" finds "ambassador"); a word ending in * matches
    every word it begins ("treat*" finds "treaty", "treaties"). --json prints the actors, then the
    articles, each with a "kind"; --csv prints the articles.

    \b
    Example:
      dateline search "foreign minister" --json | jq .title
      dateline search "treat*"
    """
    from dateline.store.search import plain_snippet, search_actors, search_documents

    with _reader(db) as store:
        actors = [] if as_csv else search_actors(store, text)
        rows = search_documents(store, text, limit=limit)
    for row in rows:
        row["snippet"] = plain_snippet(row["snippet"])
    if not rows and not actors:
        note(f"nothing matches {text!r}: no person, organisation or article")
    if as_json:
        _emit([{"kind": "actor", **a} for a in actors] + [{"kind": "article", **r} for r in rows], (), True)
        return
    if as_csv:
        _emit(rows, ("published", "title", "site", "doc_id", "snippet"), False)
        return
    width = terminal_width()
    out: list[str] = []
    if actors:
        out += ["People and organisations (dateline people ID for a dossier)"]
        out += people_text(actors, width).splitlines()
        out.append("")
    if rows:
        out.append(f"Articles ({len(rows)}{'+' if len(rows) == limit else ''})")
    for r in rows:
        out += _wrap(f"{r['published'] or 'undated'}  {r['title'] or '(untitled)'}"
                     f"{', ' + r['site'] if r['site'] else ''} [{r['doc_id']}]", width, "", INDENT)
        out += _wrap(_flat(r["snippet"]), width, INDENT)
    if out:
        page_out("\n".join(out) + "\n", not no_pager)


@click.command("people", context_settings=HELP_OPTIONS)
@click.argument("name", required=False)
@_db_option
@click.option("--type", "types", multiple=True, type=click.Choice(["PERSON", "ORG", "GPE", "GROUP"]),
              default=("PERSON",), show_default=True, help="Entity types to list (repeatable).")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True,
              help="Most people listed, or events shown in a dossier.")
@_output_options
@pager_option
@_coded_errors
def people_command(name: str | None, db: Path | None, types: tuple[str, ...], limit: int,
                   as_json: bool, as_csv: bool, no_pager: bool) -> None:
    """List people, or show the dossier of the one matching NAME (id, name or part of a name).

    A dossier gives posts with dates and sources, events, and who they met. --csv prints a
    dossier's events.

    \b
    Example:
      dateline people Rebane
    """
    from dateline.store.queries import dossier, find_people

    with _reader(db) as store:
        found = find_people(store, name, types, limit=limit)
        exact = [p for p in found if name and (p["id"] == name or p["name"].lower() == name.lower())]
        chosen = exact[0] if len(exact) == 1 else (found[0] if name and len(found) == 1 else None)
        info = dossier(store, chosen["id"]) if chosen else None
    if not found:
        note(f"no {'/'.join(types).lower()} matches {name!r}" if name else f"no {'/'.join(types).lower()} stored")
    if info is None:
        if as_json or as_csv:
            _emit(found, ("id", "name", "type", "country", "documents", "aliases"), as_json)
        elif found:
            if name:
                note(f"{len(found)} match {name!r}; give an id or a full name for a dossier")
            page_out(people_text(found, terminal_width()), not no_pager)
        return
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False))
    elif as_csv:
        _emit([_event_row(v) for v in info["events"]], EVENT_COLUMNS, False)
    else:
        page_out(dossier_text(info, terminal_width(), limit), not no_pager)


@click.command("events", context_settings=HELP_OPTIONS)
@_db_option
@click.option("--actor", default=None, help="An actor's id or part of its name.")
@click.option("--type", "type_", type=EventType(), default=None,
              help="Event type (PLOVER or APPOINT, DISMISS, DIE, AWARD).")
@click.option("--country", default=None, help="ISO3 code of a state among the actors (e.g. RUS).")
@click.option("--with", "with_", default=None, help="Another actor: ISO3 code, id or part of a name.")
@click.option("--since", type=ISO_DATE, default=None, help="Only events ending on or after this date.")
@click.option("--until", type=ISO_DATE, default=None, help="Only events starting on or before this date.")
@click.option("--limit", type=click.IntRange(1, 100000), default=200, show_default=True, help="Most events.")
@_output_options
@pager_option
@_coded_errors
def events_command(db: Path | None, actor: str | None, type_: str | None, country: str | None,
                   with_: str | None, since: str | None, until: str | None, limit: int,
                   as_json: bool, as_csv: bool, no_pager: bool) -> None:
    """List stored events in date order, filtered by actor, type, countries and dates.

    \b
    Example:
      dateline events --type CONSULT --country RUS --with PRK --since 2025-01-01
    """
    from dateline.store.queries import find_events

    with _reader(db) as store:
        rows = find_events(store, actor=actor, type=type_, country=country, with_=with_, since=since,
                           until=until, limit=limit)
    if not rows:
        note("no events match these filters")
    elif len(rows) == limit:
        note(f"showing the first {limit} events; --limit N for more")
    if as_json:
        _emit(rows, (), True)
    elif as_csv:
        _emit([_event_row(v) for v in rows], EVENT_COLUMNS, False)
    elif rows:
        page_out(events_text(rows, terminal_width()) + "\n", not no_pager)


@click.command("export", context_settings=HELP_OPTIONS)
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover"]), default="jsonl",
              show_default=True, help="jsonl: contract documents; csv/parquet: one flat table; plover: one PLOVER"
              " event record per line.")
@click.option("--table", type=click.Choice(["events", "positions", "entities", "documents"]), default="events",
              show_default=True, help="Which table csv/parquet write.")
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file (default stdout; parquet needs a file).")
@_coded_errors
def export_command(db: Path | None, fmt: str, table: str, out: str) -> None:
    """Export the store: documents as contract JSON Lines, a flat table as CSV or Parquet, or PLOVER events.

    --format plover writes one PLOVER event record per line (JSON Lines) and says on stderr
    how many events PLOVER cannot code (APPOINT, DIE, undated ...) and were left out.
    CSV and Parquet tables have the columns of the Ray engine's shards (contract field names,
    global entity ids; CSV joins a list with "; "), so either loads into the same queries.

    \b
    Example:
      dateline export --format parquet --table events --out events.parquet
      dateline export --format plover --out events.plover.jsonl
    """
    from dateline.store import export

    if fmt == "parquet" and out == "-":
        raise click.UsageError("--format parquet needs --out FILE")
    with _reader(db) as store:
        try:
            if fmt == "parquet":
                n = export.write_parquet(store, out, table)
            elif fmt == "plover":
                from dateline.store.plover import write_plover

                with click.open_file(out, "w", encoding="utf-8") as stream:
                    report = write_plover(store, stream)
                click.echo(report.summary(), err=True)
                return
            else:
                with click.open_file(out, "w", encoding="utf-8") as stream:
                    n = export.write_jsonl(store, stream) if fmt == "jsonl" else export.write_csv(store, stream, table)
        except OSError as exc:  # a full disk or an unwritable --out: one line, not a traceback
            raise StoreError("S010", path=out, detail=exc.strerror or str(exc)) from exc
    click.echo(f"exported {n} {'documents' if fmt == 'jsonl' else table + ' rows'}", err=True)


def bind_port(host: str, port: int) -> socket.socket:
    """Open the listening socket for ``serve`` before anything is announced, so a busy port is a clear error.

    Raises:
        ConfigError: G006 when the address cannot be bound (in use, not permitted, unknown host).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ConfigError("G006", host=host, port=port, detail=exc.strerror or str(exc)) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise ConfigError("G006", host=host, port=port, detail=exc.strerror or str(exc)) from exc
    sock.set_inheritable(True)
    return sock


@click.command("serve", context_settings=HELP_OPTIONS)
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (keep 127.0.0.1 unless"
              " you mean to share the store).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests addressed to this host name (repeatable), e.g. the machine's DNS name"
              " when --host binds a shared interface. Other names get 400.")
@_coded_errors
def serve_command(db: Path | None, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Serve the store as a web app (search, dossiers, timeline, graph, articles) and a JSON API under /api.

    The port is bound before the address is announced: a busy port is an error (exit status 3).
    Only requests addressed to a loopback name (localhost, 127.0.0.1, ::1), to --host or to
    an --allow-host name are answered, so a web page cannot reach the app by pointing a
    name of its own at 127.0.0.1 (DNS rebinding).

    \b
    Example:
      dateline serve --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from dateline.serve.app import create_app
    from dateline.serve.hosts import ANY_HOST, allowed_hosts, is_loopback

    with _reader(db):  # fail early, with one sentence, when the store is missing
        pass
    try:
        sock = bind_port(host, port)
    except DatelineError as exc:
        fail(exc)
    names = allowed_hosts(host, allow_hosts)
    if not is_loopback(host):
        click.echo(f"warning: --host {host} serves the store to every machine that can reach this one;"
                   " there is no login", err=True)
    if ANY_HOST in names:
        click.echo("warning: requests for any host name are answered; pass --allow-host NAME to accept"
                   " only the names this machine is reached by", err=True)
    app = create_app(_db(db), allowed_hosts=names)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dateline is serving {_db(db)} at http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    with sock:
        server.run(sockets=[sock])
