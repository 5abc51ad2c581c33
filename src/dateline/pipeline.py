"""Compose the stages in order (read -> clean -> annotate -> resolve); the one place per-document errors become Failures.

Every engine (the local CLI run, the Ray engine in ``scale/``, the store's ingest) calls
these same functions, so there is one implementation of each stage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dateline.errors import DatelineError, PageTimeout
from dateline.model import Document, Failure, RawPage, Result
from dateline.runs import RunDir
from dateline.settings import PAGES_PER_PARSE_BUDGET, Options

if TYPE_CHECKING:
    from dateline.annotate.actors import Unit
    from dateline.clean import Templates
    from spacy.language import Language

LOGGER = logging.getLogger(__name__)


class PageAnnotator(Protocol):
    """Something that cleans and annotates pages elsewhere (``scale.local.LocalPool``: worker processes).

    Declared here, and handed to ``extract`` by its caller, so that the pipeline never imports the
    layer that wraps it (``scale/`` maps the pipeline's functions; the CLI composes the two).
    """

    def annotate(self, pages: Iterable[RawPage | Failure], templates: Templates | None = None) -> Iterator[Result]:
        """Clean and annotate ``pages``; yield one result per page, in input order."""
        ...


def _unexpected(stage: str, exc: BaseException) -> str:
    """Describe an exception no stage anticipated, so a bug in one page never stops a batch."""
    return f"{stage}: unexpected {type(exc).__name__}: {exc}"


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import dateline.annotate.events  # noqa: F401 - registers the dateline_events component
    from dateline.annotate.nlp import load_pipeline

    nlp = load_pipeline(model)
    if "dateline_events" not in nlp.pipe_names:
        nlp.add_pipe("dateline_events", last=True)
    return nlp


def load_nlp(opts: Options) -> Language:
    """Load the spaCy pipeline named by ``opts.model`` once per process.

    Raises:
        ConfigError: G002 when the model package is not installed.
    """
    return _load(opts.model)


def read_pages(paths: Sequence[str], opts: Options) -> Iterator[RawPage | Failure]:
    """Read every input path into RawPages (or Failures), in input order."""
    from dateline.read import iter_pages

    return iter_pages(paths, opts)


def clean_page(page: RawPage | Failure, opts: Options, templates: Templates | None = None) -> Document | Failure:
    """Clean one page into a Document; a page that cannot be cleaned becomes a Failure.

    ``templates``: the run's site furniture (``clean.templates_for_run``), or None to clean the page alone.
    """
    if isinstance(page, Failure):
        return page
    from dateline.clean import clean

    try:
        return clean(page, opts, templates)
    except DatelineError as exc:
        return Failure(page.source, str(exc))
    except Exception as exc:  # noqa: BLE001 - the contract: one broken page never stops a batch
        LOGGER.debug("cleaning %s failed", page.source.path, exc_info=True)
        return Failure(page.source, _unexpected("clean", exc))


def annotate_batch(docs: Sequence[Document | Failure], nlp: Language, opts: Options) -> list[Document | Failure]:
    """Annotate a batch of documents (entities, posts, events), parsing them with one ``nlp.pipe`` pass.

    Each page has ``opts.page_timeout`` seconds for its annotation (``annotate.budget``); the
    batch's shared parse has one page's budget per ``PAGES_PER_PARSE_BUDGET`` pages, and past it
    (a runaway page among them) or on an error the pages are parsed one at a time, each within
    its own budget, so that only the bad page fails.

    The batch runs in a spaCy memory zone (``annotate.nlp.batch_zone``): the words its pages
    add to the pipeline's Vocab are dropped after it, so a long run's memory stays flat (all but
    the words two of its pages share, up to a bound: ``annotate.nlp.keep_shared_words``).
    """
    from dateline.annotate.nlp import batch_zone

    pages = [(d.body, *d.captions) for d in docs if isinstance(d, Document)]
    with batch_zone(nlp, pages):
        return _annotate_batch(docs, nlp, opts)


def _annotate_batch(docs: Sequence[Document | Failure], nlp: Language, opts: Options) -> list[Document | Failure]:
    from dateline.annotate import parse_documents
    from dateline.annotate.budget import page_budget

    todo = [d for d in docs if isinstance(d, Document)]
    parsed: Iterator[list[Unit] | None] | None = None
    if len(todo) > 1:
        try:
            with page_budget(opts.page_timeout * -(-len(todo) // PAGES_PER_PARSE_BUDGET)):
                parsed = iter(parse_documents(todo, nlp, opts))
        except PageTimeout:
            LOGGER.warning("parsing %d pages together ran out of time; parsing them one at a time", len(todo))
        except Exception:  # noqa: BLE001 - retry one by one so that only the bad document fails
            LOGGER.warning("batch parsing failed; parsing documents one at a time")
    out: list[Document | Failure] = []
    for d in docs:
        if isinstance(d, Failure):
            out.append(d)
        elif parsed is None:
            out.append(_annotate_one(d, nlp, opts))
        else:
            out.append(_annotate_one(d, nlp, opts, next(parsed), parsed=True))
    return out


def _annotate_one(doc: Document, nlp: Language, opts: Options, units: list[Unit] | None = None,
                  parsed: bool = False) -> Document | Failure:
    """Annotate one document within its time budget, parsing it first unless ``parsed``; errors become a Failure.

    ``units``: the document's parse, None (when ``parsed``) for a language the models do not read.
    """
    from dateline.annotate import annotate_parsed, not_annotated, parse_documents
    from dateline.annotate.budget import page_budget

    try:
        with page_budget(opts.page_timeout):
            if not parsed:
                units = parse_documents([doc], nlp, opts)[0]
            return annotate_parsed(doc, units, nlp, opts) if units is not None else not_annotated(doc)
    except DatelineError as exc:
        LOGGER.debug("annotating %s failed: %s", doc.source.path, exc)
        return Failure(doc.source, str(exc))
    except Exception as exc:  # noqa: BLE001 - the contract: one broken page never stops a batch
        LOGGER.debug("annotating %s failed", doc.source.path, exc_info=True)
        return Failure(doc.source, _unexpected("annotate", exc))


def resolve_run(results: Sequence[Document | Failure]) -> list[Document | Failure]:
    """Link people and events across the documents of one run (global entity ids, occurrences)."""
    from dateline.resolve import apply_links, plan_links

    links = plan_links([r if isinstance(r, Document) else None for r in results])
    return [apply_links(i, r, links) if isinstance(r, Document) else r for i, r in enumerate(results)]




def extract(
    paths: Sequence[str],
    opts: Options,
    nlp: Language | None = None,
    on_result: Callable[[Document | Failure], None] | None = None,
    pool: PageAnnotator | None = None,
    run_dir: Path | None = None,
) -> Iterator[Document | Failure]:
    """Run read -> clean -> annotate -> resolve over ``paths`` and yield results in input order.

    The inputs are read once first, for the lines each site prints on all its pages
    (``Options.site_templates``). Annotated documents are spilled to ``run_dir``
    (``runs.RunDir``; None: a temporary one) as they come, so memory holds one batch of
    pages plus the small records that cross-document resolution needs, however large the
    input. The run directory is removed once the last result was yielded; a run that
    stopped before (killed, or its consumer gone) leaves it, and a rerun with the same
    ``run_dir`` annotates only the pages it lacks (none when all were annotated).
    ``on_result`` is called once per page as soon as it is annotated (progress reporting;
    pages annotated by an earlier run are not reported again).

    Given a ``pool`` (``scale.local.LocalPool``, which ``scale.local.extract_local`` starts for
    ``opts.jobs`` > 1), cleaning and annotating run on its worker processes and ``nlp`` is not used;
    the output is the same as in this process.
    """
    with RunDir(run_dir) as run:
        if not run.done:
            _annotate_into(run, paths, opts, nlp, on_result, pool)
        yield from _resolve_spilled(run)
        run.remove()


def _annotate_into(run: RunDir, paths: Sequence[str], opts: Options, nlp: Language | None,
                   on_result: Callable[[Document | Failure], None] | None, pool: PageAnnotator | None) -> None:
    """Annotate the pages ``run`` lacks (those after its ``count``), append them, and mark the run annotated."""
    from dateline.clean import templates_for_run

    templates = templates_for_run(paths, opts)
    pages = islice(read_pages(paths, opts), run.count, None)
    if pool is not None:
        annotated = pool.annotate(pages, templates)
    else:
        annotated = _annotate_pages(pages, opts, nlp if nlp is not None else load_nlp(opts), templates)
    for result in annotated:
        run.append(result)
        if on_result is not None:
            on_result(result)
    run.finish()


def _annotate_pages(pages: Iterable[RawPage | Failure], opts: Options, nlp: Language,
                    templates: Templates | None) -> Iterator[Document | Failure]:
    """Clean and annotate in this process, ``opts.batch_size`` pages per ``nlp.pipe`` pass."""
    pending = iter(pages)
    while batch := list(islice(pending, opts.batch_size)):
        cleaned = [clean_page(p, opts, templates) for p in batch]
        yield from annotate_batch(cleaned, nlp, opts)


def _resolve_spilled(run: RunDir) -> Iterator[Result]:
    """Resolve in two passes over the spill: plan the links from light records, then apply them."""
    from dateline.resolve import apply_links, light_record, plan_links

    records = [light_record(r) if isinstance(r, Document) else None for r in run.results()]
    links = plan_links(records)
    del records
    for index, result in enumerate(run.results()):
        yield apply_links(index, result, links) if isinstance(result, Document) else result


__all__ = [
    "PageAnnotator",
    "annotate_batch",
    "clean_page",
    "extract",
    "load_nlp",
    "read_pages",
    "resolve_run",
]
