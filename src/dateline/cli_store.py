"""Define the store's click commands (ingest, search, people, events, export, serve) for the lead's CLI group.

A thin layer over ``dateline.store`` and ``dateline.serve``: parse, call, print. Data
goes to stdout (a rich table on a terminal, ``--json`` lines or ``--csv`` for pipes),
logs and progress to stderr. Exit status 1 when any document failed or the store is
missing, 2 for a usage error.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from dateline.errors import DatelineError
from dateline.settings import DEFAULT_MODEL, default_db_path

LOGGER = logging.getLogger(__name__)

# click's own date type (not dateline.cli's): cli.py imports this module to register its commands
ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _iso(value: Any) -> str | None:
    return value.date().isoformat() if value is not None else None


DB_HELP = "SQLite store file (default: $DATELINE_DB, else $XDG_DATA_HOME/dateline/dateline.db)."


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help=DB_HELP)(f)


def _output_options(f: Any) -> Any:
    f = click.option("--csv", "as_csv", is_flag=True, help="Write CSV (with a header row) for pipes.")(f)
    return click.option("--json", "as_json", is_flag=True, help="Write JSON (one object per line) for pipes.")(f)


def _db(db: Path | None) -> Path:
    return db if db is not None else default_db_path()


def _reader(db: Path | None) -> Any:
    """Open the store read-only, first upgrading it in place when it has an older schema."""
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
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


def _emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], as_json: bool, as_csv: bool,
          title: str | None = None) -> None:
    """Print rows as JSON lines, CSV, or a rich table (on a terminal) with the given columns."""
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    flat = [{c: _cell(row.get(c)) for c in columns} for row in rows]
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(flat)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in flat:
        table.add_row(*(row[c] for c in columns))
    Console(markup=False, highlight=False).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "start" in value and "end" in value:  # a date interval
            s, e = value.get("start"), value.get("end")
            return "" if not s else (s if s == e or not e else f"{s}..{e}")
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _event_row(v: dict[str, Any]) -> dict[str, Any]:
    def names(role: str) -> list[str]:
        return [a["name"] for a in v["actors"] if a["role"] == role]

    return {"date": v["date"], "type": v["type"], "mode": v["mode"], "source": names("source"),
            "target": names("target"), "participants": names("participant"),
            "published": v["document"]["published"], "doc_id": v["doc_id"], "evidence": v["evidence"]["text"]}


EVENT_COLUMNS = ("date", "type", "mode", "source", "target", "participants", "published", "doc_id", "evidence")


@click.command("ingest")
@click.argument("paths", nargs=-1)
@_db_option
@click.option("--jsonl", "jsonl", type=click.Path(allow_dash=True), default=None,
              help="Load documents already extracted by `dateline extract --jsonl` (\"-\" for stdin).")
@click.option("--parquet", "parquet", type=click.Path(exists=True, file_okay=False), default=None,
              help="Load Parquet shards written by the Ray engine (`dateline extract --ray`).")
@click.option("--force", is_flag=True, help="Process input files again even when already stored unchanged.")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=None,
              help="Input files per transaction (PATH...; default 16) or documents per transaction"
              " (--jsonl, --parquet; default 500).")
@click.option("--published-default", type=ISO_DATE, default=None,
              help="Publication date for pages that state none.")
@click.option("--model", default=None, help=f"spaCy pipeline to load (default {DEFAULT_MODEL}).")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary.")
def ingest_command(paths: tuple[str, ...], db: Path | None, jsonl: str | None, parquet: str | None,
                   force: bool, batch_size: int | None, published_default: Any, model: str | None,
                   quiet: bool) -> None:
    """Store pages in the SQLite store: run the pipeline over PATH... (files or folders).

    Idempotent by doc_id and resumable: a run that is stopped and started again skips the
    files it already committed. People and events are then linked across the whole store.
    Exit status 1 when any page failed (failures are recorded in the store).

    \b
    Example:
      dateline ingest examples/ && dateline serve
    """
    from dateline.store import ingest

    if not paths and not jsonl and not parquet:
        raise click.UsageError("give PATH..., --jsonl FILE or --parquet DIR")
    target = _db(db)
    try:
        if parquet:
            report = ingest.ingest_parquet(target, parquet, batch_size=batch_size or ingest.DOCUMENTS_PER_BATCH)
        elif jsonl:
            report = ingest.ingest_results(target, ingest.read_extracted(jsonl),
                                           batch_size=batch_size or ingest.DOCUMENTS_PER_BATCH)
        else:
            from dateline.cli import options_from_cli

            report = ingest.ingest_paths(target, paths, options_from_cli(
                published_default=_iso(published_default), model=model), force=force,
                files_per_batch=batch_size or ingest.FILES_PER_BATCH)
    except DatelineError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for failure in report.failures:
        click.echo(f"failed: {failure.source.path}: {failure.error}", err=True)
    for path, note in report.warnings:
        click.echo(f"warning: {path}: {note}", err=True)
    if not quiet:
        click.echo(f"stored {report.documents} documents in {target} ({report.skipped_inputs} inputs already"
                   f" stored, {len(report.failures)} failed; {report.people} people)", err=True)
    sys.exit(1 if report.failures else 0)


@click.command("search")
@click.argument("text")
@_db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most results.")
@_output_options
def search_command(text: str, db: Path | None, limit: int, as_json: bool, as_csv: bool) -> None:
    """Find stored articles containing every word of TEXT (full-text search), best first.

    \b
    Example:
      dateline search "foreign minister" --json | jq .title
    """
    from dateline.store.search import plain_snippet, search_documents

    with _reader(db) as store:
        rows = search_documents(store, text, limit=limit)
    for row in rows:
        row["snippet"] = plain_snippet(row["snippet"])
    _emit(rows, ("published", "title", "site", "doc_id", "snippet"), as_json, as_csv, title=f"search: {text}")


@click.command("people")
@click.argument("name", required=False)
@_db_option
@click.option("--type", "types", multiple=True, type=click.Choice(["PERSON", "ORG", "GPE", "GROUP"]),
              default=("PERSON",), show_default=True, help="Entity types to list (repeatable).")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True, help="Most people listed.")
@_output_options
def people_command(name: str | None, db: Path | None, types: tuple[str, ...], limit: int,
                   as_json: bool, as_csv: bool) -> None:
    """List people, or show the dossier of the one matching NAME (id, name or part of a name).

    A dossier gives posts with dates and sources, events, and who they met.

    \b
    Example:
      dateline people Rudenko
    """
    from dateline.store.queries import dossier, find_people

    with _reader(db) as store:
        found = find_people(store, name, types, limit=limit)
        exact = [p for p in found if name and (p["id"] == name or p["name"].lower() == name.lower())]
        chosen = exact[0] if len(exact) == 1 else (found[0] if name and len(found) == 1 else None)
        info = dossier(store, chosen["id"]) if chosen else None
    if info is None:
        _emit(found, ("id", "name", "type", "country", "documents", "aliases"), as_json, as_csv, title="people")
        return
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False))
        return
    posts = [{"post": p["title_text"] or p["title"], "country": p["country"], "as_of": p["as_of"],
              "start": p["start"], "end": p["end"], "published": p["document"]["published"],
              "doc_id": p["doc_id"], "evidence": p["evidence"]["text"]} for p in info["positions"]]
    if as_csv:
        _emit([_event_row(v) for v in info["events"]], EVENT_COLUMNS, False, True)
        return
    click.echo(f"{info['name']} ({info['type']}, {info['country'] or 'country unknown'}) {info['id']}")
    if info["aliases"]:
        click.echo("also: " + "; ".join(info["aliases"]))
    _emit(posts, ("post", "country", "as_of", "start", "end", "published", "doc_id", "evidence"),
          False, False, title="posts")
    _emit([_event_row(v) for v in info["events"]], EVENT_COLUMNS, False, False, title="events")
    _emit(info["met"], ("name", "country", "events", "id"), False, False, title="met")
    _emit(info["sources"], ("published", "title", "site", "doc_id", "url"), False, False, title="sources")


@click.command("events")
@_db_option
@click.option("--actor", default=None, help="An actor's id or part of its name.")
@click.option("--type", "type_", default=None, help="Event type (PLOVER or APPOINT, DISMISS, DIE, AWARD).")
@click.option("--country", default=None, help="ISO3 code of a state among the actors (e.g. RUS).")
@click.option("--with", "with_", default=None, help="Another actor: ISO3 code, id or part of a name.")
@click.option("--since", type=ISO_DATE, default=None, help="Only events ending on or after this date.")
@click.option("--until", type=ISO_DATE, default=None, help="Only events starting on or before this date.")
@click.option("--limit", type=click.IntRange(1, 100000), default=200, show_default=True, help="Most events.")
@_output_options
def events_command(db: Path | None, actor: str | None, type_: str | None, country: str | None,
                   with_: str | None, since: Any, until: Any, limit: int,
                   as_json: bool, as_csv: bool) -> None:
    """List stored events in date order, filtered by actor, type, countries and dates.

    \b
    Example:
      dateline events --type CONSULT --country RUS --with PRK --since 2025-01-01
    """
    from dateline.store.queries import find_events

    with _reader(db) as store:
        rows = find_events(store, actor=actor, type=type_, country=country, with_=with_, since=_iso(since),
                           until=_iso(until), limit=limit)
    if as_json:
        _emit(rows, (), True, False)
    else:
        _emit([_event_row(v) for v in rows], EVENT_COLUMNS, False, as_csv, title="events")


@click.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="jsonl: contract documents; csv/parquet: one flat table.")
@click.option("--table", type=click.Choice(["events", "positions", "entities", "documents"]), default="events",
              show_default=True, help="Which table csv/parquet write.")
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file (default stdout; parquet needs a file).")
def export_command(db: Path | None, fmt: str, table: str, out: str) -> None:
    """Export the store: documents as contract JSON Lines, or a flat table as CSV or Parquet.

    \b
    Example:
      dateline export --format parquet --table events --out events.parquet
    """
    from dateline.store import export

    if fmt == "parquet" and out == "-":
        raise click.UsageError("--format parquet needs --out FILE")
    with _reader(db) as store:
        if fmt == "parquet":
            n = export.write_parquet(store, out, table)
        else:
            with click.open_file(out, "w", encoding="utf-8") as stream:
                n = export.write_jsonl(store, stream) if fmt == "jsonl" else export.write_csv(store, stream, table)
    click.echo(f"exported {n} {'documents' if fmt == 'jsonl' else table + ' rows'}", err=True)


@click.command("serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (keep 127.0.0.1 unless"
              " you mean to share the store).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve_command(db: Path | None, host: str, port: int) -> None:
    """Serve the store as a web app (search, dossiers, timeline, graph, articles) and a JSON API under /api.

    \b
    Example:
      dateline serve --port 8000   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from dateline.serve.app import create_app

    with _reader(db):  # fail early, with one sentence, when the store is missing
        pass
    app = create_app(_db(db))
    click.echo(f"dateline is serving {_db(db)} at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
