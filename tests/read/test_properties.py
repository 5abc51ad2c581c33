"""Feed random bytes, random HTML and damaged WARC framing to the readers: nothing raises, all yield."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import Failure, RawPage
from dateline.settings import Options

from .helpers import read_all, warc_bytes

CODED = re.compile(r"^R\d{3}: \S")
NAMES = ["page.txt", "page.html", "a.warc", "a.warc.gz", "a.jsonl", "a.jsonl.gz", "a.gz", "noext", "-"]
OPTS = Options(max_page_bytes=20_000)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(items: list[RawPage | Failure]) -> None:
    assert items, "every input yields at least one page or failure"
    for item in items:
        assert isinstance(item, (RawPage, Failure))
        if isinstance(item, Failure):
            assert CODED.match(item.error), item.error
        else:
            assert isinstance(item.content, str) and item.kind in ("text", "html")


def read_as(tmp_path: Path, name: str, data: bytes) -> list[RawPage | Failure]:
    if name == "-":
        return read_all(["-"], OPTS, stdin=data)
    path = tmp_path / name
    path.write_bytes(data)
    return read_all([path], OPTS)


@PROPERTY
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES), gz=st.booleans())
def test_random_bytes(tmp_path: Path, data: bytes, name: str, gz: bool) -> None:
    check(read_as(tmp_path, name, gzip.compress(data) if gz else data))


TAGS = st.sampled_from(["p", "div", "span", "script", "style", "a", "nav", "article", "h1", "meta", "br", "!--"])
FRAGMENT = st.one_of(
    st.builds(lambda t, s: f"<{t}>{s}</{t}>", TAGS, st.text(max_size=40)),
    st.builds(lambda t: f"<{t} charset='{t}'>", TAGS),
    st.sampled_from(["<!DOCTYPE html>", "<html>", "</html>", "<meta charset=utf-8>", "&amp;", "&#0;", "<", "\x00"]),
    st.text(max_size=30),
)


@PROPERTY
@given(fragments=st.lists(FRAGMENT, max_size=30), name=st.sampled_from(["a.html", "a.txt", "-"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "gb18030"]))
def test_random_html(tmp_path: Path, fragments: list[str], name: str, encoding: str) -> None:
    markup = "".join(fragments).encode(encoding, errors="replace")
    check(read_as(tmp_path, name, markup))


RECORD = st.tuples(
    st.sampled_from(["https://a/1", "https://b/2", "urn:x"]),
    st.one_of(st.none(), st.sampled_from([200, 200, 301, 404, 500])),
    st.sampled_from(["text/html", "text/html; charset=utf-8", "image/png", "text/plain", "", "application/xhtml+xml"]),
    st.binary(max_size=600) | st.text(max_size=300).map(lambda s: f"<html><body>{s}</body></html>".encode()),
)
DAMAGE = st.sampled_from(["none", "cut", "flip", "insert", "drop-crlf"])


@PROPERTY
@given(records=st.lists(RECORD, max_size=4), compress=st.booleans(), damage=DAMAGE,
       where=st.floats(min_value=0, max_value=1), junk=st.binary(min_size=1, max_size=20))
def test_random_warc_framing(
    tmp_path: Path, records: list[tuple[str, int | None, str, bytes]], compress: bool, damage: str,
    where: float, junk: bytes,
) -> None:
    data = bytearray(warc_bytes(records, compress=compress))
    at = int(where * (len(data) - 1))
    if damage == "cut":
        del data[at:]
    elif damage == "flip":
        data[at] ^= 0xFF
    elif damage == "insert":
        data[at:at] = junk
    elif damage == "drop-crlf":
        data = bytearray(bytes(data).replace(b"\r\n\r\n", b"\r\n", 1 + at % 3))
    check(read_as(tmp_path, "a.warc.gz" if compress else "a.warc", bytes(data)))
