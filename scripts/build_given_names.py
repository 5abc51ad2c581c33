"""Build ``lexicons/given_names.tsv``, the given names whose sex the world's name registers agree on.

usage: python scripts/build_given_names.py WGND.csv [--min-trend 4] > src/dateline/lexicons/given_names.tsv

The source is the World Gender Name Dictionary 1.0 (WGND, Raffo, WIPO 2018,
doi:10.7910/DVN/YPRQH8, CC0 1.0), as its two-column ``NAME,TREND`` release: TREND is the number
of national registers (US SSA, UK ONS, Canada, France, Spain, Sweden, Denmark, WIPO delegate
lists, ...) that give the name as female minus those that give it as male. A name is kept when
it is one word of three letters or more and at least ``--min-trend`` more registers give it one
sex than the other: "Grace" (+7) and "Paul" (-20) are in, "Kim" (+3) and "Nicola" (+2), given to
both sexes across countries, are out. The most common Chinese, Korean and Vietnamese family names
(``FAMILY_NAME_FIRST``) are left out too: written first ("Kang Kyung-wha", "Wang Yi"), they say
nothing of the person's sex, though registers record some of them as given names. ``annotate/posts.py::
gender_of`` reads the table only where the text itself states no gender.
"""

from __future__ import annotations

import argparse
import csv
import sys

FAMILY_NAME_FIRST = frozenset("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
    kim lee park choi jung jeong kang cho yoon jang lim shin yoo ryu hong moon ko oh seo kwon hwang ahn song jeon
    nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
""".split())
"""Family names written first in Chinese, Korean and Vietnamese names (the commonest of each): never a given name."""

HEADER = """# Given names and the sex national name registers give them: name<TAB>f|m (lower case).
# Built by scripts/build_given_names.py (min trend {min_trend}) from the World Gender Name Dictionary 1.0
# (J. Raffo, WIPO, 2018, doi:10.7910/DVN/YPRQH8), released under CC0 1.0 (public domain dedication).
# Chinese, Korean and Vietnamese family names are left out. Read by annotate/posts.py::gender_of only where the
# text states no gender (a title, "Mrs", a pronoun)."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wgnd", help="the WGND 1.0 NAME,TREND csv")
    ap.add_argument("--min-trend", type=int, default=4)
    args = ap.parse_args()
    rows: dict[str, str] = {}
    with open(args.wgnd, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name, trend = row["NAME"].strip().lower(), int(row["TREND"])
            if (len(name) >= 3 and name.isalpha() and abs(trend) >= args.min_trend
                    and name not in FAMILY_NAME_FIRST):
                rows[name] = "f" if trend > 0 else "m"
    print(HEADER.format(min_trend=args.min_trend))
    for name in sorted(rows):
        print(f"{name}\t{rows[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
