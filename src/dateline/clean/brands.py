"""Find the places where a flattened page prints its outlet's name: copyright lines, brand cues, domains, edges.

Each function reads one kind of place and returns the names it states; ``site.py`` gathers
them into candidates and ranks them. Hand-written, since no library reads site names from
plain text (trafilatura and htmldate read them from markup); the word lists are data
(``metadata_words.json``, ``lexicons/clean_words.tsv``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from dateline.clean.lines import stoplists
from dateline.clean.metadata_model import load_words
from dateline.lexicons import load_table, word_class

LOGGER = logging.getLogger(__name__)

WORDS = "clean_words"
"""The lexicon (``lexicons/clean_words.tsv``) this module's word classes come from."""

MAX_NAME_WORDS = 6
MAX_TITLE_LINE_WORDS = 30
"""A <title>-style line ("Headline - Site") up to this long lends its last part as a candidate name."""
MAX_EDGE_LINE_WORDS = 12
"""Lines up to this long lend their first and last words as candidate names."""
TITLE_SEP = re.compile(r"\s+(?:[|–—•·»]|-|::)\s+")
YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–—/]?\s*(?:19|20)\d\d|\s*[-–—/]\s*\d\d)?(?!\d)")
"""A year or a range of years ("2019", "2013-2019", "2013–19"); a flattened page may glue a range ("20132019")."""
TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w'’-]*){2,}$")
"""Two or more lower-case words ending a holder ("The Republic unless otherwise noted"): a clause, not the name."""
NAME_WORD = r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*"
NAME_RUN = r"%s(?:\s+(?:of|de|do|da|the|and|&|%s)){0,5}" % (NAME_WORD, NAME_WORD)
"""A run of capitalised words, with the joining words names carry ("Federation of American Scientists")."""
POSSESSIVE = re.compile(r"['’]s?$|\.$")
TRAILING_PARTICLE = re.compile(r"(?:\s+(?:of|de|do|da|the|and|&))+$")
BYLINE_OUTLET = re.compile(r"^(?:[Bb]y\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2},\s+(%s)$" % NAME_RUN)
"""A writer's name, a comma, and a name: the way wire copy and bylines credit the outlet."""
CITED_HOST = re.compile(r"(?:https?://|(?<![\w.@/])www\.)([A-Za-z0-9.-]+\.[A-Za-z]{2,})|"
                        r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
"""A link's host or an e-mail address's domain written in the text."""
CAPTION_WORDS = 8
"""Words before a copyright mark, in a line stating no year, that make the line a caption crediting its picture."""
MONTHS = "|".join(sorted((re.escape(row[0]) for row in load_table("month_names") if row[2] == "en"),
                         key=len, reverse=True))
TRAILING_DATE = re.compile(r"(?:^|\s+)(?:(?:%s)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:%s)\.?,?"
                           r"\s+(?:19|20)\d\d|\d{1,4}[-./]\d{1,2}[-./]\d{2,4})$" % (MONTHS, MONTHS), re.IGNORECASE)
"""A date ending a short line ("LinkNaija October 06, 2018"): a post's date beside its author or outlet, never part of a name."""
CREDIT_BY = re.compile(r"(?<!\w)by(?!\w)", re.IGNORECASE)
"""The word of a credit ("Crafted with love by X", "Theme by X"): a footer part holding it names the site's maker."""
IMPRINT_SEP = re.compile(r"\s+(?:[|–—•·]|-|::)\s+")
"""Separators between the parts of a footer's imprint line ("Name · 2013-2019 · Street 1", "Name - SC - Tax ID ...")."""
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


def words() -> dict[str, list[str]]:
    """Return the word lists of ``metadata_words.json``."""
    return load_words()


@lru_cache(maxsize=None)
def phrase_re(list_name: str) -> re.Pattern[str]:
    """Return a pattern matching any phrase of one word list as whole words ("©" needs no word boundary).

    Built once per list: the pattern escapes every phrase, and lines ask for it thousands of times per run.
    """
    def bounded(p: str) -> str:
        return ("(?<!\\w)" if p[:1].isalnum() else "") + re.escape(p) + ("(?!\\w)" if p[-1:].isalnum() else "")

    ordered = sorted(words()[list_name], key=len, reverse=True)
    return re.compile("|".join(bounded(p) for p in ordered), re.IGNORECASE)


@lru_cache(maxsize=None)
def _ascii_phrases(list_name: str) -> tuple[str, ...] | None:
    """The lower-cased phrases of one word list, or None when one of them is not ASCII (``may_hold``)."""
    phrases = tuple(p.lower() for p in words()[list_name])
    return phrases if all(p.isascii() for p in phrases) else None


def may_hold(list_name: str, text: str) -> bool:
    """Whether ``phrase_re(list_name)`` can match in ``text``: False only when an ASCII text holds none of the
    list's (ASCII) phrases as a substring, in any case.

    A plain substring test per phrase is far faster than the pattern's scan (an alternation after a look-behind,
    tried at every position of a long line), and most lines hold no phrase at all. Exact: on ASCII text and
    phrases, ignoring case is comparing lower-case forms, and a match always holds its phrase.
    """
    phrases = _ascii_phrases(list_name)
    if phrases is None or not text.isascii():
        return True
    low = text.lower()
    return any(p in low for p in phrases)


def clean_name(text: str) -> str | None:
    """Return a trimmed candidate name, or None when it cannot be an outlet's name."""
    name = " ".join(text.strip(" \t.,;:|-–—•·!?\"'“”‘’()[]").split())
    if "(" in name and name.count("(") > name.count(")") and text.rstrip(" .,;:").endswith(")"):
        name += ")"  # "The Printers (Mysore)": a bracket the name opens is its own, not punctuation around it
    name = TRAILING_DATE.sub("", name).rstrip(" ,.;:|-–—•·")
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > 60 or not any(c.isalpha() for c in name):
        return None
    if norm(name) in not_brand() or len(norm(name)) < 2:
        return None
    first, last = words[0], words[-1].lower()
    if first.lower() in phrase_words() or (len(words) > 1 and (last in phrase_words() or last in last_words() or
                                                               first.islower() and
                                                               words[-1].isalpha() and words[-1].islower())):
        return None  # "Our", "by Email", "Share this", "the author": a phrase, not a name
    return name


@lru_cache(maxsize=1)
def phrase_words() -> frozenset[str]:
    """Return the function words that never start or end an outlet's name (``phrase_edges``)."""
    return frozenset(words()["phrase_edges"])


@lru_cache(maxsize=1)
def last_words() -> frozenset[str]:
    """Return the articles that never end an outlet's name of two words or more (``last_words``: "Meet the")."""
    return frozenset(words()["last_words"])


@lru_cache(maxsize=1)
def not_brand() -> frozenset[str]:
    """Return the folded labels that are page furniture, never an outlet's name."""
    return frozenset(norm(w) for w in words()["not_brand"])


def cut_legal(name: str) -> str:
    """Cut trailing company-form words from a copyright holder ("ScienceAlert Pty Ltd" -> "ScienceAlert")."""
    suffixes = sorted(words()["legal_suffixes"], key=len, reverse=True)
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


def holder_stem(name: str) -> str | None:
    """Return the outlet's name inside an owner company's name ("Example Post Media Group Ltd" -> "Example Post"), or None.

    A copyright line often names the company behind the outlet, built from the outlet's own name
    and company words ("© 2019 X Media Group", "X Holdings, Inc."): with its company form
    (``legal_suffixes``) and trailing owner words (``owner_words``) cut, what is left may be the
    outlet. None when no owner word was cut or nothing name-like is left.
    """
    owner = {w.lower() for w in words()["owner_words"]}
    parts = cut_legal(name).split()
    cut = 0
    while len(parts) - cut > 1 and parts[-1 - cut].lower().strip(",.") in owner:
        cut += 1
    if not cut:
        return None
    return clean_name(cut_legal(" ".join(parts[: len(parts) - cut])))


def maker_credits(text: str) -> list[str]:
    """Return the folded text after each maker credit of a line ("Powered by Example CMS" -> "examplecms").

    A page's foot credits the platform or the designer that made the site; a name there is the
    tool, not the outlet (``maker_credits`` of ``metadata_words.json``).
    """
    if not may_hold("maker_credits", text):
        return []
    return [norm(text[m.end():]) for m in phrase_re("maker_credits").finditer(text)]


def copyright_holders(text: str) -> list[tuple[str, bool, bool]]:
    """Return the names a copyright line states next to its marks: (name, legal words cut, name before the mark).

    "© 2019 News Nation. All rights reserved." -> "News Nation"; "Hearst Newspapers © Copyright
    Hearst Media Services Connecticut, LLC" -> both companies. Only the part right after a mark
    (years skipped) and the part right before the first mark count: a legal sentence's other
    words ("may not be broadcast, rewritten") name nobody. The word "copyright" alone is no mark
    (a "Copyright Policy" link), a line crediting a picture ("(Image: © Getty)", a caption ending
    "© AFP") names no owner of the page, and a holder starting with a function word ("This site ©", "and Reprint") is none.
    """
    marks = phrase_re("copyright_marks")
    stripped = YEARS.sub(" ", text)
    spans = list(marks.finditer(stripped))
    if not spans or not (YEARS.search(text) or any(m.group(0).lower() != "copyright" for m in spans)):
        return []
    before = _last_segment(stripped[: spans[0].start()])
    if phrase_re("credit_words").search(before) or (
            not YEARS.search(text) and len(stripped[: spans[0].start()].split()) >= CAPTION_WORDS):
        return []  # "(Image: © Getty)", "Supporters greet her in Oslo. © AFP": a picture's credit
    parts: list[tuple[str, bool]] = [(before, True)]
    for m in spans:
        nxt = [x.start() for x in spans if x.start() >= m.end()]
        tail = stripped[m.end(): nxt[0] if nxt else len(stripped)]
        tail = tail.strip(" ,:.").removeprefix("by ").strip()
        said = phrase_re("brand_after").search(tail)
        parts.append((SEGMENT_SPLIT.split(tail[: said.start()] if said and said.start() > 0 else tail)[0], False))
    out: list[tuple[str, bool, bool]] = []
    for part, is_before in parts:
        part = TRAILING_LOWER.sub("", part.strip())
        if not part or any(part.lower().startswith(p) for p in words()["credit_prefixes"]):
            continue
        cut = cut_legal(part)
        for name, was_cut in ((part, False), (cut, cut != part)):
            clean = clean_name(name)
            if clean:
                out.append((clean, was_cut, is_before))
    return out


def stated_as_company(name: str, was_cut: bool, text: str) -> bool:
    """True when a copyright line states its holder ``name`` as a company: a company form or owner word ends it or follows it.

    "© 2019 Example Media, LLC.", "Copyright Example Holdings Inc." and "© Example Broadcasting" name a
    company (``legal_suffixes`` after the holder, before or after a comma, or ``owner_words`` ending it:
    ``holder_stem``); a company is more often the owner
    behind the outlet than the outlet itself, which the page names in its own places (a ``<title>``
    suffix, a brand cue, its domain). ``name`` and ``was_cut`` as ``copyright_holders`` gives them.
    """
    if was_cut or cut_legal(name) != name or holder_stem(name) is not None:
        return True  # "Example Pty Ltd", "Example Media Group": a company form or owner words end the name
    form = _company_form()
    return any(form.match(text, m.end()) for m in re.finditer(re.escape(name), text))


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern[str]:
    """A company form (``legal_suffixes``) opening the text, after spaces or a comma (", LLC", " Inc.")."""
    legal = sorted({w.lower().rstrip(".") for w in words()["legal_suffixes"]}, key=len, reverse=True)
    return re.compile(r"[\s,]*(?:%s)\.?(?!\w)" % "|".join(re.escape(w) for w in legal), re.IGNORECASE)


def _last_segment(text: str) -> str:
    """Return the last part of the text before a copyright mark that is more than a company form ("Spacenews, Inc.")."""
    legal = set(words()["legal_suffixes"])
    segments = [x for x in SEGMENT_SPLIT.split(text) if x.strip()]
    while segments and segments[-1].strip().lower().rstrip(".") in legal | {x.rstrip(".") for x in legal}:
        segments.pop()
    return segments[-1] if segments else ""


def cue_names(text: str) -> list[str]:
    """Return names written next to brand cues: "About X", "Follow X on Twitter", "X is a registered trademark".

    A cue after the name may be a word of the name itself ("Get Quanta Magazine delivered to your
    inbox": "magazine" and "delivered to your inbox" are both cues), so the name is cut before
    each cue in turn and every cut is a candidate ("Quanta", "Quanta Magazine"); the ranker weighs them."""
    lists = words()
    low = text.lower()
    out: list[str] = []
    after = phrase_re("brand_after")
    if not may_hold("brand_after", text) and not may_hold("brand_before", text):
        return []  # no cue before a name, none after one
    for cue in lists["brand_before"]:
        if low.startswith(cue + " "):
            rest = text[len(cue) + 1:]
            cuts = [m.start() for m in after.finditer(rest) if m.start() > 0]
            for cut in cuts or [len(rest)]:
                name = clean_name(POSSESSIVE.sub("", rest[:cut].rstrip()))  # "Visit Example's homepage": "Example"
                if name and name not in out:
                    out.append(name)
    opening = [cue for cue in lists["brand_before"] if low.startswith(cue + " ")]
    for m in after.finditer(text):
        if 0 < m.start() and not opening:  # "Get the latest news app": the cue before reads it, not "Get ..."
            name = clean_name(text[: m.start()])
            if name and name not in out and len(text[: m.start()].split()) <= MAX_NAME_WORDS - 1:
                out.append(name)
    return out


def statement_names(text: str) -> list[str]:
    """Return the name that opens a line of any length with a statement about the outlet ("Harbour Gazette is a
    trademark of Harbour Publishing Ltd and may not be used ..." -> "Harbour Gazette").

    The cues after a name that are a verb phrase (``brand_after`` entries starting "is ") make a sentence, which a
    footer's legal line may continue for many words; other cues ("staff", "app") stay for short lines (``cue_names``).
    """
    if not may_hold("brand_after", text):
        return []
    for m in phrase_re("brand_after").finditer(text):
        head = text[: m.start()]
        if m.group(0).lower().startswith("is ") and head.strip() and len(head.split()) < MAX_NAME_WORDS:
            name = clean_name(head)
            return [name] if name else []
    return []


@lru_cache(maxsize=4)
def cue_then_name(cue_class: str) -> re.Pattern[str]:
    """Return the pattern of a cue of ``cue_class`` (a class of ``metadata_words.json``) followed by a name: "told X",
    "writer at X" (``self_before``), "a subsidiary of X" (``owner_before``)."""
    cues = "|".join(re.escape(c) for c in sorted(words()[cue_class], key=len, reverse=True))
    return re.compile(r"(?<!\w)(?i:%s)\s+(%s)" % (cues, NAME_RUN))


def _names_after(cue_class: str, text: str) -> list[str]:
    """Return the cleaned names a line writes after the cues of ``cue_class``."""
    out = []
    for m in cue_then_name(cue_class).finditer(text):
        clean = clean_name(TRAILING_PARTICLE.sub("", POSSESSIVE.sub("", m.group(1))))
        if clean:
            out.append(clean)
    return out


def self_references(text: str) -> list[str]:
    """Return the names a line writes after a self-reference cue ("he told Business Insider" -> "Business Insider").

    Journalists name their outlet in the article ("told Business Insider", "as Gizmodo
    explained" is not caught, "Science writer at Gizmodo" is); the cue list is data
    (``self_before``). Other outlets are named this way too; the ranker weighs how often.
    """
    return _names_after("self_before", text)


def owners(text: str) -> list[str]:
    """Return the companies a line names as an outlet's owner ("The Hill, a subsidiary of News Communications")."""
    return _names_after("owner_before", text)


def byline_outlet(text: str) -> str | None:
    """Return the outlet a byline line names after its writer ("Charlie Wood, Business Insider" -> "Business Insider")."""
    m = BYLINE_OUTLET.match(text.strip())
    return clean_name(m.group(1)) if m else None


def cited_hosts(text: str) -> list[str]:
    """Return the hosts of the links and e-mail addresses a line writes ("jeff@thespacereview.com" -> "thespacereview.com").

    A page cites its own domain in its contact addresses and links; social networks and
    other furniture (``not_brand``) are left out.
    """
    out = []
    for m in CITED_HOST.finditer(text):
        host = (m.group(1) or m.group(2) or "").lower().rstrip(".")
        label = domain_label("http://" + host)
        if label and label not in not_brand() and label not in words()["not_site_hosts"]:
            out.append(host[host.rindex(label):])  # the registered domain: "static6.site.de" -> "site.de"
    return out


@lru_cache(maxsize=1)
def domain_re() -> re.Pattern[str]:
    """Return the pattern of a domain name written in text ("Express.co.uk"), built once."""
    tlds = sorted(words()["tlds"], key=len, reverse=True)
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


def edge_names(text: str) -> set[str]:
    """Return the 1-4 word phrases a short line starts or ends with ("Vox main menu" -> "Vox", "Vox main", ...)."""
    words = text.split()
    if len(words) > MAX_EDGE_LINE_WORDS:
        return set()
    stop = stop_words()
    out = set()
    for k in range(1, min(4, len(words)) + 1):
        for part in (words[:k], words[-k:]):
            first, last = part[0].lower(), part[-1].lower().strip(".,:;!?")
            if last in stop or first in stop and first != "the":
                continue
            name = clean_name(" ".join(part))
            if name and any(c.isupper() for c in name):
                out.add(name)
    return out


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Return the function words of every stop list the line model knows (they never end a name)."""
    return frozenset().union(*stoplists().values())


def title_suffix(text: str) -> str | None:
    """Return the last part of a <title>-style line ("Headline - Site" -> "Site"), or None.

    The line may be as long as a long headline (``MAX_TITLE_LINE_WORDS``): a flattened page
    often starts with its ``<title>``, the headline and the outlet's name joined by a dash.
    """
    if len(text.split()) > MAX_TITLE_LINE_WORDS:
        return None
    parts = TITLE_SEP.split(text)
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    return clean_name(parts[-1])


def imprint_name(text: str) -> str | None:
    """Return the name a footer's imprint line starts with ("Name · 2013-2019 · Street 1" -> "Name"), or None.

    Beside or instead of a copyright line, a page's foot prints its owner's name followed by
    the years, an address or a registration number, the parts joined by separators; the first
    part is the name. Lines without such a separator, or whose first part is no name or credits
    the site's maker ("Made with love by X · Theme"), give none.
    """
    parts = IMPRINT_SEP.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip() or CREDIT_BY.search(parts[0]):
        return None
    return clean_name(parts[0])


def leading_domain(text: str) -> str | None:
    """Return a domain that starts a line of any length ("Site.net - The ministry said ..." -> "Site.net"), or None.

    Wire-style articles open with the outlet's domain as a dateline; a domain deep inside a
    long sentence is only a citation (``cited_hosts``, ``domain_re``).
    """
    m = domain_re().match(text.strip())
    return clean_name(m.group(1)) if m else None


