"""Tests for dateline.clean.brands: the places where a flattened page prints its outlet's name (invented examples)."""

from __future__ import annotations

from dateline.clean.brands import (byline_outlet, cited_hosts, clean_name, copyright_holders, cue_names, cut_legal,
                                   holder_stem, imprint_name, leading_domain, maker_credits, owners, self_references,
                                   statement_names, title_suffix)


def names(text: str) -> list[str]:
    return [n for n, _, _ in copyright_holders(text)]


def test_the_word_copyright_alone_is_no_mark() -> None:
    assert names("Copyright Policy") == []
    assert names("Copyright and Reprint") == []
    assert "The Daily Planet" in names("Copyright 2024 The Daily Planet")


def test_a_picture_credit_names_no_owner_of_the_page() -> None:
    assert names("(Image: © Example Wire)") == []
    assert names("Sports data © Scoreboard Inc 2024") == []
    assert names("The mayor greets supporters from the balcony of the town hall on Monday. © Example Wire") == []


def test_a_holder_starting_with_a_function_word_is_dropped() -> None:
    found = names("This site © 2024 Planet Network. All Rights Reserved.")
    assert "This site" not in found and "Planet Network" in found
    assert names("© 2010 - 2024 by Planet Media Group Inc.") == ["Planet Media Group Inc", "Planet"]  # "by" dropped, legal words cut


def test_a_holder_is_cut_at_a_full_stop_a_clause_or_a_trademark_notice() -> None:
    assert "The Daily Planet" in names("Copyright 2024. The Daily Planet. All Rights Reserved.")
    assert names("© 2024 The Daily Planet unless otherwise noted.")[0] == "The Daily Planet"
    notice = names("All rights reserved © 2024 The Daily Planet is a registered trademark of Metro Holdings Inc.")
    assert notice[0] == "The Daily Planet"


def test_a_holder_before_the_mark_skips_the_company_form() -> None:
    assert "Planet Daily" in names("2024 Planet Daily, Inc. All Rights Reserved")


def test_phrases_are_not_names() -> None:
    for phrase in ("Our", "by Email", "Share this", "the author", "Me", "t"):
        assert clean_name(phrase) is None, phrase
    for name in ("The Daily Planet", "Le Planète", "planetnews", "Noticias de la Tarde", "Planet 24"):
        assert clean_name(name) == name


def test_self_references_name_the_outlet_in_the_article() -> None:
    found = self_references('"It will open in May," he told The Daily Planet. Science writer at Planet Weekly and cat lover')
    assert found == ["The Daily Planet", "Planet Weekly"]
    assert self_references("He told reporters on Monday") == []


def test_cited_hosts_are_registered_domains_without_shared_services() -> None:
    text = ("Write to jane@dailyplanet.com or see https://static3.dailyplanet.com/img.jpg, "
            "https://t.co/abc and reader@gmail.com")
    assert cited_hosts(text) == ["dailyplanet.com", "dailyplanet.com"]


def test_owner_cues_name_the_company_behind_the_outlet() -> None:
    assert owners("The Daily Planet, a subsidiary of Metro Holdings, publishes daily.") == ["Metro Holdings"]
    assert owners("The mayor opened the bridge.") == []


def test_a_byline_may_credit_the_outlet_after_the_writer() -> None:
    assert byline_outlet("Jane Doe, The Daily Planet") == "The Daily Planet"
    assert byline_outlet("By Ann Lee, Planet Weekly") == "Planet Weekly"
    assert byline_outlet("Seoul, South Korea") is None


def test_a_long_title_line_lends_its_site_suffix() -> None:
    line = ("'We Found Her!': Video Shows Rescue of a Lost Dog From the Old Quarry Near the River Town - "
            "Channel 9 Riverside")
    assert len(line.split()) > 14
    assert title_suffix(line) == "Channel 9 Riverside"
    assert title_suffix(" ".join(["word"] * 40) + " - Channel 9 Riverside") is None  # a paragraph, not a <title>


def test_a_footer_imprint_line_starts_with_the_owner_name() -> None:
    assert imprint_name("Harbor Gazette · 20082024 Dock Street 5, Portsmouth") == "Harbor Gazette"
    assert imprint_name("Town of Millbrook - ST - Tax ID: 12.345.678/0001-99 - Main Street 1") == "Town of Millbrook"
    assert imprint_name("The council voted on the budget on Tuesday.") is None
    assert imprint_name("Made with love by PageSmiths · Theme") is None


def test_a_glued_year_range_is_still_a_year_range() -> None:
    assert ("Harbor Gazette", False, False) in copyright_holders("© 20082024 Harbor Gazette")
    assert ("Harbor Gazette", False, False) in copyright_holders("© 2008-2024 Harbor Gazette")


def test_a_date_ending_a_short_line_is_no_part_of_a_name() -> None:
    assert clean_name("Riverside Ledger October 06, 2018") == "Riverside Ledger"
    assert clean_name("Riverside Ledger 12.03.2021") == "Riverside Ledger"
    assert clean_name("March 3, 2020") is None


def test_a_domain_opening_a_long_line_is_a_wire_dateline() -> None:
    lead = "RiverNews.net - " + "The council voted on Tuesday to close the old bridge for repairs " * 4
    assert leading_domain(lead) == "RiverNews.net"
    assert leading_domain("The council told RiverNews.net that the bridge will close.") is None


def test_every_cue_cut_of_a_name_is_a_candidate() -> None:
    names = cue_names("Get Lantern Magazine delivered to your inbox")
    assert "Lantern Magazine" in names and "Lantern" in names
    assert "Lantern Magazine" in cue_names("Lantern Magazine moderates comments to keep the talk civil")
    assert not any(n.startswith("Get") for n in cue_names("Get the latest news from Lantern delivered to your inbox"))


def test_the_outlet_inside_an_owner_company_name_is_its_stem() -> None:
    # "© 2019 X Media Group": the company behind the outlet is the outlet's name and company words
    assert holder_stem("Lakeside Courier Media Holdings Ltd") == "Lakeside Courier"
    assert holder_stem("Lakeside Courier Holdings, Inc.") == "Lakeside Courier"
    assert holder_stem("Lakeside Courier") is None  # no owner word: the holder may be the outlet itself
    assert holder_stem("Lakeside Courier LLC") is None  # only a company form: cut_legal's job


def test_indian_and_european_company_forms_are_cut() -> None:
    assert cut_legal("Lakeside Courier Pvt. Ltd.") == "Lakeside Courier"
    assert cut_legal("Harbor Gazette Private Limited") == "Harbor Gazette"
    assert cut_legal("Harbor Gazette S.p.A.") == "Harbor Gazette"


def test_a_maker_credit_names_the_tool_that_built_the_site() -> None:
    assert maker_credits("Powered by Examplepress.com VIP") == ["examplepresscomvip"]
    assert maker_credits("Theme by Example Themes | Hosted by Cloudbox") == ["examplethemeshostedbycloudbox", "cloudbox"]
    assert maker_credits("© 2024 The Daily Planet") == []


def test_a_bracket_the_name_opens_is_kept() -> None:
    assert clean_name("The Printers (Lakeside) ") == "The Printers (Lakeside)"
    assert clean_name("(Lakeside Courier)") == "Lakeside Courier"
    assert cut_legal("The Printers (Lakeside) Private Ltd") == "The Printers (Lakeside)"


def test_an_editor_or_publisher_of_a_name_refers_to_the_outlet() -> None:
    bio = "Jane Roe (jane@example.org) is the editor and publisher of The Orbit Weekly, and writes for other papers."
    assert "The Orbit Weekly" in self_references(bio)
    assert "Harbour Gazette" in self_references("Sam Poe, editor-in-chief of Harbour Gazette, said so.")
    assert "Harbour Gazette" in self_references("She is editor of Harbour Gazette.")


def test_a_visit_cue_and_a_possessive_leave_the_bare_name() -> None:
    assert "Planet Insider" in cue_names("Visit Planet Insider's homepage for more stories.")
    assert "Visit Planet Insider's" not in cue_names("Visit Planet Insider's homepage for more stories.")


def test_most_opens_a_phrase_not_a_name() -> None:
    assert clean_name("Most recent") is None
    assert "Most recent" not in cue_names("Most recent newsletter")


def test_a_long_legal_line_opening_with_a_trademark_statement_names_the_outlet() -> None:
    line = ("Harbour Gazette is a trademark of Harbour Publishing Ltd and may not be used in any form without the "
            "written permission of its owner.")
    assert statement_names(line) == ["Harbour Gazette"]
    assert statement_names("The team staff said the match was postponed until the rain stopped on Sunday.") == []
    assert statement_names("Officials said on Monday that the old bridge is part of a larger renewal plan.") == []


def test_a_holder_stated_with_a_company_form_is_a_company() -> None:
    from dateline.clean.brands import stated_as_company
    line = "© 2024 Coastline Media, LLC. All rights reserved."
    holders = copyright_holders(line)
    assert holders and all(stated_as_company(n, cut, line) for n, cut, _ in holders)
    assert stated_as_company("Coastline & Company", False, "Copyright © 2024 Coastline & Company, Inc.")
    assert stated_as_company("Lakeside", True, "© Lakeside Pty Ltd")  # the company form was cut from the holder
    jobs = "Jobs @ Coastline Media © 2024 Coastline Media, LLC. All Rights Reserved"  # any of its mentions
    assert stated_as_company("Coastline Media", False, jobs)
    assert not stated_as_company("The Daily Planet", False, "© 2024 The Daily Planet. All rights reserved.")
    assert not stated_as_company("Inca Trail", False, "© 2024 Inca Trail")  # a word starting like a form is none


def test_an_article_never_ends_a_name() -> None:
    assert clean_name("Meet the") is None
    assert clean_name("The Daily Planet") == "The Daily Planet"


def test_a_holder_ending_with_an_owner_word_is_a_company() -> None:
    from dateline.clean.brands import stated_as_company
    assert stated_as_company("Coastline Broadcasting Group", False, "Copyright © 2000-2024. Coastline Broadcasting Group")
    assert not stated_as_company("Bayside Chronicle", False, "Copyright © 2000-2024. Bayside Chronicle")
