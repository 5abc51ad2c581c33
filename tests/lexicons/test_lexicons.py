"""Every lexicon entry's examples must fire it and its near misses must not: the lexicons test themselves."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from spacy.matcher import Matcher

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.events import find_events
from dateline.errors import LexiconError
from dateline.lexicons import load, load_table

TRIGGERS = load("event_triggers")
TITLES = load("titles")


@pytest.mark.parametrize("name", ["event_triggers", "titles"])
def test_jsonl_lexicons_load_sorted_and_unique(name: str) -> None:
    try:
        entries = load(name)
    except LexiconError:
        pytest.fail(f"{name} does not follow the lexicon schema")
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", ["states", "orgs"])
def test_tsv_lexicons_have_three_letter_codes(name: str) -> None:
    for row in load_table(name):
        assert len(row[1]) == 3 and row[1].isupper(), row


def test_month_names_are_lower_case_months_of_a_language() -> None:
    rows = load_table("month_names")
    for english in (True, False):  # each name once in English, and once among the other languages
        names = [row[0] for row in rows if (row[2] == "en") == english]
        assert names and len(names) == len(set(names))
    assert {int(row[1]) for row in rows if row[2] == "en"} == set(range(1, 13))
    for name, month, language in rows:
        assert name == name.lower() and 1 <= int(month) <= 12 and len(language) == 2, (name, month, language)


def test_malformed_lexicon_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.lexicons as lex

    monkeypatch.setattr(lex, "_text", lambda filename: '{"id": "x", "label": "POST"}\n')
    lex.load.cache_clear()
    try:
        with pytest.raises(LexiconError) as err:
            lex.load("broken")
        assert err.value.code == "L001"
        assert "broken.jsonl line 1" in err.value.message
    finally:
        lex.load.cache_clear()


@pytest.mark.parametrize("entry", TRIGGERS, ids=[e["id"] for e in TRIGGERS])
def test_trigger_examples_fire_and_near_misses_do_not(nlp, entry) -> None:  # type: ignore[no-untyped-def]
    for sentence in entry["examples"]:
        assert entry["id"] in _fired(nlp, sentence), f"{entry['id']} did not fire on: {sentence}"
    for sentence in entry.get("not", []):
        assert entry["id"] not in _fired(nlp, sentence), f"{entry['id']} fired on near miss: {sentence}"


def _fired(nlp, sentence: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The trigger entries that yield an event (arguments and constraints included) on one sentence."""
    doc = nlp(sentence)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    return {found.trigger.entry_id for found in find_events(0, doc, nlp, actors, {}, model=None)}


@pytest.mark.parametrize("entry", TITLES, ids=[e["id"] for e in TITLES])
def test_title_examples_match(nlp, entry) -> None:  # type: ignore[no-untyped-def]
    matcher = Matcher(nlp.vocab)
    matcher.add(entry["id"], [entry["pattern"]])
    for sentence in entry["examples"]:
        assert matcher(nlp(sentence)), f"{entry['id']} did not match: {sentence}"


@pytest.mark.parametrize("entry", [e for e in TITLES if e["not"]], ids=[e["id"] for e in TITLES if e["not"]])
def test_title_near_misses_match_the_head_but_give_no_post(nlp, entry) -> None:  # type: ignore[no-untyped-def]
    """Each ``not`` sentence holds the title's head word (the matcher fires) yet the post finder gives no post of it."""
    matcher = Matcher(nlp.vocab)
    matcher.add(entry["id"], [entry["pattern"]])
    for sentence in entry["not"]:
        assert matcher(nlp(sentence)), f"{entry['id']}: near miss without the title's head word: {sentence}"
        assert entry["id"] not in _posts(nlp, sentence), f"{entry['id']} gave a post in near miss: {sentence}"


def test_the_post_finder_gives_posts_of_title_examples(nlp) -> None:  # type: ignore[no-untyped-def]
    """The title near-miss test is not vacuous: the same finder turns a title example into a post of its entry."""
    assert _posts(nlp, "Polish Ambassador to Nigeria Marek Nowak saw him off.") == {"post.ambassador"}
    assert _posts(nlp, "Brazilian President Ana Moreira met Kofi Asante.") == {"post.president"}


def test_events_doc_is_generated_from_the_lexicon() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "scripts" / "make_events_doc.py"), "--check"], cwd=root)
    assert done.returncode == 0, "docs/events.md is stale: run python scripts/make_events_doc.py"


_CONSTRAINTS = re.compile(r"^(req|requires)$|\.spec$")
"""How the annotate code names a trigger's ``requires`` mapping: ``req`` in the matcher, ``trig.spec`` later."""


def _constraints_the_code_reads() -> set[str]:
    """Every constant key the annotate package reads from a ``requires`` mapping (``.get(k)``, ``k in``, ``[k]``) or
    checks through a table keyed by requirement (a dict literal named ``*_CHECKS``, as ``requirements.FLAG_CHECKS``)."""
    import dateline.annotate

    keys: set[str] = set()
    for path in Path(dateline.annotate.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and _CONSTRAINTS.search(ast.unparse(node.func.value))):
                keys.add(node.args[0].value)
            elif (isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant)
                  and isinstance(node.ops[0], ast.In) and _CONSTRAINTS.search(ast.unparse(node.comparators[0]))):
                keys.add(node.left.value)
            elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
                  and _CONSTRAINTS.search(ast.unparse(node.value))):
                keys.add(node.slice.value)
            elif (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                  and node.target.id.endswith("_CHECKS") and isinstance(node.value, ast.Dict)):
                keys.update(k.value for k in node.value.keys if isinstance(k, ast.Constant))
    return keys


def test_trigger_requirements_are_all_implemented() -> None:
    """Every constraint a trigger entry names is read by the event code, and the code reads none that no entry names."""
    from dateline.annotate.requirements import REQUIREMENTS

    read = _constraints_the_code_reads()
    for entry in TRIGGERS:
        unknown = set(entry.get("requires", {})) - read
        assert not unknown, f"{entry['id']} requires {unknown}, which the event code never reads"
    named = {key for entry in TRIGGERS for key in entry.get("requires", {})}
    assert not read - named, f"the event code checks {read - named}, which no trigger entry names"
    assert REQUIREMENTS == read, f"requirements.REQUIREMENTS differs from the code: {REQUIREMENTS ^ read}"


def _title_words(entry: dict[str, object]) -> set[str]:
    """The lower-cased words a title entry's pattern accepts (its heads)."""
    words: set[str] = set()
    for tok in entry["pattern"]:  # type: ignore[attr-defined]
        spec = tok.get("LOWER")
        words.update(spec.get("IN", ()) if isinstance(spec, dict) else [spec] if isinstance(spec, str) else [])
    return words


def _posts(nlp, sentence: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The title entries whose head words name a post the post finder gives in one sentence."""
    from dateline.annotate.posts import find_posts

    doc = nlp(sentence)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    found = find_posts(0, Unit(doc, "body"), actors)
    said = {w.lower() for post in found for w in post.title_text.replace("-", " ").split()}
    said |= {post.title_text.lower() for post in found}
    return {entry["id"] for entry in TITLES if _title_words(entry) & said}
