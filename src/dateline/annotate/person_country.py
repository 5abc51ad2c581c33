"""Give each person (and state body) a document names without a state the state the text ties them to, pass by pass.

The title chain ("North Korean Foreign Minister X", ``nationality.person_country``) and the posts
(``posts.py``) are read first, where they are found. This module runs after them, on the people
still without a state, in order of trust:

1. ``lexicon_pass``: a public figure the dictionaries list ("George W. Bush" -> USA,
   ``nationality.person_state``).
2. ``context_pass``: the states the sentence around the person acts through. News names a post
   without its state when the sentence, or the one before it, has just said whose it is:
   "Rome expelled 30 diplomats, Foreign Minister X said" (ITA); "Poland summoned Belarus's
   envoy. Deputy Foreign Minister X called in ..." (POL); "X, a member of Hezbollah's executive
   council" (LBN). A state that is the object of the clause or of "to"/"in"/"at" is the other party
   or the place ("called in Ambassador Y", "a visit to Berlin") and says nothing. Each cue is
   weighed by its role (``ROLE_WEIGHTS``), the story's main states add a prior, and a state is
   given only when it clearly leads (``MIN_SCORE``, ``MARGIN``): a person no cue points at keeps
   no state. A post named without its state ("Foreign Minister X") weighs the states acting around it
   ``UNMARKED_FACTOR`` times more, and, when nothing around it names a state, is the story's home state
   (``home_state.py``: news leaves the home state's officials unmarked); whom a leader appoints, succeeds or
   topples (``state_ties.SAME_STATE_VERBS``) serves the leader's state; a list member no cue decides shares the
   one state its decided members got (``state_ties.py``). An officer of an international body ("UN envoy X",
   ``state_ties.serves_international_body``) acts for no state and gets none from the story. For a person it is a guess
   (``Entity.country_guess``) that resolution uses only when no document of the run states one; a
   state's own body named without its state ("the Foreign Ministry", ``STATE_BODIES``) takes it as
   its country.

Why hand-written: no maintained library assigns a nationality to a person mention from its
discourse context; the rules are small, each is named, and ``tests/annotate/test_person_country.py``
holds an invented example of each.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.countries import international_actor, state_code
from dateline.annotate.descriptions import LEADER_TITLES, described_states, epithet_states, posted_to
from dateline.annotate.home_state import HOME_ROLE_WEIGHTS, capitals, home_state, town_institutions, unmarked_holders
from dateline.annotate.nationality import (SPECIALISM_NOUNS, family_state, person_state, specialism_field,
                                          surname_state)
from dateline.annotate.nlp import sentences
from dateline.annotate.posts import PostMention
from dateline.annotate.state_cues import Cue, acted_on_states, phrase_head, role, state_cues
from dateline.annotate.state_ties import (only_envoys, other_holders_state, other_party_states, same_state_object,
                                          serves_international_body, share_with_peers, subject_tokens)
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from; dependency labels come from
``lexicons/grammar.tsv``."""

_TITLE_WORD = re.compile(r"[A-Z][\w-]*")

STATE_BODIES = word_class("state_body", WORDS)
"""Last words of the bodies of one state ("Foreign Ministry", "Constitutional Court"): named without their state,
they are the state the story's context points at, as a person is."""
HOME_BODY_WORDS = word_class("home_body_head", WORDS)
"""Last words of a state's legislature and parties ("Congress", "the Labour Party")."""
HOME_BODY_HEADS = STATE_BODIES | HOME_BODY_WORDS
"""... which take the story's state as its organs do."""
INTERNATIONAL_WORDS = word_class("international_word", WORDS)
"""Words of the names of international bodies, which belong to no one state."""
CUT_DEPS = word_class("phrase_cut_dep", "grammar")
"""Relations of a child whose subtree is left out of its head's phrase (a prep only before the head)."""
FOREIGN_HEADS = word_class("foreign_head", WORDS)
"""Heads whose "to"/"in" complement names another state ("an envoy to Iran", "a visit to Berlin")."""

GROUP_PREPOSITIONS = frozenset({"among", "including", "of"})
"""Prepositions that make a person one of a group ("Georgian officials, among them X")."""

ROLE_WEIGHTS: dict[str, tuple[float, float]] = {
    "main_subject": (3.0, 1.0),
    "subject": (2.0, 0.25),
    "own": (5.0, 0.0),
    "other": (1.0, 0.0),
    "object": (0.0, 0.0),
}
"""Weight of a cue by its role: (in the person's sentence before the name, in the sentence before).
``own``: a cue inside the person's own description ("X, a member of Hezbollah's council")."""
COUNTERPART_WORDS = word_class("counterpart_word", WORDS)
"""Words that set two listed people apart ("Wang Yi and his Russian counterpart"): the list does not share a state."""
PLACE_WEIGHT = 1.0
"""Weight of a mention of a place (a city's state) in the story's prior, against one of a state or its people;
places count only for a state the story names otherwise."""
TITLE_WEIGHT = 3.0
"""Mentions a state named in the headline adds to the story's prior."""
PRIOR_WEIGHT = 3.0
"""Weight of the story's states: each state's share of the document's state mentions, times this."""
UNMARKED_FACTOR = 3.0
"""How much more the cues around a person introduced by a post that names no state weigh: news names a post
without its state when the clause, or the sentence before, has just said whose it is ("South Korea summoned
Russia's ambassador. First Vice Foreign Minister X called him in": X is South Korea's)."""
KNOWN_OFFICIAL_SHARE = 1 / 3
"""What an official whose state the text gives elsewhere, named here by a post without it, counts for the home state
against one tied by context: a famous foreign leader is often named so too ("President X" of the superpower)."""
DATELINE_HOME = 3.0
"""What a wire dateline's state (``Actors.dateline``) adds to the story's home state (``home_state.py``), which a
person a post names without its state, and no clause around names a state for, belongs to: as three of its
mentions. Only there: a reporter travelling with a delegation files from its host's capital ("HANOI (AP) -") and
still leaves the officials of the outlet's own state unmarked, so the dateline outweighs no cue of the text."""
MIN_SCORE = 2.0
"""A state is given only from this score: the prior alone decides only for a story two thirds about one state."""
MARGIN = 1.5
"""... and only when it scores this many times the next state."""


def lexicon_pass(actors: Actors, units: Sequence[Unit] = (), title: str | None = None) -> None:
    """Give a public figure the text names without their state the state the dictionaries list, by name or by the
    name of a ruling house (``nationality.family_state``), when the story names that state or none at all
    (``_named_states``), or the surname alone is that state's (``nationality.surname_state``)."""
    named = _named_states(actors, units, title)
    for ent in actors.entities():
        if ent.type == "PERSON" and not ent.country:
            one_word = all(len(n.split()) == 1 for n in (ent.name, *ent.aliases))
            code = person_state(ent.name, surname=one_word) or next(
                (c for c in map(person_state, ent.aliases) if c), None)
            if code and named and code not in named and surname_state(ent.name) != code:
                # the dictionaries list one bearer of a name, and a common name has many ("John Smith" the
                # islands' minister, the bank's chief, the band's guitarist): a listed state the story never names
                # is some namesake's, and the person is left to the text (``context_pass``); a surname the
                # dictionaries give nearly only one state, in several forms ("Putin"), is that figure's anywhere
                LOGGER.debug("lexicon rule: %s is listed for %s, a state the story does not name (%s): not used",
                             ent.name, code, sorted(named))
                continue
            if code:
                LOGGER.debug("lexicon rule: %s is of %s", ent.name, code)
                actors.note_country(ent.id, code)
                continue
            family = next((c for c in map(family_state, (ent.name, *ent.aliases)) if c), None)
            if family:
                # a ruling house is a fact about the person, as a listed name is: the clause around it ("received by
                # Sheikh X Al Sabah") tells the host from the guest less surely
                LOGGER.debug("family-name rule: %s is of %s", ent.name, family)
                actors.note_country(ent.id, family)


def _named_states(actors: Actors, units: Sequence[Unit], title: str | None) -> set[str]:
    """The states a story names: by name, demonym or headline, through the bodies, groups and people the text
    ties to them, or through its places ("Lima" names Peru)."""
    named = set(_story_prior(actors, units, title)) if units or title else set()
    return named | {e.country for e in actors.entities() if e.type in ("LOC", "GPE", "ORG", "GROUP") and e.country}


def context_pass(actors: Actors, units: Sequence[Unit], posts: Sequence[PostMention] = (),
                 title: str | None = None) -> None:
    """Give a person still without a state the one the sentences around their mentions clearly point at."""
    bodies = {e.id for e in actors.entities() if e.type == "ORG" and not e.country and _state_body(e.name)}
    people = {e.id for e in actors.entities() if e.type == "PERSON" and not e.country} | bodies
    if not people:
        return
    prior = _story_prior(actors, units, title)
    home: dict[str, float] = defaultdict(float, capitals(actors))
    """The story's states by the clauses they act in: a state acted on ("sanctions on Niger", "flew to India")
    is more often the other party than the place the story is about; and by their capitals named as places."""
    scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    own_scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    """Cues inside a person's own phrase or list ("US Treasury Secretary A and climate envoy X"): they outrank the
    clause around it ("Y was not seen when ... came")."""
    marked: set[str] = set()
    """People whose post or phrase names a body of their state ("State Department spokesman X"): not unmarked."""
    for person, code in _post_organisations(actors, posts, people):
        scores[person][code] += ROLE_WEIGHTS["own"][0]
        marked.add(person)
    for person, code in described_states(actors, units, posts):
        # "Borduria's ambassador ... Ambassador X": the description names X's state (``descriptions.py``)
        if person in people:
            scores[person][code] += ROLE_WEIGHTS["own"][0]
    for person, code in epithet_states(actors, units):
        # "X signed on Monday. The Chilean striker ...": the epithet names X's nationality, as X's own phrase would
        if person in people:
            scores[person][code] += ROLE_WEIGHTS["own"][0]
            own_scores[person][code] += ROLE_WEIGHTS["own"][0]
    holders = {post.person for post in posts if post.person in people and not post.country}
    """People a post introduces without its state ("Foreign Minister X")."""
    if actors.dateline:
        # "ULAANBAATAR (Reuters) - ... Prime Minister X": wire copy leaves the posts of the dateline's state unmarked
        home[actors.dateline] += DATELINE_HOME
    refused: dict[str, set[str]] = defaultdict(set)
    """States a person is set apart from ("met his Russian counterpart"): never theirs."""
    for person, code in posted_to(units, posts):
        # "the ambassador to Argentina ... Ambassador X": X serves some other state
        if person in people:
            refused[person].add(code)
    told: set[str] = set()
    international: set[str] = set()
    """People whose own phrase makes them officers of an international body ("UN envoy X", "X, a director at the
    Global Rights Watch"): they act for no state, whatever state the story is about (OUTPUT.md: country null)."""
    peers: dict[str, set[str]] = {}
    """People of the same list or description as a person ("the governor, X, and Y"), or who appointed them, all
    still without a state."""
    """People whose first mention was read: the text ties a person to a state where it introduces them."""
    for ui, unit in enumerate(units):
        previous: list[Cue] = []
        for sent in sentences(unit.doc):
            cues = list(state_cues(actors, ui, sent))
            for cue in cues:
                home[cue.code] += HOME_ROLE_WEIGHTS[cue.role]
            for code in town_institutions(actors, ui, sent):
                home[code] += 1.0
            for start, end, person in _person_spans(actors, ui, sent, people):
                if person in told:
                    continue
                told.add(person)
                own = _own_description(sent, start, end)
                if serves_international_body(actors, ui, sent, start, end):
                    international.add(person)
                peers[person] = {e for i in own if (e := actors.entity_at(ui, sent.doc[i])) in people and e != person}
                apart = _counterparts(cues, sent)
                head = phrase_head(sent.doc[start: end].root)
                acted_on = role(head, sent) == "object"
                # "X handed him a note", him being Borduria's ambassador: Borduria is X's other party
                refused[person] |= other_party_states(actors, ui, head) | acted_on_states(actors, cues, head)
                # the one the subject appoints, succeeds or topples serves the subject's state
                same_side = acted_on and same_state_object(head)
                if same_side:
                    # the appointer may get their state only in this pass ("President X ... appointed Y"): Y follows
                    peers[person] |= {e for t in subject_tokens(head.head)
                                      if (e := actors.entity_at(ui, t)) in people and e != person}
                # a post named without its state, and nothing in the person's own phrase saying whose it is
                unmarked = person in holders and not any(c.token in own for c in cues if c.entity != person)
                for cue in cues:
                    factor = UNMARKED_FACTOR if unmarked and _state_cue(cue) else 1.0
                    if cue.entity == person or start <= cue.token < end:
                        continue
                    if cue.code in apart:
                        refused[person].add(cue.code)
                    elif cue.token in own:
                        scores[person][cue.code] += ROLE_WEIGHTS["own"][0]
                        own_scores[person][cue.code] += ROLE_WEIGHTS["own"][0]
                    elif cue.token < start and not acted_on:
                        # the subject of a clause the person is the object of is the other party
                        scores[person][cue.code] += factor * ROLE_WEIGHTS[cue.role][0]
                    elif cue.token < start and same_side and cue.role in ("main_subject", "subject"):
                        LOGGER.debug("same-state verb rule: %s serves %s (%s)", actors.get(person).name, cue.code,
                                     sent.text)
                        scores[person][cue.code] += ROLE_WEIGHTS["own"][0]
                for cue in previous if not acted_on else ():
                    if cue.entity != person:
                        factor = UNMARKED_FACTOR if unmarked and _state_cue(cue) else 1.0
                        scores[person][cue.code] += factor * ROLE_WEIGHTS[cue.role][1]
            previous = cues
    decided: dict[str, str] = {}
    totals: dict[str, dict[str, float]] = {}
    for person in sorted(people):
        total = defaultdict(float, scores[person])
        for state, share in prior.items():
            total[state] += PRIOR_WEIGHT * share
        for state in refused[person]:
            total.pop(state, None)
        totals[person] = total
        leader = _own_leader(own_scores[person], refused[person])
        if person in international and not leader:
            LOGGER.debug("international body rule: %s serves no state", actors.get(person).name)
            continue
        leader = leader or _clear_leader(total)
        if leader:
            decided[person] = leader
    # officials named by a post without its state whom a strong cue ties to one state show the home state's
    tied = {p for p in holders - marked if not any(own_scores[p].values())
            and scores[p].get(decided.get(p, ""), 0.0) >= ROLE_WEIGHTS["own"][0]}
    for code, n in unmarked_holders(actors, tied, posts, decided).items():
        home[code] += n
    # and, less, those whose state the text or the dictionaries give elsewhere ("BNP chairperson X", X listed)
    # (not a head of state or government: a famous one is named so abroad too, "President X said his country ...")
    known: dict[str, str] = {}
    for post in posts:
        stated = actors.country_of(post.person) if post.person not in people and not post.country else None
        if stated and post.title not in LEADER_TITLES and not _named_with_state(post):
            known[post.person] = stated
    for code, n in unmarked_holders(actors, set(known), posts, known).items():
        home[code] += n * KNOWN_OFFICIAL_SHARE
    LOGGER.debug("home scores: %s", dict(home))
    envoys = only_envoys(posts)
    for person in sorted(people - international):
        if person in holders and not any(v > 0 for v in scores[person].values()):
            # no cue around an unmarked post: the home state over the story's mere mentions (the prior);
            # a state the person is set apart from ("his Russian counterpart") is never theirs
            leader = None if person in envoys else home_state(home, refused[person])
            if leader:
                LOGGER.debug("home rule: %s holds an unmarked post in a story about %s (%s)",
                             actors.get(person).name, leader, dict(home))
                decided[person] = leader
        if person in holders and person not in decided and person not in envoys:
            leader = other_holders_state(actors, person, posts, prior, decided, refused[person])
            if leader:
                decided[person] = leader
        leader = decided.get(person)
        if leader and person in bodies:
            # a state's ministry or court has no identity of its own to keep apart: its state is part of its name
            LOGGER.debug("context rule: body %s is of %s (%s)", actors.get(person).name, leader, dict(totals[person]))
            actors.note_country(person, leader)
        elif leader:
            LOGGER.debug("context rule: %s is of %s (%s)", actors.get(person).name, leader, dict(totals[person]))
            actors.note_guess(person, leader)
        else:
            LOGGER.debug("context rule: no clear state for %s (%s)", actors.get(person).name, dict(totals[person]))
    share_with_peers(actors, {p: m for p, m in peers.items() if p not in international}, decided, refused)


def _named_with_state(post: PostMention) -> bool:
    """Whether the words right before a post's title name a state ("Chinese Foreign Ministry spokesman X")."""
    at = post.sentence.text.find(post.title_text) if post.title_text else -1
    before = post.sentence.text[:at].replace("’s", "").replace("'s", "").split()[-2:] if at > 0 else []
    return any(state_code(word) or state_code(" ".join(before)) for word in before)


def _own_leader(own: Mapping[str, float], refused: Collection[str]) -> str | None:
    """The one state the person's own phrase or list names ("X, a member of Ruritania's ruling party"), else None:
    the words that describe a person outrank the clause around them."""
    kept = {code: n for code, n in own.items() if code not in refused}
    if len(kept) != 1:
        return None
    LOGGER.debug("own phrase rule: %s", kept)
    return next(iter(kept))


def _counterparts(cues: Sequence[Cue], sent: Span) -> set[str]:
    """The states of the sentence's people set apart as the other side ("his Russian counterpart Y")."""
    apart: set[str] = set()
    for cue in cues:
        tok = sent.doc[cue.token]
        if any(t.lower_ in COUNTERPART_WORDS for t in (tok, *tok.ancestors) if t.i >= sent.start):
            if any(t.lower_ in COUNTERPART_WORDS for t in _phrase_tokens(tok)):
                apart.add(cue.code)
    return apart


def _phrase_tokens(tok: Token) -> Iterable[Token]:
    """The tokens of the noun phrase a token is in, up to its head (not across lists)."""
    while tok.dep_ in ("compound", "amod", "poss", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return [t for t in tok.subtree if t.dep_ != "conj"]


def _post_organisations(actors: Actors, posts: Sequence[PostMention], people: set[str]) -> Iterable[tuple[str, str]]:
    """(person, state) of a post named after an organisation the text placed in a state: "committee chair X"
    after "the Norwegian Nobel Committee", "air force spokesman X" after "Ukraine's air force"."""
    for post in posts:
        if post.person not in people:
            continue
        for word in post.title.split()[:-1]:
            org = actors.org_by_head(word)
            code = actors.country_of(org) if org else None
            if code:
                yield post.person, code
                break


def _state_body(name: str) -> bool:
    """Whether an organisation's name is that of a state's own body ("the Foreign Ministry", "the Constitutional
    Court", "Congress", "the Labour Party"), not an international one ("the International Court of Justice", "the
    Security Council": ``countries.international_actor``)."""
    words = name.lower().replace(".", "").split()
    return bool(words) and words[-1] in HOME_BODY_HEADS and not any(w in INTERNATIONAL_WORDS for w in words) and (
        not international_actor(name))


def _clear_leader(scores: Mapping[str, float], margin: float = MARGIN, min_score: float = MIN_SCORE) -> str | None:
    """The state that scores at least ``min_score`` and ``margin`` times the next, else None."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < min_score or ranked[0][1] <= 0:
        return None
    if len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]:
        return None
    return ranked[0][0]


def _state_cue(cue: Cue) -> bool:
    """Whether a cue is a state itself or one of its bodies acting in its clause ("Seoul summoned", "the Russian
    Foreign Ministry said"), not a person: a post named without its state after a person of another state is
    often that person's host or guest ("He was received by Deputy Prime Minister X")."""
    return cue.role == "main_subject" and not cue.person


def _story_prior(actors: Actors, units: Sequence[Unit], title: str | None) -> dict[str, float]:
    """Each state's share of the document's mentions of states, their demonyms, bodies, groups, people and places;
    a state its title names counts ``TITLE_WEIGHT`` more."""
    counts: dict[str, float] = defaultdict(float)
    places: Counter[str] = Counter()
    for ent in actors.entities():
        if ent.country:
            if ent.type == "LOC":
                places[ent.country] += len(ent.mentions)
            else:
                counts[ent.country] += len(ent.mentions)
    for ui, unit in enumerate(units):
        for tok in unit.doc:
            if tok.ent_type_ == "NORP" and actors.entity_at(ui, tok) is None:
                code = state_code(tok.text)
                if code:
                    counts[code] += 1
            elif specialism_field(tok) and tok.head.lower_ in SPECIALISM_NOUNS:
                # "a Japan specialist" names a field of knowledge, not a state the story is about
                field = actors.entity_at(ui, tok)
                code = actors.country_of(field) if field else None
                if code and counts.get(code):
                    counts[code] -= 1
    for code in _title_states(title or ""):
        counts[code] += TITLE_WEIGHT
    for code, n in places.items():
        if counts.get(code):
            # a town adds to a state the story names, never makes one ("Chancellor X visited Warsaw")
            counts[code] += PLACE_WEIGHT * n
    total = sum(counts.values())
    LOGGER.debug("story prior: %s", dict(counts))
    return {code: n / total for code, n in counts.items()} if total else {}


def _title_states(title: str) -> set[str]:
    """The states a headline names ("Iran's president ... killed"), by name or demonym, one or two words."""
    words = _TITLE_WORD.findall(title)
    found: set[str] = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            code = state_code(" ".join(words[i: i + n]))
            if code:
                found.add(code)
    return found


def _person_spans(actors: Actors, ui: int, sent: Span, people: set[str]) -> Iterable[tuple[int, int, str]]:
    """(start, end, person) of each mention in the sentence of a person without a state."""
    i = sent.start
    while i < sent.end:
        ent = actors.entity_at_index(ui, i)
        if ent in people:
            j = i + 1
            while j < sent.end and actors.entity_at_index(ui, j) == ent:
                j += 1
            yield i, j, ent
            i = j
        else:
            i += 1


def _own_description(sent: Span, start: int, end: int) -> set[int]:
    """The tokens of the phrase that describes the name at [start, end): its apposition ("X, a member of Hezbollah's
    council"), the post it is the apposition of ("Senegal's president, X"), the group it is one of ("Georgian
    officials, among them X"); less other members of a list and the states a post serves abroad."""
    top = sent.doc[start: end].root
    climb = ("appos", "compound", "flat") if _sets_apart(top) else ("appos", "compound", "flat", "conj")
    while top.dep_ in climb and top.head.i != top.i:
        top = top.head
    tops = [top]
    if top.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        # "met with Foreign Minister Y and Vice Foreign Minister X" parsed as two objects of "with": one list
        tops += [t for t in top.head.children if t.dep_ == top.dep_ and t.i != top.i and not _sets_apart(t)]
    if top.dep_ == "pobj" and top.head.lower_ in GROUP_PREPOSITIONS and top.head.head.i != top.head.i:
        tops.append(top.head.head)
    out: set[int] = set()
    for head in tops:
        for tok in _subtree_without_lists(head):
            if not _abroad(tok, head):
                out.add(tok.i)
    return out


def _subtree_without_lists(head: Token) -> Iterable[Token]:
    """The subtree of a phrase's head and of the list it heads ("North Korean Foreign Minister Y and Vice Foreign
    Minister X"), without clauses and without a member set apart ("his Russian counterpart")."""
    yield head
    for child in head.children:
        if child.dep_ == "conj":
            if not _sets_apart(child):
                yield from _subtree_without_lists(child)
        elif child.dep_ not in CUT_DEPS or (
                child.dep_ == "prep" and child.i > head.i):
            yield from child.subtree


def _sets_apart(tok: Token) -> bool:
    """Whether a list member's own words set it apart from the others ("his Russian counterpart Y")."""
    return any(t.lower_ in COUNTERPART_WORDS for t in tok.subtree if t.dep_ != "conj" and t.head.dep_ != "conj"
               or t.head.i == tok.i)


def _abroad(tok: Token, top: Token) -> bool:
    """Whether a token hangs, under ``top``, on a "to"/"in"/"at" complement of a foreign post or a visit."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in", "at", "for") and (
                tok.head.head.lower_ in FOREIGN_HEADS):
            return True
        tok = tok.head
    return False
