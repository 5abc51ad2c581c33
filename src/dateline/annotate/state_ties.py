"""Carry a state from one person to another: list members share it, whom a leader appoints serves the leader's.

``person_country.context_pass`` decides each person from the cues around them; a person no cue
decides may still be tied to one it did: a member of the same list ("the province's governor, X,
and Y") or the leader who appointed, succeeded or toppled them ("Tokayev ... appointed Y as acting
prime minister": ``SAME_STATE_VERBS``; "X took over from Y": ``SUCCESSION_PHRASES``). The tie gives a guess only
when every decided tie agrees. Holders of one post tie too: in a story about two states, a second holder of a post
someone of one state holds now is of the other (``other_holders_state``); an envoy is tied to no home state
(``only_envoys``). An officer of an international body ("UN envoy X") is tied to none
(``serves_international_body``).

The other way round, the one a person acts on in their own clause ("X handed him a note", "X
summoned Y") is the other party: Y's state is not X's (``other_party_states``), unless the verb is
one of those whose object serves the subject's state; and a state the clause acts on ("X threatened action
against Borduria", "X accused Borduria") is not X's either (``state_cues.acted_on_states``, which reads the word
classes below), unless the verb is one of those whose object is the subject's own state ("X leads Borduria").

Why hand-written: these are small syntactic rules over spaCy's parse; each has an invented
example in ``tests/annotate/test_person_country.py``.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from dateline.annotate.actors import Actors
from dateline.annotate.posts import PRONOUNS, TAKEOVER_VERBS, PostMention
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "annotate_words"
"""The lexicon (``lexicons/annotate_words.tsv``) this module's word classes come from."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
"""A phrase in one of these relations is the one who acts in its clause."""
ENVOY_HEADS = word_class("foreign_head", WORDS)
"""Heads of posts held abroad ("ambassador", "envoy")."""
SAME_STATE_VERBS = word_class("same_state_verb", WORDS)
"""Verbs whose object serves the subject's state ("the president appointed X", "X succeeded Y")."""


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's subject, or of the verb it is coordinated with ("X accepted ... and appointed Y")."""
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return [t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]


SUCCESSION_PHRASES = frozenset((verb, "over", "from") for verb in TAKEOVER_VERBS)
"""(verb, particle, preposition) of phrasal verbs whose prepositional object the subject succeeds in a post ("X took
over the embassy from Y", "X took over from Y as minister"): Y served the state X serves, as with "succeeded"."""


def same_state_object(head: Token) -> bool:
    """Whether a phrase is the object of a verb whose object serves the subject's state ("appointed X"), or the one
    the subject took over from ("took over from X")."""
    if head.dep_ in ("dobj", "oprd"):
        return head.head.lemma_.lower() in SAME_STATE_VERBS
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    verb = head.head.head
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any((verb.lemma_.lower(), particle, head.head.lower_) in SUCCESSION_PHRASES for particle in particles)


OTHER_PARTY_DEPS = frozenset({"dobj", "dative"})
"""Relations of the one a clause's subject acts on."""
OWN_STATE_VERBS = word_class("own_state_verb", WORDS)
"""Verbs whose object is the subject's own state ("X leads Borduria", "X represents Borduria")."""
AGAINST_PREPOSITIONS = word_class("against_preposition", WORDS)
"""Prepositions that name whom an act is aimed at ("action against Borduria")."""


def other_party_states(actors: Actors, ui: int, head: Token) -> set[str]:
    """The states of the people the phrase headed by ``head`` acts on as its clause's subject ("X handed him a
    note": him, named before); none for a verb whose object serves the subject's state ("appointed Y")."""
    if head.dep_ not in SUBJECT_DEPS or head.head.lemma_.lower() in SAME_STATE_VERBS:
        return set()
    found: set[str] = set()
    for child in head.head.children:
        if child.dep_ not in OTHER_PARTY_DEPS:
            continue
        ent = actors.entity_at(ui, child)
        if ent is None and child.lower_ in PRONOUNS:
            ent = _named_before(actors, ui, child, head)
        code = actors.country_of(ent) if ent is not None and actors.type_of(ent) == "PERSON" else None
        if code:
            LOGGER.debug("other-party rule: %s is acted on in %r", code, head.head.sent.text)
            found.add(code)
    return found


def _named_before(actors: Actors, ui: int, pronoun: Token, subject: Token) -> str | None:
    """The person an object pronoun stands for when its sentence names one before it, other than the clause's
    subject ("summoned the ambassador, Y, ... and X handed him a note": Y); else None (no guess across sentences)."""
    own = {e for t in subject.subtree if (e := actors.entity_at(ui, t))}
    for tok in reversed(pronoun.doc[pronoun.sent.start: pronoun.i]):
        ent = actors.entity_at(ui, tok)
        if ent is not None and ent not in own and actors.type_of(ent) == "PERSON":
            return ent
    return None


def share_with_peers(actors: Actors, peers: Mapping[str, set[str]], decided: Mapping[str, str],
                     refused: Mapping[str, set[str]]) -> None:
    """Give a person still without a state the one state the context gave every decided member of their list
    ("the province's governor, X, and Y": Y is of X's state), or the one who appointed them."""
    for person, members in sorted(peers.items()):
        codes = {decided[m] for m in members if m in decided}
        if person in decided or len(codes) != 1 or codes & refused.get(person, set()):
            continue
        code = next(iter(codes))
        LOGGER.debug("list rule: %s shares %s with %s", actors.get(person).name, code, sorted(members))
        if actors.type_of(person) == "PERSON":
            actors.note_guess(person, code)


TWO_STATE_SHARE = 0.3
"""A story is about two states when each of its two leading states holds this share of its mentions of states."""
PAST_TITLE_WORDS = word_class("past_title_word", WORDS)
ENDED_BEFORE_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(map(re.escape, PAST_TITLE_WORDS), key=len, reverse=True))})[\s-]+$", re.IGNORECASE)
"""Words right before a title that put its holder in the past: a predecessor, not the post's other holder now."""


def other_holders_state(actors: Actors, person: str, posts: Sequence[PostMention], prior: Mapping[str, float],
                        decided: Mapping[str, str], refused: Collection[str] = ()) -> str | None:
    """The other state of a story about two, when the person's bare post is held now by someone of the one state.

    "Syldavia broke off relations with Borduria ... President A (Syldavia's, by a listed name) said ... The office of
    President B defended the raid": a post is held by one person per state at a time, so in a story about two states
    its second holder is of the other state. Predecessors ("former President C") and envoys are left out; with no
    clear pair of states, or holders of both, nothing is said.
    """
    ranked = sorted(prior.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    if len(ranked) < 2 or ranked[1][1] < TWO_STATE_SHARE or (len(ranked) > 2 and ranked[2][1] >= TWO_STATE_SHARE):
        return None
    pair = {ranked[0][0], ranked[1][0]}
    titles = {post.title for post in posts if post.person == person and not post.country}
    others: set[str] = set()
    for post in posts:
        if post.person == person or post.title not in titles or _called_former(post):
            continue
        code = actors.country_of(post.person) or decided.get(post.person)
        if code is None:
            return None  # a holder of no known state: they may be the other state's
        others.add(code)
    if len(others) != 1 or not others <= pair:
        return None
    (leader,) = pair - others
    if leader in refused:
        return None
    LOGGER.debug("other-holder rule: %s holds the post %s of %s holds: %s", actors.get(person).name,
                 sorted(titles), others, leader)
    return leader


def _called_former(post: PostMention) -> bool:
    at = post.sentence.text.find(post.title_text) if post.title_text else -1
    return at > 0 and ENDED_BEFORE_TITLE.search(post.sentence.text[:at]) is not None


def only_envoys(posts: Sequence[PostMention]) -> set[str]:
    """People whose every post the text names is held abroad ("Ambassador X"): an envoy named by a bare post is as
    often the host state's guest as the home state's own ("took over the embassy in Klow from X"), so the home
    state says nothing of them (as ``home_state.unmarked_holders`` leaves them out the other way round)."""
    abroad: dict[str, set[bool]] = defaultdict(set)
    for post in posts:
        abroad[post.person].add(post.title.split()[-1] in ENVOY_HEADS)
    return {person for person, kinds in abroad.items() if kinds == {True}}


SHARED_NAME_WORDS = frozenset({"united", "global", "islamic"})
"""International words that also begin the names of one state's firms, papers and armed groups ("United Airlines",
"Global Times", "Islamic Jihad"): not enough to make their staff officers of an international body."""
BODY_WORDS = word_class("international_word", WORDS) - SHARED_NAME_WORDS
"""Words of the names of international bodies ("United Nations", "Amnesty International"), less those."""


def serves_international_body(actors: Actors, ui: int, sent: Span, start: int, end: int) -> bool:
    """Whether a person's own phrase names an international body they serve: a word of such a body's name
    (``BODY_WORDS``: "UN", "United Nations", "International ...") in an organisation of no state, in the
    title before the name or the description after it ("UN envoy X", "X, a director at Global Rights
    International"); not a body a post is accredited to ("envoy to the African Union") and not a
    department named so inside a state's party or ministry ("the ruling party's International Department")."""
    for tok in _name_phrase(sent, start, end):
        if start <= tok.i < end or _complement_of_to(tok):
            continue
        ent = actors.entity_at(ui, tok)
        if ent is not None and actors.type_of(ent) == "ORG" and not actors.country_of(ent):
            body = actors.get(ent).name.lower().replace(".", "").split(" of ")[0].split()
            if set(body) & BODY_WORDS and body[-1] not in UNIT_WORDS:
                return True
        elif ent is None and tok.lower_.replace(".", "") in BODY_WORDS and tok.is_upper:
            return True  # "U.N. mediator X": the tagger leaves the short name of the body unnamed
    return False


UNIT_WORDS = frozenset({"department", "division", "directorate", "bureau", "section"})
"""Heads of a unit's name: "International Department" is a unit of a party or ministry, not an international body."""


def _name_phrase(sent: Span, start: int, end: int) -> list[Token]:
    """The tokens of the phrase a name heads, with its title and apposition, and of the post it is the apposition
    of ("the director of X, Y"); not the other members of a list."""
    head = sent.doc[start: end].root
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    out = list(_without_lists(head))
    if head.dep_ == "appos":
        post = head.head
        out += [post, *(t for c in post.children if c.i != head.i and c.dep_ != "conj" for t in _without_lists(c))]
    return out


def _without_lists(tok: Token) -> Iterable[Token]:
    """A token's subtree, less the lists it heads ("X and Y": X's phrase without Y's)."""
    yield tok
    for child in tok.children:
        if child.dep_ != "conj":
            yield from _without_lists(child)


def _complement_of_to(tok: Token) -> bool:
    """Whether a token hangs on a "to" or "for" phrase ("envoy to the African Union", "director for Chile at
    the fund"): the body or state a post serves in or for, not the one it belongs to."""
    while tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for"):
            return True
        tok = tok.head
    return False
