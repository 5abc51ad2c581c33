"""Tests for dateline.clean.text on the seed pages: every gold clean fact, captions, cuts, dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def letters(text: str | None) -> str:
    return "".join(c for c in (text or "").lower() if c.isalnum())


def seed_doc(path: Path, **opts: str):
    return clean(RawPage(Source(path.name), path.read_text(encoding="utf-8"), "text"), Options(**opts))


@pytest.mark.skipif(not SEEDS, reason="shared seeds not present")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_pages_meet_their_gold(path: Path) -> None:
    gold = json.loads((SHARED / "gold" / "dev" / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
    doc = seed_doc(path)
    body = squash(doc.body)
    for snippet in gold["body_must_include"]:
        assert squash(snippet) in body
    for snippet in gold["body_must_exclude"]:
        assert squash(snippet) not in body
    for field in ("title", "site", "published"):
        assert letters(getattr(doc, field)) == letters(gold[field]), field
    for caption in doc.captions:
        assert caption not in doc.body


@pytest.mark.skipif(not SEEDS, reason="shared seeds not present")
def test_repeated_caption_is_kept_once_without_its_credit() -> None:
    doc = seed_doc(SEEDS[1])
    assert len(doc.captions) == 1
    assert doc.captions[0].startswith("This file photo") and doc.captions[0].endswith("the previous day.")
    assert doc.byline == ("Yonhap",)
    assert doc.published_from == "text"
    assert any(r.reason == "caption-dup" for r in doc.removed)
    assert any(r.reason == "related" for r in doc.removed)


@pytest.mark.skipif(not SEEDS, reason="shared seeds not present")
def test_page_without_a_date_takes_the_default_and_says_so() -> None:
    assert seed_doc(SEEDS[0]).published is None
    doc = seed_doc(SEEDS[0], published_default="2025-12-08")
    assert (doc.published, doc.published_from) == ("2025-12-08", "user")


def test_container_date_is_used_when_the_page_states_none() -> None:
    text = ("Ministers agree on new water treaty\n\nThe ministers of three neighbouring countries agreed on Tuesday "
            "to share the river's water more fairly, ending a dispute that had lasted for more than a decade.\n\n"
            "The treaty still needs to be ratified by the three parliaments, which is expected next year, "
            "officials from all three countries said after the meeting.\n")
    page = RawPage(Source("x.txt"), text, "text", published="2024-06-04", published_from="warc")
    doc = clean(page, Options(published_default="2000-01-01"))
    assert (doc.published, doc.published_from) == ("2024-06-04", "warc")


@pytest.mark.parametrize("content", ["", "   \n\n", "Home\nMenu\nLogin\n"])
def test_no_article_text_raises_c001(content: str) -> None:
    with pytest.raises(CleanError) as err:
        clean(RawPage(Source("empty.txt"), content, "text"), Options())
    assert err.value.code == "C001"


def test_short_subheadings_stay_and_furniture_goes() -> None:
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    page = "\n".join(["Home", prose, "Background", prose.replace("Tuesday", "Monday"), "2 min", "Share",
                      prose.replace("Tuesday", "Friday")])
    doc = clean(RawPage(Source("p.txt"), page, "text"), Options())
    paragraphs = doc.body.split("\n\n")
    assert "Background" in paragraphs
    assert "2 min" not in paragraphs and "Share" not in paragraphs


def _lines(texts: list[str]):
    from dateline.clean.lines import page_lines
    return page_lines("\n".join(texts))


def test_teasers_above_the_article_head_are_found() -> None:
    from dateline.clean.text import article_head
    teaser = "Another Story Of The Day Told In A Headline And A Summary Of It That Runs On For A While."
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    texts = ["Home", teaser, teaser, "Sports", "Council Approves Budget After Long Debate",
             "November 19, 2019 at 9:45 am", prose, prose]
    keep = [False, True, True, False, False, False, True, True]
    assert article_head(_lines(texts), keep) == 4
    # a subheading inside running text is no head: the line above it is kept
    keep_inside = [False, True, True, True, False, False, True, True]
    assert article_head(_lines(texts), keep_inside) is None
    # a comment's header ("says:" then a date) is no head either
    comments = texts[:4] + ["Ann Lee from Seattle says:", "November 19, 2019 at 6:34 am", prose, prose]
    assert article_head(_lines(comments), keep) is None


def test_a_comment_thread_below_the_article_is_found_however_long() -> None:
    from dateline.clean.text import comment_thread
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    comment = "I think the council got this one right, and I hope the figures come out soon enough."
    texts = [prose, prose, prose, "34 responses", "Ann says:", "November 19, 2019 at 6:34 am", comment,
             "Bob says:", "2 days ago at 08:49 am", comment * 5, "Reply"]
    keep = [True] * len(texts)
    assert comment_thread(_lines(texts), keep) == 4
    # one quoted "says:" line inside an article is no thread
    single = [prose, prose, prose, "The minister says:", prose, prose]
    assert comment_thread(_lines(single), [True] * len(single)) is None


def test_a_sentence_mentioning_a_newsletter_or_more_information_is_no_widget_heading() -> None:
    from dateline.clean.lines import page_lines
    from dateline.clean.text import widget_cuts
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    texts = [prose, prose, prose, "For more information on the budget see the council website",
             "Disney Plus is now live, sign up for the bundle and save on every one of the three services",
             prose, "Sign up for our newsletter", "Get the day's news in your inbox"]
    lines = page_lines("\n".join(texts))
    cuts = widget_cuts(lines, list(range(len(lines))))
    assert 3 not in cuts and 4 not in cuts and 5 not in cuts
    assert {6, 7} <= cuts


def test_structure_cuts_say_why_in_removed() -> None:
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    comment = "I think the council got this one right, and I hope the figures come out soon enough for all."
    page = "\n".join([prose, prose.replace("Tuesday", "Monday"), prose.replace("Tuesday", "Friday"),
                      "Ann Lee from Seattle says:", "November 19, 2019 at 6:34 am", comment,
                      "Bob Stone from Boston says:", "November 19, 2019 at 7:34 am", comment.replace("all", "us"),
                      "Cy Young from Austin says:", "November 19, 2019 at 8:34 am", comment.replace("all", "them")])
    doc = clean(RawPage(Source("p.txt"), page, "text"), Options())
    assert "I think the council" not in doc.body
    assert any(r.reason == "comments" and r.start_line <= 6 <= r.end_line for r in doc.removed)


def test_a_link_to_another_story_is_cut_wherever_it_stands() -> None:
    from dateline.clean.lines import is_link_line, page_lines
    from dateline.clean.text import widget_cuts
    prose = ("The council approved the new budget on Tuesday after a long debate, officials said, "
             "and the mayor promised to publish the full figures within a week.")
    link = "Read also: Port workers and the city agree on a new wage deal, but no end to the strike"
    texts = [prose, link, prose, "Related: Floods close the northern border crossing", prose,
             "Related talks are due next month, the mayor said: the exact day is still undecided.", prose]
    lines = page_lines("\n".join(texts))
    assert widget_cuts(lines, list(range(len(lines)))) == {1, 3}
    assert not is_link_line("Latest: the council approved the budget on Tuesday.")
    assert not is_link_line("Read also")


@pytest.mark.parametrize("credit", [
    "(Reporting by Paul Ondo in Libreville; Additional reporting by Marthe Ekane in Yaounde; Editing by Hugh Lawson)",
    "Associated Press writer Marthe Ekane in Yaounde contributed to this report.",
    "Writing by Paul Ondo; Editing by Hugh Lawson",
])
def test_a_wire_story_s_credit_line_is_no_body_text(credit: str) -> None:
    prose = ("Gabon and Cameroon agreed on Monday to reopen their shared border crossing at Eboro, which has been "
             "closed since January, officials from both countries said.")
    page = "\n\n".join(["Gabon, Cameroon Agree To Reopen Border", "LIBREVILLE, March 3 (Reuters) - " + prose,
                        prose.replace("Monday", "Tuesday"), prose.replace("Monday", "Friday"), credit])
    doc = clean(RawPage(Source("p.txt"), page, "text"), Options())
    assert "Eboro" in doc.body
    assert "Ondo" not in doc.body and "Ekane" not in doc.body and "Lawson" not in doc.body
