"""Test how inputs are found and opened: folders, stdin, gzip, format sniffing and the size limit."""

from __future__ import annotations

import gzip
import shutil
import time
from pathlib import Path

import pytest

from dateline.model import RawPage
from dateline.read import iter_pages
from dateline.read.files import expand_paths, format_of, sniff_format
from dateline.settings import Options

from .helpers import codes, read_all


def test_folders_recurse_in_sorted_order_and_skip_hidden_files(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "z").mkdir(parents=True)
    for rel in ["b/1.txt", "a/z/2.txt", "a/3.txt", "0.txt", ".hidden.txt", "make.py", "README.md"]:
        shutil.copy(data_dir / "page.txt", tmp_path / rel)
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert found == ["0.txt", "a/3.txt", "a/z/2.txt", "b/1.txt"]


def test_a_named_file_is_read_whatever_its_name(tmp_path: Path, data_dir: Path) -> None:
    shutil.copy(data_dir / "page.txt", tmp_path / "notes.md")
    assert codes(read_all([tmp_path / "notes.md"])) == ["page"]
    assert codes(read_all([tmp_path])) == ["R002"]  # the folder holds nothing to read


def test_inputs_keep_their_order_and_failures_do_not_stop_the_run(data_dir: Path) -> None:
    paths = [data_dir / "page.txt", data_dir / "missing.txt", data_dir / "empty.txt", data_dir / "sample.warc.gz"]
    items = read_all(paths)
    assert codes(items) == ["page", "R001", "R002", "page", "page"]
    assert items[1].source.path.endswith("missing.txt")


def test_stdin_is_read_as_bytes_and_sniffed(data_dir: Path) -> None:
    [page] = read_all(["-"], stdin=(data_dir / "page.txt.gz").read_bytes())
    assert isinstance(page, RawPage) and page.source.path == "-" and page.kind == "text"
    assert codes(read_all(["-"], stdin=b"")) == ["R002"]


def test_gzip_is_recognised_by_content_not_name(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(gzip.compress((data_dir / "page.txt").read_bytes()))
    [page] = read_all([path])
    assert isinstance(page, RawPage) and "Marchand" in page.content


@pytest.mark.parametrize(("name", "code"), [("not-gzip.txt.gz", "R004"), ("truncated.txt.gz", "R004")])
def test_bad_gzip_is_r004(data_dir: Path, name: str, code: str) -> None:
    assert codes(read_all([data_dir / name])) == [code]


def test_page_over_the_limit_is_refused_from_its_size_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB on paper, nothing to read
    started = time.perf_counter()
    [failure] = read_all([path])
    assert codes([failure]) == ["R008"]
    assert time.perf_counter() - started < 1.0


def test_compressed_page_over_the_limit_is_r008(tmp_path: Path) -> None:
    path = tmp_path / "big.html.gz"
    path.write_bytes(gzip.compress(b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>"))
    assert codes(read_all([path], Options(max_page_bytes=2000))) == ["R008"]


def test_a_folder_given_twice_is_read_twice(data_dir: Path, tmp_path: Path) -> None:
    shutil.copy(data_dir / "page.txt", tmp_path / "one.txt")
    assert codes(list(iter_pages([str(tmp_path), str(tmp_path)], Options()))) == ["page", "page"]


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.warc.gz", b"", "warc"),
        ("a.JSONL", b"", "jsonl"),
        ("a.htm", b"", "html"),
        ("a.txt", b"\xef\xbb\xbf  <!DOCTYPE html><html>", "html"),
        ("a.txt", b"WARC/1.1\r\n", "warc"),
        ("noext", b'{"text": "x"}\n', "jsonl"),
        ("a.txt", b"Plain page text", "text"),
    ],
)
def test_format_from_name_then_content(name: str, head: bytes, fmt: str) -> None:
    assert format_of(name, head) == fmt


def test_sniffing_does_not_take_text_for_markup() -> None:
    assert sniff_format(b"Prices <html> tags in prose") == "text"


def test_symbolic_link_loops_are_read_once(tmp_path: Path, data_dir: Path) -> None:
    shutil.copy(data_dir / "page.txt", tmp_path / "a.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert codes(read_all([tmp_path])) == ["page"]


@pytest.mark.parametrize("data", [b"\x1f\x8bgarbage", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xf3H\xcd"])
def test_gzip_broken_before_its_first_byte_is_r004_not_empty(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert codes(read_all([path])) == ["R004"]


def test_extension_formats_come_from_the_lexicon_and_a_bad_format_is_a_coded_error(monkeypatch):
    import dateline.read.files as files
    from dateline.errors import LexiconError

    assert format_of("pages/a.ndjson.gz", b"") == "jsonl" and files.EXTENSION_FORMATS[".xhtml"] == "html"
    monkeypatch.setattr(files, "word_map", lambda cls, table: {".pdf": "pdf"})
    with pytest.raises(LexiconError) as caught:
        files._extension_formats()
    assert caught.value.code == "L001" and "'pdf'" in str(caught.value)
