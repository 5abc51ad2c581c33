"""Test that one organisation written several ways becomes one entity, and different ones stay apart."""

from __future__ import annotations

from dateline.resolve.orgs import OrgRecord, initials, merge_orgs


def test_initials_skip_small_words() -> None:
    assert initials("Korean Central News Agency") == "KCNA"
    assert initials("University of Papua New Guinea") == "UPNG"
    assert initials("Hamas") == ""


def test_acronym_misspelling_and_full_name_are_one_agency() -> None:
    records = [
        OrgRecord("e:korean-central-news-agency-prk", ("Korean Central News Agency",), "PRK", 3),
        OrgRecord("e:kcna-prk", ("KCNA",), "PRK", 2),
        OrgRecord("e:knca", ("KNCA",), None, 1),
    ]
    into = merge_orgs(records)
    assert into == {"e:kcna-prk": "e:korean-central-news-agency-prk", "e:knca": "e:korean-central-news-agency-prk"}


def test_states_and_ambiguous_acronyms_keep_organisations_apart() -> None:
    records = [
        OrgRecord("e:foreign-ministry-chn", ("Foreign Ministry",), "CHN", 2),
        OrgRecord("e:foreign-ministry-fin", ("Foreign Ministry",), "FIN", 1),
        OrgRecord("e:icc", ("ICC",), None, 1),
        OrgRecord("e:international-criminal-court", ("International Criminal Court",), None, 1),
        OrgRecord("e:international-cricket-council", ("International Cricket Council",), None, 1),
        OrgRecord("e:icj", ("ICJ",), None, 3),
        OrgRecord("e:kcna-prk", ("KCNA",), "PRK", 1),
        OrgRecord("e:kcnb-kor", ("KCNB",), "KOR", 5),
    ]
    # two full names spell ICC: which one is unknowable; ICC is not a misspelling of ICJ (too short);
    # KCNA is one letter from KCNB, but of another state
    assert merge_orgs(records) == {}


def test_long_names_a_letter_apart_are_one() -> None:
    records = [OrgRecord("e:inter-regional-council", ("Inter-Regional Council for Fisheries Research",), None, 2),
               OrgRecord("e:interregional-council", ("Interregional Council for Fisheries Research",), None, 1)]
    assert merge_orgs(records) == {"e:interregional-council": "e:inter-regional-council"}


def test_a_dotted_acronym_is_the_acronym() -> None:
    records = [OrgRecord("e:united-nations", ("United Nations",), None, 3),
               OrgRecord("e:u-n", ("U.N.",), None, 1), OrgRecord("e:un", ("UN",), None, 2)]
    assert merge_orgs(records) == {"e:u-n": "e:united-nations", "e:un": "e:united-nations"}


def test_an_acronym_joins_a_full_name_already_holding_it() -> None:
    records = [OrgRecord("e:united-nations", ("United Nations", "U.N."), None, 3), OrgRecord("e:un", ("UN",), None, 2)]
    assert merge_orgs(records) == {"e:un": "e:united-nations"}


def test_a_state_word_in_front_names_the_same_ministry_of_that_state_only() -> None:
    records = [OrgRecord("e:foreign-ministry-chn", ("Foreign Ministry",), "CHN", 2),
               OrgRecord("e:chinese-foreign-ministry-chn", ("Chinese Foreign Ministry",), "CHN", 1),
               OrgRecord("e:estonian-foreign-ministry-est", ("Estonian Foreign Ministry",), "EST", 1),
               OrgRecord("e:us-state-department-usa", ("US State Department",), "USA", 1),
               OrgRecord("e:state-department-usa", ("State Department",), "USA", 2)]
    assert merge_orgs(records) == {"e:chinese-foreign-ministry-chn": "e:foreign-ministry-chn",
                                   "e:us-state-department-usa": "e:state-department-usa"}
