"""Cut an article's text into segments that carry its entity mentions and evidence sentences, for escaping templates.

Hand-written rather than built with an HTML highlighter because offsets overlap (a
mention inside an evidence sentence, two facts from one sentence) and every piece of
text must reach the template as a plain string, so autoescaping covers all of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

LOGGER = logging.getLogger(__name__)


@dataclass
class Segment:
    """A run of text with the innermost entity mentioned there and the evidence it belongs to."""

    text: str
    entity: dict[str, Any] | None = None
    evidence: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)


def segments(text: str, mentions: list[tuple[int, int, dict[str, Any]]],
             evidence: list[tuple[int, int, str]]) -> list[Segment]:
    """Split ``text`` at every mention and evidence boundary.

    ``mentions`` are (start, end, entity) and ``evidence`` are (start, end, anchor id);
    spans outside the text are clipped, empty ones dropped. Each evidence anchor is
    attached to the first segment of its sentence.
    """
    n = len(text)
    spans_m = [(max(0, s), min(n, e), ent) for s, e, ent in mentions if 0 <= s < e and s < n]
    spans_e = [(max(0, s), min(n, e), a) for s, e, a in evidence if 0 <= s < e and s < n]
    cuts = sorted({0, n, *(s for s, _, _ in spans_m), *(e for _, e, _ in spans_m),
                   *(s for s, _, _ in spans_e), *(e for _, e, _ in spans_e)})
    out: list[Segment] = []
    placed: set[str] = set()
    for a, b in zip(cuts, cuts[1:]):
        covering = [(e - s, ent) for s, e, ent in spans_m if s <= a and b <= e]
        ents = min(covering, key=lambda c: c[0])[1] if covering else None
        evs = [anc for s, e, anc in spans_e if s <= a and b <= e]
        anchors = [anc for anc in evs if anc not in placed]
        placed.update(anchors)
        out.append(Segment(text[a:b], ents, evs, anchors))
    # evidence whose span was empty or outside the text still gets an anchor to land on
    missing = [anc for _, _, anc in evidence if anc not in placed]
    if missing:
        if out:
            out[0].anchors.extend(missing)
        else:
            out.append(Segment("", None, [], missing))
    return out


def document_segments(doc: dict[str, Any]) -> dict[str, Any]:
    """Return the body's and each caption's segments for a document from ``queries.get_document``."""
    facts = [*doc["events"], *doc["positions"]]

    def for_text(text: str, place: str, caption: int | None) -> list[Segment]:
        ms = [(m["start"], m["end"], e) for e in doc["entities"] for m in e["mentions"]
              if m["in"] == place and (place == "body" or m["caption"] == caption)]
        evs = [(f["evidence"]["start"], f["evidence"]["end"], f["anchor"]) for f in facts
               if f["evidence"]["in"] == place and (place == "body" or f["evidence"]["caption"] == caption)]
        return segments(text, ms, evs)

    return {"body": for_text(doc["body"], "body", None),
            "captions": [for_text(c, "caption", i) for i, c in enumerate(doc["captions"])]}
