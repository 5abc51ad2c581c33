"""`dateline train events` retrains the event decision reproducibly; here on a small slice of the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

pytest.importorskip("sklearn")

from dateline.annotate.eventcat import EventModel, candidates  # noqa: E402
from dateline.annotate.events import _hits_by_token, rule_matches  # noqa: E402
from dateline.train.events import train  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language


def test_training_on_a_slice_is_deterministic_and_gives_a_usable_model(nlp: Language, tmp_path: Path) -> None:
    a = train(tmp_path / "a", nlp, use_dev=False, limit=400)
    b = train(tmp_path / "b", nlp, use_dev=False, limit=400)
    assert a == b and a["held_out_examples"] > 0 and 0 <= a["held_out_type"]["F1"] <= 1
    wa, wb = np.load(tmp_path / "a" / "weights.npz"), np.load(tmp_path / "b" / "weights.npz")
    assert all(np.array_equal(wa[k], wb[k]) for k in wa.files)
    model = EventModel(tmp_path / "a")
    doc = nlp("Police arrested three protesters in the capital on Monday.")
    found = candidates(doc, model, _hits_by_token(rule_matches(doc, nlp)))
    assert any(doc[c.i].lower_ == "arrested" for c in found)
    assert all(c.type in model.types and 0 <= c.p <= 1 for c in found)
