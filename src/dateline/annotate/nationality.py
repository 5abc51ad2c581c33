"""Read the state a mention belongs to from the words around it: demonyms, possessives, appositions, title chains.

"the Russian Embassy" -> RUS, "Russia's Foreign Ministry" -> RUS, "Terra Viva, a Brazilian movement" -> BRA,
"South African Foreign Minister Thandi Mokoena" -> ZAF; "Turkish Ambassador to South Africa X" -> TUR, not ZAF.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from anyascii import anyascii
from spacy.tokens import Doc, Span, Token

from dateline.annotate.countries import capital_code, listed_state, org_code, place_code, region_code, state_code
from dateline.annotate.nlp import entity_at
from dateline.lexicons import load_table, word_class

_TITLES = re.compile(r"^(?:(?:U\.?S\.?|US|UK|FORMER|THE|ACTING|DEPUTY|VICE|PRIME|FOREIGN|DEFENSE|DEFENCE|INTERIOR|"
                     r"PRESIDENT|MINISTER|KING|QUEEN|PRINCE|SHEIKH|GENERAL|GEN|SECRETARY|CHANCELLOR|PREMIER|SENATOR|"
                     r"AMBASSADOR|LEADER|CHIEF|CROWN|EMIR|SULTAN|POPE|OF|STATE|LT|COL|DR|MR|MRS|MS)\s+)+")


def person_key(name: str) -> str:
    """A person's name as ``lexicons/person_states.tsv`` writes it: upper case, letters and spaces, no title in front."""
    text = re.sub(r"[^A-Z ]", " ", anyascii(name).upper().replace("_", " "))
    return _TITLES.sub("", re.sub(r"\s+", " ", text).strip()).strip()


@lru_cache(maxsize=1)
def _person_states() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("person_states")}


MIN_SURNAME = 5
"""A surname alone names a public figure only when it is this long ("Putin" is, "Kim" and "Lee" are not)."""


MIN_SURNAME_FORMS = 2
"""... and only when the dictionaries list that many full forms with it: a prominent figure has several ("Vladimir
Putin", "Vladimir V. Putin"); a surname listed once is as likely some other person's ("Smirnov")."""


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """The last name of listed public figures whose listed namesakes all belong to one state."""
    states: dict[str, set[str]] = {}
    forms: dict[str, int] = {}
    for key, code in _person_states().items():
        last = key.split()[-1]
        states.setdefault(last, set()).add(code)
        forms[last] = forms.get(last, 0) + 1
    return {name: codes.pop() for name, codes in states.items()
            if len(codes) == 1 and len(name) >= MIN_SURNAME and forms[name] >= MIN_SURNAME_FORMS}


FAMILY_PARTICLES = frozenset({"AL"})
"""Words that begin a family name of two words ("Al Thani", "Al Sabah"): the dynasties that rule Gulf states."""
MIN_FAMILY_FORMS = 8
"""A family name tells the state only when the dictionaries list this many of its members, all of one state: a
ruling house (Al Thani, 23 entries, all QAT), not a common name (Al Khalifa is listed for three states)."""


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """The family names of two words ("AL THANI") borne by many listed figures, all of one state."""
    states: dict[str, set[str]] = {}
    forms: dict[str, int] = {}
    for key, code in _person_states().items():
        words = key.split()
        if len(words) >= 3 and words[-2] in FAMILY_PARTICLES:
            family = " ".join(words[-2:])
            states.setdefault(family, set()).add(code)
            forms[family] = forms.get(family, 0) + 1
    return {family: codes.pop() for family, codes in states.items()
            if len(codes) == 1 and forms[family] >= MIN_FAMILY_FORMS}


def family_state(name: str) -> str | None:
    """The state of a ruling house whose family name ends a name the dictionaries do not list ("Sheikh Saif bin
    Hamad Al Thani" -> QAT): only a family name many listed figures bear, all of one state (``_families``)."""
    words = person_key(name).split()
    return _families().get(" ".join(words[-2:])) if len(words) >= 3 else None


def person_state(name: str, surname: bool = False) -> str | None:
    """The state of a public figure when the text does not say it, from PETRARCH2's actor dictionaries
    (``lexicons/person_states.tsv``): named in full ("George W. Bush" -> USA), or, with ``surname``, by a surname
    alone that only figures of one state bear ("Putin": for a person the whole text names by one word only);
    ambiguous names give none."""
    key = person_key(name)
    if len(key.split()) >= 2:
        return _person_states().get(key)
    return _surnames().get(key) if surname else None


MIN_PROMINENT_FORMS = 3
"""A surname marks a prominent figure's state when the dictionaries list it this many times ..."""
PROMINENT_SHARE = 0.75
"""... with this share of them one state's ("Clinton": 8 of 9 listed forms are American; "Smith" is spread over
fourteen states, none with half)."""


@lru_cache(maxsize=1)
def _prominent_surnames() -> dict[str, str]:
    """The last names the dictionaries list mostly for one state, in several forms: a prominent figure or family."""
    states: dict[str, Counter[str]] = {}
    for key, code in _person_states().items():
        states.setdefault(key.split()[-1], Counter())[code] += 1
    out: dict[str, str] = {}
    for name, codes in states.items():
        code, n = codes.most_common(1)[0]
        total = sum(codes.values())
        if total >= MIN_PROMINENT_FORMS and n >= PROMINENT_SHARE * total:
            out[name] = code
    return out


def surname_state(name: str) -> str | None:
    """The state a name's surname or ruling-house family name points to on its own ("Vladimir Putin" -> RUS,
    "Hamad bin Jassim Al Thani" -> QAT): one the dictionaries list in several forms, nearly all of one state
    (``_prominent_surnames``, ``_families``); a surname many states' figures bear ("Williams") gives none."""
    words = person_key(name).split()
    return (_prominent_surnames().get(words[-1]) or family_state(name)) if words else None


STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
"""Prefixes that make a state's name a stance towards it, not a nationality ("anti-Syria", "pro-Russian")."""


def _stance(word: Token) -> bool:
    """Whether a modifier names a stance towards a state ("an [anti-Syria] journalist", "[pro-Russian] rebels"), one
    token or three ("anti", "-", "Syria")."""
    doc = word.doc
    return word.lower_.split("-", 1)[0] in STANCE_PREFIXES and "-" in word.text or (
        word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in STANCE_PREFIXES)


def token_modifier_country(tok: Token) -> str | None:
    """The state named by a modifier of a noun: "Russian" (amod), "Russia's" (poss), "Russia" (compound), a group
    known by name ("Houthi" in "Houthi rebels"), or by the modifier of a common noun compounded with it ("Chilean drone
    strikes", "Malian army units": ``_compound_country``)."""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and not _stance(child):
            phrase = child.doc[child.left_edge.i: child.i + 1].text
            code = state_code(phrase) or state_code(child.text)
            if code:
                return code
            if child.dep_ == "poss":
                code = capital_code(child.text)
                if code:
                    return code
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                # "Houthi rebels", "Hamas gunmen": a group known by name alone (``countries.org_code``) is its state's
                code = org_code(phrase)
                if code:
                    return code
    return _compound_country(tok)


RESIDENT_PREPS = frozenset({"in", "across", "throughout"})
"""Prepositions of the place a collective lives or works in: "teachers in Nigeria", "farmers across Poland"."""


def place_phrase_country(tok: Token) -> str | None:
    """The state of the place a collective noun is placed in by a phrase after it: "teachers in Nigeria", "nurses
    across Kenya", "workers in Lagos" (a state, its capital, a large town or a first-level region of one state)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in RESIDENT_PREPS:
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            name = pobj.doc[min([c.i for c in pobj.lefts if c.dep_ == "compound"] + [pobj.i]): pobj.i + 1].text
            code = place_code(name)
            if code:
                return code
    return None


def _compound_country(tok: Token) -> str | None:
    """ "three Chilean drone strikes": the parser hangs the demonym on the compound noun ("drone"), not on the head;
    a demonym or state name modifying a common-noun compound of the head names the head's state too."""
    for child in tok.lefts:
        if child.dep_ != "compound" or child.pos_ != "NOUN":
            continue
        for mod in child.lefts:
            if mod.dep_ in ("amod", "compound", "nmod") and mod.ent_type_ in ("NORP", "GPE"):
                code = state_code(mod.doc[mod.left_edge.i: mod.i + 1].text) or state_code(mod.text)
                if code:
                    return code
    return None


def modifier_country(span: Span) -> str | None:
    """The state named inside or right before an organisation's name ("the Russian Embassy", "Russia's Foreign Ministry")."""
    for tok in span:
        if tok.ent_type_ in ("NORP", "GPE") or tok.dep_ in ("poss", "amod"):
            code = state_code(tok.text)
            if code:
                return code
    for i in (span.start - 1, span.start - 2):
        if i >= 0:
            tok = span.doc[i]
            if tok.ent_type_ in ("NORP", "GPE"):
                ent_span = entity_at(span.doc, i)
                code = state_code(ent_span.text if ent_span is not None else tok.text)
                if code:
                    return code
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
                break
    return token_modifier_country(span.root)


PUBLIC_BODY_HEADS = word_class("public_body_head", "annotate_words")
"""Words that make a name opening with a first-level region a public body of that region ("Department", "Attorney",
"Police")."""
REGION_WORDS = 3
"""The longest region name read at the start of a body's name ("New York State")."""


def region_body_country(span: Span) -> str | None:
    """The state of a public body named after one of its first-level regions: "the Ohio Department of Health", "the
    Nevada Attorney General", "Maryland State Police" act for the USA (OUTPUT.md: a US state belongs to the USA).
    A region opens the name and a word of a public body (``PUBLIC_BODY_HEADS``) follows it; a company or a school
    named after a place ("Texas Instruments", "Ohio State University") names none and gets no state."""
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    for n in range(min(REGION_WORDS, len(words) - 1), 0, -1):
        code = region_code(" ".join(t.text for t in words[:n]))
        if code:
            return code if any(t.lower_ in PUBLIC_BODY_HEADS for t in words[n:]) else None
    return None


def spelled_out_country(span: Span) -> str | None:
    """The state of an acronym given in brackets after the name it abbreviates: "the Utah Department of Commerce
    (UDC)" is the body that name tells (``region_body_country``, ``modifier_country``)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return None
    start = end = span.start - 1
    while start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[start - 1].is_punct:
        start -= 1
    if start == end:
        return None
    name = doc[start:end]
    return region_body_country(name) or modifier_country(name)


def apposition_country(span: Span) -> str | None:
    """ "Terra Viva, a Brazilian movement of ...": the demonym in the apposition that follows the name."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for tok in doc[span.end + 1: span.end + 5]:
        if tok.ent_type_ in ("NORP", "GPE"):
            return state_code(tok.text)
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return None
    return None


SPECIALISM_NOUNS = word_class("specialism_noun", "annotate_words")
"""Nouns of a field of knowledge: a state that modifies one is the field, not a side ("a Korea specialist")."""


def specialism_field(tok: Token) -> bool:
    """Whether a token names a state as someone's field of knowledge ("Korea" in "a Korea specialist", "a seasoned
    China hand"): a state's name compounded with a specialism noun. That state is no actor, and not the person's
    state (issue 14: "A Japan specialist who joined the ministry in 1994, X worked as ..." made Japan appoint
    X). A demonym is left alone: "a Chinese expert" is an expert from China."""
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i and head.head.dep_ == "compound" \
            and head.head.ent_type_ in ("GPE", "LOC"):
        head = head.head  # "a North Korea specialist": "North" hangs on "Korea"
    return head.dep_ == "compound" and head.head.lower_ in SPECIALISM_NOUNS and head.head.i > head.i


def has_specialism_field(tok: Token) -> bool:
    """Whether a specialism noun has a state's name as its field ("a Korea specialist", not "a Chinese expert")."""
    return tok.lower_ in SPECIALISM_NOUNS and any(c.dep_ == "compound" and specialism_field(c) for c in tok.lefts)


CHAIN_STOP_POS = word_class("title_chain_stop_pos", "grammar")
"""Parts of speech that end the title chain before a name: no state is read across them."""


def person_country(span: Span) -> str | None:
    """The state named in the title chain right before a name ("South African Foreign Minister Thandi Mokoena")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0:
        tok = doc[i]
        if tok.is_punct or tok.pos_ in CHAIN_STOP_POS:
            return None
        if tok.lower_ == "to" or (tok.pos_ == "ADP" and tok.lower_ != "of"):
            return None
        if has_specialism_field(tok):
            return None  # "the Korea expert X": the state before it is the field of knowledge
        two = two_word_state(doc, i)
        if two and doc[i - 2].lower_ != "to":
            return two
        if tok.ent_type_ in ("NORP", "GPE"):
            ent_span = entity_at(doc, i)
            if ent_span is not None:
                prev = doc[ent_span.start - 1] if ent_span.start > 0 else None
                if prev is not None and prev.lower_ in ("to", "in", "at"):
                    i = ent_span.start - 2
                    continue
                code = state_code(ent_span.text)
                if code:
                    return code
                i = ent_span.start - 1
                continue
        if tok.ent_type_ == "ORG":
            code = org_code(tok.text) or state_code(tok.text)
            if code:
                return code
        i -= 1
    return None


def two_word_state(doc: Doc, i: int) -> str | None:
    """A two-word state name or demonym ending at token i ("North Korean"), as one entity or a listed name."""
    if i < 1 or not doc[i - 1].is_title:
        return None
    phrase = doc[i - 1: i + 1].text
    listed = listed_state(phrase)
    if listed:
        return listed
    if doc[i - 1].ent_type_ in ("NORP", "GPE") and doc[i].ent_type_ in ("NORP", "GPE") and doc[i - 1].ent_iob_ == "B":
        return state_code(phrase)
    return None
