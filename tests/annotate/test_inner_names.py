"""Test that a person named by an inner word or a run of words of the full name stays one person (invented names)."""

from __future__ import annotations

import pytest

from dateline.annotate.inner_names import FullNames
from dateline.model import Document


def _people(doc: Document) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.name, e.aliases) for e in doc.entities if e.type == "PERSON")


def _table(*names: str) -> FullNames:
    table = FullNames()
    for i, name in enumerate(names):
        table.add(name, name, (0, i))
    return table


def test_a_run_of_one_longer_name_told_before_is_that_name():
    table = _table("Rafael Ortega Bustamante", "Ortega Bustamante", "Faisal bin Tariq al-Harthi", "Bin Tariq")
    assert table.run_owners() == {"Ortega Bustamante": "Rafael Ortega Bustamante",
                                         "Bin Tariq": "Faisal bin Tariq al-Harthi"}


def test_a_run_told_before_the_longer_name_is_its_own():
    # an Arabic son's name holds his father's: the father told first is another man
    assert _table("Karim Nasser", "Adel Karim Nasser").run_owners() == {}


def test_a_word_two_full_names_hold_is_no_one_s():
    assert _table("Maria Luisa Orrego", "Ana Luisa Brandt").holder(("luisa",), (1, 0)) is None


def test_an_inner_word_of_one_full_name_is_that_name():
    assert _table("Carlos Ramon Tito Albornoz").holder(("tito",), (1, 0)) == "Carlos Ramon Tito Albornoz"


@pytest.mark.parametrize("word", ["abu", "bin", "da"])
def test_a_lone_particle_or_kin_word_is_no_one_s(word):
    assert _table("Abu Yusuf Hamid bin Omar da Costa").holder((word,), (1, 0)) is None


def test_a_nickname_inside_the_full_name_joins_the_person(annotate_text):
    doc = annotate_text("The union leader Carlos Ramon Tito Albornoz called a general strike on Friday. "
                        "Tito said the walkout would last a week.")
    assert _people(doc) == [("Carlos Ramon Tito Albornoz", ("Tito",))]


def test_a_patronymic_run_joins_the_person(annotate_text):
    doc = annotate_text("Saudi businessman Faisal bin Tariq al-Harthi denied funding the militia on Sunday. "
                        "Bin Tariq said the transfers paid for a hospital.")
    assert _people(doc) == [("Faisal bin Tariq al-Harthi", ("Bin Tariq",))]


def test_a_double_surname_joins_the_person(annotate_text):
    doc = annotate_text("Senator Gonzalo Ibarra Quintana criticised the budget on Monday. "
                        "Ibarra Quintana said the cuts would close rural schools.")
    assert _people(doc) == [("Gonzalo Ibarra Quintana", ("Ibarra Quintana",))]


def test_a_word_two_people_share_joins_neither(annotate_text):
    doc = annotate_text("Senators Maria Luisa Orrego and Ana Luisa Brandt met the minister on Thursday. "
                        "Luisa said the count was flawed.")
    names = [name for name, _ in _people(doc)]
    assert "Maria Luisa Orrego" in names and "Ana Luisa Brandt" in names
    assert all("Luisa" not in aliases for _, aliases in _people(doc))
