"""Name the outlet of a flattened page: gather candidate names from brand-shaped places, rank them with a learned model.

A flattened page has lost its ``og:site_name``, but the outlet still prints its name in a few
typical places: as the first line (a text logo), in the copyright line ("© 2019 News Nation"),
next to words pages put before or after their own name ("About CT Post", "CBS Sports is a
registered trademark"), as its domain ("Express.co.uk"), in short lines the page repeats or
prints at its top and foot, in the article itself ("he told Business Insider"), after a writer's
name ("Jane Doe, The Daily Planet"), in the domains its links and addresses name, in a
``<title>``-style first line ("Headline - Site"), in a footer's imprint ("Site · 2013-2019 ·
Street 1") and as a domain opening a wire-style line ("Site.net - The ministry said")
(``brands.py`` reads each place; a company form is cut from every name found). Each place is a feature of the name it yields, as are how
often and where the name recurs, whether the page also writes it as a domain, whether it is
only a copyright holder or a named owner ("a subsidiary of X"), and whether it matches the
page's domain when the URL is known; a conditional logistic model
(``metadata_model.json``, fitted by bench/train_metadata.py on ../shared/bench/articles) weighs
them. A company the copyright line names ("© 2019 Example Media, LLC") yields to a name the page
gives itself (its ``<title>`` suffix, its own domain, a brand cue: ``_owner_yields``). Hand-written
candidate rules, since no library reads site names from plain text (trafilatura and htmldate read
them from markup); the word lists are data (``metadata_words.json``).
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Collection, Sequence
from urllib.parse import urlsplit

from dateline.clean.brands import (MAX_NAME_WORDS, TITLE_SEP, byline_outlet, cited_hosts, clean_name, copyright_holders,
                                   cue_names, cut_legal, domain_label, domain_re, edge_names, holder_stem, imprint_name,
                                   leading_domain, maker_credits, may_hold, norm, owners, phrase_re, self_references,
                                   stated_as_company, statement_names, stop_words, title_suffix, words)
from dateline.clean.lines import NAV_SHAPE, SENTENCE_END, UI_WORDS, Line
from dateline.clean.metadata_model import floor, score

LOGGER = logging.getLogger(__name__)

__all__ = ["SITE_FEATURES", "brand_keys", "brand_line", "candidates", "choose_site", "copyright_holders", "cut_legal",
           "domain_label", "features", "gather", "norm"]

SITE_FEATURES: tuple[str, ...] = (
    "bias", "first_line", "copyright", "copyright_cut", "copyright_before_mark", "brand_cue", "domain_token",
    "repeated_short", "title_suffix", "edges", "occurrences", "in_prose", "in_header", "in_footer", "words",
    "one_word", "owner_word", "all_caps", "starts_lower", "capitalised", "sources", "first_seen", "digits",
    "stop_word", "domain_match", "domain_part", "domain_fallback", "self_reference", "cited_host", "top_line",
    "cited_match", "domain_twin", "copyright_only", "byline_outlet", "bottom_line",
    "named_owner", "imprint", "legal_form", "part_of_domain", "header_and_footer",
    "holder_stem", "menu_item", "maker_credit", "suffix_of_headline", "in_body",
)
"""Features of a candidate name, in the order of the model's weights."""
EDGE_LINES = 12
"""Lines at the top (bottom) of a page that count as its header (footer)."""
TOP_LINES = 20
"""Lines at the top of a page whose short lines may be a text logo ("Twin Cities" under a menu)."""
BOTTOM_LINES = 15
"""Lines at the foot of a page whose short lines may be the outlet's name over its copyright line."""
TITLE_LINES = 3
"""A flattened page may start with its ``<title>`` ("Headline - Site"): its first lines lend their suffix however long."""
MAX_LOGO_WORDS = 5
MAX_BYLINE_WORDS = 9
CONFIRMING = ("copyright", "brand_cue", "domain_token", "title_suffix", "self_reference", "cited_match", "domain_match")
"""Places that confirm a recurring first line as the outlet's text logo."""
FULLER_PLACES = ("copyright", "brand_cue", "title_suffix", "self_reference", "byline_outlet", "first_line")
"""Places that write an outlet's name in full; a fuller form of the ranked name found there wins (``_fuller_form``)."""
FULLER_WORDS, FULLER_ODDS = 2, 0.3
"""A fuller form adds at most this many words, and the ranker gives it at least this share of the ranked name's probability."""
MIN_SENTENCE_EXTRA = 2
"""Words beyond the name a line needs to count as a sentence naming it (not a menu repeating it)."""
MAX_CUE_LINE_WORDS = 14
MAX_COPYRIGHT_LINE_WORDS = 40
MENU_RUN, MENU_WORDS = 3, 3
"""A line of at most ``MENU_WORDS`` words among at least ``MENU_RUN`` such lines in a row is a menu item (``menu_item``)."""
BRAND_OUTRANKED, BRAND_ODDS = 0.8, 0.25
"""A first line confirmed as the text logo yields to a candidate the ranker gives at least ``BRAND_OUTRANKED``
when its own probability is under ``BRAND_ODDS`` times that one's (``_outranked``)."""
MARKS = ("holder_company", "own_domain")
"""Sources that mark a name already found elsewhere, not places of their own (no feature counts them)."""
OWN_PLACES = ("title_suffix", "own_domain", "self_reference", "brand_cue")
"""Places where a page names itself rather than its owner (``_owner_yields``)."""
OWNER_YIELDS = 0.3
"""A name in one of ``OWN_PLACES`` outranks a company the copyright line names when it has this share of its probability."""
NOT_A_BRAND = re.compile(r"\b(?:skip|home|navigation|notice|contact|cart|main content|toggle|close|menu|"
                         r"cookies?|accessibility|javascript|browser|advertisement)\b", re.IGNORECASE)
"""Words of a first line that is page furniture, not a text logo."""


@dataclass(slots=True)
class _Found:
    """What the page says about one candidate name while candidates are gathered."""

    names: Counter[str] = field(default_factory=Counter)
    sources: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, source: str, value: float = 1.0) -> None:
        self.names[name] += 1
        self.sources[source] = max(self.sources.get(source, 0.0), value)


def gather(lines: list[Line], url: str | None = None) -> dict[str, _Found]:
    """Return every candidate name of the page, keyed by its folded form, with the places it came from.

    Gathered once per page: the site's choice and the title's brand names (``brand_keys``) both read it, so the
    last pages' answers are kept; callers read the dictionary and never change it.
    """
    return _gather(tuple(lines), url)


@lru_cache(maxsize=2)
def _gather(lines: tuple[Line, ...], url: str | None) -> dict[str, _Found]:
    found: dict[str, _Found] = {}

    def add(name: str | None, source: str, value: float = 1.0, count: bool = True) -> None:
        if name:
            bare = cut_legal(name)
            for form in (name, bare) if bare != name and clean_name(bare) else (name,):  # "Example Media" of "... GmbH"
                item = found.setdefault(norm(form), _Found())
                if count:
                    item.add(form, source, value)
                else:  # a mark on a name already counted ("holder_company")
                    item.sources[source] = max(item.sources.get(source, 0.0), value)

    if lines:
        add(clean_name(lines[0].text), "first_line")
    domains = domain_re()
    counts = Counter(ln.text for ln in lines)
    folded = {norm(ln.text) for ln in lines}
    edges: Counter[str] = Counter()
    selves: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    listed = _listed(lines)
    for ln in lines:
        n_words = len(ln.text.split())
        marked = may_hold("copyright_marks", ln.text) and phrase_re("copyright_marks").search(ln.text) is not None
        if n_words <= MAX_COPYRIGHT_LINE_WORDS:
            holders = copyright_holders(ln.text)
            for name, was_cut, before in holders:
                add(name, "copyright")
                add(holder_stem(name), "holder_stem")
                if was_cut:
                    add(name, "copyright_cut")
                if before:
                    add(name, "copyright_before_mark")
                if stated_as_company(name, was_cut, ln.text):
                    add(name, "holder_company", count=False)  # "© 2019 Example Media, LLC": a company, often the outlet's owner
            for m in domains.finditer(ln.text):
                add(clean_name(m.group(1)), "domain_token")
                if not holders and not marked:  # "Read more at Example.com", not "© Example.com Ltd"
                    add(clean_name(m.group(1)), "own_domain", count=False)
        else:
            leading = leading_domain(ln.text)
            add(leading, "domain_token")
            if not marked:
                add(leading, "own_domain", count=False)
        if n_words <= MAX_CUE_LINE_WORDS and ln.number not in listed:
            for name in cue_names(ln.text):
                add(name, "brand_cue")
        else:
            for name in statement_names(ln.text):
                add(name, "brand_cue")  # "Harbour Gazette is a trademark of ..." opening a long legal line
        if n_words <= MAX_CUE_LINE_WORDS or ln.number <= TITLE_LINES:
            suffix = title_suffix(ln.text)
            add(suffix, "title_suffix")
            if suffix and norm(TITLE_SEP.split(ln.text)[0]) in folded:
                add(suffix, "suffix_of_headline")  # "Headline - Site" where the page prints "Headline" alone too
        if n_words <= 4 and counts[ln.text] > 1:
            add(clean_name(ln.text), "repeated_short")
        selves.update(self_references(ln.text))
        for name in owners(ln.text):
            add(name, "named_owner")
        if n_words <= MAX_BYLINE_WORDS:
            add(byline_outlet(ln.text), "byline_outlet")
        hosts.update(cited_hosts(ln.text))
    for name, n in selves.items():
        add(name, "self_reference", min(n, 3) / 3.0)
    for host, n in hosts.items():
        add(host, "cited_host", n / sum(hosts.values()))
    for i, ln in enumerate(lines[1:TOP_LINES], start=1):
        if len(ln.text.split()) <= MAX_LOGO_WORDS and any(c.isupper() for c in ln.text):
            add(clean_name(ln.text), "top_line", 1.0 - i / TOP_LINES)
    for i, ln in enumerate(reversed(lines[-BOTTOM_LINES:])):
        if len(ln.text.split()) <= MAX_LOGO_WORDS and any(c.isupper() for c in ln.text):
            add(clean_name(ln.text), "bottom_line", 1.0 - i / BOTTOM_LINES)
        add(imprint_name(ln.text), "imprint", 1.0 - i / BOTTOM_LINES)
    for text in counts:
        edges.update(edge_names(text))
    for name, n in edges.items():
        if n >= 2:
            add(name, "edges", min(n, 6) / 6.0)
    label = domain_label(url)
    if label:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
        add(host, "domain_fallback")
    return found


@dataclass(frozen=True, slots=True)
class _Page:
    """What the whole page says, against which each candidate name is measured.

    ``cited``: the distinctive labels of the domains the page's links and e-mail addresses name,
    with the share of those links and addresses each has; ``twins``: the folded names the page
    also writes as a domain ("CBS Sports" beside "CBSSports.com"), and those domains; ``labels``:
    the folded labels of every domain the page writes or links ("cbssports"): a name that is only
    a part of one ("CBS") is likely a shortening of the outlet's name (``part_of_domain``);
    ``menu``: indexes of menu-item lines; ``credited``: the folded text after
    each maker credit ("Powered by ..."); ``body``: the indexes of the article's first and last
    line, when known (a name the article's own lines keep repeating is its topic, not its outlet).
    """

    lines: list[Line]
    url: str | None
    low: list[str]
    cited: dict[str, float]
    twins: frozenset[str]
    labels: frozenset[str]
    menu: frozenset[int]
    credited: tuple[str, ...]
    body: tuple[int, int] | None = None


def naming_lines(names: Collection[str], page_low: Sequence[str]) -> list[int]:
    """The indexes of the (case-folded) lines that write one of a candidate's spellings as whole words ("India Post"
    and "IndiaPost" are one name; "Vox" is not in "Voxel").

    A line can hold a match only where it holds a spelling as a substring: that plain test runs first, and on the
    few lines it leaves each place a spelling stands is checked for word characters beside it (``_whole_word_in``:
    what ``(?<!\\w)(?:a|b)(?!\\w)`` finds). A pattern compiled per candidate name cost more than all the searches,
    as a page's names are its own and the ``re`` cache seldom holds them all.
    """
    folded = {s.casefold() for s in names}
    return [i for i, low in enumerate(page_low)
            if any(f in low for f in folded) and any(_whole_word_in(f, low) for f in folded)]


def _is_word_char(c: str) -> bool:
    """Whether a character is one ``\\w`` matches in a ``str`` pattern: a letter, a digit or a number, or "_"."""
    return c.isalnum() or c == "_"


def _whole_word_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` with no word character just before or after it (``\\w`` as ``re`` reads it)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def features(key: str, item: _Found, page: _Page) -> list[float]:
    """Return the feature vector (``SITE_FEATURES``) of one candidate name."""
    lines, url, page_low, cited, twins, labels = page.lines, page.url, page.low, page.cited, page.twins, page.labels
    name = item.names.most_common(1)[0][0]
    hits = naming_lines(item.names, page_low)
    own = [i for i in hits if norm(lines[i].text) == key]
    n = len(lines)
    long_hits = sum(1 for i in hits if len(lines[i].text.split()) >= 8)
    owner = phrase_re("owner_words")
    label = domain_label(url)
    match = part = 0.0
    if label and "domain_fallback" not in item.sources:
        bare = key.removeprefix("the")
        if label in (key, bare) or key.split(".")[0] == label:
            match = 1.0
        elif len(label) >= 4 and len(bare) >= 3 and (label in key or bare in label):
            part = 1.0
    src = item.sources
    words = name.split()
    return [
        1.0,
        src.get("first_line", 0.0),
        src.get("copyright", 0.0),
        src.get("copyright_cut", 0.0),
        src.get("copyright_before_mark", 0.0),
        src.get("brand_cue", 0.0),
        src.get("domain_token", 0.0),
        src.get("repeated_short", 0.0),
        src.get("title_suffix", 0.0),
        src.get("edges", 0.0),
        math.log1p(len(hits)) / 3.0,
        long_hits / max(1, len(hits)),
        float(any(i < EDGE_LINES for i in hits)),
        float(any(i >= n - EDGE_LINES for i in hits)),
        len(words) / MAX_NAME_WORDS,
        float(len(words) == 1),
        float(bool(owner.search(name))),
        float(name.isupper() and len(name) > 3),
        float(name[:1].islower()),
        sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) / len(words),
        len([s for s in src if s not in ("domain_fallback", "edges") and s not in MARKS]) / 4.0,
        hits[0] / max(1, n) if hits else 1.0,
        float(any(c.isdigit() for c in name)),
        float(any(w.lower() in stop_words() for w in words)),
        match,
        part,
        src.get("domain_fallback", 0.0),
        src.get("self_reference", 0.0),
        src.get("cited_host", 0.0),
        src.get("top_line", 0.0),
        _cited_share(key, cited or {}),
        float(bool(twins) and (key in twins or key.removeprefix("the") in twins)),
        float(set(src) - set(MARKS) <= {"copyright", "copyright_cut", "copyright_before_mark"}),
        src.get("byline_outlet", 0.0),
        src.get("bottom_line", 0.0),
        src.get("named_owner", 0.0),
        src.get("imprint", 0.0),
        float(cut_legal(name) != name),
        float(any(len(label) > len(key) and (label.startswith(key) or label.endswith(key)) for label in labels)),
        float(n >= 3 * EDGE_LINES and any(i < EDGE_LINES for i in hits) and any(i >= n - EDGE_LINES for i in hits)),
        src.get("holder_stem", 0.0),
        sum(1 for i in own if i in page.menu) / len(own) if own else 0.0,
        float(len(key) >= 3 and any(tail.startswith(key) for tail in page.credited)),
        src.get("suffix_of_headline", 0.0),
        sum(1 for i in hits if page.body[0] <= i <= page.body[1]) / len(hits) if page.body and hits else 0.0,
    ]


def _domain_twins(found: dict[str, _Found]) -> frozenset[str]:
    """Return the keys of names the page also writes as a domain, and of those domains ("cbssports", "cbssportscom")."""
    labels: dict[str, str] = {}
    for key, item in found.items():
        if {"domain_token", "cited_host"} & set(item.sources):
            label = domain_label("http://" + item.names.most_common(1)[0][0].lower().removeprefix("www."))
            if label:
                labels[norm(label)] = key
    out: set[str] = set()
    for key, item in found.items():
        bare = key.removeprefix("the")
        for k in (key, bare):
            if k in labels and labels[k] != key:
                out.update((k, key, labels[k]))
    return frozenset(out)


def _cited_share(key: str, cited: dict[str, float]) -> float:
    """Return the share of the page's links and addresses whose domain names the folded name ``key``, or 0.

    A domain label names the outlet when it is the name ("thespacereview" for "The Space
    Review") or one holds the other ("jpost" in "jpostcom").
    """
    bare = key.removeprefix("the")
    return max((share for label, share in cited.items() if label in (key, bare) or key.split(".")[0] == label or
                (len(label) >= 4 and len(bare) >= 4 and (bare in label or label in bare))), default=0.0)


def brand_keys(lines: list[Line], url: str | None = None) -> frozenset[str]:
    """Return the folded names the page states as an owner or brand (copyright line, brand cues, domain).

    ``url`` changes nothing here (the address adds a ``domain_fallback`` source only); given as ``choose_site``
    got it, the page's names are gathered once for both.
    """
    strong = ("copyright", "brand_cue", "domain_token", "title_suffix")
    return frozenset(k for k, item in gather(lines, url).items() if k and any(s in item.sources for s in strong))


def candidates(lines: list[Line], url: str | None = None,
               body: tuple[int, int] | None = None) -> list[tuple[str, list[float]]]:
    """Return each candidate name of the page (its most frequent spelling) with its features.

    ``body``: the indexes into ``lines`` of the article's first and last line, when known.
    """
    page_low = [ln.text.casefold() for ln in lines]
    found = gather(lines, url)
    cited: dict[str, float] = {}
    for item in found.values():
        label = domain_label("http://" + item.names.most_common(1)[0][0]) if "cited_host" in item.sources else None
        if label:
            cited[label] = cited.get(label, 0.0) + item.sources["cited_host"]
    page = _Page(lines, url, page_low, cited, _domain_twins(found), _domain_labels(found),
                 _menu_lines(lines),
                 tuple(tail for ln in lines for tail in maker_credits(ln.text)), body)
    return [(item.names.most_common(1)[0][0], features(key, item, page)) for key, item in found.items() if key]


def _listed(lines: Sequence[Line]) -> frozenset[int]:
    """Return the numbers of short lines that end with the same word as a neighbour ("Phone App" over "Tablet App").

    A menu listing the apps or editions of the outlet by platform or place writes the cue word after
    each item ("Phone App", "Tablet App"; "Desktop Edition", "Print Edition"): the words before it are
    the platforms, not the outlet's name, so such lines lend no brand cue.
    """
    out: set[int] = set()
    lasts = [ln.text.split()[-1].casefold() if 2 <= len(ln.text.split()) <= MENU_WORDS else None for ln in lines]
    for i, last in enumerate(lasts):
        if last is not None and any(0 <= j < len(lines) and lasts[j] == last for j in (i - 1, i + 1)):
            out.add(lines[i].number)
    return frozenset(out)


def _menu_lines(lines: list[Line]) -> frozenset[int]:
    """Return the indexes of the lines that stand in a run of ``MENU_RUN`` or more short lines (a menu's items)."""
    out: set[int] = set()
    run: list[int] = []
    for i, ln in enumerate([*lines, None]):
        if ln is not None and len(ln.text.split()) <= MENU_WORDS:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            out.update(run)
        run = []
    return frozenset(out)



def _domain_labels(found: dict[str, _Found]) -> frozenset[str]:
    """Return the folded distinctive labels of the domains the page writes or links ("cbssports" for "CBSSports.com")."""
    out = set()
    for item in found.values():
        if {"domain_token", "cited_host"} & set(item.sources):
            label = domain_label("http://" + item.names.most_common(1)[0][0].lower().removeprefix("www."))
            if label:
                out.add(norm(label))
    return frozenset(out)


def brand_line(lines: list[Line], recurring: bool = True) -> str | None:
    """Return the page's first line when it reads as a text logo ("Korea JoongAng Daily"), else None.

    Crawlers that flatten a page often start it with the outlet's name; a first line of a few
    words with no navigation, button or sentence shape that the page prints again (in its
    footer, a byline, a copyright line) is taken as that name. When only the end of the line
    recurs ("Support The Moscow Times!" ... "The Moscow Times"), that end is the name.
    ``recurring=False`` drops the need to recur (the line after a crawler's date line).
    """
    if not lines:
        return None
    first = lines[0].text
    words = first.strip(" .!:").split()
    name = clean_name(first)
    if not name or len(words) > MAX_NAME_WORDS or UI_WORDS.search(first.lower()) or NOT_A_BRAND.search(first):
        return None
    if SENTENCE_END.search(first.rstrip(".!")) or NAV_SHAPE.search(first):
        return None
    rest = "\n".join(ln.text for ln in lines[1:])
    if name.casefold() in rest.casefold() or not recurring:
        return name
    for k in range(1, len(words) - 1):
        suffix = " ".join(words[k:])
        if suffix[:1].isupper() and len(words) - k >= 2 and suffix in rest:
            return suffix
    return None


def choose_site(lines: list[Line], url: str | None = None, model: dict[str, Any] | None = None,
                after_crawler: bool = False, body: tuple[int, int] | None = None) -> str | None:
    """Return the page's outlet name: a text-logo first line the page confirms, else the best-scoring candidate, or None.

    ``model`` replaces the shipped model (cross-validation); ``after_crawler`` says ``lines``
    start right after a crawler's date line, where the brand line needs not recur and wins
    outright. Elsewhere a recurring first line wins only when a brand-shaped place names it
    too (copyright line, brand cue, self-reference, a domain the page writes or links): a menu
    label printed first and again below ("Platform", "Guides") is only a candidate. With a
    ``url``, the first line counts as the logo only when it matches the domain. ``body``: the
    indexes into ``lines`` of the article's first and last line, when known.
    """
    brand = brand_line(lines, recurring=not after_crawler)
    label = domain_label(url)
    if brand is not None and label and not (label in norm(brand) or norm(brand).removeprefix("the") in label):
        brand = None  # with the address known, a first line that does not match its domain is no logo
    found = candidates(lines, url, body)
    probs = {name: score("site", feats, model) for name, feats in found}
    best = max(((p, name) for name, p in probs.items()), default=None)
    if brand is not None and (after_crawler or _confirmed(brand, found, lines) and not _outranked(brand, probs, best)):
        LOGGER.debug("site: first line %r", brand)
        return brand
    if best is None or best[0] < floor("site", model):
        return None
    name = _fuller_form(_owner_yields(best, probs, gather(lines, url)), probs, found)
    LOGGER.debug("site: %r (p=%.2f)", name, best[0])
    return name


def _owner_yields(best: tuple[float, str], probs: dict[str, float], found: dict[str, _Found]) -> str:
    """Return the page's own brand when the ranked name is only the company its copyright line names, else the ranked name.

    "© 2019 Example Media, LLC" names the company behind the outlet (``stated_as_company``); when
    that company stands in none of the places where a page names itself (``OWN_PLACES``: a
    ``<title>`` suffix, a domain it prints outside a copyright line, a self-reference, a brand cue) and another name does,
    that name is the outlet ("Harbor Gazette" from "Subscribe to Harbor Gazette" over the owner),
    provided the ranker gives it at least ``OWNER_YIELDS`` of the company's probability. The places
    are tried in that order, the likeliest name of the first place holding one wins. A name that
    holds the company's or is held in it ("Example.com" beside "Example, Inc.") is the company's own
    outlet, no rival.
    """
    p_best, name = best
    key = norm(name)
    item = found.get(key)
    if item is None or "holder_company" not in item.sources or any(s in item.sources for s in OWN_PLACES):
        return name
    for place in OWN_PLACES:
        least = 0.0 if place == "title_suffix" else OWNER_YIELDS * p_best
        rivals = [(p, other) for other, p in probs.items() if p >= least and _rival(norm(other), key, place, found)]
        if rivals:
            LOGGER.debug("site: %r names itself (%s), %r is its owner", max(rivals)[1], place, name)
            return max(rivals)[1]
    return name


def _rival(other: str, key: str, place: str, found: dict[str, _Found]) -> bool:
    """True when the folded name ``other`` stands in ``place`` and is neither a company holder nor a form of ``key``."""
    item = found.get(other)
    if place == "title_suffix" and item is not None and "suffix_of_headline" not in item.sources:
        return False
    return item is not None and place in item.sources and "holder_company" not in item.sources \
        and key not in other and other not in key


def _fuller_form(name: str, probs: dict[str, float], found: list[tuple[str, list[float]]]) -> str:
    """Return the fuller form of the ranked name that a brand-shaped place states, else ``name``.

    Menus, owners' names and edges of short lines shorten an outlet's name to its first word
    ("Example" in "Example Sports", "© Example Inc"), while a brand cue, copyright line or
    ``<title>`` suffix writes it in full ("Follow Example News"): when such a place names the
    ranked name followed by more words (``FULLER_WORDS`` at most), and the ranker gives that
    fuller name at least ``FULLER_ODDS`` of the ranked one's probability, the fuller name is the outlet's.
    """
    mine = tuple(norm(w) for w in name.split())
    idx = [SITE_FEATURES.index(f) for f in FULLER_PLACES]
    best: tuple[float, str] | None = None
    for other, feats in found:
        folded = tuple(norm(w) for w in other.split())
        if not (len(mine) < len(folded) <= len(mine) + FULLER_WORDS and folded[:len(mine)] == mine) \
                or not _qualifier(other.split()[len(mine):]):
            continue
        p = probs.get(other, 0.0)
        if any(feats[i] for i in idx) and p >= FULLER_ODDS * probs.get(name, 0.0) and (best is None or p > best[0]):
            best = (p, other)
    if best is not None:
        LOGGER.debug("site: %r is the fuller form of %r", best[1], name)
        return best[1]
    return name


def _qualifier(extra: list[str]) -> bool:
    """True when the words a fuller form adds name an edition or medium ("News", "Business"), not a company form or a phrase.

    A company form or owner word ("Ltd", "Media", "Network": ``legal_suffixes``, ``owner_words``)
    names the company behind the outlet, and a lower-case word ("online") ends a phrase.
    """
    company = {w.lower() for w in words()["legal_suffixes"]} | {w.lower() for w in words()["owner_words"]}
    return bool(extra) and all(w[:1].isupper() or w[:1].isdigit() for w in extra) \
        and not any(w.lower().strip(".,") in company for w in extra)


def _outranked(brand: str, probs: dict[str, float], best: tuple[float, str] | None) -> bool:
    """True when the ranker finds another name far likelier than the first line ("Platform" against the brand its cues name).

    A menu label printed first and again in the page's sentences passes ``_confirmed``; the
    ranker, which sees every place a name stands, still overrules it when its best name reaches
    ``BRAND_OUTRANKED`` and the first line scores under ``BRAND_ODDS`` of it, unless the first
    line is that name with a qualifier after it ("Planet English" beside "Planet": an edition's
    fuller name). A crawler's brand line is never overruled (``choose_site``).
    """
    if best is None or best[0] < BRAND_OUTRANKED or norm(brand).startswith(norm(best[1])):
        return False
    key = norm(brand)
    mine = max((p for name, p in probs.items() if norm(name) == key), default=0.0)
    return mine < BRAND_ODDS * best[0]


def _confirmed(brand: str, found: list[tuple[str, list[float]]], lines: list[Line]) -> bool:
    """True when a brand-shaped place of the page (``CONFIRMING``) names ``brand``, or a sentence of the page does.

    A menu label recurs as a line of its own; an outlet's name recurs inside its own sentences
    and bylines ("journalists of The Moscow Times", "Text by: FRANCE 24"), or ends a first line that appeals for it ("Support The
    Moscow Times!", ``brand_line`` then gives only that end). A first line that opens a run of
    menu items (``_menu_lines``) needs a brand-shaped place: a sentence using a menu word
    ("gift guides" under a "Guides" menu) confirms nothing.
    """
    if lines and brand != clean_name(lines[0].text):
        return True
    key = norm(brand)
    idx = [SITE_FEATURES.index(f) for f in CONFIRMING]
    if any(norm(name) == key and any(feats[i] for i in idx) for name, feats in found):
        return True
    if 0 in _menu_lines(lines):
        return False  # the first item of a menu ("Guides", "Reviews", ...): a sentence using the word is no brand place
    inside = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(brand))
    size = len(brand.split()) + MIN_SENTENCE_EXTRA
    return any(len(ln.text.split()) >= size and inside.search(ln.text) for ln in lines[1:])
