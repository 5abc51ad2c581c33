"""Test that planning a run in parts (``resolve/plan.py``) gives every document the links of planning it whole."""

from __future__ import annotations

import json
import random

import pytest

from dateline.model import Document, document_from_json
from dateline.resolve import apply_links, plan_links
from dateline.resolve.plan import in_memory, plan_parts
from generated import generated_lines


@pytest.fixture(scope="module")
def records() -> list[Document]:
    return [document_from_json(json.loads(line)) for line in generated_lines(1200, 5)]


def test_parts_in_any_order_plan_as_the_whole_run(records):
    whole = plan_links(records)
    pairs = list(enumerate(records))
    random.Random(3).shuffle(pairs)  # parts hold interleaved stretches of the run, as spill parts do
    parts = [pairs[n::4] for n in range(4)]
    part_links = plan_parts(in_memory(parts), len(parts))
    got_ids = {k: v for links in part_links for k, v in links.ids.items()}
    got_occ = {k: v for links in part_links for k, v in links.occurrences.items()}
    assert got_ids == whole.ids and got_occ == whole.occurrences
    assert set().union(*(links.dropped for links in part_links)) == whole.dropped
    for part, links in zip(parts, part_links, strict=True):
        for index, doc in part:
            assert apply_links(index, doc, links) == apply_links(index, doc, whole)
    assert len(set(got_occ.values())) < len(got_occ)  # reports of one event were linked across parts


def test_an_empty_part_plans_nothing(records):
    part_links = plan_parts(in_memory([[], list(enumerate(records[:50]))]), 2)
    assert part_links[0].ids == {} and part_links[0].occurrences == {}
    assert part_links[1].ids == plan_links(records[:50]).ids
