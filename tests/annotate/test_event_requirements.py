"""Tests for the ``requires`` checks: ``events._satisfies`` and ``requirements`` (``WORD_CHECKS``, ``FLAG_CHECKS``)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from spacy.language import Language

from dateline.annotate.events import _satisfies
from dateline.annotate.requirements import FLAG_CHECKS, REQUIREMENTS, WORD_CHECKS
from dateline.lexicons import load


def _check(nlp: Language, text: str, word: str, req: dict[str, Any]) -> bool:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return _satisfies(tok, doc[tok.i: tok.i + 1], req)


def test_the_check_tables_name_requirements_once_each() -> None:
    assert not set(WORD_CHECKS) & set(FLAG_CHECKS)
    assert set(WORD_CHECKS) | set(FLAG_CHECKS) <= REQUIREMENTS
    for name, check in [*WORD_CHECKS.items(), *FLAG_CHECKS.items()]:
        assert check.__doc__ and "\n" not in check.__doc__.strip(), name


def test_every_trigger_gives_a_word_list_or_a_true_flag() -> None:
    """The tables tell the two kinds apart: a word list where a flag is due (or the reverse) is a lexicon error."""
    for entry in load("event_triggers"):
        for key, value in entry.get("requires", {}).items():
            if key in WORD_CHECKS:
                assert isinstance(value, list) and value and all(isinstance(w, str) for w in value), entry["id"]
            else:
                assert value is True, entry["id"]


@pytest.mark.parametrize(("text", "word", "req", "ok"), [
    ("Kenya and Tanzania signed a treaty on Monday.", "signed", {"object_any": ["treaty"]}, True),
    ("Kenya and Tanzania signed a treaty on Monday.", "signed", {"object_any": ["order"]}, False),
    ("Kenya summoned the envoy.", "summoned", {"object_not": ["envoy"]}, False),
    ("Kenya summoned the envoy.", "summoned", {"object_diplomat": True}, True),
    ("Kenya summoned the shipment.", "summoned", {"object_diplomat": True}, False),
    ("The minister resigned on Monday.", "resigned", {"needs_object": True}, False),
    ("The minister resigned on Monday.", "resigned", {"needs_object": False}, True),  # a flag set false is not checked
    ("Kenya expelled the ambassador.", "expelled", {"object_person_or_passive": True}, True),  # a title
    ("Kenya expelled the shipment.", "expelled", {"object_person_or_passive": True}, False),
    ("The shipment was expelled.", "expelled", {"object_person_or_passive": True}, True),
    ("The two leaders talked on Monday.", "talked", {"particle": ["with"], "reciprocal": True}, True),
    ("The two leaders talked on Monday.", "talked", {"particle": ["with"]}, False),
    ("It was the country's first missile test.", "test", {}, False),  # told again and judged
    ("It was the country's first missile test.", "test", {"copular_claim": True}, True),
])
def test_a_requirement_is_checked_on_the_parse(nlp: Language, text: str, word: str, req: dict[str, Any],
                                               ok: bool) -> None:
    assert _check(nlp, text, word, req) is ok


def test_the_failing_requirement_is_logged_by_name(nlp: Language, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="dateline.annotate.events"):
        assert not _check(nlp, "Kenya summoned the shipment.", "summoned", {"object_diplomat": True})
    assert "trigger 'summoned' fails requirement object_diplomat" in caplog.text


def test_the_parse_is_read_only_for_an_entry_with_a_check(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Most entries require nothing of the parse: their match is not read for objects and recipients (issue 12)."""
    from dateline.annotate import requirements

    doc = nlp("Lithuania expelled two diplomats on Tuesday.")
    tok = next(t for t in doc if t.lower_ == "expelled")
    built: list[str] = []
    original = requirements._Parse.of
    monkeypatch.setattr(requirements._Parse, "of",
                        lambda tok, span, req: built.append(tok.text) or original(tok, span, req))
    assert _satisfies(tok, doc[tok.i: tok.i + 1], {})
    assert _satisfies(tok, doc[tok.i: tok.i + 1], {"head": 0, "needs_object": False})
    assert not built
    assert _satisfies(tok, doc[tok.i: tok.i + 1], {"needs_object": True})
    assert built == ["expelled"]


def test_the_parse_reads_only_what_the_checks_ask(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check of the trigger's own children builds no objects; objects read twice (their words, then their kinds)
    are found once (issue 12)."""
    from dateline.annotate import requirements

    found: list[str] = []
    original = requirements._objects
    monkeypatch.setattr(requirements, "_objects", lambda tok: found.append(tok.text) or original(tok))
    doc = nlp("The Chilean envoy hit back that the ruling was absurd.")
    tok = next(t for t in doc if t.lower_ == "hit")
    found.clear()  # the pipeline's own event component read the text
    assert _satisfies(tok, doc[tok.i: tok.i + 2], {"spoken": True})
    assert not found
    doc = nlp("Peru summoned the Bolivian ambassador on Friday.")
    tok = next(t for t in doc if t.lower_ == "summoned")
    found.clear()
    assert _satisfies(tok, doc[tok.i: tok.i + 1], {"object_diplomat": True})
    assert found == ["summoned"]
