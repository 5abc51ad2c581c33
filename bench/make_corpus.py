"""Generate seeded input for the scale benchmarks: annotated records for the reduce alone, or pages for the pipeline.

Two kinds of output, both reproducible from ``--seed``:

``records``: annotated documents as the annotate stage hands them to resolution (entities
with local ids ``l1``, ``l2`` ..., positions, events with ``v:1`` ..., no body), written as the
contract's JSON, one per line (``Document.to_json``; read back with ``model.document_from_json``).
No spaCy runs. The spread imitates a news archive: a population of people (a few very famous,
most named on a handful of pages; Zipf-like), each written under several spellings (full name,
surname alone, initial and surname, a middle name, now and then a one-letter typo); states named
by several names; organisations with their acronyms; and real events (meetings, visits,
accusations, agreements, appointments) each reported by one to five outlets on different sites,
dated to the day, to the month, or not at all, and published within days of the event.

``pages``: plain-text pages recombined from the dev pages and the example inputs: each page
takes the paragraphs of one source page, with its people's names replaced by fresh generated
names (the same replacement across a page), its years and day numbers shifted, and a fresh
site and publication line, so annotation sees realistic prose with new people and dates.

    .venv/bin/python bench/make_corpus.py records --count 100000 --seed 1 --out /tmp/records.jsonl
    .venv/bin/python bench/make_corpus.py pages --count 1000 --seed 1 --out /tmp/pages/
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
EXAMPLES = ROOT / "examples"

STATES = (
    ("RUS", ("Russia", "Russian Federation")), ("PRK", ("North Korea", "DPRK")), ("CHN", ("China", "PRC")),
    ("USA", ("United States", "US")), ("FRA", ("France",)), ("DEU", ("Germany",)), ("JPN", ("Japan",)),
    ("KOR", ("South Korea", "Republic of Korea")), ("IND", ("India",)), ("BRA", ("Brazil",)),
    ("NOR", ("Norway",)), ("COL", ("Colombia",)), ("PHL", ("Philippines",)), ("IRN", ("Iran",)),
    ("TUR", ("Turkey", "Turkiye")), ("EGY", ("Egypt",)), ("ZAF", ("South Africa",)), ("MEX", ("Mexico",)),
    ("PER", ("Peru",)), ("VEN", ("Venezuela",)), ("UKR", ("Ukraine",)), ("POL", ("Poland",)),
    ("ITA", ("Italy",)), ("ESP", ("Spain",)), ("GBR", ("United Kingdom", "Britain")), ("CAN", ("Canada",)),
)
TITLES = ("foreign minister", "president", "prime minister", "ambassador", "defence minister", "spokesperson",
          "governor", "chief of staff", "trade minister", "envoy")
EVENT_TYPES = (("CONSULT", "meet"), ("CONSULT", "visit"), ("CONSULT", "phone"), ("ACCUSE", None), ("AGREE", None),
               ("COOPERATE", None), ("AID", None), ("THREATEN", None), ("APPOINT", None), ("DIE", None))
ORG_WORDS = ("National", "Central", "Federal", "Defence", "Energy", "Trade", "Research", "Maritime", "Security",
             "Development", "News", "Health", "Cable", "Fisheries")
ORG_HEADS = ("Agency", "Council", "Committee", "Bank", "Institute", "Authority", "Commission")
SYLLABLES = ("ka", "lo", "mi", "ra", "ne", "to", "sa", "vi", "do", "re", "an", "el", "is", "or", "un", "ba",
             "ko", "li", "ma", "ta", "ser", "gei", "vla", "dim", "nov", "ova", "sky", "ich", "ber", "tin", "hae",
             "jin", "sung", "min", "al", "har", "ram", "zad", "eh", "mor", "ales", "cruz", "fern", "ando")
REPORT_DAYS = 7
"""A page reports events of the week before it (its own date is the latest of them, plus 0-2 days)."""
DOCS_PER_DAY = 50
"""Generated documents per day of the archive: the archive covers more days as it grows, so the reports
of one day (and the events one comparison block holds) keep a realistic density at any size."""
SITES = ("dailywire.example", "tribune.example", "herald.example", "gazette.example", "courier.example",
         "post.example", "observer.example", "monitor.example", "chronicle.example", "times.example")


def _word(rng: random.Random, low: int = 2, high: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


@dataclass(slots=True)
class Person:
    """A generated real person: names, state and post."""

    first: str
    middle: str | None
    last: str
    country: str
    title: str

    def spellings(self, rng: random.Random) -> tuple[str, tuple[str, ...]]:
        """One page's name for the person and the aliases it also uses (surname alone, an initial, a typo)."""
        full = f"{self.first} {self.last}"
        roll = rng.random()
        if roll < 0.08 and self.middle:
            name = f"{self.first} {self.middle} {self.last}"
        elif roll < 0.12:
            name = f"{self.first[0]}. {self.last}"
        elif roll < 0.14 and len(self.last) >= 6:
            i = rng.randrange(1, len(self.last) - 1)
            name = f"{self.first} {self.last[:i]}{rng.choice('aeiourstn')}{self.last[i + 1:]}"
        else:
            name = full
        aliases = (self.last,) if rng.random() < 0.6 else ()
        return name, aliases


def _people(rng: random.Random, count: int) -> list[Person]:
    out = []
    for _ in range(count):
        out.append(Person(_word(rng), _word(rng, 2, 2) if rng.random() < 0.3 else None, _word(rng, 2, 4),
                          rng.choice(STATES)[0], rng.choice(TITLES)))
    # homonyms: a few people share a name with someone of another state
    for n in range(0, count, 97):
        twin = out[n]
        out.append(Person(twin.first, None, twin.last, rng.choice(STATES)[0], rng.choice(TITLES)))
    return out


def _orgs(rng: random.Random, count: int) -> list[tuple[str, str | None, str]]:
    """(full name, acronym or None, state) of generated organisations."""
    out = []
    for _ in range(count):
        words = [rng.choice(ORG_WORDS) for _ in range(rng.randint(1, 3))] + [rng.choice(ORG_HEADS)]
        name = " ".join(dict.fromkeys(words))
        acronym = "".join(w[0] for w in name.split()) if len(name.split()) >= 3 and rng.random() < 0.5 else None
        out.append((name, acronym, rng.choice(STATES)[0]))
    return out


@dataclass(slots=True)
class RealEvent:
    """A generated real occurrence that several outlets report."""

    type: str
    mode: str | None
    source: tuple[int, ...]
    """People (indexes into the population)."""
    target_state: str | None
    target_person: int | None
    day: date


def _zipf_index(rng: random.Random, count: int, power: float = 3.0) -> int:
    """An index in ``range(count)``, small ones far more often (a few people are in many stories).

    ``int(count * u ** power)``: with power 3 the first of 5,000 people is in about 6% of the draws.
    """
    return min(count - 1, int(count * rng.random() ** power))


def _events(rng: random.Random, count: int, people: int, start: date, days: int) -> list[RealEvent]:
    out = []
    dead = 0
    for _ in range(count):
        etype, mode = rng.choice(EVENT_TYPES)
        if etype == "DIE":  # a person dies once: the n-th death is the n-th least famous person's
            dead += 1
            out.append(RealEvent(etype, None, (people - dead % people - 1,), None, None,
                                 start + timedelta(days=rng.randrange(days))))
            continue
        source = (_zipf_index(rng, people),)
        if etype == "COOPERATE" and rng.random() < 0.5:
            source += (_zipf_index(rng, people),)
        target_person = _zipf_index(rng, people) if rng.random() < 0.5 else None
        target_state = None if target_person is not None else rng.choice(STATES)[0]
        out.append(RealEvent(etype, mode, tuple(dict.fromkeys(source)), target_state, target_person,
                             start + timedelta(days=rng.randrange(days))))
    return out


def _interval(rng: random.Random, day: date) -> dict[str, object] | None:
    roll = rng.random()
    if roll < 0.7:
        return {"start": day.isoformat(), "end": day.isoformat(), "text": "on Monday", "granularity": "day"}
    if roll < 0.85:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return {"start": first.isoformat(), "end": last.isoformat(), "text": "this month", "granularity": "month"}
    if roll < 0.9:
        return {"start": None, "end": None, "text": "recently", "granularity": None}
    return None


def _evidence(text: str) -> dict[str, object]:
    return {"text": text, "start": 0, "end": len(text)}


def records(count: int, seed: int) -> Iterator[dict[str, object]]:
    """Yield ``count`` annotated documents as the contract's JSON objects (no body), seeded."""
    rng = random.Random(seed)
    population = _people(rng, max(20, count // 8))
    orgs = _orgs(rng, max(10, count // 200))
    start = date(2020, 1, 1)
    days = max(60, count // DOCS_PER_DAY)
    real = _events(rng, max(10, count // 3), len(population), start, days)
    by_day = sorted((ev.day, i) for i, ev in enumerate(real))
    for n in range(count):
        site = rng.choice(SITES)
        # a page reports what happened in the week before it, some events far more often than others
        # (the first of the window's events: a Zipf-like draw), so a few are reported by many outlets
        day = start + timedelta(days=rng.randrange(days))
        lo = bisect.bisect_left(by_day, (day - timedelta(days=REPORT_DAYS), -1))
        hi = bisect.bisect_right(by_day, (day, len(real)))
        reported = [real[by_day[lo + _zipf_index(rng, hi - lo, 2.0)][1]] for _ in range(rng.randint(0, 3))
                    ] if hi > lo else []
        anchor = max((ev.day for ev in reported), default=day)
        published = anchor + timedelta(days=rng.randint(0, 2))
        entities: list[dict[str, object]] = []
        local: dict[tuple[str, object], str] = {}

        def ent(kind: str, key: object, name: str, aliases: tuple[str, ...], country: str | None) -> str:
            if (kind, key) not in local:
                local[(kind, key)] = f"l{len(entities) + 1}"
                entities.append({"id": local[(kind, key)], "type": kind, "name": name, "aliases": list(aliases),
                                 "country": country,
                                 "mentions": [{"start": 0, "end": len(name)}] * rng.randint(1, 3)})
            return local[(kind, key)]

        def person(i: int) -> str:
            p = population[i]
            name, aliases = p.spellings(rng)
            return ent("PERSON", i, name, aliases, p.country if rng.random() < 0.7 else None)

        def state(code: str) -> str:
            names = dict(STATES)[code]
            return ent("GPE", code, rng.choice(names), (), code)

        extra = [_zipf_index(rng, len(population)) for _ in range(rng.randint(0, 3))]
        for i in extra:
            person(i)
        for org_name, acronym, org_state in rng.sample(orgs, k=min(len(orgs), rng.randint(0, 2))):
            written = acronym if acronym and rng.random() < 0.3 else org_name
            ent("ORG", org_name, written, (acronym,) if acronym and written != acronym and rng.random() < 0.5 else (),
                org_state if rng.random() < 0.6 else None)
        events: list[dict[str, object]] = []
        positions: list[dict[str, object]] = []
        for ev in reported:
            source = [person(i) for i in ev.source]
            target = ([state(ev.target_state)] if ev.target_state else
                      [person(ev.target_person)] if ev.target_person is not None else [])
            where = state(population[ev.source[0]].country) if rng.random() < 0.3 else None
            events.append({
                "id": f"v:{len(events) + 1}", "type": ev.type, "mode": ev.mode, "source": source,
                "target": target if ev.type not in ("COOPERATE", "AGREE") else [],
                "participants": target if ev.type in ("COOPERATE", "AGREE") else [],
                "location": where, "date": _interval(rng, ev.day),
                "modality": "negated" if rng.random() < 0.03 else "asserted", "attribution": None,
                "trigger": ev.type.lower(), "occurrence": None, "evidence": _evidence(f"{ev.type} sentence"),
            })
        for key, local_id in list(local.items()):
            if key[0] == "PERSON" and rng.random() < 0.4:
                p = population[int(str(key[1]))]
                positions.append({"person": local_id, "title": p.title, "title_text": p.title.title(),
                                  "country": p.country if rng.random() < 0.5 else None, "org": None, "start": None,
                                  "end": None, "as_of": published.isoformat(), "evidence": _evidence(p.title)})
        yield {
            "doc_id": f"{seed:x}{n:012x}"[-16:].rjust(16, "0"), "source": {"path": f"gen/{site}/{n:07d}.txt",
                                                                            "url": None, "record": None},
            "title": f"Report {n}", "site": site, "published": published.isoformat(), "published_from": "page",
            "language": "en", "byline": [], "body": "", "captions": [], "removed": [], "warnings": [],
            "entities": entities, "positions": positions, "events": events,
        }


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,2}\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SKIP = frozenset(w for _, names in STATES for n in names for w in n.split()) | {
    "The", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def _sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no source pages in {DEV} or {EXAMPLES}")
    return texts


def page(text: str, rng: random.Random, n: int) -> tuple[str, str]:
    """Return one recombined page's site and text: fresh names for the source's capitalised name pairs,
    shifted years, a new site."""
    fresh: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        words = match.group(0).split()
        if any(w in _SKIP for w in words):
            return match.group(0)
        old = match.group(0)
        if old not in fresh:
            fresh[old] = " ".join(_word(rng) for _ in words)
        return fresh[old]

    shift = rng.randint(-3, 3)
    body = _CAPITALISED.sub(rename, text)
    body = _YEAR.sub(lambda m: str(int(m.group(0)) + shift), body)
    site = rng.choice(SITES)
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
    return site, f"{site}\n\n{body.strip()}\n\nPublished {day.strftime('%d %B %Y')} by {site} (page {n})\n"


def pages(count: int, seed: int, out: Path) -> list[Path]:
    """Write ``count`` recombined pages under ``out`` (one folder per site); return their paths."""
    rng = random.Random(seed)
    texts = _sources()
    written = []
    for n in range(count):
        site, text = page(texts[n % len(texts)] if n < len(texts) else rng.choice(texts), rng, n)
        path = out / site / f"p{n:06d}.txt"  # one folder per site: the site furniture is looked for per site
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=["records", "pages"], help="annotated records (no spaCy) or recombined pages")
    ap.add_argument("--count", type=int, required=True, help="records or pages to write")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="records: a JSONL file ('-' for stdout); pages: a folder")
    args = ap.parse_args(argv)
    if args.kind == "pages":
        written = pages(args.count, args.seed, Path(args.out))
        print(f"{len(written)} pages -> {args.out}", file=sys.stderr)
        return 0
    stream = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in records(args.count, args.seed):
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
