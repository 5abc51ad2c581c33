"""Measure the full pipeline's throughput against plain ``nlp.pipe`` on the same texts, in one run.

usage: python bench/throughput.py [--repeat N] [PATH ...]

Reads the pages (default: ../shared/seeds, ../shared/corpus/dev and examples/), repeats the set
N times with a marker line so every copy is a distinct document, then times in this process
(baseline and extract alternate for --rounds rounds; the best time of each counts):

- ``empty``: reading only (the floor);
- ``nlp.pipe``: the plain pinned spaCy pipeline over the same texts, the cleaned bodies and captions (the baseline);
- ``extract``: dateline's whole path, read -> clean -> annotate -> resolve.

Prints one table (system, docs, words, seconds, docs/s, words/s, ratio to nlp.pipe) and appends
the figures with the commit and machine to bench/results.jsonl.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

from results import record  # bench/results.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def _replicate(paths: list[str], repeat: int, folder: Path) -> list[str]:
    """Copy every text/HTML page ``repeat`` times, each copy made distinct by a marker paragraph."""
    from dateline.read import iter_pages
    from dateline.model import RawPage
    from dateline.settings import Options

    out: list[str] = []
    pages = [p for p in iter_pages(paths, Options()) if isinstance(p, RawPage)]
    for n in range(repeat):
        for i, page in enumerate(pages):
            suffix = ".html" if page.kind == "html" else ".txt"
            target = folder / f"{n:03d}_{i:03d}{suffix}"
            marker = f"\n\nCopy {n} of this page was made for the benchmark on its own line.\n"
            if page.kind == "html":
                content = page.content.replace("</body>", f"<p>{marker}</p></body>", 1)
            else:
                content = page.content + marker
            target.write_text(content, encoding="utf-8")
            out.append(str(target))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="pages to use (default: seeds, dev pages, examples)")
    ap.add_argument("--repeat", type=int, default=8, help="copies of the page set (default 8)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; the best counts (default 3)")
    ap.add_argument("--no-record", action="store_true", help="do not append the figures to bench/results.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import spacy

    from dateline.model import Document
    from dateline.pipeline import clean_page, extract, load_nlp, read_pages
    from dateline.settings import Options

    paths = args.paths or [str(SHARED / "seeds"), str(SHARED / "corpus" / "dev"), str(ROOT / "examples")]
    opts = Options()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        files = _replicate(paths, args.repeat, Path(tmp))

        start = time.perf_counter()
        pages = list(read_pages(files, opts))
        t_read = time.perf_counter() - start
        # the texts the pipeline annotates: every body and every caption
        docs = [d for d in (clean_page(p, opts) for p in pages) if isinstance(d, Document)]
        bodies = [text for d in docs for text in (d.body, *d.captions)]
        words = sum(len(b.split()) for b in bodies)
        rows.append(("empty (read only)", len(pages), words, t_read))

        plain = spacy.load(opts.model)
        list(plain.pipe(bodies[:8]))  # warm-up
        nlp = load_nlp(opts)
        list(extract(files[:4], opts, nlp=nlp))  # warm-up: lexicons, gazetteers
        # the two runs alternate and the best of each counts, so a busy neighbour slows both alike
        best_pipe = best_extract = float("inf")
        n_results = 0
        for _ in range(args.rounds):
            start = time.perf_counter()
            for _doc in plain.pipe(bodies, batch_size=opts.batch_size):
                pass
            best_pipe = min(best_pipe, time.perf_counter() - start)
            start = time.perf_counter()
            n_results = sum(1 for _ in extract(files, opts, nlp=nlp))
            best_extract = min(best_extract, time.perf_counter() - start)
        rows.append(("nlp.pipe (baseline)", len(docs), words, best_pipe))
        rows.append(("dateline extract", n_results, words, best_extract))

    base = rows[1][2] / rows[1][3]
    print(f"{'system':22s} {'docs':>6s} {'words':>8s} {'seconds':>8s} {'docs/s':>8s} {'words/s':>9s} {'ratio':>6s}")
    for name, docs, n_words, secs in rows:
        wps = n_words / secs if secs else float("inf")
        print(f"{name:22s} {docs:6d} {n_words:8d} {secs:8.2f} {docs / secs:8.1f} {wps:9.0f} {wps / base:6.2f}")
    if not args.no_record:
        record("throughput", machine=platform.machine(), python=platform.python_version(),
               rows=[{"system": n, "docs": d, "words": w, "seconds": round(s, 3)} for n, d, w, s in rows],
               ratio_extract_to_nlp_pipe=round((rows[2][2] / rows[2][3]) / base, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
