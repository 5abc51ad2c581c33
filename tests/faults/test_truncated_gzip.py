"""Fault: a .warc.gz or .jsonl.gz cut short keeps every record complete before the cut, as the plain file does."""

from __future__ import annotations

import gzip
import json
import random
import string
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dateline.model import Failure, RawPage
from dateline.read import iter_pages
from dateline.settings import Options

from .helpers import article_html, article_text, error_codes, page_numbers, run_batch, warc_of

if TYPE_CHECKING:
    from spacy.language import Language

PAGES = 23


def _filler(seed: int, words: int) -> str:
    """Return words that gzip cannot shrink much, so a cut falls inside the data."""
    rng = random.Random(seed)
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(words))


def _jsonl() -> bytes:
    return "".join(json.dumps({"text": article_text(i) + _filler(i, 600)}) + "\n" for i in range(PAGES)).encode()


def _read(path: Path) -> list[RawPage | Failure]:
    return list(iter_pages([str(path)], Options()))


def _gzip_one_stream(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


@pytest.mark.parametrize("cut_from_end", [20, 2_000, 20_000])
def test_cut_jsonl_gz_keeps_every_complete_line(tmp_path: Path, cut_from_end: int) -> None:
    data = _gzip_one_stream(_jsonl())
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(data[:-cut_from_end])
    items = _read(path)
    # what the cut stream still holds, decompressed, read as a plain file
    held = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:-cut_from_end])
    plain = tmp_path / "wire.jsonl"
    plain.write_bytes(held)
    expected = sum(1 for line in held.splitlines(keepends=True) if line.endswith(b"\n"))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert len(pages) == expected > 0
    assert [p.content for p in pages] == [p.content for p in _read(plain) if isinstance(p, RawPage)][:expected]
    last = items[-1]
    assert isinstance(last, Failure) and last.error.startswith("R004")
    assert sum(isinstance(i, Failure) for i in items) == 1  # one error for the cut, not one more for its line


@pytest.mark.parametrize("per_record", [True, False])
def test_cut_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path, per_record: bool) -> None:
    pages = [(f"https://example.org/{i}", article_html(i) + f"<!-- {_filler(i, 600)} -->".encode(), []) for i in range(6)]
    plain = warc_of(pages, compress=False)
    data = warc_of(pages, compress=True) if per_record else _gzip_one_stream(plain)
    cut = len(data) * 5 // 6
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:cut])
    held = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:cut]) if not per_record else None
    items = _read(path)
    got = [i.source.url for i in items if isinstance(i, RawPage)]
    assert len(got) >= 4 and got == [f"https://example.org/{i}" for i in range(len(got))]
    assert isinstance(items[-1], Failure) and items[-1].error.startswith("R004")
    if held is not None:
        cut_plain = tmp_path / "cut.warc"
        cut_plain.write_bytes(held)
        assert got == [i.source.url for i in _read(cut_plain) if isinstance(i, RawPage)]


def test_cut_archive_in_a_batch_loses_nothing_else(tmp_path: Path, nlp: Language) -> None:
    before = tmp_path / "a.txt"
    before.write_text(article_text(100), encoding="utf-8")
    data = _gzip_one_stream("".join(json.dumps({"text": article_text(i)}) + "\n" for i in range(3)).encode())
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(data[:-4])  # the gzip trailer cut: every line is whole, the stream is not
    after = tmp_path / "c.txt"
    after.write_text(article_text(200), encoding="utf-8")
    results = run_batch([before, cut, after], nlp)
    assert error_codes(results) == ["R004"]
    assert page_numbers(results) == [100, 0, 1, 2, 200]


def test_the_shipped_example_archive_cut_at_3000_bytes_keeps_its_first_page(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "news.warc.gz"
    path = tmp_path / "news.warc.gz"
    path.write_bytes(example.read_bytes()[:3000])
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawPage", "Failure"]
    assert isinstance(items[-1], Failure) and items[-1].error.startswith("R004")
