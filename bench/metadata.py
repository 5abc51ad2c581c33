"""Score the title, site and date the text cleaner finds on the 181 flattened benchmark pages.

Gold: bench/data/articles_metadata.jsonl (read from each page's HTML metadata and checked by
hand, see bench/data/README.md). Pages: ../shared/bench/articles/flat, cleaned as one run
(site furniture shared by sibling pages, as ``dateline extract`` does). Where the header ends
depends on the learned line model, which was trained on these very pages; by default every page
is therefore cleaned by a line model fitted without it (``--folds 5``, bench/clean_articles.py's
split, page i in fold i mod k). ``--shipped-model`` uses the shipped line model instead (faster,
optimistic). The title and site rankers that pick among candidate lines and names are fitted on
these pages too (bench/train_metadata.py): by default each page's title and site come from
rankers fitted on the pages of other sites only (the same ``--folds``, pages grouped by domain,
bench/train_metadata.py's split), so the figures are held out by site for both learned parts;
``--shipped-rankers`` uses the shipped rankers instead (in-sample, optimistic).

Matches, all on normalised text (NFKD, accents and case dropped, only letters and digits kept,
in any script):

- title: equal to one of the page's stated headlines (the visible h1, og:title, JSON-LD headline,
  <title>, as listed in the gold), or equal once a trailing `` - Site`` / `` | Section | Site``
  part is cut, when the cut part ends with one of the site's names;
- site: equal to one of the site's names in the gold (its own brand and the variants its
  metadata uses: "WSJ", "The Wall Street Journal"), or to a name derived from the page's domain
  ("nytimes.com", "nytimes", "www.nytimes.com");
- published: the same calendar day as the gold (pages whose HTML states a date only).

``--with-url`` gives each page its URL (as a WARC or JSONL input would), which the cleaner may
use for the site. Prints one table with an empty-output row and a first-lines baseline and
appends the figures to bench/results.jsonl (unless ``--no-record``).

Usage: python bench/metadata.py [--folds 5 | --shipped-model] [--shipped-rankers] [--with-url] [--limit N] [--errors] [--no-record]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from results import record  # bench/results.py, beside this script

from dateline.clean import find_templates
from dateline.clean.boilerplate import LineModel, load_model
from dateline.clean.text import clean_text
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "articles_metadata.jsonl"
BENCH = HERE.parent.parent / "shared" / "bench" / "articles"
SEPARATOR = re.compile(r"\s+(?:[-|–—:·•»/]|::)\s+")
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
"""Second-level labels under a country code ("co.uk", "com.br") when cutting a host to its domain."""
Prediction = tuple[str | None, str | None, str | None]


def norm(text: str | None) -> str:
    """Return ``text`` with accents, case, punctuation and spaces dropped (letters and digits of any script)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]", "", text.casefold())


def domain_names(url: str) -> set[str]:
    """Return the names a page's domain gives its site: host, host without www, domain, its first label."""
    host = (urlsplit(url).hostname or "").lower()
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    domain = ".".join(labels[-keep:])
    return {norm(n) for n in (host, host.removeprefix("www."), domain, labels[-keep]) if n}


def site_names(gold: dict) -> set[str]:
    """Return the normalised names that count as the page's site."""
    return {norm(s) for s in [gold["site"], *gold["sites"]] if s} | domain_names(gold["url"])


def title_ok(pred: str | None, gold: dict) -> bool:
    """True when ``pred`` states one of the page's headlines, a trailing site suffix allowed."""
    if not pred:
        return False
    titles = {norm(t) for t in [gold["title"], *gold["titles"]]}
    if norm(pred) in titles:
        return True
    sites = site_names(gold)
    for cut in SEPARATOR.finditer(pred):
        rest = norm(pred[cut.end():])
        if norm(pred[:cut.start()]) in titles and any(rest.endswith(s) for s in sites if s):
            return True
    return False


def site_ok(pred: str | None, gold: dict) -> bool:
    """True when ``pred`` is one of the site's names or a name its domain gives."""
    return bool(pred) and norm(pred) in site_names(gold)


def named_in_text(gold: dict, text: str) -> bool:
    """True when the flattened ``text`` holds one of the site's names anywhere (a name under four letters as a whole word).

    A page whose text names its site nowhere (the name only in a logo image or the markup) cannot be
    given its site from the text: these pages bound every flattened-text figure.
    """
    folded = norm(text)
    tokens = {norm(w) for w in re.split(r"[\s/|@]+", text)}
    return any(n in folded if len(n) >= 4 else n in tokens for n in site_names(gold) if n)


def read_gz(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def fold_models(ids: list[str], folds: int) -> dict[str, LineModel]:
    """Return, per page id, a line model fitted on the other folds (bench/train_lines.py's pages and split)."""
    import train_lines  # bench/train_lines.py; imported here since it needs numpy and the shared gold

    from clean_articles import fold_of  # bench/clean_articles.py: the same split as the cleaning figures

    pages = train_lines.load_pages()
    weights = train_lines.line_weights(pages, "flat")
    assigned = fold_of(len(pages), folds, 0)
    out: dict[str, LineModel] = {}
    wanted = set(ids)
    for fold in range(folds):
        held = [i for i in range(len(pages)) if assigned[i] == fold and pages[i]["id"] in wanted]
        if not held:
            continue
        train_idx = [i for i in range(len(pages)) if assigned[i] != fold]
        model = train_lines.train([pages[i] for i in train_idx], [weights[i] for i in train_idx],
                                  load_model().switch_cost, 2)
        out.update((pages[i]["id"], model) for i in held)
    return out


def run_dateline(golds: list[dict], models: dict[str, LineModel] | None, with_url: bool) -> tuple[dict[str, Prediction], float]:
    """Clean every flattened page as one run; return id -> (title, site, published) and the seconds spent."""
    opts = Options()
    raw = {g["id"]: RawPage(Source(f"{g['id']}.txt", g["url"] if with_url else None),
                            read_gz(BENCH / "flat" / f"{g['id']}.txt.gz"), "text") for g in golds}
    t0 = time.perf_counter()
    templates = find_templates(raw.values())
    out: dict[str, Prediction] = {}
    for pid, page in raw.items():
        try:
            doc = clean_text(page, opts, models.get(pid) if models else None, templates.of(page.source))
            out[pid] = (doc.title, doc.site, doc.published)
        except CleanError:
            out[pid] = (None, None, None)
    return out, time.perf_counter() - t0


def heldout_rankers(golds: list[dict], pred: dict[str, Prediction], models: dict[str, LineModel] | None,
                    folds: int, with_url: bool) -> dict[str, Prediction]:
    """Return ``pred`` with each page's title and site from rankers fitted on other sites' pages only.

    The pages are cleaned again to record what the metadata step sees (bench/train_metadata.py);
    the published date does not depend on the rankers and is kept.
    """
    import train_metadata  # bench/train_metadata.py; imported here since it imports this module

    layouts = train_metadata.record_layouts(golds, folds, models if models is not None else {g["id"]: None for g in golds})
    held = train_metadata.heldout_by_site(golds, layouts, folds, 1.0, with_url)
    return {pid: (*held.get(pid, (None, None)), p[2]) for pid, p in pred.items()}


def first_lines(golds: list[dict]) -> dict[str, Prediction]:
    """Baseline: the first line of four words or more as title, the page's first line as site."""
    out: dict[str, Prediction] = {}
    for g in golds:
        lines = [ln.strip() for ln in read_gz(BENCH / "flat" / f"{g['id']}.txt.gz").splitlines() if ln.strip()]
        title = next((ln for ln in lines if len(ln.split()) >= 4), None)
        out[g["id"]] = (title, lines[0] if lines else None, None)
    return out


def score(golds: list[dict], pred: dict[str, Prediction]) -> dict[str, float]:
    """Return title, site and published accuracy (published over pages whose gold states a date)."""
    dated = [g for g in golds if g["published"]]
    return {
        "title": sum(title_ok(pred[g["id"]][0], g) for g in golds) / len(golds),
        "site": sum(site_ok(pred[g["id"]][1], g) for g in golds) / len(golds),
        "published": sum(pred[g["id"]][2] == g["published"] for g in dated) / max(1, len(dated)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5, help="cross-validate the line model over this many folds")
    ap.add_argument("--shipped-model", action="store_true", help="use the shipped line model (trained on these pages)")
    ap.add_argument("--shipped-rankers", action="store_true",
                    help="use the shipped title and site rankers (trained on these pages) instead of rankers held out by site")
    ap.add_argument("--with-url", action="store_true", help="give each page its URL, as WARC or JSONL input would")
    ap.add_argument("--limit", type=int, help="score only the first N gold pages (a smoke test)")
    ap.add_argument("--errors", action="store_true", help="list every wrong title and site")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args(argv)
    golds = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    golds = golds[: args.limit] if args.limit else golds
    models = None if args.shipped_model else fold_models([g["id"] for g in golds], args.folds)
    pred, seconds = run_dateline(golds, models, args.with_url)
    model_name = "shipped line model" if args.shipped_model else f"{args.folds}-fold line models"
    if not args.shipped_rankers:
        pred = heldout_rankers(golds, pred, models, args.folds, args.with_url)
        model_name += ", rankers held out by site"
    system = f"dateline text cleaner ({model_name}{', with URL' if args.with_url else ''})"
    rows = []
    print(f"## metadata of {len(golds)} flattened pages")
    print(f"{'system':58s} {'title':>6s} {'site':>6s} {'date':>6s} {'docs/s':>7s}")
    for name, p, secs in ((system, pred, seconds), ("baseline: first lines", first_lines(golds), None),
                          ("empty output", {g["id"]: (None, None, None) for g in golds}, None)):
        m = score(golds, p)
        rate = len(golds) / secs if secs else None
        print(f"{name:58s} {m['title']:6.3f} {m['site']:6.3f} {m['published']:6.3f} "
              f"{(f'{rate:.1f}' if rate else '-'):>7s}")
        rows.append({"system": name, **{k: round(v, 4) for k, v in m.items()},
                     "docs_per_s": round(rate, 1) if rate else None})
    if args.errors:
        for g in golds:
            title, site, _ = pred[g["id"]]
            if not title_ok(title, g):
                print(f"TITLE {g['id'][:8]} {g['url'][:60]}\n   gold {g['title']!r}\n   got  {title!r}")
            if not site_ok(site, g):
                print(f"SITE  {g['id'][:8]} {g['url'][:60]}\n   gold {g['site']!r}\n   got  {site!r}")
    if not args.no_record:
        record("metadata", pages=len(golds), rows=rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
