"""Drive the web app in headless Chromium (Debian ``chromium`` via Playwright): dossier, timeline, evidence, graph, hostile text.

Needs ``scripts/install_browser.sh`` (apt chromium) and ``pip install playwright``; never
``playwright install``. Screenshots go to ``artifacts/`` (gitignored) for review.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    """Serve the sample store with uvicorn on a free local port, in a thread."""
    import uvicorn

    from dateline.serve.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run scripts/install_browser.sh")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page plus everything it reported: console errors, CSP refusals, dialogs (a script ran)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    w = Watched(context.new_page())
    yield w
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_open_a_dossier(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/persons")
    page.get_by_role("link", name="Andrey Rudenko").click()
    page.wait_for_selector("h1.name")
    assert page.inner_text("h1.name") == "Andrey Rudenko"
    assert "Deputy Foreign Minister" in page.inner_text("ol.posts")
    assert page.locator("ol.events > li.event").count() == 3
    assert "Choe Son Hui" in page.inner_text("ul.met")
    _shot(page, "dossier.png")
    assert watched.errors == [] and watched.dialogs == []


def test_filter_the_timeline_and_click_to_the_sentence(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/events")
    assert page.locator("ol.events > li.event").count() == 4
    page.select_option("#f-type", "CONSULT")
    page.fill("#f-country", "RUS")
    page.fill("#f-since", "2025-03-15")
    page.click("#f-apply")
    page.wait_for_url("**/events?*type=CONSULT*")
    items = page.locator("ol.events > li.event")
    assert items.count() == 2
    _shot(page, "timeline.png")
    sentence = items.first.locator("a.evidence-link").inner_text()
    items.first.locator("a.evidence-link").click()
    page.wait_for_selector(".ev.current")
    current = " ".join(page.locator(".ev.current").all_inner_texts())
    assert current.replace("  ", " ").strip() == sentence.strip()
    assert page.locator(".ev.current").first.is_visible()
    _shot(page, "evidence.png")
    assert watched.errors == [] and watched.dialogs == []


OVERLAPS_JS = """() => {
  const boxes = window.datelineGraph.nodes().map(n => n.boundingBox({includeLabels: true, includeOverlays: false}));
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) n++;
  }
  return n;
}"""

EDGES_JS = "() => window.datelineGraph.edges().map(e => [e.data('types'), e.style('label')])"


def _check_graph(page: Any) -> None:
    """Node labels never overlap; every edge is labelled with its event types."""
    page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
    assert page.evaluate("() => window.datelineGraph.nodes().length") >= 2
    assert page.evaluate(OVERLAPS_JS) == 0
    edges = page.evaluate(EDGES_JS)
    assert edges and all(types and all(t in label for t in types.split()) for types, label in edges)


def test_graph_draws_states_and_people(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/graph")
    page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
    assert "nodes" in page.inner_text("#graph-status")
    assert page.locator("#graph canvas").count() >= 1
    _check_graph(page)
    _shot(page, "graph.png")
    assert watched.errors == [] and watched.dialogs == []


def test_graph_legend_matches_the_drawn_symbols(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/graph")
    page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
    drawn = page.evaluate("""() => Object.fromEntries(['state', 'person'].map(k => {
        const n = window.datelineGraph.nodes(`[kind = '${k}']`)[0];
        return [k, n ? [n.style('shape'), n.style('background-color')] : null]; }))""")
    legend = page.evaluate("""() => Object.fromEntries(['state', 'person'].map(k => {
        const s = getComputedStyle(document.querySelector(`#graph-legend .sym.${k}`));
        return [k, [s.borderTopLeftRadius, s.backgroundColor]]; }))""")
    assert drawn["state"][0] == "round-rectangle" and drawn["person"][0] == "ellipse"
    assert legend["state"][0] != "50%" and legend["person"][0] == "50%"  # a square and a circle
    for kind in ("state", "person"):
        assert legend[kind][1].replace(" ", "") == drawn[kind][1].replace(" ", "")


def test_controls_are_styled(server: str, watched: Watched) -> None:
    page = watched.page
    for path, button in (("/", "form.search button"), ("/events", "#f-apply"), ("/persons", "form.filters button"),
                         ("/graph", "form.filters button")):
        page.goto(server + path)
        style = page.evaluate(f"""() => {{ const s = getComputedStyle(document.querySelector({button!r}));
            return [s.backgroundColor, s.color, s.borderTopLeftRadius]; }}""")
        assert style == ["rgb(31, 95, 191)", "rgb(255, 255, 255)", "5px"], (path, style)


def test_search_page_links_people_to_their_dossiers(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/?q=Rudenko")
    page.locator("ul.actors a", has_text="Andrey Rudenko").click()
    page.wait_for_selector("h1.name")
    assert page.inner_text("h1.name") == "Andrey Rudenko"


def test_hostile_page_shows_payloads_as_text(server: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server}/?q=envoy")
    page.locator("a.title").first.click()
    page.wait_for_selector("h1.doc-title")
    assert page.inner_text("h1.doc-title") == '<script>alert("title")</script> Envoy talks'
    body = page.inner_text("#body")
    assert '<script>alert("body")</script>' in body
    assert '" onmouseover="alert(1)" x="' in body
    page.hover("text=onmouseover")
    page.get_by_role("link", name='Jean "Johnny" O\'Neil').first.hover()
    assert page.locator("#body script, #body img, h1 script").count() == 0
    time.sleep(0.3)
    _shot(page, "hostile.png")
    assert watched.dialogs == [], "a script from the page ran"
    assert watched.errors == []


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no examples/ folder")
def test_sample_pages_through_the_pipeline(tmp_path: Path, browser: Any) -> None:
    """Ingest examples/ with the real pipeline, serve it, and open the best-documented person."""
    import uvicorn

    from dateline.serve.app import create_app
    from dateline.settings import Options
    from dateline.ingest import ingest_paths

    db = tmp_path / "examples.db"
    ingest_paths(db, [str(EXAMPLES)], Options())
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        context = browser.new_context()
        w = Watched(context.new_page())
        w.page.goto(f"http://127.0.0.1:{port}/persons")
        first = w.page.locator("a.person").first
        name = first.inner_text()
        first.click()
        w.page.wait_for_selector("h1.name")
        assert w.page.inner_text("h1.name") == name
        _shot(w.page, "examples-dossier.png")
        w.page.goto(f"http://127.0.0.1:{port}/events")
        _shot(w.page, "examples-timeline.png")
        w.page.goto(f"http://127.0.0.1:{port}/graph")
        _check_graph(w.page)
        _shot(w.page, "examples-graph.png")
        assert w.errors == [] and w.dialogs == []
        context.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def _treaty_report(path: str, published: str, sentence: str, start: str, end: str) -> Any:
    from dateline.model import Document, Entity, Event, Evidence, Interval, Source

    return Document(
        source=Source(path), body=sentence, published=published, title=f"Report {path}",
        entities=(Entity("e:vladimir-putin", "PERSON", "Vladimir Putin", (), "RUS"),
                  Entity("e:kim-jong-un", "PERSON", "Kim Jong Un", (), "PRK"),
                  Entity("e:russia", "GPE", "Russia", (), "RUS"), Entity("e:north-korea", "GPE", "North Korea", (), "PRK")),
        events=(Event("v:1", "AGREE", Evidence(sentence, 0, len(sentence)), mode="sign",
                      participants=("e:vladimir-putin", "e:kim-jong-un"), target=("e:russia", "e:north-korea"),
                      date=Interval(start, end, "June", "month")),),
    )


def test_one_signing_reported_by_three_pages_is_one_occurrence_with_its_sources(tmp_path: Path, browser: Any) -> None:
    """The treaty signing that three pages report shows once in a dossier, its three sentences a click away."""
    import uvicorn

    from dateline.serve.app import create_app
    from dateline.store.ingest import ingest_results

    db = tmp_path / "treaty.db"
    ingest_results(db, [
        _treaty_report("a.txt", "2024-06-20", "Putin and Kim Jong Un signed a defense treaty on Wednesday.",
                       "2024-06-19", "2024-06-19"),
        _treaty_report("b.txt", "2024-11-05", "The two capitals signed a mutual defence pact in June.",
                       "2024-06-01", "2024-06-30"),
        _treaty_report("c.txt", "2025-03-18", "Since the signing of the treaty in June, ties have deepened.",
                       "2024-06-01", "2024-06-30"),
    ])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        context = browser.new_context()
        w = Watched(context.new_page())
        w.page.goto(f"http://127.0.0.1:{port}/persons")
        w.page.get_by_role("link", name="Vladimir Putin").click()
        w.page.wait_for_selector("h1.name")
        events = w.page.locator("ol.events > li.event")
        assert events.count() == 1
        assert "2024-06-19" in events.first.locator(".when").first.inner_text()  # the most precise date
        summary = events.first.locator("details.reports > summary")
        assert summary.inner_text() == "reported by 3 sources"
        summary.click()
        links = events.first.locator("details.reports a.evidence-link")
        assert links.count() == 3 and links.nth(2).is_visible()
        assert "Since the signing of the treaty in June" in " ".join(links.all_inner_texts())
        links.nth(1).click()
        w.page.wait_for_selector(".ev.current")
        _shot(w.page, "occurrence-sources.png")
        assert w.errors == [] and w.dialogs == []
        context.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
