"""Test the WARC reader: which records become pages, their sources and dates, and cut or corrupt archives."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.model import Failure, RawPage
from dateline.read.warc import iter_warc
from dateline.settings import Options

from .helpers import codes, read_all


@pytest.mark.parametrize("name", ["sample.warc", "sample.warc.gz"])
def test_only_http_200_html_responses_become_pages(data_dir: Path, name: str) -> None:
    pages = read_all([data_dir / name])
    assert codes(pages) == ["page", "page"]
    first, second = pages
    assert isinstance(first, RawPage) and isinstance(second, RawPage)
    assert first.source.url == "https://example.org/one"
    assert second.source.url == "https://example.org/two"
    # record numbers count every record of the archive, warcinfo included, from 0
    assert (first.source.record, second.source.record) == (1, 5)
    assert first.source.path.endswith(name)
    assert first.kind == "html" and "First page." in first.content
    assert first.published == "2025-03-18" and first.published_from == "warc"


def test_truncated_gzip_warc_is_r004(data_dir: Path) -> None:
    assert codes(read_all([data_dir / "truncated.warc.gz"]))[-1] == "R004"


def test_truncated_plain_warc_keeps_complete_pages_then_r005(data_dir: Path) -> None:
    items = read_all([data_dir / "truncated.warc"])
    assert codes(items) == ["page", "R005"]
    assert isinstance(items[1], Failure) and items[1].source.record == 5


def test_text_named_warc_is_r005(data_dir: Path) -> None:
    assert codes(read_all([data_dir / "garbage.warc"])) == ["R005"]


def test_record_over_the_size_limit_is_r008_and_the_archive_goes_on(make_warc: Callable[..., bytes]) -> None:
    big = b"<html><body><p>" + b"word " * 400 + b"</p></body></html>"
    small = b"<html>ok</html>"
    data = make_warc([("https://a/big", 200, "text/html", big), ("https://a/small", 200, "text/html", small)])
    items = list(iter_warc(io.BufferedReader(io.BytesIO(gzip.decompress(data))), "x.warc", max_page_bytes=1000))
    assert codes(items) == ["R008", "page"]
    assert isinstance(items[0], Failure) and items[0].source.url == "https://a/big"


def test_every_cut_of_an_archive_is_reported_or_ends_on_a_record_boundary(make_warc: Callable[..., bytes]) -> None:
    records = [(f"https://a/{i}", 200, "text/html", b"<html><body>%d</body></html>" % i) for i in range(3)]
    data = make_warc(records, compress=False)
    whole = [item.source.record for item in read_all(["-"], stdin=data)]
    for cut in range(len(data) // 3, len(data), 7):
        items = read_all(["-"], stdin=data[:cut])
        failed = any(isinstance(item, Failure) for item in items)
        pages = [item.source.record for item in items if isinstance(item, RawPage)]
        assert pages == whole[: len(pages)]
        if not failed:
            # silent only when the cut falls between records (or in the blank line closing one)
            assert data[cut:].lstrip(b"\r\n").startswith(b"WARC/") or not data[cut:].strip()


def test_gzip_members_and_warc_date_survive_stdin(data_dir: Path) -> None:
    items = read_all(["-"], stdin=(data_dir / "sample.warc.gz").read_bytes())
    assert codes(items) == ["page", "page"]
    assert all(isinstance(i, RawPage) and i.source.path == "-" for i in items)


def test_charset_from_http_header_is_used(make_warc: Callable[..., bytes]) -> None:
    body = "<html><body><p>Tromsø</p></body></html>".encode("cp1252")
    data = make_warc([("https://a/x", 200, "text/html; charset=windows-1252", body)])
    [page] = read_all(["-"], Options(), stdin=data)
    assert isinstance(page, RawPage) and "Tromsø" in page.content



def test_archive_without_html_pages_says_so(make_warc: Callable[..., bytes]) -> None:
    records = [("https://a/logo.png", 200, "image/png", b"\x89PNG"), ("https://a/x", 404, "text/html", b"<html>")]
    data = make_warc(records)
    assert codes(read_all(["-"], stdin=data)) == ["R012"]


def test_chunked_and_compressed_payloads_are_decoded_and_the_archive_goes_on() -> None:
    body = b"<html><body><p>Compressed and chunked page</p></body></html>"
    packed = gzip.compress(body)
    chunked = b"%x\r\n" % len(packed) + packed + b"\r\n0\r\n\r\n"
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    encodings = [
        [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        [("Content-Encoding", "gzip")],
        [("Content-Encoding", "gzip")],  # header kept, payload already decoded by the archiver
    ]
    payloads = [chunked, packed, body]
    for number, (headers, payload) in enumerate(zip(encodings, payloads, strict=True)):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(f"https://a/{number}", "response", payload=io.BytesIO(payload), http_headers=http)
        )
    items = read_all(["-"], stdin=out.getvalue())
    assert [item.content for item in items if isinstance(item, RawPage)] == [body.decode()] * 3


def test_compressed_payload_past_the_limit_is_r008(make_warc: Callable[..., bytes]) -> None:
    bomb = gzip.compress(b"<html>" + b" " * 200_000 + b"</html>")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record("https://a/bomb", "response", payload=io.BytesIO(bomb), http_headers=http)
    writer.write_record(record)
    assert codes(read_all(["-"], Options(max_page_bytes=10_000), stdin=out.getvalue())) == ["R008"]
