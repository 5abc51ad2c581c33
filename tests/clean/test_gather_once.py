"""clean/site.py: a page's candidate names are gathered once for the site's choice and the title's brand names
(issue 12, throughput), and the address given to both changes no brand name."""

from __future__ import annotations

from dateline.clean import site
from dateline.clean.lines import page_lines
from dateline.clean.metadata import extract
from dateline.clean.site import brand_keys, gather

# an invented page: a logo line, a menu, a headline with the outlet's name after it, a body, a copyright line
PAGE = ("The Harbour Ledger\nNews\nWorld\nSport\nPort talks stall over fees - The Harbour Ledger\n"
        "By Mara Tenvik\n12 March 2025\n"
        "Negotiators from the two port authorities left the table on Tuesday without an agreement on fees.\n"
        "Both sides said they would meet again next month, after a review of the shipping figures.\n"
        "© 2025 Harbour Ledger Media Ltd. All rights reserved.\nharbourledger.example\n")
URL = "https://www.harbourledger.example/world/port-talks"


def test_the_address_adds_no_brand_name() -> None:
    lines = page_lines(PAGE)
    assert brand_keys(lines, URL) == brand_keys(lines)
    assert "harbourledger" in {k for k in brand_keys(lines)} | {k.removeprefix("the") for k in brand_keys(lines)}
    assert "domain_fallback" in gather(lines, URL)["harbourledgerexample"].sources
    assert "harbourledgerexample" not in brand_keys(lines, URL) - brand_keys(lines)


def test_metadata_gathers_a_page_once() -> None:
    lines = page_lines(PAGE)
    site._gather.cache_clear()
    meta = extract(lines, PAGE.splitlines(), body_start=6, body_end=8, url=URL)
    info = site._gather.cache_info()
    assert meta.site and meta.title  # both read from the one gathering
    assert info.misses == 1 and info.hits >= 1


def test_a_line_may_hold_a_phrase_whenever_the_pattern_matches_in_it() -> None:
    """``may_hold`` is only a prefilter: it never says no where ``phrase_re`` finds a phrase."""
    from dateline.clean.brands import may_hold, phrase_re, words

    lines = [*PAGE.splitlines(), "Proudly POWERED BY Example CMS", "Designed by Studio Nørd", "Follow us on the app",
             "Die Zeitung ist ein eingetragenes Markenzeichen", "Get the Harbour Ledger newsletter", "© 2025", "",
             "Website by ACME - all rights reserved", "ſite by someone"]
    for name in words():
        if not all(isinstance(p, str) for p in words()[name]):
            continue
        for line in lines:
            if phrase_re(name).search(line):
                assert may_hold(name, line), (name, line)
    assert not may_hold("maker_credits", "Negotiators left the table on Tuesday.")
    assert may_hold("maker_credits", "Proudly POWERED BY Example CMS")
