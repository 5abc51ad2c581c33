"""Persons CheckList: invented sentences, each with every person it names and nothing else.

Usage (from the repository root)::

    PYTHONPATH=src python bench/checklists/run_persons.py [persons.jsonl] [-v]

Each line of ``persons.jsonl`` is ``{"text", "persons": ["Full Name", ...]}``. About half the rows name things a
tagger may take for people (products, teams, bands, ships, storms, racehorses, awards, laws and buildings named
after people, eponymous adjectives, mascots, brand characters) and the other half people that must be kept
(mononyms, particles and hyphens, names from every region, after a dateline, in lists and captions, women's names
that are also words, initials). Every row is extracted as one document; a system PERSON entity matches a gold name
when, after case-folding, one of its names (name or alias) equals the gold name or one is a word-boundary prefix or
suffix of the other. Prints one line per row with a missed or spurious person (every row with ``-v``), then
persons P/R/F1 over all rows.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from extraction import extract_texts

HERE = Path(__file__).resolve().parent


def extract(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run ``dateline extract`` on the rows, one document each, in order."""
    return [doc or {"entities": []} for doc in extract_texts([row["text"] for row in rows])]


def words(name: str) -> list[str]:
    """The case-folded words of a name, punctuation apart from letters dropped."""
    return re.findall(r"\w+", name.casefold())


def same(a: str, b: str) -> bool:
    """Whether two names match: equal, or one a word-boundary prefix or suffix of the other."""
    x, y = words(a), words(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    return long_[:len(short)] == short or long_[-len(short):] == short


def persons(doc: dict[str, Any]) -> list[list[str]]:
    """The names (name first, then aliases) of each PERSON entity of a document."""
    ents = doc.get("entities") or []
    if isinstance(ents, dict):
        ents = list(ents.values())
    return [[e.get("name") or ""] + list(e.get("aliases") or []) for e in ents if e.get("type") == "PERSON"]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    path = next((Path(a) for a in argv if not a.startswith("-")), HERE / "persons.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp_p = n_p = tp_r = n_r = 0
    for n, (row, doc) in enumerate(zip(rows, extract(rows)), 1):
        gold, system = row["persons"], persons(doc)
        found = [g for g in gold if any(same(g, s) for names in system for s in names)]
        right = [names for names in system if any(same(g, s) for g in gold for s in names)]
        spurious = [names[0] for names in system if names not in right]
        missed = [g for g in gold if g not in found]
        tp_r, n_r = tp_r + len(found), n_r + len(gold)
        tp_p, n_p = tp_p + len(right), n_p + len(system)
        if verbose or missed or spurious:
            print(f"{n:3d} {row['text'][:110]}")
            for name in missed:
                print(f"      MISSED {name}")
            for name in spurious:
                print(f"      SPURIOUS {name}")
    p = tp_p / n_p if n_p else 1.0
    r = tp_r / n_r if n_r else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"rows {len(rows)}  gold persons {n_r}  system persons {n_p}  P={p:.3f} ({tp_p}/{n_p})"
          f"  R={r:.3f} ({tp_r}/{n_r})  F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
