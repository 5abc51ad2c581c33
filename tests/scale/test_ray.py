"""Test the Ray engine: same records as the local engine, error rows for poison pages, retried dead workers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from dateline.errors import ConfigError
from dateline.model import Document, Failure
from dateline.pipeline import extract
from dateline.scale.ray import extract_ray, import_ray, input_files
from dateline.scale.shards import read_results
from dateline.settings import Options
from generated import generated_lines

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
"""The dev corpus of the shared material beside the checkout (see ``tests/conftest.py``)."""

# Markers that the test workers' stage wrappers react to (see ``_setup_hook``).
POISON_CLEAN = "dateline-test-poison-clean"
POISON_ANNOTATE = "dateline-test-poison-annotate"
DIE_ONCE = "dateline-test-die-once"


def _article(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}"
        f"</article><footer>All rights reserved.</footer></body></html>"
    )


def _dev_articles(dev: Path, limit: int) -> list[tuple[str, str]]:
    """Turn dev pages into HTML articles: (title, html), so the WARC holds real news prose."""
    out = []
    for path in sorted(dev.glob("*.txt"))[:limit]:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 80]
        out.append((lines[0][:70], _article(lines[0][:70], lines[:12])))
    return out


def write_warc(path: Path, pages: list[tuple[str, str]]) -> str:
    """Write HTML pages as gzipped WARC response records, one per (url slug, html)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (_, html) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example.org/story/{n}", "response",
                payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-03-07T09:15:00Z"},
            )
            writer.write_record(record)
    return str(path)


def _setup_hook_factory(flag: str):  # type: ignore[no-untyped-def]
    """Build a Ray worker setup hook that wraps the stage internals so that marked pages misbehave."""

    def hook() -> None:
        import dateline.annotate
        import dateline.clean

        real_clean = dateline.clean.clean
        real_parse = dateline.annotate.parse_documents

        def clean(page, opts, templates=None):  # type: ignore[no-untyped-def]
            if POISON_CLEAN in page.content:
                raise RuntimeError("poison page for the cleaner")
            return real_clean(page, opts, templates)

        def parse_documents(docs, nlp, opts):  # type: ignore[no-untyped-def]
            if any(POISON_ANNOTATE in d.body for d in docs):
                raise RuntimeError("poison page for the annotator")
            if any(DIE_ONCE in d.body for d in docs) and not os.path.exists(flag):
                Path(flag).write_text("died", encoding="utf-8")
                os._exit(1)  # the worker process dies mid-batch, as on an OOM kill
            return real_parse(docs, nlp, opts)

        dateline.clean.clean = clean
        dateline.annotate.parse_documents = parse_documents

    return hook


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):  # type: ignore[no-untyped-def]
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[ray]'")
    flag = str(tmp_path_factory.mktemp("ray") / "died-once")
    ray.init(
        num_cpus=2, object_store_memory=200 * 1024 * 1024, include_dashboard=False,
        log_to_driver=False, runtime_env={"worker_process_setup_hook": _setup_hook_factory(flag)},
    )
    yield flag
    ray.shutdown()


@pytest.fixture(scope="module")
def dev() -> Path:
    """The dev corpus folder; the tests that read it are skipped where the shared material is absent."""
    if not DEV.is_dir():
        pytest.skip(f"shared dev corpus not found at {DEV}")
    return DEV


@pytest.fixture(scope="module")
def opts() -> Options:
    return Options(batch_size=4)


@pytest.mark.ray
@pytest.mark.slow
def test_ray_records_equal_local_engine(ray_cluster, opts, dev, tmp_path):  # type: ignore[no-untyped-def]
    warc = write_warc(tmp_path / "generated.warc.gz", _dev_articles(dev, 4))
    paths = [str(dev), warc]
    local = [r.to_json() for r in extract(paths, opts)]
    summary = extract_ray(paths, opts, str(tmp_path / "out"), num_workers=2, batch_size=3)
    got = [r.to_json() for r in read_results(summary.out_dir)]
    assert summary.pages == len(local) == len(list(dev.glob("*.txt"))) + 4
    key = lambda r: (r["source"]["path"], str(r["source"]["record"]))  # noqa: E731
    assert sorted(got, key=key) == sorted(local, key=key)
    assert got == local  # and the shards are already in input order


@pytest.mark.ray
@pytest.mark.slow
def test_ray_cuts_the_site_furniture_that_the_local_engine_cuts(ray_cluster, opts, tmp_path):  # type: ignore[no-untyped-def]
    menu = [f"Section {n}" for n in range(25)]
    bio = ("Jane Roe writes about cities and their budgets for the Daily Example, and before that she covered "
           "transport and housing for a decade at regional papers across the country.")
    for topic in ("Springfield", "Shelbyville"):
        body = [f"The council of {topic} approved its new budget on Tuesday after a long and heated debate, "
                f"officials said, and the mayor of {topic} promised to publish the full figures within a week.",
                f"Opponents in {topic} said the plan cut too deeply into libraries and parks, while supporters "
                "argued that the city had no other way to close a gap left by falling tax receipts this year."]
        page = [*menu, f"{topic} Approves Its Budget", *body, bio, "Copyright Daily Example"]
        (tmp_path / f"{topic}.txt").write_text("\n".join(page), encoding="utf-8")
    paths = [str(tmp_path / "Springfield.txt"), str(tmp_path / "Shelbyville.txt")]
    local = [r.to_json() for r in extract(paths, opts)]
    summary = extract_ray(paths, opts, str(tmp_path / "out"), num_workers=2, batch_size=1)
    got = [r.to_json() for r in read_results(summary.out_dir)]
    assert got == local and len(got) == 2
    assert all("Jane Roe" not in r["body"] and "council" in r["body"] for r in got)


@pytest.mark.ray
@pytest.mark.slow
def test_poison_pages_become_error_rows_and_dead_worker_is_retried(ray_cluster, opts, dev, tmp_path):  # type: ignore[no-untyped-def]
    (title, html), = _dev_articles(dev, 1)
    pages = [
        ("good", html),
        ("clean", _article("Poison one", [f"{POISON_CLEAN} " + "words " * 40])),
        ("annotate", html.replace("</h1>", f"</h1><p>{POISON_ANNOTATE} " + "words " * 40 + "</p>")),
        ("die", html.replace("</h1>", f"</h1><p>{DIE_ONCE} " + "words " * 40 + "</p>")),
    ]
    warc = write_warc(tmp_path / "poison.warc.gz", pages)
    summary = extract_ray([warc], opts, str(tmp_path / "out"), num_workers=1, batch_size=4)
    results = list(read_results(summary.out_dir))
    assert [type(r) for r in results] == [Document, Failure, Failure, Document]
    assert "clean: unexpected RuntimeError" in results[1].error
    assert "annotate: unexpected RuntimeError" in results[2].error
    assert (summary.documents, summary.failures) == (2, 2)
    assert os.path.exists(ray_cluster), "the die-once page never reached a worker"
    assert DIE_ONCE in results[3].body


def test_stdin_is_refused():
    with pytest.raises(ConfigError) as err:
        input_files(["-"])
    assert err.value.code == "G004"


def test_empty_folder_is_kept_for_its_reader(tmp_path):
    assert input_files([str(tmp_path)]) == [str(tmp_path)]


def test_folders_expand_in_local_order(dev):  # type: ignore[no-untyped-def]
    files = input_files([str(dev)])
    assert files == sorted(files) and len(files) == len(list(dev.glob("*.txt")))


def test_bad_worker_count_is_refused(tmp_path):
    with pytest.raises(ConfigError) as err:
        extract_ray([str(tmp_path)], Options(), str(tmp_path), num_workers=0)
    assert err.value.code == "G001"


def test_missing_ray_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ConfigError) as err:
        import_ray()
    assert err.value.code == "G003"


def _generated_rows(count: int, seed: int) -> list[tuple[int, int, str]]:
    """Annotated records from ``bench/make_corpus.py`` as spill rows, in a shuffled order."""
    import random

    rows = [(n // 100, n % 100, line) for n, line in enumerate(generated_lines(count, seed))]
    random.Random(seed).shuffle(rows)
    return rows


@pytest.mark.ray
@pytest.mark.slow
def test_ray_reduce_equals_local_reduce_on_generated_records(ray_cluster, tmp_path):  # type: ignore[no-untyped-def]
    from dateline.scale.ray import reduce_on_ray
    from dateline.scale.reduce import reduce_spill, spill_rows

    spill = spill_rows(_generated_rows(3000, 11), str(tmp_path / "spill"), rows_per_part=500)
    assert (spill.pages, spill.failures, len(spill.parts)) == (3000, 0, 6)
    reduce_spill(spill, str(tmp_path / "local"))
    reduce_on_ray(spill, str(tmp_path / "ray"))
    local = [r.to_json() for r in read_results(str(tmp_path / "local"))]
    got = [r.to_json() for r in read_results(str(tmp_path / "ray"))]
    assert len(got) == 3000 and got == local
    occurrences = [ev["occurrence"] for doc in local for ev in doc["events"]]
    assert len(set(occurrences)) < len(occurrences)  # reports of one event were linked across outlets


@pytest.mark.ray
@pytest.mark.slow
def test_ray_blocks_keep_block_order(ray_cluster):  # type: ignore[no-untyped-def]
    from dateline.scale.ray import ray_blocks

    assert ray_blocks(len, [[1] * n for n in range(300)]) == list(range(300))
    assert ray_blocks(len, []) == []
    assert ray_blocks(len, [[1, 2]]) == [2]  # one block runs in the calling process


@pytest.mark.ray
@pytest.mark.slow
def test_site_furniture_is_one_object_per_site(ray_cluster, opts, tmp_path):  # type: ignore[no-untyped-def]
    import ray

    from dateline.clean import find_templates
    from dateline.pipeline import read_pages
    from dateline.scale.furniture import SiteFurniture, furniture_on_ray

    menu = [f"Section {n}" for n in range(25)]
    for site in ("news", "blog", "alone"):
        for topic in (("Springfield", "Shelbyville") if site != "alone" else ("Ogdenville",)):
            (tmp_path / site).mkdir(exist_ok=True)
            text = [*menu, f"{topic} budget", f"The council of {topic} approved its budget on Tuesday.",
                    f"The mayor of {topic} promised to publish the figures.", f"Opponents in {topic} objected.",
                    f"About the {site} desk: we cover city halls and their budgets every week."]
            (tmp_path / site / f"{topic}.txt").write_text("\n".join(text), encoding="utf-8")
    files = [str(p) for p in sorted(tmp_path.glob("*/*.txt"))]
    refs = furniture_on_ray(files, opts, 2)
    assert refs is not None and sorted(refs) == [str(tmp_path / "blog"), str(tmp_path / "news")]
    local = find_templates(read_pages(files, opts))
    for site, ref in refs.items():
        index = ray.get(ref)
        assert index.shared == {k: v for k, v in local.shared.items() if k.startswith(site + "/")}
    furniture = SiteFurniture(refs)
    for page in read_pages(files, opts):
        got = furniture.of(page.source)
        assert (got.of(page.source) if got else frozenset()) == local.of(page.source)
