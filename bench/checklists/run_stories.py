"""Story CheckList: invented whole news pages, each with the gold a blind annotator would write.

Usage (from the repository root)::

    PYTHONPATH=src python bench/checklists/run_stories.py [--scorer PATH] [--keep OUT.jsonl] [--verbose]

``stories/`` holds pages in the flattened-page format (``NAME.txt``: site, navigation, title, date, byline,
paragraphs, footer) in many styles (wire, diplomacy, court, appointment, sanctions, protest, feature, analysis,
opinion, explainer with a timeline, fact-check, obituary, live blog, quotes, local politics, election), and
``NAME.gold.json`` in the gold format of OUTPUT.md section 7, labelled by OUTPUT.md and data/events/GUIDE.md
before the system was run on them. What whole pages add to single-sentence CheckLists: background paragraphs,
quotes, analysis, pronouns and several dates in one page.

Every page is extracted with ``dateline extract --jsonl`` and the output scored with the shared scorer
(``score.py --gold stories``; default ``../shared/tools/score.py`` beside the repository). Prints the scorer's
figures (events P/R/F1, dates, roles, persons, positions); ``--verbose`` adds its per-page misses and spurious
events. ``--keep`` writes the extraction output to a file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
SCORER = HERE.parents[1].parent / "shared" / "tools" / "score.py"


def extract(pages: list[Path], out: Path) -> None:
    """Run ``dateline extract --jsonl`` on the pages, writing its output to ``out``."""
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([sys.executable, "-m", "dateline.cli", "extract", "--jsonl", *map(str, pages)],
                       stdout=sink, stderr=subprocess.DEVNULL, check=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scorer", type=Path, default=SCORER, help="path of score.py (default: %(default)s)")
    parser.add_argument("--keep", type=Path, help="also write the extraction output here")
    parser.add_argument("--verbose", action="store_true", help="print the scorer's per-page details")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"scorer not found: {args.scorer} (give --scorer)", file=sys.stderr)
        return 2
    pages = sorted(STORIES.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "stories.jsonl"
        extract(pages, out)
        command = [sys.executable, str(args.scorer), "--gold", str(STORIES), str(out)]
        if args.verbose:
            command.append("--verbose")
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
