"""Define the ``dateline timex`` command: tag and normalize the timexes of TempEval-style JSONL documents."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from typing import IO, Any, TextIO

import click

from dateline.dates.timeml import timeml_records

LOGGER = logging.getLogger(__name__)


def tag_jsonl(lines: IO[str], out: IO[str]) -> int:
    """Read documents {"doc", "dct", "text"} line by line and write {"doc", "timexes"} per document.

    Returns the number of documents written. A document without a usable ``dct`` is tagged with
    relative values left unresolved (anchored at no date is impossible for TIMEX3, so it is skipped
    with a warning rather than resolved against today's date).
    """
    count = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        doc: dict[str, Any] = json.loads(line)
        try:
            dct = date.fromisoformat(str(doc.get("dct"))[:10])
        except ValueError:
            LOGGER.warning("line %s: document %s has no creation date; skipped", number, doc.get("doc"))
            continue
        timexes = timeml_records(doc.get("text", ""), dct)
        out.write(json.dumps({"doc": doc.get("doc"), "timexes": timexes}, ensure_ascii=False) + "\n")
        count += 1
    return count


@click.command("timex")
@click.option("--jsonl", "jsonl_path", required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="JSONL documents with doc, dct (YYYY-MM-DD) and text fields; - for stdin.")
@click.option("-o", "--output", type=click.File("w"), default="-", show_default=True,
              help="Where to write the predictions (JSONL, one object per document).")
def timex_command(jsonl_path: str, output: TextIO) -> None:
    """Find and normalize temporal expressions (TIMEX3 values) in JSONL documents.

    \b
    Example:
      dateline timex --jsonl ../shared/bench/tempeval3/platinum.jsonl > pred.jsonl
      python ../shared/tools/score_timex.py pred.jsonl
    """
    with click.open_file(jsonl_path, encoding="utf-8") as lines:
        count = tag_jsonl(lines, output)
    click.echo(f"{count} documents tagged", err=True)
    sys.exit(0)
