"""Provide the reader tests' fixtures: the data folder and a WARC builder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import DATA, warc_bytes


@pytest.fixture(scope="session")
def make_warc() -> Callable[..., bytes]:
    return warc_bytes


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
