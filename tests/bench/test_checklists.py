"""The CheckLists of ``bench/checklists/``: every file is well formed (a row the runners would misread fails here, not
in a long run), the runners' matching rules hold on made-up system output, and one runner runs end to end (slow)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dateline.model import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "bench" / "checklists"
STATE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _runner(name: str) -> ModuleType:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))  # the runners import extraction.py beside them, as scripts do
    spec = importlib.util.spec_from_file_location(f"checklist_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["triggers.tsv", "near_misses.tsv"])
def test_trigger_lists_hold_a_type_or_none_and_one_sentence(name: str) -> None:
    rows = _runner("run").load(HERE / name)
    assert len(rows) > 200
    assert {kind for kind, _ in rows} <= set(EVENT_TYPES) | {"NONE"}
    assert all(sentence.strip() and "\t" not in sentence for _, sentence in rows)


@pytest.mark.parametrize("name", ["dates.jsonl", "dates2.jsonl"])
def test_date_lists_give_each_event_an_interval(name: str) -> None:
    for story in _rows(name):
        assert story["text"].strip() and story["events"], story
        for event in story["events"]:
            assert event["type"] in EVENT_TYPES and event["start"] <= event["end"], story


def test_argument_list_names_each_side_by_a_name_or_a_state_code() -> None:
    rows = _rows("arguments.jsonl")
    assert len(rows) > 150
    for story in rows:
        for event in story["events"]:
            assert event["type"] in EVENT_TYPES
            for actor in event["source"] + event["target"]:
                assert actor.strip() and (actor in story["text"] or (len(actor) == 3 and set(actor) <= set(STATE))), \
                    (actor, story["text"])


def test_place_list_names_each_side_by_a_name_or_a_state_code() -> None:
    rows = _rows("places.jsonl")
    assert len(rows) >= 15
    for story in rows:
        for event in story["events"]:
            assert event["type"] in EVENT_TYPES
            for actor in event["source"] + event["target"]:
                assert actor in story["text"] or (len(actor) == 3 and set(actor) <= set(STATE)), (actor, story["text"])


def test_person_list_names_only_written_people() -> None:
    for row in _rows("persons.jsonl"):
        assert all(name in row["text"] for name in row["persons"]), row


def test_every_story_page_has_its_gold() -> None:
    pages = sorted((HERE / "stories").glob("*.txt"))
    assert len(pages) >= 15
    for page in pages:
        gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
        assert gold["events"] and all(event["type"] in EVENT_TYPES for event in gold["events"]), page.name


def test_argument_runner_pairs_right_actors_first_and_swaps_only_symmetric_sides() -> None:
    run = _runner("run_arguments")
    doc = {"entities": [{"id": "e:a", "name": "Ana Ruiz", "country": "PER"}, {"id": "g:chl", "name": "Chile",
                                                                             "country": "CHL"}],
           "events": [{"type": "ACCUSE", "source": ["g:chl"], "target": ["e:a"]},
                      {"type": "ACCUSE", "source": ["e:a"], "target": ["g:chl"]},
                      {"type": "CONSULT", "source": ["g:chl"], "target": ["e:a"]}]}
    expected = [{"type": "ACCUSE", "source": ["Ana Ruiz"], "target": ["CHL"]},
                {"type": "CONSULT", "source": ["Ana Ruiz"], "target": ["CHL"]},
                {"type": "ACCUSE", "source": ["PER"], "target": ["Ana Ruiz"]}]
    pairs, free = run.pair(expected, doc)
    assert pairs == [(0, 1, True), (1, 2, True), (2, 0, False)] and free == []


def test_person_runner_matches_a_name_by_its_word_boundary_ends() -> None:
    same = _runner("run_persons").same
    assert same("Ana Ruiz", "Ruiz") and same("Ana María Ruiz", "Ana María")
    assert not same("Ana Ruiz", "Ruizo") and not same("Ana Ruiz", "María")


@pytest.mark.slow
def test_trigger_runner_runs_on_a_file_of_its_own(tmp_path: Path) -> None:
    rows = tmp_path / "two.tsv"
    rows.write_text("# two rows\nCOERCE\tKenyan police arrested opposition leader Ana Wanjiru in Nairobi on Monday.\n"
                    "NONE\tThe Kenyan ferry usually leaves Mombasa on Fridays.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(HERE / "run.py"), "--file", str(rows), "--all"], capture_output=True,
                          text=True, timeout=300, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "hits 1/1  misses 0  false alarms 0/1" in done.stdout, done.stdout
