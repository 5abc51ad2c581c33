"""Merge one organisation written several ways across a run: acronyms, their misspellings, near-identical names.

"KCNA", "KNCA" and "Korean Central News Agency" are one agency (issue 14). An acronym joins the
one full name of the run whose initials it spells ("of", "the", "and" skipped); an acronym one
transposed or changed letter away from a better attested one ("KNCA" beside "KCNA") joins it;
two long names a letter or two apart (rapidfuzz ratio, ``NEAR_NAME``) are one; a name that
only adds its own state's word ("Chinese Foreign Ministry", of China) is the bare name of that
state ("Foreign Ministry", of China). States must agree
(or one be unknown): China's and Finland's "Foreign Ministry" stay two.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from dateline.lexicons import word_class

LOGGER = logging.getLogger(__name__)

WORDS = "resolve_words"
"""The lexicon (``lexicons/resolve_words.tsv``) this module's word classes come from."""

NEAR_NAME = 94.0
"""The rapidfuzz ratio from which two long names of one state are one organisation."""
MIN_LONG = 12
"""Names shorter than this are compared only exactly (short names differ by a letter: "ICC", "ICJ")."""
SKIPPED = word_class("org_name_skipped", WORDS)

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_WORD = re.compile(r"[\w’'-]+")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
"""An acronym written with dots ("U.N."), read as the acronym ("UN")."""
_DOTS = re.compile(r"\.")


@dataclass(frozen=True, slots=True)
class OrgRecord:
    """One organisation of a run as resolution sees it: its id, names, state and how many documents name it."""

    id: str
    names: tuple[str, ...]
    country: str | None
    documents: int = 1


def initials(name: str) -> str:
    """Return the capital initials of a name's significant words ("Korean Central News Agency" -> "KCNA")."""
    words = [w for w in _WORD.findall(name) if w.lower() not in SKIPPED]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _without_state(name: str, country: str) -> str:
    """Drop the leading state word a name shares with its state ("Chinese Foreign Ministry" -> "Foreign Ministry")."""
    from dateline.annotate.countries import state_code

    words = name.split()
    for n in (2, 1):
        if len(words) > n + 1 and state_code(" ".join(words[:n])) == country:
            return " ".join(words[n:])
    return ""


def _compatible(a: OrgRecord, b: OrgRecord) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def merge_orgs(records: Sequence[OrgRecord]) -> dict[str, str]:
    """Return {id: id it merges into} for organisations that are another's acronym, misspelling or near name."""
    acronyms = {r.id: [a for a in (_DOTS.sub("", n) if _DOTTED.match(n) else n for n in r.names) if _ACRONYM.match(a)]
                 for r in records}
    longs = [r for r in records if not acronyms[r.id]]
    by_initials: dict[str, list[OrgRecord]] = defaultdict(list)
    for r in records:
        for n in r.names:
            if not _ACRONYM.match(n) and not _DOTTED.match(n) and initials(n):
                by_initials[initials(n)].append(r)
    into: dict[str, str] = {}
    # 1. an acronym joins the one full name it spells
    for r in records:
        for a in acronyms[r.id]:
            full = {f.id: f for f in by_initials.get(a, ()) if f.id != r.id and _compatible(f, r)}
            if len(full) == 1:
                into[r.id] = next(iter(full))
                LOGGER.debug("acronym rule: %r is %s", a, into[r.id])
                break
    # 2. an acronym a letter away from a better attested one is its misspelling
    spelled = [r for r in records if acronyms[r.id] and r.id not in into]
    attested = [r for r in records if acronyms[r.id]]
    for r in spelled:
        for other in attested:
            if other.id == r.id or not _compatible(r, other) or other.documents + (other.id in into) <= r.documents:
                continue
            if any(len(a) >= 4 and len(b) == len(a) and OSA.distance(a, b) == 1
                   for a in acronyms[r.id] for b in acronyms[other.id]):
                into[r.id] = into.get(other.id, other.id)
                LOGGER.debug("acronym typo rule: %s is %s", r.id, into[r.id])
                break
    # 3. long names a letter or two apart
    ordered = sorted(longs, key=lambda r: (-r.documents, r.id))
    for i, r in enumerate(ordered):
        if r.id in into:
            continue
        for other in ordered[:i]:
            if other.id in into or not _compatible(r, other):
                continue
            if any(len(a) >= MIN_LONG and len(b) >= MIN_LONG and a.lower() != b.lower()
                   and fuzz.ratio(a.lower(), b.lower()) >= NEAR_NAME for a in r.names for b in other.names):
                into[r.id] = other.id
                LOGGER.debug("near-name rule: %s is %s", r.id, other.id)
                break
    # 4. "Russian Foreign Ministry" is Russia's "Foreign Ministry": a leading state word its state says
    plain: dict[tuple[str, str], list[OrgRecord]] = defaultdict(list)
    for r in records:
        if r.country and r.id not in into:
            for n in r.names:
                plain[(n.lower(), r.country)].append(r)
    for r in records:
        if not r.country or r.id in into:
            continue
        for n in r.names:
            bare = _without_state(n, r.country)
            targets = {t.id for t in plain.get((bare.lower(), r.country), ()) if t.id != r.id} if bare else set()
            if len(targets) == 1:
                into[r.id] = targets.pop()
                LOGGER.debug("state-word rule: %s is %s", r.id, into[r.id])
                break
    # follow chains to their end
    for key in list(into):
        seen = {key}
        while into[key] in into and into[key] not in seen:
            seen.add(into[key])
            into[key] = into[into[key]]
    return into


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One document's organisation as a linker holds it: a key of the caller's, its document, id, names, state."""

    key: tuple[Any, ...]
    doc: Hashable
    id: str
    names: tuple[str, ...]
    country: str | None


@dataclass(slots=True)
class OrgTally:
    """What a run's mentions say of each organisation id: its names (each with the place it first appears),
    its states counted, and how many documents name it. ``regroup`` decides merged ids from this alone, so
    parts of a run that share no document can each tally their own mentions and add the tallies up (``add``).
    """

    names: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(dict))
    countries: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    country_places: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(dict))
    """Per id, the place each state is first given: a tie between states goes to the first given."""
    documents: Counter[str] = field(default_factory=Counter)

    def add(self, other: OrgTally) -> None:
        """Add the tally of mentions from other documents (sums, and each name's earliest place: order-free)."""
        for gid, places in other.names.items():
            mine = self.names[gid]
            for name, place in places.items():
                if name not in mine or place < mine[name]:
                    mine[name] = place
        for gid, counter in other.countries.items():
            self.countries[gid].update(counter)
        for gid, places in other.country_places.items():
            mine = self.country_places[gid]
            for country, place in places.items():
                if country not in mine or place < mine[country]:
                    mine[country] = place
        self.documents.update(other.documents)

    def ordered_countries(self, gid: str) -> Counter[str]:
        """The id's states counted, in the order they were first given (``Counter.most_common`` breaks ties so)."""
        counts, places = self.countries.get(gid, Counter()), self.country_places.get(gid, {})
        return Counter({c: counts[c] for c in sorted(counts, key=places.__getitem__)})


def tally(mentions: Iterable[tuple[tuple[Any, ...], OrgMention]]) -> OrgTally:
    """Tally ``(place, mention)`` pairs; ``place`` orders the names as the mentions' order does in ``regroup``."""
    out = OrgTally()
    documents: dict[str, set[Hashable]] = defaultdict(set)
    for place, m in mentions:
        names = out.names[m.id]
        for j, name in enumerate(m.names):
            if name not in names or (*place, j) < names[name]:
                names[name] = (*place, j)
        if m.country:
            out.countries[m.id][m.country] += 1
            first = out.country_places[m.id]
            if m.country not in first or place < first[m.country]:
                first[m.country] = place
        documents[m.id].add(m.doc)
    out.documents.update({gid: len(docs) for gid, docs in documents.items()})
    return out


def merged_ids(found: OrgTally) -> dict[str, str]:
    """Return, per organisation id, the id its mentions take when it merges into another (``merge_orgs``).

    An organisation's id carries its state exactly when it has one (as ``entity_id`` gives it), so
    a merged cluster takes the state of its members: "e:international-criminal-court-phl".
    """
    countries = {gid: found.ordered_countries(gid) for gid in found.names}
    records = [OrgRecord(gid, tuple(sorted(found.names[gid], key=found.names[gid].__getitem__)),
                         countries[gid].most_common(1)[0][0] if countries[gid] else None,
                         found.documents[gid]) for gid in sorted(found.names)]
    into = merge_orgs(records)
    merged: dict[str, Counter[str]] = defaultdict(Counter)
    for gid, target in into.items():
        merged[target].update(countries[gid])
        merged[target].update(countries[target])
    final: dict[str, str] = {}
    for target, counter in merged.items():
        country = counter.most_common(1)[0][0] if counter else None
        suffix = f"-{country.lower()}" if country else ""
        final[target] = target if target.endswith(suffix) else target + suffix
    out: dict[str, str] = {}
    for gid in found.names:
        target = into.get(gid, gid)
        if target in final and final[target] != gid:
            out[gid] = final[target]
    return out


def regroup(mentions: Iterable[OrgMention]) -> dict[tuple[Any, ...], str]:
    """Return the new id of every mention whose organisation merges into another (``merge_orgs``).

    The names of an organisation are read in the mentions' order (it decides between equals); the new
    ids are ``merged_ids`` of the mentions' tally. This is the one place the run (``resolve.plan_links``;
    partitioned: ``resolve.plan.plan_stashed``) and the store decide merged ids.
    """
    items = list(mentions)
    new = merged_ids(tally(((n,), m) for n, m in enumerate(items)))
    return {m.key: new[m.id] for m in items if m.id in new}
