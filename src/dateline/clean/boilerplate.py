"""Classify the lines of flattened page text as article or boilerplate with a learned line model.

The model is stacked stages, as jusText classifies blocks first alone and then in
the light of their neighbours: stage 1 (logistic regression) scores each line from its
own features (``line_features.features``); each later stage adds the previous stage's scores
of the neighbouring lines (context smoothing) and may be a forest of small gradient-boosted
regression trees (``Forest``), which lets the context decide non-linearly, e.g. a short line
is kept between two confident prose lines but not after the article's last one, without
hand-written interaction features. A two-state Viterbi pass with a switching
cost then turns the probabilities into contiguous keep/drop runs. The weights are
learned by ``bench/train_lines.py`` from ../shared/bench/articles and shipped as
``line_model.json``; inference is a few numpy products and array look-ups (trees are
walked for all lines and all trees at once, one step per level).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from dateline.clean.line_features import FEATURE_NAMES, features
from dateline.clean.lines import Line

LOGGER = logging.getLogger(__name__)

FALLBACK_RATIO = 0.7
"""On a page with no confident line, keep lines scoring at least this share of the best one."""
MODEL_PATH = Path(__file__).with_name("line_model.json")
CONTEXT_NAMES: tuple[str, ...] = (
    "prev2", "prev1", "next1", "next2", "mean5", "mean15", "max_prev3", "max_next3",
    "page_max", "relative", "page_mean",
)


def _logistic(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    return out


def context_features(probs: Sequence[float]) -> list[list[float]]:
    """Return, per line, the stage-1 probabilities around it (ordered as ``CONTEXT_NAMES``)."""
    n = len(probs)
    prefix = [0.0]
    for p in probs:
        prefix.append(prefix[-1] + p)

    def mean(lo: int, hi: int) -> float:
        lo, hi = max(0, lo), min(n, hi)
        return (prefix[hi] - prefix[lo]) / (hi - lo) if hi > lo else 0.0

    def at(i: int) -> float:
        return probs[i] if 0 <= i < n else 0.0

    top = max(probs, default=0.0) or 1e-9
    page_mean = prefix[-1] / n if n else 0.0
    rows = []
    for i in range(n):
        rows.append([
            at(i - 2), at(i - 1), at(i + 1), at(i + 2),
            mean(i - 5, i + 6), mean(i - 15, i + 16),
            max(probs[max(0, i - 3): i], default=0.0), max(probs[i + 1: i + 4], default=0.0),
            top, probs[i] / top, page_mean,
        ])
    return rows


def viterbi(probs: Sequence[float], switch_cost: float) -> list[bool]:
    """Return the keep/drop sequence maximising log-likelihood minus ``switch_cost`` per switch."""
    if not probs:
        return []
    eps = 1e-6
    keep_ll = [math.log(min(max(p, eps), 1 - eps)) for p in probs]
    drop_ll = [math.log(min(max(1 - p, eps), 1 - eps)) for p in probs]
    score = [drop_ll[0], keep_ll[0]]
    back: list[tuple[int, int]] = []
    for i in range(1, len(probs)):
        from_drop = (score[0], score[1] - switch_cost)
        from_keep = (score[0] - switch_cost, score[1])
        b0 = 0 if from_drop[0] >= from_drop[1] else 1
        b1 = 0 if from_keep[0] > from_keep[1] else 1
        back.append((b0, b1))
        score = [from_drop[b0] + drop_ll[i], from_keep[b1] + keep_ll[i]]
    state = 0 if score[0] >= score[1] else 1
    path = [state]
    for b in reversed(back):
        state = b[state]
        path.append(state)
    path.reverse()
    return [s == 1 for s in path]


@dataclass(frozen=True, slots=True)
class Forest:
    """Gradient-boosted regression trees adding ``init`` plus one leaf value per tree to a line's score.

    Each tree is stored as parallel node arrays padded to the same length: ``feature``
    (-1 for a leaf), ``threshold`` (a row goes left when its value is below it),
    ``left``, ``right`` (child node indices) and ``value`` (the leaf's contribution).
    """

    init: float
    depth: int
    feature: tuple[tuple[int, ...], ...]
    threshold: tuple[tuple[float, ...], ...]
    left: tuple[tuple[int, ...], ...]
    right: tuple[tuple[int, ...], ...]
    value: tuple[tuple[float, ...], ...]
    _arrays: tuple[np.ndarray, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        arrays = (np.asarray(self.feature, dtype=np.int64), np.asarray(self.threshold, dtype=float),
                  np.asarray(self.left, dtype=np.int64), np.asarray(self.right, dtype=np.int64),
                  np.asarray(self.value, dtype=float))
        object.__setattr__(self, "_arrays", arrays)

    def margin(self, x: np.ndarray) -> np.ndarray:
        """Return ``init`` plus the sum of every tree's leaf value for each row of ``x``."""
        feature, threshold, left, right, value = self._arrays
        n_trees = feature.shape[0]
        if not n_trees or not len(x):
            return np.full(len(x), self.init)
        trees = np.arange(n_trees)[None, :]
        rows = np.arange(len(x))[:, None]
        node = np.zeros((len(x), n_trees), dtype=np.int64)
        for _ in range(self.depth):
            feat = feature[trees, node]
            inner = feat >= 0
            go_left = x[rows, np.where(inner, feat, 0)] < threshold[trees, node]
            node = np.where(inner, np.where(go_left, left[trees, node], right[trees, node]), node)
        out: np.ndarray = self.init + value[trees, node].sum(axis=1)
        return out

    def to_json(self) -> dict[str, Any]:
        return {"init": self.init, "depth": self.depth, "feature": [list(r) for r in self.feature],
                "threshold": [list(r) for r in self.threshold], "left": [list(r) for r in self.left],
                "right": [list(r) for r in self.right], "value": [list(r) for r in self.value]}


def forest_from_json(data: dict[str, Any]) -> Forest:
    """Build a Forest from its JSON form."""
    return Forest(
        float(data["init"]), int(data["depth"]),
        tuple(tuple(int(v) for v in r) for r in data["feature"]),
        tuple(tuple(float(v) for v in r) for r in data["threshold"]),
        tuple(tuple(int(v) for v in r) for r in data["left"]),
        tuple(tuple(int(v) for v in r) for r in data["right"]),
        tuple(tuple(float(v) for v in r) for r in data["value"]),
    )


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage: a logistic regression ``linear``, optionally a small tanh hidden layer, or a forest.

    The score of a row x is ``x @ linear + tanh(x @ hidden + hidden_bias) @ out +
    forest.margin(x)``, each term present only when its weights are; with ``linear``
    alone it is plain logistic regression.
    """

    linear: tuple[float, ...]
    hidden: tuple[tuple[float, ...], ...] = ()
    hidden_bias: tuple[float, ...] = ()
    out: tuple[float, ...] = ()
    forest: Forest | None = None

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Return the probability for each row of ``x``."""
        z = x @ np.asarray(self.linear) if self.linear else np.zeros(len(x))
        if self.forest is not None:
            z = z + self.forest.margin(x)
        if self.hidden:
            z = z + np.tanh(x @ np.asarray(self.hidden) + np.asarray(self.hidden_bias)) @ np.asarray(self.out)
        return _logistic(z)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"linear": list(self.linear), "hidden": [list(r) for r in self.hidden],
                                "hidden_bias": list(self.hidden_bias), "out": list(self.out)}
        if self.forest is not None:
            data["forest"] = self.forest.to_json()
        return data


def stage_from_json(data: dict[str, Any]) -> Stage:
    """Build a Stage from its JSON form."""
    return Stage(
        tuple(float(w) for w in data["linear"]),
        tuple(tuple(float(w) for w in row) for row in data.get("hidden") or ()),
        tuple(float(w) for w in data.get("hidden_bias") or ()),
        tuple(float(w) for w in data.get("out") or ()),
        forest_from_json(data["forest"]) if data.get("forest") else None,
    )


@dataclass(frozen=True, slots=True)
class LineModel:
    """Learned weights of every stage, the decoding switch cost, and how they were measured.

    Stage 1 reads a line's own features; each later stage reads them plus the previous
    stage's probabilities around the line (``context_features``).
    """

    stages: tuple[Stage, ...]
    switch_cost: float
    meta: dict[str, Any]

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Return the last stage's probability that each line belongs to the article."""
        x = np.asarray(rows, dtype=float)
        probs = self.stages[0].scores(x)
        for stage in self.stages[1:]:
            ctx = np.asarray(context_features(probs.tolist()), dtype=float)
            probs = stage.scores(np.hstack([x, ctx]))
        return [float(p) for p in probs]

    def keep(self, rows: Sequence[Sequence[float]]) -> list[bool]:
        """Return the keep/drop decision for each line after Viterbi smoothing.

        A page where no line reaches even odds still has an article (short teaser pages,
        paywalls): its lines within ``FALLBACK_RATIO`` of the page's best line are kept.
        """
        probs = self.probabilities(rows)
        decisions = viterbi(probs, self.switch_cost)
        if not any(decisions) and probs:
            floor = max(probs) * FALLBACK_RATIO
            decisions = [p >= floor for p in probs]
        return decisions

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURE_NAMES),
            "context": list(CONTEXT_NAMES),
            "stages": [stage.to_json() for stage in self.stages],
            "switch_cost": self.switch_cost,
            "meta": self.meta,
        }


def model_from_json(data: dict[str, Any]) -> LineModel:
    """Build a LineModel from its JSON form, checking the feature layout matches this code."""
    if tuple(data["features"]) != FEATURE_NAMES or tuple(data["context"]) != CONTEXT_NAMES:
        raise ValueError("line model was trained on a different feature layout; retrain it")
    return LineModel(
        tuple(stage_from_json(stage) for stage in data["stages"]),
        float(data["switch_cost"]),
        dict(data.get("meta") or {}),
    )


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> LineModel:
    """Load the shipped line model (cached per process)."""
    return model_from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def classify(lines: list[Line], model: LineModel | None = None) -> list[bool]:
    """Return, for each line of one page, True when it belongs to the article body."""
    if not lines:
        return []
    model = model or load_model()
    decisions = model.keep(features(lines))
    LOGGER.debug("line model kept %s of %s lines", sum(decisions), len(decisions))
    return decisions
