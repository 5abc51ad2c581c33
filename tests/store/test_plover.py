"""Test the PLOVER export: every record has what the PLOVER manual requires, and concrete codings are right."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.errors import LexiconError
from dateline.settings import Options
from dateline.store.db import Store
from dateline.store.plover import PloverReport, document_records, event_record, manual, parse_rules, rules, write_plover

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# The PLOVER manual (openeventdata/PLOVER @ 5e0c24f, PLOVER_MANUAL.tex), written out here by hand so that the
# test does not read the exporter's own vocabulary file for what it checks first:
# chapter "Data Fields", table "PLOVER JSON", column "Required?" = Y ...
REQUIRED_FIELDS = ("id", "date", "actor", "event")
# ... and every field name of that table (providers may add fields of their own: dateline's sit under "dateline")
MANUAL_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "event_loc",
                 "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info",
                 "cite_info", "coder", "coded_date", "coded_time", "comment"}
# chapter "Event Categories": the 16 types, and those whose section says "Requires recipient: Yes"
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
# table "Information object for entities"
ENTITY_FIELDS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
                 "office", "gender", "age"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Path:
    """A store with the six example pages ingested through the pipeline."""
    from dateline.ingest import ingest_paths

    db = tmp_path_factory.mktemp("plover") / "examples.db"
    report = ingest_paths(db, [str(EXAMPLES)], Options())
    assert report.documents >= 6
    return db


@pytest.fixture(scope="module")
def exported(examples_db: Path) -> tuple[list[dict[str, Any]], PloverReport]:
    out = io.StringIO()
    with Store.reader(examples_db) as store:
        report = write_plover(store, out)
    return [json.loads(line) for line in out.getvalue().splitlines()], report


def _codes(entities: list[dict[str, Any]]) -> list[str | None]:
    return [e["code"] for e in entities]


def _check(record: dict[str, Any]) -> None:
    """Assert one record follows the manual: required fields, field names, types, modes, contexts, dates."""
    for name in REQUIRED_FIELDS:
        assert record.get(name), f"{record.get('id')}: required field {name!r} missing or empty"
    assert set(record) - {"dateline"} <= MANUAL_FIELDS, set(record) - MANUAL_FIELDS
    assert isinstance(record["id"], str)
    assert ISO_DATE.match(record["date"])
    if "enddate" in record:
        assert ISO_DATE.match(record["enddate"]) and record["enddate"] > record["date"]
    assert len(record["event"]) == 1 and record["event"][0] in PLOVER_TYPES
    event = record["event"][0]
    assert set(record["mode"]) <= set(manual().modes(event)), (event, record["mode"])
    assert set(record["context"]) <= manual().contexts
    if event in NEEDS_RECIPIENT:
        assert record["recipient"], f"{record['id']}: {event} needs a recipient"
    for entity in record["actor"] + record["recipient"]:
        assert set(entity) - {"dateline_id"} <= ENTITY_FIELDS
        assert entity["entity_text"]
        assert entity["code"] is None or re.match(r"^[A-Z]{3}$", entity["code"])
    assert record["text"] and record["cite_info"]["citation"]


def test_the_vocabulary_file_is_the_manuals() -> None:
    assert set(manual().types) == PLOVER_TYPES
    assert set(manual().required) == set(REQUIRED_FIELDS)
    assert {t for t, v in manual().types.items() if v["requires_recipient"]} == NEEDS_RECIPIENT
    assert manual().modes("RETREAT") == ("withdraw", "release", "disarm", "ceasefire", "access", "resign")


def test_every_exported_record_has_what_the_manual_requires(exported: tuple[list[dict[str, Any]], PloverReport]) -> None:
    records, report = exported
    assert len(records) == report.records >= 20
    for record in records:
        _check(record)
    assert len({r["id"] for r in records}) == len(records)


def test_a_meeting_is_a_consult_of_all_its_parties(exported: tuple[list[dict[str, Any]], PloverReport]) -> None:
    """antarctic-research-talks.html: Ferrer (Chile) met Whitcombe (New Zealand); he had arrived in Wellington."""
    records, _ = exported
    antarctic = [r for r in records if r["cite_info"]["citation"].endswith("antarctic-research-talks.html")]
    meeting = next(r for r in antarctic if r["dateline"]["type"] == "CONSULT" and not r["dateline"]["mode"]
                   and r["dateline"]["modality"] == "asserted")
    assert meeting["event"] == ["CONSULT"] and meeting["mode"] == []
    assert sorted(_codes(meeting["actor"])) == ["CHL", "NZL"] and meeting["recipient"] == []
    assert meeting["date"] == "2025-04-08" and "Whitcombe" in meeting["text"]
    visit = next(r for r in antarctic if r["mode"] == ["visit"])
    assert _codes(visit["actor"]) == ["CHL"] and _codes(visit["recipient"]) == ["NZL"]
    assert visit["event_loc"] == {"extracted_place": "Wellington", "country_code": "NZL"}
    # "will meet ... on Wednesday": a future meeting is AGREE (manual, CONSULT)
    assert any(r["event"] == ["AGREE"] and r["dateline"]["type"] == "CONSULT" for r in antarctic)


def test_a_resignation_is_retreat_resign_and_careers_are_left_out(
        exported: tuple[list[dict[str, Any]], PloverReport]) -> None:
    records, report = exported
    resigns = [r for r in records if r["dateline"]["type"] == "DISMISS"]
    assert resigns and all(r["event"] == ["RETREAT"] and r["mode"] == ["resign"] for r in resigns)
    assert all("RETREAT" in r["comment"] for r in resigns)
    assert any(_codes(r["actor"]) == ["COL"] for r in resigns)  # the actor's state travels as its PLOVER code
    assert not any(r["dateline"]["type"] in ("APPOINT", "DIE") for r in records)
    assert report.left_out["APPOINT (no PLOVER category)"] >= 5
    signed = [r for r in records if r["dateline"]["type"] == "AGREE" and r["dateline"]["mode"] == "sign"]
    assert signed and all(r["event"] == ["SUPPORT"] and r["context"] == ["diplomatic"] for r in signed)
    assert "left out" in report.summary() and "APPOINT" in report.summary()


def _doc(event: dict[str, Any]) -> dict[str, Any]:
    base = {"id": "v:1", "mode": None, "source": ["e:norway"], "target": ["e:colombia"], "participants": [],
            "location": None, "date": {"start": "2025-06-01", "end": "2025-06-01", "text": "Sunday",
                                       "granularity": "day"},
            "modality": "asserted", "trigger": "sent", "occurrence": None,
            "evidence": {"text": "Norway sent aid to Colombia.", "start": 0, "end": 28}}
    return {"doc_id": "abc", "source": {"path": "p.txt", "url": "https://example.org/a", "record": None},
            "title": "T", "site": "S", "published": "2025-06-02", "positions": [],
            "entities": [{"id": "e:norway", "type": "GPE", "name": "Norway", "country": "NOR"},
                         {"id": "e:colombia", "type": "GPE", "name": "Colombia", "country": "COL"}],
            "events": [{**base, **event}]}


@pytest.mark.parametrize(("event", "expected"), [
    ({"type": "AID", "mode": "humanitarian"}, ("AID", [], ["human_security"])),
    ({"type": "AID", "mode": "military", "modality": "planned"}, ("AGREE", [], ["military"])),
    ({"type": "RETREAT", "mode": "withdraw", "modality": "planned"}, ("CONCEDE", [], [])),
    ({"type": "REJECT", "mode": "disarm"}, ("REJECT", [], [])),
    ({"type": "ASSAULT", "mode": "assassinate"}, ("ASSAULT", ["targeted"], [])),
    ({"type": "THREATEN", "mode": "violence", "modality": "planned"}, ("THREATEN", ["violence"], ["future"])),
    ({"type": "AWARD"}, ("SUPPORT", [], [])),
])
def test_codings(event: dict[str, Any], expected: tuple[str, list[str], list[str]]) -> None:
    doc = _doc(event)
    record = event_record(doc, doc["events"][0], coder="dateline test")
    assert not isinstance(record, str)
    _check(record)
    assert (record["event"][0], record["mode"], record["context"]) == expected
    assert record["id"] == "dateline-abc-1" and record["cite_info"]["url"] == "https://example.org/a"


@pytest.mark.parametrize(("event", "reason"), [
    ({"type": "CONSULT", "modality": "negated"}, "negated"),
    ({"type": "DIE"}, "DIE (no PLOVER category)"),
    ({"type": "DISMISS"}, "DISMISS (no PLOVER category)"),
    ({"type": "SANCTION", "target": []}, "no recipient (SANCTION needs one)"),
    ({"type": "COERCE", "mode": "arrest", "source": []}, "no actor"),
    ({"type": "ACCUSE", "date": {"start": None, "end": None, "text": "Monday", "granularity": None}}, "no date"),
    ({"type": "PROTEST", "date": None}, "no date"),
])
def test_what_plover_cannot_code_is_left_out_and_counted(event: dict[str, Any], reason: str) -> None:
    report = PloverReport()
    assert list(document_records(_doc(event), report)) == []
    assert report.left_out == Counter({reason: 1}) and report.records == 0


def test_every_mapping_row_names_plover_vocabulary() -> None:
    assert len(rules()) >= 20 and rules()[-1].type == rules()[-1].mode == rules()[-1].modality == "*"
    with pytest.raises(LexiconError) as caught:
        parse_rules("CONSULT\t*\t*\tAGREE\tvisit\t-\tkeep\tAGREE has no modes\n", "bad.tsv")
    assert caught.value.code == "L001" and caught.value.params["line"] == 1
    with pytest.raises(LexiconError):
        parse_rules("AID\t*\t*\tAID\t-\thumanitarian\tkeep\tnot a context of the manual\n", "bad.tsv")
    with pytest.raises(LexiconError):
        parse_rules("DIE\t*\t*\t-\t-\t-\tkeep\tleft out but given roles\n", "bad.tsv")


def test_cli_writes_plover_json_lines_and_says_what_it_left_out(examples_db: Path, tmp_path: Path) -> None:
    from dateline.cli import main  # through the group: invoking a subcommand alone caches click's help option

    out = tmp_path / "events.plover.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(examples_db), "--format", "plover", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["event"] for line in lines)
    assert f"exported {len(lines)} PLOVER event records; left out" in result.output
