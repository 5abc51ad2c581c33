"""Test that the spilled two-pass reduce resolves a run exactly as ``pipeline.resolve_run`` does."""

from __future__ import annotations

import json

from dateline.model import Document, Entity, Event, Evidence, Failure, Position, Source, Span
from dateline.pipeline import resolve_run
from dateline.scale.reduce import reduce_spill, spill_rows
from dateline.scale.shards import read_keyed


def _doc(n: int, person: str, place: str) -> Document:
    body = f"{person} met officials in {place} on Monday, report number {n}."
    return Document(
        source=Source(f"page{n}.txt"),
        body=body,
        published="2025-03-18",
        entities=(
            Entity("p1", "PERSON", person, (), None, (Span(0, len(person)),)),
            Entity("g1", "GPE", place, (), None, (Span(body.index(place), body.index(place) + len(place)),)),
        ),
        positions=(Position("p1", "minister", "Minister", None, Evidence(body, 0, len(body))),),
        events=(Event("v:1", "CONSULT", Evidence(body, 0, len(body)), source=("p1",), location="g1", trigger="met"),),
    )


def _run() -> list[tuple[int, int, Document | Failure]]:
    return [
        (0, 0, _doc(0, "Kim Jong Un", "Pyongyang")),
        (0, 1, Failure(Source("page1.txt"), "C001: no article text found in the page")),
        (1, 0, _doc(2, "Kim Jong-un", "Pyongyang")),
        (2, 0, _doc(3, "Andrey Rudenko", "Moscow")),
        (2, 1, _doc(4, "Rudenko", "Moscow")),
    ]


def test_spilled_reduce_equals_resolve_run(tmp_path):
    run = _run()
    expected = [r.to_json() for r in resolve_run([r for _, _, r in run])]
    arrival = [run[3], run[0], run[4], run[2], run[1]]  # results come off a cluster in any order
    rows = [(f, r, json.dumps(res.to_json())) for f, r, res in arrival]
    spill = spill_rows(rows, str(tmp_path / "spill"), rows_per_part=2)
    assert (spill.pages, spill.failures, len(spill.parts)) == (5, 1, 3)
    written = reduce_spill(spill, str(tmp_path / "out"))
    assert len(written) == 3 * 4
    got = [k.result.to_json() for k in read_keyed(str(tmp_path / "out"))]
    assert got == expected


def test_empty_spill_writes_empty_shards(tmp_path):
    spill = spill_rows([], str(tmp_path / "spill"))
    written = reduce_spill(spill, str(tmp_path / "out"))
    assert len(written) == 4
    assert list(read_keyed(str(tmp_path / "out"))) == []


def test_spilled_reduce_in_many_parts_equals_resolve_run_on_generated_records(tmp_path):
    import random

    from dateline.model import document_from_json
    from generated import generated_lines

    lines = generated_lines(900, 13)
    expected = [r.to_json() for r in resolve_run([document_from_json(json.loads(line)) for line in lines])]
    rows = [(n // 100, n % 100, line) for n, line in enumerate(lines)]
    random.Random(13).shuffle(rows)  # every part holds an interleaved stretch of the run
    spill = spill_rows(rows, str(tmp_path / "spill"), rows_per_part=150)
    assert len(spill.parts) == 6
    reduce_spill(spill, str(tmp_path / "out"))
    got = [k.result.to_json() for k in read_keyed(str(tmp_path / "out"))]
    assert got == expected
    assert not list((tmp_path / "spill").glob("*.pickle"))  # the parts' planning records are gone


def test_people_grouped_by_name_block_get_the_whole_runs_ids(tmp_path):
    """``plan.grouped_people`` (records shuffled into partitions by name block) links as ``identity.link_people``."""
    import random

    from dateline.model import document_from_json
    from dateline.resolve import plan_links
    from dateline.resolve.plan import Stash, in_memory, plan_parts
    from generated import generated_lines

    records = [document_from_json(json.loads(line)) for line in generated_lines(1200, 5)]
    whole = plan_links(records)
    pairs = list(enumerate(records))
    random.Random(7).shuffle(pairs)
    for count in (1, 3, 5):
        parts = [pairs[n::count] for n in range(count)]
        stash = Stash(str(tmp_path / f"stash{count}"))
        part_links = plan_parts(in_memory(parts), count, stash=stash)
        assert {k: v for links in part_links for k, v in links.ids.items()} == whole.ids
        assert {k: v for links in part_links for k, v in links.occurrences.items()} == whole.occurrences
        assert list((tmp_path / f"stash{count}").iterdir()) == []  # every stashed record was taken back
    people = {v for (_, local), v in whole.ids.items() if whole.types.get(v) == "PERSON"}
    assert 1 < len(people) < sum(1 for doc in records for e in doc.entities if e.type == "PERSON")


def test_name_blocks_are_numbered_in_order_of_their_first_record():
    from dateline.resolve.identity import PersonRecord, blocks_of, group_tokens
    from dateline.resolve.plan import number_blocks, token_edges

    names = ["Ana Lopez", "Boris Ivanov", "A. Lopez", "Ivanov", "Chen Wei", "Ana Lopes"]
    records = [PersonRecord(f"{n}:l1", name, (), None, ()) for n, name in enumerate(names)]
    groups, tokens = group_tokens(records)
    firsts: dict = {}
    for n, group in enumerate(groups):
        firsts.setdefault(group, (n, 0))
    block_of = number_blocks(firsts, token_edges((t, g) for g, toks in tokens.items() for t in toks))
    assert [[i for i, g in enumerate(groups) if block_of[g] == b] for b in sorted(set(block_of.values()))] \
        == blocks_of(groups, tokens)


def test_name_blocks_from_tokens_split_by_meeting_key_equal_one_process():
    # the name partitions scatter (token, group) pairs by meeting key: a typo key's groups and a pair of pieces'
    # lookups and holders meet in one partition whatever the piece or the role, so each share's edges suffice
    from dateline.resolve.identity import PersonRecord, blocks_of, group_tokens, meeting_key
    from dateline.resolve.plan import _spread, number_blocks, token_edges

    names = ["Ana Lopez", "Alba Lopez", "A. Lopez", "Oleg Karenko", "Oleg Arenkos", "Oleg Karenkos", "Ivo Sanmar",
             "I. Sanmar", "Ivo Tek Sanmar", "Tek Sanmar", "Boris Ivanov", "Ivanov", "Boris Ivanova", "Mila Ros"]
    records = [PersonRecord(f"{n}:l1", name, (), None, ()) for n, name in enumerate(names)]
    groups, tokens = group_tokens(records)
    firsts: dict = {}
    for n, group in enumerate(groups):
        firsts.setdefault(group, (n, 0))
    pairs = [(t, g) for g, toks in tokens.items() for t in toks]
    edges = set()
    for k in range(3):
        edges |= token_edges(p for p in pairs if _spread(meeting_key(p[0]), 3) == k)
    block_of = number_blocks(firsts, edges)
    blocks = [[i for i, g in enumerate(groups) if block_of[g] == b] for b in sorted(set(block_of.values()))]
    assert blocks == blocks_of(groups, tokens)
    assert [0, 1, 2] in blocks and [3, 4, 5] in blocks and [13] in blocks


def test_an_ambiguous_shortened_name_is_left_alone_in_any_split_of_the_run(tmp_path):
    # the partitions that find "K. Lopez" an ambiguous lookup tell the parts, which mark its records for the linking
    from dateline.resolve import plan_links
    from dateline.resolve.plan import Stash, in_memory, plan_parts

    names = ["Karla Lopez"] * 30 + ["Kevin Lopez", "Kira Lopez", "Konrad Lopez", "Kai Lopez", "Koldo Lopez",
                                    "K. Lopez", "K. Lopez", "Ivo Sanmar", "I. Sanmar"]
    records = [_doc(n, name, "Madrid") for n, name in enumerate(names)]
    whole = plan_links(records)
    assert whole.ids[(names.index("K. Lopez"), "p1")] != whole.ids[(0, "p1")]
    assert whole.ids[(names.index("I. Sanmar"), "p1")] == whole.ids[(names.index("Ivo Sanmar"), "p1")]
    pairs = list(enumerate(records))
    for count in (1, 3):
        stash = Stash(str(tmp_path / f"stash{count}"))
        part_links = plan_parts(in_memory([pairs[n::count] for n in range(count)]), count, stash=stash)
        assert {k: v for links in part_links for k, v in links.ids.items()} == whole.ids


def test_run_ranks_give_every_row_its_index_in_one_sort_of_the_whole_run():
    """``run_ranks`` gives every row the index one sort of (key, part, row) over all parts gives, ties included."""
    import random

    import numpy as np

    from dateline.scale.reduce import run_ranks

    rng = random.Random(3)
    parts = [np.array([rng.randrange(40) for _ in range(rng.randrange(0, 30))], dtype=np.int64) for _ in range(5)]
    whole = sorted((int(key), n, row) for n, keys in enumerate(parts) for row, key in enumerate(keys))
    expected = {(n, row): rank for rank, (_, n, row) in enumerate(whole)}
    assert len(set(whole)) == len(whole) and len({key for key, _, _ in whole}) < len(whole)  # keys repeat
    ranks = run_ranks(parts)
    assert [len(r) for r in ranks] == [len(keys) for keys in parts]
    got = {(n, row): int(rank) for n, found in enumerate(ranks) for row, rank in enumerate(found)}
    assert got == expected
    assert run_ranks([]) == []


def test_spill_keys_out_of_range_are_refused(tmp_path):
    import pytest

    from dateline.scale.reduce import _keys

    spill = spill_rows([(0, 1 << 33, json.dumps(_doc(0, "Ana Lopez", "Lima").to_json()))], str(tmp_path / "spill"))
    with pytest.raises(ValueError, match="key range"):
        _keys(spill.parts[0])


def test_organisation_tallies_of_parts_add_up_to_the_whole_runs_regroup():
    """``orgs.regroup`` over all mentions equals ``merged_ids`` over the added tallies of parts that share no
    document: names keep their first place, and a tie between two states goes to the state given first."""
    import random

    from dateline.resolve.orgs import OrgMention, OrgTally, merged_ids, regroup, tally

    names = [("Korean Central News Agency", "KCNA"), ("KNCA",), ("Korean Central News Agncy",), ("International Energy Council", "IEC"),
             ("IEC",), ("Chinese Foreign Ministry",), ("Foreign Ministry",)]
    rng = random.Random(11)
    mentions = []
    for doc in range(300):
        for local in range(rng.randrange(0, 3)):
            written = rng.choice(names)
            country = rng.choice([None, "PRK", "CHN", "FIN"])
            # a store's or a kind-corrected id need not carry its mentions' state: one id, several states
            gid = "e:" + written[0].lower().replace(" ", "-") + (f"-{country.lower()}" if country and doc % 2 else "")
            mentions.append(OrgMention((doc, f"o{local}"), doc, gid, written, country))
    whole = regroup(mentions)
    assert whole  # some organisations merge
    for count in (2, 7):
        added = OrgTally()
        for n in range(count):
            added.add(tally(((m.doc, int(m.key[1][1:])), m) for m in mentions if m.doc % count == n))
        new = merged_ids(added)
        assert {m.key: new[m.id] for m in mentions if m.id in new} == whole
    # one id, two states given once each: the merged id takes the state given first in the run, whichever part
    # holds that document
    tied = [OrgMention((1, "o1"), 1, "e:korean-central-news-agency", ("Korean Central News Agency",), "PRK"),
            OrgMention((2, "o1"), 2, "e:korean-central-news-agency", ("Korean Central News Agency",), "CHN"),
            OrgMention((3, "o1"), 3, "e:kcna", ("KCNA",), None)]
    assert regroup(tied)[(3, "o1")] == "e:korean-central-news-agency-prk"
    added = OrgTally()
    for n in (0, 1):
        added.add(tally(((m.doc, 1), m) for m in tied if m.doc % 2 == n))
    assert merged_ids(added)["e:kcna"] == "e:korean-central-news-agency-prk"


def test_events_linked_by_vague_dates_get_the_whole_runs_occurrences_in_any_split(tmp_path):
    """``plan.grouped_events`` (links kept by partitions, components joined from spanning forests) gives the
    occurrences ``same_event.link_items`` gives, vague-date candidates included."""
    import random

    from dateline.model import Interval
    from dateline.resolve import plan_links
    from dateline.resolve.plan import Stash, in_memory, plan_parts

    ents = (Entity("e:vladimir-putin", "PERSON", "Vladimir Putin", country="RUS"),
            Entity("e:north-korea", "GPE", "North Korea", country="PRK"))

    def visit(start: str, end: str | None = None) -> Event:
        return Event("v:1", "CONSULT", Evidence("a sentence", 0, 10), mode="visit", source=("e:vladimir-putin",),
                     target=("e:north-korea",), date=Interval(start, end or start, start, "day"))

    docs = []
    for year in range(2010, 2022):  # per year: a visit "last year", one "in June" and one on a day of June
        docs += [Document(Source(f"a{year}.txt"), body=f"a {year}", published=f"{year + 1}-12-11", entities=ents,
                          events=(visit(f"{year}-01-01", f"{year}-12-31"),)),
                 Document(Source(f"b{year}.txt"), body=f"b {year}", published=f"{year}-11-05", entities=ents,
                          events=(visit(f"{year}-06-01", f"{year}-06-30"),)),
                 Document(Source(f"c{year}.txt"), body=f"c {year}", published=f"{year}-06-20", entities=ents,
                          events=(visit(f"{year}-06-19"),))]
    whole = plan_links(docs)
    for n in range(0, len(docs), 3):  # the vague-date rule joined each year's three reports
        assert whole.occurrences[(n, "v:1")] == whole.occurrences[(n + 1, "v:1")] == whole.occurrences[(n + 2, "v:1")]
    assert len(set(whole.occurrences.values())) == len(docs) // 3
    pairs = list(enumerate(docs))
    random.Random(5).shuffle(pairs)
    for count in (1, 3, 5):
        stash = Stash(str(tmp_path / f"stash{count}"))
        part_links = plan_parts(in_memory([pairs[n::count] for n in range(count)]), count, stash=stash)
        assert {k: v for links in part_links for k, v in links.occurrences.items()} == whole.occurrences
        assert list((tmp_path / f"stash{count}").iterdir()) == []


def test_array_components_are_the_union_find_components():
    import random

    import numpy as np

    from dateline.resolve.blocks import KeyUnion, array_components

    rng = random.Random(2)
    edges = [(rng.randrange(1 << 40), rng.randrange(1 << 40)) for _ in range(5)]
    nodes_seen = [n for pair in edges for n in pair]
    edges += [(rng.choice(nodes_seen), rng.randrange(1 << 40)) for _ in range(300)]  # chains and stars
    edges += [(rng.choice(nodes_seen), rng.choice(nodes_seen)) for _ in range(50)]
    uf = KeyUnion()
    for a, b in edges:
        uf.union((a, b))
    nodes, labels = array_components(np.array(edges, dtype=np.int64))
    assert nodes.tolist() == sorted({n for pair in edges for n in pair})
    by_label: dict[int, set[int]] = {}
    for n, c in zip(nodes.tolist(), labels.tolist(), strict=True):
        by_label.setdefault(c, set()).add(n)
    by_root: dict[object, set[int]] = {}
    for n in nodes.tolist():
        by_root.setdefault(uf.find(n), set()).add(n)
    assert sorted(map(sorted, by_label.values())) == sorted(map(sorted, by_root.values()))
    assert all(nodes[c] == min(members) for c, members in by_label.items())
    empty_nodes, empty_labels = array_components(np.empty((0, 2), dtype=np.int64))
    assert len(empty_nodes) == len(empty_labels) == 0


def test_steps_log_times_every_step_and_leaves_the_output_unchanged(tmp_path):
    """``reduce_spill(steps_log=...)`` appends one line per step, in the order they ran; the shards are as without it."""
    run = _run()
    rows = [(f, r, json.dumps(res.to_json())) for f, r, res in run]
    spill = spill_rows(rows, str(tmp_path / "spill"), rows_per_part=2)
    reduce_spill(spill, str(tmp_path / "plain"))
    log = tmp_path / "steps.jsonl"
    reduce_spill(spill_rows(rows, str(tmp_path / "spill2"), rows_per_part=2), str(tmp_path / "timed"), steps_log=str(log))
    plain = [k.result.to_json() for k in read_keyed(str(tmp_path / "plain"))]
    assert [k.result.to_json() for k in read_keyed(str(tmp_path / "timed"))] == plain
    steps = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    names = [s["step"] for s in steps]
    assert names[:5] == ["_rank_run", "_prepare", "part_names", "_name_partition", "part_people"]  # a step on the parts is named by what it runs
    assert names[-1] == "_apply_part"
    for expected in ("_link_partition", "part_event_rows", "_event_partition", "_resolve_components"):
        assert expected in names
    assert all(s["jobs"] == 3 and s["seconds"] >= 0 for s in steps if s["step"] in ("_prepare", "_apply_part"))
    assert [s["start"] for s in steps] == sorted(s["start"] for s in steps)
    assert all(s["cpu"] >= 0 and s["cpu_at"] >= 0 for s in steps)


def test_each_part_reads_only_its_own_slice_of_the_run_wide_tables_and_links_as_one_pass(tmp_path):
    """Name words, name blocks, people per name and settled facts reach each part as its own slice (``name-words-N``,
    ``person-blocks-N``, ``person-names-N``, ``settled-K-N``), with the one-pass result: a one-word person whose name
    another part names in full stays a person, one no part names in full is a town."""
    from dateline.resolve import plan_links
    from dateline.resolve.plan import Stash, in_memory, plan_parts

    def doc(n: int, person: str, country: str | None) -> Document:
        body = f"{person} spoke on Monday, report {n}."
        return Document(Source(f"p{n}.txt"), body=body, published="2025-03-18",
                        entities=(Entity("p1", "PERSON", person, (), country, (Span(0, len(person)),)),))

    docs = [doc(0, "Nia Carson", "USA"), doc(1, "Tomas Keller", None), doc(2, "Carson", None), doc(3, "Stafford", None),
            doc(4, "Keller", "DEU"), doc(5, "Nia Carson", None)]
    whole = plan_links(docs)
    assert (2, "p1") not in whole.kinds and whole.kinds[(3, "p1")][0] == "LOC"
    pairs = list(enumerate(docs))
    for count in (1, 2, 3):
        stash = Stash(str(tmp_path / f"stash{count}"))
        part_links = plan_parts(in_memory([pairs[n::count] for n in range(count)]), count, stash=stash)
        assert {k: v for links in part_links for k, v in links.ids.items()} == whole.ids
        assert {k: v for links in part_links for k, v in links.kinds.items()} == whole.kinds
        for links in part_links:  # each part got the facts of its own ids, as the one pass settled them
            used = set(links.ids.values())
            assert set(links.countries) <= used and set(links.names) <= used
            assert links.countries == {g: c for g, c in whole.countries.items() if g in used}
            assert links.names == {g: c for g, c in whole.names.items() if g in used}
            assert links.types == {g: c for g, c in whole.types.items() if g in used}
        assert list((tmp_path / f"stash{count}").iterdir()) == []


def test_stash_scatter_writes_one_file_per_source_and_each_destination_reads_its_own_slice(tmp_path):
    """``Stash.scatter``: one file for all destinations; ``slice`` reads one destination's value, empty ones too."""
    import pytest

    from dateline.resolve.plan import Stash

    stash = Stash(str(tmp_path / "stash"))
    values = [[("a", 1)], [], {"x": {1, 2}}, None, list(range(1000))]
    stash.scatter("rows-0", values)
    stash.scatter("rows-1", [])
    assert sorted(p.name for p in (tmp_path / "stash").iterdir()) == ["rows-0.scatter", "rows-1.scatter"]
    assert [stash.slice("rows-0", k) for k in reversed(range(len(values)))] == list(reversed(values))
    with pytest.raises(IndexError, match="no destination 5 of 5"):
        stash.slice("rows-0", 5)
    with pytest.raises(IndexError):
        stash.slice("rows-1", 0)
    stash.drop_scattered(["rows-0", "rows-1"])
    assert not list((tmp_path / "stash").iterdir())


def test_each_name_is_decided_once_per_run_and_each_part_gets_the_plan_part_entities_gives(tmp_path):
    """``part_names`` / ``_name_partition`` / ``part_people``: a name several parts share is decided once in its
    name partition, and each part's person records, groups, kinds and ids are those ``part_entities`` gives it."""
    import random

    from dateline.model import document_from_json
    from dateline.resolve.plan import (
        Stash,
        _kind_key,
        _name_partition,
        _titles_by_person,
        part_entities,
        part_names,
        part_people,
        part_single_names,
        part_words,
    )
    from generated import generated_lines

    records = [document_from_json(json.loads(line)) for line in generated_lines(600, 11)]
    pairs = list(enumerate(records))
    random.Random(2).shuffle(pairs)
    count = 3
    parts = [pairs[n::count] for n in range(count)]
    words = frozenset().union(*(part_words(part)[1] for part in parts))
    stash = Stash(str(tmp_path / "stash"))
    for n, part in enumerate(parts):
        stash.put(f"name-words-{n}", frozenset(part_single_names(part) & words))
    asked = [part_names(part, stash, n, count) for n, part in enumerate(parts)]
    decided = sum(_name_partition((stash, k, count)) for k in range(count))
    keys = [{_kind_key(e, bool(_titles_by_person(doc).get(e.id)), words) for _, doc in part for e in doc.entities}
            for part in parts]
    assert decided == len(set().union(*keys)) < sum(map(len, keys))  # shared names once, not once per part
    assert sum(asked) >= sum(map(len, keys))
    stash.drop_scattered(f"names-{n}" for n in range(count))
    for n, part in enumerate(parts):
        part_people(part, stash, n, count)
        expected = part_entities(part, words)
        people, _, groups, _ = stash.pop(f"people-{n}")
        assert people == expected.people and groups == expected.groups
        links = stash.pop(f"links-{n}")
        assert (links.ids, links.kinds, links.dropped) == (expected.links.ids, expected.links.kinds,
                                                          expected.links.dropped)
        assert stash.pop(f"orgs-{n}") == expected.orgs


def test_deaths_are_compared_per_actor_so_no_one_partition_holds_every_death(tmp_path):
    """A ``ONCE_PER_PERSON`` event (a death) goes to one block per actor key, spread over the partitions, and the
    run's occurrences stay those of ``plan_links`` (where every death is in one block)."""
    import random

    from dateline.model import document_from_json
    from dateline.resolve import plan_links
    from dateline.resolve.plan import _ONCE, Stash, _event_partition, in_memory, in_order, plan_parts
    from dateline.resolve.same_event import ONCE_PER_PERSON
    from generated import generated_lines

    records = [document_from_json(json.loads(line)) for line in generated_lines(1500, 5)]
    whole = plan_links(records)
    pairs = list(enumerate(records))
    random.Random(4).shuffle(pairs)
    count = 4
    stash = Stash(str(tmp_path / "stash"))
    seen: dict[int, set[tuple[str, int, str]]] = {}

    def spy(fn, jobs):  # type: ignore[no-untyped-def]
        if fn is _event_partition:
            for job in jobs:
                _, k, parts = job
                seen[k] = {row[0] for n in range(parts) for row in stash.slice(f"events-{n}", k)
                           if row[0][0] in ONCE_PER_PERSON}
        return in_order(fn, jobs)

    got = plan_parts(in_memory([pairs[n::count] for n in range(count)]), count, map_blocks=spy, stash=stash)
    assert {k: v for links in got for k, v in links.occurrences.items()} == whole.occurrences
    deaths = set().union(*seen.values())
    assert len(deaths) > count and sum(1 for blocks in seen.values() if blocks) > 1  # spread, not one block
    assert all(bucket == _ONCE and key for _, bucket, key in deaths)


def test_people_per_name_and_merged_organisation_ids_reach_each_part_as_its_own_slice(tmp_path):
    """The people each folded name names are added up per partition of names (``_name_owners``), not in the merge;
    each part gets only its own organisations' names (``person-names-K``, slice N) and merged ids (``org-ids-N``),
    with the one-pass result: an organisation named as one person elsewhere becomes that person, one named as two
    people (homonyms of two states) stays an organisation, an acronym joins its full name across parts."""
    from dateline.resolve import plan_links
    from dateline.resolve.plan import (
        Stash,
        _name_key,
        _part_facts_stashed,
        _part_orgs,
        in_memory,
        in_order,
        plan_parts,
    )

    def doc(n: int, *ents: tuple[str, str, str | None]) -> Document:
        body = " and ".join(name for _, name, _ in ents) + f" spoke on Monday, report {n}."
        return Document(Source(f"q{n}.txt"), body=body, published="2025-04-02",
                        entities=tuple(Entity(f"e{i}", kind, name, (), country, (Span(0, len(name)),))
                                       for i, (kind, name, country) in enumerate(ents)))

    docs = [doc(0, ("PERSON", "Orla Fenwick", "IRL"), ("ORG", "Tavish Moorcroft", None)),
            doc(1, ("PERSON", "Tavish Moorcroft", "GBR"), ("ORG", "Orla Fenwick", None)),
            doc(2, ("PERSON", "Ines Valdara", "ESP"), ("ORG", "Northern Grain Council", "CAN")),
            doc(3, ("PERSON", "Ines Valdara", "PRT"), ("ORG", "Ines Valdara", None)),
            doc(4, ("ORG", "Northern Grain Council", "CAN"), ("ORG", "Tavish Moorcroft", None)),
            doc(5, ("ORG", "Northern Grain Council", None), ("PERSON", "Orla Fenwick", None)),
            doc(6, ("ORG", "KMG", None), ("ORG", "Orla Fenwick", None)),
            doc(7, ("ORG", "Kestrel Mining Group", None))]
    whole = plan_links(docs)
    assert whole.ids[(6, "e0")] == whole.ids[(7, "e0")] == "e:kestrel-mining-group"
    assert whole.kinds[(0, "e1")][0] == "PERSON" and whole.ids[(0, "e1")] == whole.ids[(1, "e0")]
    assert (3, "e1") not in whole.kinds  # two people of that name: it stays an organisation
    pairs = list(enumerate(docs))
    for count in (1, 2, 3):
        stash = Stash(str(tmp_path / f"stash{count}"))
        parts = [pairs[n::count] for n in range(count)]
        steps: list[str] = []

        def spy(fn, jobs):  # type: ignore[no-untyped-def]
            steps.append(fn.__name__)
            if fn is _part_orgs:  # each part's slices hold the names of its own organisations, nothing else
                for number, part in enumerate(parts):  # noqa: B023 - run within this iteration
                    mine = {_name_key(e.name) for _, d in part for e in d.entities if e.type == "ORG"}
                    for k in range(count):  # noqa: B023
                        assert set(stash.slice(f"person-names-{k}", number)) <= mine  # noqa: B023
            return in_order(fn, jobs)

        def on_parts(step, args):  # type: ignore[no-untyped-def]
            if step is _part_facts_stashed:  # each part's merged organisation ids: of its own organisations only
                for number, part in enumerate(parts):  # noqa: B023
                    merged = stash.get(f"org-ids-{number}")  # noqa: B023
                    assert len(merged) <= sum(1 for _, d in part for e in d.entities if e.type == "ORG")
                    assert set(merged.values()) <= set(whole.ids.values())
            return in_memory(parts)(step, args)  # noqa: B023

        got = plan_parts(on_parts, count, map_blocks=spy, stash=stash)
        assert steps.count("_name_owners") == 1 and steps.index("_name_owners") < steps.index("_part_orgs")
        assert {k: v for links in got for k, v in links.ids.items()} == whole.ids
        assert {k: v for links in got for k, v in links.kinds.items()} == whole.kinds
        assert {k: v for links in got for k, v in links.types.items()} == {
            g: t for g, t in whole.types.items() if g in {v for links in got for v in links.ids.values()}}
        assert list((tmp_path / f"stash{count}").iterdir()) == []


def test_the_reduce_runs_its_steps_and_merges_with_the_cyclic_collector_off_and_restores_it(tmp_path):
    """The collector's walks over everything alive grew the reduce's cost per record (issue 17): every job of every
    step, in the process that runs it, and the merges between them run with it off; the caller's setting comes back."""
    import gc

    seen: list[bool] = []

    def watching(fn, blocks):  # type: ignore[no-untyped-def]
        out = []
        for block in blocks:
            out.append(fn(block))
            seen.append(gc.isenabled())  # the merges between jobs
        return out

    rows = [(0, n, json.dumps(d.to_json())) for n, (_, _, d) in enumerate(_run())]
    spill = spill_rows(rows, str(tmp_path / "spill"), rows_per_part=2)
    assert gc.isenabled()
    written = reduce_spill(spill, str(tmp_path / "out"), watching)
    assert gc.isenabled() and written and seen and not any(seen)

    gc.disable()
    try:
        reduce_spill(spill_rows(rows, str(tmp_path / "spill2"), rows_per_part=2), str(tmp_path / "out2"))
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
