"""Time the annotation of one long page against its length, to show whether it grows linearly.

usage: python bench/long_page.py [--sizes 2000,4000,8000] [--write PAGE.txt --names N] [--profile OUT.prof]

Generates, for each size N, one news page naming N people in ordinary wire sentences
("Foreign Minister Ilvaro Dettmann met Sanja Korvel in Pelmora on Monday.") built from invented
names, places and a fixed seed, so every run sees the same pages. Each page is cleaned,
annotated and resolved in this process, one size after the other, and the script prints
one table (names, characters, entities, events, CPU seconds per stage, ratio to the previous
size); a linear annotation gives a ratio near the ratio of the sizes (2.0 for 2,000 -> 4,000).
``clean`` is the floor (reading and cleaning only), ``nlp.pipe`` the spaCy parse of the page
(the baseline the rules add to), ``rules`` dateline's annotation of the parse, ``annotate``
the two together (what the time budget bounds) and ``resolve`` the linking of the page's
people and events. Times are CPU seconds of this process, so a busy machine slows each
size alike.

``--write`` saves one generated page instead (to feed ``dateline extract`` by hand);
``--profile`` runs cProfile over the largest size and saves the stats.
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import sys
import time
from pathlib import Path

from results import record  # bench/results.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kl", "st", "tr", "sh")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou")
CODAS = ("", "", "n", "r", "l", "s", "k", "m", "nd", "rt")
SURNAME_ENDS = ("", "ov", "ski", "son", "mann", "ez", "ari", "elli", "berg", "ou")
TITLES = ("Foreign Minister", "President", "Prime Minister", "Defence Minister", "Ambassador", "Senator",
          "Governor", "Finance Minister", "General", "Mayor")
POSTS = ("foreign minister", "finance minister", "ambassador to the United Nations", "army chief",
         "interior minister", "central bank governor")
STATES = ("Norway", "Chile", "Kenya", "Vietnam", "Peru", "Ghana", "Austria", "Malaysia", "Canada", "Egypt")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "on March 3", "on April 14", "in May", "last week", "on Jan. 9", "")
TEMPLATES = (
    "{T0} {A} met {B} in {P} {D}.",
    "{A} held talks with {T1} {B} in {P} {D}, the ministry said.",
    "{A} accused {B} of blocking the agreement {D}.",
    "{A} was appointed {post} {D}.",
    "{T0} {A} visited {P} {D} and signed a trade agreement with {B}.",
    "{A} said {D} that {B} would travel to {S} next week.",
    "{A} praised {B} and {C} at a summit in {P} {D}.",
    "{B}, who resigned as {post} {D}, criticised {A}.",
    "Police in {P} arrested {A} {D} after protests against {T1} {B}.",
    "{A} of {S} and {B} discussed the border dispute by telephone {D}.",
    "During the talks, {A} pledged support for {S}.",
    "The government of {S} said {D} that {A} had left the country.",
    "{A} told reporters that the two countries would sign a deal {D}.",
    "{A} and {B} agreed to meet again after the summit.",
    "It said {A} would visit {P} to discuss trade.",
)
NAMES_PER_TEMPLATE = tuple(t.count("{A}") + t.count("{B}") + t.count("{C}") for t in TEMPLATES)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))


def _people(rng: random.Random, count: int) -> list[str]:
    """Invented two-word names, distinct from one another."""
    seen: set[str] = set()
    while len(seen) < count:
        first = _word(rng, rng.choice((2, 2, 3))).capitalize()
        last = (_word(rng, rng.choice((1, 2))) + rng.choice(SURNAME_ENDS)).capitalize()
        seen.add(f"{first} {last}")
    return sorted(seen)


def make_page(names: int, seed: int = 16) -> str:
    """Return a news page naming ``names`` people in 3-5 sentence paragraphs, under a headline and a date line.

    A quarter as many distinct people as mentions, so people recur across the page as in a long report.
    """
    rng = random.Random(seed)
    people = _people(rng, max(20, names // 4))
    places = [_word(rng, rng.choice((2, 3))).capitalize() for _ in range(max(10, names // 40))]
    lines = ["Leaders trade visits and accusations in a busy week", "Posted : 2025-12-11 11:47", ""]
    paragraph: list[str] = []
    told = 0
    while told < names:
        i = rng.randrange(len(TEMPLATES))
        a, b, c = rng.sample(people, 3)
        sentence = TEMPLATES[i].format(
            A=a, B=b, C=c, P=rng.choice(places), S=rng.choice(STATES), D=rng.choice(DAYS),
            T0=rng.choice(TITLES) if rng.random() < 0.5 else "", T1=rng.choice(TITLES), post=rng.choice(POSTS))
        paragraph.append(" ".join(sentence.split()).replace(" ,", ",").replace(" .", "."))
        told += NAMES_PER_TEMPLATE[i]
        if len(paragraph) >= rng.choice((3, 4, 5)):
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines) + "\n"


def _time_page(text: str, name: str, nlp, opts) -> dict[str, float | int]:  # type: ignore[no-untyped-def]
    """Clean, parse, annotate and resolve one page; return the seconds of each stage and the counts."""
    from dateline.annotate import annotate_parsed
    from dateline.annotate.actors import Unit
    from dateline.clean import clean
    from dateline.model import Document, RawPage, Source
    from dateline.pipeline import resolve_run

    page = RawPage(Source(name), text, "text")
    wall = time.perf_counter()
    t0 = time.process_time()
    doc = clean(page, opts)
    t1 = time.process_time()
    parsed = list(nlp.pipe([doc.body, *doc.captions]))
    t2 = time.process_time()
    units = [Unit(parsed[0], "body")] + [Unit(p, "caption", i) for i, p in enumerate(parsed[1:])]
    for unit in units[1:]:
        unit.doc.user_data["caption"] = True
    annotated = annotate_parsed(doc, units, nlp, opts)
    t3 = time.process_time()
    resolved = resolve_run([annotated])[0]
    t4 = time.process_time()
    assert isinstance(resolved, Document)
    return {"chars": len(text), "entities": len(resolved.entities), "events": len(resolved.events),
            "clean": t1 - t0, "parse": t2 - t1, "rules": t3 - t2, "resolve": t4 - t3,
            "annotate": t3 - t1, "total": t4 - t0, "wall": time.perf_counter() - wall, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,4000,8000", help="names per page, comma-separated (default 2000,4000,8000)")
    ap.add_argument("--write", type=Path, help="write one generated page (of --names names) to this file and stop")
    ap.add_argument("--names", type=int, default=2000, help="names on the page --write saves (default 2000)")
    ap.add_argument("--profile", type=Path, help="profile the largest size with cProfile and save the stats here")
    ap.add_argument("--no-record", action="store_true", help="do not append the figures to bench/results.jsonl")
    args = ap.parse_args()
    if args.write:
        args.write.write_text(make_page(args.names), encoding="utf-8")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from dateline.pipeline import load_nlp
    from dateline.settings import Options

    sizes = [int(s) for s in args.sizes.split(",")]
    opts = Options(published_default="2025-12-11", page_timeout=0)
    nlp = load_nlp(opts)
    _time_page(make_page(200), "warm-up.txt", nlp, opts)  # lexicons, gazetteers, the model's first call
    rows: list[tuple[int, dict[str, float | int]]] = []
    for size in sizes:
        text = make_page(size)
        if args.profile and size == max(sizes):
            import cProfile

            profiler = cProfile.Profile()
            row = profiler.runcall(_time_page, text, f"long-{size}.txt", nlp, opts)
            profiler.dump_stats(str(args.profile))
        else:
            row = _time_page(text, f"long-{size}.txt", nlp, opts)
        rows.append((size, row))

    head = (f"{'names':>6s} {'chars':>8s} {'ents':>6s} {'events':>6s} {'clean':>6s} {'nlp.pipe':>8s} {'rules':>7s} "
            f"{'resolve':>7s} {'annotate':>8s} {'ratio':>6s} {'wall':>6s} {'rss MB':>6s}")
    print(head)
    previous: dict[str, float | int] | None = None
    ratios = []
    for size, row in rows:
        ratio = row["annotate"] / previous["annotate"] if previous else 1.0
        if previous:
            ratios.append(round(ratio, 2))
        print(f"{size:6d} {row['chars']:8d} {row['entities']:6d} {row['events']:6d} {row['clean']:6.2f} "
              f"{row['parse']:8.2f} {row['rules']:7.2f} {row['resolve']:7.2f} {row['annotate']:8.2f} "
              f"{ratio:6.2f} {row['wall']:6.1f} {row['max_rss_mb']:6d}")
        previous = row
    print("seconds of CPU (this process), so that a busy machine slows every size alike; wall: elapsed seconds")
    print("ratio: annotate time (nlp.pipe + rules) to the previous size's; linear is the ratio of the sizes")
    if not args.no_record:
        record("long_page", machine=platform.machine(), python=platform.python_version(),
               rows=[{"names": s, **{k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()}}
                     for s, r in rows],
               annotate_ratios=ratios)
    return 0


if __name__ == "__main__":
    sys.exit(main())
