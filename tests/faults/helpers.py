"""Build the fault suite's pages and run its batches: small distinct articles, and one run of the pipeline."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.model import Document, Failure
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

# Invented islands and people, so no page of ../shared is ever named here.
ISLANDS = ("Valsø", "Kettering Holm", "Ardmoor", "Lysekil Skerry", "Norrhamn", "Quillan Rock", "Brassey Key",
           "Tarvik", "Oldfield Bank", "Emberly", "Sanday Reach", "Corvo Minor")


def article_text(i: int) -> str:
    """Return a small flattened news page, different for each ``i``."""
    island = ISLANDS[i % len(ISLANDS)]
    return (
        f"Ferry line {i} resumes\n\n"
        f"The fictional island of {island} resumed ferry line {i} to the mainland on Monday, after {i + 2} weeks.\n\n"
        f"Harbour master Nils Brekke said the winter storms had damaged pier number {i} in early January.\n"
    )


def article_html(i: int) -> bytes:
    """Return a small HTML news page, different for each ``i``."""
    paragraphs = "".join(f"<p>{line}</p>" for line in article_text(i).splitlines()[1:] if line)
    return (
        f"<!DOCTYPE html><html><head><title>Ferry line {i} resumes</title></head>"
        f"<body><article><h1>Ferry line {i} resumes</h1>{paragraphs}</article></body></html>"
    ).encode()


def warc_of(pages: Sequence[tuple[str, bytes, list[tuple[str, str]]]], compress: bool) -> bytes:
    """Return a WARC archive of HTTP 200 HTML responses: (url, body, extra HTTP headers) each."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, body, extra in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *extra],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


def run_batch(paths: Sequence[str | Path], nlp: Language, opts: Options | None = None) -> list[Document | Failure]:
    """Run the whole pipeline (read, clean, annotate, resolve) over a batch and return every result."""
    from dateline.pipeline import extract

    return list(extract([str(p) for p in paths], opts or Options(), nlp=nlp))


def documents(results: Sequence[Document | Failure]) -> list[Document]:
    """Return the documents of a batch's results."""
    return [r for r in results if isinstance(r, Document)]


def error_codes(results: Sequence[Document | Failure]) -> list[str]:
    """Return the error code of each failure of a batch, in order."""
    return [r.error.split(":")[0] for r in results if isinstance(r, Failure)]


def page_numbers(results: Sequence[Document | Failure]) -> list[int]:
    """Return the ``i`` of each document made from ``article_text(i)``/``article_html(i)``: which pages came through."""
    found = (re.search(r"ferry line (\d+)", d.body) for d in documents(results))
    return [int(m.group(1)) for m in found if m]
