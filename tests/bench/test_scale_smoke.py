"""Run bench/scale.py on three pages with one Ray worker, as a smoke test (the script is not imported)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.ray
@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed: pip install -e '.[ray]'")
def test_scale_bench_runs_on_three_pages():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--copies", "1", "--limit", "3", "--workers", "1",
         "--no-record"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # the table's system column is 28 characters wide, then the page count
    pages = {line[:28].strip(): line[28:].split()[0] for line in done.stdout.splitlines()[1:]}
    assert pages == {"baseline: read only": "3", "local engine (1 process)": "3", "ray engine, 1 worker": "3"}


@pytest.mark.ray
@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed: pip install -e '.[ray]'")
def test_scale_bench_reduces_generated_records_locally_and_on_ray():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--reduce", "300", "--workers", "1", "--no-record"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line for line in done.stdout.splitlines() if "ms/record" in line]
    assert [r.split("  ")[0].strip() for r in rows] == ["reduce, local", "reduce, ray, 1 worker"]
    assert all(" 300 records" in r for r in rows)
    # CPU seconds per record: the local process's, or every process of the Ray cluster's (sampled from /proc)
    assert all(0 < float(r.split(" CPU ")[1].split()[0]) < 1000 for r in rows)
    assert all(" load " in r for r in rows)


def test_steps_table_prints_wall_and_cpu_per_record_of_each_log(tmp_path):
    import json

    logs = []
    for records, scale in ((1000, 1.0), (4000, 2.0)):
        path = tmp_path / f"steps-{records}.jsonl"
        lines = [{"step": "spill", "jobs": 1, "start": 0.0, "seconds": 1.0, "records": records},
                 {"step": "_prepare", "jobs": 1, "start": 10.0, "seconds": 2.0 * scale, "cpu_at": 1.0, "cpu": 1.0 * scale},
                 {"step": "_apply_part", "jobs": 1, "start": 13.0 + 2.0 * scale, "seconds": 1.0, "cpu_at": 5.0, "cpu": 0.5}]
        path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        logs.append(str(path))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--steps-table", *logs],
                          capture_output=True, text=True, timeout=120, check=True)
    rows = {line[:34].strip(): line[34:].split() for line in done.stdout.splitlines()[2:]}
    assert rows["_prepare"] == ["2000", "1000", "1000", "500"]  # µs per record: wall, CPU of each log
    assert rows["gap before _apply_part"] == ["3000", "3000", "750", "500"]  # the merge between two steps
    assert rows["total"] == ["6000", "4500", "2000", "1125"]


def test_blocks_reports_the_largest_name_block_and_its_share_of_the_run():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--blocks", "1500", "--no-record"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("name blocks"))
    assert " 1500 records:" in line
    records, groups, blocks = (int(line.split(word)[0].split()[-1]) for word in (" person records", " groups,", " blocks;"))
    assert records > groups > blocks > 1  # several spellings per group, several groups per block
    largest = int(line.split("largest ")[1].split()[0])
    assert 1 < largest < groups  # a block of several groups, not the whole run
