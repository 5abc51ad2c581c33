"""Test the ``dateline shards`` command on shards written from hand-built documents."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli_scale import shards_command
from dateline.model import Document, Entity, Failure, Source, Span
from dateline.scale.shards import Keyed, write_shards


def _write(tmp_path) -> list[Keyed]:  # type: ignore[no-untyped-def]
    items = [
        Keyed(0, 0, Document(Source("a.txt"), "Minister \"Kim\" <b>spoke</b>.",
                             entities=(Entity("e:kim", "PERSON", "Kim", mentions=(Span(10, 13),)),))),
        Keyed(0, 1, Failure(Source("a.txt", record=1), "C001: no article text found in the page")),
        Keyed(1, 0, Document(Source("b.txt"), "A second article.")),
    ]
    write_shards(list(reversed(items)), str(tmp_path), rows_per_shard=2)
    return items


def test_documents_print_as_contract_objects_in_order(tmp_path):
    items = _write(tmp_path)
    result = CliRunner().invoke(shards_command, [str(tmp_path)])
    assert result.exit_code == 1  # one page failed, as `extract` reports it
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [k.result.to_json() for k in items]


def test_flat_table(tmp_path):
    _write(tmp_path)
    result = CliRunner().invoke(shards_command, [str(tmp_path), "--table", "entities"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["n_mentions"]) for r in rows] == [("e:kim", 1)]


def test_folder_without_shards_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(shards_command, [str(tmp_path)])
    assert result.exit_code == 2
    assert "holds no 'documents' shards" in result.stderr
