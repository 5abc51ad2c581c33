"""Choose the state a story is about (its home state) from the clauses its states act in and the capitals it names.

News leaves the home state's officials unmarked: "President X" in a story about one state is its
president, while a foreign one is "Indian Prime Minister Y". ``person_country.context_pass`` gives
the home state to a person introduced by such a post when nothing around the person names a state.
A state counts by the role it plays in each clause it is named in (``HOME_ROLE_WEIGHTS``): one acted
on ("sanctions on Niger", "flew to India") is more often the other party than the place the story is
about. A capital read as part of a name ("a Dhaka court") counts for its state, and so does a town
tied to a state that names an institution ("a Lima court", ``town_institutions``); other mentions of
places tied to a state do not, being as often abroad ("flew to Beijing") as at home. A state whose officials the
story names by a post without the state ("Prime Minister X", then X is found to be of that state)
counts ``UNMARKED_WEIGHT`` per such official (``unmarked_holders``): that is how news names the home
state's officials, while a foreign one is "Indian Prime Minister Y"; an envoy is the exception. A home state is chosen only
when it clearly leads (``HOME_MARGIN``, ``HOME_SHARE``, ``HOME_MIN``); a story about two states has none.

Why hand-written: no maintained library tells which state a news story is about; the weights are
named data here, and ``tests/annotate/test_home_state.py`` holds an invented example of each rule.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Span

from dateline.annotate.actors import Actors
from dateline.annotate.countries import capital_code
from dateline.annotate.nlp import column
from dateline.annotate.posts import PostMention
from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

HOME_MARGIN = 1.6
"""The home state scores at least this many times the next state ..."""
HOME_SHARE = 0.45
"""... and holds at least this share of the story's weighed mentions of states ..."""
HOME_MIN = 3.0
"""... of which a story needs this many before it has a home state at all."""
UNMARKED_WEIGHT = 3.0
"""What an official named by a post without its state adds to the state the text then gives them."""
HOME_ROLE_WEIGHTS: dict[str, float] = {"main_subject": 1.0, "subject": 1.0, "own": 1.0, "other": 1.0, "object": 0.25}
"""Weight of a mention of a state by the role it plays in its clause (``state_cues.Role``)."""


def capitals(actors: Actors) -> dict[str, float]:
    """The states whose capital the story names where no state was read ("a Dhaka court"), by mentions."""
    found: dict[str, float] = defaultdict(float)
    for ent in actors.entities():
        if ent.type in ("LOC", "ORG") and not ent.country:
            code = capital_code(ent.name)
            if code:
                found[code] += len(ent.mentions)
    return found


FOREIGN_POSTS = word_class("foreign_head", "annotate_words")
"""Posts held abroad ("Ambassador X"): left unmarked in the host state's news too, so no sign of the home state."""


def unmarked_holders(actors: Actors, holders: Collection[str], posts: Sequence[PostMention], decided: Mapping[str, str]) -> dict[str, float]:
    """The states ``decided`` by their context for the people named by a post without its state and with no state
    stated anywhere in the text (``holders``), ``UNMARKED_WEIGHT`` each; envoys left out."""
    found: dict[str, float] = defaultdict(float)
    envoys = {post.person for post in posts if post.title.split()[-1] in FOREIGN_POSTS}
    for person in sorted(holders):
        if person in decided and person not in envoys:
            LOGGER.debug("unmarked official %s of %s", actors.get(person).name, decided[person])
            found[decided[person]] += UNMARKED_WEIGHT
    return found


COMPOUND_ID = get_string_id("compound")


def town_institutions(actors: Actors, ui: int, sent: Span) -> list[str]:
    """The states of the towns a sentence names as the seat of an institution ("a Dhaka court", "the Lima city
    council"), whether or not the tagger tied the town to its state: an institution of a town is where the story is,
    not a place someone travels to."""
    found: list[str] = []
    doc, deps = sent.doc, column(sent.doc, DEP)
    for i in range(sent.start, sent.end):
        ent = actors.entity_at_index(ui, i)
        if ent is None or deps[i] != COMPOUND_ID or actors.type_of(ent) != "LOC":
            continue
        tok = doc[i]
        head = tok.head
        code = actors.country_of(ent)
        if code and head.pos_ == "NOUN" and head.is_lower and actors.entity_at(ui, head) != ent:
            LOGGER.debug("town institution rule: %s %s is in %s", tok.text, head.text, code)
            found.append(code)
    return found


def home_state(scores: Mapping[str, float], refused: Collection[str] = ()) -> str | None:
    """Return the state that clearly leads a story's weighed mentions of states, leaving out ``refused`` ones
    (a person's counterpart's state is never their home), else None."""
    kept = {code: n for code, n in scores.items() if code not in refused and n > 0}
    total = sum(kept.values())
    if total < HOME_MIN:
        return None
    ranked = sorted(kept.items(), key=lambda kv: (-kv[1], kv[0]))
    leader, best = ranked[0]
    if best / total < HOME_SHARE or (len(ranked) > 1 and best < HOME_MARGIN * ranked[1][1]):
        return None
    LOGGER.debug("home state %s of %s", leader, kept)
    return leader
