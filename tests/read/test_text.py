"""Test decoding of flattened page text: encodings, mojibake, binary and empty input."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.model import RawPage
from dateline.read.text import decode, is_binary

from .helpers import codes, read_all


def content(path: Path) -> str:
    [page] = read_all([path])
    assert isinstance(page, RawPage)
    return page.content


def test_plain_utf8_page_is_text(data_dir: Path) -> None:
    [page] = read_all([data_dir / "page.txt"])
    assert isinstance(page, RawPage)
    assert page.kind == "text"
    assert "Foreign Minister Élodie Marchand" in page.content
    assert page.published is None and page.published_from is None


@pytest.mark.parametrize("name", ["cp1252.txt", "mojibake.txt", "utf16.txt", "page.txt.gz"])
def test_every_encoding_reads_to_the_same_text(data_dir: Path, name: str) -> None:
    assert content(data_dir / name) == content(data_dir / "page.txt")


def test_curly_quotes_are_kept(data_dir: Path) -> None:
    assert "“We share one sea" in content(data_dir / "page.txt")


def test_broken_utf8_is_read_best_effort(data_dir: Path) -> None:
    text = content(data_dir / "broken-utf8.txt")
    assert text.count("\ufffd") == 1
    assert "Élodie" in text and "Tromsø" in text


def test_mostly_broken_utf8_without_other_fit_is_refused() -> None:
    with pytest.raises(InputError) as err:
        decode(b"\xef\xbb\xbf" + b"ok \xff\xfe\xfd" * 50, "x")
    assert err.value.code == "R009"


def test_utf16_with_odd_length_is_r009(data_dir: Path) -> None:
    assert codes(read_all([data_dir / "utf16-odd.txt"])) == ["R009"]


@pytest.mark.parametrize(("name", "code"), [("empty.txt", "R002"), ("blank.txt", "R002"), ("binary.bin", "R003")])
def test_empty_and_binary_inputs_fail(data_dir: Path, name: str, code: str) -> None:
    [failure] = read_all([data_dir / name])
    assert codes([failure]) == [code]
    assert failure.source.path.endswith(name)


def test_binary_sniffing() -> None:
    assert is_binary(b"abc\x00def")
    assert is_binary(bytes(range(1, 32)) * 4)
    assert not is_binary("Grüße\r\n\tand text".encode())
    assert not is_binary(b"")


def test_declared_charset_is_used_when_it_fits() -> None:
    assert decode("Tromsø".encode("cp1252"), "x", declared="ISO-8859-1") == "Tromsø"
    # a wrong declaration gives mojibake ("TromsÃ¸"), which ftfy repairs
    assert decode("Tromsø".encode(), "x", declared="ascii") == "Tromsø"
