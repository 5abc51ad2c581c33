"""Test the PDF reader: the text layer as paragraphs, from files and WARC records; no text, encrypted, damaged."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from dateline.model import RawPage, Source
from dateline.read.pdf import is_pdf, pdf_page, reflow
from dateline.settings import Options

from .helpers import codes, read_all

LINES = [
    "Ferry line resumes after winter storms",
    "March 18, 2025",
    "The fictional island of Valso resumed its ferry line to the mainland on Monday after",
    "three weeks without service, the harbour authority said in a statement.",
    "Harbour master Nils Brekke said the winter storms had damaged the pier and that",
    "repairs had cost more than the town had planned for this year.",
]
PARAGRAPHS = [
    "The fictional island of Valso resumed its ferry line to the mainland on Monday after three weeks without "
    "service, the harbour authority said in a statement.",
    "Harbour master Nils Brekke said the winter storms had damaged the pier and that repairs had cost more than "
    "the town had planned for this year.",
]


def make_pdf(pages: list[list[str]], password: str | None = None) -> bytes:
    """Return a PDF whose pages print the given lines in Helvetica (a page without lines has no text)."""
    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        shown = [
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines
        ]
        stream = DecodedStreamObject()
        stream.set_data("\n".join(["BT /F1 11 Tf 14 TL 72 740 Td", *shown, "ET"]).encode("latin-1"))
        page.replace_contents(stream)
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    (folder / "story.pdf").write_bytes(make_pdf([LINES]))
    (folder / "story-no-extension").write_bytes(make_pdf([LINES]))
    (folder / "story.pdf.gz").write_bytes(gzip.compress(make_pdf([LINES])))
    (folder / "two-pages.pdf").write_bytes(make_pdf([LINES[:4], LINES[4:]]))
    (folder / "scan.pdf").write_bytes(make_pdf([[], []]))
    (folder / "locked.pdf").write_bytes(make_pdf([LINES], password="secret"))
    (folder / "restricted.pdf").write_bytes(make_pdf([LINES], password=""))
    (folder / "cut.pdf").write_bytes(make_pdf([LINES])[:200])
    (folder / "not-a.pdf").write_bytes(b"just some text that is not a PDF at all\n")
    return folder


@pytest.mark.parametrize("name", ["story.pdf", "story-no-extension", "story.pdf.gz", "restricted.pdf"])
def test_a_pdf_text_layer_becomes_a_text_page_of_paragraphs(pdf_dir: Path, name: str) -> None:
    [page] = read_all([pdf_dir / name])
    assert isinstance(page, RawPage) and page.kind == "text"
    assert page.content.splitlines() == LINES[:2] + PARAGRAPHS


def test_pages_are_joined_in_order(pdf_dir: Path) -> None:
    [page] = read_all([pdf_dir / "two-pages.pdf"])
    assert isinstance(page, RawPage)
    assert page.content.split("\n\n") == ["\n".join(LINES[:2] + PARAGRAPHS[:1]), PARAGRAPHS[1]]


@pytest.mark.parametrize(("name", "code"), [
    ("scan.pdf", "R013"), ("locked.pdf", "R014"), ("cut.pdf", "R015"), ("not-a.pdf", "R015"),
])
def test_a_pdf_without_text_encrypted_or_damaged_has_its_own_code(pdf_dir: Path, name: str, code: str) -> None:
    assert codes(read_all([pdf_dir / name])) == [code]


def test_a_bad_pdf_does_not_stop_the_next_input(pdf_dir: Path) -> None:
    assert codes(read_all([pdf_dir / "locked.pdf", pdf_dir / "story.pdf"])) == ["R014", "page"]


def test_a_pdf_response_in_a_warc_is_a_page_dated_by_the_archive(make_warc: Callable[..., bytes],
                                                                   tmp_path: Path) -> None:
    archive = tmp_path / "mixed.warc.gz"
    archive.write_bytes(make_warc([
        ("https://example.org/report.pdf", 200, "application/pdf", make_pdf([LINES])),
        ("https://example.org/octet", 200, "application/octet-stream", make_pdf([LINES])),
        ("https://example.org/scan.pdf", 200, "application/pdf", make_pdf([[]])),
        ("https://example.org/page", 200, "text/html", b"<html><body><p>An HTML page.</p></body></html>"),
    ]))
    items = read_all([archive])
    # an octet-stream is neither HTML nor PDF by its type: skipped, as images are
    assert codes(items) == ["page", "R013", "page"]
    pdf = items[0]
    assert isinstance(pdf, RawPage) and pdf.kind == "text" and pdf.source.url == "https://example.org/report.pdf"
    assert pdf.content.splitlines()[2:] == PARAGRAPHS
    assert (pdf.published, pdf.published_from) == ("2025-03-18", "warc")


def test_is_pdf_by_header_or_name() -> None:
    assert is_pdf(b"%PDF-1.7\n...") and is_pdf(b"  \n%PDF-1.4") and is_pdf(b"x", "Report.PDF")
    assert not is_pdf(b"<html>%PDF-1.4</html>", "page.html")


def test_reflow_keeps_short_lines_and_joins_wrapped_ones() -> None:
    text = "Title\n" + "a" * 60 + " b\nends here.\n\nNew para-\ngraph goes on."
    assert reflow(text).splitlines() == ["Title", "a" * 60 + " b ends here.", "New para-graph goes on."]


def test_pdf_page_of_bytes_directly() -> None:
    page = pdf_page(make_pdf([LINES]), Source("mem.pdf"), "mem.pdf")
    assert page.content.startswith(LINES[0])


def test_a_pdf_is_extracted_like_the_same_text_page(pdf_dir: Path, tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.model import Document
    from dateline.pipeline import extract

    text = tmp_path / "story.txt"
    text.write_text("\n".join(LINES[:2] + PARAGRAPHS) + "\n", encoding="utf-8")
    pdf_doc, text_doc = list(extract([str(pdf_dir / "story.pdf"), str(text)], Options(), nlp=nlp))
    assert isinstance(pdf_doc, Document) and isinstance(text_doc, Document)
    assert pdf_doc.to_json() | {"source": None} == text_doc.to_json() | {"source": None}
    assert pdf_doc.published == "2025-03-18" and pdf_doc.language == "en"
    assert any(e.name == "Nils Brekke" for e in pdf_doc.entities)
