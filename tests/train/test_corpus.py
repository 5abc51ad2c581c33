"""The labelled event corpus: the checker refuses what the guide forbids, and the corpus in the repository passes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.train.corpus import CorpusError, parse_line, read
from measured import have_measured, measured_runs, word_runs

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"id": "t-0001", "text": "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.",
        "topic": "diplomacy", "events": [{"trigger": "met", "type": "CONSULT", "mode": None, "factuality": "asserted",
                                          "source": [{"text": "William Ruto", "state": "KEN"}],
                                          "target": [{"text": "Samia Suluhu Hassan", "state": "TZA"}],
                                          "participants": [], "time": "on Monday"}]}


def test_a_good_line_gives_offsets_of_trigger_and_arguments() -> None:
    sent = parse_line(GOOD, "x:1")
    m = sent.mentions[0]
    assert sent.text[m.start:m.end] == "met" and m.is_event
    assert sent.text[m.source[0].start:m.source[0].end] == "William Ruto" and m.source[0].state == "KEN"


@pytest.mark.parametrize("change, reason", [
    ({"trigger": "visited"}, "not in the sentence"),
    ({"type": "MEET"}, "is not one of the 20 types"),
    ({"factuality": "maybe"}, "factuality"),
    ({"source": [{"text": "Ruto", "state": "Kenya"}]}, "not an ISO3 code"),
    ({"time": "on Tuesday"}, "not in the sentence"),
])
def test_a_bad_mention_is_refused_with_its_place(change: dict[str, object], reason: str) -> None:
    bad = json.loads(json.dumps(GOOD))
    bad["events"][0].update(change)
    with pytest.raises(CorpusError, match=reason) as err:
        parse_line(bad, "f.jsonl:7")
    assert "f.jsonl:7" in str(err.value)


def test_the_second_occurrence_of_a_word_can_be_named() -> None:
    line = {"id": "t-2", "text": "He said he would go.", "events": [
        {"trigger": "go", "type": "CONSULT", "factuality": "hypothetical", "source": [{"text": "he", "occurrence": 1}]}]}
    assert parse_line(line, "x").mentions[0].source[0].start == 8


def test_the_corpus_in_the_repository_is_valid_large_and_a_third_without_events() -> None:
    sentences = list(read([ROOT / "data" / "events" / "sentences"]))
    assert len(sentences) >= 4000
    without = sum(1 for s in sentences if not any(m.is_event for m in s.mentions))
    assert without / len(sentences) >= 1 / 3
    assert {m.type for s in sentences for m in s.mentions if m.is_event} >= {"CONSULT", "ASSAULT", "APPOINT", "AWARD"}


def test_agreement_is_one_with_itself_and_counts_a_type_change() -> None:
    from dateline.train.corpus import agreement

    first = [parse_line(GOOD, "x")]
    assert agreement(first, first)["type_F1"] == 1.0
    other = json.loads(json.dumps(GOOD))
    other["events"][0]["type"] = "SUPPORT"
    result = agreement(first, [parse_line(other, "y")])
    assert result["span_F1"] == 1.0 and result["type_F1"] == 0.0


def test_the_checker_answers_help_and_refuses_a_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    from dateline.train.corpus import main

    assert main(["--help"]) == 0 and "usage:" in capsys.readouterr().out
    assert main(["no/such/corpus.jsonl"]) == 2 and "no such file" in capsys.readouterr().err


def test_accepting_a_resignation_is_the_dismissal_alone() -> None:
    """GUIDE.md (r11m): in "accepted the resignation of X" the event is the resignation (DISMISS); "accepted" is no
    agreement to code, so no sentence of the corpus may label it an asserted AGREE."""
    sentences = list(read([ROOT / "data" / "events" / "sentences"]))
    wrong = [s.id for s in sentences for m in s.mentions
             if m.trigger == "accepted" and m.type == "AGREE" and m.is_event
             and any(r.type == "DISMISS" and r.trigger.startswith("resignation") for r in s.mentions)]
    assert wrong == []
    assert sum(1 for s in sentences for m in s.mentions if m.trigger == "resignation" and m.type == "DISMISS") >= 5


@pytest.mark.skipif(not have_measured(), reason="needs ../shared beside the repository")
def test_no_training_sentence_shares_six_words_with_a_measured_page_or_benchmark_sentence() -> None:
    """The corpus trains the model that the dev pages (under cross-validation) and PLOVER's gold sentences measure:
    a sentence written from one of them would measure memory, not generalisation (data/events/README.md, last
    section: such sentences are set aside)."""
    measured = measured_runs()
    shared = [s.id for s in read([ROOT / "data" / "events" / "sentences"]) if word_runs(s.text) & measured]
    assert not shared
