"""Find each page's site furniture across one run: lines its sibling pages print verbatim.

A site prints the same furniture around every article: author bios, newsletter appeals,
"About us" paragraphs, sidebars of other stories. One page alone cannot tell such a
paragraph from the article (it reads as well), but the site's other pages in the same
run can: a line printed on a sibling page is the site's, not this article's.

Pages are siblings when they share at least ``SIBLING_SHORT_LINES`` short lines (menus,
section names, button labels), so two sites running the same agency story are not
siblings: they share its paragraphs, not their menus. Two copies of one page (a revisit,
a print version) differ in a line or two at most (a time stamp, a counter); they are
duplicates, not siblings, and lend each other nothing.

Siblings are looked for inside one site only (``site_of``: the page's URL host, else its
file's folder), so the index is built, held and shipped one site at a time: its memory is
bounded by the largest site, not the run (issue 17; ``scale/furniture.py`` builds it on Ray).

Hand-written because trafilatura and jusText judge one page at a time; the idea is the
template detection of Bar-Yossef and Rajagopalan (2002) and Gibson et al. (2005), reduced
to verbatim lines since the markup of flattened pages is gone. Only text pages take part
(HTML goes through trafilatura). Lines are kept as 64-bit keys, so the index is small
and the same in every process.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlsplit

from dateline.model import Failure, RawPage, Source
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

SHORT_WORDS = 4
"""A line of at most this many words is a short line (menu item, label) for finding siblings."""
SIBLING_SHORT_LINES = 20
"""Pages sharing at least this many distinct short lines are built from one site template."""
DUPLICATE_LINES = 3
"""Two pages are copies of one page when either has fewer than this many lines the other lacks."""
MAX_POSTINGS = 200
"""A short line is looked up on at most this many pages, which bounds the work on large runs."""


def line_key(text: str) -> int:
    """Return a stable 64-bit key of a line, whitespace normalised (the same in every process)."""
    digest = hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def page_key(source: Source) -> str:
    """Return the key of a page in a run: its path and record."""
    return f"{source.path}\x00{source.record}"


@dataclass(frozen=True, slots=True)
class Templates:
    """Per page of a run, the keys of its lines that a sibling page also prints."""

    shared: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def of(self, source: Source) -> frozenset[int]:
        """Return the keys of the page's lines printed on a sibling page (empty when it has none)."""
        return self.shared.get(page_key(source), frozenset())


def site_of(source: Source) -> str:
    """Return the site a page may have siblings in: its URL's host (without "www."), else its file's folder."""
    if source.url:
        host = urlsplit(source.url).hostname
        if host:
            return host.removeprefix("www.")
    return str(PurePath(source.path).parent)


@dataclass(slots=True)
class PageLines:
    """One text page as the sibling search sees it: its key, site, and the keys of its lines and short lines."""

    key: str
    site: str
    lines: set[int]
    short: set[int]


def describe_page(page: RawPage | Failure) -> PageLines | None:
    """Return a text page's line keys (None for HTML pages and failures, which take no part)."""
    if not isinstance(page, RawPage) or page.kind != "text":
        return None
    lines: set[int] = set()
    short: set[int] = set()
    for raw in page.content.splitlines():
        n = len(raw.split())
        if not n:
            continue
        k = line_key(raw)
        lines.add(k)
        if n <= SHORT_WORDS:
            short.add(k)
    return PageLines(page_key(page.source), site_of(page.source), lines, short)


def site_templates(described: Sequence[PageLines]) -> Templates:
    """Return, per page of one site, its lines that sibling pages of that site print too."""
    postings: defaultdict[int, list[int]] = defaultdict(list)
    for index, page in enumerate(described):
        for k in page.short:
            if len(postings[k]) < MAX_POSTINGS:
                postings[k].append(index)
    shared: dict[str, frozenset[int]] = {}
    for index, page in enumerate(described):
        together = Counter(other for k in page.short for other in postings.get(k, ()) if other != index)
        seen: set[int] = set()
        for other, count in together.items():
            if count < SIBLING_SHORT_LINES or _duplicates(page, described[other]):
                continue
            seen |= page.lines & described[other].lines
        if seen:
            shared[page.key] = frozenset(seen)
    return Templates(shared)


def find_templates(pages: Iterable[RawPage | Failure]) -> Templates:
    """Read every text page of a run and return, per page, its lines that sibling pages of its site print too."""
    by_site: dict[str, list[PageLines]] = defaultdict(list)
    for page in pages:
        found = describe_page(page)
        if found is not None:
            by_site[found.site].append(found)
    shared: dict[str, frozenset[int]] = {}
    for described in by_site.values():
        shared.update(site_templates(described).shared)
    LOGGER.debug("site templates: %d of %d text pages in %d sites have siblings", len(shared),
                 sum(map(len, by_site.values())), len(by_site))
    return Templates(shared)


def _duplicates(a: PageLines, b: PageLines) -> bool:
    """True when two pages are copies of one page: one of them has next to no line the other lacks."""
    return min(len(a.lines - b.lines), len(b.lines - a.lines)) < DUPLICATE_LINES


def templates_for_run(paths: Sequence[str], opts: Options) -> Templates | None:
    """Read every input once and return the run's site furniture, or None when the run does not use it.

    None when ``opts.site_templates`` is off or no input can be read twice. An input
    that can be read only once (standard input "-", a FIFO, bash's ``<(...)``) is left
    out: the pre-pass would consume it, and the main pass would find it empty or wait
    on it for ever. Its pages are cleaned alone.
    """
    if not opts.site_templates:
        return None
    from dateline.read import iter_pages
    from dateline.read.files import rereadable

    again = [path for path in paths if rereadable(path)]
    if len(again) < len(paths):
        LOGGER.debug("site templates: %d input(s) can be read only once and are left out", len(paths) - len(again))
    if not again:
        return None
    with _reader_warnings_off():
        return find_templates(iter_pages(again, opts))


@contextmanager
def _reader_warnings_off() -> Iterator[None]:
    """Keep the reader quiet during the pre-pass: the main pass reads the same inputs and warns once (issue 16)."""
    reader = logging.getLogger("dateline.read")
    level = reader.level
    reader.setLevel(logging.ERROR)
    try:
        yield
    finally:
        reader.setLevel(level)
