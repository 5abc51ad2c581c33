"""Events benchmark: dev pages (all 36, the 24 new ones apart), detection by sentence, PLOVER gold sentences.

One command gives every figure the event issues ask for::

    .venv/bin/python bench/events.py                 # the shipped model
    .venv/bin/python bench/events.py --cv 5          # + dev pages 5-fold by page: the model retrained without them

* ``score.py`` on the dev pages (events, dates, roles), all 36 and d11-d34 apart.
* Detection on the dev pages: a required gold event is found when a system event of its type has
  its evidence in one of the gold event's sentences (``../shared/resources/dev_event_sentences.json``);
  a system event is false when its sentence holds no gold event of its type, required or optional.
* ``score_plover_gsr.py`` on PLOVER's gold sentences (in scope), with its keyword baseline.
* ``--cv K``: the dev pages split in K folds by page; for each fold the event model is retrained on
  the corpus plus the other folds' pages and the fold is extracted with it; the folds' outputs are
  scored together.

Figures are appended to ``bench/results.jsonl`` (``--no-record`` to skip).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_SENTENCES = SHARED / "resources" / "dev_event_sentences.json"
NEW_PAGES = {f"d{i:02d}" for i in range(11, 35)}
PYTHON = sys.executable


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def dev_inputs() -> list[Path]:
    """Every annotated dev page: the two seeds and ``corpus/dev``."""
    return sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "dev").glob("*.txt"))


def extract(paths: list[Path], out: Path, env: dict[str, str] | None = None) -> None:
    """Run ``dateline extract --jsonl`` on ``paths`` into ``out``."""
    with open(out, "w", encoding="utf8") as f:
        subprocess.run([PYTHON, "-m", "dateline.cli", "extract", "--jsonl", *map(str, paths)], stdout=f,
                       stderr=subprocess.DEVNULL, check=False, env={**os.environ, **(env or {})})


def score_dev(pred: Path, only: set[str] | None = None) -> dict[str, float]:
    """``score.py`` figures (events F1/P/R, dates F1, roles) on all pages or the stems in ``only``."""
    gold = SHARED / "gold" / "dev"
    with tempfile.TemporaryDirectory() as tmp:
        if only is not None:
            for g in gold.glob("*.gold.json"):
                if g.name.split(".")[0] in only:
                    os.symlink(g, Path(tmp) / g.name)
            gold = Path(tmp)
        text = subprocess.run([PYTHON, str(SHARED / "tools" / "score.py"), "--gold", str(gold), str(pred)],
                              capture_output=True, text=True, check=False).stdout
    out: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r"(events|dates)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line)
        if m:
            out.update({f"{m[1]}_P": float(m[2]), f"{m[1]}_R": float(m[3]), f"{m[1]}_F1": float(m[4])})
        m = re.match(r"roles\s+(\d+)/(\d+)", line)
        if m:
            out["roles"] = int(m[1]) / max(1, int(m[2]))
    return out


def detection(pred: Path, only: set[str] | None = None) -> dict[str, float]:
    """Sentence-level detection: recall of required gold events, precision of system events (see module doc)."""
    gold = json.loads(DEV_SENTENCES.read_text(encoding="utf8"))
    docs: dict[str, list[dict[str, Any]]] = {}
    for line in pred.read_text(encoding="utf8").splitlines():
        d = json.loads(line)
        stem = Path((d.get("source") or {}).get("path") or (d.get("source") or {}).get("url") or "").name
        docs[stem] = d.get("events") or []
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    tp_r = n_r = tp_p = n_p = 0
    for stem, golds in by_doc.items():
        if only is not None and stem.split(".")[0].split("_")[0] not in only and stem.split(".")[0] not in only:
            continue
        sys_events = [(e["type"], _norm((e.get("evidence") or {}).get("text") or "")) for e in docs.get(stem, [])]

        def holds(sentence: str, g: dict[str, Any]) -> bool:
            return any(_norm(ev) and (_norm(ev) in sentence or sentence in _norm(ev)) for ev in g["evidence"])

        for g in golds:
            if g["optional"]:
                continue
            n_r += 1
            tp_r += any(t == g["type"] and s and holds(s, g) for t, s in sys_events)
        for t, s in sys_events:
            n_p += 1
            tp_p += any(g["type"] == t and s and holds(s, g) for g in golds)
    p, r = tp_p / max(1, n_p), tp_r / max(1, n_r)
    return {"det_P": p, "det_R": r, "det_F1": 2 * p * r / (p + r) if p + r else 0.0}


def score_plover(pred: Path) -> dict[str, float]:
    """``score_plover_gsr.py`` in scope: type F1 and type + actors F1, system and keyword baseline."""
    text = subprocess.run([PYTHON, str(SHARED / "tools" / "score_plover_gsr.py"), str(pred), "--baseline"],
                          capture_output=True, text=True, check=False).stdout
    out: dict[str, float] = {}
    for line in text.splitlines():
        cells = line.split()
        if line.startswith("keyword baseline"):
            out["plover_baseline_type_F1"], out["plover_baseline_strict_F1"] = float(cells[5]), float(cells[9])
        m = re.match(r"score: type_F1=([\d.]+) strict_F1=([\d.]+)", line)
        if m:
            out["plover_type_F1"], out["plover_strict_F1"] = float(m[1]), float(m[2])
    return out


def cross_validate(k: int, workdir: Path) -> Path:
    """Extract each fold of dev pages with a model trained without it; return the joined output."""
    pages = dev_inputs()
    joined = workdir / "dev_cv.jsonl"
    # one process parses the corpus and the pages once and writes every fold's model (dateline.train.events)
    subprocess.run([PYTHON, "-m", "dateline.cli", "train", "events", "--out", str(workdir), "--folds", str(k)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(joined, "w", encoding="utf8") as out:
        for fold in range(k):
            held = [p for i, p in enumerate(pages) if i % k == fold]
            model = workdir / f"fold{fold}"
            part = workdir / f"fold{fold}.jsonl"
            extract(held, part, {"DATELINE_EVENT_MODEL": str(model)})
            out.write(part.read_text(encoding="utf8"))
    return joined


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", type=int, default=0, help="also cross-validate the event model by page, K folds")
    ap.add_argument("--workdir", type=Path, help="keep outputs here (default: a temporary folder)")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        dev, gsr = work / "dev.jsonl", work / "gsr.jsonl"
        extract(dev_inputs(), dev)
        extract([SHARED / "bench" / "plover_gsr" / "input.jsonl"], gsr)
        rows: dict[str, dict[str, float]] = {
            "dev 36 pages": {**score_dev(dev), **detection(dev)},
            "dev d11-d34": {**score_dev(dev, NEW_PAGES), **detection(dev, NEW_PAGES)},
        }
        if args.cv:
            cv = cross_validate(args.cv, work)
            rows[f"dev 36, {args.cv}-fold CV"] = {**score_dev(cv), **detection(cv)}
            rows[f"d11-d34, {args.cv}-fold CV"] = {**score_dev(cv, NEW_PAGES), **detection(cv, NEW_PAGES)}
        plover = score_plover(gsr)
    cols = ["events_P", "events_R", "events_F1", "dates_F1", "roles", "det_P", "det_R", "det_F1"]
    print("%-22s " % "pages" + " ".join("%9s" % c for c in cols))
    for name, row in rows.items():
        print("%-22s " % name + " ".join("%9.3f" % row.get(c, float("nan")) for c in cols))
    print("\nPLOVER gold sentences (in scope)   type_F1  type+actors_F1")
    print("  dateline                          %7.3f  %14.3f" % (plover["plover_type_F1"], plover["plover_strict_F1"]))
    print("  keyword baseline                  %7.3f  %14.3f" % (plover["plover_baseline_type_F1"],
                                                                 plover["plover_baseline_strict_F1"]))
    if not args.no_record:
        record("events", rows=rows, plover=plover)
    return 0


if __name__ == "__main__":
    sys.exit(main())
