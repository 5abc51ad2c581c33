"""Learn the flattened-text line model from the article benchmark and report cross-validated F1.

Line labels come from ../shared/bench/articles: a flattened line is article text when at
least half of its tokens still occur in the page's true body (the rule of
../shared/tools/oracle_lines.py, tokens consumed as they match). Logistic stages are
fitted by Newton's method (IRLS, L2 penalty) in numpy; with ``--trees N`` (the default)
the last stage is instead a forest of N gradient-boosted regression trees of depth
``--depth`` on the logistic loss, grown on quantile-binned features (histograms per
node, as LightGBM does) and written as plain node arrays. Figures are k-fold
cross-validated by page: every page is scored by a model that never saw it. The
final model is then fitted on all pages and written to src/dateline/clean/line_model.json.

Usage: python bench/train_lines.py [--folds 5] [--weighting tokens|sqrt|flat] [--stages 2] [--hidden 0]
                                  [--trees 100] [--depth 3] [--rate 0.1]
                                  [--labels oracle|shingles] [--no-write]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dateline.clean.boilerplate import CONTEXT_NAMES, Forest, LineModel, Stage, context_features, viterbi
from dateline.clean.line_features import FEATURE_NAMES, features
from dateline.clean.lines import Line, page_lines

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
BENCH = SHARED / "bench" / "articles"
OUT = HERE.parent / "src" / "dateline" / "clean" / "line_model.json"
TOKEN = re.compile(r"\w+")
SWITCH_COSTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
TREES, DEPTH, RATE = 100, 3, 0.1
"""Default forest of the last stage: number of trees, their depth and the learning rate."""


def load_scorer():
    """Import ../shared/tools/score_clean.py (the benchmark's own metric) as a module."""
    spec = importlib.util.spec_from_file_location("score_clean", SHARED / "tools" / "score_clean.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def oracle_labels(lines: list[Line], gold: str, threshold: float = 0.5) -> list[int]:
    """Label each line 1 when at least ``threshold`` of its tokens remain in the gold body."""
    avail = Counter(TOKEN.findall(gold))
    out = []
    for ln in lines:
        toks = TOKEN.findall(ln.text)
        hit = sum(1 for t in toks if avail[t] > 0)
        keep = bool(toks) and hit / len(toks) >= threshold
        if keep:
            for t in toks:
                if avail[t] > 0:
                    avail[t] -= 1
        out.append(int(keep))
    return out


def shingle_labels(lines: list[Line], gold: str, threshold: float = 0.5) -> list[int]:
    """Label each line 1 when most of its token 4-grams occur in the gold body.

    Lines of fewer than four tokens must occur whole in the gold body and sit next to a
    line labelled 1 by the 4-gram rule, so menu words that merely recur in the article
    are not taken for article text.
    """
    gold_toks = TOKEN.findall(gold)
    grams = {tuple(gold_toks[i:i + 4]) for i in range(max(1, len(gold_toks) - 3))}
    joined = " " + " ".join(gold_toks) + " "
    long_lab: list[int | None] = []
    for ln in lines:
        toks = TOKEN.findall(ln.text)
        if len(toks) >= 4:
            own = [tuple(toks[i:i + 4]) for i in range(len(toks) - 3)]
            long_lab.append(int(sum(g in grams for g in own) / len(own) >= threshold))
        else:
            long_lab.append(None)
    out = []
    for i, ln in enumerate(lines):
        if long_lab[i] is not None:
            out.append(long_lab[i])
            continue
        toks = TOKEN.findall(ln.text)
        near = any(0 <= j < len(lines) and long_lab[j] == 1 for j in (i - 1, i + 1, i - 2, i + 2))
        out.append(int(bool(toks) and near and (" " + " ".join(toks) + " ") in joined))
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, iters: int = 30) -> np.ndarray:
    """Fit weighted L2-penalised logistic regression by Newton steps; return the weights."""
    beta = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + penalty + np.eye(x.shape[1]) * 1e-9
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def fit_stage(x: np.ndarray, y: np.ndarray, w: np.ndarray, hidden: int, seed: int = 0,
              epochs: int = 400, l2: float = 1e-3) -> Stage:
    """Fit logistic regression, then (``hidden`` > 0) a tanh hidden layer on top of it by Adam."""
    linear = fit_logistic(x, y, w)
    if hidden <= 0:
        return Stage(tuple(linear.tolist()))
    rng = np.random.default_rng(seed)
    params = {
        "v": linear.copy(),
        "w1": rng.normal(0, 0.3, (x.shape[1], hidden)),
        "b1": np.zeros(hidden),
        "w2": np.zeros(hidden),
    }
    moments = {k: (np.zeros_like(p), np.zeros_like(p)) for k, p in params.items()}
    wn = w / w.sum()
    lr, b1m, b2m, eps = 0.01, 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        h = np.tanh(x @ params["w1"] + params["b1"])
        z = x @ params["v"] + h @ params["w2"]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = wn * (p - y)
        dh = np.outer(g, params["w2"]) * (1 - h ** 2)
        grads = {
            "v": x.T @ g + l2 * params["v"],
            "w1": x.T @ dh + l2 * params["w1"],
            "b1": dh.sum(axis=0),
            "w2": h.T @ g + l2 * params["w2"],
        }
        for k, grad in grads.items():
            m1, m2 = moments[k]
            m1 = b1m * m1 + (1 - b1m) * grad
            m2 = b2m * m2 + (1 - b2m) * grad ** 2
            moments[k] = (m1, m2)
            params[k] -= lr * (m1 / (1 - b1m ** t)) / (np.sqrt(m2 / (1 - b2m ** t)) + eps)
    return Stage(tuple(params["v"].tolist()), tuple(map(tuple, params["w1"].tolist())),
                 tuple(params["b1"].tolist()), tuple(params["w2"].tolist()))


def fit_forest(x: np.ndarray, y: np.ndarray, w: np.ndarray, trees: int = TREES, depth: int = DEPTH,
               rate: float = RATE, bins: int = 32, l2: float = 1.0, min_rows: int = 20) -> Forest:
    """Fit gradient-boosted regression trees on the weighted logistic loss (second-order, XGBoost style).

    Features are cut at up to ``bins`` quantiles; each node's best split comes from
    per-bin sums of gradients and Hessians; leaves hold ``-rate * G / (H + l2)``.
    """
    n, n_feat = x.shape
    width = bins + 1
    edges = [np.unique(np.quantile(x[:, f], np.linspace(0, 1, bins + 1)[1:-1])) for f in range(n_feat)]
    xb = np.column_stack([np.searchsorted(e, x[:, f], side="right") for f, e in enumerate(edges)])
    offset = xb + np.arange(n_feat) * width
    w = w / w.mean()
    p0 = float(np.clip(np.average(y, weights=w), 1e-3, 1 - 1e-3))
    init = math.log(p0 / (1 - p0))
    z = np.full(n, init)
    grown: list[tuple[list[int], list[float], list[int], list[int], list[float]]] = []
    for _ in range(trees):
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g, h = w * (p - y), w * p * (1 - p)
        feat: list[int] = [-1]
        thr, left, right, value = [0.0], [0], [0], [0.0]
        frontier = [(0, np.arange(n))]
        contribution = np.zeros(n)
        for level in range(depth + 1):
            nxt = []
            for node, idx in frontier:
                g_sum, h_sum = g[idx].sum(), h[idx].sum()
                value[node] = -rate * g_sum / (h_sum + l2)
                contribution[idx] = value[node]
                if level == depth or len(idx) < min_rows:
                    continue
                cells = offset[idx].ravel()
                hg = np.bincount(cells, np.repeat(g[idx], n_feat), n_feat * width).reshape(n_feat, width)
                hh = np.bincount(cells, np.repeat(h[idx], n_feat), n_feat * width).reshape(n_feat, width)
                gl, hl = np.cumsum(hg, 1)[:, :-1], np.cumsum(hh, 1)[:, :-1]
                gain = gl ** 2 / (hl + l2) + (g_sum - gl) ** 2 / (h_sum - hl + l2) - g_sum ** 2 / (h_sum + l2)
                gain[(hl < 1e-3) | (h_sum - hl < 1e-3)] = -1.0
                f, b = np.unravel_index(int(np.argmax(gain)), gain.shape)
                if gain[f, b] <= 1e-6 or b >= len(edges[f]):
                    continue
                go_left = xb[idx, f] <= b
                feat[node], thr[node] = int(f), float(edges[f][b])
                for child in (idx[go_left], idx[~go_left]):
                    feat.append(-1)
                    thr.append(0.0)
                    left.append(0)
                    right.append(0)
                    value.append(0.0)
                    nxt.append((len(feat) - 1, child))
                left[node], right[node] = len(feat) - 2, len(feat) - 1
            frontier = nxt
        z += contribution
        grown.append((feat, thr, left, right, value))
    size = max(len(t[0]) for t in grown)

    def pad(k: int, fill: float) -> tuple[tuple, ...]:
        return tuple(tuple(t[k]) + (fill,) * (size - len(t[k])) for t in grown)

    return Forest(init, depth, pad(0, -1), pad(1, 0.0), pad(2, 0), pad(3, 0), pad(4, 0.0))


def line_weights(pages: list[dict], weighting: str) -> list[np.ndarray]:
    """Weight lines by their token count (the metric counts shingles), each page summing to one."""
    out = []
    for pg in pages:
        n_tok = np.array([max(len(TOKEN.findall(ln.text)), 1) for ln in pg["lines"]], dtype=float)
        w = {"tokens": n_tok, "sqrt": np.sqrt(n_tok), "flat": np.ones_like(n_tok)}[weighting]
        out.append(w / w.sum() * 100.0)
    return out


def train(pages: list[dict], weights: list[np.ndarray], switch_cost: float, n_stages: int = 2,
          hidden: int = 0, trees: int = TREES, depth: int = DEPTH, rate: float = RATE) -> LineModel:
    """Fit stage 1, then each later stage on the previous stage's context, over the given pages.

    With ``trees`` > 0 the last of several stages is a forest instead of a logistic regression.
    """
    y = np.concatenate([pg["y"] for pg in pages])
    w = np.concatenate(weights)
    stages = [fit_stage(np.vstack([pg["x"] for pg in pages]), y, w, hidden)]
    probs = [stages[0].scores(pg["x"]) for pg in pages]
    for k in range(1, n_stages):
        xs = [np.hstack([pg["x"], np.array(context_features(p.tolist()))]) for pg, p in zip(pages, probs)]
        if trees > 0 and k == n_stages - 1:
            stage = Stage((), forest=fit_forest(np.vstack(xs), y, w, trees, depth, rate))
        else:
            stage = fit_stage(np.vstack(xs), y, w, hidden)
        stages.append(stage)
        probs = [stage.scores(x) for x in xs]
    return LineModel(tuple(stages), switch_cost, {})


def predict_text(model: LineModel, page: dict, switch_cost: float) -> str:
    """Return the kept lines of one page joined by newlines."""
    probs = model.probabilities(page["x"].tolist())
    keep = viterbi(probs, switch_cost)
    return "\n".join(ln.text for ln, k in zip(page["lines"], keep) if k)


def load_pages(labels: str = "oracle") -> list[dict]:
    """Read every flattened benchmark page with its gold body, features and line labels.

    ``labels``: "oracle" (the rule of oracle_lines.py) or "shingles" (``shingle_labels``).
    """
    gold = json.loads((BENCH / "ground-truth.json").read_text("utf-8"))
    pages = []
    for doc_id in sorted(gold):
        flat = gzip.open(BENCH / "flat" / f"{doc_id}.txt.gz", "rt", encoding="utf-8").read()
        lines = page_lines(flat)
        body = gold[doc_id]["articleBody"]
        pages.append({
            "id": doc_id, "lines": lines, "gold": body,
            "x": np.array(features(lines), dtype=float),
            "y": np.array((shingle_labels if labels == "shingles" else oracle_labels)(lines, body), dtype=float),
        })
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (by page)")
    ap.add_argument("--weighting", default="flat", choices=("tokens", "sqrt", "flat"),
                    help="per-line sample weight")
    ap.add_argument("--stages", type=int, default=2, help="stacked logistic stages (1 = no context)")
    ap.add_argument("--hidden", type=int, default=0, help="tanh hidden units per stage (0 = logistic only)")
    ap.add_argument("--trees", type=int, default=TREES, help="boosted trees in the last stage (0 = logistic)")
    ap.add_argument("--depth", type=int, default=DEPTH, help="depth of each boosted tree")
    ap.add_argument("--rate", type=float, default=RATE, help="learning rate of the boosted trees")
    ap.add_argument("--labels", default="oracle", choices=("oracle", "shingles"), help="how lines are labelled")
    ap.add_argument("--no-write", action="store_true", help="report CV figures only")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    t0 = time.time()
    pages = load_pages(args.labels)
    print(f"# {len(pages)} pages, {sum(len(p['lines']) for p in pages)} lines, features {time.time() - t0:.1f}s",
          file=sys.stderr)
    weights = line_weights(pages, args.weighting)
    gold = {pg["id"]: pg["gold"] for pg in pages}
    preds: dict[float, dict[str, str]] = {c: {} for c in SWITCH_COSTS}
    for fold in range(args.folds):
        test = [i for i in range(len(pages)) if i % args.folds == fold]
        train_idx = [i for i in range(len(pages)) if i % args.folds != fold]
        model = train([pages[i] for i in train_idx], [weights[i] for i in train_idx], 0.0, args.stages,
                      args.hidden, args.trees, args.depth, args.rate)
        for i in test:
            for c in SWITCH_COSTS:
                preds[c][pages[i]["id"]] = predict_text(model, pages[i], c)
    results = {}
    print(f"{'system':28s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for c in SWITCH_COSTS:
        rows, _, _, _ = scorer.score_system(gold, preds[c], 4, False, False)
        m = scorer.aggregate(rows)
        results[c] = m
        print(f"{'cv line model, switch=' + str(c):28s} {m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f}")
    best = max(SWITCH_COSTS, key=lambda c: results[c]["f1"])
    print(f"best switch cost {best}: cross-validated F1={results[best]['f1']:.4f}")
    if args.no_write:
        return 0
    model = train(pages, weights, best, args.stages, args.hidden, args.trees, args.depth, args.rate)
    meta = {
        "trained_on": "shared/bench/articles flat (181 pages)",
        "labels": args.labels,
        "weighting": args.weighting,
        "stages": args.stages,
        "hidden": args.hidden,
        "trees": args.trees,
        "depth": args.depth,
        "rate": args.rate,
        "cv_folds": args.folds,
        "cv_f1": round(results[best]["f1"], 4),
        "cv_precision": round(results[best]["precision"], 4),
        "cv_recall": round(results[best]["recall"], 4),
    }
    model = LineModel(model.stages, best, meta)
    OUT.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    for name, wt in zip(FEATURE_NAMES + CONTEXT_NAMES, model.stages[-1].linear):
        LOGGER.debug("%s %.3f", name, wt)
    return 0


if __name__ == "__main__":
    sys.exit(main())
