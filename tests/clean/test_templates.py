"""Tests for dateline.clean.templates: site furniture found across the pages of one run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli_clean import clean_command
from dateline.clean.lines import page_lines
from dateline.clean.templates import find_templates, line_key, site_of, templates_for_run
from dateline.clean.text import clean_text, template_edges
from dateline.errors import CleanError
from dateline.model import RawPage, Source
from dateline.settings import Options

MENU = [f"Section {name}" for name in (
    "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture", "Travel", "Style",
    "Food", "Opinion", "Video", "Audio", "Podcasts", "Weather", "Markets", "Cars", "Books", "Music", "Games",
)]
BIO = ("Jane Roe writes about cities and their budgets for the Daily Example, and before that she covered "
       "transport and housing for a decade at regional papers across the country.")
APPEAL = "Sign up for our newsletter and get the best of the Daily Example in your inbox every morning."


def article(topic: str) -> list[str]:
    return [
        f"The council of {topic} approved its new budget on Tuesday after a long and heated debate, officials "
        f"said, and the mayor of {topic} promised to publish the full figures within a week.",
        f"Opponents in {topic} said the plan cut too deeply into libraries and parks, while supporters "
        "argued that the city had no other way to close a gap left by falling tax receipts this year.",
        f"A final vote on the spending plan for {topic} is expected next month, when the council meets again "
        "after the summer recess to hear from residents who asked for more time to read it.",
    ]


def page(topic: str, menu: list[str] = MENU, tail: tuple[str, ...] = (BIO,)) -> str:
    return "\n".join([*menu, f"{topic} Approves Its Budget", *article(topic), *tail, "Copyright Daily Example"])


def raw(name: str, text: str) -> RawPage:
    return RawPage(Source(name), text, "text")


def test_sibling_pages_share_their_furniture_but_not_their_articles() -> None:
    a, b = raw("a.txt", page("Springfield")), raw("b.txt", page("Shelbyville"))
    templates = find_templates([a, b])
    assert line_key(BIO) in templates.of(a.source) and line_key(MENU[0]) in templates.of(a.source)
    assert line_key(article("Springfield")[0]) not in templates.of(a.source)
    assert templates.of(Source("elsewhere.txt")) == frozenset()


def test_furniture_at_the_edge_of_the_body_is_cut_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(page("Springfield"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(page("Shelbyville"), encoding="utf-8")
    alone = CliRunner().invoke(clean_command, ["--jsonl", "--no-site-templates", str(tmp_path)])
    together = CliRunner().invoke(clean_command, ["--jsonl", str(tmp_path)])
    assert alone.exit_code == together.exit_code == 0, together.output
    before = [json.loads(line) for line in alone.output.splitlines()]
    after = [json.loads(line) for line in together.output.splitlines()]
    assert all("Jane Roe" in r["text"] for r in before), "the line model alone keeps the bio"
    for record, topic in zip(after, ("Springfield", "Shelbyville")):
        assert "Jane Roe" not in record["text"]
        assert article(topic)[0] in record["text"] and article(topic)[2] in record["text"]


def test_two_sites_running_one_story_are_not_siblings() -> None:
    other_menu = [f"Rubrique {n}" for n in range(len(MENU))]
    a, b = raw("a.txt", page("Springfield")), raw("b.txt", page("Springfield", menu=other_menu))
    templates = find_templates([a, b])
    assert templates.of(a.source) == templates.of(b.source) == frozenset()


def test_two_copies_of_one_page_are_duplicates_not_siblings() -> None:
    text = page("Springfield")
    stamped = text.replace("Copyright Daily Example", "Copyright Daily Example, fetched 10:02")
    templates = find_templates([raw("a.txt", text), raw("b.txt", stamped)])
    assert templates.shared == {}


def test_a_shared_paragraph_inside_the_article_stays() -> None:
    texts = [*article("Springfield")[:2], BIO, article("Springfield")[2], APPEAL]
    lines = page_lines("\n".join(texts))
    shared = frozenset({line_key(BIO), line_key(APPEAL)})
    assert template_edges(lines, [True] * 5, shared) == {4}
    assert template_edges(lines, [True] * 5, frozenset()) == set()


def test_a_page_whose_kept_lines_are_all_furniture_has_no_article_of_its_own() -> None:
    lines = page_lines("\n".join([BIO, APPEAL]))
    assert template_edges(lines, [True, True], frozenset({line_key(BIO), line_key(APPEAL)})) is None
    furniture = [*MENU, BIO, APPEAL]
    with pytest.raises(CleanError, match="C003"):
        clean_text(raw("a.txt", "\n".join(furniture)), Options(), shared=frozenset(map(line_key, furniture)))


def test_runs_without_templates() -> None:
    assert templates_for_run(["-"], Options()) is None
    assert templates_for_run(["a.txt"], Options(site_templates=False)) is None


def test_a_revisit_with_a_changed_sidebar_keeps_its_article(tmp_path: Path) -> None:
    more = [
        "Residents who spoke at the hearing said they would keep pressing the council for the library "
        "hours that the plan cuts, and several of them promised to return in the autumn.",
        "The mayor said in a statement on Wednesday that she understood their concerns and would meet "
        "the library board before the final vote to look for savings elsewhere in the budget.",
    ]
    body = [*article("Springfield"), *more]
    for name, sidebar in (("first", "Morning"), ("second", "Evening")):
        teasers = [f"{sidebar} Edition Story Number {n} In The Sidebar Today" for n in range(5)]
        text = "\n".join([*MENU, "Springfield Approves Its Budget", *body, BIO, *teasers, "Copyright Daily Example"])
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(clean_command, ["--jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for record in map(json.loads, result.output.splitlines()):
        assert all(paragraph in record["text"] for paragraph in body)


def test_siblings_are_looked_for_within_one_site_only() -> None:
    # one template on two sites (two folders, or two hosts) lends neither site the other's furniture
    a, b = raw("news/a.txt", page("Springfield")), raw("blog/b.txt", page("Shelbyville"))
    assert find_templates([a, b]).shared == {}
    c = RawPage(Source("a.txt", url="https://www.daily.example/a"), page("Springfield"), "text")
    d = RawPage(Source("b.txt", url="https://daily.example/b"), page("Shelbyville"), "text")
    e = RawPage(Source("c.txt", url="https://other.example/c"), page("Ogdenville"), "text")
    assert site_of(c.source) == site_of(d.source) == "daily.example"
    found = find_templates([c, d, e])
    assert line_key(BIO) in found.of(c.source) and found.of(e.source) == frozenset()
