"""Test the local process pool (``--jobs N``): the same output as one process, order kept, no page lost."""

from __future__ import annotations

import io
import json
import pickle
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.errors import ConfigError, StoreError
from dateline.model import Document, Failure, Result, Source
from dateline.pipeline import extract
from dateline.scale.local import LocalPool, chunks, extract_local, jobs_for
from dateline.settings import Options

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _lines(results: list[Result]) -> list[str]:
    return [json.dumps(r.to_json(), ensure_ascii=False) for r in results]


@pytest.fixture(scope="module")
def one_process(nlp: Any) -> list[str]:
    """The example pages (plus a missing file) through one process."""
    return _lines(list(extract([str(EXAMPLES), str(EXAMPLES / "missing.txt")], Options(), nlp=nlp)))


def test_two_jobs_give_the_output_of_one_process(one_process: list[str]) -> None:
    # one page per task, so the pages of the run are spread over both workers and come back out of order
    opts = Options(jobs=2, pages_per_task=1)
    pools: list[LocalPool] = []
    real_init = LocalPool.__init__

    def counted(self: LocalPool, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        pools.append(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LocalPool, "__init__", counted)
        many = _lines(list(extract_local([str(EXAMPLES), str(EXAMPLES / "missing.txt")], opts)))
    assert many == one_process
    assert len(pools) == 1 and pools[0]._executor is None  # the run had its own pool, stopped once it was done
    assert len(many) >= 7 and "R001" in many[-1] and "R001" not in many[-2]
    assert sum('"events": [{' in line for line in many) >= 5


def test_a_pool_serves_several_runs_and_reports_progress(one_process: list[str]) -> None:
    seen: list[Result] = []
    with LocalPool(Options(jobs=2, pages_per_task=2)) as pool:
        assert pool.start() == 2  # both workers up and warm
        first = _lines(list(extract([str(EXAMPLES)], pool.opts, pool=pool, on_result=seen.append)))
        second = _lines(list(extract([str(EXAMPLES / "wire.jsonl")], pool.opts, pool=pool)))
    assert first == one_process[:-1] and len(seen) == len(first)
    assert [json.loads(x)["title"] for x in second] == [json.loads(x)["title"] for x in first
                                                        if json.loads(x)["source"]["path"].endswith("wire.jsonl")]


def test_a_dead_worker_loses_no_page(nlp: Any, one_process: list[str]) -> None:
    """A chunk whose worker died is cleaned and annotated in the calling process, and so is the rest."""
    from dateline.pipeline import read_pages

    pool = LocalPool(Options(jobs=2))
    pages = list(read_pages([str(EXAMPLES)], pool.opts))
    broken: Future[list[Result]] = Future()
    broken.set_exception(BrokenProcessPool("killed"))
    done = pool._collect(pages, broken, None)
    assert pool._broken and pool._submit(pages, None) is None
    assert [r.title for r in done if isinstance(r, Document)] == [json.loads(x)["title"] for x in one_process[:-1]]


def test_jobs_0_means_one_per_cpu() -> None:
    import os

    assert jobs_for(0) == (os.cpu_count() or 1) and jobs_for(3) == 3


def test_jobs_below_one_is_a_coded_error() -> None:
    with pytest.raises(ConfigError) as caught:
        LocalPool(Options(), jobs=0)
    assert caught.value.code == "G001"


def test_chunks_keep_order_and_size() -> None:
    failures = [Failure(Source(f"{i}.txt", None, None), "R001") for i in range(5)]
    assert [len(c) for c in chunks(failures, 2)] == [2, 2, 1]
    assert [x for c in chunks(failures, 2) for x in c] == failures


def test_errors_cross_processes_intact() -> None:
    """A coded error raised in a worker (e.g. G002, model missing) arrives with its code and message."""
    error = pickle.loads(pickle.dumps(ConfigError("G002", model="xx_missing")))
    assert isinstance(error, ConfigError) and error.code == "G002" and str(error).count("G002") == 1
    assert pickle.loads(pickle.dumps(StoreError("S005", what="person", key="e:x"))).params["key"] == "e:x"


def test_a_missing_model_is_reported_from_the_workers() -> None:
    from dateline.cli import main

    one = CliRunner().invoke(main, ["extract", "--model", "xx_no_such_pipeline", str(EXAMPLES)])
    result = CliRunner().invoke(main, ["extract", "--jobs", "2", "--model", "xx_no_such_pipeline", str(EXAMPLES)])
    assert result.exit_code == one.exit_code != 0 and "G002" in result.output and result.output == one.output


def test_jobs_is_refused_with_the_ray_engine() -> None:
    from dateline.cli import main

    result = CliRunner().invoke(main, ["extract", "--jobs", "2", "--engine", "ray", "--out", "x", str(EXAMPLES)])
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.slow
def test_cli_jobs_2_prints_what_jobs_1_prints(shared: Path) -> None:
    """``extract --jobs 2`` on the example, seed and dev pages writes byte for byte what one process writes."""
    from dateline.cli import main

    paths = [str(EXAMPLES), str(shared / "seeds"), str(shared / "corpus" / "dev")]
    one = CliRunner().invoke(main, ["extract", "-q", "--jsonl", *paths])
    two = CliRunner().invoke(main, ["extract", "-q", "--jobs", "2", "--jsonl", *paths])
    assert one.exit_code == two.exit_code == 0, two.output[-2000:]
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) >= 42


@pytest.mark.slow
def test_ingest_with_jobs_stores_what_one_process_stores(tmp_path: Path) -> None:
    from dateline.store.db import Store
    from dateline.store.export import write_jsonl
    from dateline.ingest import ingest_paths

    exported = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        report = ingest_paths(db, [str(EXAMPLES)], Options(jobs=jobs), files_per_batch=2)
        assert report.documents >= 6 and not report.failures
        out = io.StringIO()
        with Store.reader(db) as store:
            write_jsonl(store, out)
        exported.append(out.getvalue())
    assert exported[0] == exported[1]
