"""Load the spaCy pipeline once and add dateline's own component that repairs person names.

The small English model misses what this domain needs most: it cuts hyphenated Korean
given names ("Kim Jong-" for "Kim Jong-gyu"), labels a surname alone as an organisation
("Wang", "Choe") and takes "Alexander Nevsky" in "Order of Alexander Nevsky" for a person.
``dateline_names`` fixes those on ``doc.ents`` after the NER, before anything reads them.
"""

from __future__ import annotations

import gc
import logging
import weakref
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import cast

from spacy.language import Language
from bisect import bisect_right

from spacy.attrs import IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from dateline.annotate.rulers import use_faster_components
from dateline.annotate.typography import straighten_apostrophes
from dateline.errors import ConfigError
from dateline.lexicons import load, load_table, word_class, word_map
from dateline.names import given_names

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""

TOWN_PREPS = word_class("town_prep", WORDS)
"""Prepositions after which a known town's name is the town ("in X", "near X", "outside X"), whatever label the
tagger gave it: ``Annotator._not_a_place`` here, ``actors._town_after_place_word``."""
AWARD_HEADS = word_class("award_head", WORDS)
"""Words after which "of NAME" names a thing, not a person ("Order of Alexander Nevsky")."""

HONORIFICS = word_class("honorific", WORDS)
COURTESY_TITLES = word_class("courtesy_title", WORDS)
"""Titles of courtesy a surname alone follows ("Mr Hu", "Dr Osei"): ``NameRepair._add_after_courtesy_titles``."""
COURTESY_TITLE_IDS = frozenset(get_string_id(word) for word in COURTESY_TITLES)
"""Their string ids (a token's ``LOWER`` attribute), to find them in one array read."""
NAME_PARTICLES = word_class("name_particle", WORDS)
"""Lowercase words of a person's name ("von der Leyen", "al-Hayya"): no other lowercase word opens one."""
MISLABELLED_PLACES = word_class("mislabelled_place_ent", "grammar")
"""Labels the small model gives states and capitals it does not know as places ("Niger" a work of art)."""
NAME_TRAILERS = word_class("name_trailer", WORDS)
"""Tokens trimmed from the end of an entity span (possessive endings, dashes, a comma)."""
PLATFORM_NAMES = word_class("platform_name", WORDS)
COMPOUND_MODIFIERS = word_class("compound_modifier", WORDS)
TITLE_JOINERS = word_class("title_joiner", WORDS)
"""Lower-case words of a work's title ("Dancing in the Rain"): a quoted title-case run holding a name is no person."""
OPENING_QUOTES = dict(zip("“‘\"", "”’\""))
"""Opening quotation marks and the mark that closes each."""
TITLE_WORDS = 12
"""The most tokens a quoted title runs to after the name it opens."""
"""Words that, hyphenated after a name, make an adjective of it ("Lindqvist-era", "Osaka-based"): no person's span."""
"""Social networks a story names as where a message was posted: an organisation, never a person."""
THING_NOUNS = word_map("thing_noun", WORDS)
"""Nouns of a kind of thing that is no person, with the label a name they class gets ("none": no entity)."""
THING_NAME_HEADS = word_map("thing_name_head", WORDS)
"""Capitalised words that open a storm's or a ship's name ("Typhoon Lanna", "HMS Arlen Doyle")."""
THING_NAME_TAILS = word_map("thing_name_tail", WORDS)
"""Capitalised words that end a prize's, a doctrine's, a firm's or a venue's name ("the Lund Medal", "Okoye Labs")."""
APPOSITIVE_PERSON_NOUNS = word_class("appositive_person_noun", WORDS)
PERSON_NOUNS = (APPOSITIVE_PERSON_NOUNS | word_class("epithet_noun", WORDS) | word_class("unnamed_person_noun", WORDS)
                | word_class("private_people"))
"""Nouns of a person (with ``title_heads``): one heading a name's apposition or standing right before it makes the
name a person's ("Ama Osei, a midwife in Tamale", "her lawyer Kofi Badu")."""
DESCRIBED_ENTS = word_class("described_person_ent", "grammar")
"""Labels a name-shaped span may have that a person noun beside it overrules (the tagger's ORG for an unknown name)."""
HEAD_AFTER = ("FAC", "PRODUCT")
"""Kinds of thing whose noun, right after a name, heads it ("the Omar Said hospital", "his Brisa sedan")."""
APPOSITION_ENDS = word_class("apposition_end", WORDS)
"""Parts of speech at which an apposition's noun phrase may end: no verb follows it ("X, the band, said")."""
YIELDING_ENTS = word_class("yielding_ent", "grammar")
"""Entity labels a name found after a title word replaces where it covers them."""
"""Words that open a PERSON span without being part of the name; also skipped before the holder of an appositive
post ("Niger's ruler, General Amadou Sall"). Resolution's name keys drop their own, longer list of honorifics and
titles (``lexicons/name_variants.tsv``)."""


@lru_cache(maxsize=1)
def title_head_ids() -> frozenset[int]:
    """The string ids of ``title_heads`` (a token's ``LOWER`` attribute), to find them in one array read."""
    return frozenset(get_string_id(word) for word in title_heads())


DASH_IDS = frozenset(get_string_id(dash) for dash in ("-", "‐"))
"""The string ids of the dashes that join the parts of a hyphenated name."""
WIRE_DASH_IDS = frozenset(get_string_id(dash) for dash in ("--", "—", "–", "-"))
"""The string ids of the dashes that may close a wire dateline ("SEOUL, Nov. 5 (UPI) --")."""


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Every lower-cased title head word of ``lexicons/titles.jsonl``."""
    words: set[str] = set()
    for entry in load("titles"):
        for tok in entry["pattern"]:
            spec = tok.get("LOWER")
            if isinstance(spec, dict):
                words.update(spec.get("IN", ()))
            elif isinstance(spec, str):
                words.add(spec)
    return frozenset(words)


@lru_cache(maxsize=1)
def _describing_nouns() -> frozenset[str]:
    """``PERSON_NOUNS`` with every title head: the nouns that make a name beside them a person's, built once."""
    return PERSON_NOUNS | title_heads()


def load_pipeline(model: str) -> Language:
    """Load a spaCy pipeline by package name, swap in the faster equivalents of two stock components
    (``annotate.rulers``: the same output), let its models read a typographic apostrophe as a typewriter one
    (``annotate.typography``) and add ``dateline_names`` after its NER.

    Raises:
        ConfigError: G002 when the model is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError("G002", model=model) from exc
    use_faster_components(nlp)
    straighten_apostrophes(nlp)
    if "parser" in nlp.pipe_names and "dateline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    if "ner" in nlp.pipe_names and "dateline_names" not in nlp.pipe_names:
        nlp.add_pipe("dateline_names", after="ner")
    return nlp


WARM_UP_TEXT = "Norwegian Foreign Minister Ingrid Hovland met her Colombian counterpart in Oslo on Monday."
"""An invented sentence a pipeline parses once outside any memory zone (``batch_zone``)."""

_WARM: weakref.WeakSet[Language] = weakref.WeakSet()
"""Pipelines that have parsed ``WARM_UP_TEXT`` outside a memory zone."""

KEPT_WORDS = 10_000
"""Words a pipeline keeps across memory zones at most (``keep_shared_words``): as many chunks of text as spaCy's
tokenizer caches by default (``Tokenizer.max_cache_size``)."""

_KEPT: weakref.WeakKeyDictionary[Language, set[str]] = weakref.WeakKeyDictionary()
"""The words each pipeline has kept (``keep_shared_words``)."""


@contextmanager
def batch_zone(nlp: Language, pages: Sequence[Sequence[str]] = ()) -> Iterator[None]:
    """Annotate one batch inside spaCy's ``Language.memory_zone``, so the words it adds leave the Vocab after it.

    Every new word a page brings (a name, a number, a typo) stays in the shared ``Vocab`` and
    ``StringStore`` for the life of the pipeline, so a long run's memory grew with its pages
    (issue 16). Inside a zone, spaCy evicts what the block added when it ends; no spaCy object
    may outlive the block, which holds here since annotation returns model objects only.

    Before its first zone a pipeline parses ``WARM_UP_TEXT`` outside any zone: its components
    build on first use structures they keep (the event trigger ``Matcher`` adds its labels to
    the StringStore), and a label added inside a zone would be evicted from under them. Zones
    do not nest: a block already inside one runs as it is.

    ``pages``: the texts of the batch's pages (each page's body and captions); the words two of them
    share outlive the zone (``keep_shared_words``).
    """
    if getattr(nlp.vocab, "in_memory_zone", False):  # a property spaCy's type stub does not declare
        yield
        return
    if nlp not in _WARM:
        nlp(WARM_UP_TEXT)
        _WARM.add(nlp)
        freeze_long_lived()
    with nlp.memory_zone():
        yield
    keep_shared_words(nlp, pages)


def keep_shared_words(nlp: Language, pages: Sequence[Sequence[str]]) -> None:
    """Let the words two pages of a batch share outlive its memory zone, up to ``KEPT_WORDS`` per pipeline.

    Inside a zone spaCy's tokenizer caches nothing, and each word gets its lexeme anew (its lower case, shape,
    affixes and flags computed in Python): every batch was tokenized from scratch, at about ten times the cost of a
    tokenizer that has met its words (the throughput bench's pages twice over: 0.22 against 0.02 s CPU, where plain
    ``nlp.pipe`` keeps every word). The words pages share are the language's and the run's common words ("the",
    "said,", "minister"): tokenized once outside any zone, their lexemes and cache entries stay, as spaCy keeps
    every word outside zones, and later batches find them (those half the dev pages share make 60% of the words of
    the other half). The output is the same, since the cache holds what the tokenizer makes of a chunk of text
    alone; a page's own words (a name, a number) still leave with its zone, and memory grows by ``KEPT_WORDS``
    words at most.
    """
    kept = _KEPT.setdefault(nlp, set())
    room = KEPT_WORDS - len(kept)
    if room <= 0 or len(pages) < 2:
        return
    # a word's pages, counted once per page: the chunks between white space, as the tokenizer splits a text
    pages_of: Counter[str] = Counter(word for texts in pages for word in dict.fromkeys(w for text in texts
                                                                                       for w in text.split()))
    # the most shared first, then in text order (``most_common`` keeps the order of equal counts)
    shared = [word for word, n in pages_of.most_common() if n >= 2 and word not in kept][:room]
    if shared:
        nlp.tokenizer(" ".join(shared))
        kept.update(shared)


def freeze_long_lived() -> None:
    """Take every object alive now out of the garbage collector's generations (``gc.freeze``): called once a
    pipeline has loaded and parsed its first text, when nearly all of them are its own (some 170,000: its vocab,
    its weights' wrappers, its components' indexes, the lexicons).

    They live as long as the process, and each full collection walked them all: about 2 % of an extract's CPU
    (bench/throughput.py). A frozen object is still freed when nothing refers to it; only a reference cycle
    among them would be kept, and a pipeline's own structures are never dropped.
    """
    gc.collect()
    gc.freeze()


@Language.component("dateline_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a headline-like paragraph without a full stop stays its own sentence."""
    para_start = 0
    starts: list[int] = []
    # only a token after a space token (a token's own trailing whitespace is one space at most) or after a dash can
    # start one: those read from one array, and a Token built for them alone
    after = [i + 1 for i, (space, orth) in enumerate(doc.to_array([IS_SPACE, ORTH]).tolist()[:-1])
             if space or orth in WIRE_DASH_IDS]
    for tok in (doc[i] for i in after):
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or prev.is_space and "\n" in prev.text:
            starts.append(tok.i)
            para_start = tok.i
        elif (prev.text in ("--", "—", "–") or (prev.text == "-" and prev.whitespace_ and tok.i >= 2
                                                  and doc[tok.i - 2].whitespace_)) and tok.i - para_start <= 14 \
                and not tok.is_space:
            # a wire dateline ("SEOUL, Nov. 5 (UPI) --") is not the subject of the lead sentence
            starts.append(tok.i)
    if starts:
        # one array write: the ``Token.is_sent_start`` setter checks the whole document for a parse each time,
        # which made a page of many paragraphs quadratic (issue 16)
        values = doc.to_array(SENT_START)
        values[starts] = 1
        doc.from_array([SENT_START], cast(Ints2d, values.reshape(-1, 1)))  # the stub says to_array gives floats
    return doc


def _lower_word(tok: Token) -> bool:
    """A lowercase word that is no name particle: it opens no person's name ("rookie Ana Vidal", "older Mac Pro")."""
    return tok.is_alpha and tok.text[:1].islower() and tok.lower_ not in NAME_PARTICLES


@Language.factory("dateline_names", assigns=["doc.ents"], requires=["doc.ents", "token.pos"], default_config={})
def make_names(nlp: Language, name: str) -> NameRepair:
    return NameRepair()


class NameRepair:
    """Repair PERSON spans: find the fixes first (``match``), then write them (``set_annotations``)."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        ents = self._extend_names(doc, [self._extend_hyphen(doc, e) for e in doc.ents])
        ents = [self._extend_hyphen(doc, e) for e in ents]
        ents = [self._not_a_platform(self._not_a_place(self._extend_state(doc, e))) for e in ents]
        ents = [e for e in (self._trim(doc, e) for e in ents) if e is not None]
        ents = [e for e in (self._names_a_thing(doc, e) for e in ents) if e is not None]
        ents = self._split_state_possessor(doc, ents)
        ents = self._split_state_prefix(doc, ents)
        ents = [e for e in ents if not (e.label_ == "PERSON" and (self._in_award_name(doc, e) or e[0].lower_ == "the"
                                                                  or self._compound_modifier(e)
                                                                  or self._opens_quoted_title(doc, e)))]
        ents = self._add_after_titles(doc, ents)
        ents = self._add_after_courtesy_titles(doc, ents)
        ents = self._add_hyphenated_names(doc, ents)
        ents = [self._hyphenated_given_name(doc, e) for e in ents]
        ents = self._add_known_places(doc, ents)
        ents = self._add_given_name_persons(doc, ents)
        ents = self._add_described_persons(doc, ents)
        ents = self._add_demonym_named_persons(doc, ents)
        ents = self._split_name_from_date(doc, ents)
        ents = self._drop_described_nouns(ents)
        return self._relabel_surnames(doc, ents)

    def set_annotations(self, doc: Doc, ents: list[Span]) -> None:
        chosen: list[Span] = []
        taken: set[int] = set()
        # longer spans win overlaps; PERSON wins ties
        for ent in sorted(ents, key=lambda s: (-(s.end - s.start), s.label_ != "PERSON", s.start)):
            if not any(i in taken for i in range(ent.start, ent.end)):
                chosen.append(ent)
                taken.update(range(ent.start, ent.end))
        doc.ents = sorted(chosen, key=lambda s: s.start)

    @staticmethod
    def _extend_hyphen(doc: Doc, ent: Span) -> Span:
        """Grow a PERSON over hyphenated name parts: "Kim Jong" + "-" + "gyu"."""
        if ent.label_ != "PERSON":
            return ent
        end = ent.end
        if doc[end - 1].text == "-" and end < len(doc) and doc[end].is_alpha:
            end += 1
        while (end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_
               and not doc[end].whitespace_ and doc[end + 1].is_alpha):
            end += 2
        return Span(doc, ent.start, end, label=ent.label) if end != ent.end else ent

    @staticmethod
    def _trim(doc: Doc, ent: Span) -> Span | None:
        """Drop a leading title word or lowercase word and a trailing possessive from an entity span; a PERSON that
        opens with an article or has no capitalised word is none."""
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON" and doc[start].lower_ in ("the", "a", "an"):
            return None  # "the Qala Tower", "a Grocery Store": a noun phrase, not a name
        while start < end and ent.label_ == "PERSON" and (
                doc[start].lower_ in title_heads() or doc[start].lower_ in HONORIFICS or _lower_word(doc[start])):
            start += 1
        while end > start and doc[end - 1].text in NAME_TRAILERS:
            end -= 1
        if start >= end or (ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in doc[start:end])):
            return None  # "lorry crash", "marijuana": a name has a capitalised word
        if (end < len(doc) and doc[end].text in ("-", "--", "—", "–") and all(t.is_upper or not t.is_alpha
                                                                              for t in doc[start:end])
                and (start == 0 or "\n" in doc[start - 1].text_with_ws)):
            return None  # a wire dateline ("OSLO -") places the story; it is no actor
        return Span(doc, start, end, label=ent.label) if (start, end) != (ent.start, ent.end) else ent

    @staticmethod
    def _split_state_possessor(doc: Doc, ents: list[Span]) -> list[Span]:
        """ "still considers Mensah Ghana's legitimate president": the tagger runs a name into the possessor
        state after it; when the text names that state elsewhere, the name ends before it."""
        from dateline.annotate.countries import place_name_code

        states = {e.text for e in ents if e.label_ == "GPE"}
        out = []
        for ent in ents:
            last = ent[-1]
            if (ent.label_ == "PERSON" and len(ent) >= 2 and last.text in states and ent.end < len(doc)
                    and doc[ent.end].tag_ == "POS" and place_name_code(last.text)):
                out += [Span(doc, ent.start, ent.end - 1, label="PERSON"), Span(doc, ent.end - 1, ent.end, label="GPE")]
            else:
                out.append(ent)
        return out

    @staticmethod
    def _split_state_prefix(doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Britain's ambassador to Kenya Jane Marlow met ...": the tagger runs the state of a post into its holder's
        name after it, as one person or organisation. A span that opens with a state's name (not a capital's:
        "Victoria" may be a given name) followed by at least two words, the first of them a given name, is the state
        and the person; a state's name that is also a given name ("Georgia", "Jordan") only after a preposition ("envoy
        to Georgia Jane Marlow", not "Georgia Ann Whitley"); so is a bloc or an international body after a
        preposition ("ambassador to the EU Jane Marlow")."""
        from dateline.annotate.countries import capital_code, international_actor, place_name_code

        out = []
        for ent in ents:
            split, label = None, "GPE"
            after_prep = ent.start > 0 and doc[ent.start - 1].pos_ == "ADP"
            if ent.label_ in ("PERSON", "ORG") and (after_prep or ent[0].lower_ not in given_names()):
                for cut in range(ent.start + 1, min(ent.start + 4, ent.end - 1)):
                    head, rest = doc[ent.start:cut], doc[cut:ent.end]
                    if not (rest[0].lower_ in given_names() and all(_name_part(t) for t in rest)):
                        continue
                    if place_name_code(head.text) and not capital_code(head.text):
                        split = cut
                        break
                    if after_prep and international_actor(head.text):
                        # "envoy to the EU Jane Marlow": a bloc or an international body, then the name
                        split, label = cut, "ORG"
                        break
            if split is None:
                out.append(ent)
            else:
                out += [Span(doc, ent.start, split, label=label), Span(doc, split, ent.end, label="PERSON")]
        return out

    @staticmethod
    def _extend_names(doc: Doc, ents: list[Span]) -> list[Span]:
        """Grow a PERSON over a following capitalised name part the NER left out ("Choe Son" + "Hui")."""
        starts = {e.start: e for e in ents}
        out: list[Span] = []
        skip: set[int] = set()
        for ent in ents:
            if ent.start in skip:
                continue
            end = ent.end
            while ent.label_ == "PERSON" and end < len(doc) and _name_part(doc[end]):
                other = starts.get(end)
                if other is not None and (len(other) > 1 or other.label_ in ("DATE", "TIME") or _known_place(other.text)):
                    break
                if other is not None:
                    skip.add(other.start)
                end += 1
            out.append(Span(doc, ent.start, end, label=ent.label) if end != ent.end else ent)
        return out

    @staticmethod
    def _extend_state(doc: Doc, ent: Span) -> Span:
        """Grow "North" + "Korea" into the state's name when the NER cut it (or took its first word alone for an
        organisation: "Sierra" of "Sierra Leonean refugees")."""
        if (ent.label_ not in ("GPE", "LOC", "NORP") and not (ent.label_ == "ORG" and len(ent) == 1)
                or ent.end >= len(doc) or not doc[ent.end].is_title):
            return ent
        from dateline.annotate.countries import state_code

        longer = doc[ent.start: ent.end + 1]
        if state_code(longer.text) and not state_code(ent.text):
            return Span(doc, ent.start, ent.end + 1, label="GPE")
        return ent

    @staticmethod
    def _not_a_place(ent: Span) -> Span:
        """Relabel a "PERSON" that is a state or city name ("Niger", "Bogota") as GPE, or a demonym phrase as NORP. A
        smaller town's name (``countries.town_code``: many are also people's names) is a place only right after a place
        preposition and not as an owner ("killed two guards near Ruzgan", not "in Layton's view")."""
        if ent.label_ != "PERSON":
            return ent
        from dateline.annotate.countries import city_code, short_name, state_code, town_code

        if state_code(ent.text) or city_code(ent.text):
            return Span(ent.doc, ent.start, ent.end, label="GPE")
        doc = ent.doc
        if (ent.start > 0 and doc[ent.start - 1].lower_ in TOWN_PREPS and town_code(ent.text)
                and not (ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s", "'"))):
            return Span(doc, ent.start, ent.end, label="GPE")
        first = state_code(ent[0].text) if len(ent) > 1 else None
        demonym = first is not None and ent[0].text != short_name(first)  # "Paraguayan", not "Jordan" Peterson
        if demonym or (len(ent) > 1 and ent[-1].lower_ in title_heads()):
            # "Paraguayan Defence", "Estonian Foreign Minister": a demonym or a title, not a name
            return Span(ent.doc, ent.start, ent.end, label="NORP")
        return ent

    @staticmethod
    def _not_a_platform(ent: Span) -> Span:
        """Relabel a "PERSON" that is a social network, alone or with a handle after it ("posted on Twitter",
        "Follow us on Twitter @ExampleDesk"), as the ORG it names; the handle is no name."""
        if ent.label_ != "PERSON" or ent[0].lower_ not in PLATFORM_NAMES:
            return ent
        if not all(tok.text.startswith("@") for tok in ent[1:]):
            return ent  # a longer name that opens with the word
        LOGGER.debug("platform read as a person: %r", ent.text)
        return Span(ent.doc, ent.start, ent.start + 1, label="ORG")

    @staticmethod
    def _compound_modifier(ent: Span) -> bool:
        """A "PERSON" that ends in a hyphen and a modifier word is an adjective ("the Lindqvist-era rules", "an
        Osaka-based firm"), however the tagger read it; a hyphenated given name ends in no such word ("Jae-in")."""
        return (len(ent) >= 3 and ent[-2].text in ("-", "‐") and not ent[-3].whitespace_ and not ent[-2].whitespace_
                and ent[-1].text in COMPOUND_MODIFIERS)

    @staticmethod
    def _opens_quoted_title(doc: Doc, ent: Span) -> bool:
        """A "PERSON" that opens a quoted run of capitalised words longer than itself is the start of a work's title
        (the song "Dancing in the Rain", "the 'Lena and Ivo' star"); a quote that goes on in lower case is speech."""
        if ent.start == 0 or doc[ent.start - 1].text not in OPENING_QUOTES:
            return False
        closing = OPENING_QUOTES[doc[ent.start - 1].text]
        words = 0
        for tok in doc[ent.end: min(len(doc), ent.end + TITLE_WORDS)]:
            if tok.text == closing and not (tok.text == "’" and not tok.whitespace_ and tok.i + 1 < len(doc)
                                            and doc[tok.i + 1].is_alpha and tok.i == ent.end):
                return words > 0
            if tok.is_alpha and not (tok.text[:1].isupper() or tok.text in TITLE_JOINERS):
                return False
            words += tok.is_alpha
        return False

    @staticmethod
    def _names_a_thing(doc: Doc, ent: Span) -> Span | None:
        """A "PERSON" that a common noun of a kind of thing classes is that thing (``THING_NOUNS``): the noun right
        before it ("the tanker Aydin Star", "its chatbot, Lena,"), heading its apposition ("Quill Lane, the indie
        band from Hull"), or, for a place or a product, right after it as its head ("the Omar Said hospital"); so is a
        name opened by a storm's, a ship's or a club's word ("Typhoon Lanna", "Borussia Kelling") or ended by a
        prize's, a doctrine's, a firm's, a club's or a unit's word ("the Lund Medal", "Okoye Labs", "Rothmund United").
        The span gets the thing's label, or goes ("none": a racehorse)."""
        if ent.label_ != "PERSON":
            return ent
        label = None
        before = ent.start - 1
        while before >= 0 and doc[before].is_title and doc[before].lower_ in HONORIFICS | title_heads():
            before -= 1  # "the ferry Queen Tamsin": a ship named with a title
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if len(ent) >= 2 and not ent[0].is_lower and ent[0].lower_ in THING_NAME_HEADS:
            label = THING_NAME_HEADS[ent[0].lower_]
        elif before >= 0 and not doc[before].is_lower and doc[before].lower_ in THING_NAME_HEADS:
            label = THING_NAME_HEADS[doc[before].lower_]
        elif len(ent) >= 2 and ent[-1].is_title and ent[-1].lower_ in THING_NAME_TAILS:
            label = THING_NAME_TAILS[ent[-1].lower_]
        elif nxt is not None and nxt.is_title and nxt.lower_ in THING_NAME_TAILS:
            label = THING_NAME_TAILS[nxt.lower_]
        elif before >= 0 and (noun := NameRepair._thing_before(doc, before, ent)) is not None:
            label = THING_NOUNS[noun]
        elif nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and THING_NOUNS.get(nxt.lower_) in HEAD_AFTER:
            label = THING_NOUNS[nxt.lower_]
        elif nxt is not None and nxt.text == ",":
            noun = NameRepair._apposition_head(doc, ent.end + 1, THING_NOUNS)
            label = THING_NOUNS[noun] if noun else None
        if label is None:
            return ent
        LOGGER.debug("a thing's name read as a person: %r (%s)", ent.text, label)
        return None if label == "none" else Span(doc, ent.start, ent.end, label=label)

    @staticmethod
    def _thing_before(doc: Doc, i: int, ent: Span) -> str | None:
        """The thing noun at ``i`` that classes the name after it ("the app Tovo"), or, followed by a comma, the one a
        possessive opens when a comma closes the name ("the bank's chatbot, Lena,"); none when the
        name opens a clause that qualifies the noun ("the firm Ama Osei founded")."""
        comma = doc[i].text == "," and i >= 2 and ent.end < len(doc) and doc[ent.end].text == ","
        if comma:
            i -= 1
            if doc[i - 1].tag_ not in ("POS", "PRP$"):
                return None  # "a spokesman for the airline, Ama Osei, said": the name is the spokesman's
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ not in THING_NOUNS:
            return None
        if comma and noun.dep_ == "pobj":
            return None  # "the head of Kenya's largest firm, Ama Osei,"
        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "relcl" and ent.root.head.head.i == i:
            return None
        return noun.lower_

    @staticmethod
    def _in_award_name(doc: Doc, ent: Span) -> bool:
        return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in AWARD_HEADS

    @staticmethod
    def _add_after_titles(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark a capitalised name right after a title word as a PERSON ("Minister Chon Sol-ryong", "president, Ebrahim Raisi")."""
        by_start = {e.start: e for e in ents}
        persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        heads = title_heads()
        out: list[Span | None] = list(ents)  # None: replaced by a name found after a title
        # token -> the entities over it, so a new name finds what it clashes with without a scan of all (issue 16)
        covering: dict[int, list[int]] = {}
        for k, e in enumerate(ents):
            for i in range(e.start, e.end):
                covering.setdefault(i, []).append(k)
        head_ids = title_head_ids()
        # the title words read from one array of the tokens' lower-case ids, not a Token built per token
        at_heads = [i for i, word in enumerate(doc.to_array(LOWER).tolist()) if word in head_ids]
        for tok in (doc[i] for i in at_heads):
            if tok.lower_ not in heads or tok.i + 1 >= len(doc):
                continue
            start = tok.i + 1
            if doc[start].text == "," and start + 1 < len(doc):
                start += 1
            end = start
            while end < len(doc) and end - start < 6:
                t = doc[end]
                if _name_part(t):
                    end += 1
                elif t.text in ("-", "‐") and end > start and not t.whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha:
                    end += 2
                else:
                    break
            if end - start < 2 or any(i in persons for i in range(start, end)):
                continue
            span = Span(doc, start, end, label="PERSON")
            if _known_place(span.text) or _known_org(span.text):
                continue
            clash = sorted({k for i in range(start, end) for k in covering.get(i, ()) if out[k] is not None})
            clashing = [e for e in (out[k] for k in clash) if e is not None]
            if any(e.label_ not in YIELDING_ENTS or e.end > end
                   or e.start < start for e in clashing):
                continue
            for k in clash:
                out[k] = None
            for i in range(start, end):
                covering.setdefault(i, []).append(len(out))
            out.append(span)
            persons.update(range(start, end))
        del by_start
        return [e for e in out if e is not None]

    @staticmethod
    def _add_after_courtesy_titles(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark the name after "Mr", "Mrs", "Ms" or "Dr" as a PERSON where the NER saw nothing there: "Mr Arkwright,
        who arrived on Sunday, told reporters" (a courtesy title is followed by a surname alone, which
        ``_add_after_titles`` does not take: "President Monday" is no name, "Mr Monday" is)."""
        covered = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        # the titles read from one array of the tokens' lower-case ids, not a Token built per token (issue 16)
        at_titles = [i for i, word in enumerate(doc.to_array(LOWER).tolist()[:-1]) if word in COURTESY_TITLE_IDS]
        for tok in (doc[i] for i in at_titles):
            if not tok.text[:1].isupper() or tok.i + 1 in covered:
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and end not in covered and _name_part(doc[end]):
                end += 1
            if end == tok.i + 1:
                continue
            span = Span(doc, tok.i + 1, end, label="PERSON")
            if _known_place(span.text) or _known_org(span.text):
                continue
            out.append(span)
            covered.update(range(span.start, span.end))
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _add_hyphenated_names(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark "Choe Son-hui", "Ri Son-gwon" as PERSON where the NER saw nothing: family name, given name, hyphen,
        lower-case syllable is the shape of a romanized Korean name."""
        covered = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        # is_punct, a lexeme flag, spares reading the text of every other token
        dashes = [i for i, (orth, punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist())
                  if punct and orth in DASH_IDS and 2 <= i < len(doc) - 1]
        for i in dashes:
            a, b, dash, c = doc[i - 2], doc[i - 1], doc[i], doc[i + 1]
            if (a.i in covered or b.whitespace_ or dash.whitespace_ or not c.is_lower or not c.is_alpha
                    or len(c) > 5 or c.text in COMPOUND_MODIFIERS or not (_name_part(a) and _name_part(b))):
                continue  # "Sugar Land-based": no name ends in a modifier word (``_compound_modifier``)
            span = Span(doc, a.i, c.i + 1, label="PERSON")
            if not any(i in covered for i in range(span.start, span.end)):
                out.append(span)
                covered.update(range(span.start, span.end))
        return out

    @staticmethod
    def _hyphenated_given_name(doc: Doc, ent: Span) -> Span:
        """Relabel as PERSON a span the NER took for an organisation or a place that is a hyphenated given name and a
        family name: "Jean-Paul Ndiaye", "Anne-Marie Kouassi" (a given name, a hyphen, a capitalised part, then one
        or two name parts; a known organisation's or place's name is none)."""
        if ent.label_ == "PERSON" or not 4 <= len(ent) <= 5:
            return ent
        first, dash, second = ent[0], ent[1], ent[2]
        if (first.lower not in given_name_ids() or dash.orth not in DASH_IDS or first.whitespace_ or dash.whitespace_
                or not second.is_title or not second.is_alpha or not all(_name_part(t) for t in ent[3:])
                or _known_org(ent.text) or _known_place(ent.text)):
            return ent
        return Span(doc, ent.start, ent.end, label="PERSON")

    @staticmethod
    def _add_known_places(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark a state or a capital the NER missed or mislabelled as GPE: the small model skips a capital that opens
        a sentence ("Kyiv said", "Tbilisi recalled") and takes "Niger" for a work of art, "Vilnius" for an
        organisation. Only a run of capitalised proper nouns that is exactly a state's name or a capital counts."""
        from dateline.annotate.countries import place_name_code

        out = [Span(doc, e.start, e.end, label="GPE") if e.label_ in MISLABELLED_PLACES and place_name_code(e.text)
               else e for e in ents]
        covered = {i for e in out for i in range(e.start, e.end)}
        name = [pos == PROPN and bool(title) and i not in covered
                for i, (pos, title) in enumerate(doc.to_array([POS, IS_TITLE]).tolist())]
        i = 0
        while i < len(doc):
            if name[i]:
                longest = 1
                while longest < 3 and i + longest < len(doc) and name[i + longest]:
                    longest += 1
                for n in range(longest, 0, -1):
                    if place_name_code(doc[i:i + n].text):
                        out.append(Span(doc, i, i + n, label="GPE"))
                        i += n - 1
                        break
            i += 1
        return out

    @staticmethod
    def _add_given_name_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark a given name and a family name as a PERSON where the NER saw an organisation, nothing, or the family
        name alone, when the family name also stands alone elsewhere in the text: "was replaced by Rustem
        Dzhabarov" ... "Dzhabarov flew to Rome", or the name opens the story right after its wire dateline, which
        the NER runs into ("BEIRUT - Walid Haddad, a former ...") (``lexicons/given_names.tsv``; a place's or a
        known organisation's name is none)."""
        label_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        replaced: set[int] = set()
        added: list[Span] = []
        alone: set[str] | None = None  # read once, when a first candidate needs it
        name_ids = given_name_ids()
        # the given names found in one array of the tokens' lower-case ids, not a Token built per token (issue 16)
        for first in (doc[i] for i, word in enumerate(doc.to_array(LOWER).tolist()[:-1]) if word in name_ids):
            last = doc[first.i + 1]
            if (not (_name_part(first) and _name_part(last)) or first.i in label_at
                    and label_at[first.i].label_ == "PERSON" or _known_place(first.text) or _known_place(last.text)):
                continue
            if first.i + 2 < len(doc) and _name_part(doc[first.i + 2]) or first.i > 0 and _name_part(doc[first.i - 1]):
                continue  # a longer run of names: an organisation's or a place's more often than not
            span = Span(doc, first.i, first.i + 2, label="PERSON")
            covering = {id(label_at[i]): label_at[i] for i in (first.i, last.i) if i in label_at}
            if any(not (e.label_ == "ORG" and (e.start, e.end) == (span.start, span.end)
                        or e.label_ == "PERSON" and (e.start, e.end) == (last.i, last.i + 1)) for e in covering.values()):
                continue
            if alone is None:
                alone = _standing_alone(doc)
            if _known_org(span.text) or last.text not in alone and not _after_dateline(first):
                continue
            replaced.update(covering)
            added.append(span)
        return [e for e in out if id(e) not in replaced] + added

    @staticmethod
    def _add_described_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """Mark a run of two to four capitalised name parts as a PERSON where the tagger saw nothing or an
        organisation, when a person noun describes it: heading its apposition ("Ama Osei, a midwife in Tamale,",
        "Kofi Badu, Ghana's trade envoy,"), standing right before it ("her lawyer Kofi Badu"), or an age in commas
        after it ("Ama Osei, 34,"). A known organisation's or place's name is none."""
        label_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
        nouns = _describing_nouns()
        dropped: set[int] = set()
        added: list[Span] = []
        i = 0
        while i < len(doc):
            if not _name_part(doc[i]) or i > 0 and _name_part(doc[i - 1]):
                i += 1
                continue
            end = i
            while end < len(doc) and end - i < 5 and _name_part(doc[end]):
                end += 1
            start, i = i, end
            if not 2 <= end - start <= 4 or _known_org(doc[start:end].text) or _known_place(doc[start:end].text):
                continue
            covering = {id(label_at[k]): label_at[k] for k in range(start, end) if k in label_at}
            if any(e.label_ not in DESCRIBED_ENTS or e.start < start or e.end > end for e in covering.values()):
                continue  # a person already, a place, or a longer name
            before = doc[start - 1] if start > 0 else None
            described = (before is not None and before.is_lower and before.pos_ == "NOUN" and before.lower_ in nouns
                         or end + 1 < len(doc) and doc[end].text == "," and (
                             NameRepair._age_apposition(doc, end + 1)
                             or NameRepair._apposition_head(doc, end + 1, nouns) is not None))
            if not described:
                continue
            dropped.update(covering)
            added.append(Span(doc, start, end, label="PERSON"))
            LOGGER.debug("described person: %r", doc[start:end].text)
        return [e for e in ents if id(e) not in dropped] + added

    @staticmethod
    def _age_apposition(doc: Doc, start: int) -> bool:
        """ "Ama Osei, 34, of Tamale": a number a person's age may be, between commas (or before a semicolon)."""
        return (start + 1 < len(doc) and doc[start].like_num and doc[start].text.isdigit()
                and 0 < int(doc[start].text) < 110 and doc[start + 1].text in (",", ";"))

    @staticmethod
    def _apposition_head(doc: Doc, start: int, heads: frozenset[str] | Mapping[str, str]) -> str | None:
        """The noun of ``heads`` that heads an apposition opening at ``start`` ("the indie band from Hull", "a midwife
        in Tamale"): its noun phrase's last noun, when no finite verb follows it ("..., the company said" is a source,
        not an apposition)."""
        last: Token | None = None
        i = start
        while i < len(doc) and i - start < 8:
            tok = doc[i]
            if tok.pos_ in ("DET", "ADJ", "NUM", "PROPN") or tok.tag_ in ("POS", "PRP$") or tok.text in ("-", "‐"):
                i += 1
            elif tok.pos_ == "NOUN":
                last = tok
                i += 1
            else:
                break
        if last is None or not last.is_lower or last.lower_ not in heads:
            return None
        if (i < len(doc) and doc[i].pos_ not in APPOSITION_ENDS and doc[i].tag_ != "VBN"
                and doc[i].lower_ not in ("that", "which", "whose")):
            return None  # a participle goes on with the phrase ("a drug made by ..."), a finite verb does not
        return last.lower_

    @staticmethod
    def _add_demonym_named_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Chilean Marta Rojas and Peruvian Luis Vega were freed": a demonym, then a given name and one more name
        part, is a person of that state, where the NER read the name as a nationality, a date ("Weeks") or nothing
        (``lexicons/given_names.tsv``); the demonym stays a nationality of its own."""
        from dateline.annotate.countries import state_code

        name_ids = given_name_ids()
        label_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
        dropped: set[int] = set()
        added: list[Span] = []
        for first in (doc[i] for i, word in enumerate(doc.to_array(LOWER).tolist()[:-1]) if word in name_ids):
            if first.i == 0 or first.i + 1 >= len(doc):
                continue
            demonym, last = doc[first.i - 1], doc[first.i + 1]
            if (not demonym.is_title or not state_code(demonym.text) or not _name_part(first) or not last.is_title
                    or not last.is_alpha or len(last.text) < 2 or first.i + 2 < len(doc) and _name_part(doc[first.i + 2])
                    or any(i in label_at and label_at[i].label_ == "PERSON" for i in (first.i, last.i))
                    or _known_place(last.text)):
                continue
            covering = {id(label_at[i]): label_at[i] for i in (demonym.i, first.i, last.i) if i in label_at}
            if any(e.label_ not in ("NORP", "DATE") for e in covering.values()):
                continue  # an organisation's name ("American Express Bank") or a place's
            dropped.update(covering)
            added += [Span(doc, demonym.i, demonym.i + 1, label="NORP"), Span(doc, first.i, first.i + 2, label="PERSON")]
            LOGGER.debug("demonym-named person: %r", doc[demonym.i: first.i + 2].text)
        return [e for e in ents if id(e) not in dropped] + added

    @staticmethod
    def _drop_described_nouns(ents: list[Span]) -> list[Span]:
        """Drop a one-word PERSON that an article and an adjective make a common noun ("the 64-year-old Ohioan", "a
        young Texan"): a resident's or a native's word the NER took for a name. A word some fuller name of the
        document holds stays a name ("the 93-year-old Moyo" after "Joseph Moyo"), and so does a people named with
        the article alone ("the Houthis")."""
        parts = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        return [e for e in ents if not (e.label_ == "PERSON" and len(e) == 1 and e.text not in parts and any(
            c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in e.root.children) and any(
            c.dep_ == "amod" for c in e.root.children))]

    @staticmethod
    def _split_name_from_date(doc: Doc, ents: list[Span]) -> list[Span]:
        """Cut a person's name off the front of a date the NER ran it into: "Kim and [Lee Monday] jointly signed" (a
        time word between a subject and its verb) is "Lula", a person named elsewhere in the document, then
        "Monday"; a name part no person of the document has stays in the date."""
        known = {t.text for e in ents if e.label_ == "PERSON" for t in e if t.is_title and t.is_alpha}
        out: list[Span] = []
        for ent in ents:
            cut = ent.start
            while ent.label_ in ("DATE", "TIME") and cut < ent.end - 1 and _name_part(doc[cut]) and (
                    doc[cut].text in known):
                cut += 1
            if cut == ent.start:
                out.append(ent)
                continue
            out += [Span(doc, ent.start, cut, label="PERSON"), Span(doc, cut, ent.end, label=ent.label)]
        return out

    @staticmethod
    def _relabel_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
        """Label a lone name part of a person named in full elsewhere in the document as PERSON ("Wang")."""
        parts: set[str] = set()
        ents = [Span(doc, e.start, e.end, label="PERSON") if _titled_apposition(e) else e for e in ents]
        if not any(e.label_ == "PERSON" for e in ents):
            return ents
        for e in ents:
            if e.label_ == "PERSON" and len(e) >= 2:
                words = [t.text for t in e if t.is_alpha]
                if len(words) >= 2:
                    parts.update({words[0], words[-1]})
        out: list[Span] = []
        person_tokens = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        lone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
        for e in ents:
            if e.label_ != "PERSON" and len(e) == 1 and e.text in parts:
                out.append(Span(doc, e.start, e.end, label="PERSON"))
            elif (e.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT") and 2 <= len(e) <= 4
                  and all(_name_part(t) for t in e) and (e[-1].text in lone or e[-1].text in parts)
                  and not _known_org(e.text) and not _known_place(e.text)):
                # "María Corina Machado" tagged ORG while "Machado" alone is a person
                out.append(Span(doc, e.start, e.end, label="PERSON"))
            else:
                out.append(e)
        taken = {i for e in out for i in range(e.start, e.end)}
        part_ids = {get_string_id(p) for p in parts}
        # the tokens spelled as a name part, found in one array of the tokens' ids, not a Token built per token
        for tok in (doc[i] for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in part_ids):
            if (tok.i not in taken and tok.i not in person_tokens and tok.text in parts and tok.pos_ == "PROPN"
                    and tok.is_title and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
                                              and doc[tok.i + 1].is_title)):
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return out


def _after_dateline(tok: Token) -> bool:
    """Whether a token opens a paragraph's text right after a wire dateline: "BEIRUT -", "LIMA (Reuters) -"."""
    i = tok.i - 1
    if i < 1 or tok.doc[i].text not in ("-", "--", "\u2013", "\u2014"):
        return False
    depth = 0
    for j in range(i - 1, -1, -1):
        word = tok.doc[j]
        depth += (word.text == ")") - (word.text == "(")
        if not (depth > 0 or word.text in ("(", ")", ",", ".") or word.is_upper or word.is_space):
            return False
        if j == 0 or "\n" in tok.doc[j - 1].text_with_ws:
            return depth == 0
    return False


def _name_part(tok: Token) -> bool:
    return bool(tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.lower_ not in title_heads()
                and len(tok.text) > 1)


def _known_place(text: str) -> bool:
    from dateline.annotate.countries import city_code, state_code

    return bool(state_code(text) or city_code(text))


def _known_org(text: str) -> bool:
    from dateline.annotate.countries import org_code

    return org_code(text) is not None


@lru_cache(maxsize=1)
def given_name_ids() -> frozenset[int]:
    """The string ids of ``given_names``, to find them in an array of a doc's lower-case ids."""
    return frozenset(get_string_id(name) for name in given_names())


ALONE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})
"""Relations in which a family name standing alone is someone a clause speaks of ("Dzhabarov flew", "met Dzhabarov")."""


def _standing_alone(doc: Doc) -> set[str]:
    """The proper nouns that stand alone somewhere in the text, not run into another, as the subject, object or
    possessor in a clause (a menu label standing alone, "Markets", is in none)."""
    pos = doc.to_array(POS).tolist()
    return {t.text for t in (doc[i] for i, p in enumerate(pos) if p == PROPN)
            if t.dep_ in ALONE_DEPS and t.head.pos_ in ("VERB", "AUX", "ADP", "NOUN")
            and not (t.i + 1 < len(doc) and pos[t.i + 1] == PROPN) and not (t.i > 0 and pos[t.i - 1] == PROPN)}


def _thing_worded(ent: Span) -> bool:
    """Whether a name opens with a club's or a ship's word or ends with a firm's, a club's or a unit's word
    (``THING_NAME_HEADS``, ``THING_NAME_TAILS``: "Borussia Kelling", "the Aldric Brigade"): a thing's name, whatever
    follows it ("the 9th Aldric Brigade, 4th MP Brigade": "MP" there is no post of a person named before)."""
    return (len(ent) >= 2 and ent[0].lower_ in THING_NAME_HEADS) or ent[-1].lower_ in THING_NAME_TAILS


def _titled_apposition(ent: Span) -> bool:
    """A name the NER took for an organisation, followed by its holder's post: "X, the Venezuelan opposition leader"."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT") or not 2 <= len(ent) <= 4:
        return False
    if not all(_name_part(t) for t in ent) or _known_org(ent.text) or _known_place(ent.text) or _thing_worded(ent):
        return False
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    for tok in doc[i + 1: i + 8]:
        if tok.lower_ in title_heads():
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _sentence_index(doc: Doc) -> tuple[list[int], list[Span]]:
    index = doc.user_data.get("dateline_sentences")
    if index is None:
        sents = list(doc.sents)
        index = doc.user_data["dateline_sentences"] = ([s.start for s in sents], sents)
    return index  # type: ignore[no-any-return,unused-ignore]


CLAUSE_OPENERS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
"""Dependency relations that open another clause under a verb."""


def own_clause(verb: Token, *, conjuncts: bool = True) -> list[Token]:
    """The words of a verb's own clause, without the clauses under it or a verb coordinated with it; with
    ``conjuncts=False`` no conjunct at all (a date of "on Monday and Friday" beyond the first is left out too)."""
    skip = CLAUSE_OPENERS if conjuncts else CLAUSE_OPENERS | {"conj"}
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_OPENERS and c.dep_ != "conj"]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in skip)
    return out


TEXT_KEY = "dateline_text"


def text_of(doc: Doc) -> str:
    """A parsed text's string, joined once and kept on the document (``Doc.text`` joins every token each time it is
    read, and the time expressions, the dating and its paragraphs each read it)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return,unused-ignore]


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token of a parsed text (``Doc.to_array``: string ids for the string attributes), read
    once and kept on the document, for the passes that look only at the tokens of a few kinds. Read it after the
    pipeline: a component that changes the attribute afterwards would leave it stale (none does)."""
    key = f"dateline.column.{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(attr).tolist()
    return found  # type: ignore[no-any-return,unused-ignore]


@lru_cache(maxsize=256)
def word_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of a set of words (what a token's ``LOWER`` or ``LEMMA`` attribute holds), computed once per set."""
    return frozenset(get_string_id(word) for word in words)


def tokens_lowered(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower case is one of ``words``, in order: the same tokens as ``[t for t in doc if t.lower_ in
    words]``, found in one array read, with a Token built for those alone (a pass that looks at a few words of a
    document built one Token and read one string per word of it)."""
    ids = word_ids(words)
    return [doc[i] for i, low in enumerate(column(doc, LOWER)) if low in ids]


def tokens_lemmatized(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The tokens whose lemma (as written, ``Token.lemma_``) is one of ``lemmas``, in order (as ``tokens_lowered``)."""
    ids = word_ids(lemmas)
    return [doc[i] for i, lemma in enumerate(column(doc, LEMMA)) if lemma in ids]


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a document, listed once (``Doc.sents`` walks every token each time it is read)."""
    return _sentence_index(doc)[1]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity (of ``doc.ents``) that holds token ``i``, or None.

    Read from the token's IOB tags, in the entity's length: ``doc.ents`` builds every entity of
    the document each time it is read, which made per-token lookups quadratic in a long page (issue 16).
    """
    if not 0 <= i < len(doc) or doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
"""Tokens that open or close a quotation: straight, curly, or the wire's doubled marks."""


def verb_doers(verb: Token) -> list[Token]:
    """The doers a verb names: its subject, or its passive's "by" agent ("police arrested him", "was arrested by
    police")."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def sentence_of(tok: Token) -> Span:
    """The sentence a token is in, from a per-document index (``Token.sent`` rescans the document each time)."""
    starts, sents = _sentence_index(tok.doc)
    return sents[bisect_right(starts, tok.i) - 1]


def names_person(tok: Token, through: tuple[str, ...] = ("appos",)) -> bool:
    """Whether a noun names a person: itself, or a name hung on it by one of the dependencies ``through`` ("Hungary's
    nominee, [Laszlo Toth]" by "appos"; "Governor [A]" also by "compound")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ in through and c.ent_type_ == "PERSON" for c in tok.children)


def persons_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The root token of every person name that lies wholly in the tokens ``start``..``end``, in order: a list the
    parser seldom joins as conjuncts ("the two leaders, A and B", "among them Health Minister A and B")."""
    return [ent.root for ent in doc.ents if ent.label_ == "PERSON" and start <= ent.start and ent.end <= end]
