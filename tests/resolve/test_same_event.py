"""Test cross-document event occurrence linking on hand-built documents."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateline.model import Document, Entity, Event, Evidence, Interval, Source
from dateline.resolve.same_event import (
    WINDOW_DAYS,
    _Item,
    _same_occurrence,
    _span,
    _vague_candidates,
    event_items,
    event_partitions,
    link_events,
    occurrence_id,
    partition_links,
)

ENTITIES = (
    Entity("e:russia", "GPE", "Russia", country="RUS"),
    Entity("e:north-korea", "GPE", "North Korea", country="PRK"),
    Entity("e:china", "GPE", "China", country="CHN"),
    Entity("e:vladimir-putin", "PERSON", "Vladimir Putin", country="RUS"),
    Entity("e:kim-jong-un", "PERSON", "Kim Jong Un", country="PRK"),
    Entity("e:sergei-lavrov", "PERSON", "Sergei Lavrov", country="RUS"),
    Entity("e:choe-son-hui", "PERSON", "Choe Son Hui", country="PRK"),
)


def _event(eid: str, etype: str, source: tuple[str, ...], target: tuple[str, ...] = (), *,
           participants: tuple[str, ...] = (), start: str | None = None, end: str | None = None,
           text: str | None = None, mode: str | None = None, modality: str = "asserted") -> Event:
    when = Interval(start, end or start, text or start, "day" if start else None) if (start or text) else None
    return Event(eid, etype, Evidence("a sentence", 0, 10), mode=mode, source=source, target=target,
                 participants=participants, date=when, modality=modality)  # type: ignore[arg-type]


def _doc(name: str, published: str | None, *events: Event, entities: tuple[Entity, ...] = ENTITIES) -> Document:
    return Document(Source(f"{name}.txt"), body=f"body of {name}", published=published, entities=entities,
                    events=events)


def _occ(docs: list[Document]) -> dict[tuple[str, str], str | None]:
    return {(d.source.path, e.id): e.occurrence for d in docs for e in d.events}


def test_same_type_actors_and_dates_link_across_documents() -> None:
    a = _doc("a", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17"))
    b = _doc("b", "2025-03-19", _event("v:4", "CONSULT", ("e:north-korea",), ("e:russia",),
                                       start="2025-03-14", end="2025-03-17"))
    occ = _occ(link_events([a, b]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:4")]
    assert str(occ[("a.txt", "v:1")]).startswith("o:")


def test_states_match_by_country_whatever_their_entity_id() -> None:
    dprk = Entity("e:dprk", "GPE", "DPRK", country="PRK")
    a = _doc("a", "2025-03-18", _event("v:1", "AGREE", ("e:russia",), ("e:north-korea",), start="2025-03-17"))
    b = _doc("b", "2025-03-18", _event("v:1", "AGREE", ("e:russia",), ("e:dprk",), start="2025-03-17"),
             entities=ENTITIES + (dprk,))
    occ = _occ(link_events([a, b]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:1")]


def test_disjoint_dates_types_modes_and_sides_stay_apart() -> None:
    base = _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17")
    docs = [
        _doc("a", "2025-03-18", base),
        _doc("b", "2025-06-20", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-06-19")),
        _doc("c", "2025-03-18", _event("v:1", "AGREE", ("e:russia",), ("e:north-korea",), start="2025-03-17")),
        _doc("d", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:china",), start="2025-03-17")),
        _doc("e", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17",
                                       modality="negated")),
    ]
    docs.append(_doc("f", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",),
                                               start="2025-03-17", mode="phone")))
    docs.append(_doc("g", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",),
                                               start="2025-03-17", mode="visit")))
    occ = _occ(link_events(docs))
    assert len({occ[(d.source.path, "v:1")] for d in docs}) == len(docs) - 1
    # a mode-less meeting may be the visit (g) or the phone call (f): it links to one, both never link
    assert occ[("f.txt", "v:1")] != occ[("g.txt", "v:1")]


def test_different_people_of_the_same_states_stay_apart() -> None:
    a = _doc("a", "2024-06-19", _event("v:1", "CONSULT", ("e:vladimir-putin",), ("e:kim-jong-un",),
                                       start="2024-06-19"))
    b = _doc("b", "2024-06-19", _event("v:1", "CONSULT", ("e:sergei-lavrov",), ("e:choe-son-hui",),
                                       start="2024-06-19"))
    c = _doc("c", "2024-06-20", _event("v:2", "CONSULT", ("e:russia",), ("e:north-korea",),
                                       participants=("e:vladimir-putin",), start="2024-06-19"))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] != occ[("b.txt", "v:1")]
    assert occ[("a.txt", "v:1")] == occ[("c.txt", "v:2")]


def test_unresolved_dates_link_only_with_equal_actors_and_close_publication() -> None:
    undated = _event("v:1", "SANCTION", ("e:russia",), ("e:north-korea",), text="Monday")
    a = _doc("a", "2025-03-18", undated)
    b = _doc("b", "2025-03-19", _event("v:2", "SANCTION", ("e:russia",), ("e:north-korea",), start="2025-03-17"))
    c = _doc("c", "2025-05-01", _event("v:3", "SANCTION", ("e:russia",), ("e:north-korea",), text="Monday"))
    d = _doc("d", "2025-03-18", _event("v:4", "SANCTION", ("e:russia",), ("e:north-korea", "e:china"), text="Monday"))
    e = _doc("e", None, _event("v:5", "SANCTION", ("e:russia",), ("e:north-korea",), text="Monday"))
    occ = _occ(link_events([a, b, c, d, e]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:2")]
    assert len({occ[("a.txt", "v:1")], occ[("c.txt", "v:3")], occ[("d.txt", "v:4")], occ[("e.txt", "v:5")]}) == 4


def test_every_event_gets_an_occurrence_and_ids_ignore_input_order() -> None:
    docs = [
        _doc("a", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17"),
             _event("v:2", "AID", ("e:russia",), ("e:north-korea",), start="2025-03-10")),
        _doc("b", "2025-03-18", _event("v:1", "CONSULT", ("e:north-korea",), ("e:russia",), start="2025-03-17")),
        _doc("c", "2025-03-20", _event("v:7", "ACCUSE", ("e:china",), ("e:russia",))),
        _doc("d", "2025-03-20"),
    ]
    first = _occ(link_events(docs))
    assert all(v and v.startswith("o:") for v in first.values())
    assert first[("a.txt", "v:2")] == occurrence_id([f"{docs[0].doc_id}:v:2"])
    rng = random.Random(3)
    for _ in range(4):
        shuffled = docs[:]
        rng.shuffle(shuffled)
        assert _occ(link_events(shuffled)) == first


def test_events_of_one_document_are_not_linked_to_each_other() -> None:
    a = _doc("a", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17"),
             _event("v:2", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17"))
    occ = _occ(link_events([a]))
    assert occ[("a.txt", "v:1")] != occ[("a.txt", "v:2")]


def test_input_documents_are_not_mutated() -> None:
    a = _doc("a", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17"))
    out = link_events([a])
    assert a.events[0].occurrence is None
    assert out[0].events[0].occurrence is not None


def test_a_vague_date_joins_one_occurrence_never_two_of_one_document() -> None:
    a = _doc("a", "2025-01-10", _event("v:1", "AGREE", ("e:vladimir-putin",), ("e:north-korea",),
                                       start="2024-01-01", end="2024-12-31"))
    b = _doc("b", "2024-11-05",
             _event("v:1", "AGREE", ("e:vladimir-putin",), ("e:north-korea",), start="2024-06-19"),
             _event("v:2", "AGREE", ("e:vladimir-putin",), ("e:north-korea",), start="2024-10-29"))
    c = _doc("c", "2024-06-20", _event("v:9", "AGREE", ("e:vladimir-putin",), ("e:north-korea",),
                                       start="2024-06-19"))
    occ = _occ(link_events([a, b, c]))
    assert occ[("b.txt", "v:1")] != occ[("b.txt", "v:2")]
    # the day-precise pair links first; the vague one then joins one of the two, not both
    assert occ[("b.txt", "v:1")] == occ[("c.txt", "v:9")]
    assert occ[("a.txt", "v:1")] in (occ[("b.txt", "v:1")], occ[("b.txt", "v:2")])


def test_a_death_is_one_occurrence_however_far_apart_the_reports() -> None:
    raisi = Entity("e:ebrahim-raisi", "PERSON", "Ebrahim Raisi", country="IRN")
    other = Entity("e:malek-rahmati", "PERSON", "Malek Rahmati", country="IRN")
    a = _doc("a", "2024-05-20", _event("v:1", "DIE", (), ("e:ebrahim-raisi",), start="2024-05-19"),
             entities=ENTITIES + (raisi, other))
    b = _doc("b", "2024-09-01", _event("v:3", "DIE", (), ("e:ebrahim-raisi",), text="in May"),
             entities=ENTITIES + (raisi, other))
    c = _doc("c", "2024-05-20", _event("v:2", "DIE", (), ("e:malek-rahmati",), start="2024-05-19"),
             entities=ENTITIES + (raisi, other))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:3")] != occ[("c.txt", "v:2")]


def test_a_recurring_event_with_a_vague_date_stays_alone_a_rare_one_links() -> None:
    a = _doc("a", "2025-12-11",
             _event("v:1", "CONSULT", ("e:vladimir-putin",), ("e:north-korea",), start="2024-01-01", end="2024-12-31"),
             _event("v:2", "AGREE", ("e:russia",), ("e:north-korea",), start="2024-01-01", end="2024-12-31"))
    b = _doc("b", "2024-11-05",
             _event("v:1", "CONSULT", ("e:vladimir-putin",), ("e:north-korea",), start="2024-11-04"),
             _event("v:2", "AGREE", ("e:russia",), ("e:north-korea",), start="2024-06-19"))
    occ = _occ(link_events([a, b]))
    assert occ[("a.txt", "v:1")] != occ[("b.txt", "v:1")]
    assert occ[("a.txt", "v:2")] == occ[("b.txt", "v:2")]


def test_places_in_different_countries_keep_events_apart() -> None:
    places = ENTITIES + (Entity("e:moscow", "LOC", "Moscow", country="RUS"),
                         Entity("e:pyongyang", "LOC", "Pyongyang", country="PRK"),
                         Entity("e:kremlin", "LOC", "Kremlin", country="RUS"))

    def consult(eid: str, where: str) -> Event:
        ev = _event(eid, "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-03-17")
        return Event(ev.id, ev.type, ev.evidence, source=ev.source, target=ev.target, date=ev.date, location=where)

    a = _doc("a", "2025-03-18", consult("v:1", "e:moscow"), entities=places)
    b = _doc("b", "2025-03-18", consult("v:1", "e:pyongyang"), entities=places)
    c = _doc("c", "2025-03-18", consult("v:1", "e:kremlin"), entities=places)
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] == occ[("c.txt", "v:1")] != occ[("b.txt", "v:1")]


def test_linking_is_role_aware_a_accused_b_is_not_b_accused_a() -> None:
    a = _doc("a", "2025-03-18", _event("v:1", "ACCUSE", ("e:russia",), ("e:china",), start="2025-03-17"))
    b = _doc("b", "2025-03-18", _event("v:1", "ACCUSE", ("e:china",), ("e:russia",), start="2025-03-17"))
    c = _doc("c", "2025-03-18", _event("v:1", "ACCUSE", ("e:russia",), ("e:china",), start="2025-03-17"))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] == occ[("c.txt", "v:1")] != occ[("b.txt", "v:1")]
    # a meeting has no sides: "Russia met China" and "China met Russia" are one meeting
    d = _doc("d", "2025-03-18", _event("v:1", "CONSULT", ("e:russia",), ("e:china",), start="2025-03-17"))
    e = _doc("e", "2025-03-18", _event("v:1", "CONSULT", ("e:china",), ("e:russia",), start="2025-03-17"))
    occ = _occ(link_events([d, e]))
    assert occ[("d.txt", "v:1")] == occ[("e.txt", "v:1")]


def test_a_vaguer_report_never_joins_two_meetings_on_different_days() -> None:
    a = _doc("a", "2025-06-11", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-06-10"))
    b = _doc("b", "2025-06-21", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",), start="2025-06-20"))
    c = _doc("c", "2025-07-01", _event("v:1", "CONSULT", ("e:russia",), ("e:north-korea",),
                                       start="2025-06-01", end="2025-06-30"))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] != occ[("b.txt", "v:1")]
    assert occ[("c.txt", "v:1")] in (occ[("a.txt", "v:1")], occ[("b.txt", "v:1")])


def test_an_appointment_reported_a_day_apart_is_one_a_meeting_is_not() -> None:
    a = _doc("a", "2024-05-20", _event("v:1", "APPOINT", (), ("e:choe-son-hui",), start="2024-05-19"))
    b = _doc("b", "2024-05-20", _event("v:1", "APPOINT", (), ("e:choe-son-hui",), start="2024-05-20"))
    c = _doc("c", "2024-05-20", _event("v:1", "CONSULT", ("e:sergei-lavrov",), ("e:choe-son-hui",),
                                       start="2024-05-19"))
    d = _doc("d", "2024-05-20", _event("v:1", "CONSULT", ("e:sergei-lavrov",), ("e:choe-son-hui",),
                                       start="2024-05-20"))
    occ = _occ(link_events([a, b, c, d]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:1")]
    assert occ[("c.txt", "v:1")] != occ[("d.txt", "v:1")]


def test_a_visit_dated_only_by_year_joins_the_one_such_visit_of_that_year() -> None:
    def visit(eid: str, start: str, end: str | None = None) -> Event:
        return _event(eid, "CONSULT", ("e:vladimir-putin",), ("e:north-korea",), start=start, end=end, mode="visit")

    a = _doc("a", "2025-12-11", visit("v:1", "2024-01-01", "2024-12-31"))
    b = _doc("b", "2024-11-05", visit("v:1", "2024-06-01", "2024-06-30"))
    c = _doc("c", "2024-06-20", visit("v:1", "2024-06-19"))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:1")] == occ[("c.txt", "v:1")]
    # with two visits that year, which one "last year" means is unknowable
    d = _doc("d", "2024-12-01", visit("v:1", "2024-11-30"))
    occ = _occ(link_events([a, b, c, d]))
    assert occ[("a.txt", "v:1")] not in (occ[("c.txt", "v:1")], occ[("d.txt", "v:1")])


def test_a_month_dated_meeting_of_states_is_not_a_named_leaders_meeting() -> None:
    a = _doc("a", "2025-03-18", _event("v:1", "CONSULT", ("e:north-korea",), ("e:russia",),
                                       start="2024-11-01", end="2024-11-30"))
    b = _doc("b", "2024-11-05", _event("v:1", "CONSULT", ("e:choe-son-hui",), ("e:vladimir-putin",),
                                       start="2024-11-04"))
    occ = _occ(link_events([a, b]))
    assert occ[("a.txt", "v:1")] != occ[("b.txt", "v:1")]


def test_an_undated_death_in_an_undated_page_joins_the_dated_one() -> None:
    raisi = Entity("e:ebrahim-raisi", "PERSON", "Ebrahim Raisi", country="IRN")
    a = _doc("a", "2024-05-20", _event("v:1", "DIE", (), ("e:ebrahim-raisi",), start="2024-05-19"),
             entities=ENTITIES + (raisi,))
    b = _doc("b", None, _event("v:2", "DIE", (), ("e:ebrahim-raisi",)), entities=ENTITIES + (raisi,))
    occ = _occ(link_events([a, b]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:2")]


def _reference_pairs(sub: list[_Item], bucket: int | None, first: list[int]) -> set[tuple[int, int]]:
    """Every pair of a partition compared one by one: different pages, one type, a shared actor key,
    overlapping spans, this bucket the first both are in, and one occurrence by ``_same_occurrence``."""
    window = timedelta(days=WINDOW_DAYS)
    spans = [_span(it, window) for it in sub]
    out: set[tuple[int, int]] = set()
    for m, a in enumerate(sub):
        for n in range(m + 1, len(sub)):
            b, sa, sb = sub[n], spans[m], spans[n]
            if a.doc == b.doc or sa is None or sb is None or a.event.type != b.event.type or not a.keys & b.keys:
                continue
            if sa[1] < sb[0] or sb[1] < sa[0] or (bucket is not None and max(first[m], first[n]) != bucket):
                continue
            if _same_occurrence(a, b, WINDOW_DAYS):
                out.add((m, n))
    return out


def _random_docs(seed: int) -> list[Document]:
    """Eighty invented pages of a few events each, some dated over a month or two (several date buckets)."""
    rng = random.Random(seed)
    states = [e.id for e in ENTITIES if e.type == "GPE"]
    people = [e.id for e in ENTITIES if e.type == "PERSON"]
    docs = []
    for d in range(80):
        published = date(2025, 1, 1) + timedelta(days=rng.randrange(200))
        events = []
        for k in range(rng.randrange(1, 5)):
            day = published - timedelta(days=rng.randrange(40))
            wide = rng.random() < 0.3  # a month or a season: an event in several date buckets
            end = day + timedelta(days=rng.choice((20, 60))) if wide else day
            undated = rng.random() < 0.1
            events.append(_event(f"v:{k}", rng.choice(("CONSULT", "ACCUSE", "AGREE")), (rng.choice(states),),
                                 (rng.choice(states),), participants=tuple(rng.sample(people, rng.randrange(3))),
                                 start=None if undated else day.isoformat(),
                                 end=None if undated else end.isoformat(), mode=rng.choice((None, "visit"))))
        docs.append(_doc(f"d{d}", published.isoformat(), *events))
    return docs


def test_the_sweep_of_each_partition_finds_exactly_the_pairs_compared_one_by_one() -> None:
    items = event_items(_random_docs(12))
    parts = event_partitions(items, WINDOW_DAYS)
    assert len(parts) > 10 and len({p.bucket for p in parts}) > 5
    found = 0
    for p in parts:
        sub = [items[n] for n in p.members]
        pairs, _ = partition_links(sub, WINDOW_DAYS, p.bucket, p.first)
        assert pairs == _reference_pairs(sub, p.bucket, p.first)
        found += len(pairs)
    assert found > 20  # the check is not vacuous


def test_the_partitions_find_every_linked_pair_and_vague_candidate_of_the_run_once() -> None:
    # the blocks no item begins in are left out (they would compare nothing): the run's links are still all found
    items = event_items(_random_docs(7))
    parts = event_partitions(items, WINDOW_DAYS)
    assert all(p.bucket is None or p.bucket in p.first for p in parts)
    pairs: list[tuple[int, int]] = []
    vague: dict[int, set[int]] = {}
    for p in parts:
        found, candidates = partition_links([items[n] for n in p.members], WINDOW_DAYS, p.bucket, p.first)
        pairs += [(p.members[a], p.members[b]) for a, b in found]
        for n, ms in candidates.items():
            vague.setdefault(p.members[n], set()).update(p.members[m] for m in ms)
    assert sorted(pairs) == sorted(_reference_pairs(items, None, []))
    assert vague == {n: ms for n, ms in _vague_candidates(items).items() if ms}
    assert len(pairs) > 20 and vague


def test_an_undated_departure_joins_the_one_dated_departure_of_that_person() -> None:
    # invented: "the ousted president X" (undated, published months later) is the day X was removed
    kim = ("e:kim-jong-un",)
    a = _doc("a", "2025-01-10", _event("v:1", "DISMISS", (), kim, start="2025-01-09"))
    b = _doc("b", "2025-06-02", _event("v:3", "DISMISS", (), kim))
    c = _doc("c", "2025-06-03", _event("v:2", "DISMISS", (), ("e:choe-son-hui",)))
    occ = _occ(link_events([a, b, c]))
    assert occ[("a.txt", "v:1")] == occ[("b.txt", "v:3")] != occ[("c.txt", "v:2")]


def test_an_undated_departure_joins_nothing_when_its_person_left_twice() -> None:
    kim = ("e:kim-jong-un",)
    a = _doc("a", "2021-01-10", _event("v:1", "DISMISS", (), kim, start="2021-01-09"))
    b = _doc("b", "2025-01-10", _event("v:1", "DISMISS", (), kim, start="2025-01-09"))
    c = _doc("c", "2025-06-02", _event("v:3", "DISMISS", (), kim))
    occ = _occ(link_events([a, b, c]))
    assert occ[("c.txt", "v:3")] not in (occ[("a.txt", "v:1")], occ[("b.txt", "v:1")])
