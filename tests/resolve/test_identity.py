"""Test cross-document person linking, name keys and entity ids."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.resolve.identity import PersonRecord, entity_id, link_people, name_keys
from dateline.names import parse_name, variant_table


def _ids(*records: PersonRecord) -> dict[str, str]:
    return link_people(records)


@pytest.mark.parametrize(
    "variants",
    [
        ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jongun", "KIM JONG UN"),
        ("Aleksandr Matsegora", "Alexander Matsegora"),
        ("Andrei Rudenko", "Andrey Rudenko"),
        ("Sergei Shoigu", "Sergey Shoigu"),
        ("Yuri Ushakov", "Yury Ushakov", "Yuriy Ushakov"),
        ("Dmitri Peskov", "Dmitry Peskov", "Dmitriy Peskov"),
        ("Georgiy Zinoviev", "Georgy Zinoviev"),
        ("Bashar al-Assad", "Bashar Al Assad", "Bashar el-Assad", "Bashar al Assad"),
        ("María Corina Machado", "Maria Corina Machado"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Hossein Amir-Abdollahian", "Hossein Amirabdollahian"),
        ("Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("Mohammed Mokhber", "Muhammad Mokhber", "Mohammad Mokhber"),
    ],
)
def test_name_keys_share_a_key_across_spellings(variants: tuple[str, ...]) -> None:
    keys = [name_keys(v) for v in variants]
    assert all(k == keys[0] and k for k in keys), keys


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kim Jong Un", "Kim Jong-gyu"),
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Pak Jong Chon", "Pak Jong Chol"),
        ("Donald Trump", "Donald Trump Jr."),
        ("Al Gore", "Gore"),
    ],
)
def test_name_keys_keep_different_names_apart(a: str, b: str) -> None:
    assert not name_keys(a) & name_keys(b)


def test_name_keys_of_empty_name_is_empty() -> None:
    assert name_keys("") == set()
    assert name_keys("  - ") == set()


def test_lexicon_examples_hold() -> None:
    table = variant_table()
    assert table.examples, "every lexicon row carries an example"
    for left, right, same in table.examples:
        assert (parse_name(left).key == parse_name(right).key) is same, (left, right)


def test_romanization_variants_link_across_documents() -> None:
    ids = _ids(
        PersonRecord("0:p1", "Alexander Matsegora", ("Matsegora",), "RUS", ("ambassador",)),
        PersonRecord("1:p1", "Aleksandr Matsegora", (), "RUS"),
        PersonRecord("2:p3", "Matsegora", (), None),
    )
    assert set(ids.values()) == {"e:alexander-matsegora"}


def test_korean_names_with_shared_surname_stay_apart() -> None:
    ids = _ids(
        PersonRecord("0:a", "Kim Jong Un", (), "PRK"),
        PersonRecord("1:a", "Kim Jong-un", (), "PRK"),
        PersonRecord("1:b", "Kim Jong-gyu", (), "PRK"),
        PersonRecord("2:c", "Kim Yo Jong", (), "PRK"),
        PersonRecord("3:d", "Kim", (), "PRK"),
    )
    assert ids["0:a"] == ids["1:a"] == "e:kim-jong-un"
    assert len({ids["0:a"], ids["1:b"], ids["2:c"], ids["3:d"]}) == 4


def test_different_countries_never_merge() -> None:
    ids = _ids(
        PersonRecord("0:a", "John Smith", (), "USA"),
        PersonRecord("1:a", "John Smith", (), "GBR"),
        PersonRecord("2:a", "Smith", (), "GBR"),
    )
    assert ids["0:a"] != ids["1:a"]
    # the larger cluster keeps the plain id; the homonym gets its country
    assert ids["2:a"] == ids["1:a"] == "e:john-smith"
    assert ids["0:a"] == "e:john-smith-usa"


def test_null_country_joins_only_an_unambiguous_key() -> None:
    ids = _ids(
        PersonRecord("0:a", "John Smith", (), "USA"),
        PersonRecord("1:a", "John Smith", (), "GBR"),
        PersonRecord("2:a", "John Smith", (), None),
        PersonRecord("3:a", "Vladimir Putin", (), "RUS"),
        PersonRecord("4:a", "Vladimir Putin", (), None),
    )
    assert ids["2:a"] not in (ids["0:a"], ids["1:a"])
    assert ids["3:a"] == ids["4:a"] == "e:vladimir-putin"


def test_surname_alone_links_only_when_unambiguous() -> None:
    ids = _ids(
        PersonRecord("0:a", "Maria Corina Machado", ("Machado",), "VEN"),
        PersonRecord("1:a", "Ana Corina Sosa Machado", (), "VEN"),
        PersonRecord("2:a", "Machado", (), "VEN"),
        PersonRecord("3:a", "Vladimir Putin", (), "RUS"),
        PersonRecord("4:a", "Putin", (), None),
        PersonRecord("5:a", "Wang Yi", (), "CHN"),
        PersonRecord("6:a", "Wang Wei", (), "CHN"),
        PersonRecord("7:a", "Wang", (), "CHN"),
    )
    assert ids["2:a"] == ids["0:a"] != ids["1:a"]
    assert ids["4:a"] == ids["3:a"]
    assert ids["7:a"] not in (ids["5:a"], ids["6:a"])


def test_given_name_alone_does_not_take_another_pages_full_name() -> None:
    ids = _ids(
        PersonRecord("0:a", "Edmund Harcastle", (), "GBR"),
        PersonRecord("1:a", "Edmund", (), "GBR"),
        PersonRecord("2:a", "Lucia Ferrante", ("Lucia",), "ITA"),
        PersonRecord("3:a", "Lucia", (), "ITA"),
        PersonRecord("4:a", "Moon Hae-jin", (), "KOR"),
        PersonRecord("5:a", "Moon", (), "KOR"),
        PersonRecord("6:a", "Teodora Graham", (), "USA"),
        PersonRecord("7:a", "Graham", (), "USA"),
    )
    assert ids["1:a"] != ids["0:a"]
    assert ids["3:a"] == ids["2:a"]
    assert ids["5:a"] == ids["4:a"]
    assert ids["7:a"] == ids["6:a"]


def test_titles_break_a_surname_tie() -> None:
    ids = _ids(
        PersonRecord("0:a", "Sergei Lavrov", (), "RUS", ("foreign minister",)),
        PersonRecord("1:a", "Ivan Lavrov", (), "RUS", ("footballer",)),
        PersonRecord("2:a", "Lavrov", (), "RUS", ("minister",)),
    )
    assert ids["2:a"] == ids["0:a"] != ids["1:a"]


def test_partial_and_typo_names_link() -> None:
    ids = _ids(
        PersonRecord("0:a", "Ali Bagheri Kani", (), "IRN"),
        PersonRecord("1:a", "Ali Bagheri", (), "IRN"),
        PersonRecord("2:a", "Vladimir Putin", (), "RUS"),
        PersonRecord("3:a", "Vladimir Ptuin", (), "RUS"),
        PersonRecord("4:a", "V. Putin", (), "RUS"),
    )
    assert ids["0:a"] == ids["1:a"] == "e:ali-bagheri-kani"
    assert ids["2:a"] == ids["3:a"] == ids["4:a"] == "e:vladimir-putin"


def test_short_pieces_do_not_count_as_typos() -> None:
    ids = _ids(PersonRecord("0:a", "Pak Jong Chon", (), "PRK"), PersonRecord("1:a", "Pak Jong Chol", (), "PRK"))
    assert ids["0:a"] != ids["1:a"]


def test_ids_do_not_depend_on_input_order() -> None:
    records = [
        PersonRecord(f"{i}:x", name, (), country)
        for i, (name, country) in enumerate([
            ("Kim Jong Un", "PRK"), ("Kim Jong-un", None), ("Choe Son Hui", "PRK"), ("Choi Son-hui", None),
            ("John Smith", "USA"), ("John Smith", "GBR"), ("John Smith", None), ("Smith", "USA"),
            ("Andrey Rudenko", "RUS"), ("Andrei Rudenko", "RUS"), ("Rudenko", None), ("Kim", None),
        ])
    ]
    first = link_people(records)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = records[:]
        rng.shuffle(shuffled)
        assert link_people(shuffled) == first


def test_entity_id_forms() -> None:
    assert entity_id("Alexander Matsegora", "RUS") == "e:alexander-matsegora"
    assert entity_id("Alexander Matsegora", "RUS", homonym=True) == "e:alexander-matsegora-rus"
    assert entity_id("Sylvain Itté") == "e:sylvain-itte"
    assert entity_id("DPRK", "PRK", "GPE") == entity_id("North Korea", "PRK", "GPE") == "e:north-korea"
    assert entity_id("KCNA", "PRK", "ORG") == "e:kcna"
    assert entity_id("European Union", "EUU", "GPE") == "e:european-union"  # not a state code: the name
    assert entity_id("") == "e:unnamed"


def test_empty_input() -> None:
    assert link_people([]) == {}


def test_gold_same_as_groups_link_and_gold_persons_stay_apart(shared: Path) -> None:
    """Feed every gold person of the dev set as a record; same_as groups must share ids, others not."""
    gold_dev = shared / "gold" / "dev"
    files = sorted(gold_dev.glob("*.gold.json"))
    if not files:
        pytest.skip(f"no dev gold files (*.gold.json) in {gold_dev}")
    records: list[PersonRecord] = []
    truth: dict[str, str] = {}
    golds = {p.name.removesuffix(".gold.json"): json.loads(p.read_text()) for p in files}
    for stem, gold in golds.items():
        for person in gold["persons"]:
            key = f"{stem}:{person['key']}"
            # each document names the person by one of its variants: the first one
            records.append(PersonRecord(key, person["names"][0], tuple(person["names"][1:]), person["country"]))
            truth[key] = key
    for gold in golds.values():
        for group in gold.get("same_as") or []:
            for stem, pkey in group:
                truth[f"{stem}:{pkey}"] = f"{group[0][0]}:{group[0][1]}"
    ids = link_people(records)
    for a in records:
        for b in records:
            if a.key < b.key:
                assert (ids[a.key] == ids[b.key]) == (truth[a.key] == truth[b.key]), (a, b)


def test_bench_script_runs_on_a_small_sample() -> None:
    """Smoke-test bench/resolve_people.py: it runs, and dateline beats the exact-string baseline."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "bench" / "resolve_people.py"
    out = subprocess.run([sys.executable, str(script), "--mentions", "600", "--no-save"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    rows = {line[:30].strip(): line[30:].split() for line in out.splitlines()[1:]}
    assert float(rows["dateline link_people"][2]) > float(rows["baseline (exact string)"][2])


def test_long_middle_word_links_only_without_an_edge_match() -> None:
    ids = _ids(
        PersonRecord("0:a", "Ali Bagheri Kani", (), "IRN"),
        PersonRecord("1:a", "Bagheri", (), "IRN"),
        PersonRecord("2:a", "Kim Jong Un", (), "PRK"),
        PersonRecord("3:a", "Jong", (), "PRK"),
    )
    assert ids["1:a"] == ids["0:a"]
    assert ids["3:a"] != ids["2:a"]


NAMES = ["Kim Jong Un", "Kim Jong-un", "Kim", "Kim Yo Jong", "Andrei Rudenko", "Andrey Rudenko", "Rudenko",
         "A. Rudenko", "Ali Bagheri", "Ali Bagheri Kani", "Bagheri", "John Smith", "Smith", "Jon Smith"]
COUNTRIES = [None, "PRK", "RUS", "USA", "IRN"]


@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(COUNTRIES)), min_size=1, max_size=25),
       st.randoms(use_true_random=False))
@settings(max_examples=60, deadline=None)
def test_properties_order_and_countries(pairs: list[tuple[str, str | None]], rnd: random.Random) -> None:
    """Any input: ids ignore order, and no id covers two different countries."""
    records = [PersonRecord(f"{i}:p", name, (), country) for i, (name, country) in enumerate(pairs)]
    ids = link_people(records)
    shuffled = records[:]
    rnd.shuffle(shuffled)
    assert link_people(shuffled) == ids
    countries: dict[str, set[str]] = {}
    for rec in records:
        if rec.country:
            countries.setdefault(ids[rec.key], set()).add(rec.country)
    assert all(len(c) == 1 for c in countries.values())
