"""Find a flattened page's title, site, publication date and byline from the shapes of its lines.

Rules are shapes, not phrases of particular pages: a crawler's ``date YYYY-MM-DD  title``
first line, dates written in the common English and numeric forms (and with the month names of
``lexicons/month_names.tsv``), and ``By ...`` or agency bylines. The headline and the outlet's
name are ranked among candidate lines and names by small learned models (``title.py``, ``site.py``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.clean.captions import AGENCIES
from dateline.clean.lines import Line
from dateline.clean.site import brand_keys, choose_site, norm
from dateline.clean.title import choose_title, cut_site
from dateline.lexicons import load_table, word_class
from dateline.model import PublishedFrom, RawPage
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

WORDS = "clean_words"
"""The lexicon (``lexicons/clean_words.tsv``) this module's word classes come from."""

MONTHS: dict[str, int] = {row[0]: int(row[1]) for row in load_table("month_names") if row[2] == "en"}
"""English month names and abbreviations (``lexicons/month_names.tsv``), lower case, to their number."""
_MON = r"(?P<mon>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2025-03-18, 2024.10.21, 2025/03/18
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),
    # 18 Mar. 2025, 25 Jul, 2023, Mon 20 May 2024
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE),
    # March 18, 2025; Nov. 5, 2024
    re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE),
    # 11/12/2025, 10.10.2025 (day or month first: see ``_numeric``)
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?!\d)"),
)
FOREIGN_MONTHS: dict[str, int] = {row[0]: int(row[1]) for row in load_table("month_names") if row[2] != "en"}
"""Month names of other languages (``lexicons/month_names.tsv``), lower case, to their number."""
_FOREIGN = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
FOREIGN_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 18 mars 2025, 18. März 2025, 18 de marzo de 2025, 18 марта 2025 г.
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<name>" + _FOREIGN + r")\.?,?\s+(?:de\s+)?"
               r"(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE),
    # 2025年03月18日 (Chinese, Japanese), 2025년 3월 18일 (Korean)
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
)
"""Dates in other languages' words, tried after the English and numeric ``DATE_PATTERNS``."""
YEAR = re.compile(r"(?:19|20)\d\d")
US_CLOCK = re.compile(r"\b(?:[ap]\.?m\.?|E[SD]T|P[SD]T|C[SD]T|M[SD]T|ET|PT)\b", re.IGNORECASE)
CRAWLER_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<title>\S.*)$")
PUBLISHED_KEY = re.compile(
    r"\b(?:published|posted|issued|registered|created|date|dated|publié|publicado|veröffentlicht|erschienen)\b",
    re.IGNORECASE,
)
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?,\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+(?:19|20)\d\d)"
    r"\s*(?:\([^()]{1,40}\)\s*)?[-–—]{1,2}\s")
"""A wire story's opening dateline with a full date: "JEDDAH, Saudi Arabia, March 3, 2025 - Saudi Arabia ...",
"KIGALI, 3 March 2025 (Wire) — ..."."""
UPDATED_KEY = re.compile(r"\b(?:updated|modified|edited|mis à jour|actualizado|aktualisiert)\b", re.IGNORECASE)
BYLINE = re.compile(r"^(?:by|text by|written by|words by|reporting by)\s*:?\s+(?P<names>.+)$", re.IGNORECASE)
AGENCY_WORD = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(a) for a in AGENCIES))
PHOTO_WORD = re.compile(r"\b(?:photo|photograph|image|video)s?\b", re.IGNORECASE)
NAME_PARTICLES = word_class("byline_name_particle", WORDS)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page's own lines state about the article, with the lines each item came from."""

    title: str | None
    site: str | None
    published: str | None
    byline: tuple[str, ...]
    lines: frozenset[int]
    """Line numbers holding metadata (title, date, byline, crawler line): never body."""


def _numeric(a: int, b: int, year: int, us_style: bool) -> date | None:
    """Read an all-numeric date: day first unless the numbers or a US clock say month first."""
    if a > 12:
        day, month = a, b
    elif b > 12:
        day, month = b, a
    elif us_style:
        day, month = b, a
    else:
        day, month = a, b
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """Return the first date written in ``text`` as YYYY-MM-DD, or None."""
    if not YEAR.search(text):
        return None
    best: tuple[int, date] | None = None
    for pattern in DATE_PATTERNS + FOREIGN_DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        found: date | None
        groups = m.groupdict()
        try:
            if groups.get("a"):
                found = _numeric(int(groups["a"]), int(groups["b"]), int(groups["y"]), bool(US_CLOCK.search(text)))
            else:
                mon, name = groups.get("mon"), groups.get("name")
                month = MONTHS[mon.lower()] if mon else FOREIGN_MONTHS[name.lower()] if name else int(groups["m"])
                found = date(int(groups["y"]), month, int(groups["d"]))
        except (ValueError, KeyError):
            found = None
        if found and (best is None or m.start() < best[0]):
            best = (m.start(), found)
    return best[1].isoformat() if best else None


def _name_like(part: str) -> bool:
    """True for a person's or agency's name: capitalised words, save a few joining words."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES for w in part.split())


def byline_names(text: str) -> tuple[str, ...]:
    """Return the names or agencies a byline line states ("By A and B", "Yonhap", "X with AFP")."""
    text = text.strip()
    m = BYLINE.match(text)
    if m:
        names = m.group("names")
    elif len(text.split()) <= 6 and AGENCY_WORD.search(text) and not re.search(r"[.:?()]$|\(", text):
        names = text
    else:
        return ()
    parts = [p.strip(" .") for p in re.split(r"\s*(?:,|\band\b|\bwith\b|&)\s*", names) if p.strip(" .")]
    # every part must read as a name or agency ("Jane Doe", "AFP", "Hankyoreh staff"), not as a phrase
    if not parts or not all(_name_like(p) for p in parts):
        return ()
    return tuple(parts)


def _dated(lines: list[Line]) -> list[bool]:
    """Return, per line, whether it is a short line stating a date or a byline."""
    return [len(ln.text.split()) <= 14 and bool(find_date(ln.text) or BYLINE.match(ln.text) or byline_names(ln.text))
            for ln in lines]


def extract(lines: list[Line], raw_lines: list[str], body_start: int, body_end: int,
            keep: list[bool] | None = None, url: str | None = None,
            model: dict[str, Any] | None = None) -> Metadata:
    """Read title, site, date and byline from the lines around the article body.

    ``body_start``/``body_end`` are indexes into ``lines`` of the first and last body line
    the line model kept (the header is everything above ``body_start``); ``keep`` holds the
    line model's decisions (all lines below ``body_start`` kept when not given); ``url`` is
    the page's address when its container gives one (it helps name the site); ``model``
    replaces the shipped title and site model (cross-validation).
    """
    used: set[int] = set()
    title = site = published = None
    header = lines[:body_start]
    keep = keep if keep is not None else [i >= body_start for i in range(len(lines))]
    dated = _dated(lines)
    crawler = CRAWLER_LINE.match(raw_lines[lines[0].number - 1]) if lines else None
    offset = 0
    if crawler:
        # a crawler's "date YYYY-MM-DD  title" first line states both; the brand follows it
        published, title = crawler.group("date"), " ".join(crawler.group("title").split())
        used.add(lines[0].number)
        used.update(ln.number for ln in header if ln.text == title)
        offset = 1
    site = choose_site(lines[offset:], url, model, after_crawler=bool(crawler),
                       body=(body_start - offset, body_end - offset))
    if site is not None and len(lines) > offset and len(lines[offset].text.split()) <= 8 \
            and norm(site) in norm(lines[offset].text):
        used.add(lines[offset].number)  # the brand line (or an appeal naming the brand) is no body text
    if title is None:
        brands = brand_keys(lines[offset:], url) | ({norm(site)} if site else set())
        head = choose_title(lines, keep, body_start, body_end, dated, frozenset(brands), model, site)
        if head is not None:
            title = cut_site(lines[head].text, site)
            used.update(ln.number for ln in lines if ln.text == lines[head].text)
    found_dates: list[tuple[int, int, str]] = []
    outside = header + lines[body_end + 1:]
    for order, ln in enumerate(outside):
        if len(ln.text.split()) > (24 if PUBLISHED_KEY.match(ln.text.strip()) else 14):
            continue  # a date line is short, unless it says so first ("Published date: ... | Last update: ...")
        found = find_date(ln.text)
        if not found:
            continue
        used.add(ln.number)
        tier = 1 if PUBLISHED_KEY.search(ln.text) else 3 if UPDATED_KEY.search(ln.text) else 2
        found_dates.append((tier, order, found))
    if published is None and found_dates:
        published = min(found_dates)[2]
    if published is None and body_start < len(lines) and (wire := WIRE_DATELINE.match(lines[body_start].text)):
        # no date line around the body: a wire story dates itself in its first paragraph's dateline
        published = find_date(wire.group("date"))
    byline: list[str] = []
    for ln in outside:
        if ln.number not in used and len(ln.text.split()) <= 8 and not PHOTO_WORD.search(ln.text):
            names = byline_names(ln.text)
            if names:
                byline.extend(n for n in names if n not in byline)
                used.add(ln.number)
    LOGGER.debug("metadata: title=%r site=%r published=%r byline=%r", title, site, published, byline)
    return Metadata(title, site, published, tuple(byline), frozenset(used))


def choose_published(stated: str | None, stated_from: PublishedFrom, page: RawPage,
                     opts: Options) -> tuple[str | None, PublishedFrom | None]:
    """Return the publication date and where it came from, never guessing one.

    The page's own date (``stated``, found as ``stated_from``) wins; then the date its
    container gives (WARC record, JSONL field); then the date the user gave for this file
    (``--published-dates``) or for the batch (``--published-default``), both "user"; else None.
    """
    if stated:
        return stated, stated_from
    if page.published:
        return page.published, page.published_from
    given = opts.published_for(page.source.path)
    if given:
        return given, "user"
    return None, None
