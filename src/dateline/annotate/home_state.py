"""Choose the state a story is about (its home state) from the clauses its states act in and the capitals it names.

News leaves the home state's officials unmarked: "President X" in a story about one state is its
president, while a foreign one is "Indian Prime Minister Y". ``person_country.context_pass`` gives
the home state to a person introduced by such a post when nothing around the person names a state.
A state counts by the role it plays in each clause it is named in (``HOME_ROLE_WEIGHTS``): one acted
on ("sanctions on Niger", "flew to India") is more often the other party than the place the story is
about. A capital read as part of a name ("a Dhaka court") counts for its state; places already tied
to a state do not, being as often abroad ("flew to Beijing") as at home. A home state is chosen only
when it clearly leads (``HOME_MARGIN``, ``HOME_SHARE``, ``HOME_MIN``); a story about two states has none.

Why hand-written: no maintained library tells which state a news story is about; the weights are
named data here, and ``tests/annotate/test_home_state.py`` holds an invented example of each rule.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Mapping

from dateline.annotate.actors import Actors
from dateline.annotate.countries import capital_code

LOGGER = logging.getLogger(__name__)

HOME_MARGIN = 1.6
"""The home state scores at least this many times the next state ..."""
HOME_SHARE = 0.45
"""... and holds at least this share of the story's weighed mentions of states ..."""
HOME_MIN = 3.0
"""... of which a story needs this many before it has a home state at all."""
HOME_ROLE_WEIGHTS: dict[str, float] = {"main_subject": 1.0, "subject": 1.0, "own": 1.0, "other": 1.0, "object": 0.25}
"""Weight of a mention of a state by the role it plays in its clause (``person_country.Role``)."""


def capitals(actors: Actors) -> dict[str, float]:
    """The states whose capital the story names where no state was read ("a Dhaka court"), by mentions."""
    found: dict[str, float] = defaultdict(float)
    for ent in actors.entities():
        if ent.type in ("LOC", "ORG") and not ent.country:
            code = capital_code(ent.name)
            if code:
                found[code] += len(ent.mentions)
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
