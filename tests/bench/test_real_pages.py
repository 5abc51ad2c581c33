"""The real-page benchmark's files agree: every gold file has its source row (same set, same publication date) and
every row its gold, and ``build.py`` writes a page per row from a dataset file in WikinewsSum's format."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "real_pages"


def _rows() -> dict[str, dict[str, str]]:
    with (BENCH / "sources.tsv").open(encoding="utf-8") as f:
        return {r["stem"]: r for r in csv.DictReader(f, delimiter="\t")}


def test_every_gold_file_has_its_source_row_and_every_row_its_gold() -> None:
    rows = _rows()
    golds = {p.name.split(".")[0]: p for p in BENCH.glob("gold/*/*.gold.json")}
    assert set(golds) == set(rows)
    for stem, path in golds.items():
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert path.parent.name == rows[stem]["set"], stem
        assert (gold["published"] or "")[:10] == rows[stem]["published"], stem
        assert gold["events"] is not None and gold["persons"] is not None, stem


def test_build_writes_one_page_per_row(tmp_path: Path) -> None:
    rows = _rows()
    dataset = tmp_path / "cleaned_endataset.json"
    text = "Text of {}.\n(01 Aug 04 | Business )"
    stories = [{"sources": [{"language": "en", "url": r["url"], "maintext": text.format(stem)}]}
               for stem, r in rows.items()]
    dataset.write_text("\n".join(json.dumps(s) for s in stories) + "\n", encoding="utf-8")
    out = tmp_path / "pages"
    done = subprocess.run([sys.executable, str(BENCH / "build.py"), str(dataset), str(out)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    first = next(iter(rows))
    page = (out / rows[first]["set"] / f"{first}.txt").read_text(encoding="utf-8")
    assert page.startswith(rows[first]["title"] + "\n") and page.endswith(f"Text of {first}.\n")
    assert len((out / "dates.csv").read_text(encoding="utf-8").splitlines()) == len(rows)
