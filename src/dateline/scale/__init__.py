"""Run the pipeline on Ray and keep its output as Parquet shards (``shards`` needs no Ray; ``ray`` does)."""

from __future__ import annotations

import logging

LOGGER = logging.getLogger(__name__)
