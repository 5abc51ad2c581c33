"""Test the composed pipeline against the output contract: schema, order, failures, doc ids, run-wide ids."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Document, Failure
from dateline.pipeline import extract, resolve_run
from dateline.settings import Options

jsonschema = pytest.importorskip("jsonschema")


def _line(result: Document | Failure) -> dict[str, Any]:
    """The object as the CLI writes it: through a JSON round trip."""
    return json.loads(json.dumps(result.to_json(), ensure_ascii=False))


def _text_of(obj: dict[str, Any], ref: dict[str, Any]) -> str:
    if ref.get("in") == "caption":
        return obj["captions"][ref["caption"]]
    return obj["body"]


def _people_named(doc: Document, surname: str) -> list[str]:
    return [e.id for e in doc.entities if e.type == "PERSON" and any(surname in n for n in (e.name, *e.aliases))]


@pytest.fixture(scope="session")
def validator(shared: Path) -> Any:
    schema = json.loads((shared / "spec" / "output.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


PAGES = {
    "b.txt": "Harbour bridge opens\n\nThe council of the fictional town of Norrvik opened a harbour bridge on"
    " Tuesday after three years of work.\n\nMayor Elin Dahl said the bridge would cut travel times for fishermen.\n",
    "a.txt": "Glass museum reopens\n\nA glass museum in the fictional village of Ostby reopened on Sunday after a"
    " fire.\n\nCurator Jonas Lund thanked the volunteers who rebuilt the hall.\n",
}


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> tuple[list[str], list[Document | Failure]]:
    """A run whose inputs are out of sorted order and include, between them, a path that does not exist."""
    folder = tmp_path_factory.mktemp("mixed")
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = [str(folder / "b.txt"), str(folder / "missing.txt"), str(folder / "a.txt")]
    return paths, list(extract(paths, Options(), nlp=nlp))


def test_seed_and_dev_run_has_one_document_per_file_and_no_failures(seed_output, seed_annotated, seed_paths):
    files = [p for folder in seed_paths for p in sorted(Path(folder).iterdir()) if p.is_file()]
    assert len(seed_output) == len(files)
    assert len(seed_annotated) == len(files), "on_result is called once per page"
    failures = [r for r in seed_output if isinstance(r, Failure)]
    assert not failures, [f.error for f in failures]


def test_every_output_line_validates_against_the_schema(seed_output, validator):
    problems = []
    for result in seed_output:
        for err in validator.iter_errors(_line(result)):
            problems.append(f"{result.source.path}: {'/'.join(map(str, err.absolute_path))}: {err.message}")
    assert not problems, "\n".join(problems[:20])


def test_results_follow_input_order_folders_sorted(seed_output, seed_paths):
    expected = [str(p) for folder in seed_paths for p in sorted(Path(folder).iterdir()) if p.is_file()]
    assert [Path(r.source.path).resolve() for r in seed_output] == [Path(p).resolve() for p in expected]


def test_explicit_paths_keep_their_order_and_a_missing_one_fails_alone(mixed_run):
    paths, results = mixed_run
    assert len(results) == 3
    assert [Path(r.source.path).name for r in results] == [Path(p).name for p in paths]
    first, missing, last = results
    assert isinstance(first, Document) and first.body
    assert isinstance(last, Document) and last.body
    assert isinstance(missing, Failure)
    assert missing.error.startswith("R001"), missing.error
    assert missing.to_json() == {"source": {"path": paths[1], "url": None, "record": None}, "error": missing.error}


def test_failure_line_carries_error_and_source_only(mixed_run):
    _paths, results = mixed_run
    line = _line(results[1])
    assert set(line) == {"source", "error"}
    assert isinstance(line["error"], str) and line["error"]


def test_doc_id_is_sha256_of_normalized_body(seed_output):
    ids = []
    for doc in seed_output:
        assert isinstance(doc, Document)
        normalized = re.sub(r"\s+", " ", doc.body).strip()
        assert doc.doc_id == hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]
        ids.append(doc.doc_id)
    assert len(set(ids)) == len(ids), "two different pages share a doc_id"


def test_doc_id_survives_rewrapping_of_the_body(seed_output):
    doc = seed_output[0]
    assert isinstance(doc, Document)
    rewrapped = "  " + doc.body.replace(" ", "\n", 3).replace("\n\n", "\n \n\t") + "\n"
    assert Document(source=doc.source, body=rewrapped).doc_id == doc.doc_id
    assert Document(source=doc.source, body=doc.body + " extra").doc_id != doc.doc_id


def test_offsets_point_at_their_text_and_ids_resolve(seed_output):
    for result in seed_output:
        obj = _line(result)
        ids = {e["id"] for e in obj["entities"]}
        assert len(ids) == len(obj["entities"]), "duplicate entity id in one document"
        for ent in obj["entities"]:
            for m in ent["mentions"]:
                text = _text_of(obj, m)
                assert 0 <= m["start"] < m["end"] <= len(text)
        for item in obj["positions"] + obj["events"]:
            ev = item["evidence"]
            assert _text_of(obj, ev)[ev["start"]:ev["end"]] == ev["text"]
        for pos in obj["positions"]:
            assert pos["person"] in ids
        for event in obj["events"]:
            refs = event["source"] + event["target"] + event["participants"]
            refs += [r for r in (event["location"], event["attribution"]) if r]
            assert set(refs) <= ids, (obj["source"]["path"], event["id"], set(refs) - ids)


def test_entity_ids_are_global_to_the_run(seed_output):
    names: dict[str, set[str]] = defaultdict(set)
    for doc in seed_output:
        assert isinstance(doc, Document)
        for ent in doc.entities:
            names[ent.id].add(ent.name)
    split = {k: v for k, v in names.items() if len(v) > 1}
    assert not split, f"one id, several names: {split}"
    putin = {i for doc in seed_output if isinstance(doc, Document) for i in _people_named(doc, "Putin")}
    assert len(putin) == 1, putin


def test_annotation_ids_are_local_before_resolution(seed_annotated):
    for doc in seed_annotated:
        assert isinstance(doc, Document)
        assert not any(e.id.startswith("e:") for e in doc.entities)


def test_resolve_run_gives_one_person_one_id_across_documents(seed_annotated):
    with_putin = [d for d in seed_annotated if isinstance(d, Document) and _people_named(d, "Putin")]
    assert len(with_putin) >= 3, "the dev corpus names Putin in several pages"
    resolved = resolve_run(with_putin)
    assert len(resolved) == len(with_putin)
    per_doc = [_people_named(d, "Putin") for d in resolved if isinstance(d, Document)]
    assert all(len(ids) == 1 for ids in per_doc), per_doc
    assert len({ids[0] for ids in per_doc}) == 1, per_doc
    putin_id = per_doc[0][0]
    assert putin_id.startswith("e:")
    people = {e.id for d in resolved if isinstance(d, Document) for e in d.entities if e.type == "PERSON"}
    assert len(people) > 1 and putin_id in people


def test_resolve_run_rewrites_every_reference(seed_annotated):
    resolved = resolve_run(seed_annotated)
    for before, after in zip(seed_annotated, resolved, strict=True):
        assert isinstance(before, Document) and isinstance(after, Document)
        assert after.body == before.body and after.doc_id == before.doc_id
        ids = [e.id for e in after.entities]
        assert len(set(ids)) == len(ids), "duplicate entity id in one document"
        assert {p.person for p in after.positions} <= set(ids)
        for event in after.events:
            assert set(event.actors()) <= set(ids)


def test_resolve_run_agrees_with_the_streaming_resolution_of_extract(seed_annotated, seed_output):
    resolved = resolve_run(seed_annotated)
    assert [_line(r) for r in resolved] == [_line(r) for r in seed_output]


def test_resolve_run_passes_failures_through(seed_annotated):
    doc = next(d for d in seed_annotated if isinstance(d, Document) and _people_named(d, "Putin"))
    failure = Failure(doc.source, "R001: no such file or folder: x")
    resolved = resolve_run([failure, doc])
    assert resolved[0] is failure
    assert isinstance(resolved[1], Document)
    assert _people_named(resolved[1], "Putin")
