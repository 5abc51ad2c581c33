"""Test that post statements across documents consolidate into one career row per real post."""

from __future__ import annotations

import pytest

from dateline.model import Evidence, Interval, Position
from dateline.resolve.careers import Stated, Step, career, said_ended


def _year(y: str) -> Interval:
    return Interval(f"{y}-01-01", f"{y}-12-31", y, "year")


def _stated(doc: str, title: str, sentence: str, *, title_text: str | None = None, country: str | None = "RUS",
            start: Interval | None = None, end: Interval | None = None, as_of: str | None = "2025-12-11",
            at: int = 0) -> Stated:
    pos = Position("e:ekdahl", title, title_text or title, country, Evidence(sentence, at, at + len(sentence)),
                   start=start, end=end, as_of=as_of)
    return Stated(pos, doc, as_of)


def test_statements_of_one_post_in_several_documents_are_one_row_with_every_source() -> None:
    stated = [
        _stated("a", "ambassador", "Ambassador Lars Ekdahl was seen in public.", title_text="Ambassador"),
        _stated("a", "ambassador to kenya", "Ekdahl was appointed ambassador to Kenya in 2014.",
                start=_year("2014"), at=100),
        _stated("b", "ambassador to kenya", "Ambassador to Kenya Lars Ekdahl said."),
        _stated("c", "ambassador", "to mourn Ambassador Lars Ekdahl", title_text="Ambassador"),
        _stated("c", "ambassador to kenya", "In December 2014 he was named ambassador to Kenya.",
                start=Interval("2014-12-01", "2014-12-31", "December 2014", "month"), at=300),
    ]
    posts = career(stated)
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "ambassador to kenya"
    assert len(post.sources) == 5
    assert post.start is not None and post.start.text == "December 2014"  # the most precise date wins
    assert post.conflicts == ()
    assert not post.ended


def test_career_is_in_date_order_then_undated_and_a_range_is_one_post() -> None:
    sentence = ("Petrovsky was minister-counsellor in Santiago from 2003 to 2008 "
                "and then deputy head of the ministry's Latin America Department.")
    stated = [
        _stated("c", "ambassador to chile", "He was appointed ambassador to Chile in 2012.", start=_year("2012")),
        _stated("c", "deputy head of ministry's latin america department", sentence, at=50,
                title_text="deputy head of the ministry's Latin America Department"),
        _stated("c", "minister-counsellor", sentence, start=_year("2003"), end=_year("2008"), at=50),
        _stated("d", "consul", "a three-year stint as consul in Valparaiso"),
    ]
    posts = career(stated)
    assert [p.title for p in posts] == ["minister-counsellor", "ambassador to chile",
                                        "consul", "deputy head of ministry's latin america department"]
    counsellor = posts[0]
    assert (counsellor.start and counsellor.start.text, counsellor.end and counsellor.end.text) == ("2003", "2008")
    assert counsellor.ended
    # "and then deputy head": the post ended before the text's date
    assert posts[-1].ended


def test_a_rank_rendered_in_english_two_ways_is_one_post_dated_by_either_source() -> None:
    """ "counsellor-envoy" in one text and "minister-counsellor" in another are one post (post_equivalents.tsv)."""
    stated = [
        _stated("c", "minister-counsellor", "Petrovsky served as minister-counsellor in Santiago from 2003 to 2008.",
                start=_year("2003"), end=_year("2008")),
        _stated("d", "counsellor-envoy", "He took up the post after five years as counsellor-envoy in Santiago."),
        _stated("d", "ambassador extraordinary and plenipotentiary to chile",
                "He was named ambassador extraordinary and plenipotentiary to Chile in 2012.", start=_year("2012"),
                at=80),
        _stated("c", "ambassador to chile", "Ambassador to Chile Ivan Petrovsky said."),
    ]
    posts = career(stated)
    assert len(posts) == 2
    counsellor, ambassador = posts
    assert {s.position.title for s in counsellor.sources} == {"minister-counsellor", "counsellor-envoy"}
    assert (counsellor.start and counsellor.start.text, counsellor.end and counsellor.end.text) == ("2003", "2008")
    assert len(ambassador.sources) == 2 and ambassador.start is not None and ambassador.start.text == "2012"


def test_former_and_then_end_a_post_a_bare_title_of_two_posts_stays_apart() -> None:
    stated = [
        _stated("a", "ambassador to poland", "a former Finnish ambassador to Poland", country="FIN"),
        _stated("a", "ambassador to north korea", "the ambassador to North Korea", country="FIN"),
        _stated("b", "ambassador", "the ambassador said", country="FIN"),
    ]
    posts = {p.title: p for p in career(stated)}
    assert set(posts) == {"ambassador to poland", "ambassador to north korea", "ambassador"}
    assert posts["ambassador to poland"].ended and not posts["ambassador to north korea"].ended
    assert said_ended(_stated("x", "foreign minister", "the then foreign minister Qin Gang"))
    assert not said_ended(_stated("x", "foreign minister", "Foreign Minister Qin Gang said"))


def test_vice_president_is_not_president_and_states_keep_posts_apart() -> None:
    stated = [
        _stated("a", "vice president", "Vice President Dina Boluarte", country="PER"),
        _stated("b", "president", "President Dina Boluarte", country="PER"),
        _stated("c", "foreign minister", "Foreign Minister X", country="RUS"),
        _stated("d", "foreign minister", "Foreign Minister X", country="UKR"),
        _stated("e", "foreign minister", "Foreign Minister X", country=None),
    ]
    titles = sorted((p.title, p.country or "") for p in career(stated))
    assert titles == [("foreign minister", ""), ("foreign minister", "RUS"), ("foreign minister", "UKR"),
                      ("president", "PER"), ("vice president", "PER")]


def test_contradicting_dates_are_kept_not_silently_merged() -> None:
    stated = [
        _stated("a", "prime minister", "He became prime minister in 2016.", start=_year("2016")),
        _stated("b", "prime minister", "He became prime minister in 2019.", start=_year("2019")),
    ]
    (post,) = career(stated)
    assert post.start is not None and post.start.text in ("2016", "2019")
    assert [c.text for c in post.conflicts] == [("2019" if post.start.text == "2016" else "2016")]


def test_a_dated_appointment_in_the_sentence_dates_the_post_named_after_its_trigger() -> None:
    sentence = "The council appointed its first vice-president, Samuel Oduya, as acting president on Monday."
    stated = [
        _stated("a", "first vice-president", sentence, title_text="first vice-president", country="IRN"),
        _stated("a", "acting president", sentence, title_text="acting president", country="IRN"),
    ]
    monday = Interval("2024-05-20", "2024-05-20", "Monday", "day")
    steps = [Step("e:ekdahl", "a", 0, "APPOINT", monday, trigger="appointed")]
    posts = {p.title: p for p in career(stated, steps)}
    # "appointed its first vice-president, ... as acting president": the post after "as"
    assert posts["acting president"].start == monday
    assert posts["first vice-president"].start is None


def test_a_post_names_its_holders_state_but_not_the_state_it_serves_in() -> None:
    from dateline.resolve.careers import post_state

    assert post_state("head of the Poltava regional military administration") == "UKR"
    assert post_state("director of the Danish Film Institute") == "DNK"
    assert post_state("mayor of Davao City") == "PHL"
    assert post_state("ambassador to Bulgaria") is None  # the host state, not the ambassador's
    assert post_state("foreign minister") is None


def test_resolution_gives_a_stateless_person_the_state_of_their_post() -> None:
    from dateline.model import Document, Entity, Source
    from dateline.pipeline import resolve_run

    sentence = "Ihor Melnyk, head of the Poltava regional military administration, said so."
    doc = Document(Source("a.txt"), sentence, entities=(Entity("p1", "PERSON", "Ihor Melnyk"),),
                   positions=(Position("p1", "head of poltava regional military administration",
                                       "head of the Poltava regional military administration", None,
                                       Evidence(sentence, 0, len(sentence))),))
    (out,) = resolve_run([doc])
    assert out.entities[0].country == "UKR" and out.positions[0].country == "UKR"


def test_a_step_told_without_a_post_dates_the_only_post_the_document_states() -> None:
    stated = [_stated("a", "president", "President Ana Ruiz spoke on Monday.", country="PER")]
    december = Interval("2022-12-07", "2022-12-07", "December 7", "day")
    steps = [Step("e:ekdahl", "a", 200, "DISMISS", december, trigger="removed"),
             Step("e:ekdahl", "b", 0, "APPOINT", _year("2021"), trigger="won")]  # another document: not this post's
    (post,) = career(stated, steps)
    assert post.end == december
    assert post.start is None


def test_a_step_told_without_a_post_dates_none_of_several_posts() -> None:
    stated = [_stated("a", "president", "President Ana Ruiz spoke.", country="PER"),
              _stated("a", "foreign minister", "She was foreign minister before.", country="PER", at=100)]
    steps = [Step("e:ekdahl", "a", 200, "DISMISS", Interval("2022-12-07", "2022-12-07", "December 7", "day"))]
    assert all(p.end is None for p in career(stated, steps))


def test_an_appointment_dated_by_a_span_of_years_starts_and_ends_the_post() -> None:
    stated = [_stated("a", "vice president", "Ruiz served as vice president from 2009 to 2014.", country="PER")]
    span = Interval("2009-01-01", "2014-12-31", "from 2009 to 2014", "year")
    (post,) = career(stated, [Step("e:ekdahl", "a", 0, "APPOINT", span, trigger="served")])
    assert post.start == _year("2009")
    assert post.end == _year("2014")
    assert post.ended


def test_an_appointment_never_dates_a_post_its_sentence_calls_former() -> None:
    stated = [_stated("a", "president", "President Ana Ruiz spoke on Monday.", country="PER"),
              _stated("a", "prosecutor general", "Ruiz, herself a former prosecutor general, was sworn in in May 2022.",
                      country="PER", at=100)]
    may = Interval("2022-05-01", "2022-05-31", "May 2022", "month")
    posts = {p.title: p for p in career(stated, [Step("e:ekdahl", "a", 100, "APPOINT", may, trigger="sworn")])}
    assert posts["prosecutor general"].start is None
    assert posts["president"].start == may  # the one post she holds


def test_a_step_told_without_a_post_dates_the_one_post_not_called_former() -> None:
    stated = [_stated("a", "president", "President Ana Ruiz spoke on Monday.", country="PER"),
              _stated("a", "prosecutor general", "Ruiz, a former prosecutor general, spoke.", country="PER", at=100)]
    december = Interval("2024-12-14", "2024-12-14", "Dec. 14", "day")
    posts = {p.title: p for p in career(stated, [Step("e:ekdahl", "a", 300, "DISMISS", december,
                                                      trigger="impeached")])}
    assert posts["president"].end == december
    assert posts["prosecutor general"].end is None


def test_words_about_the_holder_do_not_make_another_post() -> None:
    """ "the 21st president", "the first female president" and "president" are one post; "first vice-president" and
    "second secretary" name ranks and stay apart from "vice president" and "secretary"."""
    stated = [
        _stated("a", "president", "President Ana Kovar addressed the nation.", country="XXA"),
        _stated("b", "21st president", "Kovar was sworn in as the 21st president on Monday.", country="XXA",
                start=Interval("2031-03-03", "2031-03-03", "Monday", "day")),
        _stated("c", "first female president", "Kovar, the nation's first female president, said.", country="XXA"),
        _stated("d", "first vice-president", "Kovar served as first vice-president.", country="XXA"),
        _stated("d", "vice president", "Vice President Kovar said.", country="XXA", at=60),
        _stated("e", "second secretary", "Kovar was second secretary at the embassy.", country="XXA"),
        _stated("e", "secretary", "Kovar, then a secretary at the embassy, said.", country="XXA", at=60),
    ]
    titles = sorted(sorted(s.position.title for s in p.sources) for p in career(stated))
    assert titles == [["21st president", "first female president", "president"], ["first vice-president"],
                      ["second secretary"], ["secretary"], ["vice president"]]


def test_a_death_ends_the_posts_still_held() -> None:
    """One holds no post after death; a post already ended, or begun after the death's date, keeps its own end."""
    stated = [_stated("a", "ambassador", "Ambassador Ivan Petrov, who died on Saturday, was mourned.", country="RUS",
                      start=_year("2014")),
              _stated("a", "counsellor", "Petrov, a former counsellor, spoke.", country="RUS", at=100)]
    saturday = Interval("2025-12-06", "2025-12-06", "Saturday", "day")
    posts = {p.title: p for p in career(stated, [Step("e:ekdahl", "a", 0, "DIE", saturday, trigger="died")])}
    assert posts["ambassador"].end == saturday and posts["ambassador"].ended
    assert posts["counsellor"].end is None and posts["counsellor"].ended
    later = [_stated("a", "ambassador", "Petrov was appointed ambassador in 2030.", country="RUS", start=_year("2030"))]
    (post,) = career(later, [Step("e:ekdahl", "a", 0, "DIE", saturday, trigger="died")])
    assert post.end is None


@pytest.mark.parametrize("before", ["the former ", "ex-", "the late ", "the ousted ", "the erstwhile ", "one-time ",
                                    "previous ", "then-", "former as the "])
def test_one_word_list_puts_a_title_in_the_past_for_careers_and_state_ties(before: str) -> None:
    """``past_title_word`` is one reviewable list read by both the careers' and the state ties' "former" rule: "the
    late President" and "the ousted Prime Minister" end a post for the careers as "former" does, and "the erstwhile
    Minister" names a predecessor for the state ties."""
    from dateline.annotate.state_ties import ENDED_BEFORE_TITLE
    from dateline.resolve.careers import ENDED_BEFORE

    assert ENDED_BEFORE.search(before)
    assert ENDED_BEFORE_TITLE.search(before) or before.endswith("as the ")
    assert not ENDED_BEFORE.search("the latest ") and not ENDED_BEFORE_TITLE.search("the template ")


def test_a_step_contradicting_the_posts_own_date_does_not_win_however_precise() -> None:
    """"Ruiz took over the embassy from Soto, whom the president recalled in May 2024": Soto's post ends in May 2024 as
    its own clause says; a day the takeover is dated by elsewhere is kept as a conflict, not made the end."""
    may = Interval("2024-05-01", "2024-05-31", "May 2024", "month")
    sentence = "Ruiz took over the embassy from Soto, whom the president recalled in May 2024."
    stated = [_stated("a", "ambassador", sentence, country="CHL", end=may)]
    later = Interval("2024-11-12", "2024-11-12", "November 12", "day")
    steps = [Step("e:ekdahl", "a", 0, "DISMISS", later, trigger="took over"),
             Step("e:ekdahl", "a", 0, "DISMISS", may, trigger="recalled")]
    (post,) = career(stated, steps)
    assert post.end == may
    assert later in post.conflicts
    # with no date of its own, the post takes the most precise step as before
    (bare,) = career([_stated("a", "ambassador", sentence, country="CHL")], steps)
    assert bare.end == later


def test_a_step_goes_to_the_post_of_its_sentence_whose_own_words_do_not_date_it_otherwise() -> None:
    """"Ekdahl, the envoy to Chile, who was trade minister until 2019, left the post on Friday": the departure ends
    the envoy's post; the minister's post already ended in 2019 by its own words."""
    sentence = "Ekdahl, the envoy to Chile, who was trade minister until 2019, left the post on Friday."
    friday = Interval("2025-06-13", "2025-06-13", "Friday", "day")
    stated = [_stated("a", "envoy to chile", sentence, title_text="envoy to Chile", country="IRL"),
              _stated("a", "trade minister", sentence, title_text="trade minister", country="IRL",
                      start=_year("2015"), end=_year("2019"))]
    posts = {p.title: p for p in career(stated, [Step("e:ekdahl", "a", 0, "DISMISS", friday, trigger="left")])}
    assert posts["envoy to chile"].end == friday
    assert posts["trade minister"].end == _year("2019")
