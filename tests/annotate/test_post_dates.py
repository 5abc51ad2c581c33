"""Test post dating on short invented texts: a post's own clause or phrase, then the sequences a career is told by."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.annotate.events import find_triggers
from dateline.model import Document, Interval, Position


def _post(doc: Document, name: str, word: str) -> Position:
    ids = {e.id for e in doc.entities if e.type == "PERSON" and e.name == name}
    found = [p for p in doc.positions if p.person in ids and word in p.title]
    assert len(found) == 1, [(p.person, p.title) for p in doc.positions]
    return found[0]


def _year(iv: Interval | None) -> str | None:
    return iv.start[:4] if iv is not None and iv.start else None


@pytest.mark.parametrize(
    ("text", "word", "start", "end"),
    [
        ("Maria Lopez, governor of the central bank since 2016, said rates would rise.", "governor", "2016", None),
        ("Maria Lopez, finance minister from 2016 to 2019, said rates would rise.", "finance minister", "2016", "2019"),
        ("Maria Lopez, who has been governor of the central bank since 2016, said rates would rise.", "governor",
         "2016", None),
        ("Maria Lopez has served as governor of the central bank since 2016.", "governor", "2016", None),
        # a bare "in" names a year the post was held, not its start, when no verb tells the step
        ("Maria Lopez, the finance minister in 2016, said rates would rise.", "finance minister", None, None),
    ],
)
def test_a_post_is_dated_by_its_own_clause_or_phrase(annotate_text: Callable[..., Document], text: str, word: str,
                                                     start: str | None, end: str | None) -> None:
    post = _post(annotate_text(text), "Maria Lopez", word)
    assert (_year(post.start), _year(post.end)) == (start, end)


def test_a_time_of_the_verb_does_not_date_a_title_in_its_object(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Maria Lopez met Finance Minister Jan Novak in Prague in 2019.")
    post = _post(doc, "Jan Novak", "finance minister")
    assert post.start is None and post.end is None


def test_then_as_starts_where_the_post_before_ends(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("A Brazil specialist who joined the foreign service in 1995, Ivan Petrov served as counsellor "
                        "in Brasilia from 2003 to 2008 and then as consul general in Sao Paulo.")
    counsellor = _post(doc, "Ivan Petrov", "counsellor")
    consul = _post(doc, "Ivan Petrov", "consul general")
    assert (_year(counsellor.start), _year(counsellor.end)) == ("2003", "2008")
    assert (_year(consul.start), _year(consul.end)) == ("2008", None)


def test_when_she_became_starts_the_post_at_the_time_the_clause_hangs_on(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Maria Lopez was finance minister until 2016, when she became governor of the central bank.")
    assert _year(_post(doc, "Maria Lopez", "finance minister").end) == "2016"
    assert _year(_post(doc, "Maria Lopez", "governor").start) == "2016"


def test_before_that_ends_the_post_where_the_next_one_starts(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ivan Petrov was appointed ambassador to Peru in 2012. Before that, he had been deputy "
                        "director of the Asia desk at the trade ministry.")
    deputy = _post(doc, "Ivan Petrov", "deputy director")
    assert deputy.start is None and _year(deputy.end) == "2012"
    # an end the sequence gives is no departure the text tells
    assert not any(ev.type == "DISMISS" for ev in doc.events), doc.events


def test_a_later_mention_dates_the_post_an_earlier_one_named(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Governor Maria Lopez spoke on Monday. Lopez has served as governor since 2016.")
    post = _post(doc, "Maria Lopez", "governor")
    assert _year(post.start) == "2016"
    assert post.evidence.text.startswith("Lopez has served")


def test_a_when_clause_on_the_end_of_a_post_starts_the_next(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ivan Petrov was named acting governor of the Omsk region in October 2015 and led it until "
                        "May 2021, when the prime minister moved him to the government as energy minister.")
    governor = _post(doc, "Ivan Petrov", "governor")
    minister = _post(doc, "Ivan Petrov", "energy minister")
    assert (_year(governor.start), _year(governor.end)) == ("2015", "2021")
    assert minister.start is not None and minister.start.start == "2021-05-01"


def test_a_when_clause_with_a_leaving_verb_ends_its_post(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Anna Berg was foreign minister until 2019, when she resigned as party leader.")
    leader = _post(doc, "Anna Berg", "party leader")
    assert leader.start is None and _year(leader.end) == "2019"


@pytest.mark.parametrize(
    ("text", "name", "word", "start", "end"),
    [
        ("Ivan Petrov, whom the president removed as energy minister in 2021, was found dead.", "Ivan Petrov",
         "energy minister", None, "2021"),
        ("On Sunday, the premier confirmed that Anna Berg, the ambassador to Canada, who was foreign minister from 2014 "
         "to 2019, had left her post.", "Anna Berg", "foreign minister", "2014", "2019"),
    ],
)
def test_a_relative_pronoun_holds_the_post_of_its_antecedent(annotate_text: Callable[..., Document], text: str,
                                                             name: str, word: str, start: str | None,
                                                             end: str | None) -> None:
    post = _post(annotate_text(text), name, word)
    assert (_year(post.start), _year(post.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "name", "first", "second"),
    [
        ("Maria Lopez became governor of the central bank in 2019 after serving as finance minister.", "Maria Lopez",
         "finance minister", "governor"),
        ("Ivan Petrov was appointed ambassador to Brazil in 2012 after a four-year stint as counsellor at the embassy "
         "in Lima.", "Ivan Petrov", "counsellor", "ambassador"),
    ],
)
def test_a_post_named_after_after_ends_where_the_clause_s_post_starts(
        annotate_text: Callable[..., Document], text: str, name: str, first: str, second: str) -> None:
    doc = annotate_text(text)
    earlier, later = _post(doc, name, first), _post(doc, name, second)
    assert later.start is not None and earlier.end == later.start
    assert not any(ev.type == "DISMISS" for ev in doc.events), doc.events


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Anna Berg replaced Ivan Petrov, whom the president recalled in September 2021 after 12 years as ambassador.",
         "2009", "2021"),
        ("Ivan Petrov left the bank in 2020 after two decades as its governor.", "2000", "2020"),
        ("Ivan Petrov was appointed ambassador to Brazil in 2012 after a four-year stint as counsellor at the embassy "
         "in Lima.", "2008", "2012"),
    ],
)
def test_a_post_s_told_length_starts_it_that_long_before_its_end(annotate_text: Callable[..., Document], text: str,
                                                                 start: str, end: str) -> None:
    doc = annotate_text(text)
    (post,) = [p for p in doc.positions if p.person in {e.id for e in doc.entities if e.name == "Ivan Petrov"}
               and not p.title.startswith("ambassador to")]
    assert (_year(post.start), _year(post.end)) == (start, end)
    # a start the length gives is no appointment the text tells
    assert not any(ev.type == "APPOINT" and _year(ev.date) == start for ev in doc.events), doc.events


def test_a_time_counted_from_the_story_day_is_left_to_the_event(annotate_text: Callable[..., Document]) -> None:
    # "later that day" counts from the vote's day: read against the publication date (2025-03-18) it would start the
    # post, and add an appointment, on the day the page came out
    doc = annotate_text("Parliament voted on March 4 to remove Prime Minister Anton Vell. Deputy Prime Minister Ilse "
                        "Varga was sworn in as the first female prime minister of the republic later that day.")
    post = _post(doc, "Ilse Varga", "first female prime minister")
    assert post.start is None or post.start.start == "2025-03-04", post
    days = {e.date.start for e in doc.events if e.type == "APPOINT" and e.date is not None}
    assert days == {"2025-03-04"}, [e.to_json() for e in doc.events]


@pytest.mark.parametrize("text", [
    "Maria Lopez has been finance minister since 2016.",
    "Maria Lopez, who has headed the judiciary since 2016, opened the court year on Monday.",
])
def test_since_starts_a_post_in_the_time_it_names(annotate_text: Callable[..., Document], text: str) -> None:
    """"has been minister since 2016": the post started in 2016, the year itself, not the span from 2016 to the day the
    text came out, so a career dated 2016 agrees with it (issue 14). A post kept to this day tells no appointment
    (GUIDE.md, posts row: "has held the job since 1996" is not_event), so no appointment is dated over the span
    either."""
    doc = annotate_text(text, published="2025-06-19")
    (post,) = [p for p in doc.positions if p.start is not None]
    assert post.start is not None and (post.start.start, post.start.end) == ("2016-01-01", "2016-12-31")
    assert all((ev.date.start, ev.date.end) == ("2016-01-01", "2016-12-31")
               for ev in doc.events if ev.type == "APPOINT" and ev.date is not None)


def test_ruling_since_a_time_is_an_appointment_then(annotate_text: Callable[..., Document]) -> None:
    """"had governed since 2013": a tenure told from its start is an appointment in that year (unseen-errors class B),
    beside the later re-election the sentence tells."""
    doc = annotate_text("Chancellor Greta Lindholm had governed since 2013 and lost the vote in March.",
                        published="2025-06-19")
    assert ("2013-01-01", "2013-12-31") in [(ev.date.start, ev.date.end) for ev in doc.events
                                            if ev.type == "APPOINT" and ev.date is not None]


def test_leaving_a_post_is_a_departure_of_each_who_left(annotate_text: Callable[..., Document], nlp: Language) -> None:
    """"A, the envoy, who was minister from 2015 to 2019, and B left their posts on Friday": a departure of each, dated
    by that day, besides the minister's span of years. The lexicon says so (``dismiss.leave_post``), not only the
    learned decision, which a page's context may sway; leaving a bag is no departure."""
    text = ("Ruth Achieng, the envoy to Ghana, who was health minister from 2015 to 2019, and her deputy, Omar Kell, "
            "left their posts on Friday, the presidency said.")
    assert [t.type for t in find_triggers(nlp(text), nlp, model=None) if t.token.lower_ == "left"] == ["DISMISS"]
    bag = "Ines Duarte left her bag in the car."
    assert not [t for t in find_triggers(nlp(bag), nlp, model=None) if t.token.lower_ == "left"]
    doc = annotate_text(text, published="2025-06-19")
    names = {e.id: e.name for e in doc.entities}
    left = sorted(names[i] for ev in doc.events if ev.type == "DISMISS" and ev.date is not None
                  and ev.date.start == "2025-06-13" for i in ev.target)
    assert left == ["Omar Kell", "Ruth Achieng"]


def test_a_post_taken_to_in_a_to_clause_of_a_departure_starts_where_the_left_post_ends(
        annotate_text: Callable[..., Document]) -> None:
    """"stepped down as governor in 2019 to become ambassador": the ambassador's post starts when the governor's
    ends (a date the sequence gives, so no appointment event of its own)."""
    doc = annotate_text("Sean Walsh stepped down as governor in 2019 to become ambassador to Chile.")
    assert (_year(_post(doc, "Sean Walsh", "governor").end), _year(_post(doc, "Sean Walsh", "ambassador").start)) == (
        "2019", "2019")
    doc = annotate_text("Sean Walsh stepped down as governor in 2019 to be with his family more.")
    assert [p.title for p in doc.positions] == ["governor"]
