"""Tests for dateline.clean.title: the headline chosen among a page's lines, and site suffixes cut."""

from __future__ import annotations

from dateline.clean.lines import page_lines
from dateline.clean.metadata import extract
from dateline.clean.title import (TITLE_FEATURES, _headline_over_byline, _headline_over_standfirst, _headline_under_kicker,
                                  _Ranked, _repeated_form, candidates, choose_title, cut_site)


def test_cut_site_removes_a_trailing_site_and_sections() -> None:
    assert cut_site("Hong Kong braces for protests | World | News | Express.co.uk", "Express.co.uk") == \
        "Hong Kong braces for protests"
    assert cut_site("Star Wars review - shoots for the moon", "VG247") == "Star Wars review - shoots for the moon"
    assert cut_site("Headline - Site", None) == "Headline - Site"


def test_headline_above_byline_beats_teasers_and_standfirst() -> None:
    content = ("Menu\nTop stories\nCity council votes to close the old library\nWeather warning for the weekend\n"
               "Skip navigation\nMayor opens new bridge over the river\n"
               "The bridge took two years to build and cost more than planned.\nBy Ann Lee\nMarch 3, 2024\n"
               "The mayor opened the new bridge over the river on Saturday, two years after building work began.\n"
               "Officials said the bridge would carry ten thousand cars a day across the river.\n")
    lines = page_lines(content)
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("The mayor opened"))
    meta = extract(lines, content.splitlines(), start, len(lines) - 1)
    assert meta.title == "Mayor opens new bridge over the river"
    assert meta.published == "2024-03-03"


def test_candidates_have_one_value_per_feature() -> None:
    lines = page_lines("Menu\nMayor opens new bridge\nBy Ann Lee\nThe mayor opened the bridge on Saturday, he said.\n")
    found = candidates(lines, [False, False, False, True], 3, 3, [False, False, True, False])
    assert found and all(len(f) == len(TITLE_FEATURES) for _, f in found)


def test_a_teaser_cut_short_is_marked_and_a_line_naming_the_brand_too() -> None:
    lines = page_lines("Welcome to The Daily Planet weekend edition\nMayor opens new bridge over the…\nMayor opens new bridge over the river\n"
                       "By Ann Lee\nThe mayor opened the new bridge over the river on Saturday, officials said.\n")
    found = dict(candidates(lines, [False, False, False, False, True], 4, 4, [False, False, False, True, False],
                            frozenset({"thedailyplanet"})))
    ellipsis, brand = TITLE_FEATURES.index("ends_ellipsis"), TITLE_FEATURES.index("names_brand")
    assert found[1][ellipsis] == 1.0 and found[2][ellipsis] == 0.0
    assert found[0][brand] == 1.0 and found[2][brand] == 0.0


def test_a_teaser_cut_short_gives_way_to_the_full_headline_the_page_repeats() -> None:
    lines = page_lines("Menu\nMayor opens the new bridge as river…\nSports\nMayor opens the new bridge as river rises\n"
                       "The mayor opened the bridge on Saturday, two years after work began.\n")
    assert _repeated_form(lines, 1) == 3
    assert _repeated_form(lines, 3) == 3


def test_a_section_trail_glued_before_the_headline_is_dropped_when_the_page_prints_it_bare() -> None:
    lines = page_lines("Home Local Mayor opens the new bridge\nMenu\nMayor opens the new bridge\n"
                       "The mayor opened the bridge on Saturday, two years after work began.\n")
    assert _repeated_form(lines, 0) == 2
    alone = page_lines("Home Local Mayor opens the new bridge\nThe mayor opened the bridge on Saturday.\n")
    assert _repeated_form(alone, 0) == 0


def test_a_long_standfirst_without_a_full_stop_gives_way_to_the_headline_above() -> None:
    lines = page_lines("Menu\nFerry line to reopen after winter storms\n"
                       "Officials say the crossing is safe again, but many islanders want a new pier built first\n"
                       "The ferry line closed in January after storms damaged the old pier.\n")
    close = _Ranked({1: 0.7, 2: 0.8}, {1: 0.8, 2: 0.7})
    assert _headline_over_standfirst(lines, 2, close) == 1
    unlikely = _Ranked({1: 0.1, 2: 0.8}, {1: 0.8, 2: 0.7})
    assert _headline_over_standfirst(lines, 2, unlikely) == 2  # the ranker does not believe the line above
    kicker = page_lines("Island Ferries\nIsland Ferries to reopen the crossing after the winter storms hit the pier\n")
    assert _headline_over_standfirst(kicker, 1, _Ranked({0: 0.8, 1: 0.8}, {0: 0.8, 1: 0.8})) == 1


def test_a_kicker_the_headline_below_repeats_gives_way_to_the_headline() -> None:
    lines = page_lines("Space Race\nSports\nWhy the Space Race still shapes budgets\nThe budget debate began in May.\n")
    ranked = _Ranked({0: 0.9, 2: 0.6}, {0: 1.0, 2: 0.8})
    assert _headline_under_kicker(lines, 0, ranked) == 2
    trail = page_lines("Space Race\nHome » Science » Space Race\nThe budget debate began in May.\n")
    assert _headline_under_kicker(trail, 0, ranked) == 0


def test_a_date_line_above_a_standfirst_is_no_headline() -> None:
    lines = page_lines("Menu\nUpdated: May 3, 2024 10:20 AM | Source: Lakeside Courier\n"
                       "Ferry line to reopen after the winter storms; will islanders return?\n"
                       "The ferry line closed in January after storms damaged the old pier.\n")
    ranked = _Ranked({1: 0.7, 2: 0.8}, {1: 0.8, 2: 0.7}, frozenset({1}))
    assert _headline_over_standfirst(lines, 2, ranked) == 2
    undated = _Ranked({1: 0.7, 2: 0.8}, {1: 0.8, 2: 0.7})
    assert _headline_over_standfirst(lines, 2, undated) == 1  # the same line, not known as a date line, is taken


def test_a_furniture_line_is_passed_over_whatever_its_score() -> None:
    lines = page_lines("You are here: Home News Local\nMayor opens new bridge over the river\n"
                       "The mayor opened the new bridge over the river on Saturday, two years after work began.\n")
    keep, dated = [False, False, True], [False, False, False]
    furniture = TITLE_FEATURES.index("first_line")
    weights = [0.0] * len(TITLE_FEATURES)
    weights[furniture] = 5.0  # a ranker that loves the first line
    model = {"title": {"features": list(TITLE_FEATURES), "weights": weights}, "site": {"features": [], "weights": []}}
    assert choose_title(lines, keep, 2, 2, dated, model=model) == 1
    plain = page_lines("Lakeside weekend\nMayor opens new bridge over the river\n"
                       "The mayor opened the new bridge over the river on Saturday, two years after work began.\n")
    assert choose_title(plain, keep, 2, 2, dated, model=model) == 0  # the same ranker takes an ordinary first line


def test_the_headline_shaped_line_above_the_byline_beats_a_teaser_above_it() -> None:
    lines = page_lines("Menu\nCity council votes to close the old library\nWeather warning for the weekend brings snow\n"
                       "Sports\nMayor opens new bridge over the river\nBy Ann Lee\nMarch 3, 2024\n"
                       "The mayor opened the new bridge over the river on Saturday, two years after work began.\n")
    ranked = _Ranked({1: 0.8, 2: 0.4, 4: 0.5}, {1: 0.5, 2: 0.2, 4: 0.9}, frozenset({5, 6}))
    assert _headline_over_byline(lines, 1, ranked, 7) == 4
    unlikely = _Ranked({1: 0.8, 2: 0.4, 4: 0.1}, {1: 0.5, 2: 0.2, 4: 0.9}, frozenset({5, 6}))
    assert _headline_over_byline(lines, 1, unlikely, 7) == 1  # the ranker does not believe the line above the byline
    assert _headline_over_byline(lines, 2, ranked, 7) == 2  # a choice right above it may be a headline over its standfirst
    dated = page_lines("Menu\nCity council votes to close the old library\nSports\nWeather\nMayor opens new bridge over the river\n"
                       "March 3, 2024\nBy Ann Lee\nThe mayor opened the new bridge on Saturday, after two years of work.\n")
    assert _headline_over_byline(dated, 1, _Ranked({1: 0.8, 4: 0.5}, {}, frozenset({5, 6})), 7) == 4  # date skipped


def test_a_credited_caption_is_passed_over_whatever_its_score() -> None:
    lines = page_lines("The new ferry at the harbour pier after its engines were installed. (credit: Jane Doe/Harbour Board)\n"
                       "Ferry line to reopen after winter storms\n"
                       "The ferry line closed in January after storms damaged the old pier, officials said.\n")
    weights = [0.0] * len(TITLE_FEATURES)
    weights[TITLE_FEATURES.index("first_line")] = 5.0  # a ranker that loves the first line
    model = {"title": {"features": list(TITLE_FEATURES), "weights": weights}, "site": {"features": [], "weights": []}}
    assert choose_title(lines, [False, False, True], 2, 2, [False, False, False], model=model) == 1


def test_the_outlets_masthead_is_passed_over_whatever_its_score() -> None:
    lines = page_lines("The Lakeside Blog\nFerry line to reopen after winter storms\n"
                       "The ferry line closed in January after storms damaged the old pier, officials said.\n")
    weights = [0.0] * len(TITLE_FEATURES)
    weights[TITLE_FEATURES.index("first_line")] = 5.0  # a ranker that loves the first line
    model = {"title": {"features": list(TITLE_FEATURES), "weights": weights}, "site": {"features": [], "weights": []}}
    keep, dated = [False, False, True], [False, False, False]
    assert choose_title(lines, keep, 2, 2, dated, model=model, site="Lakeside") == 1
    assert choose_title(lines, keep, 2, 2, dated, model=model, site="Harbour Courier") == 0  # another outlet's page
    assert choose_title(lines, keep, 2, 2, dated, model=model) == 0  # no site known: no masthead


def test_a_name_under_a_byline_label_is_passed_over_whatever_its_score() -> None:
    lines = page_lines("Ferry line to reopen after winter storms\nAuthor:\nThe Harbour Desk\n"
                       "The ferry line closed in January after storms damaged the old pier, officials said.\n")
    keep, dated = [False, False, False, True], [False, False, False, False]
    weights = [0.0] * len(TITLE_FEATURES)
    weights[TITLE_FEATURES.index("words")] = -5.0  # a ranker that loves short lines
    model = {"title": {"features": list(TITLE_FEATURES), "weights": weights}, "site": {"features": [], "weights": []}}
    assert choose_title(lines, keep, 3, 3, dated, model=model) == 0
    unlabelled = page_lines("Ferry line to reopen after winter storms\nSports\nThe Harbour Desk\n"
                            "The ferry line closed in January after storms damaged the old pier, officials said.\n")
    assert choose_title(unlabelled, keep, 3, 3, dated, model=model) == 2  # no label: the same ranker takes it
