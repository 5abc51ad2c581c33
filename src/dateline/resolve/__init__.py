"""Link the documents of one run: one global id per real entity, one occurrence per real event.

Resolution runs in two steps so that a run of any size keeps only small records in
memory: ``plan_links`` reads light records (documents without their text) and decides
the global ids; ``apply_links`` rewrites one document at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.model import Document
from dateline.resolve.links import _TYPE_RANK, RunLinks, _rename, apply_links, light_record

if TYPE_CHECKING:
    from dateline.resolve.blocks import BlockMap

LOGGER = logging.getLogger(__name__)


def plan_links(docs: Sequence[Document | None], map_blocks: BlockMap | None = None) -> RunLinks:
    """Decide global entity ids and event occurrences for the documents of a run (None = a failure).

    The run is planned as one part (``resolve/plan.py``, which the Ray reduce runs over many):
    people are resolved in name blocks and events in type and date blocks (``resolve/blocks.py``);
    ``map_blocks`` runs the blocks (in this process by default, on Ray Data from ``scale/ray.py``).
    """
    from dateline.resolve.plan import in_memory, plan_parts

    part = [(index, doc) for index, doc in enumerate(docs) if doc is not None]
    return plan_parts(in_memory([part]), 1, map_blocks)[0]


__all__ = ["_TYPE_RANK", "RunLinks", "_rename", "apply_links", "light_record", "plan_links"]
