"""Test HTML pages: charset declarations, sniffing, and pages with no text."""

from __future__ import annotations

from pathlib import Path

from dateline.model import RawPage
from dateline.read.html import charset_from_content_type, meta_charset

from .helpers import read_all


def test_meta_charset_decodes_legacy_page(data_dir: Path) -> None:
    [page] = read_all([data_dir / "latin1-meta.html"])
    assert isinstance(page, RawPage) and page.kind == "html"
    assert "Élodie Marchand met Jonas Berg in Tromsø." in page.content


def test_html_saved_as_txt_is_sniffed(data_dir: Path) -> None:
    [page] = read_all([data_dir / "sniffed-html.txt"])
    assert isinstance(page, RawPage) and page.kind == "html"


def test_html_with_no_text_is_passed_on_for_the_cleaner(data_dir: Path) -> None:
    [page] = read_all([data_dir / "notext.html"])
    assert isinstance(page, RawPage) and page.kind == "html"


def test_charset_declarations_are_found() -> None:
    assert meta_charset(b'<html><head><meta charset="windows-1251">') == "windows-1251"
    assert meta_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>") == "Shift_JIS"
    assert meta_charset(b"<html><body>no declaration</body></html>") is None
    assert charset_from_content_type("text/html; charset=\"UTF-8\"") == "UTF-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None
