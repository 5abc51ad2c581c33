"""Load the learned weights and word lists that rank a flattened page's title and site candidates.

``metadata_model.json`` holds, per task ("title", "site"), the feature names, the logistic
weights and the lowest probability at which the best candidate is still given; it is written by
bench/train_metadata.py. ``metadata_words.json`` holds the word lists the candidate rules use.
"""

from __future__ import annotations

import json
import logging
import math
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from dateline.clean.boilerplate import Forest, forest_from_json
from dateline.errors import ConfigError

LOGGER = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("metadata_model.json")
WORDS_PATH = Path(__file__).with_name("metadata_words.json")


@lru_cache(maxsize=1)
def load_words() -> dict[str, list[str]]:
    """Return the word lists of ``metadata_words.json`` (keys starting with "_" are its comments)."""
    raw: dict[str, Any] = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    return {k: [str(w) for w in v] for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    """Return the title and site models of ``path``.

    Raises:
        ConfigError: G001 when the file lacks a task's weights or their count does not
            match its feature names.
    """
    model: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    for task in ("title", "site"):
        part = model.get(task) or {}
        if len(part.get("weights", [])) != len(part.get("features", [None])):
            raise ConfigError("G001", option=path, detail=f"the {task} weights do not match its features")
    return model


def check_features(task: str, names: Sequence[str]) -> None:
    """Make sure the shipped model was fitted on the features the code computes.

    Raises:
        ConfigError: G001 when the feature names differ.
    """
    shipped = load_model()[task]["features"]
    if list(shipped) != list(names):
        raise ConfigError("G001", option=MODEL_PATH.name, detail=f"{task} features {shipped} differ from the code's {list(names)}")


@lru_cache(maxsize=8)
def _forest(task: str, path: str = str(MODEL_PATH)) -> Forest | None:
    data = load_model(path)[task].get("forest")
    return forest_from_json(data) if data else None


def score(task: str, feats: Sequence[float], model: dict[str, Any] | None = None) -> float:
    """Return the model's probability that a candidate with ``feats`` is the page's ``task`` value.

    The score is the logistic weights' sum plus, when the model has one, a forest of small
    gradient-boosted trees (``boilerplate.Forest``) over the same features.
    """
    part = (model or load_model())[task]
    z = sum(w * x for w, x in zip(part["weights"], feats))
    forest = (forest_from_json(part["forest"]) if part.get("forest") else None) if model else _forest(task)
    if forest is not None:
        z += float(forest.margin(np.asarray([feats], dtype=float))[0])
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def floor(task: str, model: dict[str, Any] | None = None) -> float:
    """Return the lowest probability at which the best ``task`` candidate is still given."""
    return float((model or load_model())[task].get("floor", 0.0))
