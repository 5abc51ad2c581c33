"""Test that the three engines (extract, the Ray engine, the store) agree on entity and occurrence ids.

The seeds and dev pages are extracted once (``seed_run``); the Ray engine's reduce step
resolves the same annotated pages arriving in another order, and (slow) the whole Ray engine
runs them with one worker; the store ingests the extract output, the Ray shards and,
separately, the pages themselves. Every document must come out with the same global entity
ids and the same occurrence ids in all of them (one resolution path, one occurrence rule);
the store's JSON Lines export must give back the run's output exactly (one serialisation)
and its flat tables the shards' rows (one column layout).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Document, Failure
from dateline.settings import Options
from dateline.store.db import Store

Ids = dict[str, tuple[dict[str, str], dict[str, str | None]]]
"""Per doc_id: (entity id per mention offset, occurrence per event id)."""


def _ids_of(results: list[Document | Failure]) -> Ids:
    out: Ids = {}
    for doc in results:
        if isinstance(doc, Document):
            entities = {f"{m.where}:{m.caption}:{m.start}": e.id for e in doc.entities for m in e.mentions}
            out[doc.doc_id] = (entities, {ev.id: ev.occurrence for ev in doc.events})
    return out


def _ids_in_store(db: Path) -> Ids:
    out: Ids = {}
    with Store.reader(db) as store:
        global_of = {(r["doc_id"], r["local_id"]): r["global_id"]
                     for r in store.execute("SELECT doc_id, local_id, global_id FROM entities")}
        for r in store.execute("SELECT doc_id, local_id, start, place, caption FROM mentions"):
            out.setdefault(r["doc_id"], ({}, {}))[0][f"{r['place']}:{r['caption']}:{r['start']}"] = \
                global_of[(r["doc_id"], r["local_id"])]
        for r in store.execute("SELECT doc_id, local_id, occurrence FROM events"):
            out.setdefault(r["doc_id"], ({}, {}))[1][r["local_id"]] = r["occurrence"]
    return out


def _rows(table: Any, drop: Sequence[str] = ()) -> list[str]:
    """A pyarrow table's rows as sorted JSON strings, without the ``drop`` columns (order-free comparison)."""
    kept = table.drop_columns([c for c in drop if c in table.column_names])
    return sorted(json.dumps(row, sort_keys=True) for row in kept.to_pylist())


def _assert_export_holds_the_shards(db: Path, shard_dir: str, tmp_path: Path) -> None:
    """The store's ``export --format parquet`` tables hold exactly the shards' rows, in the same layout.

    Only ``json`` (the whole contract object, whose lists the store orders by id) and the
    shards' two ordering keys are left out of the comparison.
    """
    import pyarrow.parquet as pq

    from dateline.scale.shards import KEYS, read_table
    from dateline.store.export import write_parquet
    from dateline.tables import TABLES

    with Store.reader(db) as store:
        for table in TABLES:
            out = tmp_path / f"{table}.parquet"
            write_parquet(store, out, table)
            exported, sharded = pq.read_table(out), read_table(shard_dir, table)
            assert sharded.drop_columns(KEYS.names).schema.equals(exported.schema), table
            assert _rows(exported, ["json"]) == _rows(sharded, [*KEYS.names, "json"]), table


def _assert_export_is_the_run(db: Path, results: list[Document | Failure]) -> None:
    """The store's JSON Lines export gives back every document exactly as the run wrote it (one serialisation)."""
    import io

    from dateline.store.export import write_jsonl

    out = io.StringIO()
    with Store.reader(db) as store:
        write_jsonl(store, out)
    exported = {d["doc_id"]: d for d in map(json.loads, out.getvalue().splitlines())}
    assert exported == {r.doc_id: r.to_json() for r in results if isinstance(r, Document)}


def _linked(ids: Ids) -> int:
    """Count occurrences reported by more than one document (so the comparison is not vacuous)."""
    docs_of: dict[str, set[str]] = {}
    for doc_id, (_, occ) in ids.items():
        for o in occ.values():
            docs_of.setdefault(str(o), set()).add(doc_id)
    return sum(1 for d in docs_of.values() if len(d) > 1)


def test_extract_ray_reduce_and_store_agree_on_ids(seed_run: Any, tmp_path: Path) -> None:
    from dateline.scale.reduce import reduce_spill, spill_rows
    from dateline.scale.shards import read_keyed
    from dateline.store.ingest import ingest_results

    annotated, results = seed_run
    local = _ids_of(results)
    assert _linked(local) >= 5

    rows = [(i, 0, json.dumps(r.to_json())) for i, r in enumerate(annotated)]
    spill = spill_rows(reversed(rows), str(tmp_path / "spill"), rows_per_part=7)
    reduce_spill(spill, str(tmp_path / "shards"))
    ray = _ids_of([k.result for k in read_keyed(str(tmp_path / "shards"))])
    assert ray == local

    db = tmp_path / "run.db"
    ingest_results(db, results)
    assert _ids_in_store(db) == local
    _assert_export_is_the_run(db, results)
    _assert_export_holds_the_shards(db, str(tmp_path / "shards"), tmp_path)


@pytest.mark.ray
@pytest.mark.slow
def test_extract_the_ray_engine_and_the_store_agree_on_ids(seed_run: Any, seed_paths: list[str],
                                                          tmp_path: Path) -> None:
    """Issue 14: the Ray engine itself (one worker), fed the same pages, gives extract's ids; so does its store."""
    pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[ray]'")
    from dateline.ingest import ingest_parquet
    from dateline.scale.ray import extract_ray
    from dateline.scale.shards import read_results

    _, results = seed_run
    local = _ids_of(results)
    summary = extract_ray(seed_paths, Options(), str(tmp_path / "shards"), num_workers=1)
    assert summary.pages == len(results)
    assert _ids_of(list(read_results(summary.out_dir))) == local
    db = tmp_path / "ray.db"
    ingest_parquet(db, summary.out_dir)
    assert _ids_in_store(db) == local
    _assert_export_is_the_run(db, results)
    _assert_export_holds_the_shards(db, summary.out_dir, tmp_path)


@pytest.mark.slow
def test_ingesting_pages_in_batches_links_as_one_run(seed_run: Any, seed_paths: list[str], tmp_path: Path) -> None:
    """The store ingests files 16 at a time, each batch a run; after linking, its ids equal one extract run's."""
    from dateline.ingest import ingest_paths

    _, results = seed_run
    db = tmp_path / "pages.db"
    ingest_paths(db, seed_paths, Options())
    stored, local = _ids_in_store(db), _ids_of(results)
    assert stored == local
