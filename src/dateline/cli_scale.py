"""Define the ``dateline shards`` command: print a shard folder (from ``extract --out``) as JSON Lines."""

from __future__ import annotations

import json
import logging
import sys
from typing import IO

import click

from dateline.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE

from dateline.model import Failure
from dateline.scale.shards import read_results, read_table, shard_files
from dateline.tables import TABLES

LOGGER = logging.getLogger(__name__)


def dump_shards(out_dir: str, table: str, out: IO[str]) -> tuple[int, int]:
    """Write a shard folder's table to ``out`` as JSON Lines, in input order; return (rows, failures).

    The ``documents`` table is written as the contract's objects (what ``extract --jsonl``
    prints); the other tables as their flat rows.

    Raises:
        ValueError: when ``table`` is not one of ``TABLES``.
    """
    rows = failures = 0
    if table == "documents":
        for result in read_results(out_dir):
            out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
            rows += 1
            failures += isinstance(result, Failure)
        return rows, failures
    for row in read_table(out_dir, table).to_pylist():
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        rows += 1
    return rows, failures


@click.command("shards")
@click.argument("out_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@click.option("--table", type=click.Choice(TABLES), default="documents", show_default=True,
              help="Which table to print: documents as contract objects, the others as flat rows.")
def shards_command(out_dir: str, table: str) -> None:
    """Print the Parquet shards that `extract --out DIR` wrote, as JSON Lines in input order.

    Exit status 1 when some documents failed (as for `extract`), 2 when DIR holds no shards.

    Example: dateline extract --engine ray --out run1 pages/ && dateline shards run1 > run1.jsonl
    """
    if not shard_files(out_dir, table):
        click.echo(f"Error: {out_dir} holds no '{table}' shards (expected {out_dir}/{table}/part-*.parquet).",
                   err=True)
        sys.exit(EXIT_USAGE)
    rows, failures = dump_shards(out_dir, table, sys.stdout)
    LOGGER.info("%d rows, %d failures from %s", rows, failures, out_dir)
    sys.exit(EXIT_FAILED if failures else EXIT_OK)
