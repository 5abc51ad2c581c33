"""Read the text layer of a PDF (pypdf) into a flattened-text RawPage, one paragraph per line.

pypdf extracts each page's text as laid out: one line per printed line, so a paragraph is
cut into many short lines that the cleaner's line model would read as page furniture.
``reflow`` joins them back. No library exposes paragraphs from pypdf's output, and
pdfminer.six's layout analysis (which groups lines into boxes) is several times slower
on a long document while still splitting columns and captions apart, so the rule is ours:
a printed line that runs to the text's usual width and does not end a sentence goes on
in the next line. A PDF without any text (scanned pages) is refused with R013, an
encrypted one that the empty password does not open with R014, a damaged one with R015.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from dateline.errors import InputError
from dateline.model import PublishedFrom, RawPage, Source

LOGGER = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
PDF_TYPES: frozenset[str] = frozenset({"application/pdf", "application/x-pdf"})
"""HTTP content types of a PDF response in a WARC archive."""
FULL_LINE_SHARE = 0.8
"""A printed line at least this share of the text's usual line width was wrapped by the layout: it goes on."""
MIN_TEXT_CHARS = 1
"""Letters or digits a PDF's text layer needs to count as text; with none (scanned pages), it is refused (R013)."""
SENTENCE_END = re.compile(r"[.!?。！？:;\"”’»)]$")
SOFT_HYPHEN = "\u00ad"


def is_pdf(head: bytes, path: str = "") -> bool:
    """Say whether an input is a PDF: it opens with the ``%PDF-`` header, or its name ends in ``.pdf``."""
    return head.lstrip().startswith(PDF_MAGIC) or path.lower().removesuffix(".gz").endswith(".pdf")


def pdf_page(
    data: bytes,
    source: Source,
    label: str,
    published: str | None = None,
    published_from: PublishedFrom | None = None,
) -> RawPage:
    """Make a flattened-text RawPage from the text layer of a PDF's bytes.

    Raises:
        InputError: R013 when the PDF has no text layer, R014 when it is encrypted,
            R015 when it cannot be parsed.
    """
    pages = extract_pages(data, label)
    text = "\n\n".join(reflow(page) for page in pages if page.strip())
    if sum(char.isalnum() for char in text) < MIN_TEXT_CHARS:
        raise InputError("R013", path=label)
    LOGGER.debug("%s: %s PDF pages, %s characters of text", label, len(pages), len(text))
    return RawPage(source=source, content=text, kind="text", published=published, published_from=published_from)


def extract_pages(data: bytes, label: str) -> list[str]:
    """Return the text of each page of a PDF, as pypdf lays it out.

    Raises:
        InputError: R014 when the PDF is encrypted and the empty password does not open it,
            R015 when it cannot be parsed.
    """
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _opens_without_password(reader):
                raise InputError("R014", path=label)
            return [page.extract_text() or "" for page in reader.pages]
    except (FileNotDecryptedError, DependencyError) as exc:
        # a cipher pypdf cannot undo without the optional cryptography package counts as locked
        raise InputError("R014", path=label) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # pypdf reports a damaged file as its own errors, and some as the built-in ones its parser hits
        raise InputError("R015", detail=f"{label}: {type(exc).__name__}: {exc}") from exc


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Hold back pypdf's own warnings (repaired cross-references, a missing EOF marker) while it reads:
    a file it reads is fine for us, and one it cannot read gets one coded error, R015, not a warning too."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _opens_without_password(reader: PdfReader) -> bool:
    """Try the empty user password, which PDFs that only restrict printing or copying use."""
    try:
        return bool(reader.decrypt(""))
    except (FileNotDecryptedError, DependencyError, NotImplementedError):
        return False


def reflow(page_text: str) -> str:
    """Join a page's printed lines into paragraphs, one per line.

    A line goes on in the next when it runs to at least ``FULL_LINE_SHARE`` of the page's
    usual line width and does not end a sentence, or when it ends in a hyphen (the hyphen
    kept: "Kim Jong-" + "un"); a blank line or a short line ends a paragraph.
    """
    lines = [" ".join(line.replace(SOFT_HYPHEN, "").split()) for line in page_text.splitlines()]
    widths = [len(line) for line in lines if line]
    if not widths:
        return ""
    usual = statistics.median_high(widths) if len(widths) < 4 else statistics.quantiles(widths, n=4)[2]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        joiner = "" if current.endswith("-") or not current else " "
        current = f"{current}{joiner}{line}"
        wrapped = len(line) >= FULL_LINE_SHARE * usual and not SENTENCE_END.search(line)
        if not (wrapped or line.endswith("-")):
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n".join(p for p in paragraphs if p)
