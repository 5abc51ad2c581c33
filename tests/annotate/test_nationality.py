"""The state of a mention comes from the words around it, not from what it is near."""

from __future__ import annotations

import pytest

from dateline.annotate.nationality import (
    apposition_country,
    person_country,
    person_state,
    region_body_country,
    specialism_field,
    spelled_out_country,
    surname_state,
    token_modifier_country,
    two_word_state,
)


def _span(nlp, text: str, words: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(words)
    return doc.char_span(start, start + len(words), alignment_mode="expand")


def test_title_chain_gives_the_sender_not_the_host(nlp) -> None:  # type: ignore[no-untyped-def]
    span = _span(nlp, "Polish Ambassador to Nigeria Marek Nowak saw him off.", "Marek Nowak")
    assert person_country(span) == "POL"


def test_two_word_demonym(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("South African Foreign Minister Thandi Mokoena arrived.")
    assert two_word_state(doc, 1) == "ZAF"


def test_apposition_demonym(nlp) -> None:  # type: ignore[no-untyped-def]
    span = _span(nlp, "The award went to Casa Aberta, a Brazilian network of volunteers.", "Casa Aberta")
    assert apposition_country(span) == "BRA"


def test_a_prominent_figure_named_by_surname_alone_has_a_state() -> None:
    assert person_state("Putin", surname=True) == "RUS"
    assert person_state("Putin") is None  # only for a person the whole text names by one word


@pytest.mark.parametrize("name", ["Smirnov", "Kim", "Lee"])
def test_a_common_or_once_listed_surname_gives_no_state(name: str) -> None:
    assert person_state(name, surname=True) is None


@pytest.mark.parametrize(("name", "code"), [("George W. Bush", "USA"), ("Putin", "RUS"),
                                            ("Sheikh Fahd bin Nasser Al Thani", "QAT")])
def test_a_surname_listed_mostly_for_one_state_points_to_it(name: str, code: str) -> None:
    assert surname_state(name) == code


@pytest.mark.parametrize("name", ["Peter Taylor", "Maria Garcia", "Omar Khan"])
def test_a_surname_many_states_figures_bear_points_nowhere(name: str) -> None:
    """The dictionaries list several bearers of these surnames, of many states, none with three quarters."""
    assert surname_state(name) is None


@pytest.mark.parametrize(
    ("text", "word", "field"),
    [
        ("A Japan specialist who joined the service in 1995, Ivan Petrov served in Tokyo.", "Japan", True),
        ("The veteran Brazil hand Tom Baker spoke on Monday.", "Brazil", True),
        ("A Chinese expert said the talks would fail.", "Chinese", False),  # an expert from China
        ("The Japan team arrived on Monday.", "Japan", False),
    ],
)
def test_a_state_compounded_with_a_specialism_is_a_field_of_knowledge(nlp, text, word, field) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert specialism_field(tok) is field


def test_the_title_chain_reads_no_state_across_a_specialism(nlp) -> None:  # type: ignore[no-untyped-def]
    span = _span(nlp, "The Korea expert Anna Berg said the talks would fail.", "Anna Berg")
    assert person_country(span) is None
    span = _span(nlp, "The Japanese diplomat Anna Berg said the talks would fail.", "Anna Berg")
    assert person_country(span) == "JPN"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sheikh Khalid bin Omar Al Sabah", "KWT"),  # a ruling house: many listed members, all of one state
        ("Faisal bin Nasser Al Busaidi", "OMN"),
        ("Ali Hassan Al Khalifa", None),  # a family name the dictionaries list for several states
        ("Sheikh Al Thani", None),  # the family name alone names no one member
        ("Omar Hassan", None),
    ],
)
def test_a_ruling_family_name_gives_its_state(name: str, code: str | None) -> None:
    from dateline.annotate.nationality import family_state

    assert family_state(name) == code


@pytest.mark.parametrize(("text", "head", "code"), [
    ("Kenya complained to the regional bloc on Monday over two Eritrean drone strikes.", "strikes", "ERI"),
    ("Jordan complained to the Arab League on Sunday over five Syrian drone strikes.", "strikes", "SYR"),
    ("Malian army units crossed the river.", "units", "MLI"),  # the demonym on the head: read before as now
])
def test_a_demonym_on_a_compound_noun_names_the_head_state(nlp, text: str, head: str, code: str) -> None:  # type: ignore[no-untyped-def]
    tok = next(t for t in nlp(text) if t.text == head)
    assert token_modifier_country(tok) == code


def test_a_compound_with_no_demonym_names_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    tok = next(t for t in nlp("The drone strikes hit the camp.") if t.text == "strikes")
    assert token_modifier_country(tok) is None


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Ohio Department of Health said two people had died.", "Ohio Department of Health", "USA"),
    ("The Maryland State Police arrested a man.", "Maryland State Police", "USA"),
    ("Texas Instruments said it would cut jobs.", "Texas Instruments", None),
    ("Ohio State University hired a coach.", "Ohio State University", None),
])
def test_a_public_body_named_after_a_region_acts_for_its_state(  # type: ignore[no-untyped-def]
        nlp, text: str, name: str, code: str | None) -> None:
    assert region_body_country(_span(nlp, text, name)) == code


def test_an_acronym_in_brackets_has_the_state_of_the_name_it_spells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Nevada State Attorney General (NSAG) has opened an inquiry into Velmora, a seller of kitchen knives."
    assert spelled_out_country(_span(nlp, text, "NSAG")) == "USA"
    assert spelled_out_country(_span(nlp, "Brixco said the NYAG had called.", "NYAG")) is None
