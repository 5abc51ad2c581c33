"""Annotation is linear in a page's length: no function of dateline does more than twice the work on a page twice as long.

Counts, not times (issue 16): the lines each dateline function executes while one page is
parsed (dateline's spaCy components), annotated and resolved, for a page of N and of 2N
names. A function that compares every event, name or time of the page with every other
executes four times the lines on the longer page; linear code, twice.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import TYPE_CHECKING, Any

import dateline
from dateline.model import Document, Source
from dateline.settings import Options

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE = str(Path(dateline.__file__).resolve().parent)

FIRST = ("Ilvaro", "Sanja", "Tomas", "Oda", "Kiran", "Mareth", "Juno", "Petra", "Anselm", "Liva", "Borek", "Edda")
LAST = ("Dettmann", "Korvel", "Vrell", "Lindqvist", "Osterby", "Parnell", "Quist", "Ranholt", "Sadek", "Tovar",
        "Ulven", "Brask", "Hedlund", "Morane", "Falk", "Gorin")
PLACES = ("Pelmora", "Dunvik", "Saltbridge", "Orrin", "Kessa")
STATES = ("Norway", "Chile", "Kenya", "Vietnam", "Peru", "Ghana")
DAYS = ("on Monday", "on Tuesday", "on March 3", "last week", "")
TEMPLATES = (
    ("Foreign Minister {A} met {B} in {P} {D}.", 2),
    ("{A} held talks with President {B} in {P} {D}, the ministry said.", 2),
    ("{A} accused {B} of blocking the agreement {D}.", 2),
    ("{A} was appointed finance minister {D}.", 1),
    ("{a} said he would visit {S} to discuss trade.", 1),
    ("During the talks, {A} pledged support for {S}.", 1),
    ("The government said {D} that {A} had left the country.", 1),
    ("{A} told reporters that the two countries would sign a deal {D}.", 1),
    ("{A} and her counterpart {B} agreed to meet again after the summit.", 2),
    ("{a} and {b} signed the treaty in {P} {D}.", 2),
)


def make_page(names: int, seed: int = 5) -> str:
    """A news page telling ``names`` mentions of invented people, some by surname alone, in short paragraphs."""
    rng = random.Random(seed)
    people = [f"{f} {s}" for f in FIRST for s in LAST]
    rng.shuffle(people)
    people = people[:max(8, names // 4)]
    told: list[str] = []
    paragraphs: list[str] = []
    sentences: list[str] = []
    count = 0
    while count < names:
        template, n = rng.choice(TEMPLATES)
        a, b = rng.sample(people, 2)
        known = told or [a, b]
        sentences.append(template.format(A=a, B=b, a=rng.choice(known).split()[-1], b=rng.choice(known).split()[-1],
                                         P=rng.choice(PLACES), S=rng.choice(STATES), D=rng.choice(DAYS)).replace(" .", "."))
        told += [a, b]
        count += n
        if len(sentences) == 4:
            paragraphs.append(" ".join(sentences))
            sentences = []
    paragraphs.append(" ".join(sentences))
    return "Leaders meet in a busy week\n\n" + "\n\n".join(paragraphs) + "\n"


def _lines_per_function(run: Callable[[], Any]) -> Counter[tuple[str, str, int]]:
    """The lines each function of the dateline package executes during ``run()`` (loop turns included)."""
    counts: Counter[CodeType] = Counter()

    def local(frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            counts[frame.f_code] += 1
        return local

    def calls(frame: FrameType, event: str, _arg: Any) -> Any:
        return local if event == "call" and frame.f_code.co_filename.startswith(PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(previous)
    return Counter({(Path(c.co_filename).name, c.co_name, c.co_firstlineno): n for c, n in counts.items()})


def _annotate_and_resolve(nlp: Language, text: str) -> Callable[[], Any]:
    from dateline.annotate import annotate_documents
    from dateline.pipeline import resolve_run

    doc = Document(source=Source("long.txt"), body=text, published="2025-03-18")
    return lambda: resolve_run(annotate_documents([doc], nlp, Options()))


def test_the_generated_page_has_what_long_pages_have(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text(make_page(60))
    assert len([e for e in doc.entities if e.type == "PERSON"]) >= 10
    assert any(len(e.aliases) for e in doc.entities if e.type == "PERSON")  # a surname told alone joins its person
    assert len(doc.events) >= 15 and any(e.date is not None for e in doc.events)


def test_no_function_grows_faster_than_the_page(nlp: Language) -> None:
    _annotate_and_resolve(nlp, make_page(40))()  # lexicons and models load outside the count
    small = _lines_per_function(_annotate_and_resolve(nlp, make_page(150)))
    large = _lines_per_function(_annotate_and_resolve(nlp, make_page(300)))
    assert sum(large.values()) > 100_000  # the count sees dateline's code
    growth = {f: large[f] / max(small[f], 1) for f in large if large[f] >= 2_000}
    faster = {f"{file}:{line} {name}": round(g, 2) for (file, name, line), g in growth.items() if g > 2.6}
    assert not faster, f"work grew faster than the page (x2) in {faster}"
