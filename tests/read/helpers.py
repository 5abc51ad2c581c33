"""Build WARC archives and read inputs for the reader tests (shared helpers)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.model import Failure, RawPage
from dateline.read import iter_pages
from dateline.settings import Options

DATA = Path(__file__).resolve().parent.parent / "data" / "read"

# (url, HTTP status, content type, body); None as status makes a non-HTTP "resource" record.
WarcSpec = list[tuple[str, int | None, str, bytes]]


def warc_bytes(records: WarcSpec, compress: bool = True, warc_date: str = "2025-03-18T10:00:00Z") -> bytes:
    """Return a WARC archive (gzip per record when ``compress``) holding a warcinfo and the records."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    info = writer.create_warcinfo_record("test.warc", {"software": "dateline tests"})
    info.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'info')}>")
    info.rec_headers.replace_header("WARC-Date", warc_date)
    writer.write_record(info)
    for url, status, content_type, body in records:
        headers = {
            "WARC-Date": warc_date,
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>",
        }
        if status is None:
            record = writer.create_warc_record(
                url, "resource", payload=io.BytesIO(body), warc_content_type=content_type,
                warc_headers_dict=headers,
            )
        else:
            http = StatusAndHeaders(f"{status} X", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers,
            )
        writer.write_record(record)
    return out.getvalue()


def read_all(
    paths: list[str | Path], opts: Options | None = None, stdin: bytes | None = None
) -> list[RawPage | Failure]:
    """Read paths with ``iter_pages`` and return everything it yields."""
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_pages([str(p) for p in paths], opts or Options(), stdin=stream))


def codes(items: list[RawPage | Failure]) -> list[str]:
    """Return the error code of each Failure, and "page" for each RawPage."""
    return [item.error.split(":")[0] if isinstance(item, Failure) else "page" for item in items]
