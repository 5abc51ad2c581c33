"""Consolidation benchmark: occurrence links, careers and persons' countries across the 36 dev pages.

One command gives the figures issue 14 asks for::

    .venv/bin/python bench/consolidate.py                  # extract the dev pages, ingest them, measure
    .venv/bin/python bench/consolidate.py --pred out.jsonl # measure an existing extract --jsonl output

* **Occurrence links.** From the gold (``../shared/gold/dev``), every pair of required, dated
  events of two different pages with the same type, the same actors (people joined across pages
  by the gold's ``same_as`` groups, states by ISO3 code), the same sides when both say who acted
  on whom, and overlapping dates is one real occurrence reported twice. System events are paired
  with gold events page by page as ``score.py`` pairs them; a system link is two paired events
  sharing an occurrence id. Precision counts the system's links among paired events whose gold
  is dated; ``R (linking)`` counts gold pairs whose two events were both found, ``R (all)`` every
  gold pair. Measured twice: on the ``extract --jsonl`` output, and on the store after ingesting
  that output (the two must agree once one rule decides); with ``--pages`` a third time, on a store
  that ingested the pages themselves as ``dateline ingest`` does (a batch of files per run).
* **Careers.** On the store's dossiers of the gold persons: post rows per real post (gold posts
  of one person on several pages are one real post when their keywords meet; only rows that
  match a gold post count), and the share of gold-dated APPOINT / DISMISS events that some post of
  the person's dossier carries as its start / end.
  ``--verbose`` lists the dated ones no post carries by class: person not found, no post in the
  dossier, an event dated right that no post carries, an event dated otherwise (event dating, not
  careers), or neither a dated event nor a post date.
* **Countries.** Of the gold persons the gold gives a country and the system found, the share
  whose entity has that country: per page in the extract output, and in the store's people list.

Rows ``empty`` (no links, no posts) and ``baseline`` (link every pair of paired events of equal
type and equal actor ids; posts as stored per mention) frame the figures. Appends to
``bench/results.jsonl`` unless ``--no-record``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "dev"
PYTHON = sys.executable


def _scorer() -> Any:
    """Load ``../shared/tools/score.py`` so pages are paired exactly as the scorer pairs them."""
    spec = importlib.util.spec_from_file_location("dateline_score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = _scorer()


def dev_inputs() -> list[Path]:
    """Every annotated dev page: the two seeds and ``corpus/dev``."""
    return sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "dev").glob("*.txt"))


def extract(paths: list[Path], out: Path) -> None:
    """Run ``dateline extract --jsonl`` on ``paths`` into ``out``."""
    with open(out, "w", encoding="utf8") as f:
        subprocess.run([PYTHON, "-m", "dateline.cli", "extract", "--jsonl", *map(str, paths)], stdout=f,
                       stderr=subprocess.DEVNULL, check=False, env=dict(os.environ))


def load(pred: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Return (gold by stem, system record by stem)."""
    golds = {SCORE.stem(p.name): json.loads(p.read_text()) for p in sorted(GOLD.glob("*.gold.json"))}
    recs: dict[str, dict[str, Any]] = {}
    for line in pred.read_text().splitlines():
        if line.strip():
            rec = json.loads(line)
            if not rec.get("error"):
                recs[SCORE.stem((rec.get("source") or {}).get("path"))] = rec
    return golds, recs


def person_groups(golds: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Return one cross-page key per (page, gold person key), joined by the ``same_as`` groups."""
    key: dict[tuple[str, str], str] = {}
    for stem, gold in golds.items():
        for p in gold.get("persons", []):
            key[(stem, p["key"])] = f"{stem}/{p['key']}"
    for gold in golds.values():
        for group in gold.get("same_as", []):
            name = f"{group[0][0]}/{group[0][1]}"
            for doc, k in group:
                key[(doc, k)] = name
    return key


# -- occurrence links -----------------------------------------------------------------------------------------


def pair_events(gold: dict[str, Any], rec: dict[str, Any]) -> dict[int, int]:
    """Pair a page's gold events with its system events as ``score.py`` does: {gold index: system index}."""
    ents = {e.get("id"): e for e in rec.get("entities") or []}
    gold_persons = {p["key"]: p for p in gold.get("persons", [])}
    sys_events = rec.get("events") or []

    def actors_of(ev: dict[str, Any]) -> list[dict[str, Any]]:
        ids = list(ev.get("source") or []) + list(ev.get("target") or []) + list(ev.get("participants") or [])
        return [ents[i] for i in ids if i in ents]

    weights = []
    for gev in gold.get("events", []):
        row = []
        for sev in sys_events:
            if sev.get("type") != gev["type"] or not all(
                    SCORE.actor_found(a, actors_of(sev), gold_persons) for a in gev["actors"]):
                row.append(0)
            elif gev.get("optional"):
                row.append(1)
            else:
                row.append(1000 + (10 if gev.get("date") and SCORE.date_inside(sev.get("date"), gev["date"]) else 0))
        weights.append(row)
    return dict(SCORE.best_assignment(weights)) if weights and weights[0] else {}


def _actor_set(stem: str, actors: Iterable[str], groups: dict[tuple[str, str], str]) -> frozenset[str]:
    return frozenset(a if len(a) == 3 and a.isupper() else groups.get((stem, a), f"{stem}/{a}") for a in actors)


def gold_occurrence_items(golds: dict[str, dict[str, Any]]) -> list[tuple[str, int, dict[str, Any]]]:
    """Return (page, gold index, facts) of every required, dated gold event."""
    groups = person_groups(golds)
    items = []
    for stem, gold in golds.items():
        for i, g in enumerate(gold.get("events", [])):
            if g.get("optional") or not g.get("date"):
                continue
            states = {p["key"]: p.get("country") for p in gold.get("persons", [])}
            items.append((stem, i, {"type": g["type"], "actors": _actor_set(stem, g["actors"], groups),
                                    "states": frozenset(states.get(a) or a for a in g["actors"]),
                                    "source": _actor_set(stem, g.get("source") or [], groups),
                                    "target": _actor_set(stem, g.get("target") or [], groups),
                                    "start": g["date"]["start"], "end": g["date"]["end"]}))
    return items


def same_gold_occurrence(a: dict[str, Any], b: dict[str, Any]) -> bool | None:
    """Same type, same actors, same sides when both are directed, overlapping dates.

    None (unjudged) when only the actors differ, and only as people differ from their states
    ("Kim and Putin signed" / "North Korea and Russia signed"): the gold cannot tell.
    """
    if a["type"] != b["type"] or not (a["start"] <= b["end"] and b["start"] <= a["end"]):
        return False
    if a["actors"] != b["actors"]:
        return None if a["states"] == b["states"] else False
    directed = (a["source"] or a["target"]) and (b["source"] or b["target"])
    return not (directed and (a["source"] != b["source"] or a["target"] != b["target"]))


def occurrence_figures(golds: dict[str, dict[str, Any]], recs: dict[str, dict[str, Any]],
                       occurrence_of: dict[tuple[str, str], str | None]) -> dict[str, Any]:
    """Pairwise P/R of occurrence links; ``occurrence_of`` maps (page, system event id) to an occurrence."""
    items = gold_occurrence_items(golds)
    paired: dict[tuple[str, int], dict[str, Any]] = {}
    for stem, gold in golds.items():
        rec = recs.get(stem)
        if rec is None:
            continue
        events = rec.get("events") or []
        for gi, si in pair_events(gold, rec).items():
            paired[(stem, gi)] = events[si]
    gold_pairs = found_pairs = sys_links = right = unjudged = 0
    wrong: list[str] = []
    missed: list[str] = []
    unfound: list[str] = []  # gold pairs one of whose events the system did not find (event detection, not linking)
    for (sa, ia, fa), (sb, ib, fb) in combinations(items, 2):
        if sa == sb:
            continue
        is_gold = same_gold_occurrence(fa, fb)
        ea, eb = paired.get((sa, ia)), paired.get((sb, ib))
        gold_pairs += is_gold is True
        if ea is None or eb is None:
            if is_gold is True:
                lost = " and ".join(f"{s}:{i}" for s, i, e in ((sa, ia, ea), (sb, ib, eb)) if e is None)
                unfound.append(f"{fa['type']} {sa}:{ia} ~ {sb}:{ib} (not found: {lost})")
            continue
        found_pairs += is_gold is True
        oa, ob = occurrence_of.get((sa, ea["id"])), occurrence_of.get((sb, eb["id"]))
        linked = oa is not None and oa == ob
        if is_gold is None:
            unjudged += linked
            continue
        sys_links += linked
        right += linked and is_gold
        label = f"{fa['type']} {sa}:{ia} ~ {sb}:{ib}"
        if linked and not is_gold:
            wrong.append(label)
        elif is_gold and not linked:
            missed.append(label)
    p = right / sys_links if sys_links else 1.0
    return {"P": round(p, 3), "R_linking": round(right / found_pairs, 3) if found_pairs else 1.0,
            "R_all": round(right / gold_pairs, 3) if gold_pairs else 1.0, "links": sys_links,
            "gold_pairs": gold_pairs, "gold_pairs_found": found_pairs, "unjudged": unjudged, "wrong": wrong, "missed": missed,
            "unfound": unfound}


def jsonl_occurrences(recs: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str | None]:
    return {(stem, ev["id"]): ev.get("occurrence") for stem, rec in recs.items() for ev in rec.get("events") or []}


def baseline_occurrences(recs: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str | None]:
    """Link events of equal type and equal sorted actor ids, whatever their dates."""
    out: dict[tuple[str, str], str | None] = {}
    for stem, rec in recs.items():
        for ev in rec.get("events") or []:
            actors = sorted(set((ev.get("source") or []) + (ev.get("target") or []) + (ev.get("participants") or [])))
            out[(stem, ev["id"])] = ev["type"] + "|" + ",".join(actors)
    return out


# -- the store -------------------------------------------------------------------------------------------------


def ingest(pred: Path, db: Path) -> None:
    from dateline.ingest import read_extracted
    from dateline.store.ingest import ingest_results

    ingest_results(db, read_extracted(str(pred)))


def ingest_pages(paths: list[Path], db: Path) -> None:
    """Ingest the pages themselves as ``dateline ingest`` does: a batch of files per run, then the store links them."""
    from dateline.ingest import ingest_paths
    from dateline.settings import Options

    ingest_paths(db, [str(p) for p in paths], Options())


def store_occurrences(db: Path, recs: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str | None]:
    from dateline.store.db import Store

    stem_of = {rec["doc_id"]: stem for stem, rec in recs.items()}
    with Store.reader(db) as store:
        return {(stem_of[r["doc_id"]], r["local_id"]): r["occurrence"]
                for r in store.execute("SELECT doc_id, local_id, occurrence FROM events") if r["doc_id"] in stem_of}


def _gold_entity(gold: dict[str, Any], rec: dict[str, Any], key: str) -> dict[str, Any] | None:
    gp = next(p for p in gold["persons"] if p["key"] == key)
    return next((e for e in rec.get("entities") or [] if e.get("type") == "PERSON" and SCORE.person_matches(e, gp)),
                None)


def career_figures(golds: dict[str, dict[str, Any]], recs: dict[str, dict[str, Any]], db: Path,
                   per_mention: bool = False) -> dict[str, Any]:
    """Rows per real post and dated career facts, read from the store's dossiers of the gold persons."""
    from dateline.store.db import Store
    from dateline.store.queries import dossier

    groups = person_groups(golds)
    posts: dict[str, list[set[str]]] = defaultdict(list)  # cross-page person -> keyword sets of gold posts
    dated: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
    system_id: dict[str, str] = {}
    for stem, gold in golds.items():
        rec = recs.get(stem)
        for gpos in gold.get("positions", []):
            posts[groups[(stem, gpos["person"])]].append(set(gpos["title_any"]))
        for i, g in enumerate(gold.get("events", [])):
            if g["type"] in ("APPOINT", "DISMISS") and g.get("date") and len(g["actors"]) == 1 \
                    and not (len(g["actors"][0]) == 3 and g["actors"][0].isupper()):
                dated[groups[(stem, g["actors"][0])]].append((g["type"], g["date"], f"{stem}:{i}"))
        for p in gold.get("persons", []):
            ent = _gold_entity(gold, rec, p["key"]) if rec else None
            if ent is not None:
                system_id.setdefault(groups[(stem, p["key"])], ent["id"])
    rows = real = dates_total = dates_right = 0
    per_person: dict[str, tuple[int, int]] = {}
    misses: dict[str, list[str]] = defaultdict(list)
    with Store.reader(db) as store:
        def events_of(person: str) -> list[dict[str, Any]]:
            info = dossier(store, system_id[person]) if person in system_id else None
            return [v for v in (info or {}).get("events") or [] if v["type"] in ("APPOINT", "DISMISS")]

        for person, keyword_sets in posts.items():
            real_posts = _merge_keyword_sets(keyword_sets)
            info = dossier(store, system_id[person]) if person in system_id else None
            career = (info or {}).get("positions") or []
            if per_mention:
                career = [src for post in career for src in post.get("sources") or [post]]
            hit = [post for post in career if any(any(k in post["title"] for k in ks) for ks in real_posts)]
            found = [ks for ks in real_posts if any(any(k in post["title"] for k in ks) for post in career)]
            rows += len(hit)
            real += len(found)
            if found:
                per_person[person] = (len(hit), len(found))
            for kind, gdate, where in dated.get(person, ()):
                dates_total += 1
                field = "start" if kind == "APPOINT" else "end"
                if any(SCORE.date_inside(post.get(field), gdate) for post in career):
                    dates_right += 1
                    continue
                cls = _date_miss_class(kind, gdate, person in system_id, career, events_of(person))
                misses[cls].append(f"{where} {person} {kind} {gdate['start']}..{gdate['end']}")
    worst = sorted(per_person.items(), key=lambda kv: -kv[1][0] / kv[1][1])[:5]
    return {"rows_per_post": round(rows / real, 3) if real else 0.0, "rows": rows, "real_posts": real,
            "dates_right": round(dates_right / dates_total, 3) if dates_total else 1.0, "dated": dates_total,
            "worst": [f"{p}: {r}/{n}" for p, (r, n) in worst], "date_misses": dict(sorted(misses.items()))}


def _date_miss_class(kind: str, gdate: dict[str, str], found: bool, career: list[dict[str, Any]],
                     events: list[dict[str, Any]]) -> str:
    """Why a gold-dated appointment or departure is on no post of the dossier, as one class name."""
    if not found:
        return "person not found"
    if not career:
        return "no post in the dossier"
    field = "start" if kind == "APPOINT" else "end"
    if any(v["type"] == kind and SCORE.date_inside(v.get("date"), gdate) for v in events):
        return f"event dated right, no post {field} carries it"
    if any(v["type"] == kind and v.get("date", {}).get("start") for v in events):
        return f"event dated otherwise ({field})"
    if any(post.get(field) for post in career):
        return f"posts dated otherwise ({field}), no such event"
    return f"no dated event, no post {field}"


def _merge_keyword_sets(sets: list[set[str]]) -> list[set[str]]:
    """Join gold posts of one person whose keyword sets share a keyword (one real post)."""
    merged: list[set[str]] = []
    for ks in sets:
        touching = [m for m in merged if m & ks]
        union = set(ks).union(*touching)
        merged = [m for m in merged if not m & ks] + [union]
    return merged


def country_figures(golds: dict[str, dict[str, Any]], recs: dict[str, dict[str, Any]], db: Path) -> dict[str, Any]:
    """Share of gold persons with a country whose system entity carries it (extract output, store list)."""
    from dateline.store.db import Store
    from dateline.store.queries import find_people

    total = right = 0
    wanted: dict[str, str] = {}
    missing: list[str] = []
    for stem, gold in golds.items():
        rec = recs.get(stem)
        for p in gold.get("persons", []):
            ent = _gold_entity(gold, rec, p["key"]) if rec else None
            if not p.get("country") or ent is None:
                continue
            total += 1
            right += ent.get("country") == p["country"]
            if ent.get("country") != p["country"]:
                missing.append(f"{stem}:{p['key']} {ent.get('country')}")
            wanted.setdefault(ent["id"], p["country"])
    with Store.reader(db) as store:
        listed = {p["id"]: p["country"] for p in find_people(store, limit=10000)}
    in_list = [gid for gid in wanted if gid in listed]
    list_right = sum(1 for gid in in_list if listed[gid] == wanted[gid])
    return {"extract": round(right / total, 3) if total else 1.0, "n": total,
            "people_list": round(list_right / len(in_list), 3) if in_list else 1.0, "n_list": len(in_list),
            "wrong": missing,
            "list_wrong": [f"{gid} {listed[gid]} (gold {wanted[gid]})" for gid in in_list if listed[gid] != wanted[gid]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pred", type=Path, help="an extract --jsonl output of the dev pages (default: extract now)")
    ap.add_argument("--verbose", action="store_true", help="list wrong and missed links, wrong countries")
    ap.add_argument("--pages", action="store_true",
                    help="also ingest the pages as 'dateline ingest' does (batches of files) and measure that store")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred
        if pred is None:
            pred = Path(tmp) / "dev.jsonl"
            extract(dev_inputs(), pred)
        golds, recs = load(pred)
        db = Path(tmp) / "dev.db"
        ingest(pred, db)
        empty = occurrence_figures(golds, recs, {})
        base = occurrence_figures(golds, recs, baseline_occurrences(recs))
        run = occurrence_figures(golds, recs, jsonl_occurrences(recs))
        stored = occurrence_figures(golds, recs, store_occurrences(db, recs))
        careers = career_figures(golds, recs, db)
        countries = country_figures(golds, recs, db)
        paged = None
        if args.pages:
            page_db = Path(tmp) / "pages.db"
            ingest_pages(dev_inputs(), page_db)
            paged = (occurrence_figures(golds, recs, store_occurrences(page_db, recs)),
                     career_figures(golds, recs, page_db), country_figures(golds, recs, page_db))
    print(f"{'occurrence links':34s} {'P':>6s} {'R link':>7s} {'R all':>7s} {'links':>6s} {'unjudged':>8s}")
    for name, f in (("empty", empty), ("baseline: same type and actor ids", base),
                    ("extract --jsonl", run), ("store after ingest", stored)):
        print(f"{name:34s} {f['P']:6.3f} {f['R_linking']:7.3f} {f['R_all']:7.3f} {f['links']:6d} {f['unjudged']:8d}")
    if paged is not None:
        f = paged[0]
        print(f"{'store after ingesting the pages':34s} {f['P']:6.3f} {f['R_linking']:7.3f} {f['R_all']:7.3f} "
              f"{f['links']:6d} {f['unjudged']:8d}")
    print(f"gold pairs {run['gold_pairs']}, both events found {run['gold_pairs_found']}")
    print(f"careers: {careers['rows_per_post']:.3f} rows per real post ({careers['rows']} rows, "
          f"{careers['real_posts']} posts); dated appointments/departures right {careers['dates_right']:.3f} "
          f"of {careers['dated']}")
    print(f"countries: extract {countries['extract']:.3f} of {countries['n']}; "
          f"people list {countries['people_list']:.3f} of {countries['n_list']}")
    if paged is not None:
        print(f"pages ingested: careers {paged[1]['rows_per_post']:.3f} rows per real post, dated right "
              f"{paged[1]['dates_right']:.3f}; countries in the people list {paged[2]['people_list']:.3f} "
              f"of {paged[2]['n_list']}")
    if args.verbose:
        for label, f in (("extract", run), ("store", stored)):
            print(f"{label} wrong links: {f['wrong']}\n{label} missed links, both events found: {f['missed']}")
        print(f"gold pairs missed as an event was not found ({len(run['unfound'])}): {run['unfound']}")
        print("most rows per post:", careers["worst"])
        for cls, items in careers["date_misses"].items():
            print(f"career dates missed, {cls} ({len(items)}): {items}")
        print("wrong countries:", countries["wrong"])
        print("wrong countries in the people list:", countries["list_wrong"])
    if not args.no_record:
        keep = ("P", "R_linking", "R_all", "links", "unjudged", "gold_pairs", "gold_pairs_found")
        record("consolidate", rows={
            "occurrences": {name: {k: f[k] for k in keep} for name, f in
                            (("empty", empty), ("baseline", base), ("extract", run), ("store", stored))},
            "careers": {k: careers[k] for k in ("rows_per_post", "rows", "real_posts", "dates_right", "dated")},
            "countries": {k: countries[k] for k in ("extract", "n", "people_list", "n_list")},
            **({"pages": {"occurrences": {k: paged[0][k] for k in keep},
                          "careers": {k: paged[1][k] for k in ("rows_per_post", "dates_right")},
                          "countries": {k: paged[2][k] for k in ("people_list", "n_list")}}} if paged else {}),
        })


if __name__ == "__main__":
    main()
