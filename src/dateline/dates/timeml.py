"""Write the temporal expressions of a text as TimeML TIMEX3 records, split the way TimeML annotates them."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from typing import Any

from dateline.dates.find import find_timexes
from dateline.dates.normalize import range_ends, timex3_value
from dateline.dates.tense import clause_tense
from dateline.model import Timex, TimexParts

LOGGER = logging.getLogger(__name__)


def _timeml_pieces(t: Timex) -> list[Timex]:
    """Split a Timex the way TimeML annotates it: a range is two timexes, "a month earlier" a duration.

    TimeML marks "earlier"/"later"/"from now" as signals outside the timex and reads the rest as a
    duration; "from now" keeps "now" as a timex of its own.
    """
    ends = range_ends(t)
    if ends is not None:
        return list(ends)
    p = t.parts
    if p.dir is not None and p.num is not None and p.num != "X":
        match = re.match(r"(.*?)\s+(earlier|later|before|after|previously|prior|afterwards?|from\s+now|hence)$",
                         t.text, re.IGNORECASE | re.DOTALL)
        if match and match.group(2).lower() != "ago":
            core = replace(t, end=t.start + len(match.group(1)), text=match.group(1), kind="duration",
                           anaphoric=False)
            pieces = [core]
            if match.group(2).lower().endswith("now"):
                now_start = t.start + match.start(2) + match.group(2).lower().rindex("now")
                pieces.append(Timex(now_start, now_start + 3, "now", "date", "date.present", TimexParts(ref="PRESENT_REF")))
            return pieces
    return [t]


def timeml_records(text: str, dct: date) -> list[dict[str, Any]]:
    """Return every temporal expression of a text as a TIMEX3-style record (start, end, text, type, value)."""
    records = []
    for found in find_timexes(text):
        tense = clause_tense(text, found.start, found.end)
        for t in _timeml_pieces(found):
            records.append({"start": t.start, "end": t.end, "text": t.text, "type": t.kind.upper(),
                            "value": timex3_value(t, dct, tense), "rule": t.rule})
    return records
