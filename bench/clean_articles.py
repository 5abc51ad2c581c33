"""Score the cleaner on the ScrapingHub article benchmark, HTML and flattened pages, beside its peers.

HTML pages go through ``dateline.clean.clean`` (trafilatura path). Flattened pages go
through the text cleaner, the 181 pages as one run (site furniture shared by sibling pages,
``dateline.clean.templates``, found from the pages' text alone; ``--no-site-templates``
cleans each page alone), with line models cross-validated by page (each page is cleaned
by a model fitted without it; the first split is bench/train_lines.py's, page i in fold
i mod k), so no figure is measured on training lines; the fold models use the shipped
model's decoding switch cost and train_lines' default stages and forest. With 181 pages
one split's figure moves by about +-0.005 with the assignment of pages to folds, so
``--repeats N`` adds N-1 shuffled splits and reports their mean. Prints one table per
mode with an empty-output row and a simple baseline row, and appends the numbers to
bench/results.jsonl (unless ``--no-record``).

Usage: python bench/clean_articles.py [--mode html|flat|both] [--folds 5] [--repeats 1] [--out-dir DIR]
                                      [--no-record]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import random
import sys
import time
from pathlib import Path

from results import record  # bench/results.py, beside this script

import train_lines  # bench/train_lines.py, beside this script

from dateline.clean import clean, find_templates
from dateline.clean.boilerplate import load_model
from dateline.clean.text import clean_text
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
BENCH = train_lines.BENCH
PEERS = BENCH / "peers"


def read_gz(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def run_html(ids: list[str], opts: Options) -> tuple[dict[str, str], float]:
    """Clean every benchmark HTML page; return id -> body and the seconds spent cleaning."""
    pages = {i: read_gz(BENCH / "html" / f"{i}.html.gz") for i in ids}
    out, t0 = {}, time.perf_counter()
    for i, content in pages.items():
        try:
            out[i] = clean(RawPage(Source(f"{i}.html.gz"), content, "html"), opts).body
        except CleanError:
            out[i] = ""
    return out, time.perf_counter() - t0


def fold_of(n_pages: int, folds: int, repeat: int) -> list[int]:
    """Assign pages to folds: page i to fold i mod k for repeat 0, a seeded shuffle of that after."""
    order = list(range(n_pages))
    if repeat:
        random.Random(repeat).shuffle(order)
    out = [0] * n_pages
    for rank, i in enumerate(order):
        out[i] = rank % folds
    return out


def run_flat(folds: int, opts: Options, repeat: int = 0) -> tuple[dict[str, str], float]:
    """Clean every flattened page with a model trained on the other folds; return id -> body and seconds."""
    pages = train_lines.load_pages()
    weights = train_lines.line_weights(pages, "flat")
    assigned = fold_of(len(pages), folds, repeat)
    raw = {pg["id"]: RawPage(Source(pg["id"]), read_gz(BENCH / "flat" / f"{pg['id']}.txt.gz"), "text") for pg in pages}
    t0 = time.perf_counter()
    templates = find_templates(raw.values()) if opts.site_templates else None  # the run: all 181 pages
    out, spent = {}, time.perf_counter() - t0
    for fold in range(folds):
        train_idx = [i for i in range(len(pages)) if assigned[i] != fold]
        model = train_lines.train([pages[i] for i in train_idx], [weights[i] for i in train_idx],
                                  load_model().switch_cost, 2)
        for i in range(len(pages)):
            if assigned[i] != fold:
                continue
            page = raw[pages[i]["id"]]
            t0 = time.perf_counter()
            try:
                shared = templates.of(page.source) if templates else frozenset()
                out[page.source.path] = clean_text(page, opts, model, shared).body
            except CleanError:
                out[page.source.path] = ""
            spent += time.perf_counter() - t0
    return out, spent


def table(title: str, gold: dict[str, str], systems: list[tuple[str, dict[str, str], float | None]]) -> list[dict]:
    """Print P, R, F1 and docs/s per system; return the rows."""
    scorer = train_lines.load_scorer()
    rows = []
    print(f"## {title}")
    print(f"{'system':28s} {'P':>6s} {'R':>6s} {'F1':>6s} {'docs/s':>8s}")
    for name, pred, seconds in systems:
        scored, _, _, _ = scorer.score_system(gold, pred, 4, False, False)
        m = scorer.aggregate(scored)
        rate = len(pred) / seconds if seconds else None
        print(f"{name:28s} {m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f} "
              f"{(f'{rate:.1f}' if rate else '-'):>8s}")
        rows.append({"system": name, "mode": title, "P": round(m["precision"], 4), "R": round(m["recall"], 4),
                     "F1": round(m["f1"], 4), "docs_per_s": round(rate, 1) if rate else None})
    return rows


def peer(name: str) -> dict[str, str]:
    path = PEERS / f"{name}.jsonl.gz"
    return {str(o["id"]): o.get("text") or "" for o in map(json.loads, read_gz(path).splitlines()) if o}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default="both", choices=("html", "flat", "both"), help="which input to score")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds for the flat mode")
    ap.add_argument("--repeats", type=int, default=1, help="flat mode: cross-validate over this many fold splits")
    ap.add_argument("--out-dir", help="also write dateline_<mode>.jsonl predictions here")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    ap.add_argument("--no-site-templates", action="store_true",
                    help="flat mode: clean each page alone (no lines shared with the run's sibling pages)")
    args = ap.parse_args(argv)
    gold = {k: v["articleBody"] for k, v in json.loads((BENCH / "ground-truth.json").read_text("utf-8")).items()}
    ids = sorted(gold)
    opts = Options(site_templates=not args.no_site_templates)
    empty = {i: "" for i in ids}
    results = []
    preds = {}
    if args.mode in ("html", "both"):
        preds["html"], secs = run_html(ids, opts)
        results += table("html", gold, [
            ("dateline (trafilatura path)", preds["html"], secs),
            ("trafilatura (benchmark)", peer("trafilatura"), None),
            ("trafilatura favor_precision", peer("trafilatura_precision"), None),
            ("baseline: whole page", peer("whole_page"), None),
            ("empty output", empty, None),
        ])
    if args.mode in ("flat", "both"):
        preds["flat"], secs = run_flat(args.folds, opts)
        extra = [(f"dateline, split {k + 1}", run_flat(args.folds, opts, k)[0], None) for k in range(1, args.repeats)]
        results += table(f"flat ({args.folds}-fold cross-validated)", gold, [
            ("dateline line model" + (", split 1" if extra else ""), preds["flat"], secs),
            *extra,
            ("baseline: jusText on lines", peer("flat_justext"), None),
            ("baseline: whole flat text", {i: read_gz(BENCH / "flat" / f"{i}.txt.gz") for i in ids}, None),
            ("empty output", empty, None),
        ])
    if args.out_dir:
        for mode, pred in preds.items():
            with open(Path(args.out_dir) / f"dateline_{mode}.jsonl", "w", encoding="utf-8") as f:
                for i, text in pred.items():
                    f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    flat_rows = [r for r in results if r["system"].startswith("dateline") and r["mode"].startswith("flat")]
    if len(flat_rows) > 1:
        mean = {k: round(sum(r[k] for r in flat_rows) / len(flat_rows), 4) for k in ("P", "R", "F1")}
        print(f"{'mean of ' + str(len(flat_rows)) + ' splits':28s} {mean['P']:.3f} {mean['R']:.3f} {mean['F1']:.3f}")
        results.append({"system": "dateline line model, mean of splits", "mode": flat_rows[0]["mode"], **mean,
                        "docs_per_s": None})
    if args.no_record:
        return 0
    record("clean_articles", rows=results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
