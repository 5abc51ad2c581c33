"""Check that reading a ~200 MB input keeps memory bounded: archives and compressed pages are streamed."""

from __future__ import annotations

import gzip
import json
import resource
import tracemalloc
from pathlib import Path

import pytest

from dateline.model import Failure, RawPage
from dateline.read import iter_pages
from dateline.settings import Options

from .helpers import warc_bytes

TARGET_BYTES = 200 * 1024 * 1024
# Python allocations may peak at a few pages plus buffers; far below the input size.
MAX_PY_PEAK = 16 * 1024 * 1024
MAX_RSS_GROWTH = 96 * 1024 * 1024


def measure(paths: list[Path], opts: Options) -> tuple[int, int, int]:
    """Read everything, keeping nothing; return (items, Python peak bytes, RSS growth bytes)."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tracemalloc.start()
    count = 0
    try:
        for item in iter_pages([str(p) for p in paths], opts):
            assert isinstance(item, (RawPage, Failure))
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return count, peak, rss_after - rss_before


@pytest.mark.slow
def test_large_warc_gz_is_streamed(tmp_path: Path) -> None:
    body = b"<html><body>" + b"<p>The ministers met again and talked at length.</p>\n" * 2000 + b"</body></html>"
    member = warc_bytes([("https://example.org/page", 200, "text/html", body)], compress=True)
    copies = TARGET_BYTES // len(body) + 1
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as handle:
        for _ in range(copies):
            handle.write(member)  # gzip members concatenate into one valid archive
    count, peak, rss_growth = measure([path], Options())
    assert count == copies  # one page per response record (the warcinfo records are skipped)
    assert peak < MAX_PY_PEAK, f"Python peak {peak / 1e6:.1f} MB"
    assert rss_growth < MAX_RSS_GROWTH, f"RSS grew {rss_growth / 1e6:.1f} MB"


@pytest.mark.slow
def test_large_jsonl_and_compressed_page_are_streamed(tmp_path: Path) -> None:
    line = (json.dumps({"text": "Foreign ministers met on Tuesday. " * 300}) + "\n").encode()
    jsonl = tmp_path / "big.jsonl"
    with jsonl.open("wb") as handle:
        for _ in range(TARGET_BYTES // len(line) + 1):
            handle.write(line)
    zeros = tmp_path / "zeros.txt.gz"
    with gzip.open(zeros, "wb", compresslevel=1) as handle:
        chunk = b"\0" * (1 << 20)
        for _ in range(TARGET_BYTES // len(chunk)):
            handle.write(chunk)
    count, peak, rss_growth = measure([jsonl, zeros], Options(max_page_bytes=4 * 1024 * 1024))
    assert count == TARGET_BYTES // len(line) + 2
    assert peak < MAX_PY_PEAK, f"Python peak {peak / 1e6:.1f} MB"
    assert rss_growth < MAX_RSS_GROWTH, f"RSS grew {rss_growth / 1e6:.1f} MB"
