"""Provide session-wide fixtures: the spaCy pipeline, the shared material, and one extract run over seeds and dev."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dateline.model import Document, Failure, Source
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

LOGGER = logging.getLogger(__name__)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The read-only project material (spec, seeds, dev corpus, gold), beside the work tree."""


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline the runs use, loaded once for the whole session."""
    from dateline.pipeline import load_nlp

    return load_nlp(Options())


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder; tests that need it are skipped where it is absent (a bare checkout)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_paths(shared: Path) -> list[str]:
    """The inputs of the session's extract run: the seed folder, then the dev corpus folder."""
    paths = [shared / "seeds", shared / "corpus" / "dev"]
    missing = [p for p in paths if not p.is_dir()]
    if missing:
        pytest.skip(f"shared inputs missing: {missing}")
    return [str(p) for p in paths]


@pytest.fixture(scope="session")
def seed_run(seed_paths: list[str], nlp: Language) -> tuple[list[Document | Failure], list[Document | Failure]]:
    """One ``extract`` run over the seeds and the dev corpus: (annotated before resolution, final results)."""
    from dateline.pipeline import extract

    annotated: list[Document | Failure] = []
    results = list(extract(seed_paths, Options(), nlp=nlp, on_result=annotated.append))
    LOGGER.debug("seed run: %s results", len(results))
    return annotated, results


@pytest.fixture(scope="session")
def seed_output(seed_run: tuple[list[Document | Failure], list[Document | Failure]]) -> list[Document | Failure]:
    """The results of the session's extract run over the seeds and the dev corpus (list of Document|Failure)."""
    return seed_run[1]


@pytest.fixture(scope="session")
def seed_annotated(seed_run: tuple[list[Document | Failure], list[Document | Failure]]) -> list[Document | Failure]:
    """The same run's documents as annotation left them: document-local ids, before cross-document resolution."""
    return seed_run[0]


ANCHOR = "2025-03-18"
"""The publication date the annotation tests assume (a Tuesday), unless a test passes another."""


@pytest.fixture(scope="session")
def annotate_text(nlp: Language) -> Callable[..., Document]:
    """Annotate one short invented text as a document published on ``ANCHOR`` (or ``published``)."""
    from dateline.annotate import annotate_documents

    def run(text: str, published: str | None = ANCHOR) -> Document:
        doc = Document(source=Source("t.txt"), body=text, published=published)
        return annotate_documents([doc], nlp, Options())[0]

    return run
