"""Test cutting an article into mention and evidence segments for the article view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.serve.article import segments


def test_mentions_nest_inside_evidence_and_anchor_once() -> None:
    text = "Kim met Putin. Later nothing."
    kim, putin = {"id": "e:kim"}, {"id": "e:putin"}
    segs = segments(text, [(0, 3, kim), (8, 13, putin)], [(0, 14, "ev-v-1"), (0, 14, "pos-0")])
    assert "".join(s.text for s in segs) == text
    assert [s.text for s in segs if s.entity] == ["Kim", "Putin"]
    assert segs[0].anchors == ["ev-v-1", "pos-0"]
    assert all(s.anchors == [] for s in segs[1:])
    assert [s.text for s in segs if "ev-v-1" in s.evidence] == ["Kim", " met ", "Putin", "."]


def test_out_of_range_spans_are_clipped_and_anchors_kept() -> None:
    segs = segments("short", [(3, 99, {"id": "e:x"}), (7, 9, {"id": "e:y"})], [(50, 60, "ev-v-2")])
    assert "".join(s.text for s in segs) == "short"
    assert [s.text for s in segs if s.entity] == ["rt"]
    assert segs[0].anchors == ["ev-v-2"]


@given(st.text(max_size=30), st.lists(st.tuples(st.integers(-5, 40), st.integers(-5, 40)), max_size=6))
def test_segments_always_rebuild_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    segs = segments(text, [(a, b, {"id": "e:x"}) for a, b in spans], [(a, b, f"ev-{i}") for i, (a, b) in enumerate(spans)])
    assert "".join(s.text for s in segs) == text
