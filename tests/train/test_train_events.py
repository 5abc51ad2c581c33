"""`dateline train events` retrains the event decision reproducibly; here on a small slice of the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

pytest.importorskip("sklearn")

from dateline.annotate.eventcat import EventModel, candidates, load_model  # noqa: E402
from dateline.annotate.events import _hits_by_token, rule_matches  # noqa: E402
from dateline.train.events import CONFIG, SHARED, dev_pages, train, train_folds  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language


def test_training_on_a_slice_is_deterministic_and_gives_a_usable_model(nlp: Language, tmp_path: Path) -> None:
    a = train(tmp_path / "a", nlp, use_dev=False, limit=400)
    b = train(tmp_path / "b", nlp, use_dev=False, limit=400)
    assert a == b and a["held_out_examples"] > 0 and 0 <= a["held_out_type"]["F1"] <= 1
    wa, wb = np.load(tmp_path / "a" / "weights.npz"), np.load(tmp_path / "b" / "weights.npz")
    assert all(np.array_equal(wa[k], wb[k]) for k in wa.files)
    model = EventModel(tmp_path / "a")
    assert model.noun_threshold == json.loads(CONFIG.read_text(encoding="utf8"))["noun_threshold"] > model.threshold
    doc = nlp("Police arrested three protesters in the capital on Monday.")
    found = candidates(doc, model, _hits_by_token(rule_matches(doc, nlp)))
    assert any(doc[c.i].lower_ == "arrested" for c in found)
    assert all(c.type in model.types and 0 <= c.p <= 1 for c in found)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "dev").exists(), reason="needs ../shared beside the checkout")
def test_fold_models_each_leave_their_pages_out(nlp: Language, tmp_path: Path) -> None:
    folds = train_folds(tmp_path, nlp, 2, limit=300)
    pages = [p.stem for p in dev_pages()]
    assert folds == [pages[0::2], pages[1::2]]
    for i, held in enumerate(folds):
        meta = json.loads((tmp_path / f"fold{i}" / "model.json").read_text(encoding="utf8"))
        assert [Path(n).stem for n in meta["report"]["held_out_pages"]] == sorted(held)
        assert load_model(str(tmp_path / f"fold{i}")) is not None
    w0, w1 = (np.load(tmp_path / f"fold{i}" / "weights.npz")["w_type"] for i in (0, 1))
    assert w0.shape != w1.shape or not np.array_equal(w0, w1)
