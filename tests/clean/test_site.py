"""Tests for dateline.clean.site: candidate names from brand-shaped places and the site chosen."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.clean.lines import page_lines
from dateline.clean.site import (SITE_FEATURES, brand_line, candidates, choose_site, copyright_holders, cut_legal,
                                 domain_label, gather, norm)


def test_copyright_holder_is_the_name_next_to_the_mark() -> None:
    assert ("News Nation", False, False) in copyright_holders("© 2019 News Nation. All rights reserved.")
    names = [n for n, _, _ in copyright_holders("This material may not be broadcast, rewritten, or "
                                                "redistributed. ©2019 FOX News Network, LLC. All rights reserved.")]
    assert "FOX News Network" in names and "rewritten" not in names


def test_legal_words_are_cut_from_a_holder() -> None:
    assert cut_legal("ScienceAlert Pty Ltd") == "ScienceAlert"
    assert cut_legal("Harbour City Evening Gazette Publishers Ltd") == "Harbour City Evening Gazette"


def test_domain_label() -> None:
    assert domain_label("https://www.ctpost.com/news/a.php") == "ctpost"
    assert domain_label("https://www.express.co.uk/news") == "express"
    assert domain_label(None) is None


def test_gather_finds_cues_domains_and_copyright() -> None:
    lines = page_lines("Menu\nAbout The Daily Planet\nPlanetNews.com\nStory text here that is long enough.\n"
                       "© 2024 The Daily Planet. All rights reserved.\n")
    found = gather(lines)
    assert "brand_cue" in found["thedailyplanet"].sources
    assert "copyright" in found["thedailyplanet"].sources
    assert "domain_token" in found["planetnewscom"].sources


def test_brand_first_line_must_recur_unless_after_a_crawler_line() -> None:
    lines = page_lines("The Daily Planet\nMayor opens bridge\nBody text.\n© The Daily Planet\n")
    assert brand_line(lines) == "The Daily Planet"
    lonely = page_lines("Weekend Edition\nMayor opens bridge\nBody text.\n")
    assert brand_line(lonely) is None
    assert brand_line(lonely, recurring=False) == "Weekend Edition"
    assert brand_line(page_lines("Skip to main content\nText\nSkip to main content\n")) is None


def test_choose_site_prefers_the_copyright_name_over_menu_words() -> None:
    content = ("Subscribe\nSections\nPolitics\nMayor opens new bridge over the river\n"
               "The mayor opened the new bridge on Saturday, two years after work began, officials said.\n"
               "About The Daily Planet\nContact The Daily Planet\n© 2024 The Daily Planet. All rights reserved.\n")
    assert choose_site(page_lines(content)) == "The Daily Planet"


def test_choose_site_falls_back_on_the_domain_when_the_url_is_known() -> None:
    content = "Menu\nMayor opens new bridge over the river\nThe mayor opened the bridge on Saturday, officials said.\n"
    assert choose_site(page_lines(content), "https://www.dailyplanet.example.com/story") is not None


def test_with_a_url_the_first_line_must_match_the_domain() -> None:
    content = "Iklan\nMayor opens bridge\nThe mayor opened the bridge on Saturday, officials said.\nIklan\n"
    assert choose_site(page_lines(content), "https://kabarislamia.com/2015/story") != "Iklan"
    planet = "The Daily Planet\nMayor opens bridge\nText.\n© The Daily Planet\n"
    assert choose_site(page_lines(planet), "https://www.dailyplanet.com/a") == "The Daily Planet"


def test_norm_folds_ascii_and_accented_names_alike() -> None:
    # ASCII text takes a shortcut past the accent folding: both must give the same keys
    assert norm("The Moscow Times!") == "themoscowtimes"
    assert norm("Le Monde_diplo") == "lemondediplo"
    assert norm("Café Télé-Québec") == norm("Cafe Tele-Quebec") == "cafetelequebec"
    assert norm("ＡＢＣ News") == "abcnews"  # full-width letters fold by compatibility


def test_gather_reads_self_references_links_bylines_and_short_edge_lines() -> None:
    lines = page_lines("Menu\nThe Daily Planet\nMayor opens bridge\nJane Doe, Planet Weekly\n"
                       '"It will carry ten thousand cars," the mayor told The Daily Planet on Saturday.\n'
                       "Write to letters@dailyplanet.com\nPlanet Daily\n")
    found = gather(lines)
    assert "self_reference" in found["thedailyplanet"].sources and "top_line" in found["thedailyplanet"].sources
    assert "cited_host" in found["dailyplanetcom"].sources
    assert "byline_outlet" in found["planetweekly"].sources
    assert "bottom_line" in found["planetdaily"].sources


def test_a_name_the_page_also_writes_as_a_domain_is_its_twin() -> None:
    lines = page_lines("Planet News\nMayor opens bridge\nThe mayor opened the bridge, officials said.\n"
                       "Follow PlanetNews.com\nSports\n")
    feats = dict(candidates(lines))
    twin = SITE_FEATURES.index("domain_twin")
    assert feats["Planet News"][twin] == 1.0 and feats["PlanetNews.com"][twin] == 1.0
    assert feats["Sports"][twin] == 0.0 if "Sports" in feats else True


def test_a_recurring_first_line_wins_only_when_a_brand_place_confirms_it() -> None:
    story = ("Mayor opens new bridge over the river\n"
             "The mayor opened the new bridge on Saturday, two years after work began, officials said.\n")
    menu = "Platform\n" + story + "Platform\nAbout The Daily Planet\n© 2024 The Daily Planet. All rights reserved.\n"
    assert choose_site(page_lines(menu)) == "The Daily Planet"
    logo = "The Daily Planet\n" + story + "© 2024 The Daily Planet. All rights reserved.\n"
    assert choose_site(page_lines(logo)) == "The Daily Planet"
    byline = "PLANET 24\n" + story.replace("\n", "\nText by: PLANET 24\n", 1) + "Crowds in the square. © Example Wire\n"
    assert choose_site(page_lines(byline)) == "PLANET 24"


def test_the_brand_beats_the_company_that_owns_it() -> None:
    content = ("Subscribe\nMayor opens new bridge over the river\n"
               "The mayor opened the new bridge on Saturday, two years after work began, the mayor told The Daily Planet.\n"
               "About The Daily Planet\nThe Daily Planet is a registered trademark of Metro Holdings.\n"
               "© 2024 Metro Holdings. All rights reserved.\n")
    assert choose_site(page_lines(content)) == "The Daily Planet"


def test_gather_reads_imprints_long_title_lines_and_leading_domains() -> None:
    lead = "RiverNews.net - " + "The council voted on Tuesday to close the old bridge for repairs " * 4
    content = ("'We Found Her!': Video Shows Rescue of a Lost Dog From the Old Quarry Near the River Town - "
               "Channel 9 Riverside\nMenu\n" + lead + "\nAbout us\nHarbor Gazette · 20082024 Dock Street 5, Portsmouth\n")
    found = gather(page_lines(content))
    assert "title_suffix" in found["channel9riverside"].sources
    assert "domain_token" in found["rivernewsnet"].sources
    assert "imprint" in found["harborgazette"].sources


def test_a_company_form_is_cut_from_every_candidate() -> None:
    found = gather(page_lines("Harborview Media GmbH\nStory\nText of the story goes here.\nHarborview Media GmbH\n"))
    assert "repeated_short" in found["harborviewmediagmbh"].sources
    assert "repeated_short" in found["harborviewmedia"].sources
    feats = dict(candidates(page_lines("Harborview Media GmbH\nStory\nHarborview Media GmbH\n")))
    assert feats["Harborview Media GmbH"][SITE_FEATURES.index("legal_form")] == 1.0
    assert feats["Harborview Media"][SITE_FEATURES.index("legal_form")] == 0.0


def test_a_name_that_is_part_of_a_domain_the_page_writes_is_marked() -> None:
    lines = page_lines("Planet\nVisit PlanetNews.com for more\nPlanet\nThe Planet News desk reports.\n")
    feats = dict(candidates(lines))
    assert feats["Planet"][SITE_FEATURES.index("part_of_domain")] == 1.0
    assert feats["PlanetNews.com"][SITE_FEATURES.index("part_of_domain")] == 0.0


def test_a_name_at_both_ends_of_a_long_page_is_marked_not_on_a_short_one() -> None:
    filler = "\n".join(f"The council met on day {k} and voted on the budget for the bridge." for k in range(40))
    long_page = page_lines("Harbor Gazette\nMenu\n" + filler + "\nAbout us\nHarbor Gazette\n")
    feats = dict(candidates(long_page))
    assert feats["Harbor Gazette"][SITE_FEATURES.index("header_and_footer")] == 1.0
    short = dict(candidates(page_lines("Harbor Gazette\nMenu\nThe council met.\nHarbor Gazette\n")))
    assert short["Harbor Gazette"][SITE_FEATURES.index("header_and_footer")] == 0.0


def test_a_copyright_holder_lends_the_outlet_name_inside_it() -> None:
    found = gather(page_lines("Menu\nStory\nText of the story goes here.\n"
                              "© 2024 Lakeside Courier Media Network. All rights reserved.\n"))
    assert "holder_stem" in found["lakesidecourier"].sources
    assert "copyright" in found["lakesidecouriermedianetwork"].sources


def test_a_name_after_a_maker_credit_is_marked_as_the_tool() -> None:
    feats = dict(candidates(page_lines("Lakeside Courier\nStory\nText of the story goes here.\n"
                                       "Powered by Examplepress.com VIP\n© 2024 Lakeside Courier\n")))
    credit = SITE_FEATURES.index("maker_credit")
    assert feats["Examplepress.com"][credit] == 1.0 and feats["Lakeside Courier"][credit] == 0.0


def test_a_short_line_among_a_run_of_short_lines_is_a_menu_item() -> None:
    lines = page_lines("Lakeside Courier\nThe council voted on Tuesday to close the old bridge for repairs.\n"
                       "Harbour Life\nLakes\nFerries\nThe council voted on Tuesday to close the old bridge.\n"
                       "Harbour Life\n© 2024 Lakeside Courier\n")
    feats = dict(candidates(lines))
    menu = SITE_FEATURES.index("menu_item")
    assert feats["Harbour Life"][menu] == 0.5  # one of its two lines stands in the menu
    assert feats["Lakeside Courier"][menu] == 0.0


def test_a_title_line_whose_headline_the_page_prints_alone_marks_its_suffix() -> None:
    lines = page_lines("Mayor opens the new harbour bridge - Lakeside Courier\nMenu\nMayor opens the new harbour bridge\n"
                       "The mayor opened the bridge on Saturday, officials said.\nCouncil meets - Vote on Tuesday\n")
    found = gather(lines)
    assert {"title_suffix", "suffix_of_headline"} <= set(found["lakesidecourier"].sources)
    assert "suffix_of_headline" not in found.get("voteontuesday", gather(page_lines("x\n"))).sources if \
        "voteontuesday" in found else True


def test_every_spelling_of_a_name_counts_where_it_occurs() -> None:
    lines = page_lines("Lakeside Courier\nStory\nText of the story goes here.\nSubscribe to LakesideCourier by Email\n"
                       "Lakeside Courier\n")
    feats = dict(candidates(lines))
    name = next(n for n in feats if norm(n) == "lakesidecourier")
    occurrences = feats[name][SITE_FEATURES.index("occurrences")]
    assert abs(occurrences - math.log1p(3) / 3.0) < 1e-9  # three lines, either spelling


def _model(weights: dict[str, float]) -> dict[str, Any]:
    site = [weights.get(f, 0.0) for f in SITE_FEATURES]
    return {"title": {"features": [], "weights": []}, "site": {"features": list(SITE_FEATURES), "weights": site}}


def test_a_confirmed_first_line_yields_when_the_ranker_finds_another_name_far_likelier() -> None:
    story = ("Mayor opens new bridge over the river\n"
             "Platform workers said the mayor opened the new bridge on Saturday, officials said.\n")
    page = page_lines("Platform\n" + story + "Platform\nAbout Lakeside Courier\n")
    confident = _model({"bias": -4.0, "brand_cue": 8.0})
    assert choose_site(page, model=confident) == "Lakeside Courier"
    undecided = _model({})  # every candidate at 0.5: the first line the page confirms stands
    assert choose_site(page, model=undecided) == "Platform"


def test_a_first_line_that_qualifies_the_ranked_name_keeps_its_fuller_form() -> None:
    story = ("Mayor opens new bridge over the river\n"
             "Readers of Lakeside English said the mayor opened the new bridge on Saturday.\n")
    page = page_lines("Lakeside English\n" + story + "Lakeside English\nAbout Lakeside\n")
    confident = _model({"bias": -4.0, "brand_cue": 8.0})
    assert choose_site(page, model=confident) == "Lakeside English"  # an edition's name, not a menu label
    assert choose_site(page_lines("Platform\n" + story + "About Lakeside\n"), model=confident, after_crawler=True) \
        == "Platform"  # after a crawler's date line the brand line wins outright


def test_a_name_the_article_keeps_repeating_is_marked_as_in_the_body() -> None:
    lines = page_lines("Lakeside Courier\nHarbour Bridge\nBridge opens\n"
                       "The Harbour Bridge opened on Saturday after two years of work, officials said.\n"
                       "Crowds crossed the Harbour Bridge on foot for the first time.\n"
                       "About Lakeside Courier\n© 2024 Lakeside Courier\n")
    feats = dict(candidates(lines, body=(3, 4)))
    in_body = SITE_FEATURES.index("in_body")
    assert abs(feats["Harbour Bridge"][in_body] - 2 / 3) < 1e-9  # two of its three lines are the article's
    assert feats["Lakeside Courier"][in_body] == 0.0
    assert dict(candidates(lines))["Harbour Bridge"][in_body] == 0.0  # body unknown: no claim


def test_a_brand_cue_naming_the_ranked_name_in_full_gives_the_fuller_form() -> None:
    story = ("Mayor opens new bridge over the river\n"
             "The mayor opened the new bridge on Saturday, two years after work began, officials said.\n")
    page = page_lines("Sections\nWeather\nSports\n" + story + "Follow Lakeside News\nLakeside\n")
    menus = _model({"bias": -4.0, "bottom_line": 3.0, "brand_cue": 2.0})  # the ranker favours the short footer line
    assert choose_site(page, model=menus) == "Lakeside News"
    owned = page_lines("Sections\n" + story + "Follow Lakeside Media\nLakeside\n")
    assert choose_site(owned, model=menus) == "Lakeside"  # an owner word makes a company, not an edition
    phrase = page_lines("Sections\n" + story + "Follow Lakeside online\nLakeside\n")
    assert choose_site(phrase, model=menus) == "Lakeside"  # a lower-case word ends a phrase


def test_a_first_line_opening_a_menu_is_not_confirmed_by_a_sentence_using_the_word() -> None:
    story = ("Mayor opens new bridge over the river\n"
             "The mayor opened the new bridge on Saturday, two years after work began, officials said.\n"
             "Stay tuned for more Harbour Guides from us this summer.\n")
    unsure = _model({"bias": -4.0, "brand_cue": 3.0})  # the cue's name at 0.27: too unsure to overrule a confirmed logo
    menu = page_lines("Guides\nReviews\nDeals\n" + story + "Guides\nAbout Lakeside Courier\n")
    assert choose_site(menu, model=unsure) == "Lakeside Courier"
    logo = page_lines("Guides\n" + story + "Guides\nAbout Lakeside Courier\n")  # no menu below it: the sentence confirms it
    assert choose_site(logo, model=unsure) == "Guides"


def test_a_trademark_statement_opening_a_long_footer_line_is_a_brand_cue() -> None:
    lines = page_lines("Menu\nStory text here that is long enough to read as prose.\n"
                       "Harbour Gazette is a trademark of Harbour Publishing Ltd and may not be used in any form without "
                       "the written permission of its owner.\n")
    assert "brand_cue" in gather(lines)["harbourgazette"].sources


BODY = ("The lights on the old pier were switched on again on Friday after a two-year repair, the city council said.\n"
        "Residents gathered along the water to watch the first evening of the restored display.\n")


def test_the_page_own_brand_outranks_the_company_of_its_copyright_line() -> None:
    # the copyright line names the owner company twice; the page names itself only as a domain
    owned = ("Harbor lights return to the old pier\n" + BODY + "Sign up at BaysideChronicle.com\n"
             "Copyright © 2024 Coastline & Company, Inc. All Rights Reserved.\n"
             "Copyright © 2024 Coastline & Company, Inc. All Rights Reserved\n")
    assert choose_site(page_lines(owned)) == "BaysideChronicle.com"
    # a company that is the outlet itself keeps its place
    own = ("Menu\nHarbor lights return to the old pier\n" + BODY + "About Us\nFollow Meet the\n"
           "© 2024 Bayside Chronicle, LLC. All rights reserved.\n")
    assert choose_site(page_lines(own)) == "Bayside Chronicle"


def test_owner_yields_to_the_title_suffix_then_to_other_own_places() -> None:
    from dateline.clean.site import _owner_yields
    page = page_lines("Harbor lights return to the old pier | Bayside 7 News\nHarbor lights return to the old pier\n" + BODY +
                      "Follow Pier Cam\n© 2024 Coastline Broadcasting, LLC. All rights reserved.\n")
    found = gather(page)
    assert "holder_company" in found["coastlinebroadcasting"].sources
    probs = {"Coastline Broadcasting": 0.6, "Pier Cam": 0.3, "Bayside 7 News": 0.01}
    # the <title> suffix the page also prints as a headline wins however low the ranker puts it
    assert _owner_yields((0.6, "Coastline Broadcasting"), probs, found) == "Bayside 7 News"
    del probs["Bayside 7 News"]
    assert _owner_yields((0.6, "Coastline Broadcasting"), probs, found) == "Pier Cam"  # a brand cue, at 0.5 of the best
    assert _owner_yields((0.6, "Coastline Broadcasting"), {**probs, "Pier Cam": 0.1}, found) == "Coastline Broadcasting"


def test_a_domain_written_in_the_copyright_line_is_the_owner_not_the_page() -> None:
    # the owner company's domain stands only in its copyright line; the page's own domain in its text
    page = ("Harbor lights return to the old pier\n" + BODY + "Download the app of BaysideChronicle.com\n"
            "Copyright © Coastline-Group.com Ltd. All rights reserved.\n")
    found = gather(page_lines(page))
    assert "own_domain" not in found["coastlinegroupcom"].sources
    assert "own_domain" in found["baysidechroniclecom"].sources
    assert choose_site(page_lines(page)) == "BaysideChronicle.com"


def test_lines_listing_platforms_with_one_cue_lend_no_brand() -> None:
    page = page_lines("Menu\nHarbor lights return to the old pier\n" + BODY + "Apps\nPhone App\nTablet App\nAdvertise\n"
                      "Download the Bayside Chronicle app\n")
    found = gather(page)
    assert "phone" not in found or "brand_cue" not in found["phone"].sources
    assert "tablet" not in found or "brand_cue" not in found["tablet"].sources
    assert "brand_cue" in found["baysidechronicle"].sources  # a cue line of its own still counts


def test_a_candidates_lines_are_those_writing_it_as_whole_words() -> None:
    # the substring test that spares most lines the pattern keeps its answer: whole words, any spelling (issue 12)
    from dateline.clean.site import naming_lines

    page = ["the tidewater herald", "subscribe to tidewaterherald today", "the tidewater heraldry society",
            "sports", "(c) 2024 tidewater herald, all rights reserved"]
    assert naming_lines(["Tidewater Herald", "TidewaterHerald"], page) == [0, 1, 4]
    assert naming_lines(["Sports"], page) == [3]
    assert naming_lines(["Gazette"], page) == []


def test_naming_lines_compiles_no_pattern_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pattern per candidate name cost more than the searches (issue 12): the whole-word test is a plain scan
    import dateline.clean.site as site

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("re.compile called")

    monkeypatch.setattr(site.re, "compile", refuse)
    assert site.naming_lines(["Marlow Courier"], ["the marlow courier", "marlow couriers"]) == [0]


@given(st.lists(st.text(alphabet="ab _-1é.ß", max_size=12), max_size=4),
       st.lists(st.text(alphabet="ab _-1é.ßx", max_size=24), max_size=5))
def test_naming_lines_finds_what_the_whole_word_pattern_finds(names: list[str], lines: list[str]) -> None:
    import re

    from dateline.clean.site import naming_lines

    if not names:
        return
    spellings = "|".join(re.escape(s.casefold()) for s in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"(?<!\w)(?:%s)(?!\w)" % spellings)
    low = [ln.casefold() for ln in lines]
    assert naming_lines(names, low) == [i for i, ln in enumerate(low) if pattern.search(ln)]
