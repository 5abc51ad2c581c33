"""Tie a post the text describes with its state but no name ("Ruritania's ambassador") to the person holding it.

News introduces a person by a description and names them nearby without the state: "Ruritania
expelled Borduria's ambassador. ... announced the expulsion of Ambassador X" (X is Borduria's), or
"Y held talks with the Bordurian leader" right after "Prime Minister Z" (Z is Borduria's). A
description is a title head (``lexicons/titles.jsonl``) with a state modifier and no name of its
own; it refers to the nearest person (in its sentence first, then within ``MAX_SENTENCES``) whose
post has the same title, or, for a leader word ("the Bordurian leader", ``LEADER_WORDS``), a head of state or
government title (``LEADER_TITLES``). A description whose nearest holder already has a state, or
which two equally near holders could take, ties nobody. The other way round, a state a text sends
an envoy to ("the ambassador to Argentina", ``posted_to``) is never the state of the text's holders
of that post. An epithet ("the Chilean striker", "the 40-year-old Swiss", ``epithet_states``) takes up the
person named nearest before it the same way, and names their nationality.

Why hand-written: spaCy ships no coreference component for English pipelines, and a full
coreference model would have to be downloaded at run time; this is one small rule over the
parse, with invented examples in ``tests/annotate/test_descriptions.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.countries import state_code
from dateline.annotate.nationality import token_modifier_country
from dateline.annotate.nlp import sentence_of, title_heads, tokens_lowered
from dateline.annotate.posts import DROP_WORDS, PostMention
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""
LEADER_WORDS = word_class("leader_word", WORDS)
"""Heads of a description that name a state's leader whatever the post ("the Bordurian leader")."""
LEADER_TITLES = word_class("leader_title", WORDS)
"""Post titles a leader word refers to (a head of state or government; an opposition leader is not one)."""
MAX_SENTENCES = 2
"""A description refers to a holder named at most this many sentences before or after it."""
FOREIGN_POSTS = word_class("foreign_head", WORDS)
"""Posts held in another state: their "to" complement names the host, never the holder's state."""
EPITHET_NOUNS = word_class("epithet_noun", WORDS)
"""Person nouns that, with a demonym and "the", take up a person named before ("the Chilean striker")."""
NAME_WINDOW = 3
"""A title with a person's name this few tokens after it ("Ambassador X", "ambassador, X") names its holder: it
is a post, not a description."""


@dataclass(frozen=True, slots=True)
class Description:
    """A title with a state and no name: its unit, head token, title words and state."""

    unit: int
    token: Token
    title: str
    code: str


def described_states(actors: Actors, units: Sequence[Unit], posts: Sequence[PostMention]) -> list[tuple[str, str]]:
    """(person, state) for each description that refers to one person holding that post."""
    titles: dict[str, set[str]] = {}
    for post in posts:
        titles.setdefault(post.person, set()).add(post.title)
    found: list[tuple[str, str]] = []
    for desc in _descriptions(actors, units):
        holders = {p for p, ts in titles.items() if any(_refers(desc.title, t) for t in ts)}
        person = _nearest(actors, units[desc.unit], desc, holders)
        if person is not None:
            LOGGER.debug("description rule: %r (%s) is %s (%s)", desc.title, desc.code, actors.get(person).name,
                         sentence_of(desc.token).text)
            found.append((person, desc.code))
    return found


def epithet_states(actors: Actors, units: Sequence[Unit]) -> list[tuple[str, str]]:
    """(person, state) for each epithet that takes up one person named before it: "the Chilean striker", "the
    40-year-old Swiss", "the Swiss national" (``_epithets``). News calls the person a paragraph is about so to
    avoid repeating the name; the epithet refers to the person named nearest before it, a subject first
    (``_antecedent``), within ``MAX_SENTENCES``."""
    found: list[tuple[str, str]] = []
    for ui, tok, code in _epithets(actors, units):
        person = _antecedent(actors, units[ui], ui, tok)
        if person is not None:
            LOGGER.debug("epithet rule: %r (%s) is %s (%s)", tok.text, code, actors.get(person).name,
                         sentence_of(tok).text)
            found.append((person, code))
    return found


def _epithets(actors: Actors, units: Sequence[Unit]) -> Iterable[tuple[int, Token, str]]:
    """(unit, head, state) of each definite subject phrase made of a demonym and a person noun ("the Chilean
    striker") or of a demonym alone ("the Swiss"), with no name beside it ("the Chilean striker X" is a title)."""
    for ui, unit in enumerate(units):
        for tok in unit.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ in ("NNS", "NNPS"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if tok.lower_ in EPITHET_NOUNS and tok.pos_ == "NOUN":
                code = token_modifier_country(tok)
            elif tok.ent_type_ == "NORP" and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                code = state_code(tok.text)
            else:
                continue
            window = unit.doc[tok.i + 1: min(len(unit.doc), tok.i + 1 + NAME_WINDOW)]
            if not code or any((e := actors.entity_at(ui, t)) and actors.type_of(e) == "PERSON" for t in window):
                continue
            yield ui, tok, code


def _antecedent(actors: Actors, unit: Unit, ui: int, tok: Token) -> str | None:
    """The person named nearest before an epithet, within ``MAX_SENTENCES``: in its own sentence first, then the
    sentence before; in one sentence a subject before the others. None when that person has a state already, or
    when two people are named alike there."""
    doc = unit.doc
    sents = [sentence_of(tok)]
    for _ in range(MAX_SENTENCES):
        if sents[-1].start > 0:
            sents.append(sentence_of(doc[sents[-1].start - 1]))
    rank: dict[str, tuple[int, int, int]] = {}
    for gap, sent in enumerate(sents):
        for other in doc[sent.start: min(sent.end, tok.i)]:
            ent = actors.entity_at(ui, other)
            if ent is None or actors.type_of(ent) != "PERSON":
                continue
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in (other, *other.ancestors)
                          if t.i == other.i or t.ent_type_ == "PERSON")
            key = (gap, 0 if subject else 1, -other.i)
            rank[ent] = min(rank.get(ent, key), key)
    ranked = sorted(rank.items(), key=lambda kv: kv[1])
    if not ranked or len(ranked) > 1 and ranked[0][1][:2] == ranked[1][1][:2]:
        return None  # "X and Y were questioned. The Canadian ...": either could be meant
    person = ranked[0][0]
    return None if actors.country_of(person) else person


def posted_to(units: Sequence[Unit], posts: Sequence[PostMention]) -> list[tuple[str, str]]:
    """(person, state) for each holder of a foreign post ("Ambassador X") and each state the text sends that post to
    ("the ambassador to Argentina", "Ruritania's envoy to Chile"): the host, not the holder's state."""
    hosts: dict[str, set[str]] = {}
    for unit in units:
        for tok in tokens_lowered(unit.doc, FOREIGN_POSTS):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for obj in prep.children:
                        code = state_code(obj.doc[obj.left_edge.i: obj.i + 1].text) or state_code(obj.text)
                        if obj.dep_ == "pobj" and code:
                            hosts.setdefault(tok.lemma_.lower(), set()).add(code)
    return [(post.person, code) for post in posts for word in post.title.split()[-1:]
            for code in sorted(hosts.get(word, ()))]


def _refers(described: str, title: str) -> bool:
    """Whether a description's title words can name a post: the same title, or a leader word for a leader's."""
    if described in LEADER_WORDS:
        return title in LEADER_TITLES
    return title == described


def _descriptions(actors: Actors, units: Sequence[Unit]) -> Iterable[Description]:
    """Every title head with a state modifier and no holder named beside it."""
    described = title_heads() | LEADER_WORDS  # one union, not one per token
    for ui, unit in enumerate(units):
        doc = unit.doc
        for tok in tokens_lowered(doc, described):
            if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PERSON":
                continue
            if tok.tag_ in ("NNS", "NNPS"):
                continue
            window = doc[tok.i + 1: min(len(doc), tok.i + 1 + NAME_WINDOW)]
            if any(actors.entity_at(ui, t) and actors.type_of(actors.entity_at(ui, t) or "") == "PERSON"
                   for t in window):
                continue
            if tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.children):
                continue
            code = token_modifier_country(tok)
            if not code:
                continue
            words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i > _state_end(tok)
                     and c.lower_ not in DROP_WORDS]
            yield Description(ui, tok, " ".join([*words, tok.lower_]), code)


def _state_end(tok: Token) -> int:
    """The index of the last token of the state modifier of a title ("Bordurian", "Borduria 's")."""
    ends = [c.right_edge.i for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")
            and (state_code(c.doc[c.left_edge.i: c.i + 1].text) or state_code(c.text))]
    return max(ends, default=-1)


def _nearest(actors: Actors, unit: Unit, desc: Description, holders: set[str]) -> str | None:
    """The one holder named nearest to the description, within ``MAX_SENTENCES``, if it has no state yet."""
    doc = unit.doc
    sent = sentence_of(desc.token)
    start, end = sent.start, sent.end
    for _ in range(MAX_SENTENCES):
        if start > 0:
            start = sentence_of(doc[start - 1]).start
        if end < len(doc):
            end = sentence_of(doc[end]).end
    distance: dict[str, tuple[int, int]] = {}
    for tok in doc[start:end]:
        ent = actors.entity_at(desc.unit, tok)
        if ent in holders:
            # the description's own sentence first ("greeted by Z ... held talks with the Bordurian leader")
            gap = (0 if sent.start <= tok.i < sent.end else 1, abs(tok.i - desc.token.i))
            distance[ent] = min(distance.get(ent, gap), gap)
    if not distance:
        return None
    ranked = sorted(distance.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    person = ranked[0][0]
    return None if actors.country_of(person) else person
