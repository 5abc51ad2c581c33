"""Fit the title and site rankers of flattened pages on the article benchmark and report held-out accuracy.

Gold: bench/data/articles_metadata.jsonl. Each of the 181 flattened pages is cleaned as in
bench/metadata.py (one run, a line model fitted without the page), and the layout the cleaner
hands to ``clean.metadata.extract`` (lines, the line model's decisions, where the body starts and
ends) is recorded. Every candidate headline line (``clean.title.candidates``) and candidate site
name (``clean.site.candidates``, once without the page's URL and once with it) is labelled by the
benchmark's own match (bench/metadata.py) and a logistic model per task is fitted (weighted so
each page counts once, L2 penalty, Newton steps as bench/train_lines.py does).

Figures are cross-validated by site: pages are grouped by their domain and the groups dealt
into ``--folds`` folds, so no page is scored by a model that saw its site. The report gives,
per task, the held-out accuracy of the full ``extract`` (the model picks, then the title's site
suffix is cut), the share of pages where some candidate is right (the ceiling), and the
previous rules' accuracy on the same layouts as the baseline. The final models are fitted on
all pages and written to src/dateline/clean/metadata_model.json (unless ``--no-write``): the
linear ones by default, whose held-out figures beat the trees' on both tasks (title 0.867 against
0.790, site 0.713 against 0.558 without the URL, 0.978 with it; ceilings 0.961 and 0.890; December 2026,
issue 15; with the rules that pass over furniture, captions and mastheads and take a name's fuller
form, the linear rankers reach title 0.901 and site 0.740, as bench/metadata.py reports by default;
with the publisher, 'Visit' and trademark-statement cues, site 0.757 and 0.978 with the URL; with a
copyright line's company yielding to the page's own brand (clean/site.py, _owner_yields), site 0.790).
The last line gives the share of pages whose text names their site at all (0.945: ten pages name
it only in a logo or the markup), the bound of any flattened-text site figure.

Usage: python bench/train_metadata.py [--folds 5] [--l2 1.0] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

import metadata as bench_metadata  # bench/metadata.py, beside this script
from train_lines import fit_forest  # bench/train_lines.py, beside this script

import dateline.clean.text as text_stage
from dateline.clean import find_templates
from dateline.clean import metadata as meta_stage
from dateline.clean.site import SITE_FEATURES, brand_keys
from dateline.clean.site import candidates as site_candidates
from dateline.clean.title import TITLE_FEATURES
from dateline.clean.title import candidates as title_candidates
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "dateline" / "clean" / "metadata_model.json"


def record_layouts(golds: list[dict], folds: int, models: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Clean every page with its held-out line model; return id -> the arguments ``extract`` received.

    ``models``: the held-out line model of each page id, when the caller has fitted them already.
    """
    models = models or bench_metadata.fold_models([g["id"] for g in golds], folds)
    raw = {g["id"]: RawPage(Source(f"{g['id']}.txt"), bench_metadata.read_gz(
        bench_metadata.BENCH / "flat" / f"{g['id']}.txt.gz"), "text") for g in golds}
    templates = find_templates(raw.values())
    layouts: dict[str, dict[str, Any]] = {}
    real_extract = text_stage.extract
    current: list[str] = []

    def recording(lines, raw_lines, start, end, keep=None, url=None, model=None):  # type: ignore[no-untyped-def]
        layouts[current[0]] = {"lines": lines, "raw_lines": raw_lines, "start": start, "end": end, "keep": keep}
        return real_extract(lines, raw_lines, start, end, keep=keep, url=url, model=model)

    text_stage.extract = recording
    try:
        for pid, page in raw.items():
            current[:] = [pid]
            try:
                text_stage.clean_text(page, Options(), models[pid], templates.of(page.source))
            except CleanError:
                continue
    finally:
        text_stage.extract = real_extract
    return layouts


def examples(golds: list[dict], layouts: dict[str, dict[str, Any]]) -> dict[str, list[tuple[str, np.ndarray, np.ndarray]]]:
    """Return per task a list of (page id, candidate features, labels); site pages appear without and with URL."""
    out: dict[str, list[tuple[str, np.ndarray, np.ndarray]]] = {"title": [], "site": []}
    for g in golds:
        lay = layouts.get(g["id"])
        if lay is None:
            continue
        lines = lay["lines"]
        offset = 1 if meta_stage.CRAWLER_LINE.match(lay["raw_lines"][lines[0].number - 1]) else 0
        dated = meta_stage._dated(lines)
        cands = title_candidates(lines, lay["keep"], lay["start"], lay["end"], dated, brand_keys(lines[offset:]))
        if cands:
            out["title"].append((g["id"], np.array([f for _, f in cands]),
                                 np.array([float(bench_metadata.title_ok(lines[i].text, g)) for i, _ in cands])))
        for url in (None, g["url"]):
            sites = site_candidates(lines[offset:], url, (lay["start"] - offset, lay["end"] - offset))
            if sites:
                out["site"].append((g["id"], np.array([f for _, f in sites]),
                                    np.array([float(bench_metadata.site_ok(n, g)) for n, _ in sites])))
    return out


def fit(pages: list[tuple[str, np.ndarray, np.ndarray]], l2: float, iters: int = 300) -> np.ndarray:
    """Fit one task's weights as a conditional logit: per page, a softmax over its candidates.

    The likelihood is that of picking a right candidate among the page's candidates (all right
    candidates of a page share its probability mass), so every page counts once whatever its
    number of candidates, and only differences between a page's candidates matter (the bias
    is kept for the shipped probabilities: fitted last, as a plain logistic intercept). Newton
    steps with an L2 penalty.
    """
    usable = [(x, y) for _, x, y in pages if y.any() and not y.all()]
    if not usable:  # no page tells a right candidate from a wrong one (a smoke test's few pages): no preference
        return np.zeros(pages[0][1].shape[1]) if pages else np.zeros(0)
    dim = usable[0][0].shape[1]
    beta = np.zeros(dim)
    penalty = np.eye(dim) * l2
    penalty[0, 0] = 0.0

    def loss(b: np.ndarray) -> float:
        total = 0.5 * b @ penalty @ b
        for x, y in usable:
            z = x @ b
            top = z.max()
            total -= np.log((np.exp(z - top) * y).sum()) - np.log(np.exp(z - top).sum())
        return float(total)

    current = loss(beta)
    for _ in range(iters):
        grad = penalty @ beta
        hess = penalty + np.eye(dim) * 1e-6
        for x, y in usable:
            z = x @ beta
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * y / max((p * y).sum(), 1e-12)  # posterior over the page's right candidates
            grad += x.T @ (p - q)
            mean = x.T @ p
            hess += (x * p[:, None]).T @ x - np.outer(mean, mean)
        hess[0, 0] += 1.0
        step = np.linalg.solve(hess, grad)
        rate = 1.0
        while rate > 1e-4 and loss(beta - rate * step) > current:
            rate /= 2  # the likelihood over several right candidates is not concave: damp the step
        beta = beta - rate * step
        new = loss(beta)
        if current - new < 1e-7:
            break
        current = new
    # an intercept that turns scores into calibrated-looking probabilities of a candidate being right
    xs = np.vstack([x for _, x, _ in pages])
    ys = np.concatenate([y for _, _, y in pages])
    z = xs @ beta
    bias = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z + bias, -30, 30)))
        bias -= (p - ys).sum() / max((p * (1 - p)).sum(), 1e-9)
    beta[0] += bias
    return beta


def fit_trees(pages: list[tuple[str, np.ndarray, np.ndarray]], trees: int, depth: int) -> dict[str, Any]:
    """Fit a forest of gradient-boosted trees on the candidates (logistic loss, each page's positives and
    negatives weighing one page each); return its JSON form."""
    xs, ys, ws = [], [], []
    for _, x, y in pages:
        pos, neg = y.sum(), len(y) - y.sum()
        xs.append(x)
        ys.append(y)
        ws.append(np.where(y > 0, 1.0 / max(pos, 1.0), 1.0 / max(neg, 1.0)))
    forest = fit_forest(np.vstack(xs), np.concatenate(ys), np.concatenate(ws), trees=trees, depth=depth,
                        min_rows=10)
    return forest.to_json()


def site_folds(golds: list[dict], folds: int) -> dict[str, int]:
    """Deal the pages' domains round-robin into folds (sorted by domain, so the split is fixed)."""
    domains = sorted({urlsplit(g["url"]).hostname or "" for g in golds})
    fold = {d: k % folds for k, d in enumerate(domains)}
    return {g["id"]: fold[urlsplit(g["url"]).hostname or ""] for g in golds}


def model_json(weights: dict[str, np.ndarray], note: str, forests: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"_doc": note}
    for task, names in (("title", TITLE_FEATURES), ("site", SITE_FEATURES)):
        w = weights[task] if not forests else np.zeros(len(names))
        out[task] = {"features": list(names), "weights": [round(float(v), 5) for v in w], "floor": 0.0}
        if forests:
            out[task]["forest"] = forests[task]
    return out


def predict(golds: list[dict], layouts: dict[str, dict[str, Any]], model: dict[str, Any] | None,
            with_url: bool) -> dict[str, tuple[str | None, str | None]]:
    """Run ``extract`` on the recorded layouts with ``model``; return id -> (title, site)."""
    out = {}
    for g in golds:
        lay = layouts.get(g["id"])
        if lay is None:
            out[g["id"]] = (None, None)
            continue
        meta = meta_stage.extract(lay["lines"], lay["raw_lines"], lay["start"], lay["end"], keep=lay["keep"],
                                  url=g["url"] if with_url else None, model=model)
        out[g["id"]] = (meta.title, meta.site)
    return out


def heldout_by_site(golds: list[dict], layouts: dict[str, dict[str, Any]], folds: int, l2: float,
                    with_url: bool) -> dict[str, tuple[str | None, str | None]]:
    """Return id -> (title, site), each page's from linear rankers fitted on the pages of the other sites' folds."""
    data = examples(golds, layouts)
    fold = site_folds(golds, folds)
    out: dict[str, tuple[str | None, str | None]] = {}
    for k in range(folds):
        weights = {task: fit([p for p in pages if fold[p[0]] != k], l2) for task, pages in data.items()}
        out.update(predict([g for g in golds if fold[g["id"]] == k], layouts, model_json(weights, "fold"), with_url))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (pages grouped by site)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic fits")
    ap.add_argument("--learner", default="linear", choices=("linear", "trees"),
                    help="model written to the package (linear: the better held-out figures of both tasks)")
    ap.add_argument("--trees", type=int, default=100, help="trees of the forest")
    ap.add_argument("--depth", type=int, default=3, help="depth of each tree")
    ap.add_argument("--no-write", action="store_true", help="report only; do not write the shipped model")
    args = ap.parse_args(argv)
    golds = [json.loads(x) for x in bench_metadata.GOLD.read_text("utf-8").splitlines() if x.strip()]
    layouts = record_layouts(golds, args.folds)
    data = examples(golds, layouts)
    fold = site_folds(golds, args.folds)
    learners = ("linear", "trees")
    held: dict[tuple[str, bool], dict[str, tuple[str | None, str | None]]] = {
        (learner, u): {} for learner in learners for u in (False, True)}
    for k in range(args.folds):
        train = {task: [p for p in pages if fold[p[0]] != k] for task, pages in data.items()}
        weights = {task: fit(pages, args.l2) for task, pages in train.items()}
        forests = {task: fit_trees(pages, args.trees, args.depth) for task, pages in train.items()}
        test = [g for g in golds if fold[g["id"]] == k]
        for learner, model in (("linear", model_json(weights, "fold")), ("trees", model_json(weights, "fold", forests))):
            for with_url in (False, True):
                held[(learner, with_url)].update(predict(test, layouts, model, with_url))
    by_page: dict[str, dict[str, list[np.ndarray]]] = defaultdict(lambda: defaultdict(list))
    for task, pages in data.items():
        for pid, _, y in pages:
            by_page[task][pid].append(y)
    n = len(golds)
    print(f"## title and site of {n} flattened pages, {args.folds}-fold cross-validated by site")
    print(f"{'':44s} {'title':>6s} {'site':>6s}")
    for learner in learners:
        for with_url in (False, True):
            pred = held[(learner, with_url)]
            t = sum(bench_metadata.title_ok(pred[g["id"]][0], g) for g in golds) / n
            s = sum(bench_metadata.site_ok(pred[g["id"]][1], g) for g in golds) / n
            print(f"{'held-out ' + learner + (' (with URL)' if with_url else ''):44s} {t:6.3f} {s:6.3f}")
    ceiling_t = sum(any(y.any() for y in by_page["title"].get(g["id"], [])) for g in golds) / n
    ceiling_s = [sum(bool(len(ys) > u and ys[u].any()) for ys in (by_page["site"].get(g["id"], []),))
                 for u in (0, 1) for g in golds]
    print(f"{'ceiling: some candidate is right':44s} {ceiling_t:6.3f} {sum(ceiling_s[:n]) / n:6.3f}")
    print(f"{'ceiling with URL':44s} {'':6s} {sum(ceiling_s[n:]) / n:6.3f}")
    named = sum(bench_metadata.named_in_text(g, bench_metadata.read_gz(bench_metadata.BENCH / "flat" / f"{g['id']}.txt.gz"))
                for g in golds)
    print(f"{'ceiling: the text names the site at all':44s} {'':6s} {named / n:6.3f}  ({n - named} pages name it nowhere)")
    final = {task: fit(pages, args.l2) for task, pages in data.items()}
    final_forests = ({task: fit_trees(pages, args.trees, args.depth) for task, pages in data.items()}
                     if args.learner == "trees" else None)
    for task, names in (("title", TITLE_FEATURES), ("site", SITE_FEATURES)):
        print(f"{task} linear weights: " + ", ".join(f"{nm}={w:+.2f}" for nm, w in zip(names, final[task])))
    if not args.no_write:
        note = ("Title and site rankers of flattened pages (clean/title.py, clean/site.py): logistic weights over "
                "the features named beside them, fitted by bench/train_metadata.py on bench/data/"
                "articles_metadata.jsonl (181 pages of ../shared/bench/articles); 'floor' is the lowest "
                "probability at which the best candidate is still given.")
        OUT.write_text(json.dumps(model_json(final, note, final_forests), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
