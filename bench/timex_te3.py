"""Score dateline's temporal tagger on the TempEval-3 platinum set beside an empty output and dateparser.

Predictions are scored with the shared scorer's own matching (``../shared/tools/score_timex.py``:
relaxed = overlapping spans, value F1 = relaxed matches with an equal TIMEX3 value). The dateparser
rows are the stored baseline predictions in ``../shared/bench/tempeval3/``. Prints one table and
appends the numbers to ``bench/results.jsonl``.

Usage: python bench/timex_te3.py [--shared ../shared] [--limit N] [--out PRED.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import time
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from results import record  # bench/results.py, beside this script

from dateline.dates.find import load_rules
from dateline.dates.timeml import timeml_records

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"

Docs = dict[str, list[dict[str, Any]]]


def load_scorer(shared: Path) -> ModuleType:
    """Import the shared scorer script as a module, so its matching is used unchanged."""
    spec = importlib.util.spec_from_file_location("score_timex", shared / "tools" / "score_timex.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(scorer: ModuleType, gold: list[dict[str, Any]], pred: Docs) -> dict[str, float]:
    """Return relaxed P/R/F1 and value F1, micro-averaged as in score_timex.py."""
    n_gold = n_pred = relaxed = value_ok = 0
    for doc in gold:
        text = doc["text"]
        spans = []
        for t in pred.get(doc["doc"], []):
            s, e = scorer.trim(text, t["start"], t["end"])
            if e > s:
                spans.append({"start": s, "end": e, "value": str(t.get("value", ""))})
        pairs = scorer.match(doc["timexes"], spans)
        n_gold += len(doc["timexes"])
        n_pred += len(spans)
        relaxed += len(pairs)
        value_ok += sum(1 for gi, pi, _ in pairs if spans[pi]["value"] == doc["timexes"][gi]["value"])
    p, r, f = scorer.prf(relaxed, n_pred, n_gold)
    value_f1 = (value_ok / relaxed) * f if relaxed else 0.0
    return {"P": p, "R": r, "F1": f, "value_F1": value_f1}


def run_dateline(gold: list[dict[str, Any]]) -> tuple[Docs, float]:
    """Tag every gold document with dateline; return predictions and the seconds it took.

    The rules are compiled once before the clock starts (about a second, once per process).
    """
    load_rules()
    started = time.perf_counter()
    pred = {doc["doc"]: timeml_records(doc["text"], date.fromisoformat(doc["dct"][:10])) for doc in gold}
    return pred, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (tools/, bench/)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents (smoke test)")
    ap.add_argument("--out", type=Path, help="also write dateline's predictions here (JSONL)")
    ap.add_argument("--no-record", action="store_true", help="do not append to bench/results.jsonl")
    args = ap.parse_args()
    scorer = load_scorer(args.shared)
    te3 = args.shared / "bench" / "tempeval3"
    gold = read_jsonl(te3 / "platinum.jsonl")
    if args.limit:
        gold = gold[: args.limit]
    pred, seconds = run_dateline(gold)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for doc_id, timexes in pred.items():
                f.write(json.dumps({"doc": doc_id, "timexes": timexes}) + "\n")
    rows: list[dict[str, Any]] = [
        {"system": "dateline timex", **score(scorer, gold, pred), "docs_per_s": len(gold) / seconds}]
    for name in ("day", "period"):
        path = te3 / f"pred_dateparser_{name}.jsonl.gz"
        if path.exists():
            baseline = {d["doc"]: d.get("timexes") or [] for d in read_jsonl(path)}
            rows.append({"system": f"dateparser search_dates ({name})", **score(scorer, gold, baseline), "docs_per_s": None})
    rows.append({"system": "empty output", **score(scorer, gold, {}), "docs_per_s": None})
    print(f"TempEval-3 platinum: {len(gold)} documents, {sum(len(d['timexes']) for d in gold)} timexes")
    print(f"{'system':34} {'P':>6} {'R':>6} {'F1':>6} {'valF1':>6} {'docs/s':>8}")
    for row in rows:
        speed = f"{row['docs_per_s']:8.1f}" if row["docs_per_s"] else f"{'-':>8}"
        print(f"{row['system']:34} {row['P']:6.3f} {row['R']:6.3f} {row['F1']:6.3f} {row['value_F1']:6.3f} {speed}")
    if not args.no_record and not args.limit:
        record("timex_te3", rows=[{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}
                                  for r in rows])


if __name__ == "__main__":
    main()
