"""Clean a flattened text page: keep the article's lines, set captions and metadata apart, record cuts."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateline.clean.boilerplate import LineModel, classify
from dateline.clean.captions import caption_of
from dateline.clean.lines import BYLINE_SHAPE, COPYRIGHT_SHAPE, SAID_SHAPE, SENTENCE_END, UI_WORDS, WORD, Line, \
    is_headline_shaped, is_link_line, reads_as_sentence, is_wire_credit, page_lines
from dateline.clean.metadata import Metadata, byline_names, choose_published, extract, find_date
from dateline.clean.templates import line_key
from dateline.errors import CleanError
from dateline.model import Document, PublishedFrom, RawPage, Removal, RemovalReason
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

REASONS: tuple[tuple[RemovalReason, re.Pattern[str]], ...] = (
    ("newsletter", re.compile(r"newsletter|subscribe|sign up|inbox|mailbox")),
    ("donation", re.compile(r"donat|support (?:us|the|our)|contribution|choose an amount|monthly|paiment|payment")),
    ("comments", re.compile(r"comment|conversation|replies|reply|log ?in to|write a")),
    ("related", re.compile(r"related|\bmore (?:in|on|from|stories)\b|read more|most (?:read|viewed|popular)|latest|"
                           r"other news|trending|headlines|topics|tags|explore more|don't miss|go to video")),
    ("share", re.compile(r"share|print|facebook|twitter|whatsapp|copy (?:url|link)|email|font size")),
    ("navigation", re.compile(r"\s[|>›»/]\s|\s{2,}\S|^home\b|cookie|privacy|terms|copyright|©")),
)
"""Removal reasons, tried in order; the first whose pattern occurs in a cut line (lower-cased) names it."""
DIGIT = re.compile(r"\d")
HEADING_WORDS = 10
"""The most words a widget's heading ("Sign up for our daily newsletter") has."""


def removal_reason(raw: str) -> RemovalReason | None:
    """The first of ``REASONS`` whose pattern occurs in the lower-cased line, or None."""
    low = raw.lower()
    for name, pattern in REASONS:
        if pattern.search(low):
            return name
    return None


def removals(cut: list[tuple[int, str, RemovalReason | None]]) -> tuple[Removal, ...]:
    """Merge cut lines (number, raw text, reason) into runs; a reasonless line inherits its run's reason."""
    out: list[Removal] = []
    prev_number = -10
    current: RemovalReason | None = None
    for number, raw, reason in cut:
        contiguous = number - prev_number <= 2
        reason = reason or removal_reason(raw) or (current if contiguous else None) or "other"
        if out and contiguous and out[-1].reason == reason:
            out[-1] = Removal(out[-1].start_line, number, reason)
        else:
            out.append(Removal(number, number, reason))
        current, prev_number = reason, number
    return tuple(out)


def widget_cuts(lines: list[Line], body_idx: list[int]) -> set[int]:
    """Return body lines that follow a widget heading after the article has begun.

    A heading of a newsletter, donation or comment widget (a kept line that is not a
    sentence) in the second half of the kept text ends the article: it and every later
    line go (earlier, such a line is an inline promotion and only it goes, as a fragment). A "related"-style heading
    only takes the headline-shaped lines right after it, since such labels also sit
    between an article's paragraphs. A line that links another story ("Read also: ...", ``is_link_line``) goes
    wherever it stands.
    """
    cuts: set[int] = set()
    prose_seen = 0
    for pos, i in enumerate(body_idx):
        text = lines[i].text
        if is_link_line(text):
            LOGGER.debug("link to another story %r cut", text)
            cuts.add(i)
            continue
        if reads_as_sentence(text):
            prose_seen += 1
            continue
        reason = removal_reason(text)
        if prose_seen < 3 or reason is None or SENTENCE_END.search(text) and not text.endswith(":"):
            continue
        if len(text.split()) > HEADING_WORDS:
            continue  # a sentence that mentions a newsletter or the latest model is no widget's heading
        before = sum(len(lines[j].text) for j in body_idx[:pos])
        after = sum(len(lines[j].text) for j in body_idx[pos + 1:])
        if reason in ("newsletter", "donation", "comments") and after < before:
            LOGGER.debug("widget heading %r ends the article", text)
            cuts.update(body_idx[pos:])
            break
        if reason == "related":
            cuts.add(i)
            for j in body_idx[pos + 1:]:
                if reads_as_sentence(lines[j].text):
                    break
                cuts.add(j)
    return cuts


HEAD_WINDOW = 8
"""How far below its headline an article's first kept line may start (date, byline, share lines between)."""


def _is_dateline(text: str) -> bool:
    """True for a short line that dates or signs an article: "November 19, 2019 at 9:45 am", "By Ann Lee"."""
    if len(text.split()) > 14 or "@" in text or text.startswith(("—", "-")) or SAID_SHAPE.search(text.lower()):
        return False  # an embedded post's signature or a comment's header, not the article's
    return bool(find_date(text) or BYLINE_SHAPE.search(text.lower()) or byline_names(text))


def article_head(lines: list[Line], keep: list[bool]) -> int | None:
    """Return the index of the article's headline when kept lines above it belong to other stories.

    A news page prints headline, then date or byline, then the article; teasers of other
    stories often sit above that head. A head is a headline-shaped line the model dropped
    (no link, handle, button word or comment header in it), with a dateline within three
    lines below it, short lines only down to the next kept line (at most ``HEAD_WINDOW``
    lines on), a kept run of at least 40 words from there, and a dropped line above it, so
    it is not a subheading inside running text. Of several heads, the one above the longest
    kept run wins. None when no head has kept lines above it.
    """
    n = len(lines)
    best: tuple[int, int] | None = None
    for i, ln in enumerate(lines):
        words = WORD.findall(ln.text)
        if keep[i] or len(words) < 4 or not is_headline_shaped(ln.text, words):
            continue
        low = ln.text.lower()
        if "@" in low or "http" in low or UI_WORDS.search(low) or SAID_SHAPE.search(low):
            continue
        if i == 0 or keep[i - 1] or _is_dateline(ln.text):
            continue
        if not any(_is_dateline(lines[j].text) for j in range(i + 1, min(n, i + 4))):
            continue
        start = next((j for j in range(i + 1, min(n, i + 1 + HEAD_WINDOW)) if keep[j]), None)
        if start is None or any(len(lines[j].text.split()) > 14 for j in range(i + 1, start)):
            continue
        run_words, j = 0, start
        while j < n and keep[j]:
            run_words += len(lines[j].text.split())
            j += 1
        if run_words >= 40 and any(keep[:i]) and (best is None or run_words > best[1]):
            best = (i, run_words)
    return best[0] if best else None


COMMENT_STAMP = re.compile(
    r"^(?:\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\b.{0,20}"
    r"|.{0,40}\b(?:19|20)\d\d\b.{0,4}\bat\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)
"""A comment's time stamp alone on its line: "2 days ago at 08:49 am", "November 19, 2019 at 6:34 am"."""
THREAD_WINDOW = 12
"""Lines below a comment header searched for the next ones that make it a thread."""


def _is_comment_header(text: str) -> bool:
    """True for a line that heads one comment: "Ann says:", "Reply", a bare time stamp."""
    low = text.lower()
    return len(text.split()) <= 14 and bool(SAID_SHAPE.search(low) or COMMENT_STAMP.match(low))


def comment_thread(lines: list[Line], keep: list[bool]) -> int | None:
    """Return the index where a comment thread begins below the article, or None.

    A thread is a comment header (``_is_comment_header``) with at least two more within
    ``THREAD_WINDOW`` lines below it, found after three kept prose lines, so the article
    came first. Comments can be longer than the article they follow, so unlike
    ``widget_cuts`` this does not weigh the text on either side.
    """
    prose_seen = 0
    headers = [_is_comment_header(ln.text) for ln in lines]
    for i, ln in enumerate(lines):
        if keep[i] and reads_as_sentence(ln.text):
            prose_seen += 1
        if prose_seen >= 3 and headers[i] and sum(headers[i + 1: i + 1 + THREAD_WINDOW]) >= 2:
            return i
    return None


def _is_fragment(text: str) -> bool:
    """True for a kept line of one or two words that is page furniture, not a subheading.

    Such a line names a widget or a button ("Share", "Comments") or carries a count or a
    time ("2 min", "5 photos"); a short subheading of the article ("Background") stays.
    """
    if len(text.split()) > 2 or SENTENCE_END.search(text):
        return False
    return bool(UI_WORDS.search(text.lower()) or removal_reason(text) or DIGIT.search(text))


ARTICLE_RUN = 4
"""Consecutive shared prose lines that read as an article, not furniture, even though a sibling page prints them."""


def template_edges(lines: list[Line], keep: list[bool], shared: frozenset[int]) -> set[int] | None:
    """Return the kept lines at the body's edges that sibling pages of the site also print.

    ``shared`` holds the keys (``templates.line_key``) of the page's lines found on a
    sibling page (``templates.find_templates``). Only the runs of such lines before the
    first and after the last kept line of the page's own go: a site's background paragraph
    reused inside an article stays. A run of ``ARTICLE_RUN`` shared prose lines stays too:
    that is an article the site printed twice (a revisit with a changed sidebar), not furniture.
    None when every kept line is shared and none of it reads as such an article: the page
    has no article text of its own.
    """
    if not shared:
        return set()
    template = [k and line_key(ln.text) in shared for ln, k in zip(lines, keep)]
    if not any(template):
        return set()
    article: set[int] = set()
    run: list[int] = []
    for i, ln in enumerate(lines + [Line(0, "")]):
        if i < len(lines) and template[i] and reads_as_sentence(ln.text):
            run.append(i)
            continue
        if len(run) >= ARTICLE_RUN:
            article.update(run)
        run = []
    own = [i for i, k in enumerate(keep) if k and (not template[i] or i in article)]
    if not own:
        return None
    return {i for i, t in enumerate(template) if t and not own[0] < i < own[-1] and i not in article}


@dataclass(slots=True)
class TextCleaning:
    """The state the cleaning passes share for one page.

    Four index spaces meet here: ``raw_lines`` is the page as written (``Line.number`` counts its lines from 1);
    ``lines`` holds the non-blank ones, and every other index (``keep``, ``structure``, ``caption_lines``,
    ``widgets``, ``kept_idx``, ``body_idx``) is a position in ``lines``; ``kept_idx`` lists the kept positions
    and ``body_idx`` those of them that are body text (captions set apart).
    """

    page: RawPage
    opts: Options
    model: LineModel | None
    shared: frozenset[int]
    raw_lines: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    keep: list[bool] = field(default_factory=list)
    structure: dict[int, RemovalReason] = field(default_factory=dict)
    """Kept lines the page's structure overrules, with the reason: teasers above the head, a comment thread."""
    kept_idx: list[int] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    caption_lines: set[int] = field(default_factory=set)
    body_idx: list[int] = field(default_factory=list)
    widgets: set[int] = field(default_factory=set)
    meta: Metadata | None = None
    body: list[Line] = field(default_factory=list)
    cut: list[tuple[int, str, RemovalReason | None]] = field(default_factory=list)
    published: str | None = None
    published_from: PublishedFrom | None = None


def split_lines(state: TextCleaning) -> None:
    """Read the page's lines; a page with none is C001."""
    state.raw_lines = state.page.content.splitlines()
    state.lines = page_lines(state.page.content)
    if not state.lines:
        raise CleanError("C001")


def classify_lines(state: TextCleaning) -> None:
    """Keep the lines the line model reads as article text."""
    state.keep = classify(state.lines, state.model)


def drop_above_head(state: TextCleaning) -> None:
    """Drop the kept lines above the article's headline: teasers of other stories (``article_head``)."""
    head = article_head(state.lines, state.keep)
    if head is not None:
        LOGGER.debug("%s: kept lines above the headline %r dropped", state.page.source.path, state.lines[head].text)
        state.structure.update((i, "related") for i in range(head) if state.keep[i])
        state.keep = [k and i > head for i, k in enumerate(state.keep)]


def drop_comment_thread(state: TextCleaning) -> None:
    """Drop a comment thread below the article (``comment_thread``)."""
    thread = comment_thread(state.lines, state.keep)
    if thread is not None:
        LOGGER.debug("%s: comment thread from line %s dropped", state.page.source.path, state.lines[thread].number)
        state.structure.update((i, "comments") for i in range(thread, len(state.lines)) if state.keep[i])
        state.keep = [k and i < thread for i, k in enumerate(state.keep)]


def drop_template_edges(state: TextCleaning) -> None:
    """Drop the kept lines at the body's edges that sibling pages print too; C003 when nothing else is kept."""
    furniture = template_edges(state.lines, state.keep, state.shared)
    if furniture is None:
        raise CleanError("C003", detail=str(sum(state.keep)))
    if furniture:
        LOGGER.debug("%s: %s lines printed on sibling pages dropped", state.page.source.path, len(furniture))
        state.structure.update(
            (i, removal_reason(state.raw_lines[state.lines[i].number - 1]) or "other") for i in furniture)
        state.keep = [k and i not in furniture for i, k in enumerate(state.keep)]


def set_captions_apart(state: TextCleaning) -> None:
    """Set the caption lines down to the last kept line apart; C001 when no body line is left."""
    lines = state.lines
    state.kept_idx = [i for i, k in enumerate(state.keep) if k]
    last_body = state.kept_idx[-1] if state.kept_idx else len(lines) - 1
    for i, ln in enumerate(lines[: last_body + 1]):
        repeated = any(0 <= j < len(lines) and lines[j].text == ln.text for j in (i - 1, i + 1))
        caption = caption_of(ln.text, repeated)
        if caption is not None:
            state.caption_lines.add(i)
            if caption not in state.captions:
                state.captions.append(caption)
    state.body_idx = [i for i in state.kept_idx if i not in state.caption_lines]
    if not state.body_idx:
        raise CleanError("C001")


def cut_widgets(state: TextCleaning) -> None:
    """Cut the widgets after the article has begun (``widget_cuts``), unless that would cut every body line."""
    state.widgets = widget_cuts(state.lines, state.body_idx)
    state.body_idx = [i for i in state.body_idx if i not in state.widgets] or state.body_idx


def cut_credits(state: TextCleaning) -> None:
    """Cut a wire story's credit lines ("Reporting by A; Editing by B", ``lines.is_wire_credit``): the names in them
    are the newsroom's, not people the story tells of; a line of the kind is read for the byline with the others."""
    credits = {i for i in state.body_idx if is_wire_credit(state.lines[i].text)}
    if credits and len(credits) < len(state.body_idx):
        LOGGER.debug("%s: credit lines %r cut", state.page.source.path, [state.lines[i].text for i in sorted(credits)])
        state.structure.update((i, "other") for i in credits)
        state.body_idx = [i for i in state.body_idx if i not in credits]


def read_metadata(state: TextCleaning) -> None:
    """Read title, site, byline and dates around the body (``metadata.extract``)."""
    start = next((i for i in state.body_idx if reads_as_sentence(state.lines[i].text)), state.body_idx[0])
    state.meta = extract(state.lines, state.raw_lines, start, state.body_idx[-1], keep=state.keep,
                         url=state.page.source.url)


def assemble_body(state: TextCleaning) -> None:
    """Keep the body lines and record every other line as a cut, with its reason; C001 when the body is empty."""
    assert state.meta is not None, "assemble_body runs after read_metadata"
    for i, ln in enumerate(state.lines):
        reason: RemovalReason | None = None
        if i in state.caption_lines:
            reason = "caption-dup"
        elif i in state.structure:
            reason = state.structure[i]
        elif not state.keep[i] or ln.number in state.meta.lines or i in state.widgets:
            reason = None
        elif _is_fragment(ln.text) or (COPYRIGHT_SHAPE.search(ln.text.lower()) and len(ln.text.split()) <= 25):
            reason = None
        else:
            state.body.append(ln)
            continue
        state.cut.append((ln.number, state.raw_lines[ln.number - 1], reason))
    if not state.body:
        raise CleanError("C001")


def date_page(state: TextCleaning) -> None:
    """Choose the publication date among the page's, the input's and the run's (``metadata.choose_published``)."""
    assert state.meta is not None, "date_page runs after read_metadata"
    state.published, state.published_from = choose_published(state.meta.published, "text", state.page, state.opts)


CleaningPass = Callable[[TextCleaning], None]
PASSES: tuple[tuple[str, CleaningPass], ...] = (
    ("split_lines", split_lines),
    ("classify_lines", classify_lines),
    ("drop_above_head", drop_above_head),
    ("drop_comment_thread", drop_comment_thread),
    ("drop_template_edges", drop_template_edges),
    ("set_captions_apart", set_captions_apart),
    ("cut_widgets", cut_widgets),
    ("cut_credits", cut_credits),
    ("read_metadata", read_metadata),
    ("assemble_body", assemble_body),
    ("date_page", date_page),
)
"""The passes of ``clean_text``, in order."""


def clean_text(page: RawPage, opts: Options, model: LineModel | None = None,
               shared: frozenset[int] = frozenset()) -> Document:
    """Return the article of a flattened text page as a Document (``model``: the shipped one by default).

    ``shared``: keys of the page's lines that sibling pages of the same run print too
    (``templates.Templates.of``); kept lines among them at the body's edges are cut. The work is
    done by the named passes of ``PASSES``, in order, over one ``TextCleaning`` state.

    Raises:
        CleanError: C001 when no line of the page reads as article text, C003 when every
            such line is printed on sibling pages too.
    """
    state = TextCleaning(page, opts, model, shared)
    for name, run in PASSES:
        run(state)
        LOGGER.debug("%s: clean pass %s: %s lines kept", page.source.path, name, sum(state.keep))
    assert state.meta is not None
    LOGGER.debug("%s: kept %s of %s lines, %s captions", page.source.path, len(state.body), len(state.lines),
                 len(state.captions))
    return Document(
        source=page.source,
        body="\n\n".join(ln.text for ln in state.body),
        title=state.meta.title,
        site=state.meta.site,
        published=state.published,
        published_from=state.published_from,
        byline=state.meta.byline,
        captions=tuple(state.captions),
        removed=removals(state.cut),
    )
