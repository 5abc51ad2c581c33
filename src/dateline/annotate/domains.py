"""Tell the words that, in prose about a game, a market, a device or a show, name play, trade, use or performance, not a
political act.

Real news pages carry sports, business and entertainment prose whose verbs the event lexicon also holds: a side that
"defeated" another 3-1 made no assault, a firm that "agreed a deal" with another or "launched" a phone made no
political commitment or missile test, a band that "closed" its tour imposed no sanction (issue 12), and a reviewer
"testing" a router or a maker that "released" a tablet or "cancelled" a charging mat mobilised, freed and sanctioned
no one (``product_cue``, ``product_sense``: a gift guide or a review is a page of them). A sentence is
prose of a domain when it holds one of the domain's cue words (``sports_cue``, ``market_cue``, ``show_cue`` in
``annotate_words.tsv``; a game's score such as "6-4" counts for sports unless the sentence counts votes), and every
sentence of a sports, device or show page is when enough of the page's sentences are. In such prose a trigger whose lemma is one of the
domain's senses (``sports_sense``, ``market_sense``, ``product_sense``, ``show_sense``) is no event; on a page that is
such prose throughout, no trigger is, whatever its lemma (players, coaches and leagues praise, agree and ask): an act
there is political only when police, troops or a state's organ do it, or, on a show page, when a named person accuses
a named actor in words that only accuse (a star who accuses her former label: ``events._named_charge``). A market or
device sense stays an event when a state takes part in it ("Norway signed the deal with the firm"): the guard is
``events.find_events``'s, which knows the actors.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from dateline.annotate.nlp import sentence_of, sentences
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

SPORTS_CUES = word_class("sports_cue", "annotate_words")
SPORTS_SENSES = word_class("sports_sense", "annotate_words")
SPORTS_PAGE_CUES = word_class("sports_page_cue", "annotate_words")
MARKET_CUES = word_class("market_cue", "annotate_words")
MARKET_SENSES = word_class("market_sense", "annotate_words")
PRODUCT_CUES = word_class("product_cue", "annotate_words")
PRODUCT_SENSES = word_class("product_sense", "annotate_words")
SHOW_CUES = word_class("show_cue", "annotate_words")
SHOW_SENSES = word_class("show_sense", "annotate_words")
TALLY_WORDS = word_class("tally_word", "annotate_words")

SCORE = re.compile(r"^\d{1,3}(?:[-–]\d{1,3})?$")
"""A game's score, "3-1" or "112-107", as one token or as number, dash, number (a vote's tally looks the same:
``TALLY_WORDS``)."""
DASHES = frozenset({"-", "–"})

PAGE_SENTENCES = 3
"""A page is prose of a domain when at least this many of its sentences carry the domain's cues ..."""
PAGE_SHARE = 0.1
"""... and they are at least this share of its sentences (a political page with one match report is not; a long
review or box-score page names its device or game in about one sentence in eight). No dev page comes near it: none has
three sentences of a domain's cues."""


@dataclass(frozen=True)
class Domain:
    """One kind of prose: the words that mark it and the lemmas that mean no political act in it."""

    name: str
    cues: frozenset[str]
    senses: frozenset[str]
    scores: bool = False
    page: bool = True
    """Whether a page can be of this domain as a whole (not a market: a trade war's page names firms and stocks in
    many sentences whose leaders' deals are political)."""
    page_cues: frozenset[str] = frozenset()
    """Words that count towards the page's domain but never mark a sentence alone: a game report says "season",
    "team" and "streak" in every paragraph, a political page says "the negotiating team" or "the fighting season"
    once. A page needs a sentence with a cue of its own (``cues`` or a score) besides them."""


DOMAINS = (Domain("sports", SPORTS_CUES, SPORTS_SENSES, scores=True, page_cues=SPORTS_PAGE_CUES),
           Domain("market", MARKET_CUES, MARKET_SENSES, page=False), Domain("product", PRODUCT_CUES, PRODUCT_SENSES),
           Domain("show", SHOW_CUES, SHOW_SENSES))


CUE_POS = frozenset({"NOUN", "ADJ"})
"""A cue is a common noun or an adjective outside any name: "match" marks a game, "Peru must match the offer" does
not, and neither does the "Song" of a person's name."""


NOT_SCORE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
"""Entity labels of numbers with a dash that are no score: "May 2-3", "$5-7 million", "10-12 km"."""


def _score(tok: Token) -> bool:
    """Whether a token ends a game's score ("won 3-1"), not a range that counts something ("10-15 soldiers", "5-7%",
    "on May 2-3")."""
    doc = tok.doc
    if not SCORE.match(tok.text) or tok.dep_ in ("nummod", "quantmod") or tok.ent_type_ in NOT_SCORE_ENTS:
        return False
    joined = any(d in tok.text for d in DASHES)
    split = tok.i >= 2 and doc[tok.i - 1].text in DASHES and bool(SCORE.match(doc[tok.i - 2].text))
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (joined or split) and (after is None or after.pos_ not in ("NOUN", "SYM")
                                  and after.lower_ not in ("percent", "per"))


@dataclass(frozen=True)
class _SentenceWords:
    """What the domain checks read of one sentence, gathered in one walk over its tokens (not one per domain)."""

    cues: frozenset[str]
    """The lemmas and lower-case forms of its common nouns and adjectives outside any name (``CUE_POS``)."""
    counts_votes: bool
    """Whether a word of it counts votes (``TALLY_WORDS``): a "52-48" there is a tally, no score."""
    has_score: bool
    """Whether a token of it ends a game's score (``_score``)."""


WORD_COLUMNS = (LEMMA, LOWER, ORTH, POS, ENT_TYPE)
"""The token attributes ``_document_words`` reads, as one array."""
CUE_POS_IDS = frozenset(IDS[pos] for pos in CUE_POS)


def _document_words(doc: Doc, sents: list[Span]) -> dict[int, _SentenceWords]:
    """Read each sentence's cue words, vote words and scores once, for every domain (``_cued``), by its first token.

    From one array of the document's lemma, lower-case, text, part-of-speech and entity ids, each id's string read
    once: a walk over every Token of every text read four strings per word. A Token is built only for a word that
    looks like a score ("3-1", "6"), for ``_score`` to read its parse."""
    if not len(doc):
        return {}
    rows = doc.to_array(list(WORD_COLUMNS)).tolist()
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}  # a lemma id's lower-cased lemma, per document
    scorelike: dict[int, bool] = {}  # whether a text id's string looks like a score
    out: dict[int, _SentenceWords] = {}
    for sent in sents:
        cues: set[str] = set()
        lemmas: set[str] = set()
        scored = False
        for i in range(sent.start, sent.end):
            lemma_id, lower_id, orth, pos, ent = rows[i]
            lemma = lowered.get(lemma_id)
            if lemma is None:
                lemma = lowered[lemma_id] = strings[lemma_id].lower()
            lemmas.add(lemma)
            if pos in CUE_POS_IDS and not ent:
                cues.update((lemma, strings[lower_id]))
            if not scored:
                looks = scorelike.get(orth)
                if looks is None:
                    looks = scorelike[orth] = bool(SCORE.match(strings[orth]))
                scored = looks and _score(doc[i])
        out[sent.start] = _SentenceWords(frozenset(cues), bool(lemmas & TALLY_WORDS), scored)
    return out


def _cued(words: _SentenceWords, domain: Domain) -> bool:
    """Whether a sentence (its ``_sentence_words``) holds one of the domain's cue words (or, for sports, a score, in
    a sentence counting no votes)."""
    if words.cues & domain.cues:
        return True
    return domain.scores and not words.counts_votes and words.has_score


@dataclass(frozen=True)
class Prose:
    """The domains of a parsed text: those of the whole page, and those of each sentence (by its first token)."""

    page: frozenset[str]
    sentences: dict[int, frozenset[str]]

    def domain_of(self, tok: Token) -> str | None:
        """The domain in whose prose ``tok`` names no political act, or None: the sentence's or page's domain whose senses
        hold its lemma, else the page's domain (any act on a game, device or show page)."""
        here = self.page | self.sentences.get(sentence_of(tok).start, frozenset())
        lemma = tok.lemma_.lower()
        sense = next((d.name for d in DOMAINS if d.name in here and (lemma in d.senses or tok.lower_ in d.senses)),
                     None)
        return sense or next((d.name for d in DOMAINS if d.name in self.page), None)


def _page_cued(words: _SentenceWords, domain: Domain) -> bool:
    """Whether a sentence counts towards its page being the domain's prose: a cue of its own, or a page cue."""
    return _cued(words, domain) or bool(words.cues & domain.page_cues)


def _page_domain(read: dict[int, _SentenceWords], domain: Domain, n_sents: int) -> bool:
    """Whether the page is the domain's prose throughout: enough of its sentences carry the domain's cues or page
    cues (``PAGE_SENTENCES``, ``PAGE_SHARE``), and one of them a cue of its own."""
    if not domain.page or not any(_cued(words, domain) for words in read.values()):
        return False
    n = sum(_page_cued(words, domain) for words in read.values())
    return n >= PAGE_SENTENCES and n >= PAGE_SHARE * n_sents


def prose_of(doc: Doc) -> Prose:
    """Read which sentences of ``doc``, and whether the whole of it, are sports, market or show prose."""
    sents = sentences(doc)
    read = _document_words(doc, sents)
    by_sent = {start: frozenset(d.name for d in DOMAINS if _cued(words, d)) for start, words in read.items()}
    page = frozenset(d.name for d in DOMAINS if _page_domain(read, d, len(sents)))
    if page:
        LOGGER.debug("page prose: %s", sorted(page))
    return Prose(page, by_sent)
