"""Fold names into comparable keys and stable ids: transliterate, drop titles and articles, unify romanizations.

The folding rules are data (``lexicons/name_variants.tsv``): general romanization patterns
(ks/x, kh/h, doubled letters, Russian -iy/-y/-i endings), equivalent spellings of common
given names, honorifics, Arabic articles and generational suffixes. Hand-written because no
maintained library folds romanizations of Russian, Korean and Arabic names into one key;
transliteration itself is anyascii's job.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from anyascii import anyascii

from dateline.errors import LexiconError
from dateline.lexicons import load_table

LOGGER = logging.getLogger(__name__)

LEXICON = "name_variants.tsv"
KINDS = ("article", "honorific", "rule", "suffix", "token")

_APOSTROPHES = re.compile(r"['`\u2019\u02bc\u02bb]")
_WORD_SPLIT = re.compile(r"[\s.,;:()\[\]\"]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
"""What separates the pieces of a folded word, and what a slug turns into one hyphen."""


@dataclass(frozen=True, slots=True)
class VariantTable:
    """The parsed name lexicon: ordered rewrite rules and word sets."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    tokens: dict[str, str]
    honorifics: frozenset[str]
    articles: frozenset[str]
    suffixes: frozenset[str]
    examples: tuple[tuple[str, str, bool], ...]
    """(left, right, same) pairs from the ``example`` column, for the lexicon's self-test."""


@dataclass(frozen=True, slots=True)
class NameParts:
    """A folded name: its words (each a tuple of hyphen pieces), any generational suffix, and its key.

    ``key`` joins all pieces and folds the result again, so spacing and hyphenation do not
    matter ("kimjongun"); a suffix
    is kept apart after "~" ("donaldtrump~jr").
    """

    words: tuple[tuple[str, ...], ...]
    suffix: tuple[str, ...] = ()
    pieces: tuple[str, ...] = field(init=False)
    key: str = field(init=False)

    def __post_init__(self) -> None:
        pieces = tuple(p for w in self.words for p in w)
        # the rules run again over the joined pieces, so that a rule meeting a syllable boundary
        # ("Kwang-gyu" / "Kwanggyu", "Sik-hui" / "Sikhui") gives both spellings one key
        base = _apply_rules(variant_table(), "".join(pieces)) if pieces else ""
        object.__setattr__(self, "pieces", pieces)
        object.__setattr__(self, "key", f"{base}~{''.join(self.suffix)}" if self.suffix and base else base)

    @property
    def single(self) -> bool:
        """True for a name of one word (a surname or given name alone)."""
        return len(self.words) == 1


@lru_cache(maxsize=1)
def variant_table() -> VariantTable:
    """Load and compile ``lexicons/name_variants.tsv`` once.

    Raises:
        LexiconError: L001 when a row has the wrong shape or a rule does not compile.
    """
    raw: dict[str, list[tuple[str, str, str]]] = {k: [] for k in KINDS}
    for row in load_table(LEXICON.removesuffix(".tsv")):
        if len(row) < 4 or row[0] not in KINDS:
            detail = f"row {row!r}: expected kind, value, variants, example"
            raise LexiconError("L001", file=LEXICON, line=0, detail=detail)
        raw[row[0]].append((row[1], row[2], row[3]))
    rules: list[tuple[re.Pattern[str], str]] = []
    for value, pattern, _ in raw["rule"]:
        try:
            rules.append((re.compile(pattern), value))
        except re.error as exc:
            raise LexiconError("L001", file=LEXICON, line=0, detail=f"rule {pattern!r}: {exc}") from exc
    partial = VariantTable(tuple(rules), {}, frozenset(), frozenset(), frozenset(), ())
    tokens: dict[str, str] = {}
    for value, variants, _ in raw["token"]:
        canonical = _apply_rules(partial, value)
        for variant in variants.split():
            tokens[_apply_rules(partial, variant)] = canonical
    examples: list[tuple[str, str, bool]] = []
    for kind in KINDS:
        for _, _, example in raw[kind]:
            same = " != " not in example
            left, _, right = example.partition(" != " if not same else " = ")
            if left and right:
                examples.append((left.strip(), right.strip(), same))
    return VariantTable(
        rules=tuple(rules),
        tokens=tokens,
        honorifics=frozenset(v for v, _, _ in raw["honorific"]),
        articles=frozenset(v for v, _, _ in raw["article"]),
        suffixes=frozenset(v for v, _, _ in raw["suffix"]),
        examples=tuple(examples),
    )


def _apply_rules(table: VariantTable, piece: str) -> str:
    for pattern, replacement in table.rules:
        piece = pattern.sub(replacement, piece)
    return piece


def fold_piece(piece: str) -> str:
    """Fold one lower-case ASCII name piece onto its canonical romanization."""
    table = variant_table()
    folded = _apply_rules(table, piece)
    return table.tokens.get(folded, folded)


def _strip_articles(ascii_name: str, articles: frozenset[str]) -> str:
    # "al-Assad", "el-Sisi": an article glued by a hyphen is always dropped
    def drop(match: re.Match[str]) -> str:
        return "" if match.group(1).lower() in articles else match.group(0)

    return re.sub(r"\b([A-Za-z]{1,3})-(?=[A-Za-z])", drop, ascii_name)


@lru_cache(maxsize=1)
def given_names() -> Mapping[str, str]:
    """``lexicons/given_names.tsv``: given names national registers agree are female or male (lower case)."""
    return MappingProxyType({row[0]: row[1] for row in load_table("given_names")})


@lru_cache(maxsize=262144)
def parse_name(name: str) -> NameParts:
    """Split and fold a personal name; the result is cached per distinct string."""
    table = variant_table()
    ascii_name = _strip_articles(_APOSTROPHES.sub("", anyascii(name or "")), table.articles)
    words = [w for w in _WORD_SPLIT.split(ascii_name) if w.strip("-")]
    while len(words) > 1 and words[0].lower() in table.honorifics:
        words.pop(0)
    kept: list[str] = []
    for i, word in enumerate(words):
        # a free-standing article: "Bashar al Assad", "Bashar Al Assad" (not "Al Gore": first word)
        lower = word.lower()
        if lower in table.articles and i + 1 < len(words) and (word == lower or i > 0):
            continue
        kept.append(word)
    suffix: list[str] = []
    while len(kept) > 1 and kept[-1].lower() in table.suffixes:
        suffix.insert(0, kept.pop().lower())
    folded: list[tuple[str, ...]] = []
    for word in kept:
        pieces = tuple(fold_piece(p) for p in _NON_ALNUM.split(word.lower()) if p)
        if pieces:
            folded.append(pieces)
    return NameParts(tuple(folded), tuple(suffix))


def name_keys(name: str) -> set[str]:
    """Return the blocking keys of a name; two spellings of one name share a key.

    "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un" and "Kim Jongun" all give {"kimjongun"};
    "Aleksandr Matsegora" and "Alexander Matsegora" both give {"alexandermatsegora"}.
    """
    key = parse_name(name).key
    return {key} if key else set()


def display_name(name: str) -> str:
    """Return a name as written, without leading honorifics and with white space collapsed."""
    words = (name or "").split()
    honorifics = variant_table().honorifics
    while len(words) > 1 and _APOSTROPHES.sub("", anyascii(words[0])).lower().rstrip(".") in honorifics:
        words.pop(0)
    return " ".join(words)


def slugify(text: str) -> str:
    """Return a lower-case ASCII slug: "María Corina Machado" -> "maria-corina-machado"."""
    return _NON_ALNUM.sub("-", _APOSTROPHES.sub("", anyascii(text or "")).lower()).strip("-")


@lru_cache(maxsize=512)
@lru_cache(maxsize=1024)
def _country_name(iso3: str) -> str | None:
    """Return country_converter's short name of an ISO3 code ("PRK" -> "North Korea"), or None.

    Cached: each look-up goes through country_converter's pandas tables (about a millisecond), and
    resolution names every state of every document of a run.
    """
    code = iso3.upper()
    if len(code) != 3 or not code.isalpha():
        return None
    # country_converter warns about codes it lacks (an organisation's pseudo-code); that is expected here
    cc_log = logging.getLogger("country_converter")
    level = cc_log.level
    cc_log.setLevel(logging.ERROR)
    try:
        name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    finally:
        cc_log.setLevel(level)
    return name if isinstance(name, str) and name.upper() != code else None


@lru_cache(maxsize=1)
def _converter() -> Any:
    import country_converter as coco  # slow to import (pandas): only state ids need it

    return coco.CountryConverter()


def entity_id(name: str, country: str | None = None, type: str = "PERSON", *, homonym: bool = False) -> str:
    """Return the stable global id of an entity, e.g. "e:alexander-matsegora".

    A state (GPE with a country) is named by its ISO3 code's short name, so "DPRK" and
    "North Korea" both give "e:north-korea". The country is appended to other ids only
    when ``homonym`` is set, to keep apart two people with the same name.
    """
    basis = name
    if type == "GPE" and country:
        basis = _country_name(country) or name
    elif type == "PERSON":
        basis = display_name(name)
    slug = slugify(basis) or "unnamed"
    if homonym and country:
        slug = f"{slug}-{country.lower()}"
    return f"e:{slug}"
