"""Tests for dateline.clean.metadata_model: the shipped weights match the code's features."""

from __future__ import annotations

import json

import pytest

from dateline.clean.metadata_model import check_features, load_model, load_words, score
from dateline.clean.site import SITE_FEATURES
from dateline.clean.title import TITLE_FEATURES
from dateline.errors import ConfigError


def test_shipped_model_matches_the_features() -> None:
    check_features("title", TITLE_FEATURES)
    check_features("site", SITE_FEATURES)
    assert 0.0 < score("title", [1.0] + [0.0] * (len(TITLE_FEATURES) - 1)) < 1.0


def test_word_lists_load_without_comments() -> None:
    words = load_words()
    assert "legal_suffixes" in words and not any(k.startswith("_") for k in words)


def test_malformed_model_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"title": {"features": ["bias"], "weights": []}, "site": {}}), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_model(str(path))
    assert err.value.code == "G001"
