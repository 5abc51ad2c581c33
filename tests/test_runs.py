"""Test run directories: the spill of annotated pages, its fingerprint, and resuming a run that died late."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dateline.pipeline as pipeline
from dateline.model import Document, Failure, Source
from dateline.runs import DONE, SPILL, RunDir, default_run_dir, fingerprint
from dateline.settings import Options

ROOT = Path(__file__).resolve().parents[1]
PAGES = [str(ROOT / "examples" / "baltic-cable-pact.txt"), str(ROOT / "examples" / "fisheries-talks.txt"),
         str(ROOT / "examples" / "wire.jsonl")]


def _doc(n: int) -> Document:
    return Document(Source(f"p{n}.txt"), f"Body number {n}.", published="2025-03-18")


def test_a_run_dir_keeps_whole_lines_and_cuts_a_torn_one(tmp_path):
    with RunDir(tmp_path / "run") as run:
        run.append(_doc(1))
        run.append(Failure(Source("bad.txt"), "R001: file not found"))
    with (tmp_path / "run" / SPILL).open("a", encoding="utf-8") as f:
        f.write('{"ok": {"doc_id": "half')  # a writer killed mid-line
    with RunDir(tmp_path / "run") as run:
        assert run.count == 2 and not run.done
        assert [r.to_json() for r in run.results()] == [_doc(1).to_json(), Failure(Source("bad.txt"), "R001: file not found").to_json()]
        run.append(_doc(3))
        run.finish()
    with RunDir(tmp_path / "run") as run:
        assert run.done and run.count == 3
        run.remove()
    assert not (tmp_path / "run").exists()


def test_a_run_dir_in_use_gives_a_private_temporary_one(tmp_path):
    with RunDir(tmp_path / "run") as first, RunDir(tmp_path / "run") as second:
        assert second.temporary and second.folder != first.folder
        second.append(_doc(1))
        assert first.count == 0
    assert (tmp_path / "run").exists() and not second.folder.exists()


def test_fingerprint_follows_inputs_and_output_options_only(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("one", encoding="utf-8")
    base = fingerprint([str(tmp_path)], Options())
    assert base == fingerprint([str(tmp_path)], Options(jobs=4, batch_size=3))
    assert base != fingerprint([str(tmp_path)], Options(published_default="2025-01-01"))
    page.write_text("one two", encoding="utf-8")
    assert base != fingerprint([str(tmp_path)], Options())
    assert default_run_dir(["-"], Options()) is None


def _uninterrupted(nlp, tmp_path) -> list[dict[str, object]]:
    return [r.to_json() for r in pipeline.extract(PAGES, Options(), nlp=nlp, run_dir=tmp_path / "clean")]


def test_a_run_stopped_after_annotation_resumes_without_annotating(nlp, tmp_path, monkeypatch):
    expected = _uninterrupted(nlp, tmp_path)
    assert not (tmp_path / "clean").exists()  # removed once written
    run = tmp_path / "run"
    first = pipeline.extract(PAGES, Options(), nlp=nlp, run_dir=run)
    next(first)
    first.close()  # the writer died after annotation, before the output was written
    assert (run / DONE).exists()

    def no_annotation(*args, **kwargs):
        raise AssertionError("a resumed run annotated again")

    monkeypatch.setattr(pipeline, "annotate_batch", no_annotation)
    monkeypatch.setattr(pipeline, "load_nlp", no_annotation)
    assert [r.to_json() for r in pipeline.extract(PAGES, Options(), run_dir=run)] == expected
    assert not run.exists()


def test_a_run_killed_while_annotating_annotates_only_the_rest(nlp, tmp_path, monkeypatch):
    expected = _uninterrupted(nlp, tmp_path)
    run = tmp_path / "run"

    class Killed(Exception):
        pass

    def die(result):
        raise Killed

    with pytest.raises(Killed):
        list(pipeline.extract(PAGES, Options(batch_size=1), nlp=nlp, run_dir=run, on_result=die))
    assert len((run / SPILL).read_text(encoding="utf-8").splitlines()) == 1
    annotated = []
    real = pipeline.annotate_batch

    def counting(docs, nlp, opts):
        annotated.extend(docs)
        return real(docs, nlp, opts)

    monkeypatch.setattr(pipeline, "annotate_batch", counting)
    assert [r.to_json() for r in pipeline.extract(PAGES, Options(batch_size=1), nlp=nlp, run_dir=run)] == expected
    assert len(annotated) == len(expected) - 1


@pytest.mark.slow
def test_cli_run_killed_and_rerun_resumes_with_the_same_output(tmp_path, shared):
    pages = [str(p) for p in sorted((shared / "corpus" / "dev").glob("*.txt"))[:8]]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DATELINE_RUNS": str(tmp_path / "runs")}
    base = [sys.executable, "-m", "dateline", "extract", "--jsonl", "--batch-size", "1"]
    cmd = [*base, "-q", *pages]
    whole = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False).stdout
    assert len(whole.splitlines()) == 8 and not any((tmp_path / "runs").iterdir())
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 300
    spills: list[Path] = []
    while time.monotonic() < deadline and proc.poll() is None:
        spills = list((tmp_path / "runs").glob(f"*/{SPILL}"))
        if spills and len(spills[0].read_bytes().splitlines()) >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(spills[0].read_bytes().splitlines())
    assert 3 <= done_before < 8
    again = subprocess.run([*base, "-v", *pages], capture_output=True, text=True, env=env, check=False)
    assert again.stdout == whole
    assert f"{done_before} pages already annotated" in again.stderr
    assert not any((tmp_path / "runs").iterdir())
    assert all(json.loads(line)["doc_id"] for line in whole.splitlines())


def test_fingerprint_changes_when_dateline_itself_is_edited(tmp_path, monkeypatch):
    import dateline.runs as runs

    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    before = fingerprint([str(tmp_path)], Options())
    monkeypatch.setattr(runs, "_code_stamp", lambda: "an edited checkout")
    assert fingerprint([str(tmp_path)], Options()) != before


def test_fingerprint_follows_the_event_model_a_run_uses(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    monkeypatch.delenv("DATELINE_EVENT_MODEL", raising=False)
    monkeypatch.delenv("DATELINE_EVENT_NONE_WEIGHT", raising=False)
    shipped = fingerprint([str(tmp_path / "a.txt")], Options())
    model = tmp_path / "model"
    model.mkdir()
    (model / "model.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("DATELINE_EVENT_MODEL", str(model))
    other = fingerprint([str(tmp_path / "a.txt")], Options())
    assert other != shipped
    (model / "weights.npz").write_text("retrained", encoding="utf-8")
    assert fingerprint([str(tmp_path / "a.txt")], Options()) != other
    monkeypatch.setenv("DATELINE_EVENT_NONE_WEIGHT", "0.3")
    assert len({shipped, other, fingerprint([str(tmp_path / "a.txt")], Options())}) == 3
