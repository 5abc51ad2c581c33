"""Benchmark cross-document person linking on seeded synthetic mentions with known identities.

Generates N person mentions (default 100,000) of a few thousand synthetic people with the
variation news text shows: romanizations (Aleksandr/Alexander), Korean hyphenation, spacing
and case (Kim Jong Un / Kim Jong-un / KIM JONG UN), Arabic articles (al-/el-/Al), stripped
diacritics, honorifics, surname alone, initials, one-letter typos, missing countries, and
homonyms (one name, two countries). Resolves them with ``link_people`` and prints one table:
pairwise and B-cubed precision/recall/F1 and time, for dateline, an exact-string baseline and
an empty-output row (every mention alone). Appends the run to ``bench/results.jsonl``.

usage: python bench/resolve_people.py [--mentions 100000] [--seed 13] [--no-save]
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import random
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from anyascii import anyascii

from results import record  # bench/results.py, beside this script

from dateline.resolve.identity import PersonRecord, link_people

LOGGER = logging.getLogger(__name__)

# Given names as classes of spellings of one name; a person is written with any member.
RUSSIAN_GIVEN = [
    ["Alexander", "Aleksandr"], ["Sergei", "Sergey"], ["Andrei", "Andrey"], ["Dmitri", "Dmitry", "Dmitriy"],
    ["Yuri", "Yury", "Yuriy"], ["Georgy", "Georgiy"], ["Alexei", "Aleksei", "Alexey"], ["Nikolai", "Nikolay"],
    ["Mikhail"], ["Vladimir"], ["Maxim", "Maksim"], ["Yevgeny", "Evgeny"], ["Anatoly", "Anatoliy"],
    ["Natalya", "Natalia"], ["Tatyana", "Tatiana"], ["Pyotr", "Petr"], ["Ilya", "Ilia"], ["Oleg"], ["Igor"],
    ["Valery", "Valeriy"], ["Vasily", "Vasiliy"], ["Yulia", "Yuliya"], ["Olga"], ["Boris"], ["Ivan"],
]
ARABIC_GIVEN = [
    ["Muhammad", "Mohammed", "Mohammad", "Mohamed"], ["Ahmad", "Ahmed"], ["Hussein", "Hossein", "Husain"],
    ["Omar", "Umar"], ["Yusuf", "Youssef", "Yousef"], ["Ali"], ["Khalid"], ["Hassan"], ["Ibrahim"],
    ["Abdullah"], ["Mahmoud"], ["Tariq"], ["Faisal"], ["Salim"], ["Karim"],
]
WESTERN_GIVEN = [
    ["José", "Jose"], ["María", "Maria"], ["Jürgen", "Juergen"], ["François", "Francois"], ["John"], ["Anna"],
    ["Peter"], ["Emmanuel"], ["Janet"], ["Robert"], ["Sophie"], ["Lars"], ["Ingrid"], ["Marco"], ["Elena"],
    ["Thomas"], ["Laura"], ["David"], ["Claire"], ["Henrik"], ["Ana"], ["Luis"], ["Carmen"], ["Jan"],
]
KOREAN_SURNAMES = ["Kim", "Pak", "Ri", "Choe", "Jang", "Jong", "Han", "Kang", "Yun", "Chon", "Hong", "Ryu", "O", "No"]
KOREAN_SYLLABLES = ["jong", "un", "song", "nam", "chol", "hui", "gyu", "yong", "il", "su", "hyok", "myong", "chan",
                    "kwang", "ho", "sol", "ryong", "min", "hwa", "sun", "ok", "dok", "chun", "gil", "sik", "bom"]
SYLLABLES = ["ka", "ri", "mo", "ten", "vol", "sha", "lin", "dor", "pe", "ta", "zan", "kov", "bel", "mir", "sar",
             "no", "gra", "vi", "len", "tro", "mas", "ful", "der", "ban", "chen", "ro", "ste", "lu", "kin", "har"]
ENDINGS = {
    "RUS": ["ov", "ev", "in", "enko", "sky"],
    "ARB": ["i", "ani", "awi", "ri", ""],
    "WES": ["er", "son", "es", "ez", "ini", "ard", ""],
}
COUNTRIES = {"RUS": ["RUS", "UKR", "BLR", "KAZ"], "ARB": ["IRN", "SYR", "EGY", "IRQ", "SAU"],
             "WES": ["USA", "FRA", "DEU", "ESP", "VEN", "NOR", "GBR"], "KOR": ["PRK", "KOR"]}
TITLES = ["foreign minister", "ambassador", "president", "spokesperson", "general", "deputy prime minister",
          "chairman", "envoy", "defence minister", "governor"]
ARTICLE_FORMS = ["al-{}", "Al {}", "el-{}", "al {}", "Al-{}"]


def _surname(rng: random.Random, culture: str) -> str:
    body = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return (body + rng.choice(ENDINGS[culture])).capitalize()


@dataclass(frozen=True, slots=True)
class Person:
    """One synthetic person: culture, surname, the spellings of the given name, country and posts."""

    culture: str
    surname: str
    given: tuple[str, ...]
    country: str
    titles: tuple[str, ...]


def make_people(rng: random.Random, n: int, homonym_share: float) -> list[Person]:
    """Draw n distinct people (no two share name and country); some reuse a name in another country."""
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()

    def squash(parts: Sequence[str]) -> str:
        return "".join(anyascii(p).lower() for p in parts).replace("-", "").replace(" ", "")

    while len(people) < n:
        if people and rng.random() < homonym_share:
            base = rng.choice(people)
            others = [c for group in COUNTRIES.values() for c in group if c != base.country]
            person = replace(base, country=rng.choice(others))
        else:
            culture = rng.choice(["RUS", "RUS", "ARB", "WES", "WES", "KOR", "KOR"])
            if culture == "KOR":
                given: tuple[str, ...] = (rng.choice(KOREAN_SYLLABLES).capitalize(), rng.choice(KOREAN_SYLLABLES))
                surname = rng.choice(KOREAN_SURNAMES)
            else:
                surname = _surname(rng, culture)
                given = tuple(rng.choice({"RUS": RUSSIAN_GIVEN, "ARB": ARABIC_GIVEN, "WES": WESTERN_GIVEN}[culture]))
            country = rng.choice(COUNTRIES[culture])
            person = Person(culture, surname, given, country, tuple(rng.sample(TITLES, 2)))
        given_key = person.given[0] if person.culture != "KOR" else "".join(person.given)
        ident = (squash([given_key, person.surname]), person.country)
        if ident in seen:
            continue
        seen.add(ident)
        people.append(person)
    return people


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word)) if len(word) > 1 else 0
    op = rng.choice(["swap", "drop", "sub"])
    if op == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1:]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def mention(rng: random.Random, person: Person) -> tuple[str, str]:
    """Write one mention of a person; returns (name, variant kind)."""
    culture, surname, given = person.culture, person.surname, person.given
    roll = rng.random()
    if culture == "KOR":
        first, second = given
        forms = [f"{surname} {first} {second.capitalize()}", f"{surname} {first}-{second}",
                 f"{surname} {first}-{second.capitalize()}", f"{surname} {first}{second}"]
        full = rng.choice(forms)
    elif culture == "ARB":
        full = f"{rng.choice(given)} {rng.choice(ARTICLE_FORMS).format(surname)}"
    else:
        full = f"{rng.choice(given)} {surname}"
    if roll < 0.10:
        return (surname if culture != "ARB" else rng.choice([surname, f"al-{surname}"])), "surname"
    if roll < 0.13:
        return _typo(rng, full), "typo"
    if roll < 0.16:
        return full.upper(), "case"
    if roll < 0.19 and culture != "KOR":
        return f"{full[0]}. {surname}", "initial"
    if roll < 0.22:
        return f"{rng.choice(['Mr.', 'Dr.', 'Gen.', 'Sheikh'])} {full}", "honorific"
    if roll < 0.30:
        return _strip_accents(full), "ascii"
    return full, "full"


def generate(n_mentions: int, seed: int) -> tuple[list[PersonRecord], list[int], list[str]]:
    """Return seeded synthetic records, the true person index of each, and each one's variant kind."""
    rng = random.Random(seed)
    people = make_people(rng, max(50, n_mentions // 20), homonym_share=0.03)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(people))]  # a few people are in every story
    records: list[PersonRecord] = []
    truth: list[int] = []
    kinds: list[str] = []
    chosen = rng.choices(range(len(people)), weights=weights, k=n_mentions)
    for i, p in enumerate(chosen):
        person = people[p]
        name, kind = mention(rng, person)
        kinds.append(kind)
        country = person.country if rng.random() < 0.8 else None
        titles = tuple(rng.sample(person.titles, 1)) if rng.random() < 0.4 else ()
        records.append(PersonRecord(f"{i // 8}:{i}", name, (), country, titles))
        truth.append(p)
    return records, truth, kinds


def scores(pred: Sequence[str], truth: Sequence[int]) -> dict[str, float]:
    """Pairwise and B-cubed precision, recall and F1 from the contingency table (no pair loop)."""
    joint = Counter(zip(pred, truth))
    size_pred, size_true = Counter(pred), Counter(truth)

    def pairs(counts: Iterable[int]) -> int:
        return sum(c * (c - 1) // 2 for c in counts)

    tp, n = pairs(joint.values()), len(pred)
    pp, tt = pairs(size_pred.values()), pairs(size_true.values())
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    b3p = sum(c * c / size_pred[k[0]] for k, c in joint.items()) / n
    b3r = sum(c * c / size_true[k[1]] for k, c in joint.items()) / n

    def f1(a: float, b: float) -> float:
        return 2 * a * b / (a + b) if a + b else 0.0

    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f1(p, r), 4),
            "B3_P": round(b3p, 4), "B3_R": round(b3r, 4), "B3_F1": round(f1(b3p, b3r), 4)}


def by_variant(pred: Sequence[str], truth: Sequence[int], kinds: Sequence[str]) -> dict[str, float]:
    """Per variant kind, the share of mentions that landed in their person's largest cluster."""
    main: dict[int, str] = {}
    for t, counter in _per_person(pred, truth).items():
        main[t] = counter.most_common(1)[0][0]
    hits: Counter[str] = Counter()
    for p, t, k in zip(pred, truth, kinds):
        hits[k] += p == main[t]
    totals = Counter(kinds)
    return {k: round(hits[k] / totals[k], 3) for k in sorted(totals)}


def _per_person(pred: Sequence[str], truth: Sequence[int]) -> dict[int, Counter[str]]:
    out: dict[int, Counter[str]] = {}
    for p, t in zip(pred, truth):
        out.setdefault(t, Counter())[p] += 1
    return out


def run(system: str, fn: Callable[[list[PersonRecord]], dict[str, str]], records: list[PersonRecord],
        truth: list[int], kinds: list[str]) -> dict[str, object]:
    start, cpu = time.perf_counter(), time.process_time()
    ids = fn(records)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    pred = [ids[r.key] for r in records]
    # wall time suffers from other jobs on a shared machine; CPU time is this process alone
    row: dict[str, object] = {"system": system, **scores(pred, truth), "seconds": round(seconds, 2),
                              "cpu_seconds": round(cpu_seconds, 2),
                              "mentions_per_s": round(len(records) / seconds) if seconds else None,
                              "linked_by_variant": by_variant(pred, truth, kinds)}
    return row


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=int, default=100_000, help="number of synthetic mentions")
    ap.add_argument("--seed", type=int, default=13, help="random seed of the generator")
    ap.add_argument("--no-save", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    records, truth, kinds = generate(args.mentions, args.seed)
    gen_s = time.perf_counter() - t0
    rows = [
        run("empty (every mention alone)", lambda rs: {r.key: r.key for r in rs}, records, truth, kinds),
        run("baseline (exact string)", lambda rs: {r.key: r.name for r in rs}, records, truth, kinds),
        run("dateline link_people", link_people, records, truth, kinds),
    ]
    header = (f"{'system':<30} {'P':>6} {'R':>6} {'F1':>6} {'B3_P':>6} {'B3_R':>6} {'B3_F1':>6} {'seconds':>8} "
              f"{'cpu_s':>7}")
    print(f"{len(records)} mentions of {len(set(truth))} people (seed {args.seed}, generated in {gen_s:.1f}s); "
          f"variants: {dict(sorted(Counter(kinds).items()))}", file=sys.stderr, flush=True)
    print(header)
    for row in rows:
        print(f"{row['system']:<30} {row['P']:>6} {row['R']:>6} {row['F1']:>6} {row['B3_P']:>6} {row['B3_R']:>6} "
              f"{row['B3_F1']:>6} {row['seconds']:>8} {row['cpu_seconds']:>7}")
    print(f"linked to the person's main cluster, by variant: {rows[-1]['linked_by_variant']}")
    if not args.no_save:
        record("resolve_people", params={"mentions": len(records), "people": len(set(truth)), "seed": args.seed,
                                         "cpus": os.cpu_count(), "python": platform.python_version()}, rows=rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
