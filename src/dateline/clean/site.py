"""Name the outlet of a flattened page: gather candidate names from brand-shaped places, rank them with a learned model.

A flattened page has lost its ``og:site_name``, but the outlet still prints its name in a few
typical places: as the first line (a text logo), in the copyright line ("© 2019 News Nation"),
next to words pages put before or after their own name ("About CT Post", "CBS Sports is a
registered trademark"), as its domain ("Express.co.uk"), and in short lines the page repeats.
Each place is a feature of the name it yields, as are how often and where the name recurs and
whether it matches the page's domain when the URL is known; a logistic model
(``metadata_model.json``, fitted by bench/train_metadata.py on ../shared/bench/articles) weighs
them. Hand-written candidate rules, since no library reads site names from plain text
(trafilatura and htmldate read them from markup); the word lists are data
(``metadata_words.json``).
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from dateline.clean.lines import NAV_SHAPE, SENTENCE_END, UI_WORDS, Line, stoplists
from dateline.clean.metadata_model import floor, load_words, score
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "clean_words"
"""The lexicon (``lexicons/clean_words.tsv``) this module's word classes come from."""

SITE_FEATURES: tuple[str, ...] = (
    "bias", "first_line", "copyright", "copyright_cut", "copyright_before_mark", "brand_cue", "domain_token",
    "repeated_short", "title_suffix", "edges", "occurrences", "in_prose", "in_header", "in_footer", "words",
    "one_word", "owner_word", "all_caps", "starts_lower", "capitalised", "sources", "first_seen", "digits",
    "stop_word", "domain_match", "domain_part", "domain_fallback",
)
"""Features of a candidate name, in the order of the model's weights."""
MAX_NAME_WORDS = 6
EDGE_LINES = 12
"""Lines at the top (bottom) of a page that count as its header (footer)."""
MAX_CUE_LINE_WORDS = 14
MAX_EDGE_LINE_WORDS = 12
"""Lines up to this long lend their first and last words as candidate names."""
NOT_A_BRAND = re.compile(r"\b(?:skip|home|navigation|notice|contact|cart|main content|toggle|close|menu|"
                         r"cookies?|accessibility|javascript|browser|advertisement)\b", re.IGNORECASE)
"""Words of a first line that is page furniture, not a text logo."""
TITLE_SEP = re.compile(r"\s+(?:[|–—•·»]|-|::)\s+")
MAX_COPYRIGHT_LINE_WORDS = 40
YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?(?!\d)")
SEGMENT_SPLIT = re.compile(r"\s*(?:[|;,]|\.(?:\s|$)|\s[-–—•·]\s)\s*")
SECOND_LEVEL = word_class("second_level_domain", WORDS)
"""Labels that sit under a country's code in a site's domain ("bbc.co.uk"): the site's name is the label before."""


NOT_WORD = re.compile(r"[\W_]")


def norm(text: str) -> str:
    """Return ``text`` folded for comparing names: accents, case and non-word characters dropped.

    ASCII text has no accents to decompose, so it skips the per-character walk (most lines of a page).
    """
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return NOT_WORD.sub("", text.casefold())


@dataclass(slots=True)
class _Found:
    """What the page says about one candidate name while candidates are gathered."""

    names: Counter[str] = field(default_factory=Counter)
    sources: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, source: str, value: float = 1.0) -> None:
        self.names[name] += 1
        self.sources[source] = max(self.sources.get(source, 0.0), value)


def _words() -> dict[str, list[str]]:
    return load_words()


@lru_cache(maxsize=None)
def _phrase_re(list_name: str) -> re.Pattern[str]:
    """Return a pattern matching any phrase of one word list as whole words ("©" needs no word boundary).

    Built once per list: the pattern escapes every phrase, and lines ask for it thousands of times per run.
    """
    def bounded(p: str) -> str:
        return ("(?<!\\w)" if p[:1].isalnum() else "") + re.escape(p) + ("(?!\\w)" if p[-1:].isalnum() else "")

    ordered = sorted(_words()[list_name], key=len, reverse=True)
    return re.compile("|".join(bounded(p) for p in ordered), re.IGNORECASE)


def _clean_name(text: str) -> str | None:
    """Return a trimmed candidate name, or None when it cannot be an outlet's name."""
    name = " ".join(text.strip(" \t.,;:|-–—•·!?\"'“”‘’()[]").split())
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > 60 or not any(c.isalpha() for c in name):
        return None
    if norm(name) in _not_brand():
        return None
    return name


@lru_cache(maxsize=1)
def _not_brand() -> frozenset[str]:
    """Return the folded labels that are page furniture, never an outlet's name."""
    return frozenset(norm(w) for w in _words()["not_brand"])


def cut_legal(name: str) -> str:
    """Cut trailing company-form words from a copyright holder ("ScienceAlert Pty Ltd" -> "ScienceAlert")."""
    suffixes = sorted(_words()["legal_suffixes"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        low = name.lower().rstrip(" ,.&")
        for suffix in suffixes:
            if low.endswith(" " + suffix) and len(low) > len(suffix) + 1:
                name = name[: len(low) - len(suffix)].rstrip(" ,.&")
                changed = True
                break
    return name


def copyright_holders(text: str) -> list[tuple[str, bool, bool]]:
    """Return the names a copyright line states next to its marks: (name, legal words cut, name before the mark).

    "© 2019 News Nation. All rights reserved." -> "News Nation"; "Hearst Newspapers © Copyright
    Hearst Media Services Connecticut, LLC" -> both companies. Only the part right after a mark
    (years skipped) and the part right before the first mark count: a legal sentence's other
    words ("may not be broadcast, rewritten") name nobody.
    """
    marks = _phrase_re("copyright_marks")
    stripped = YEARS.sub(" ", text)
    spans = list(marks.finditer(stripped))
    if not spans:
        return []
    parts: list[tuple[str, bool]] = []
    before = SEGMENT_SPLIT.split(stripped[: spans[0].start()])[-1]
    parts.append((before, True))
    for m in spans:
        nxt = [x.start() for x in spans if x.start() >= m.end()]
        tail = stripped[m.end(): nxt[0] if nxt else len(stripped)]
        parts.append((SEGMENT_SPLIT.split(tail.strip(" ,:"))[0], False))
    out: list[tuple[str, bool, bool]] = []
    for part, is_before in parts:
        part = part.strip()
        if not part or any(part.lower().startswith(p) for p in _words()["credit_prefixes"]):
            continue
        cut = cut_legal(part)
        for name, was_cut in ((part, False), (cut, cut != part)):
            clean = _clean_name(name)
            if clean:
                out.append((clean, was_cut, is_before))
    return out


def _cue_names(text: str) -> list[str]:
    """Return names written next to brand cues: "About X", "Follow X on Twitter", "X is a registered trademark"."""
    words = _words()
    low = text.lower()
    out: list[str] = []
    after = _phrase_re("brand_after")
    for cue in words["brand_before"]:
        if low.startswith(cue + " "):
            rest = text[len(cue) + 1:]
            m = after.search(rest)
            name = _clean_name(rest[: m.start()] if m and m.start() > 0 else rest)
            if name:
                out.append(name)
    for m in after.finditer(text):
        if 0 < m.start():
            name = _clean_name(text[: m.start()])
            if name and len(text[: m.start()].split()) <= MAX_NAME_WORDS - 1:
                out.append(name)
    return out


@lru_cache(maxsize=1)
def _domain_re() -> re.Pattern[str]:
    """Return the pattern of a domain name written in text ("Express.co.uk"), built once."""
    tlds = sorted(_words()["tlds"], key=len, reverse=True)
    return re.compile(r"(?<![\w@/.-])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:%s))(?![\w@/-]|\.\w)" %
                      "|".join(re.escape(t) for t in tlds), re.IGNORECASE)


def domain_label(url: str | None) -> str | None:
    """Return the distinctive label of a URL's domain ("ctpost" for https://www.ctpost.com/...), or None."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) < 2:
        return None
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return labels[-keep]


def _edges(text: str) -> set[str]:
    """Return the 1-4 word phrases a short line starts or ends with ("Vox main menu" -> "Vox", "Vox main", ...)."""
    words = text.split()
    if len(words) > MAX_EDGE_LINE_WORDS:
        return set()
    stop = _stop_words()
    out = set()
    for k in range(1, min(4, len(words)) + 1):
        for part in (words[:k], words[-k:]):
            first, last = part[0].lower(), part[-1].lower().strip(".,:;!?")
            if last in stop or first in stop and first != "the":
                continue
            name = _clean_name(" ".join(part))
            if name and any(c.isupper() for c in name):
                out.add(name)
    return out


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Return the function words of every stop list the line model knows (they never end a name)."""
    return frozenset().union(*stoplists().values())


def _title_suffix(text: str) -> str | None:
    """Return the last part of a <title>-style line ("Headline - Site" -> "Site"), or None."""
    parts = TITLE_SEP.split(text)
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    return _clean_name(parts[-1])


def gather(lines: list[Line], url: str | None = None) -> dict[str, _Found]:
    """Return every candidate name of the page, keyed by its folded form, with the places it came from."""
    found: dict[str, _Found] = {}

    def add(name: str | None, source: str, value: float = 1.0) -> None:
        if name:
            found.setdefault(norm(name), _Found()).add(name, source, value)

    if lines:
        add(_clean_name(lines[0].text), "first_line")
    domains = _domain_re()
    counts = Counter(ln.text for ln in lines)
    edges: Counter[str] = Counter()
    for ln in lines:
        n_words = len(ln.text.split())
        if n_words <= MAX_COPYRIGHT_LINE_WORDS:
            for name, was_cut, before in copyright_holders(ln.text):
                add(name, "copyright")
                if was_cut:
                    add(name, "copyright_cut")
                if before:
                    add(name, "copyright_before_mark")
            for m in domains.finditer(ln.text):
                add(_clean_name(m.group(1)), "domain_token")
        if n_words <= MAX_CUE_LINE_WORDS:
            for name in _cue_names(ln.text):
                add(name, "brand_cue")
            add(_title_suffix(ln.text), "title_suffix")
        if n_words <= 4 and counts[ln.text] > 1:
            add(_clean_name(ln.text), "repeated_short")
    for text in counts:
        edges.update(_edges(text))
    for name, n in edges.items():
        if n >= 2:
            add(name, "edges", min(n, 6) / 6.0)
    label = domain_label(url)
    if label:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
        add(host, "domain_fallback")
    return found


def features(key: str, item: _Found, lines: list[Line], url: str | None, page_low: list[str]) -> list[float]:
    """Return the feature vector (``SITE_FEATURES``) of one candidate name."""
    name = item.names.most_common(1)[0][0]
    pattern = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(name.casefold()))
    hits = [i for i, low in enumerate(page_low) if pattern.search(low)]
    n = len(lines)
    long_hits = sum(1 for i in hits if len(lines[i].text.split()) >= 8)
    owner = _phrase_re("owner_words")
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
        len([s for s in src if s not in ("domain_fallback", "edges")]) / 4.0,
        hits[0] / max(1, n) if hits else 1.0,
        float(any(c.isdigit() for c in name)),
        float(any(w.lower() in _stop_words() for w in words)),
        match,
        part,
        src.get("domain_fallback", 0.0),
    ]


def brand_keys(lines: list[Line]) -> frozenset[str]:
    """Return the folded names the page states as an owner or brand (copyright line, brand cues, domain)."""
    strong = ("copyright", "brand_cue", "domain_token", "title_suffix")
    return frozenset(k for k, item in gather(lines).items() if k and any(s in item.sources for s in strong))


def candidates(lines: list[Line], url: str | None = None) -> list[tuple[str, list[float]]]:
    """Return each candidate name of the page (its most frequent spelling) with its features."""
    page_low = [ln.text.casefold() for ln in lines]
    out = []
    for key, item in gather(lines, url).items():
        if key:
            out.append((item.names.most_common(1)[0][0], features(key, item, lines, url, page_low)))
    return out


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
    name = _clean_name(first)
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
                after_crawler: bool = False) -> str | None:
    """Return the page's outlet name: a text-logo first line, else the best-scoring candidate, or None.

    ``model`` replaces the shipped model (cross-validation); ``after_crawler`` says ``lines``
    start right after a crawler's date line, where the brand line needs not recur. With a
    ``url``, the first line counts as the logo only when it matches the domain.
    """
    brand = brand_line(lines, recurring=not after_crawler)
    label = domain_label(url)
    if brand is not None and label and not (label in norm(brand) or norm(brand).removeprefix("the") in label):
        brand = None  # with the address known, a first line that does not match its domain is no logo
    if brand is not None:
        LOGGER.debug("site: first line %r", brand)
        return brand
    best: tuple[float, str] | None = None
    for name, feats in candidates(lines, url):
        p = score("site", feats, model)
        if best is None or p > best[0]:
            best = (p, name)
    if best is None or best[0] < floor("site", model):
        return None
    LOGGER.debug("site: %r (p=%.2f)", best[1], best[0])
    return best[1]
