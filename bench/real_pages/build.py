"""Rebuild the real news pages that ``gold/`` annotates from the WikinewsSum dataset file.

usage: build.py DATASET OUT_DIR

``DATASET`` is ``cleaned_endataset.json`` of the public repository airKlizz/WikinewsSum (commit
1d985031625909c908766812e8a18d0c88116ec8; JSON Lines, one Wikinews story a line with the English news articles it
was written from as ``sources``). The articles' text belongs to their publishers and is not stored here: this script
writes each annotated article to ``OUT_DIR/<set>/<stem>.txt`` as a flattened page (title, outlet, publication date,
a blank line, the article's text, without trailing lists of links to other stories) and ``OUT_DIR/dates.csv`` (path,
publication date) for ``dateline extract --published-dates``. Standard library only.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINK_LINE = re.compile(r"^\(\d{1,2} \w{3} \d{2} \| [^)]*\)\s*$")
"""A trailing link to another story ("(01 Aug 04 | Business )")."""


def _articles(dataset: Path) -> dict[str, str]:
    """Every English source article's text by URL."""
    out: dict[str, str] = {}
    with dataset.open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            for source in story.get("sources") or []:
                if source.get("language") == "en" and source.get("url"):
                    out.setdefault(source["url"], source.get("maintext") or "")
    return out


def _page(row: dict[str, str], text: str) -> str:
    """The flattened page: title, outlet and publication date lines, a blank line, the text without trailing links."""
    lines = text.rstrip().split("\n")
    while lines and LINK_LINE.match(lines[-1]):
        lines.pop()
    day = date.fromisoformat(row["published"])
    return f"{row['title']}\n{row['site']}\n{day.day} {day:%B %Y}\n\n" + "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    dataset, out = Path(argv[0]), Path(argv[1])
    articles = _articles(dataset)
    rows = list(csv.DictReader((HERE / "sources.tsv").open(encoding="utf-8"), delimiter="\t"))
    missing = [r["stem"] for r in rows if r["url"] not in articles]
    if missing:
        print(f"build.py: {len(missing)} articles not in {dataset}: {', '.join(missing)}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    with (out / "dates.csv").open("w", encoding="utf-8") as dates:
        for row in rows:
            page = out / row["set"] / f"{row['stem']}.txt"
            page.parent.mkdir(exist_ok=True)
            page.write_text(_page(row, articles[row["url"]]), encoding="utf-8")
            dates.write(f"{page.resolve()},{row['published']}\n")
    print(f"wrote {len(rows)} pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
