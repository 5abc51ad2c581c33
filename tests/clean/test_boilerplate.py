"""Tests for dateline.clean.boilerplate: the shipped model, context smoothing and decoding."""

from __future__ import annotations

import pytest

from dateline.clean.boilerplate import CONTEXT_NAMES, context_features, load_model, model_from_json, viterbi
from dateline.clean.line_features import features
from dateline.clean.lines import page_lines


def test_viterbi_bridges_a_single_doubtful_line() -> None:
    assert viterbi([0.9, 0.45, 0.9], switch_cost=1.0) == [True, True, True]
    assert viterbi([0.9, 0.45, 0.9], switch_cost=0.0) == [True, False, True]
    assert viterbi([], 1.0) == []


def test_context_features_layout() -> None:
    rows = context_features([0.2, 0.8, 0.4])
    assert len(rows) == 3 and all(len(r) == len(CONTEXT_NAMES) for r in rows)
    assert rows[1][CONTEXT_NAMES.index("prev1")] == 0.2
    assert rows[1][CONTEXT_NAMES.index("next1")] == 0.4


def test_shipped_model_records_cross_validated_figures() -> None:
    model = load_model()
    assert model.meta["cv_folds"] >= 2 and 0.0 < model.meta["cv_f1"] <= 1.0
    assert model_from_json(model.to_json()) == model


def test_model_keeps_prose_and_drops_navigation() -> None:
    text = "\n".join([
        "Home | World | Business | Sport | Culture",
        "Sign in",
        "Ministers agree on new water treaty",
        "The ministers of three neighbouring countries agreed on Tuesday to share the river's water more fairly, "
        "ending a dispute that had lasted for more than a decade, officials said.",
        "Under the treaty, each country will publish its water use every month, and a joint commission will "
        "settle disagreements before they reach the courts, according to the text released on Wednesday.",
        "The treaty still needs to be ratified by the three parliaments, which is expected to happen next year.",
        "Most read",
        "Storm hits coast",
        "Election results",
        "Privacy policy | Terms of use | Contact",
    ])
    keep = load_model().keep(features(page_lines(text)))
    assert keep[3] and keep[4] and keep[5]
    assert not keep[0] and not keep[-1]


def test_model_from_json_rejects_another_layout() -> None:
    data = load_model().to_json()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        model_from_json(data)


def test_forest_walks_each_tree_to_its_leaf() -> None:
    import numpy as np

    from dateline.clean.boilerplate import Forest, Stage, forest_from_json

    # one split on feature 1 at 0.5 (left leaf -1, right leaf +2), one single-leaf tree of 0.25
    forest = Forest(0.1, 2, ((1, -1, -1), (-1, -1, -1)), ((0.5, 0.0, 0.0), (0.0, 0.0, 0.0)),
                    ((1, 0, 0), (0, 0, 0)), ((2, 0, 0), (0, 0, 0)), ((0.0, -1.0, 2.0), (0.25, 0.0, 0.0)))
    x = np.array([[1.0, 0.2], [1.0, 0.9]])
    assert forest.margin(x).tolist() == pytest.approx([0.1 - 1.0 + 0.25, 0.1 + 2.0 + 0.25])
    assert forest_from_json(forest.to_json()) == forest
    probs = Stage((), forest=forest).scores(x)
    assert probs[0] < 0.5 < probs[1]


def test_shipped_model_ends_in_a_forest() -> None:
    model = load_model()
    assert model.stages[-1].forest is not None and model.meta["trees"] > 0
