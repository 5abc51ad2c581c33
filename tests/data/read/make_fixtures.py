"""Regenerate the reader fixtures in this folder, deterministically (one file per input class).

Run from the repository root: ``.venv/bin/python tests/data/read/make_fixtures.py``.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import ftfy.bad_codecs  # noqa: E402,F401 - registers the sloppy-windows-1252 codec
from read.helpers import warc_bytes  # noqa: E402

ARTICLE = (
    "Harbour Gazette\n\nHome > World > Diplomacy\n\n"
    "Ministers agree on joint fisheries patrols\n\nPublished: 4 Feb. 2025, 08:30\n\n"
    "Foreign Minister Élodie Marchand met her counterpart Jonas Berg in Tromsø on Monday, "
    "and the two signed a memorandum on joint fisheries patrols in the Barents Sea.\n\n"
    "“We share one sea and one responsibility,” Marchand told reporters after the talks.\n\n"
    "Sign up for our newsletter\n"
)


def html(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}"><title>{title}</title></head>\n'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>\n"
    )


def main() -> None:
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"\n  \n\t\n",
        "binary.bin": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "page.txt": ARTICLE.encode("utf-8"),
        "cp1252.txt": ARTICLE.encode("cp1252", errors="replace"),
        # UTF-8 read as windows-1252 (undefined bytes kept as C1 controls), then saved as UTF-8
        "mojibake.txt": ARTICLE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "utf16-odd.txt": ARTICLE.encode("utf-16")[:-1],
        "not-gzip.txt.gz": ARTICLE.encode("utf-8"),
        "truncated.txt.gz": gzip.compress(ARTICLE.encode("utf-8"), mtime=0)[:200],
        "page.txt.gz": gzip.compress(ARTICLE.encode("utf-8"), mtime=0),
        "notext.html": html("", "<div><img src='a.png'></div><script>var x = 1;</script>").encode("utf-8"),
        "latin1-meta.html": html("Tromsø talks", "<p>Élodie Marchand met Jonas Berg in Tromsø.</p>", "iso-8859-1")
        .encode("cp1252"),
        "sniffed-html.txt": html("Sniffed", "<p>An HTML page saved as .txt.</p>").encode("utf-8"),
        "garbage.warc": b"This is not a WARC archive at all.\nJust a note.\n",
    }
    # valid UTF-8 throughout except one curly quote that lost its last byte
    broken = bytearray(ARTICLE.encode("utf-8"))
    del broken[broken.index("“".encode()) + 2]
    files["broken-utf8.txt"] = bytes(broken)

    lines = [
        {"text": ARTICLE, "url": "https://example.org/a", "published": "2025-02-04"},
        "{not json",
        {"url": "https://example.org/no-content"},
        {"html": html("Second", "<p>Second article body.</p>"), "published": "2025-02-05T09:00:00Z"},
        {"text": "A page with a bad date.", "published": "last Tuesday"},
        [1, 2, 3],
    ]
    jsonl = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    files["lines.jsonl"] = (jsonl + "\n\n").encode("utf-8")
    files["pages.jsonl.gz"] = gzip.compress(
        (json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"html": html("Gz", "<p>gz</p>")}) + "\n").encode(),
        mtime=0,
    )

    records = [
        ("https://example.org/one", 200, "text/html; charset=utf-8", html("One", "<p>First page.</p>").encode()),
        ("https://example.org/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://example.org/missing", 404, "text/html", b"<html><body>Not found</body></html>"),
        ("https://example.org/notes.txt", None, "text/plain", b"a resource record"),
        ("https://example.org/two", 200, "text/html", html("Two", "<p>Second page.</p>" * 40).encode()),
    ]
    files["sample.warc.gz"] = warc_bytes(records, compress=True)
    files["sample.warc"] = warc_bytes(records, compress=False)
    whole = files["sample.warc.gz"]
    files["truncated.warc.gz"] = whole[: len(whole) - 200]
    plain = files["sample.warc"]
    files["truncated.warc"] = plain[: plain.index(b"Second page.") + 100]

    for name, data in sorted(files.items()):
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
