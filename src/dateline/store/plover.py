"""Code each stored event as a PLOVER event record (one JSON object per line), as the PLOVER manual defines it.

Two data files beside this module hold every decision, for review against the manual:
``plover_manual.json`` is the manual's vocabulary (its record fields and which are required, the 16
event types with their modes and whether they need a recipient, the contexts), and
``plover_map.tsv`` says how each dateline type, mode and modality becomes a PLOVER event, mode,
context and actor/recipient split, quoting the manual for each row. Events that PLOVER cannot
code (APPOINT, DIE, a DISMISS that is no resignation, negated events) or that lack what the manual
requires (an actor, a date, a recipient where the type needs one) are left out and counted by reason.

A record carries the manual's fields (``id``, ``date``/``enddate``, ``actor``, ``recipient``,
``event``, ``mode``, ``context``, ``event_loc``, ``event_text``, ``text``, ``text_info``, ``link``,
``cite_info``, ``coder``, ``comment``) and, under ``dateline``, what dateline knew beyond them
(its own type, mode, modality and the people taking part), as the manual invites providers to add
named fields of their own.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from typing import IO, Any, Literal, cast

from dateline.errors import LexiconError
from dateline.store.db import Store
from dateline.store.export import stored_document

LOGGER = logging.getLogger(__name__)

Roles = Literal["keep", "all", "target", "-"]
ROLES: tuple[str, ...] = ("keep", "all", "target", "-")
MAP_FILE = "plover_map.tsv"
MANUAL_FILE = "plover_manual.json"


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of ``plover_map.tsv``: which dateline events it matches and how it codes them."""

    type: str
    mode: str
    modality: str
    event: str
    plover_mode: str
    context: str
    roles: Roles
    why: str
    line: int

    def matches(self, type_: str, mode: str | None, modality: str) -> bool:
        return (self.type in ("*", type_) and self.mode in ("*", mode or "")
                and self.modality in ("*", modality))


@dataclass(frozen=True, slots=True)
class Manual:
    """The PLOVER manual's vocabulary, from ``plover_manual.json``."""

    required: tuple[str, ...]
    types: dict[str, dict[str, Any]]
    contexts: frozenset[str]
    codebook: str

    def modes(self, event: str) -> tuple[str, ...]:
        return tuple(self.types.get(event, {}).get("modes", ()))


@dataclass(slots=True)
class PloverReport:
    """What an export wrote: records, and the events left out, counted by reason."""

    records: int = 0
    left_out: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.left_out:
            return f"exported {self.records} PLOVER event records"
        why = ", ".join(f"{n} {reason}" for reason, n in sorted(self.left_out.items(), key=lambda kv: -kv[1]))
        return (f"exported {self.records} PLOVER event records; left out {sum(self.left_out.values())} events"
                f" ({why})")


@lru_cache(maxsize=1)
def manual() -> Manual:
    """Load the PLOVER vocabulary shipped with dateline."""
    data = json.loads(resources.files("dateline.store").joinpath(MANUAL_FILE).read_text(encoding="utf-8"))
    contexts = frozenset(data["contexts"]) | frozenset(data["auxiliary_modes"])
    return Manual(tuple(k for k, required in data["fields"].items() if required), data["types"], contexts,
                  data["codebook"])


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Load and check ``plover_map.tsv``.

    Raises:
        LexiconError: L001 naming the line whose columns, roles or PLOVER names are not valid.
    """
    text = resources.files("dateline.store").joinpath(MAP_FILE).read_text(encoding="utf-8")
    return parse_rules(text, MAP_FILE)


def parse_rules(text: str, name: str) -> tuple[Rule, ...]:
    """Parse mapping rows (the header and ``#`` lines skipped), checking each against the manual.

    Raises:
        LexiconError: L001 naming the file and line of the first bad row.
    """
    vocab = manual()
    out: list[Rule] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 8:
            raise LexiconError("L001", file=name, line=number,
                               detail=f"expected 8 tab-separated columns, got {len(cols)}")
        type_, mode, modality, event, plover_mode, context, roles, why = cols
        problem = None
        if event not in ("-", "=") and event not in vocab.types:
            problem = f"{event!r} is not a PLOVER event type"
        elif plover_mode not in ("-", "=") and (event in ("-", "=") or plover_mode not in vocab.modes(event)):
            problem = f"{plover_mode!r} is not a PLOVER mode of {event}"
        elif context != "-" and context not in vocab.contexts:
            problem = f"{context!r} is not a PLOVER context"
        elif roles not in ROLES or (roles == "-") != (event == "-"):
            problem = f"roles {roles!r}: one of keep, all, target ('-' exactly when the event is left out)"
        if problem:
            raise LexiconError("L001", file=name, line=number, detail=problem)
        out.append(Rule(type_, mode, modality, event, plover_mode, context, cast(Roles, roles), why, number))
    return tuple(out)


def rule_for(type_: str, mode: str | None, modality: str) -> Rule | None:
    """The first mapping row that matches a dateline event, or None."""
    return next((r for r in rules() if r.matches(type_, mode, modality)), None)


def _coder() -> str:
    try:
        return f"dateline {metadata.version('dateline')}"
    except metadata.PackageNotFoundError:
        return "dateline"


def _entity(ent: dict[str, Any] | None, ref: str, offices: dict[str, tuple[str, str | None]]) -> dict[str, Any]:
    """A PLOVER entity object: the state code, the name as the article gives it, the post, dateline's id.

    ``code`` is the state the entity acts for (its ``country``, else the state of the post the article
    gives it: "President Kassym-Jomart Tokayev" of Kazakhstan), None when the article says neither.
    """
    if ent is None:
        return {"code": None, "entity_text": ref, "dateline_id": ref}
    office, post_state = offices.get(ref, (None, None))
    out: dict[str, Any] = {"code": ent.get("country") or post_state, "entity_text": ent["name"]}
    if office:
        out["office"] = office
    out["dateline_id"] = ent["id"]
    return out


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def event_record(doc: dict[str, Any], event: dict[str, Any], coder: str | None = None) -> dict[str, Any] | str:
    """Code one event of a contract document as a PLOVER record; or return why it is left out."""
    vocab = manual()
    rule = rule_for(event["type"], event.get("mode"), event.get("modality") or "asserted")
    if rule is None or rule.event == "-":
        return "negated" if event.get("modality") == "negated" else f"{event['type']} (no PLOVER category)"
    plover_event = event["type"] if rule.event == "=" else rule.event
    if plover_event not in vocab.types:
        return f"{event['type']} (no PLOVER category)"
    source, target, parts = list(event["source"]), list(event["target"]), list(event.get("participants") or [])
    if rule.roles == "all":
        actors, recipients = _unique(source + target + parts), []
    elif rule.roles == "target":
        actors, recipients = _unique(target or source), ([] if not target else source)
    else:
        actors, recipients = source, target
    if not actors:
        return "no actor"
    if vocab.types[plover_event]["requires_recipient"] and not recipients:
        return f"no recipient ({plover_event} needs one)"
    date = event.get("date") or {}
    if not date.get("start"):
        return "no date"
    mode = event.get("mode") if rule.plover_mode == "=" else (None if rule.plover_mode == "-" else rule.plover_mode)
    if mode is not None and mode not in vocab.modes(plover_event):
        mode = None
    entities = {e["id"]: e for e in doc["entities"]}
    offices: dict[str, tuple[str, str | None]] = {}
    for post in doc.get("positions") or []:
        offices.setdefault(post["person"], (post["title"], post.get("country")))

    def objects(ids: list[str]) -> list[dict[str, Any]]:
        return [_entity(entities.get(i), i, offices) for i in ids]

    number = event["id"].split(":", 1)[-1]
    record: dict[str, Any] = {"id": f"dateline-{doc['doc_id']}-{number}", "date": date["start"]}
    if date.get("end") and date["end"] != date["start"]:
        record["enddate"] = date["end"]
    record.update({
        "actor": objects(actors), "recipient": objects(recipients), "event": [plover_event],
        "mode": [mode] if mode else [], "context": [rule.context] if rule.context != "-" else [],
    })
    place = entities.get(event.get("location") or "")
    if place is not None:
        record["event_loc"] = {"extracted_place": place["name"], "country_code": place.get("country")}
    if event.get("trigger"):
        record["event_text"] = [event["trigger"]]
    evidence = event["evidence"]
    record["text"] = evidence["text"]
    record["text_info"] = {"start": evidence["start"], "end": evidence["end"]}
    if evidence.get("in") == "caption":
        record["text_info"]["caption"] = evidence["caption"]
    if event.get("occurrence"):
        record["link"] = event["occurrence"]
    src = doc.get("source") or {}
    record["cite_info"] = {k: v for k, v in (
        ("url", src.get("url")), ("citation", src.get("path")), ("title", doc.get("title")),
        ("publication", doc.get("site")), ("coder", coder or _coder()), ("codebook", vocab.codebook)) if v}
    record["coder"] = coder or _coder()
    if (plover_event, mode) != (event["type"], event.get("mode")) or rule.context != "-":
        record["comment"] = f"dateline {event['type']} {event.get('mode') or ''}".rstrip() + f": {rule.why}"
    record["dateline"] = {
        "doc_id": doc["doc_id"], "event_id": event["id"], "type": event["type"], "mode": event.get("mode"),
        "modality": event.get("modality"), "date_text": date.get("text"), "granularity": date.get("granularity"),
        "published": doc.get("published"), "participants": objects(parts),
    }
    return record


def document_records(doc: dict[str, Any], report: PloverReport | None = None,
                     coder: str | None = None) -> Iterator[dict[str, Any]]:
    """Yield the PLOVER records of one contract document, counting the events left out in ``report``."""
    for event in doc.get("events") or []:
        out = event_record(doc, event, coder)
        if isinstance(out, str):
            LOGGER.debug("%s %s left out of the PLOVER export: %s", doc["doc_id"], event["id"], out)
            if report is not None:
                report.left_out[out] += 1
            continue
        if report is not None:
            report.records += 1
        yield out


def _event_order(event: dict[str, Any]) -> tuple[int, str]:
    number = event["id"].split(":", 1)[-1]
    return (int(number), event["id"]) if number.isdigit() else (1 << 30, event["id"])


def write_plover(store: Store, out: IO[str]) -> PloverReport:
    """Write every stored event that PLOVER can code as one PLOVER record per line; return the counts."""
    report = PloverReport()
    coder = _coder()
    for r in store.iterate("SELECT doc_id FROM documents ORDER BY published, doc_id"):
        doc = stored_document(store, r["doc_id"]).to_json()
        doc["events"] = sorted(doc["events"], key=_event_order)
        for record in document_records(doc, report, coder):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    LOGGER.info("%s", report.summary())
    return report
