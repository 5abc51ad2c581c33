"""Tests for dateline.clean.html: trafilatura body and metadata, figcaptions kept apart."""

from __future__ import annotations

import pytest

from dateline.clean import clean
from dateline.clean.html import MAX_DEPTH
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

PARAGRAPHS = [
    "The ministers of three neighbouring countries agreed on Tuesday to share the river's water more fairly, "
    "ending a dispute that had lasted for more than a decade, officials said after the meeting in the capital.",
    "Under the treaty, each country will publish its water use every month, and a joint commission will settle "
    "disagreements before they reach the courts, according to the text released on Wednesday by the ministries.",
    "The treaty still needs to be ratified by the three parliaments, which is expected to happen next year, "
    "although opposition parties in two of the countries have said they will vote against it.",
]
PAGE = """<!doctype html><html><head><title>Ministers agree on water treaty | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2024-06-04T10:00:00Z">
<meta name="author" content="Jane Doe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree on water treaty</h1>
<figure><img src="a.jpg"><figcaption>The ministers sign the treaty in the capital on Tuesday. [AFP]</figcaption></figure>
%s
</article><footer>Privacy policy - Terms of use</footer></body></html>""" % "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_html_body_metadata_and_captions() -> None:
    doc = clean(RawPage(Source("page.html"), PAGE, "html"), Options())
    for para in PARAGRAPHS:
        assert para in doc.body
    assert doc.body.count("\n\n") >= 2
    assert doc.captions == ("The ministers sign the treaty in the capital on Tuesday.",)
    assert "sign the treaty in the capital" not in doc.body
    assert (doc.published, doc.published_from) == ("2024-06-04", "html-meta")
    assert doc.site == "The Daily Planet"
    assert doc.title and "water treaty" in doc.title
    assert "Privacy policy" not in doc.body


def test_html_without_text_raises_c001() -> None:
    with pytest.raises(CleanError) as err:
        clean(RawPage(Source("e.html"), "<html><body><nav>Home</nav></body></html>", "html"), Options())
    assert err.value.code == "C001"


def test_a_chinese_article_without_spaces_is_text_not_c001() -> None:
    # two paragraphs written without spaces: counted by characters, they are an article (issue 15)
    paragraphs = ["朝鲜保健相星期一在莫斯科与俄罗斯卫生部长举行会谈，双方签署了卫生领域合作协议。据朝中社报道，代表团于上周五抵达。",
                  "两国部长同意扩大医生和药品方面的交流。西方观察人士担心，两国的接近可能有助于规避联合国的制裁。"]
    markup = ("<html><head><meta charset='utf-8'><title>朝鲜卫生代表团访问莫斯科</title></head><body><article>"
              + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    doc = clean(RawPage(Source("zh.html"), markup, "html"), Options())
    assert doc.body == "\n\n".join(paragraphs)
    assert doc.language == "zh"


def test_html_never_guesses_a_date_from_a_copyright_line() -> None:
    body = "".join(f"<p>Sentence {i} of the article about the border talks between the two ministers.</p>"
                   for i in range(8))
    markup = (f"<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>{body}</article>"
              "<footer>© 2025 The Daily Example. Serving readers since 2017.</footer></body></html>")
    doc = clean(RawPage(Source("t.html"), markup, "html"), Options())
    assert doc.published is None and doc.published_from is None


def test_html_falls_back_to_the_container_date() -> None:
    body = "".join(f"<p>Sentence {i} of the article about the border talks between the two ministers.</p>"
                   for i in range(8))
    markup = f"<html><body><article>{body}</article><footer>© 2025</footer></body></html>"
    page = RawPage(Source("a.warc", "http://x.test/a", 1), markup, "html", published="2025-03-07", published_from="warc")
    doc = clean(page, Options())
    assert (doc.published, doc.published_from) == ("2025-03-07", "warc")


def test_xhtml_with_an_xml_declaration_is_parsed() -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + PAGE.replace("<!doctype html>", "")
    doc = clean(RawPage(Source("page.xhtml"), page, "html"), Options())
    assert PARAGRAPHS[0] in doc.body


@pytest.mark.parametrize(("depth", "code"), [(300, None), (MAX_DEPTH + 10, "C004")])
def test_deep_markup_is_read_up_to_the_parser_limit(depth: int, code: str | None) -> None:
    page = PAGE.replace("<article>", "<div>" * depth + "<article>").replace("</article>", "</article>" + "</div>" * depth)
    if code is None:
        assert PARAGRAPHS[2] in clean(RawPage(Source("deep.html"), page, "html"), Options()).body
        return
    with pytest.raises(CleanError) as err:
        clean(RawPage(Source("deep.html"), page, "html"), Options())
    assert err.value.code == code


def test_a_credit_paragraph_is_no_body_text() -> None:
    from dateline.clean.html import body_paragraphs
    text = ("Gabon and Cameroon agreed on Monday to reopen their shared border crossing at Eboro.\n"
            "(Reporting by Paul Ondo in Libreville; Editing by Hugh Lawson)")
    assert body_paragraphs(text, ()) == "Gabon and Cameroon agreed on Monday to reopen their shared border crossing at Eboro."


@pytest.mark.parametrize("link", [
    "SEE MORE: Students hold out on the campus as the police close in",
    "READ MORE: Two diagnosed with fever in the capital, hospital confirms",
    "Don’t miss: Ten bridges that changed the river trade",
])
def test_a_link_to_another_story_is_no_body_text(link: str) -> None:
    # HTML pages as trafilatura reads them keep a promotion's line between paragraphs (real pages); the text path
    # cuts such lines already (clean.text.widget_cuts)
    from dateline.clean.html import body_paragraphs
    prose = "Gabon and Cameroon agreed on Monday to reopen their shared border crossing at Eboro."
    assert body_paragraphs(f"{prose}\n{link}\n{prose}", ()) == f"{prose}\n\n{prose}"


HOVER_CARD_PAGE = """<html><head><title>Farmer admits threats | The Valley Courier</title></head><body><article>
<p>A dairy farmer from Lindholm admitted on Monday that he had threatened Rep.
<span class="rollover-people"><a class="rollover-people-link" href="/people/ann-reyes">Ann Reyes</a><span
class="rollover-people-block"><span class="rollover-block"><img src="reyes.jpg"><a class="name" href="/people/ann-reyes">Ann
Reyes</a><a class="people-articles" href="/a/1">Senate passes the orchard relief bill after a long night</a>
<a class="people-articles" href="/a/2">Reyes asks judge for mercy for the man who threatened her</a><a class="more"
href="/people/ann-reyes">MORE</a></span></span></span> (D-Ore.) in a voicemail left at her district office in March.</p>
<p>He will be sentenced in the spring, the prosecutor's office said, and could spend as long as five years behind bars
and pay a fine of fifty thousand dollars for the threat, which the court heard in full during a short hearing in the county seat.</p>
<p>The farmer's lawyer said his client regretted the call and had written to the congresswoman to apologise for it,
adding that he had been under strain after a poor harvest and the loss of two of his barns in a storm last year.</p>
<p>A <span class="tooltip">voicemail<span class="tooltip-content">A recorded telephone message.</span></span> is
evidence like any other, the judge told the court before she set the date of the next hearing for the case.</p>
</article></body></html>"""


def test_a_hover_card_inside_a_sentence_is_no_body_text() -> None:
    # the card a name shows on hover (the name again, other stories' headlines, "MORE") sits inside the sentence
    doc = clean(RawPage(Source("hover.html"), HOVER_CARD_PAGE, "html"), Options())
    assert "he had threatened Rep. Ann Reyes (D-Ore.) in a voicemail" in " ".join(doc.body.split())
    for chrome in ("orchard relief bill", "asks judge for mercy", "MORE", "Ann ReyesAnn", "A recorded telephone message"):
        assert chrome not in doc.body
    # the word a tooltip hangs on stays; only its card goes
    assert "A voicemail is evidence like any other" in " ".join(doc.body.split())


def test_links_to_other_stories_between_paragraphs_are_no_body_text() -> None:
    from dateline.clean.html import body_paragraphs
    first = "Gabon and Cameroon agreed on Monday to reopen their shared border crossing at Eboro, officials said."
    second = "Traders on both sides welcomed the decision, which ends a closure that lasted nearly four months."
    text = "\n".join([
        first,
        "SEE MORE: Storm closes the ferry port at Owendo for a second day",
        "Also on example.com Lagoon fishermen protest over new permit fees",
        "Don't miss",
        "Cocoa prices slide as the harvest starts early [VIDEO]",
        "Port strike ends after a night of talks [INSIGHT]",
        second,
    ])
    assert body_paragraphs(text, ()) == f"{first}\n\n{second}"


def test_a_section_heading_that_heads_no_related_stories_keeps_the_lines_below() -> None:
    from dateline.clean.html import body_paragraphs
    first = "The Lions beat the Rams 102-98 on Tuesday night, with Sam Okoro scoring 31 points for the winners."
    text = "\n".join([first, "Up next", "Lions: Host the Hawks on Friday.", "Rams: At the Bulls on Saturday."])
    assert body_paragraphs(text, ()) == "\n\n".join(
        [first, "Lions: Host the Hawks on Friday.", "Rams: At the Bulls on Saturday."])


def test_a_sentence_that_starts_like_a_link_label_stays() -> None:
    from dateline.clean.html import body_paragraphs
    text = ("Also on Monday, the minister visited the port at Owendo and met the dock workers' union leaders.\n"
            "See more of the city's harbour from the new footbridge, the mayor told visitors on Tuesday.")
    assert body_paragraphs(text, ()) == text.replace("\n", "\n\n")


def test_a_subheading_that_only_mentions_the_latest_stays_with_the_lines_below() -> None:
    from dateline.clean.html import body_paragraphs
    first = "The Lions beat the Rams 102-98 on Tuesday night, with Sam Okoro scoring 31 points for the winners."
    text = "\n".join([first, "Okoro's latest record falls", "Most points in a half", first.replace("Tuesday", "Friday")])
    assert body_paragraphs(text, ()) == text.replace("\n", "\n\n")


def test_a_labelled_link_to_another_story_goes_alone() -> None:
    from dateline.clean.html import body_paragraphs
    first = "Boil the plums with the honey for twenty minutes, stirring now and then so that nothing sticks."
    text = "\n".join([first, "Related recipe: Spiced pear chutney", "WHAT YOU NEED", "Two jars and a wide pan"])
    assert body_paragraphs(text, ()) == "\n\n".join([first, "WHAT YOU NEED", "Two jars and a wide pan"])
