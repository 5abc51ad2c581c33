"""spaCy builds a new Token object at each access, so ``tok.head is tok`` never holds, even at the root: the walks up
the parse compare token indices (annotate/timetable.py, actors.py, arguments.py, dating.py, ...), and a walk that
reaches a root which is not what it looks for stops there instead of climbing forever."""

from __future__ import annotations

import signal

import pytest
from spacy.tokens import Doc

from dateline.annotate.timetable import _dates_its_day


def test_a_root_is_not_its_own_head_object(nlp):
    doc = nlp("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head is not root and root.head.i == root.i  # what the walks must compare


@pytest.fixture()
def two_seconds():
    def expire(*_):
        raise TimeoutError("the walk up the parse did not stop at the root")
    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(2)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_walk_up_date_words_stops_at_a_date_root(nlp, two_seconds):
    # a sentence that is only a date line ("Talks Monday", the date the root): the walk up the date words must end
    doc = Doc(nlp.vocab, words=["Talks", "Monday"], heads=[1, 1], deps=["nsubj", "ROOT"], ents=["O", "B-DATE"])
    assert _dates_its_day(doc[1], doc[0]) is False
